# Consentement aux offres (/subscribe, /stop) (handlers/features/consent/).

buyer-command-subscribe = Recevoir de temps en temps des offres et des codes promo
buyer-command-stop = Ne plus recevoir d’offres ni de codes promo
consent-question = Souhaitez-vous recevoir de temps en temps des offres et des codes promo de { $shop } ? Vous pourrez y mettre fin à tout moment avec /stop.
consent-yes = Oui, avec plaisir
consent-no = Non merci
consent-unsubscribe = Se désabonner
consent-thanks-yes = 🎉 Merci ! Vous recevrez de temps en temps des offres de { $shop }. /stop y met fin à tout moment.
consent-thanks-no = C’est noté — pas d’offres. Si vous changez d’avis, écrivez /subscribe.
consent-already-yes = Vous recevez déjà les offres de { $shop }. /stop y met fin.
consent-stopped = C’est fait : vous ne recevrez plus d’offres de { $shop }. /subscribe les réactive.
consent-already-no = Vous ne recevez pas les offres de { $shop }. Écrivez /subscribe si vous souhaitez les recevoir.
