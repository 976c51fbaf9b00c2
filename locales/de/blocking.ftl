# Das Blockieren von Käufern (handlers/features/blocking/).

## Menü und /help

seller-command-block = Als Antwort auf eine Käufernachricht: nicht mehr weiterleiten
seller-command-unblock = Blockierung eines Käufers aufheben (als Antwort oder /unblock #N)
seller-command-blocked = Blockierte Käufer

## Käufer blockieren

block-usage = Um jemanden zu blockieren, antworten Sie mit /block auf eine Nachricht dieser Person.
block-already = #{ $number } { $name } ist bereits blockiert (von { $seller }, seit { $since }).
block-done = 🚫 { $seller } hat #{ $number } { $name } blockiert. Die Nachrichten werden gespeichert, aber nicht mehr weitergeleitet, und die Person erfährt nichts davon. /unblock #{ $number } macht das rückgängig.
unblock-usage = Um eine Blockierung aufzuheben, antworten Sie mit /unblock auf eine Nachricht der Person oder senden Sie /unblock #N (die Nummern zeigt /blocked).
unblock-unknown = Es gibt keinen Käufer #{ $number }. Senden Sie /unblock #N mit einer Nummer aus /blocked.
unblock-not-blocked = #{ $number } { $name } ist nicht blockiert.
unblock-done = ✅ { $seller } hat die Blockierung von #{ $number } { $name } aufgehoben: Neue Nachrichten kommen wieder beim Verkaufsteam an.
blocked-none = Niemand ist blockiert.
blocked-header =
    🚫 { $count ->
        [one] { $count } blockierte Person:
       *[other] { $count } blockierte Personen:
    }
blocked-line = #{ $number } { $name } · seit { $since } · von { $seller }
blocked-footer = /unblock #N hebt eine Blockierung auf.
