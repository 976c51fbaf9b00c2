# /language: el idioma en que el bot escribe a un comprador o a un vendedor, elegido a mano.
# Lo ven compradores y vendedores: sin «tú» ni «usted».

seller-command-language = Elegir el idioma del bot
buyer-command-language = Elegir el idioma del bot

language-menu = 🌐 ¿En qué idioma hablamos?
language-unknown = El idioma «{ $language }» no está disponible aquí.
language-chosen = ✅ ¡Listo! Idioma elegido: { $language }.
