# Bestellungen (handlers/features/orders/).

seller-command-order = Als Antwort auf eine Käufernachricht: eine Bestellung zuordnen
seller-command-shipped = Bestellung als versandt markieren (als Antwort oder /shipped BESTELLUNG)
seller-command-delivered = Bestellung als zugestellt markieren: Die Nachfrage wird eingeplant
seller-command-orders = Letzte Bestellungen mit Status
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

