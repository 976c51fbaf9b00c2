# /language: die Sprache, in der der Bot mit einem Käufer oder Verkäufer spricht, von Hand gewählt (handlers/features/language_choice/).

seller-command-language = Sprache des Bots wählen
buyer-command-language = Sprache des Bots wählen
language-menu = 🌐 In welcher Sprache soll ich Ihnen schreiben?
language-unknown = Die Sprache „{ $language }“ gibt es hier nicht.
language-chosen = ✅ Erledigt! Ab jetzt schreibe ich Ihnen auf { $language }.
