# Le rappel avant qu’un acheteur n’ait attendu une journée (handlers/features/reminders/).

seller-command-remind = Rappel quand un acheteur attend trop longtemps : quand, ou off

remind-header-one = ⏰ Un acheteur attend une réponse depuis { $longest }.
remind-header-all = ⏰ { $count } acheteurs attendent une réponse depuis { $delay } ou plus ; l’attente la plus longue : { $longest }.
remind-header-some = ⏰ { $count } acheteurs attendent une réponse, dont { $over } depuis { $delay } ou plus ; l’attente la plus longue : { $longest }.
remind-line = { $mark } #{ $number } { $name } — { $waited }
remind-more = …et { $count } de plus
remind-footer = Pour répondre à un acheteur, répondez à son message. /remind règle le moment de ce rappel.
remind-status = Les rappels arrivent quand un acheteur attend depuis { $delay } sans réponse. /remind off les désactive.
remind-status-off = Les rappels sont désactivés. /remind 20h les active.
remind-on = ✅ Vous recevrez un rappel quand un acheteur attend depuis { $delay } sans réponse.
remind-off = Les rappels sont désactivés.
remind-usage = Écrivez /remind DURÉE (par exemple 20h ou 20 heures), /remind off, ou /remind pour voir le réglage.
