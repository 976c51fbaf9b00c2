# Consent to offers (/subscribe, /stop) (handlers/features/consent/).

buyer-command-subscribe = Get occasional offers and coupons
buyer-command-stop = Stop offers and coupons
consent-question = May { $shop } send you occasional offers and coupons? You can stop them at any time with /stop.
consent-yes = Yes, please
consent-no = No, thanks
consent-unsubscribe = Unsubscribe
consent-thanks-yes = 🎉 Thank you! { $shop } will send you offers now and then. /stop ends them at any time.
consent-thanks-no = Understood — no offers. If you change your mind, write /subscribe.
consent-already-yes = You are already subscribed to offers from { $shop }. /stop ends them.
consent-stopped = Done: { $shop } will send you no more offers. /subscribe brings them back.
consent-already-no = You are not subscribed to offers from { $shop }. /subscribe if you would like them.
