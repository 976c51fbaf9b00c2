# Das Team des Shops: Übernahme, Einladungen, /team (handlers/features/team/).

## Menü und /help

seller-command-invite = Jemanden ins Verkaufsteam einladen: einmaliger Link
seller-command-team = Das Verkaufsteam; /team remove ID entfernt jemanden
## Übernahme eines Bots, der noch kein Verkaufsteam hat

team-claimed = 🔑 { $shop } gehört jetzt Ihnen. Nachrichten von Käufern kommen bei Ihnen an; mit /invite fügen Sie weitere Personen zum Verkaufsteam hinzu.

## Einladungen

team-invite-link =
    🔗 Eine Einladung ins Verkaufsteam (nur einmal gültig, bis { $expires }):
    { $link }
    Senden Sie sie nur an die Person, die Sie hinzufügen möchten: Wer sie öffnet, gehört zum Verkaufsteam.
team-invite-invalid =
    { $reason ->
        [used] Dieser Einladungslink wurde bereits verwendet.
        [expired] Dieser Einladungslink ist abgelaufen.
       *[unknown] Dieser Einladungslink ist ungültig.
    } Bitten Sie den Shop um einen neuen. Sie können dem Shop auch hier schreiben.
team-invite-already-seller = Sie gehören bereits zum Verkaufsteam dieses Shops. Die Einladung bleibt unbenutzt und kann an jemand anderen gehen.
team-welcome = 👋 Willkommen im Team von { $shop }! Nachrichten von Käufern kommen jetzt auch bei Ihnen an.
team-joined = 👋 { $seller } ist dem Team per Einladung beigetreten.

## /team

team-header =
    👥 { $shop }: { $count ->
        [one] { $count } Person im Verkaufsteam
       *[other] { $count } Personen im Verkaufsteam
    }
team-role-owner = Inhaber
team-source =
    { $source ->
        [config] in den Einstellungen
        [invite] per Einladung
        [claim] per Code aus dem Bot-Log
       *[other] { $source }
    }
team-footer-owner = Jemanden entfernen: /team remove ID. Jemanden hinzufügen: /invite.
team-usage = /team zeigt das Verkaufsteam; /team remove ID entfernt jemanden (die ID ist die Zahl in der Liste).
team-remove-owners-only = Nur die Inhaber des Shops können Personen aus dem Verkaufsteam entfernen.
team-remove-not-found = Im Verkaufsteam hat niemand die ID { $id }. /team zeigt das Team mit den IDs.
team-remove-config = { $seller } steht in den Einstellungen des Bots (SELLERBOT_SELLERS) und kann hier nicht entfernt werden: Nehmen Sie den Eintrag aus den Einstellungen, starten Sie den Bot neu und entfernen Sie die Person dann hier.
team-remove-last-owner = Außer Ihnen hat niemand Inhaberrechte: Wenn Sie gehen, kann niemand mehr das Team verwalten. Laden Sie zuerst jemanden ein.
team-removed = { $seller } gehört nicht mehr zum Verkaufsteam. Nachrichten dieser Person an den Bot gehen jetzt wie die eines Käufers an den Shop.
team-you-were-removed = Sie gehören nicht mehr zum Verkaufsteam von { $shop }. Was Sie hier schreiben, geht jetzt wie die Nachricht eines Käufers an den Shop.

## Käufer blockieren

