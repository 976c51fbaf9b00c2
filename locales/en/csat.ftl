# The satisfaction question after a quiet conversation (handlers/features/csat/).

seller-command-csat = Service rating question for buyers: when, on or off

csat-question = { $shop } here: how was our service? Please rate it from 1 (very poor) to 5 (excellent) — it helps us get better.
csat-rated = Your rating: { $score } out of 5. Thank you for your feedback!
csat-thanks = Thank you for your rating!
csat-already = Your rating is already saved — thank you!
csat-alert = ⭐ Low service rating: { $score } out of 5.
csat-alert-last-answer = Last answer by { $seller }.
csat-alert-reply = Reply to this message to answer them.
csat-status = Buyers are asked to rate the service (1–5) once a conversation has been quiet for { $delay } after an answer. /csat off stops it.
csat-status-off = The service rating question is off. /csat on turns it on again; /csat 24h sets when it comes.
csat-on = ✅ Buyers will be asked to rate the service once a conversation has been quiet for { $delay } after an answer.
csat-off = The service rating question is off. Planned ones will not be sent.
csat-usage = Write /csat DURATION (like 24h or 2d), /csat on, /csat off, or /csat to see the setting.
