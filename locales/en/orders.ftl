# Orders (handlers/features/orders/) and the follow-up after delivery (handlers/features/followup/).

seller-command-order = Reply to a buyer's message: link an order to them
seller-command-shipped = Mark an order shipped (reply, or /shipped ORDER)
seller-command-delivered = Mark an order delivered: the follow-up is planned
seller-command-orders = Recent orders with their status
seller-command-followup = Follow-up after delivery: when, or off

buyer-greeting-order =
    👋 Hello! This is { $shop }.
    We see you are writing about order { $order }. Ask anything about it here — the shop will answer you in this chat.

order-link-seller = This is the link for order { $order }. A buyer who opens it is linked to that order, and their messages show it.
order-usage =
    Reply /order ORDER to a buyer's message to link that order to them (letters, digits, _ and -).
    /order ORDER without a reply shows the order.
order-unknown = There is no order { $order } yet. Link it first: reply /order { $order } to the buyer's message.
order-linked =
    🧾 Order { $order } is linked to #{ $number } { $name }.
    Their link, for the order message or the package insert: { $link }
order-details =
    🧾 Order { $order }: { $status }
    Buyer: { $buyer }
    Link: { $link }
order-none-for-buyer = #{ $number } has no order linked. Reply /order ORDER to their message first.
order-shipped-usage = Reply /shipped to a buyer's message (their latest order), or write /shipped ORDER.
order-delivered-usage = Reply /delivered to a buyer's message (their latest order), or write /delivered ORDER.
order-already-shipped = Order { $order } is already marked shipped.
order-already-delivered = Order { $order } is already marked delivered.
order-now-shipped = 📦 Order { $order } is marked shipped.
order-now-delivered = ✅ Order { $order } is marked delivered. Its follow-up is planned (see /followup).
order-back-ask = { $followup ->
    [planned] ⚠️ Order { $order } is already marked delivered. Mark it shipped again? Its follow-up, due { $date }, would then not be sent (marking it delivered again plans a new one).
    [sent] ⚠️ Order { $order } is already marked delivered, and its follow-up has been sent. Mark it shipped again?
   *[off] ⚠️ Order { $order } is already marked delivered. Mark it shipped again?
}
order-back-yes = ↩️ Yes, mark it shipped
order-back-no = ✖️ No, keep it delivered
order-back-done = { $followup ->
    [planned] 📦 Order { $order } is marked shipped again. Its follow-up is cancelled; /delivered { $order } plans a new one.
   *[other] 📦 Order { $order } is marked shipped again.
}
order-back-kept = ✅ Order { $order } stays delivered; nothing changed.
order-back-stale = Order { $order } is { $status } now: nothing changed.
order-status-open = open
order-status-shipped = shipped
order-status-delivered = delivered
orders-none =
    No orders yet. Put a link like this in the order message or the package insert: { $link }
    (with the order number instead of ORDER), or reply /order ORDER to a buyer's message.
orders-header = { $count ->
    [one] 🧾 The latest order:
   *[other] 🧾 The latest { $count } orders:
}
orders-line = { $order } · { $status } · { $buyer } · { $date }

followup-question =
    Hello from { $shop }! Your order { $order } should have arrived by now. Did everything arrive well?
followup-good = 👍 All good
followup-problem = ⚠️ There is a problem
followup-thanks = Thank you! We're glad your order arrived well. 💛
followup-sorry =
    We're sorry something went wrong with order { $order }. Please tell us what happened here (a photo helps) — { $shop } has been told and will answer you in this chat.
followup-already-answered = You have already answered — thank you!
followup-alert = ⚠️ Problem reported with order { $order }. Their latest messages:
followup-alert-reply = Reply to this message to answer them.
followup-status = Follow-ups go out { $delay } after an order is marked delivered. /followup off stops them.
followup-status-off = Follow-ups are off. /followup 3d sends one 3 days after delivery.
followup-on = ✅ Follow-ups will go out { $delay } after an order is marked delivered.
followup-off = Follow-ups are off. Planned ones will not be sent.
followup-usage = Write /followup DURATION (like 3d, 36h or 5 days), /followup off, or /followup to see the setting.

header-problem = problem reported
header-order-elsewhere = order { $order } is linked to another buyer (#{ $number }): do not share its details
header-order-link-elsewhere = opened the link of order { $order }, which belongs to #{ $number }: not linked to this buyer (reply /order { $order } to link it)
header-order-link-unrecorded = opened the link of order { $order }: not recorded, too many orders from links wait for a seller (reply /order { $order } to link it)
seller-status-attention =
    { $count ->
        [one] ⚠️ { $count } of them reported a problem after delivery: see /orders.
       *[other] ⚠️ { $count } of them reported problems after delivery: see /orders.
    }
