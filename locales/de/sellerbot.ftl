# sellerbot — deutscher Katalog.

## Käufer

buyer-greeting =
    👋 Hallo! Hier ist { $shop }.
    Schreiben Sie Ihre Frage einfach hier – zu einer Bestellung, einem Artikel, dem Versand oder zu etwas anderem – und der Shop antwortet Ihnen in diesem Chat.
buyer-help =
    Schreiben Sie einfach in diesen Chat: Ihre Nachrichten gehen an { $shop }, und die Antwort kommt hierher zurück.
    Sie können Text, Fotos, Videos, Dateien, Sprachnachrichten und vieles mehr senden.
    /policies – Versand-, Zahlungs- und Rückgaberichtlinien des Shops
    /language – Sprache ändern
    /subscribe – gelegentlich Angebote und Gutscheine erhalten; /stop – keine Angebote mehr
buyer-ack = ✅ Vielen Dank! { $shop } hat Ihre Nachricht erhalten und antwortet in der Regel innerhalb eines Tages.
buyer-unsupported =
    Leider kann { $kind ->
        [poll] eine Umfrage
        [dice] ein Würfel
        [game] ein Spiel
        [story] eine Story
        [invoice] eine Rechnung
       *[other] diese Art von Nachricht
    } nicht an den Shop weitergeleitet werden. Bitte beschreiben Sie den Inhalt in Worten oder senden Sie stattdessen ein Foto oder eine Datei.
buyer-command-start = Start: Begrüßung und wie Sie den Shop erreichen
buyer-command-help = So schreiben Sie dem Shop

## Verkäufer

seller-help =
    🛍 Sie gehören zum Verkaufsteam von { $shop }.
    Nachrichten von Käufern erscheinen hier mit einer Kopfzeile: Name, @username, Nummer der Unterhaltung #N und Sprache.
    Um zu antworten, antworten Sie direkt auf die Nachricht des Käufers (nach links wischen oder gedrückt halten → „Antworten“). Der Käufer erhält Ihre Antwort vom Bot und sieht nie, wer Sie sind. Alle Nachrichtenarten sind möglich: Text, Foto, Video, Datei, Sprachnachricht, Sticker.
    Ihr Team sieht, was Sie geantwortet haben.

    Befehle:
seller-status =
    { $waiting ->
        [0] Keine Unterhaltung wartet auf eine Antwort.
        [one] { $waiting } Unterhaltung wartet auf eine Antwort.
       *[other] { $waiting } Unterhaltungen warten auf eine Antwort.
    }
seller-hint-reply = ↩️ Um einem Käufer zu antworten, antworten Sie direkt auf seine Nachricht (nach links wischen). Diese Nachricht wurde an niemanden gesendet.
seller-unsupported =
    { $kind ->
        [poll] Eine Umfrage
        [dice] Ein Würfel
        [game] Ein Spiel
       *[other] Diese Art von Nachricht
    } kann nicht an Käufer weitergeleitet werden. Bitte senden Sie Text, Medien oder eine Datei.
seller-buyer-sent-unsupported =
    Der Käufer hat { $kind ->
        [poll] eine Umfrage
        [dice] einen Würfel
        [game] ein Spiel
        [story] eine Story
        [invoice] eine Rechnung
       *[other] eine nicht unterstützte Nachricht
    } gesendet. Das lässt sich nicht weiterleiten; die Person wurde gebeten, den Inhalt stattdessen zu beschreiben.
seller-edit-not-passed = ✏️ Nur Textantworten können korrigiert werden: Der Käufer sieht weiterhin die ursprüngliche Version.
seller-buyer-unreachable = 🚫 { $name } (#{ $number }) hat den Bot blockiert oder das Konto gelöscht: Ihre Nachricht wurde nicht zugestellt.
seller-delivery-failed = ⚠️ Ihre Nachricht an { $name } (#{ $number }) konnte nicht zugestellt werden: { $reason }
seller-buyer-card =
    { $who }
    #{ $number } · { $language }
    Schreibt seit { $since }
    { $reachable ->
        [yes] Erreichbar
       *[no] Hat den Bot blockiert
    }
seller-command-help = Hilfe: So antworten Sie Käufern

## Kopfzeilen weitergeleiteter Nachrichten

header-edited = bearbeitet
note-answered = { $seller } hat geantwortet

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
