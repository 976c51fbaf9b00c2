# Einwilligung in Angebote (/subscribe, /stop) (handlers/features/consent/).

buyer-command-subscribe = Gelegentlich Angebote und Gutscheine erhalten
buyer-command-stop = Angebote und Gutscheine abbestellen
consent-question = Darf { $shop } Ihnen gelegentlich Angebote und Gutscheine schicken? Sie können das jederzeit mit /stop beenden.
consent-yes = Ja, gern
consent-no = Nein, danke
consent-unsubscribe = Abbestellen
consent-thanks-yes = 🎉 Vielen Dank! { $shop } schickt Ihnen ab und zu Angebote. Mit /stop beenden Sie das jederzeit.
consent-thanks-no = Verstanden – keine Angebote. Falls Sie es sich anders überlegen, schreiben Sie einfach /subscribe.
consent-already-yes = Sie erhalten bereits Angebote von { $shop }. Mit /stop beenden Sie das.
consent-stopped = Erledigt: { $shop } schickt Ihnen keine Angebote mehr. Mit /subscribe erhalten Sie sie wieder.
consent-already-no = Sie erhalten keine Angebote von { $shop }. Wenn Sie welche möchten, schreiben Sie /subscribe.
