# The shop's team: claiming the bot, invitations, /team (handlers/features/team/).

## Menu and /help

seller-command-invite = Invite a seller: a one-time link
seller-command-team = The sellers; /team remove ID removes one
## Claiming a bot that has no seller yet

team-claimed = 🔑 You are now the owner of { $shop }. Buyers' messages come to you; add sellers with /invite.

## Invitations

team-invite-link =
    🔗 An invitation for a new seller (works once, until { $expires }):
    { $link }
    Send it only to the person you want to add: whoever opens it becomes a seller.
team-invite-invalid =
    { $reason ->
        [used] This invitation link has already been used.
        [expired] This invitation link has expired.
       *[unknown] This invitation link is not valid.
    } Ask the shop for a new one. You can still write to the shop here.
team-invite-already-seller = You are already a seller of this shop. The invitation is left unused for someone else.
team-welcome = 👋 Welcome to the team of { $shop }! Buyers' messages will now come to you too.
team-joined = 👋 { $seller } joined the team with an invitation.

## /team

team-header =
    👥 { $shop }: { $count ->
        [one] { $count } seller
       *[other] { $count } sellers
    }
team-role-owner = owner
team-source =
    { $source ->
        [config] in the settings
        [invite] invited
        [claim] claimed the bot
       *[other] { $source }
    }
team-footer-owner = To remove a seller: /team remove ID. To add one: /invite.
team-usage = /team lists the sellers; /team remove ID removes one (the ID is the number in the list).
team-remove-owners-only = Only the shop's owners can remove sellers.
team-remove-not-found = No seller has the ID { $id }. /team lists the sellers with their IDs.
team-remove-config = { $seller } is listed in the bot's settings (SELLERBOT_SELLERS) and cannot be removed here: take them out of the settings and restart the bot, then remove them.
team-remove-last-owner = You are the only owner: if you left, nobody could run the team. Invite someone first.
team-removed = { $seller } is no longer a seller. Their messages to the bot now go to the shop like a buyer's.
team-you-were-removed = You are no longer a seller of { $shop }. Messages you write here now go to the shop as from a buyer.

## Blocking buyers

