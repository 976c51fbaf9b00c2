# /guide: una guía de buena atención al cliente para vendedores («tú»), un consejo por página. Escrita
# para sellerbot; cada página termina con el comando de sellerbot que ayuda a seguir ese consejo.

seller-command-guide = Guía: buena atención al cliente, página a página

guide-header = 📖 Guía de ventas · página { $page }/{ $total }

guide-listings-title = Anuncios claros, normas claras
guide-listings-body = La mayoría de las preguntas surgen donde un anuncio deja un hueco. Describe cada artículo tal como es en realidad: tamaño, material, color, estado y fotos con luz natural. Explica con claridad cómo haces los envíos, cómo se puede pagar, qué pasa si hay que devolver algo y cómo tratas los datos personales. Quien conoce las normas antes de comprar pregunta menos y discute menos.
guide-listings-tool = Con /policy redactas tus normas de envío, pago, devoluciones y privacidad; los compradores las abren desde el saludo o con /policies.

guide-response-time-title = Responde en menos de un día
guide-response-time-body = Una pregunta sin respuesta suele ser una venta perdida. Intenta responder a la mayoría de los mensajes en menos de 24 horas, también los fines de semana cuando puedas. Si necesitas tiempo para comprobar algo, dilo enseguida: «Lo mido y le escribo esta tarde» ya es una respuesta.
guide-response-time-tool = /help muestra cuántas conversaciones te esperan; /hours indica a los compradores cuándo estás disponible.

guide-tone-title = Honestidad, cortesía, claridad y brevedad
guide-tone-body = Escribe como te gustaría que te respondieran: saluda, llama a la persona por su nombre y ve al grano en pocas frases. No prometas nada que no tengas claro, como una fecha de entrega o un color disponible; si no lo sabes, di que lo vas a averiguar. Mantén la cortesía aunque la otra persona no lo haga.
guide-tone-tool = Responde aquí al mensaje de un comprador: la respuesta le llega de parte de la tienda, no desde tu cuenta. Si alguien solo te insulta, no entres en discusiones: /block, enviado como respuesta a su mensaje, hace que sus mensajes dejen de llegarte.

guide-saved-replies-title = Prepara respuestas a las preguntas frecuentes
guide-saved-replies-body = Plazos de entrega, tallas, instrucciones de cuidado, seguimiento de paquetes: las mismas preguntas vuelven cada semana. Escribe una vez la mejor respuesta, revisa las erratas y el tono, y reutilízala. Ahorras tiempo, cada comprador recibe una respuesta igual de cuidada y aun así puedes adaptarla a cada persona.
guide-saved-replies-tool = /saved guarda tus respuestas preparadas; /r NOMBRE, enviado como respuesta al mensaje de un comprador, contesta con una de ellas.

guide-away-title = ¿Te vas? Avisa antes
guide-away-body = Unas vacaciones, una enfermedad, una feria: el silencio preocupa más a los compradores que un retraso. Antes de irte, configura una respuesta automática que diga cuándo vuelves y qué pasa mientras tanto con los pedidos. Fuera de tu horario, una nota breve diciendo que responderás por la mañana cumple la misma función.
guide-away-tool = /vacation define la respuesta que reciben los compradores mientras no estás; /hours define tu horario de atención, y fuera de él los compradores sabrán cuándo vuelves.

guide-problems-title = Cuando algo sale mal
guide-problems-body = Un paquete se retrasa, un artículo llega dañado, el color no es el que se esperaba. Primero reconoce el problema y agradece que te lo hayan contado. No busques culpables, ni siquiera en la empresa de mensajería. Ofrece una salida (un cambio, un reembolso, un descuento) y llega pronto a un acuerdo: una pequeña pérdida hoy suele asegurarte la fidelidad de la clientela durante años.
guide-problems-tool = /policy returns establece tus normas de devolución, para que la solución quede clara para ambas partes; una respuesta serena preparada en /saved ayuda en un mal día.

guide-reviews-title = Las reseñas son de los compradores
guide-reviews-body = Nunca uses una reseña como moneda de cambio. No ofrezcas reembolsos, regalos ni descuentos a cambio de una mejor valoración o de que se retire una mala, y nunca presiones a quien se haya quejado. Resuelve el problema porque es lo que corresponde. Una respuesta pública, tranquila y honesta a una crítica genera más confianza que una puntuación perfecta.
guide-reviews-tool = Las normas que publicas con /policy se aplican por igual a todos los compradores, escriban lo que escriban sobre ti.

guide-after-sale-title = Comprueba que todo está bien
guide-after-sale-body = Unos días después de la entrega, pregunta si todo llegó en buen estado y tal como se esperaba. Un problema detectado a tiempo sale barato de resolver, y quien compra ve una tienda que se sigue preocupando después de cobrar.
guide-after-sale-tool = Para este seguimiento después de la venta, usa /followup de sellerbot.

guide-returning-buyers-title = Agradece a quien vuelve
guide-returning-buyers-body = Un cupón para el próximo pedido es una buena forma de dar las gracias a la clientela habitual. Envía ofertas solo a los compradores que aceptaron recibirlas: un anuncio inesperado en un chat privado parece spam y puede costarte la confianza de esa persona.
guide-returning-buyers-tool = Para los cupones, usa /coupon de sellerbot, y solo con los compradores que aceptaron recibir ofertas. /guide vuelve a abrir esta guía en cualquier momento.
