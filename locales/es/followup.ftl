# El seguimiento tras la entrega (handlers/features/followup/).

seller-command-followup = Seguimiento tras la entrega: cuándo, u off
followup-question =
    ¡Hola, le escribimos de { $shop }! Su pedido { $order } ya debería haber llegado. ¿Ha llegado todo bien?
followup-good = 👍 Todo bien
followup-problem = ⚠️ Hay un problema
followup-thanks = ¡Gracias! Nos alegra mucho que su pedido haya llegado bien. 💛
followup-sorry =
    Lamentamos que algo haya salido mal con el pedido { $order }. Cuéntenos aquí qué ha pasado (una foto nos ayuda mucho). Ya hemos avisado a { $shop }, que le responderá en este chat.
followup-already-answered = Ya nos ha respondido. ¡Muchas gracias!
followup-alert = ⚠️ Problema notificado con el pedido { $order }. Sus últimos mensajes:
followup-alert-reply = Responde a este mensaje para contestarle.
followup-status = El seguimiento se envía { $delay } después de marcar un pedido como entregado. /followup off lo desactiva.
followup-status-off = El seguimiento está desactivado. /followup 3d envía uno 3 días después de la entrega.
followup-on = ✅ El seguimiento se enviará { $delay } después de marcar un pedido como entregado.
followup-off = El seguimiento está desactivado. Los ya programados no se enviarán.
followup-usage = Escribe /followup DURACIÓN (como 3d, 36h o 5 días), /followup off, o /followup para ver la configuración.
