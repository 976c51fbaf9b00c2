# Gespeicherte Antworten (handlers/features/saved_replies/). Platzhalter gespeicherter Antworten ({buyer_name} usw.)
# werden als Variablen übergeben: Eine wörtliche geschweifte Klammer würde einen Fluent-Ausdruck öffnen.

seller-command-saved = Gespeicherte Antworten: anzeigen, hinzufügen, löschen
seller-command-r = Gespeicherte Antwort senden (als Antwort auf die Nachricht eines Käufers)

saved-variant-default = Standard
# Der Ersatzwert im Beispiel der Hilfe: {buyer_name|und willkommen} („Hallo {buyer_name|und willkommen}!“)
saved-fallback-word = und willkommen

## /saved

saved-list-title =
    💬 { $count ->
        [one] { $count } gespeicherte Antwort
       *[other] { $count } gespeicherte Antworten
    }:
saved-list-empty = 💬 Noch keine gespeicherten Antworten.
saved-malformed = ⚠️ Der Befehl stimmt nicht ganz.
saved-usage =
    ↩️ Zum Senden antworten Sie auf die Nachricht eines Käufers mit /r NAME oder tippen darunter auf „💬 Gespeicherte Antworten“.
    /saved add NAME TEXT – hinzufügen oder ersetzen (TEXT darf mehrere Zeilen haben, die Formatierung bleibt erhalten)
    /saved add NAME@en TEXT – die Variante für Käufer, die diese Sprache sprechen ({ $locales })
    /saved del NAME – mit allen Varianten löschen (NAME@en: nur diese Variante)
    Namen: Buchstaben, Ziffern, _ und -. Variablen: { $variables }; mit Ersatzwert, falls leer: { $example }
    Eine Zeile, deren Variable leer ist und keinen Ersatzwert hat (etwa die Bestellzeile ohne Bestellung), entfällt.
saved-bad-name = ⚠️ „{ $name }“ ist als Name nicht möglich: Verwenden Sie bis zu { $limit } Buchstaben, Ziffern, _ oder -, z. B. /saved add thanks Vielen Dank!
saved-bad-locale = ⚠️ Die Sprache „{ $code }“ gibt es nicht. Verfügbar: { $locales }.
saved-unknown-variable =
    ⚠️ Nicht gespeichert: { $count ->
        [one] unbekannte Variable
       *[other] unbekannte Variablen
    } { $unknown }. Verwenden können Sie { $variables }.
saved-added = ✅ Gespeicherte Antwort „{ $name }“ ({ $variant }) hinzugefügt. Zum Senden antworten Sie auf die Nachricht eines Käufers mit /r { $name }
saved-replaced = ✅ Gespeicherte Antwort „{ $name }“ ({ $variant }) ersetzt.
saved-deleted =
    🗑 Gespeicherte Antwort „{ $name }“ gelöscht ({ $count ->
        [one] { $count } Variante
       *[other] { $count } Varianten
    }).
saved-variant-deleted = 🗑 Variante von „{ $name }“ gelöscht ({ $variant }).
saved-not-found = ⚠️ Es gibt keine gespeicherte Antwort „{ $name }“.
saved-names = Gespeicherte Antworten: { $names }.
saved-none = Noch keine gespeicherten Antworten: /saved add NAME TEXT fügt eine hinzu.

## Senden

saved-r-usage = ↩️ Um eine gespeicherte Antwort zu senden, antworten Sie auf die Nachricht eines Käufers mit /r NAME.
saved-r-not-reply = ↩️ /r funktioniert nur als Antwort: Wischen Sie die Nachricht des Käufers nach links und senden Sie dann /r { $name }.
saved-empty = ⚠️ „{ $name }“ ist für diesen Käufer leer (Zeilen mit leeren Variablen entfallen): Es wurde nichts gesendet.
saved-sent = ✅ „{ $name }“ an #{ $number } { $buyer } gesendet ({ $language }):
saved-picker = 💬 Wählen Sie eine gespeicherte Antwort für #{ $number } { $buyer }:
saved-picker-cancel = ✖️ Abbrechen
saved-picker-cancelled = ✖️ Geschlossen: Es wurde keine gespeicherte Antwort gesendet.
saved-picker-used = Über diese Auswahl wurde bereits eine Antwort gesendet.
saved-picker-closed = Dieses Menü ist geschlossen: Es wurde nichts gesendet. Öffnen Sie die gespeicherten Antworten erneut unter der Nachricht des Käufers.
saved-gone = Diese gespeicherte Antwort gibt es nicht mehr: /saved zeigt alle.
saved-message-gone = Die Nachricht des Käufers ist nicht mehr verfügbar.

## Womit ein neuer Shop startet (das Verkaufsteam kann sie ändern oder löschen)

saved-default-thanks = Vielen Dank, { $first_name }! 😊 Schön, dass Sie sich für { $shop_name } entschieden haben. Wenn etwas ist, schreiben Sie uns einfach hier.
saved-default-shipping = Wir versenden innerhalb von 1–3 Werktagen nach Zahlungseingang. Die Lieferung dauert in der Regel 5–10 Tage; sobald das Paket unterwegs ist, schicken wir Ihnen hier die Sendungsnummer.
saved-default-custom = Ja, wir fertigen auch auf Bestellung! Erzählen Sie uns, was Sie sich vorstellen – Artikel, Größe, Farben und bis wann Sie es brauchen –, und wir melden uns mit Preis und Lieferzeit.
