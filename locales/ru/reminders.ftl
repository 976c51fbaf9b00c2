# Напоминание, пока покупатель не прождал сутки (handlers/features/reminders/).

seller-command-remind = Напоминание, если покупатель долго ждёт: когда или off

remind-header-one = ⏰ Покупатель ждёт ответа уже { $longest }.
remind-header-all = ⏰ Покупателей, которые ждут ответа { $delay } и дольше: { $count }. Дольше всех — { $longest }.
remind-header-some = ⏰ Покупателей, которые ждут ответа: { $count }, из них { $delay } и дольше — { $over }. Дольше всех — { $longest }.
remind-line = { $mark } #{ $number } { $name } — { $waited }
remind-more = …и ещё { $count }
remind-footer = Чтобы ответить, ответьте на сообщение покупателя. /remind задаёт, когда приходит это напоминание.
remind-status = Напоминание приходит, когда покупатель ждёт ответа уже { $delay }. /remind off выключает напоминания.
remind-status-off = Напоминания выключены. Включить: /remind 20h.
remind-on = ✅ Вы получите напоминание, когда покупатель прождёт ответа { $delay }.
remind-off = Напоминания выключены.
remind-usage = Напишите /remind СРОК (например, 20h или 20 часов), /remind off или просто /remind, чтобы увидеть настройку.
