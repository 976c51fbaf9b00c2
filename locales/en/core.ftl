# The core: unknown commands, delivery problems, updates the bot could not read (handlers/core/).
# English is the reference catalog: every other locale must have every key, with the same
# variables. Plural forms follow CLDR through Fluent's select expressions.

## Sellers

seller-buyer-unreachable = 🚫 { $name } (#{ $number }) has blocked the bot or deleted their account: your message was not delivered.
seller-delivery-failed = ⚠️ Your message to { $name } (#{ $number }) could not be delivered: { $reason }

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
