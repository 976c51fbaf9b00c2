# /language: el idioma en que el bot habla con un comprador o un vendedor, elegido a mano (handlers/features/language_choice/).

seller-command-language = Elegir el idioma del bot
buyer-command-language = Elegir el idioma del bot
language-menu = 🌐 ¿En qué idioma hablamos?
language-unknown = El idioma «{ $language }» no está disponible aquí.
language-chosen = ✅ ¡Listo! Idioma elegido: { $language }.
