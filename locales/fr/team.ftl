# L’équipe de la boutique : prise en main, invitations, /team (handlers/features/team/).

## Menu et /help

seller-command-invite = Inviter quelqu’un dans l’équipe de vente : un lien à usage unique
seller-command-team = L’équipe de vente ; /team remove ID retire un membre
## Prise en main d’un bot qui n’a pas encore d’équipe de vente

team-claimed = 🔑 Vous êtes maintenant propriétaire de { $shop }. Les messages des acheteurs vous parviennent ; ajoutez des membres à l’équipe avec /invite.

## Invitations

team-invite-link =
    🔗 Une invitation pour un nouveau membre de l’équipe de vente (valable une seule fois, jusqu’au { $expires }) :
    { $link }
    Envoyez-la uniquement à la personne que vous souhaitez ajouter : quiconque l’ouvre rejoint l’équipe de vente.
team-invite-invalid =
    { $reason ->
        [used] Ce lien d’invitation a déjà été utilisé.
        [expired] Ce lien d’invitation a expiré.
       *[unknown] Ce lien d’invitation n’est pas valide.
    } Demandez-en un nouveau à la boutique. Vous pouvez toujours écrire à la boutique ici.
team-invite-already-seller = Vous faites déjà partie de l’équipe de vente de cette boutique. L’invitation reste disponible pour quelqu’un d’autre.
team-welcome = 👋 Bienvenue dans l’équipe de { $shop } ! Les messages des acheteurs vous parviendront désormais à vous aussi.
team-joined = 👋 { $seller } a rejoint l’équipe grâce à une invitation.

## /team

team-header =
    👥 { $shop } : { $count ->
        [one] { $count } membre dans l’équipe de vente
        [many] { $count } de membres dans l’équipe de vente
       *[other] { $count } membres dans l’équipe de vente
    }
team-role-owner = propriétaire
team-source =
    { $source ->
        [config] dans les paramètres
        [invite] sur invitation
        [claim] avec le code du journal du bot
       *[other] { $source }
    }
team-footer-owner = Pour retirer un membre : /team remove ID. Pour en ajouter un : /invite.
team-usage = /team affiche l’équipe de vente ; /team remove ID retire un membre (l’ID est le numéro affiché dans la liste).
team-remove-owners-only = Seuls les propriétaires de la boutique peuvent retirer des membres de l’équipe.
team-remove-not-found = Aucun membre de l’équipe n’a l’ID { $id }. /team affiche l’équipe avec les ID.
team-remove-config = Impossible de retirer { $seller } ici : ce compte figure dans les paramètres du bot (SELLERBOT_SELLERS). Supprimez-le des paramètres, redémarrez le bot, puis retirez ce compte.
team-remove-last-owner = Vous êtes l’unique propriétaire : si vous partiez, personne ne pourrait gérer l’équipe. Invitez d’abord quelqu’un.
team-removed = { $seller } ne fait plus partie de l’équipe de vente. Ses messages au bot arrivent désormais à la boutique comme ceux d’un acheteur.
team-you-were-removed = Vous ne faites plus partie de l’équipe de vente de { $shop }. Les messages que vous écrivez ici arrivent désormais à la boutique comme ceux d’un acheteur.

## Blocage des acheteurs

