# El reenvío: lo que se dice a los compradores, encabezados de los mensajes reenviados (handlers/relay/).

header-problem = problema informado
header-order-elsewhere = el pedido { $order } está vinculado a otro comprador (#{ $number }): no compartas sus datos
header-order-link-elsewhere = abrió el enlace del pedido { $order }, que pertenece a #{ $number }: no vinculado a este comprador (responde /order { $order } para vincularlo)
header-order-link-unrecorded = abrió el enlace del pedido { $order }: no registrado, demasiados pedidos por enlace esperan a un vendedor (responde /order { $order } para vincularlo)
saved-button = 💬 Respuestas guardadas

## Compradores

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

## Vendedores

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
seller-buyer-card =
    { $who }
    #{ $number } · { $language }
    Escribe desde el { $since }
    { $reachable ->
        [yes] Disponible
       *[no] Ha bloqueado el bot
    }

## Encabezados de los mensajes reenviados

header-edited = editado
note-answered = { $seller } ha respondido
