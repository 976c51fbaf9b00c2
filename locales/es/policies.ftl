# Políticas de la tienda: /policy para vendedores («tú»), /policies y el botón del saludo para compradores («usted»).

seller-command-policy = Políticas de la tienda: envío, pago, devoluciones, privacidad
buyer-command-policies = Las normas de la tienda: envío, pago, devoluciones, privacidad

policy-section-shipping = Envío
policy-section-payment = Pago
policy-section-returns = Devoluciones
policy-section-privacy = Privacidad
policy-section-additional = Información adicional

## Vendedores

policy-overview-title = 📋 Políticas de la tienda
policy-overview-set = ✅ { $section }: { $variants }
policy-overview-unset = ▫️ { $section }: sin definir
policy-default-variant = por defecto
policy-usage =
    /policy SECCIÓN texto — define una sección (se conserva el formato; el texto puede ocupar varias líneas)
    /policy SECCIÓN@en texto — su versión en otro idioma
    /policy SECCIÓN off — elimina una sección en todos los idiomas (SECCIÓN@en off: solo esa versión)
    Secciones: { $sections }. Idiomas: { $languages }.
    Los compradores que no tienen una versión en su idioma reciben la versión por defecto.
policy-unknown-section = No existe la sección «{ $section }».
policy-unknown-language = El idioma «{ $language }» no está disponible aquí.
policy-missing-text = Escribe el texto de «{ $section }» después del nombre de la sección.
policy-saved = ✅ Sección «{ $section }» guardada ({ $variant }). Los compradores la encontrarán en /policies y en el saludo.
policy-removed = 🗑 Sección «{ $section }» eliminada en todos los idiomas.
policy-variant-removed = 🗑 Sección «{ $section }» eliminada ({ $variant }).
policy-was-not-set = La sección «{ $section }» no estaba definida: no hay nada que eliminar.

## Compradores

policies-button = 📋 Políticas de la tienda
policies-menu = 📋 Las normas de { $shop }, por secciones:
policies-none = { $shop } todavía no ha publicado sus políticas. Simplemente escriba aquí su pregunta.
policies-section-gone = Esta sección ya no está disponible.
