# sellerbot — English (the reference catalog: every other locale must have every key, with the same
# variables). Plural forms follow CLDR through Fluent's select expressions.

## Buyers

buyer-greeting =
    👋 Hello! This is { $shop }.
    Write your question here — about an order, an item, shipping, anything — and the shop will answer you in this chat.
buyer-help =
    Just write to this chat: your messages go to { $shop }, and the answer comes back here.
    You can send text, photos, videos, files, voice messages and more.
    /policies — the shop's shipping, payment and return policies
    /language — change the language
    /subscribe — get occasional offers and coupons; /stop — no more offers
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
buyer-command-start = Start: greeting and how to reach the shop
buyer-command-help = How to write to the shop

## Sellers

seller-help =
    🛍 You are a seller of { $shop }.
    Buyers' messages appear here with a header: name, @username, conversation number #N and language.
    To answer, reply to a buyer's message (swipe it left, or tap and hold → Reply). The buyer gets your answer from the bot and never sees who you are. Any kind of message works: text, photo, video, file, voice, sticker.
    Your teammates see what you answered.

    Commands:
seller-status =
    { $waiting ->
        [0] No conversation is waiting for an answer.
        [one] { $waiting } conversation is waiting for an answer.
       *[other] { $waiting } conversations are waiting for an answer.
    }
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
seller-buyer-unreachable = 🚫 { $name } (#{ $number }) has blocked the bot or deleted their account: your message was not delivered.
seller-delivery-failed = ⚠️ Your message to { $name } (#{ $number }) could not be delivered: { $reason }
seller-buyer-card =
    { $who }
    #{ $number } · { $language }
    Writing since { $since }
    { $reachable ->
        [yes] Reachable
       *[no] Has blocked the bot
    }
seller-command-help = Help: how to answer buyers

## Headers on relayed messages

header-edited = edited
note-answered = { $seller } answered

## Commands

buyer-unknown-command = There is no command { $command }. To write to the shop, just send your message; /help explains more.
seller-unknown-command = There is no command { $command }. /help lists the commands.
seller-unknown-command-suggest = There is no command { $command }. Did you mean { $suggestions }? /help lists the commands.

## Updates the bot could not read (handlers/core/dead_letters.py)

dead-letter-resend = ⚠️ Sorry, your last message could not be read and did not reach the shop. Please send it again, perhaps in another form (text or a photo).
dead-letters-digest =
    ⚠️ { $count ->
        [one] One update from Telegram could not be read and was skipped
       *[other] { $count } updates from Telegram could not be read and were skipped
    } (the first at { $first }). Everything else goes on working.
dead-letters-senders =
    From: { $names }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }. Each sender was asked to send the message again.
dead-letters-where = They are kept in the database for whoever runs the bot: `sellerbot dead-letters` lists them.
