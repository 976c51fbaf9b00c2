# Consentimiento para recibir ofertas (/subscribe, /stop) (handlers/features/consent/).

buyer-command-subscribe = Recibir ofertas y cupones de vez en cuando
buyer-command-stop = Dejar de recibir ofertas y cupones
consent-question = ¿Le gustaría recibir de vez en cuando ofertas y cupones de { $shop }? Puede dejar de recibirlos en cualquier momento con /stop.
consent-yes = Sí, por favor
consent-no = No, gracias
consent-unsubscribe = Darse de baja
consent-thanks-yes = 🎉 ¡Gracias! { $shop } le enviará ofertas de vez en cuando. Con /stop puede cancelarlas en cualquier momento.
consent-thanks-no = Entendido: no le enviaremos ofertas. Si cambia de opinión, escriba /subscribe.
consent-already-yes = Ya recibe las ofertas de { $shop }. Con /stop puede cancelarlas.
consent-stopped = Listo: { $shop } no le enviará más ofertas. Con /subscribe puede volver a recibirlas.
consent-already-no = No recibe ofertas de { $shop }. Si le interesan, escriba /subscribe.
