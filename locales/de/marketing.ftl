# Gutscheine und Gutscheinaktionen (handlers/features/marketing/).

seller-command-coupon = Gutscheine: /coupon add CODE BESCHREIBUNG, /coupon del CODE
seller-command-coupons = Ihre Gutscheine
seller-command-nudge = Gutschein an Abonnenten senden: sofort oder nach der Zustellung

coupon-usage =
    /coupon add CODE BESCHREIBUNG – z. B. /coupon add THANKS15 15 % Rabatt auf Ihre nächste Bestellung
    /coupon add CODE@en BESCHREIBUNG – die Beschreibung für Käufer, die Englisch schreiben (ru, fr, …)
    /coupon del CODE – einen Gutschein löschen
    /coupons – Ihre Gutscheine
coupon-too-long = Die Beschreibung ist zu lang: höchstens { $limit } Zeichen.
coupon-bad-code = „{ $code }“ kann kein Gutscheincode sein: nur lateinische Buchstaben, Ziffern, _ und -, 2 bis { $longest } Zeichen (z. B. THANKS15). Nichts wurde geändert.
coupon-bad-language = Die Sprache „{ $code }“ gibt es nicht: schreiben Sie nach @ eines von { $locales }, z. B. /coupon add THANKS15@en …. Nichts wurde geändert.
coupon-added = 🎟 Gutschein { $code } hinzugefügt, beschrieben für Käufer, die { $language } schreiben. Käufer in anderen Sprachen bekommen den Code mit einem kurzen Dankeschön in ihrer Sprache, bis Sie ihre Beschreibung ergänzen: /coupon add { $code }@en …. /nudge { $code } now sendet ihn an alle Abonnenten.
coupon-updated = 🎟 Gutschein { $code } aktualisiert: die Beschreibung für { $language } ist gespeichert. Beschrieben in: { $languages }.
coupon-unknown = Einen Gutschein { $code } gibt es nicht. /coupons zeigt Ihre Gutscheine.
coupon-deleted = { $stopped ->
    [0] Gutschein { $code } gelöscht.
    [one] Gutschein { $code } gelöscht und seine Aktion gestoppt.
   *[other] Gutschein { $code } gelöscht und seine { $stopped } Aktionen gestoppt.
}
coupons-none = Noch keine Gutscheine. Fügen Sie einen hinzu: /coupon add THANKS15 15 % Rabatt auf Ihre nächste Bestellung
coupons-header = { $count ->
    [one] 🎟 Ihr Gutschein:
   *[other] 🎟 Ihre { $count } Gutscheine:
}
coupons-footer = /nudge CODE now sendet einen an alle Abonnenten; /nudge CODE after 7d sendet ihn 7 Tage nach jeder Zustellung.

nudge-usage =
    /nudge CODE now – den Gutschein an alle Käufer senden, die Angeboten zugestimmt haben
    /nudge CODE after DAUER – ihn so lange nach jeder Zustellung senden (z. B. after 7d)
    /nudge off CODE – die Aktion stoppen
    /nudge – was gerade läuft
nudge-unknown-coupon = Einen Gutschein { $code } gibt es nicht. Fügen Sie ihn zuerst hinzu: /coupon add { $code } BESCHREIBUNG
nudge-none = Keine Aktionen aktiv. /nudge CODE now oder /nudge CODE after 7d startet eine.
nudge-nobody = { $skipped ->
    [0] { $code } kann an niemanden gesendet werden: Bisher hat kein Käufer Angeboten zugestimmt. Die Nachfrage nach der Zustellung fragt danach.
   *[other] { $code } kann an niemanden gesendet werden: Die Abonnenten haben den Bot blockiert, wurden blockiert oder haben ihn bereits ({ $skipped }).
}
nudge-progress = 🎟 { $code } wird gesendet: { $sent } gesendet, { $left } ausstehend · { $failed } fehlgeschlagen · { $skipped } übersprungen
nudge-report = ✅ Aktion { $code } abgeschlossen: { $sent } gesendet, { $failed } fehlgeschlagen, { $skipped } übersprungen.
nudge-rule-set = { $planned ->
    [0] ✅ Jeder Abonnent erhält { $code } { $delay } nach der Zustellung seiner Bestellung.
   *[other] ✅ Jeder Abonnent erhält { $code } { $delay } nach der Zustellung seiner Bestellung (einschließlich kürzlich zugestellter Bestellungen: { $planned }).
}
nudge-rule-line = 🔁 { $code }: { $delay } nach der Zustellung · { $sent } gesendet
nudge-off = { $count ->
    [one] Aktion für { $code } gestoppt.
   *[other] { $count } Aktionen für { $code } gestoppt.
}
nudge-off-none = Für { $code } läuft nichts.
nudge-message = 🎁 Ein kleines Dankeschön von { $shop }: { $description }
nudge-message-plain = 🎁 Ein kleines Dankeschön von { $shop }: ein Rabattcode für Ihre nächste Bestellung.
nudge-code = Ihr Code:
