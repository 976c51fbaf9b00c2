# La pregunta de satisfacción cuando una conversación se ha quedado en silencio (handlers/features/csat/).

seller-command-csat = Pregunta de valoración de la atención a compradores: cuándo, on u off

csat-question = Le escribimos de { $shop }: ¿qué tal fue nuestra atención? Valórela de 1 (muy mala) a 5 (excelente); así nos ayuda a mejorar.
csat-rated = Su valoración: { $score } de 5. ¡Gracias por su opinión!
csat-thanks = ¡Gracias por su valoración!
csat-already = Su valoración ya está guardada. ¡Gracias!
csat-alert = ⭐ Valoración baja de la atención: { $score } de 5.
csat-alert-last-answer = Última respuesta: { $seller }.
csat-alert-reply = Responde a este mensaje para contestarle.
csat-status = A los compradores se les pide valorar la atención (de 1 a 5) cuando la conversación lleva { $delay } en silencio tras una respuesta. /csat off lo desactiva.
csat-status-off = La pregunta de valoración de la atención está desactivada. /csat on la vuelve a activar; /csat 24h define cuándo llega.
csat-on = ✅ Se pedirá a los compradores que valoren la atención cuando la conversación lleve { $delay } en silencio tras una respuesta.
csat-off = La pregunta de valoración de la atención está desactivada. Las ya programadas no se enviarán.
csat-usage = Escribe /csat DURACIÓN (como 24h o 2d), /csat on, /csat off, o /csat para ver la configuración.
