# Conditions de la boutique : /policy pour l’équipe de vente, /policies et le bouton du message d’accueil pour les acheteurs.

seller-command-policy = Conditions de la boutique : livraison, paiement, retours, confidentialité
buyer-command-policies = Les règles de la boutique : livraison, paiement, retours, confidentialité

policy-section-shipping = Livraison
policy-section-payment = Paiement
policy-section-returns = Retours
policy-section-privacy = Confidentialité
policy-section-additional = Informations complémentaires

## Équipe de vente

policy-overview-title = 📋 Conditions de la boutique
policy-overview-set = ✅ { $section } : { $variants }
policy-overview-unset = ▫️ { $section } : à compléter
policy-default-variant = par défaut
policy-usage =
    /policy SECTION texte — définir une section (la mise en forme est conservée ; le texte peut tenir sur plusieurs lignes)
    /policy SECTION@en texte — sa version dans une autre langue
    /policy SECTION off — supprimer une section dans toutes les langues (SECTION@en off : seulement cette version)
    Sections : { $sections }. Langues : { $languages }.
    Les acheteurs qui n’ont pas de version dans leur langue reçoivent la version par défaut.
policy-unknown-section = La section « { $section } » n’existe pas.
policy-unknown-language = La langue « { $language } » n’est pas disponible ici.
policy-missing-text = Écrivez le texte de « { $section } » après le nom de la section.
policy-saved = ✅ Section « { $section } » enregistrée ({ $variant }). Les acheteurs la trouvent avec /policies et dans le message d’accueil.
policy-removed = 🗑 Section « { $section } » supprimée dans toutes les langues.
policy-variant-removed = 🗑 Section « { $section } » supprimée ({ $variant }).
policy-was-not-set = La section « { $section } » n’était pas définie : rien à supprimer.

## Acheteurs

policies-button = 📋 Conditions de la boutique
policies-menu = 📋 Les règles de { $shop }. Choisissez une section :
policies-none = { $shop } n’a pas encore publié ses conditions. Écrivez simplement votre question ici.
policies-section-gone = Cette section n’est plus disponible.
