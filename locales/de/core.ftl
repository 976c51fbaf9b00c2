# Der Kern: unbekannte Befehle, Zustellprobleme, Updates, die der Bot nicht lesen konnte (handlers/core/).

## Verkäufer

seller-buyer-unreachable = 🚫 { $name } (#{ $number }) hat den Bot blockiert oder das Konto gelöscht: Ihre Nachricht wurde nicht zugestellt.
seller-delivery-failed = ⚠️ Ihre Nachricht an { $name } (#{ $number }) konnte nicht zugestellt werden: { $reason }

## Befehle

buyer-unknown-command = Den Befehl { $command } gibt es nicht. Um dem Shop zu schreiben, senden Sie einfach Ihre Nachricht; mehr dazu unter /help.
seller-unknown-command = Den Befehl { $command } gibt es nicht. /help zeigt alle Befehle.
seller-unknown-command-suggest = Den Befehl { $command } gibt es nicht. Meinten Sie { $suggestions }? /help zeigt alle Befehle.

## Updates, die der Bot nicht lesen konnte (handlers/core/dead_letters.py)

dead-letter-resend = ⚠️ Entschuldigung, Ihre letzte Nachricht konnte nicht gelesen werden und hat den Shop nicht erreicht. Bitte senden Sie sie noch einmal, vielleicht in anderer Form (als Text oder Foto).
dead-letters-digest =
    ⚠️ { $count ->
        [one] Ein Update von Telegram konnte nicht gelesen werden und wurde übersprungen
       *[other] { $count } Updates von Telegram konnten nicht gelesen werden und wurden übersprungen
    } (das erste am { $first }). Alles andere läuft weiter.
dead-letters-senders =
    Von: { $names }{ $more ->
        [0] {""}
       *[other] {" "}und { $more } weiteren
    }. Alle Absender wurden gebeten, die Nachricht noch einmal zu senden.
dead-letters-where = Sie sind in der Datenbank gespeichert, für den Betreiber des Bots: `sellerbot dead-letters` listet sie auf.
