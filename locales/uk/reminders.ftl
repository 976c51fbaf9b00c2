# Нагадування, поки покупець не прочекав цілу добу (handlers/features/reminders/).

seller-command-remind = Нагадування, якщо покупець довго чекає: коли або off

remind-header-one = ⏰ Покупець чекає на відповідь уже { $longest }.
remind-header-all = ⏰ Покупців, які чекають на відповідь { $delay } і довше: { $count }. Найдовше — { $longest }.
remind-header-some = ⏰ Покупців, які чекають на відповідь: { $count }, з них { $delay } і довше — { $over }. Найдовше — { $longest }.
remind-line = { $mark } #{ $number } { $name } — { $waited }
remind-more = …і ще { $count }
remind-footer = Щоб відповісти, відповідайте на повідомлення покупця. /remind задає, коли надходить це нагадування.
remind-status = Нагадування надходить, коли покупець чекає на відповідь уже { $delay }. /remind off вимикає нагадування.
remind-status-off = Нагадування вимкнено. Увімкнути: /remind 20h.
remind-on = ✅ Ви отримаєте нагадування, коли покупець чекатиме на відповідь { $delay }.
remind-off = Нагадування вимкнено.
remind-usage = Напишіть /remind ТРИВАЛІСТЬ (наприклад, 20h або 20 годин), /remind off або просто /remind, щоб побачити налаштування.
