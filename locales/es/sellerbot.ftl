# sellerbot — catálogo en español. Compradores: «usted»; vendedores: «tú».

## Compradores

buyer-greeting =
    👋 ¡Hola! Este es el chat de { $shop }.
    Escriba aquí su pregunta —sobre un pedido, un artículo, el envío o cualquier otra cosa— y la tienda le responderá en este chat.
buyer-help =
    Simplemente escriba en este chat: sus mensajes llegarán a { $shop } y la respuesta le llegará aquí mismo.
    Puede enviar texto, fotos, videos, archivos, mensajes de voz y mucho más.
    /policies — las políticas de envío, pago y devolución de la tienda
    /language — cambiar el idioma
    /subscribe — recibir ofertas y cupones de vez en cuando; /stop — no recibir más ofertas
buyer-ack = ✅ ¡Gracias! { $shop } ha recibido su mensaje y suele responder en menos de 24 horas.
buyer-unsupported =
    Lo sentimos, no es posible enviar { $kind ->
        [poll] una encuesta
        [dice] un dado
        [game] un juego
        [story] una historia
        [invoice] una factura
       *[other] este tipo de mensaje
    } a la tienda. Por favor, describa su contenido por escrito o envíe en su lugar una foto o un archivo.
buyer-command-start = Inicio: bienvenida y cómo contactar con la tienda
buyer-command-help = Cómo escribir a la tienda

## Vendedores

seller-help =
    🛍 Formas parte del equipo de ventas de { $shop }.
    Los mensajes de los compradores aparecen aquí con un encabezado: nombre, @username, número de conversación #N e idioma.
    Para contestar, responde al mensaje del comprador (deslízalo hacia la izquierda o mantenlo pulsado → Responder). El comprador recibe tu respuesta desde el bot y nunca ve quién eres. Sirve cualquier tipo de mensaje: texto, foto, video, archivo, mensaje de voz, sticker.
    Tu equipo ve lo que has respondido.

    Comandos:
seller-status =
    { $waiting ->
        [0] Ninguna conversación espera respuesta.
        [one] { $waiting } conversación espera respuesta.
        [many] { $waiting } de conversaciones esperan respuesta.
       *[other] { $waiting } conversaciones esperan respuesta.
    }
seller-hint-reply = ↩️ Para contestar a un comprador, responde a su mensaje (deslízalo hacia la izquierda). Este mensaje no se ha enviado a nadie.
seller-unsupported =
    No se puede enviar { $kind ->
        [poll] una encuesta
        [dice] un dado
        [game] un juego
       *[other] este tipo de mensaje
    } a un comprador. Envía texto, contenido multimedia o un archivo.
seller-buyer-sent-unsupported =
    El comprador ha enviado { $kind ->
        [poll] una encuesta
        [dice] un dado
        [game] un juego
        [story] una historia
        [invoice] una factura
       *[other] un mensaje
    } que no se puede reenviar; se le ha pedido que describa su contenido.
seller-edit-not-passed = ✏️ Solo se pueden corregir las respuestas de texto: el comprador sigue viendo la versión original.
seller-buyer-unreachable = 🚫 { $name } (#{ $number }) ha bloqueado el bot o ha eliminado su cuenta: tu mensaje no se ha entregado.
seller-delivery-failed = ⚠️ No se ha podido entregar tu mensaje a { $name } (#{ $number }): { $reason }
seller-buyer-card =
    { $who }
    #{ $number } · { $language }
    Escribe desde el { $since }
    { $reachable ->
        [yes] Disponible
       *[no] Ha bloqueado el bot
    }
seller-command-help = Ayuda: cómo responder a los compradores

## Encabezados de los mensajes reenviados

header-edited = editado
note-answered = { $seller } ha respondido

## Comandos

buyer-unknown-command = No existe el comando { $command }. Para escribir a la tienda, simplemente envíe su mensaje; en /help encontrará más información.
seller-unknown-command = No existe el comando { $command }. /help muestra la lista de comandos.
seller-unknown-command-suggest = No existe el comando { $command }. ¿Quisiste decir { $suggestions }? /help muestra la lista de comandos.

## Actualizaciones que el bot no pudo leer (handlers/core/dead_letters.py)

dead-letter-resend = ⚠️ Lo sentimos, no se pudo leer su último mensaje y no llegó a la tienda. Envíelo de nuevo, quizá de otra forma (como texto o foto).
dead-letters-digest =
    ⚠️ { $count ->
        [one] No se pudo leer una actualización de Telegram y se omitió
       *[other] No se pudieron leer { $count } actualizaciones de Telegram y se omitieron
    } (la primera, { $first }). Todo lo demás sigue funcionando.
dead-letters-senders =
    De: { $names }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }. Se pidió a cada remitente que enviara el mensaje de nuevo.
dead-letters-where = Se guardan en la base de datos para quien administra el bot: `sellerbot dead-letters` las muestra.
