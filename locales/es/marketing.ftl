# Cupones y campañas de cupones (handlers/features/marketing/).

seller-command-coupon = Cupones: /coupon add CÓDIGO DESCRIPCIÓN, /coupon del CÓDIGO
seller-command-coupons = Tus cupones
seller-command-nudge = Enviar un cupón a los compradores suscritos: ahora o tras la entrega

coupon-usage =
    /coupon add CÓDIGO DESCRIPCIÓN — p. ej. /coupon add THANKS15 15 % de descuento en su próximo pedido
    /coupon add CÓDIGO@en DESCRIPCIÓN — la descripción para los compradores que escriben en inglés (ru, de, …)
    /coupon del CÓDIGO — eliminar un cupón
    /coupons — tus cupones
coupon-too-long = La descripción es demasiado larga: { $limit } caracteres como máximo.
coupon-bad-code = «{ $code }» no puede ser un código de cupón: solo letras latinas, dígitos, _ y -, de 2 a { $longest } caracteres (p. ej., THANKS15). No se ha cambiado nada.
coupon-bad-language = No existe el idioma «{ $code }»: escribe después de @ uno de { $locales }, p. ej., /coupon add THANKS15@en …. No se ha cambiado nada.
coupon-added = 🎟 Cupón { $code } añadido, descrito para los compradores que escriben en { $language }. Los compradores en otros idiomas reciben el código con un breve agradecimiento en su idioma hasta que añadas su descripción: /coupon add { $code }@en …. /nudge { $code } now lo envía a los compradores suscritos.
coupon-updated = 🎟 Cupón { $code } actualizado: la descripción en { $language } está guardada. Descrito en: { $languages }.
coupon-unknown = No existe el cupón { $code }. /coupons muestra los tuyos.
coupon-deleted = { $stopped ->
    [0] Cupón { $code } eliminado.
    [one] Cupón { $code } eliminado y su campaña detenida.
    [many] Cupón { $code } eliminado y sus { $stopped } de campañas detenidas.
   *[other] Cupón { $code } eliminado y sus { $stopped } campañas detenidas.
}
coupons-none = Todavía no hay cupones. Añade uno: /coupon add THANKS15 15 % de descuento en su próximo pedido
coupons-header = { $count ->
    [one] 🎟 Tu cupón:
    [many] 🎟 Tus { $count } de cupones:
   *[other] 🎟 Tus { $count } cupones:
}
coupons-footer = /nudge CÓDIGO now envía uno a cada comprador suscrito; /nudge CÓDIGO after 7d lo envía 7 días después de cada entrega.

nudge-usage =
    /nudge CÓDIGO now — enviar el cupón a todos los compradores que aceptaron recibir ofertas
    /nudge CÓDIGO after DURACIÓN — enviarlo ese tiempo después de cada entrega (p. ej. after 7d)
    /nudge off CÓDIGO — detenerlo
    /nudge — qué está en marcha
nudge-unknown-coupon = No existe el cupón { $code }. Añádelo primero: /coupon add { $code } DESCRIPCIÓN
nudge-none = No hay campañas en marcha. /nudge CÓDIGO now o /nudge CÓDIGO after 7d inicia una.
nudge-nobody = { $skipped ->
    [0] No hay nadie a quien enviar { $code }: ningún comprador ha aceptado recibir ofertas todavía. El seguimiento tras la entrega se lo pregunta.
   *[other] No hay nadie a quien enviar { $code }: los compradores suscritos han bloqueado el bot, han sido bloqueados o ya lo tienen ({ $skipped }).
}
nudge-progress = 🎟 Enviando { $code } — enviados: { $sent }, pendientes: { $left } · fallidos: { $failed } · omitidos: { $skipped }
nudge-report = ✅ Campaña { $code } terminada — enviados: { $sent }, fallidos: { $failed }, omitidos: { $skipped }.
nudge-rule-set = { $planned ->
    [0] ✅ Cada comprador suscrito recibirá { $code } { $delay } después de la entrega de su pedido.
   *[other] ✅ Cada comprador suscrito recibirá { $code } { $delay } después de la entrega de su pedido (entregas recientes incluidas: { $planned }).
}
nudge-rule-line = 🔁 { $code }: { $delay } después de la entrega · enviados: { $sent }
nudge-off = { $count ->
    [one] Campaña de { $code } detenida.
    [many] { $count } de campañas de { $code } detenidas.
   *[other] { $count } campañas de { $code } detenidas.
}
nudge-off-none = No hay nada en marcha para { $code }.
nudge-message = 🎁 Un pequeño agradecimiento de { $shop }: { $description }
nudge-message-plain = 🎁 Un pequeño agradecimiento de { $shop }: un código de descuento para tu próximo pedido.
nudge-code = Su código:
