# The relay: what buyers are told, headers on relayed messages (handlers/relay/).

header-problem = problem reported
header-order-elsewhere = order { $order } is linked to another buyer (#{ $number }): do not share its details
header-order-link-elsewhere = opened the link of order { $order }, which belongs to #{ $number }: not linked to this buyer (reply /order { $order } to link it)
header-order-link-unrecorded = opened the link of order { $order }: not recorded, too many orders from links wait for a seller (reply /order { $order } to link it)
saved-button = 💬 Saved replies

## Buyers

buyer-ack = ✅ Thank you! { $shop } has received your message and usually answers within a day.
buyer-unsupported =
    Sorry, { $kind ->
        [poll] a poll
        [dice] a dice roll
        [game] a game
        [story] a story
        [invoice] an invoice
       *[other] this kind of message
    } can't be passed on to the shop. Please describe it in words or send a photo or a file instead.

## Sellers

seller-hint-reply = ↩️ To answer a buyer, reply to their message (swipe it left). This message went to nobody.
seller-unsupported =
    { $kind ->
        [poll] A poll
        [dice] A dice roll
        [game] A game
       *[other] This kind of message
    } can't be passed on to a buyer. Please send text, media or a file.
seller-buyer-sent-unsupported =
    The buyer sent { $kind ->
        [poll] a poll
        [dice] a dice roll
        [game] a game
        [story] a story
        [invoice] an invoice
       *[other] a kind of message
    }, which can't be relayed; they were asked to describe it instead.
seller-edit-not-passed = ✏️ Only text answers can be corrected: the buyer still sees the original.
seller-buyer-card =
    { $who }
    #{ $number } · { $language }
    Writing since { $since }
    { $reachable ->
        [yes] Reachable
       *[no] Has blocked the bot
    }

## Headers on relayed messages

header-edited = edited
note-answered = { $seller } answered
