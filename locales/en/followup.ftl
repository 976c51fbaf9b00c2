# The follow-up after delivery (handlers/features/followup/).

seller-command-followup = Follow-up after delivery: when, or off
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
