# Geschäftszeiten (handlers/features/hours/).

seller-command-hours = Geschäftszeiten: automatische Antwort außerhalb davon

## Käufer

away-closed = 🌙 { $shop } hat gerade geschlossen. Ihre Nachricht wurde weitergeleitet, und die Antwort kommt in diesen Chat. Wir sind ab { $opens } wieder für Sie da.

## Geschäftszeiten, für das Verkaufsteam

hours-usage =
    Geben Sie die Geschäftszeiten so an:
    /hours Mon-Fri 09:00-18:00 Europe/Moscow
    Mehrere Zeiträume: /hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow
    Über Mitternacht: /hours Fri-Sat 22:00-02:00 Europe/Moscow
    Jeden Tag: /hours 9-18 MEZ
    Wochentage gehen auch auf Deutsch: Mo-Fr, Sa. Die Zeitzone: ein IANA-Name (Europe/Berlin, America/New_York), eine Stadt (Berlin), UTC+1 oder MEZ, CET, EST; ohne Angabe bleibt die zuletzt gesetzte. /hours off schaltet die Geschäftszeiten aus.
hours-no-zone = In welcher Zeitzone gelten diese Zeiten? Fügen Sie sie am Ende hinzu, z. B. Europe/Berlin, MEZ oder UTC+1. Es wurde nichts geändert.
hours-bad-zone = „{ $zone }“ ist keine mir bekannte Zeitzone.
hours-bad-time = „{ $time }“ ist kein Zeitraum wie 09:00-18:00.
hours-bad-day = „{ $day }“ ist kein Wochentag (Mo, Di … oder Mo-Fr; auf Englisch Mon, Tue … oder Mon-Fri).
hours-saved = 🕘 Geschäftszeiten gespeichert. Außerhalb davon erhalten Käufer eine automatische Antwort, die sagt, wann Sie wieder da sind.
hours-off = Die Geschäftszeiten sind ausgeschaltet: Käufer erhalten jederzeit die üblichen Antworten.
hours-none = Es sind keine Geschäftszeiten festgelegt: Käufer erhalten jederzeit die üblichen Antworten.
hours-zone = Zeitzone: { $zone }
hours-open-now = Jetzt geöffnet.
hours-closed-now = Jetzt geschlossen; wieder geöffnet ab { $opens }.
