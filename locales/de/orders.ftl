# Bestellungen (handlers/features/orders/) und die Nachfrage nach der Zustellung (handlers/features/followup/).

seller-command-order = Als Antwort auf eine Käufernachricht: eine Bestellung zuordnen
seller-command-shipped = Bestellung als versandt markieren (als Antwort oder /shipped BESTELLUNG)
seller-command-delivered = Bestellung als zugestellt markieren: Die Nachfrage wird eingeplant
seller-command-orders = Letzte Bestellungen mit Status
seller-command-followup = Nachfrage nach der Zustellung: wann, oder off

buyer-greeting-order =
    👋 Hallo! Hier ist { $shop }.
    Wie wir sehen, schreiben Sie uns wegen Ihrer Bestellung { $order }. Stellen Sie hier gern alle Fragen dazu – der Shop antwortet Ihnen in diesem Chat.

order-link-seller = Das ist der Link zur Bestellung { $order }. Wer ihn öffnet, wird mit dieser Bestellung verknüpft, und seine Nachrichten zeigen sie an.
order-usage =
    Antworten Sie mit /order BESTELLUNG auf die Nachricht eines Käufers, um ihm diese Bestellung zuzuordnen (Buchstaben, Ziffern, _ und -).
    /order BESTELLUNG ohne Antwort zeigt die Bestellung an.
order-unknown = Eine Bestellung { $order } gibt es noch nicht. Ordnen Sie sie zuerst zu: Antworten Sie mit /order { $order } auf die Nachricht des Käufers.
order-linked =
    🧾 Die Bestellung { $order } ist #{ $number } { $name } zugeordnet.
    Der Link für die Bestellnachricht oder die Paketbeilage: { $link }
order-details =
    🧾 Bestellung { $order }: { $status }
    Käufer: { $buyer }
    Link: { $link }
order-none-for-buyer = #{ $number } ist keine Bestellung zugeordnet. Antworten Sie zuerst mit /order BESTELLUNG auf seine Nachricht.
order-shipped-usage = Antworten Sie mit /shipped auf die Nachricht eines Käufers (seine letzte Bestellung) oder schreiben Sie /shipped BESTELLUNG.
order-delivered-usage = Antworten Sie mit /delivered auf die Nachricht eines Käufers (seine letzte Bestellung) oder schreiben Sie /delivered BESTELLUNG.
order-already-shipped = Die Bestellung { $order } ist bereits als versandt markiert.
order-already-delivered = Die Bestellung { $order } ist bereits als zugestellt markiert.
order-now-shipped = 📦 Die Bestellung { $order } ist als versandt markiert.
order-now-delivered = ✅ Die Bestellung { $order } ist als zugestellt markiert. Die Nachfrage ist eingeplant (siehe /followup).
order-back-ask = { $followup ->
    [planned] ⚠️ Die Bestellung { $order } ist bereits als zugestellt markiert. Wieder als versandt markieren? Die Nachfrage nach der Zustellung, geplant für { $date }, würde dann nicht gesendet (eine neue Zustellung plant eine neue).
    [sent] ⚠️ Die Bestellung { $order } ist bereits als zugestellt markiert, und die Nachfrage nach der Zustellung ist schon gesendet. Wieder als versandt markieren?
   *[off] ⚠️ Die Bestellung { $order } ist bereits als zugestellt markiert. Wieder als versandt markieren?
}
order-back-yes = ↩️ Ja, als versandt markieren
order-back-no = ✖️ Nein, zugestellt lassen
order-back-done = { $followup ->
    [planned] 📦 Die Bestellung { $order } ist wieder als versandt markiert. Die Nachfrage ist abgesagt; /delivered { $order } plant eine neue.
   *[other] 📦 Die Bestellung { $order } ist wieder als versandt markiert.
}
order-back-kept = ✅ Die Bestellung { $order } bleibt zugestellt; nichts geändert.
order-back-stale = Die Bestellung { $order } ist jetzt { $status }: nichts geändert.
order-status-open = offen
order-status-shipped = versandt
order-status-delivered = zugestellt
orders-none =
    Noch keine Bestellungen. Fügen Sie einen Link wie diesen in die Bestellnachricht oder die Paketbeilage ein: { $link }
    (mit der Bestellnummer statt ORDER), oder antworten Sie mit /order BESTELLUNG auf die Nachricht eines Käufers.
orders-header = { $count ->
    [one] 🧾 Die letzte Bestellung:
   *[other] 🧾 Die letzten { $count } Bestellungen:
}
orders-line = { $order } · { $status } · { $buyer } · { $date }

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

header-problem = Problem gemeldet
header-order-elsewhere = Bestellung { $order } gehört zu einem anderen Käufer (#{ $number }): keine Details weitergeben
header-order-link-elsewhere = hat den Link der Bestellung { $order } geöffnet, die zu #{ $number } gehört: nicht mit diesem Käufer verknüpft (mit /order { $order } antworten, um sie zu verknüpfen)
header-order-link-unrecorded = hat den Link der Bestellung { $order } geöffnet: nicht gespeichert, zu viele Bestellungen über Links warten auf einen Verkäufer (mit /order { $order } antworten, um sie zu verknüpfen)
seller-status-attention =
    { $count ->
        [one] ⚠️ Bei { $count } davon wurde nach der Zustellung ein Problem gemeldet: siehe /orders.
       *[other] ⚠️ Bei { $count } davon wurden nach der Zustellung Probleme gemeldet: siehe /orders.
    }
