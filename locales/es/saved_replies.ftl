# Respuestas guardadas (handlers/features/saved_replies/). Vendedores: «tú»; textos para compradores: «usted».
# Los marcadores de las respuestas guardadas ({buyer_name} y similares) se pasan como variables: una llave
# literal abriría una expresión de Fluent.

seller-command-saved = Respuestas guardadas: ver, añadir, eliminar
seller-command-r = Enviar una respuesta guardada (respondiendo al mensaje de un comprador)

saved-variant-default = por defecto
# El valor alternativo del ejemplo de la ayuda: {buyer_name|qué tal} («¡Hola, {buyer_name|qué tal}!»)
saved-fallback-word = qué tal

## /saved

saved-list-title =
    💬 { $count ->
        [one] { $count } respuesta guardada
        [many] { $count } de respuestas guardadas
       *[other] { $count } respuestas guardadas
    }:
saved-list-empty = 💬 Todavía no hay respuestas guardadas.
saved-malformed = ⚠️ El comando no está del todo bien escrito.
saved-usage =
    ↩️ Para enviar una, responde al mensaje de un comprador con /r NOMBRE o pulsa «💬 Respuestas guardadas» debajo de él.
    /saved add NOMBRE TEXTO — añadir o reemplazar (el TEXTO puede ocupar varias líneas y conserva su formato)
    /saved add NOMBRE@en TEXTO — la variante para los compradores que hablan ese idioma ({ $locales })
    /saved del NOMBRE — eliminar con todas sus variantes (NOMBRE@en: solo esa variante)
    Nombres: letras, cifras, _ y -. Variables: { $variables }; con un valor alternativo por si están vacías: { $example }
    Una línea con una variable vacía y sin valor alternativo (la del pedido, si el comprador no tiene ninguno) se omite.
saved-bad-name = ⚠️ «{ $name }» no sirve como nombre: usa hasta { $limit } letras, cifras, _ o -, por ejemplo /saved add thanks ¡Muchas gracias!
saved-bad-locale = ⚠️ No existe el idioma «{ $code }». Disponibles: { $locales }.
saved-unknown-variable =
    ⚠️ No se ha guardado: { $count ->
        [one] variable desconocida
        [many] variables desconocidas
       *[other] variables desconocidas
    } { $unknown }. Puedes usar { $variables }.
saved-added = ✅ Respuesta guardada «{ $name }» ({ $variant }) añadida. Para enviarla, responde al mensaje de un comprador con /r { $name }
saved-replaced = ✅ Respuesta guardada «{ $name }» ({ $variant }) reemplazada.
saved-deleted =
    🗑 Respuesta guardada «{ $name }» eliminada ({ $count ->
        [one] { $count } variante
        [many] { $count } de variantes
       *[other] { $count } variantes
    }).
saved-variant-deleted = 🗑 Variante de «{ $name }» eliminada ({ $variant }).
saved-not-found = ⚠️ No hay ninguna respuesta guardada «{ $name }».
saved-names = Respuestas guardadas: { $names }.
saved-none = Todavía no hay respuestas guardadas: /saved add NOMBRE TEXTO añade una.

## Envío

saved-r-usage = ↩️ Para enviar una respuesta guardada, responde al mensaje de un comprador con /r NOMBRE.
saved-r-not-reply = ↩️ /r funciona como respuesta: desliza el mensaje del comprador hacia la izquierda y envía /r { $name }.
saved-empty = ⚠️ La respuesta «{ $name }» queda vacía para este comprador (las líneas con variables vacías se omiten): no se ha enviado nada.
saved-sent = ✅ Respuesta «{ $name }» enviada a #{ $number } { $buyer } ({ $language }):
saved-picker = 💬 Elige una respuesta guardada para #{ $number } { $buyer }:
saved-picker-cancel = ✖️ Cancelar
saved-picker-cancelled = ✖️ Cerrado: no se ha enviado ninguna respuesta guardada.
saved-picker-used = Desde este menú ya se ha enviado una respuesta.
saved-picker-closed = Este menú está cerrado: no se ha enviado nada. Vuelve a abrir las respuestas guardadas bajo el mensaje del comprador.
saved-gone = Esta respuesta guardada ya no existe: /saved muestra la lista.
saved-message-gone = El mensaje del comprador ya no está disponible.

## Lo que tiene una tienda nueva al empezar (los vendedores pueden cambiarlas o eliminarlas)

saved-default-thanks = ¡Gracias, { $first_name }! 😊 Nos alegra que haya elegido { $shop_name }. Si le surge cualquier duda, escríbanos aquí.
saved-default-shipping = Enviamos los pedidos en un plazo de 1 a 3 días hábiles tras el pago. La entrega suele tardar de 5 a 10 días; en cuanto el paquete esté en camino, le enviaremos aquí el número de seguimiento.
saved-default-custom = ¡Sí, hacemos artículos por encargo! Cuéntenos qué tiene en mente —el artículo, la talla, los colores y para qué fecha lo necesita— y le diremos el precio y el plazo.
