# Vacaciones (handlers/features/vacation/).

seller-command-vacation = Vacaciones: respuesta automática a los compradores mientras no estás

## Compradores

away-vacation = 🏖 { $shop } está ausente por un tiempo. Hemos guardado su mensaje y le responderemos en cuanto volvamos.
away-vacation-until = 🏖 { $shop } está de vacaciones hasta el { $until }. Hemos guardado su mensaje y le responderemos cuando volvamos.

## Vacaciones, para vendedores

vacation-on-open = 🏖 El modo vacaciones está activado hasta que lo desactives (/vacation off). Los mensajes de los compradores te siguen llegando; cada comprador recibe la respuesta automática una sola vez.
vacation-on-until = 🏖 El modo vacaciones está activado hasta el { $until }; después se desactivará solo y recibirás un resumen. Los mensajes de los compradores te siguen llegando; cada comprador recibe la respuesta automática una sola vez.
vacation-on-by-open = 🏖 { $seller } activó el modo vacaciones hasta que se desactive (/vacation off). Cada comprador recibe la respuesta automática una vez.
vacation-on-by-until = 🏖 { $seller } activó el modo vacaciones hasta el { $until }; cada comprador recibe la respuesta automática una vez.
vacation-preview-own = Los compradores que escriben en tu idioma ({ $language }) reciben tu texto:
vacation-preview-more = También has escrito un texto en: { $languages }; lo reciben los compradores que escriben en ese idioma.
vacation-preview-standard-all = Cada comprador recibe el texto estándar en su propio idioma. En tu idioma ({ $language }) dice:
vacation-preview-standard-rest = Los compradores que escriben en otro idioma reciben el texto estándar en su propio idioma. En tu idioma ({ $language }) dice:
vacation-until-past = El { $until } ya ha empezado: indica una fecha posterior o una duración, por ejemplo 3d.
vacation-bad-until = «{ $given }» no es una fecha ni una duración. Después de «until» escribe una fecha (2026-12-31 o 31/12/2026), «mañana» o una duración (30s, 15m, 20h, 3d). No se ha cambiado nada.
vacation-no-such-date = Esa fecha no existe: { $given }. No se ha cambiado nada.
vacation-not-on = El modo vacaciones no está activado: no hay nada que desactivar.
vacation-status-off = El modo vacaciones está desactivado: los compradores reciben las respuestas habituales. /vacation on lo activa.
vacation-status-replied =
    { $count ->
        [0] Todavía no ha escrito nadie.
        [one] Hasta ahora, { $count } comprador ha recibido la respuesta automática.
        [many] Hasta ahora, { $count } de compradores han recibido la respuesta automática.
       *[other] Hasta ahora, { $count } compradores han recibido la respuesta automática.
    }
vacation-variants = Tienes tu propio texto de vacaciones en: { $variants }.
vacation-variants-none = No has escrito tu propio texto de vacaciones: cada comprador recibe el estándar en su idioma. /vacation message Texto define el tuyo para los compradores que escriben en tu idioma ({ $language }).
vacation-bad-language = El bot no habla «{ $code }». Puedes definir variantes para: { $languages }.
vacation-message-saved = ✅ Mensaje de vacaciones guardado ({ $variant }): lo recibirán los compradores que escriben en ese idioma.
vacation-message-removed = 🗑 Mensaje de vacaciones eliminado ({ $variant }).
vacation-message-missing = No hay ningún mensaje de vacaciones ({ $variant }) que eliminar.
vacation-usage =
    Escríbelo así:
    /vacation on — modo vacaciones hasta que lo desactives
    /vacation on until 2026-12-24 ¡Volvemos después de Navidad! — hasta una fecha (2026-12-24 o 24/12/2026, o «mañana»; en lugar de until vale «hasta») o durante un tiempo (30s, 15m, 20h, 3d), con tu propio mensaje para los compradores que escriben en tu idioma
    /vacation message Texto — tu mensaje para los compradores que escriben en tu idioma; /vacation message@en Text — para los que escriben en inglés; los demás reciben el texto estándar; «off» en lugar del texto lo elimina
    /vacation off — ya has vuelto
    /vacation — qué está configurado
vacation-summary-title = 🏁 Las vacaciones han terminado: los compradores vuelven a recibir las respuestas habituales.
vacation-summary-traffic =
    { $buyers ->
        [0] Nadie escribió mientras no estabas.
        [one] Mientras no estabas, { $buyers } comprador envió { $messages ->
                [one] { $messages } mensaje
                [many] { $messages } de mensajes
               *[other] { $messages } mensajes
            }.
        [many] Mientras no estabas, { $buyers } de compradores enviaron { $messages ->
                [one] { $messages } mensaje
                [many] { $messages } de mensajes
               *[other] { $messages } mensajes
            }.
       *[other] Mientras no estabas, { $buyers } compradores enviaron { $messages ->
                [one] { $messages } mensaje
                [many] { $messages } de mensajes
               *[other] { $messages } mensajes
            }.
    }
vacation-summary-waiting =
    { $count ->
        [0] Ninguna conversación espera respuesta.
        [one] { $count } conversación sigue esperando respuesta:
        [many] { $count } de conversaciones siguen esperando respuesta:
       *[other] { $count } conversaciones siguen esperando respuesta:
    }
vacation-summary-waiting-line = #{ $number } { $name } — esperando desde hace { $waited }
vacation-summary-more = …y { $count } más
