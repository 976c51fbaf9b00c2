# Shop policies: /policy for sellers, /policies and the greeting button for buyers.

seller-command-policy = Shop policies: shipping, payment, returns, privacy
buyer-command-policies = The shop's rules: shipping, payment, returns, privacy

policy-section-shipping = Shipping
policy-section-payment = Payment
policy-section-returns = Returns
policy-section-privacy = Privacy
policy-section-additional = Additional information

## Sellers

policy-overview-title = 📋 Shop policies
policy-overview-set = ✅ { $section }: { $variants }
policy-overview-unset = ▫️ { $section }: not set
policy-default-variant = default
policy-usage =
    /policy SECTION text — set a section (formatting is kept; the text may take several lines)
    /policy SECTION@ru text — its version in another language
    /policy SECTION off — remove a section in every language (SECTION@ru off: only that version)
    Sections: { $sections }. Languages: { $languages }.
    Buyers with no version in their language get the default one.
policy-unknown-section = There is no section “{ $section }”.
policy-unknown-language = There is no language “{ $language }” here.
policy-missing-text = Write the text of “{ $section }” after the section's name.
policy-saved = ✅ { $section } saved ({ $variant }). Buyers find it under /policies and on the greeting.
policy-removed = 🗑 { $section } removed in every language.
policy-variant-removed = 🗑 { $section } removed ({ $variant }).
policy-was-not-set = { $section } was not set: nothing to remove.

## Buyers

policies-button = 📋 Shop policies
policies-menu = 📋 The rules of { $shop }. Choose a section:
policies-none = { $shop } has not published its policies yet. Just write your question here.
policies-section-gone = This section is no longer available.
