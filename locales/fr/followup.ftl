# Le suivi après la livraison (handlers/features/followup/).

seller-command-followup = Suivi après la livraison : quand, ou off
followup-question =
    Bonjour, ici { $shop } ! Votre commande { $order } devrait vous être parvenue. Tout est-il bien arrivé ?
followup-good = 👍 Tout va bien
followup-problem = ⚠️ Il y a un problème
followup-thanks = Merci ! Nous sommes ravis que votre commande soit bien arrivée. 💛
followup-sorry =
    Nous sommes désolés qu’il y ait eu un souci avec la commande { $order }. Expliquez-nous ici ce qui s’est passé (une photo nous aide beaucoup) — l’équipe de { $shop } est prévenue et vous répondra dans ce chat.
followup-already-answered = Vous avez déjà répondu — merci !
followup-alert = ⚠️ Problème signalé pour la commande { $order }. Ses derniers messages :
followup-alert-reply = Répondez à ce message pour lui répondre.
followup-status = Les messages de suivi partent { $delay } après qu’une commande a été marquée comme livrée. /followup off les désactive.
followup-status-off = Les messages de suivi sont désactivés. /followup 3d en envoie un 3 jours après la livraison.
followup-on = ✅ Les messages de suivi partiront { $delay } après qu’une commande a été marquée comme livrée.
followup-off = Les messages de suivi sont désactivés. Ceux déjà programmés ne seront pas envoyés.
followup-usage = Écrivez /followup DURÉE (par exemple 3d, 36h ou 5 jours), /followup off, ou /followup pour voir le réglage.
