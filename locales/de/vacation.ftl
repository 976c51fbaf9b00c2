# Urlaub (handlers/features/vacation/).

seller-command-vacation = Urlaub: automatische Antwort an Käufer, solange Sie weg sind

## Käufer

away-vacation = 🏖 { $shop } macht gerade eine Pause. Ihre Nachricht wurde gespeichert, und wir antworten, sobald wir zurück sind.
away-vacation-until = 🏖 { $shop } ist bis { $until } im Urlaub. Ihre Nachricht wurde gespeichert, und wir antworten, wenn wir zurück sind.

## Urlaub, für das Verkaufsteam

vacation-on-open = 🏖 Der Urlaubsmodus ist an, bis Sie ihn ausschalten (/vacation off). Nachrichten von Käufern erreichen Sie weiterhin; jeder Käufer erhält die automatische Antwort nur einmal.
vacation-on-until = 🏖 Der Urlaubsmodus ist bis { $until } an; danach schaltet er sich von selbst aus, und Sie erhalten eine Zusammenfassung. Nachrichten von Käufern erreichen Sie weiterhin; jeder Käufer erhält die automatische Antwort nur einmal.
vacation-on-by-open = 🏖 { $seller } hat den Urlaubsmodus eingeschaltet, bis er ausgeschaltet wird (/vacation off). Jeder Käufer erhält die automatische Antwort einmal.
vacation-on-by-until = 🏖 { $seller } hat den Urlaubsmodus bis { $until } eingeschaltet; jeder Käufer erhält die automatische Antwort einmal.
vacation-preview-own = Käufer, die in Ihrer Sprache ({ $language }) schreiben, erhalten Ihren Text:
vacation-preview-more = Sie haben auch einen Text für { $languages } geschrieben: Ihn erhalten Käufer, die in der jeweiligen Sprache schreiben.
vacation-preview-standard-all = Alle Käufer erhalten den Standardtext in ihrer eigenen Sprache. In Ihrer Sprache ({ $language }) lautet er:
vacation-preview-standard-rest = Käufer, die in einer anderen Sprache schreiben, erhalten den Standardtext in ihrer eigenen Sprache. In Ihrer Sprache ({ $language }) lautet er:
vacation-until-past = Der { $until } hat bereits begonnen: Geben Sie ein späteres Datum oder eine Dauer wie 3d an.
vacation-bad-until = „{ $given }“ ist weder ein Datum noch eine Dauer. Schreiben Sie nach „until“ ein Datum (2026-12-31 oder 31.12.2026), „morgen“ oder eine Dauer (30s, 15m, 20h, 3d). Es wurde nichts geändert.
vacation-no-such-date = Dieses Datum gibt es nicht: { $given }. Es wurde nichts geändert.
vacation-not-on = Der Urlaubsmodus ist nicht an: Es gibt nichts auszuschalten.
vacation-status-off = Der Urlaubsmodus ist aus: Käufer erhalten die üblichen Antworten. /vacation on schaltet ihn ein.
vacation-status-replied =
    { $count ->
        [0] Bisher hat noch niemand geschrieben.
        [one] Bisher hat { $count } Käufer die automatische Antwort erhalten.
       *[other] Bisher haben { $count } Käufer die automatische Antwort erhalten.
    }
vacation-variants = Einen eigenen Urlaubstext haben Sie für: { $variants }.
vacation-variants-none = Sie haben keinen eigenen Urlaubstext geschrieben: Alle Käufer erhalten den Standardtext in ihrer Sprache. /vacation message Text legt Ihren eigenen für Käufer fest, die in Ihrer Sprache ({ $language }) schreiben.
vacation-bad-language = Der Bot spricht „{ $code }“ nicht. Varianten sind möglich für: { $languages }.
vacation-message-saved = ✅ Urlaubsnachricht gespeichert ({ $variant }): Käufer, die in dieser Sprache schreiben, erhalten sie.
vacation-message-removed = 🗑 Urlaubsnachricht entfernt ({ $variant }).
vacation-message-missing = Es gibt keine Urlaubsnachricht ({ $variant }), die sich entfernen ließe.
vacation-usage =
    So geht’s:
    /vacation on – Urlaub, bis Sie ihn ausschalten
    /vacation on until 2026-12-24 Zurück nach Weihnachten! – bis zu einem Datum (2026-12-24 oder 24.12.2026 oder „morgen“; statt until geht auch „bis“) oder für eine Zeitspanne (30s, 15m, 20h, 3d), mit Ihrer eigenen Nachricht für Käufer, die in Ihrer Sprache schreiben
    /vacation message Text – Ihre Nachricht für Käufer, die in Ihrer Sprache schreiben; /vacation message@en Text – für Käufer, die auf Englisch schreiben; Käufer in anderen Sprachen erhalten den Standardtext; „off“ statt des Textes entfernt sie
    /vacation off – wieder da
    /vacation – was eingestellt ist
vacation-summary-title = 🏁 Der Urlaub ist vorbei: Käufer erhalten wieder die üblichen Antworten.
vacation-summary-traffic =
    { $buyers ->
        [0] Während Ihrer Abwesenheit hat niemand geschrieben.
        [one] Während Ihrer Abwesenheit hat { $buyers } Käufer { $messages ->
                [one] { $messages } Nachricht
               *[other] { $messages } Nachrichten
            } gesendet.
       *[other] Während Ihrer Abwesenheit haben { $buyers } Käufer { $messages ->
                [one] { $messages } Nachricht
               *[other] { $messages } Nachrichten
            } gesendet.
    }
vacation-summary-waiting =
    { $count ->
        [0] Keine Unterhaltung wartet auf eine Antwort.
        [one] { $count } Unterhaltung wartet noch auf eine Antwort:
       *[other] { $count } Unterhaltungen warten noch auf eine Antwort:
    }
vacation-summary-waiting-line = #{ $number } { $name } – Wartezeit: { $waited }
vacation-summary-more = …und { $count } weitere
