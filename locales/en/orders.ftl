# Orders (handlers/features/orders/).

seller-command-order = Reply to a buyer's message: link an order to them
seller-command-shipped = Mark an order shipped (reply, or /shipped ORDER)
seller-command-delivered = Mark an order delivered: the follow-up is planned
seller-command-orders = Recent orders with their status
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

