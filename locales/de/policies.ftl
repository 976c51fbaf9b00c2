# Shop-Richtlinien: /policy für das Verkaufsteam, /policies und die Schaltfläche in der Begrüßung für Käufer.

seller-command-policy = Shop-Richtlinien: Versand, Zahlung, Rückgabe, Datenschutz
buyer-command-policies = Die Regeln des Shops: Versand, Zahlung, Rückgabe, Datenschutz

policy-section-shipping = Versand
policy-section-payment = Zahlung
policy-section-returns = Rückgabe
policy-section-privacy = Datenschutz
policy-section-additional = Weitere Informationen

## Verkaufsteam

policy-overview-title = 📋 Shop-Richtlinien
policy-overview-set = ✅ { $section }: { $variants }
policy-overview-unset = ▫️ { $section }: nicht festgelegt
policy-default-variant = Standard
policy-usage =
    /policy ABSCHNITT Text – einen Abschnitt festlegen (die Formatierung bleibt erhalten; der Text darf mehrere Zeilen haben)
    /policy ABSCHNITT@en Text – seine Fassung in einer anderen Sprache
    /policy ABSCHNITT off – einen Abschnitt in allen Sprachen entfernen (ABSCHNITT@en off: nur diese Fassung)
    Abschnitte: { $sections }. Sprachen: { $languages }.
    Käufer, für deren Sprache es keine Fassung gibt, erhalten die Standardfassung.
policy-unknown-section = Den Abschnitt „{ $section }“ gibt es nicht.
policy-unknown-language = Die Sprache „{ $language }“ gibt es hier nicht.
policy-missing-text = Schreiben Sie den Text für „{ $section }“ hinter den Namen des Abschnitts.
policy-saved = ✅ Abschnitt „{ $section }“ gespeichert ({ $variant }). Käufer finden ihn unter /policies und bei der Begrüßung.
policy-removed = 🗑 Abschnitt „{ $section }“ in allen Sprachen entfernt.
policy-variant-removed = 🗑 Abschnitt „{ $section }“ entfernt ({ $variant }).
policy-was-not-set = Der Abschnitt „{ $section }“ war nicht festgelegt: Es gibt nichts zu entfernen.

## Käufer

policies-button = 📋 Shop-Richtlinien
policies-menu = 📋 Die Regeln von { $shop }. Wählen Sie einen Abschnitt:
policies-none = { $shop } hat noch keine Richtlinien veröffentlicht. Schreiben Sie Ihre Frage einfach hier.
policies-section-gone = Dieser Abschnitt ist nicht mehr verfügbar.
