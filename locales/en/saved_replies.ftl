# Saved replies (handlers/features/saved_replies/). Placeholders of saved replies ({buyer_name} and the like)
# are passed in as variables: a literal brace would start a Fluent placeable.

seller-command-saved = Saved replies: list, add, delete
seller-command-r = Send a saved reply (as a reply to a buyer's message)

saved-variant-default = default
# The fallback in the example of the usage text: {buyer_name|there}
saved-fallback-word = there

## /saved

saved-list-title =
    💬 { $count ->
        [one] { $count } saved reply
       *[other] { $count } saved replies
    }:
saved-list-empty = 💬 No saved replies yet.
saved-malformed = ⚠️ That command is not quite right.
saved-usage =
    ↩️ To send one, reply to a buyer's message with /r NAME, or press “💬 Saved replies” under it.
    /saved add NAME TEXT — add or replace (TEXT may take several lines and keeps its formatting)
    /saved add NAME@ru TEXT — the variant for buyers who speak that language ({ $locales })
    /saved del NAME — delete with all its variants (NAME@ru: only that variant)
    Names: letters, digits, _ and -. Variables: { $variables }; with a fallback for an empty value: { $example }
    A line whose variable is empty and has no fallback (the order line for a buyer with no order) is left out.
saved-bad-name = ⚠️ “{ $name }” can't be a name: use up to { $limit } letters, digits, _ or -, e.g. /saved add thanks Thank you!
saved-bad-locale = ⚠️ There is no language “{ $code }”. Available: { $locales }.
saved-unknown-variable =
    ⚠️ Not saved: { $count ->
        [one] unknown variable
       *[other] unknown variables
    } { $unknown }. You can use { $variables }.
saved-added = ✅ Saved reply “{ $name }” ({ $variant }) added. To send it, reply to a buyer's message with /r { $name }
saved-replaced = ✅ Saved reply “{ $name }” ({ $variant }) replaced.
saved-deleted =
    🗑 Saved reply “{ $name }” deleted ({ $count ->
        [one] { $count } variant
       *[other] { $count } variants
    }).
saved-variant-deleted = 🗑 The { $variant } variant of “{ $name }” deleted.
saved-not-found = ⚠️ There is no saved reply “{ $name }”.
saved-names = Saved replies: { $names }.
saved-none = There are no saved replies yet: /saved add NAME TEXT adds one.

## Sending

saved-r-usage = ↩️ To send a saved reply, reply to a buyer's message with /r NAME.
saved-r-not-reply = ↩️ /r works as a reply: swipe a buyer's message left, then send /r { $name }.
saved-empty = ⚠️ “{ $name }” comes out empty for this buyer (lines with an empty variable are left out): nothing was sent.
saved-sent = ✅ Sent “{ $name }” to #{ $number } { $buyer } ({ $language }):
saved-picker = 💬 Choose a saved reply for #{ $number } { $buyer }:
saved-picker-cancel = ✖️ Cancel
saved-picker-cancelled = ✖️ Closed: no saved reply was sent.
saved-picker-used = This picker has already sent a reply.
saved-picker-closed = This menu is closed: nothing was sent. Open the saved replies again under the buyer's message.
saved-gone = This saved reply no longer exists: /saved lists them.
saved-message-gone = The buyer's message is no longer available.

## What a new shop starts with (sellers can change or delete them)

saved-default-thanks = Thank you, { $first_name }! 😊 We're glad you chose { $shop_name }. If anything comes up, just write here.
saved-default-shipping = We ship within 1–3 working days after payment. Delivery usually takes 5–10 days; as soon as the parcel is on its way, we'll send you the tracking number here.
saved-default-custom = Yes, we make items to order! Please tell us what you have in mind — the item, size, colours and the date you need it by — and we'll come back with the price and timing.
