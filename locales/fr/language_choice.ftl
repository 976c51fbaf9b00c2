# /language : la langue dans laquelle le bot parle à un acheteur ou à un vendeur, choisie à la main (handlers/features/language_choice/).

seller-command-language = Choisir la langue du bot
buyer-command-language = Choisir la langue du bot
language-menu = 🌐 Dans quelle langue souhaitez-vous que je vous écrive ?
language-unknown = La langue « { $language } » n’est pas disponible ici.
language-chosen = ✅ C’est fait ! Langue choisie : { $language }.
