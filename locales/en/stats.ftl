# Response statistics (handlers/features/stats/).

seller-command-stats = Statistics: answer times, follow-ups, offers (/stats chart draws them)

stats-usage = Write /stats, /stats 7d, /stats week, /stats 1y (any period), or /stats chart for a picture.
stats-no-data = no data yet
stats-header = 📊 The last { $period }:
stats-conversations = { $count ->
    [one] • { $count } conversation
   *[other] • { $count } conversations
}
stats-messages = { $count ->
    [one] • { $count } message from buyers
   *[other] • { $count } messages from buyers
}
stats-median = • Median time to the first answer: { $value }
stats-within-day = • First message answered within 24 hours: { $value } ({ $answered } of { $total }; Etsy's Star Seller asks for 95%)
stats-waiting = • Waiting for an answer now: { $count }
stats-followups = • Follow-ups: { $asked } sent, { $good } all good, { $problem } problems
stats-csat = { $count ->
    [0] • Average service rating (1–5): no ratings yet
   *[other] • Average service rating (1–5): { $value } (ratings: { $count })
}
stats-opt-in = • Agreed to offers: { $value } ({ $yes } of { $total } who answered)
stats-nudges = • Coupons sent: { $sent }, failed: { $failed }
stats-chart-title = { $shop }: the last { $period }
stats-chart-messages = Buyer messages
stats-chart-answer-hours = First answer, hours (median)
stats-chart-answer-minutes = First answer, minutes (median)
stats-chart-csat = Service rating, average per week (1–5)
stats-chart-caption = 📊 Messages per day, the median time to the first answer and the average service rating per week, the last { $period }. On the hours scale the dashed line is 24 hours.
