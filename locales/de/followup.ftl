# Die Nachfrage nach der Zustellung (handlers/features/followup/).

seller-command-followup = Nachfrage nach der Zustellung: wann, oder off
followup-question =
    Hallo von { $shop }! Ihre Bestellung { $order } müsste inzwischen bei Ihnen angekommen sein. Ist alles gut angekommen?
followup-good = 👍 Alles bestens
followup-problem = ⚠️ Es gibt ein Problem
followup-thanks = Vielen Dank! Wir freuen uns, dass Ihre Bestellung gut angekommen ist. 💛
followup-sorry =
    Es tut uns leid, dass bei der Bestellung { $order } etwas schiefgegangen ist. Bitte schreiben Sie uns hier, was passiert ist (ein Foto hilft sehr) – { $shop } ist informiert und antwortet Ihnen in diesem Chat.
followup-already-answered = Sie haben bereits geantwortet – vielen Dank!
followup-alert = ⚠️ Problem mit der Bestellung { $order } gemeldet. Die letzten Nachrichten des Käufers:
followup-alert-reply = Antworten Sie auf diese Nachricht, um dem Käufer zu antworten.
followup-status = Nachfragen werden { $delay } nach der Markierung einer Bestellung als zugestellt gesendet. /followup off schaltet sie aus.
followup-status-off = Nachfragen sind ausgeschaltet. /followup 3d sendet eine 3 Tage nach der Zustellung.
followup-on = ✅ Nachfragen werden { $delay } nach der Markierung einer Bestellung als zugestellt gesendet.
followup-off = Nachfragen sind ausgeschaltet. Bereits eingeplante werden nicht gesendet.
followup-usage = Schreiben Sie /followup DAUER (z. B. 3d, 36h oder 5 Tage), /followup off oder /followup, um die Einstellung zu sehen.
