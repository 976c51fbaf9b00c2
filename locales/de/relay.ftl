# Die Weiterleitung: was Käufer erfahren, Kopfzeilen weitergeleiteter Nachrichten (handlers/relay/).

header-problem = Problem gemeldet
header-order-elsewhere = Bestellung { $order } gehört zu einem anderen Käufer (#{ $number }): keine Details weitergeben
header-order-link-elsewhere = hat den Link der Bestellung { $order } geöffnet, die zu #{ $number } gehört: nicht mit diesem Käufer verknüpft (mit /order { $order } antworten, um sie zu verknüpfen)
header-order-link-unrecorded = hat den Link der Bestellung { $order } geöffnet: nicht gespeichert, zu viele Bestellungen über Links warten auf einen Verkäufer (mit /order { $order } antworten, um sie zu verknüpfen)
saved-button = 💬 Gespeicherte Antworten

## Käufer

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

## Verkäufer

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
seller-buyer-card =
    { $who }
    #{ $number } · { $language }
    Schreibt seit { $since }
    { $reachable ->
        [yes] Erreichbar
       *[no] Hat den Bot blockiert
    }

## Kopfzeilen weitergeleiteter Nachrichten

header-edited = bearbeitet
note-answered = { $seller } hat geantwortet
