# Coupons and coupon nudges (handlers/features/marketing/).

seller-command-coupon = Coupons: /coupon add CODE DESCRIPTION, /coupon del CODE
seller-command-coupons = Your coupons
seller-command-nudge = Send a coupon to subscribed buyers: now, or after delivery

coupon-usage =
    /coupon add CODE DESCRIPTION — e.g. /coupon add THANKS15 15% off your next order
    /coupon add CODE@ru DESCRIPTION — the description for buyers who write in Russian (de, fr, …)
    /coupon del CODE — delete a coupon
    /coupons — your coupons
coupon-too-long = The description is too long: { $limit } characters at most.
coupon-bad-code = “{ $code }” cannot be a coupon code: use Latin letters, digits, _ and -, 2 to { $longest } characters (e.g. THANKS15). Nothing was changed.
coupon-bad-language = There is no language “{ $code }”: write one of { $locales } after @, e.g. /coupon add THANKS15@de …. Nothing was changed.
coupon-added = 🎟 Coupon { $code } added, described for buyers who write in { $language }. Buyers in other languages get the code with a short thank-you in their language until you add theirs: /coupon add { $code }@de …. /nudge { $code } now sends it to subscribed buyers.
coupon-updated = 🎟 Coupon { $code } updated: the description for { $language } is saved. Described in: { $languages }.
coupon-unknown = There is no coupon { $code }. /coupons lists yours.
coupon-deleted = { $stopped ->
    [0] Coupon { $code } deleted.
    [one] Coupon { $code } deleted, and its nudge stopped.
   *[other] Coupon { $code } deleted, and its { $stopped } nudges stopped.
}
coupons-none = No coupons yet. Add one: /coupon add THANKS15 15% off your next order
coupons-header = { $count ->
    [one] 🎟 Your coupon:
   *[other] 🎟 Your { $count } coupons:
}
coupons-footer = /nudge CODE now sends one to every subscribed buyer; /nudge CODE after 7d sends it 7 days after each delivery.

nudge-usage =
    /nudge CODE now — send the coupon to every buyer who agreed to offers
    /nudge CODE after DURATION — send it that long after each delivery (e.g. after 7d)
    /nudge off CODE — stop it
    /nudge — what is running
nudge-unknown-coupon = There is no coupon { $code }. Add it first: /coupon add { $code } DESCRIPTION
nudge-none = No nudges running. /nudge CODE now or /nudge CODE after 7d starts one.
nudge-nobody = { $skipped ->
    [0] Nobody to send { $code } to: no buyer has agreed to offers yet. The follow-up after delivery asks them.
   *[other] Nobody to send { $code } to: the subscribed buyers blocked the bot, were blocked, or already have it ({ $skipped }).
}
nudge-progress = 🎟 Sending { $code }: { $sent } sent, { $left } left · { $failed } failed · { $skipped } skipped
nudge-report = ✅ Nudge { $code } finished: { $sent } sent, { $failed } failed, { $skipped } skipped.
nudge-rule-set = { $planned ->
    [0] ✅ Each subscribed buyer will get { $code } { $delay } after their order is delivered.
   *[other] ✅ Each subscribed buyer will get { $code } { $delay } after their order is delivered ({ $planned } recent deliveries included).
}
nudge-rule-line = 🔁 { $code }: { $delay } after delivery · { $sent } sent
nudge-off = { $count ->
    [one] Stopped the nudge of { $code }.
   *[other] Stopped { $count } nudges of { $code }.
}
nudge-off-none = Nothing running for { $code }.
nudge-message = 🎁 A little thank-you from { $shop }: { $description }
nudge-message-plain = 🎁 A little thank-you from { $shop }: a discount code for your next order.
nudge-code = Your code:
