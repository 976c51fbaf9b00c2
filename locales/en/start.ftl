# /start, /help and the greeting (handlers/features/start/).

seller-status-attention =
    { $count ->
        [one] ⚠️ { $count } of them reported a problem after delivery: see /orders.
       *[other] ⚠️ { $count } of them reported problems after delivery: see /orders.
    }

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
seller-command-help = Help: how to answer buyers
