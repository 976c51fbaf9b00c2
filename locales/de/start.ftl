# /start, /help und die Begrüßung (handlers/features/start/).

seller-status-attention =
    { $count ->
        [one] ⚠️ Bei { $count } davon wurde nach der Zustellung ein Problem gemeldet: siehe /orders.
       *[other] ⚠️ Bei { $count } davon wurden nach der Zustellung Probleme gemeldet: siehe /orders.
    }

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
seller-command-help = Hilfe: So antworten Sie Käufern
