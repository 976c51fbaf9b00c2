# The reminder before a buyer has waited a day (handlers/features/reminders/).

seller-command-remind = Reminder when a buyer waits too long: when, or off

remind-header-one = ⏰ A buyer has been waiting { $longest } for an answer.
remind-header-all = ⏰ { $count } buyers have waited { $delay } or longer for an answer; the longest wait is { $longest }.
remind-header-some = ⏰ { $count } buyers are waiting for an answer, { $over ->
    [one] one of them
   *[other] { $over } of them
} for { $delay } or longer; the longest wait is { $longest }.
remind-line = { $mark } #{ $number } { $name } — { $waited }
remind-more = …and { $count } more
remind-footer = Reply to their message to answer. /remind sets when this reminder comes.
remind-status = Reminders come when a buyer has waited { $delay } without an answer. /remind off stops them.
remind-status-off = Reminders are off. /remind 20h turns them on.
remind-on = ✅ You will be reminded when a buyer has waited { $delay } without an answer.
remind-off = Reminders are off.
remind-usage = Write /remind DURATION (like 20h or 20 hours), /remind off, or /remind to see the setting.
