# /language: the language the bot speaks to a buyer or a seller, chosen by hand (handlers/features/language_choice/).

seller-command-language = Choose the language of the bot
buyer-command-language = Choose the language of the bot
language-menu = 🌐 Which language should I write to you in?
language-unknown = There is no language “{ $language }” here.
language-chosen = ✅ Done! From now on I will write to you in { $language }.
