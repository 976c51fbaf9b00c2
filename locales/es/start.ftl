# /start, /help y el saludo (handlers/features/start/).

seller-status-attention =
    { $count ->
        [one] ⚠️ En { $count } de ellas el comprador informó de un problema tras la entrega: mira /orders.
       *[other] ⚠️ En { $count } de ellas los compradores informaron de un problema tras la entrega: mira /orders.
    }

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
seller-command-help = Ayuda: cómo responder a los compradores
