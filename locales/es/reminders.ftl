# El recordatorio antes de que un comprador lleve un día esperando (handlers/features/reminders/).

seller-command-remind = Recordatorio cuando un comprador espera demasiado: cuándo, u off

remind-header-one = ⏰ Un comprador lleva { $longest } esperando respuesta.
remind-header-all = ⏰ { $count } compradores llevan { $delay } o más esperando respuesta; la espera más larga: { $longest }.
remind-header-some = ⏰ { $count } compradores esperan respuesta, { $over } de ellos desde hace { $delay } o más; la espera más larga: { $longest }.
remind-line = { $mark } #{ $number } { $name } — { $waited }
remind-more = …y { $count } más
remind-footer = Responde a su mensaje para contestarle. /remind define cuándo llega este recordatorio.
remind-status = Los recordatorios llegan cuando un comprador lleva { $delay } sin respuesta. /remind off los desactiva.
remind-status-off = Los recordatorios están desactivados. /remind 20h los activa.
remind-on = ✅ Recibirás un recordatorio cuando un comprador lleve { $delay } sin respuesta.
remind-off = Los recordatorios están desactivados.
remind-usage = Escribe /remind DURACIÓN (como 20h o 20 horas), /remind off, o /remind para ver la configuración.
