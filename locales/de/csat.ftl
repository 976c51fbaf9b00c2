# Die Frage nach der Zufriedenheit, wenn es in einer Unterhaltung still geworden ist (handlers/features/csat/).

seller-command-csat = Frage an Käufer nach der Service-Bewertung: wann, on oder off

csat-question = Hier ist { $shop }: Wie zufrieden waren Sie mit unserem Service? Bitte bewerten Sie ihn von 1 (sehr schlecht) bis 5 (ausgezeichnet) – das hilft uns, besser zu werden.
csat-rated = Ihre Bewertung: { $score } von 5. Vielen Dank für Ihr Feedback!
csat-thanks = Vielen Dank für Ihre Bewertung!
csat-already = Ihre Bewertung ist bereits gespeichert – vielen Dank!
csat-alert = ⭐ Schlechte Service-Bewertung: { $score } von 5.
csat-alert-last-answer = Letzte Antwort von { $seller }.
csat-alert-reply = Antworten Sie auf diese Nachricht, um dem Käufer zu antworten.
csat-status = Käufer werden gebeten, den Service (1–5) zu bewerten, wenn es nach einer Antwort { $delay } lang still war. /csat off schaltet das aus.
csat-status-off = Die Frage nach der Service-Bewertung ist ausgeschaltet. /csat on schaltet sie wieder ein, /csat 24h legt fest, wann sie kommt.
csat-on = ✅ Käufer werden gebeten, den Service zu bewerten, wenn es nach einer Antwort { $delay } lang still war.
csat-off = Die Frage nach der Service-Bewertung ist ausgeschaltet. Bereits eingeplante werden nicht gesendet.
csat-usage = Schreiben Sie /csat DAUER (z. B. 24h oder 2d), /csat on, /csat off oder /csat, um die Einstellung zu sehen.
