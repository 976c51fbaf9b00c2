# Die Erinnerung, bevor ein Käufer einen Tag gewartet hat (handlers/reminders.py).

seller-command-remind = Erinnerung, wenn ein Käufer zu lange wartet: wann, oder off

remind-header = { $late ->
    [one] ⏰ Ein Käufer wartet seit mehr als { $delay } auf eine Antwort.
   *[other] ⏰ { $late } Käufer warten seit mehr als { $delay } auf eine Antwort.
} { $count ->
    [one] Wartet gerade:
   *[other] Alle { $count }, die gerade warten:
}
remind-line = { $mark } #{ $number } { $name } – { $waited }
remind-more = …und { $count } weitere
remind-footer = Antworten Sie direkt auf die Nachricht eines Käufers, um ihm zu antworten. /remind legt fest, wann diese Erinnerung kommt.
remind-status = Erinnerungen kommen, wenn ein Käufer { $delay } ohne Antwort gewartet hat. /remind off schaltet sie aus.
remind-status-off = Erinnerungen sind ausgeschaltet. /remind 20h schaltet sie ein.
remind-on = ✅ Sie werden erinnert, wenn ein Käufer { $delay } ohne Antwort gewartet hat.
remind-off = Erinnerungen sind ausgeschaltet.
remind-usage = Schreiben Sie /remind DAUER (z. B. 20h oder 20 Stunden), /remind off oder /remind, um die Einstellung zu sehen.
