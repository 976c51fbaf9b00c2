# Pedidos (handlers/features/orders/).

seller-command-order = En respuesta al mensaje de un comprador: vincularle un pedido
seller-command-shipped = Marcar un pedido como enviado (respondiendo, o /shipped PEDIDO)
seller-command-delivered = Marcar un pedido como entregado: se programa el seguimiento
seller-command-orders = Últimos pedidos con su estado
buyer-greeting-order =
    👋 ¡Hola! Este es el chat de { $shop }.
    Vemos que nos escribe por su pedido { $order }. Pregúntenos aquí todo lo que necesite sobre él: la tienda le responderá en este chat.

order-link-seller = Este es el enlace del pedido { $order }. El comprador que lo abra quedará vinculado a ese pedido, y sus mensajes lo mostrarán.
order-usage =
    Responde /order PEDIDO al mensaje de un comprador para vincularle ese pedido (letras, dígitos, _ y -).
    /order PEDIDO sin responder a ningún mensaje muestra el pedido.
order-unknown = Todavía no existe el pedido { $order }. Vincúlalo primero: responde /order { $order } al mensaje del comprador.
order-linked =
    🧾 El pedido { $order } está vinculado a #{ $number } { $name }.
    Su enlace, para el mensaje del pedido o la tarjeta del paquete: { $link }
order-details =
    🧾 Pedido { $order }: { $status }
    Comprador: { $buyer }
    Enlace: { $link }
order-none-for-buyer = #{ $number } no tiene ningún pedido vinculado. Primero responde /order PEDIDO a su mensaje.
order-shipped-usage = Responde /shipped al mensaje de un comprador (su último pedido) o escribe /shipped PEDIDO.
order-delivered-usage = Responde /delivered al mensaje de un comprador (su último pedido) o escribe /delivered PEDIDO.
order-already-shipped = El pedido { $order } ya está marcado como enviado.
order-already-delivered = El pedido { $order } ya está marcado como entregado.
order-now-shipped = 📦 Pedido { $order } marcado como enviado.
order-now-delivered = ✅ Pedido { $order } marcado como entregado. Su seguimiento está programado (ver /followup).
order-back-ask = { $followup ->
    [planned] ⚠️ El pedido { $order } ya está marcado como entregado. ¿Marcarlo de nuevo como enviado? Entonces no se enviará el mensaje de seguimiento previsto para el { $date } (al marcarlo otra vez como entregado se programa uno nuevo).
    [sent] ⚠️ El pedido { $order } ya está marcado como entregado y su mensaje de seguimiento ya se envió. ¿Marcarlo de nuevo como enviado?
   *[off] ⚠️ El pedido { $order } ya está marcado como entregado. ¿Marcarlo de nuevo como enviado?
}
order-back-yes = ↩️ Sí, marcarlo como enviado
order-back-no = ✖️ No, dejarlo entregado
order-back-done = { $followup ->
    [planned] 📦 Pedido { $order } marcado de nuevo como enviado. Su mensaje de seguimiento queda cancelado; /delivered { $order } programa uno nuevo.
   *[other] 📦 Pedido { $order } marcado de nuevo como enviado.
}
order-back-kept = ✅ El pedido { $order } sigue entregado; no ha cambiado nada.
order-back-stale = El pedido { $order } ahora está { $status }: no ha cambiado nada.
order-status-open = pendiente
order-status-shipped = enviado
order-status-delivered = entregado
orders-none =
    Todavía no hay pedidos. Pon un enlace como este en el mensaje del pedido o en la tarjeta del paquete: { $link }
    (con el número de pedido en lugar de ORDER), o responde /order PEDIDO al mensaje de un comprador.
orders-header = { $count ->
    [one] 🧾 El último pedido:
    [many] 🧾 Los últimos { $count } de pedidos:
   *[other] 🧾 Los últimos { $count } pedidos:
}
orders-line = { $order } · { $status } · { $buyer } · { $date }

