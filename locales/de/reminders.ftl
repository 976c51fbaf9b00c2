# Die Erinnerung, bevor ein Käufer einen Tag gewartet hat (handlers/features/reminders/).

seller-command-remind = Erinnerung, wenn ein Käufer zu lange wartet: wann, oder off

remind-header-one = ⏰ Ein Käufer wartet schon { $longest } lang auf eine Antwort.
remind-header-all = ⏰ { $count } Käufer warten schon { $delay } oder länger auf eine Antwort; am längsten { $longest }.
remind-header-some = ⏰ { $count } Käufer warten auf eine Antwort, { $over } davon schon { $delay } oder länger; am längsten { $longest }.
remind-line = { $mark } #{ $number } { $name } – { $waited }
remind-more = …und { $count } weitere
remind-footer = Antworten Sie direkt auf die Nachricht eines Käufers, um ihm zu antworten. /remind legt fest, wann diese Erinnerung kommt.
remind-status = Erinnerungen kommen, wenn ein Käufer { $delay } ohne Antwort gewartet hat. /remind off schaltet sie aus.
remind-status-off = Erinnerungen sind ausgeschaltet. /remind 20h schaltet sie ein.
remind-on = ✅ Sie werden erinnert, wenn ein Käufer { $delay } ohne Antwort gewartet hat.
remind-off = Erinnerungen sind ausgeschaltet.
remind-usage = Schreiben Sie /remind DAUER (z. B. 20h oder 20 Stunden), /remind off oder /remind, um die Einstellung zu sehen.
