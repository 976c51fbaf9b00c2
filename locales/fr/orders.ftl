# Les commandes (handlers/features/orders/) et le suivi après la livraison (handlers/features/followup/).

seller-command-order = En réponse au message d’un acheteur : lui associer une commande
seller-command-shipped = Marquer une commande comme expédiée (en réponse, ou /shipped COMMANDE)
seller-command-delivered = Marquer une commande comme livrée : le suivi est programmé
seller-command-orders = Les dernières commandes et leur statut
seller-command-followup = Suivi après la livraison : quand, ou off

buyer-greeting-order =
    👋 Bonjour et bienvenue chez { $shop } !
    Vous nous écrivez au sujet de votre commande { $order }. Posez-nous ici toutes vos questions à son sujet — la boutique vous répondra dans ce chat.

order-link-seller = Voici le lien de la commande { $order }. L’acheteur qui l’ouvre est associé à cette commande, et ses messages l’indiquent.
order-usage =
    Répondez /order COMMANDE au message d’un acheteur pour lui associer cette commande (lettres, chiffres, _ et -).
    /order COMMANDE sans répondre à un message affiche la commande.
order-unknown = Il n’y a pas encore de commande { $order }. Associez-la d’abord : répondez /order { $order } au message de l’acheteur.
order-linked =
    🧾 La commande { $order } est associée à #{ $number } { $name }.
    Son lien, pour le message de commande ou la carte glissée dans le colis : { $link }
order-details =
    🧾 Commande { $order } : { $status }
    Acheteur : { $buyer }
    Lien : { $link }
order-none-for-buyer = Aucune commande n’est associée à #{ $number }. Répondez d’abord /order COMMANDE à son message.
order-shipped-usage = Répondez /shipped au message d’un acheteur (sa dernière commande), ou écrivez /shipped COMMANDE.
order-delivered-usage = Répondez /delivered au message d’un acheteur (sa dernière commande), ou écrivez /delivered COMMANDE.
order-already-shipped = La commande { $order } est déjà marquée comme expédiée.
order-already-delivered = La commande { $order } est déjà marquée comme livrée.
order-now-shipped = 📦 La commande { $order } est marquée comme expédiée.
order-now-delivered = ✅ La commande { $order } est marquée comme livrée. Son suivi est programmé (voir /followup).
order-back-ask = { $followup ->
    [planned] ⚠️ La commande { $order } est déjà marquée comme livrée. La marquer de nouveau comme expédiée ? Le message de suivi prévu le { $date } ne serait alors pas envoyé (une nouvelle livraison en programme un autre).
    [sent] ⚠️ La commande { $order } est déjà marquée comme livrée, et son message de suivi a déjà été envoyé. La marquer de nouveau comme expédiée ?
   *[off] ⚠️ La commande { $order } est déjà marquée comme livrée. La marquer de nouveau comme expédiée ?
}
order-back-yes = ↩️ Oui, la marquer expédiée
order-back-no = ✖️ Non, la laisser livrée
order-back-done = { $followup ->
    [planned] 📦 La commande { $order } est de nouveau marquée comme expédiée. Son message de suivi est annulé ; /delivered { $order } en programme un nouveau.
   *[other] 📦 La commande { $order } est de nouveau marquée comme expédiée.
}
order-back-kept = ✅ La commande { $order } reste livrée : rien n’a changé.
order-back-stale = La commande { $order } est maintenant « { $status } » : rien n’a changé.
order-status-open = en cours
order-status-shipped = expédiée
order-status-delivered = livrée
orders-none =
    Aucune commande pour l’instant. Mettez un lien comme celui-ci dans le message de commande ou la carte glissée dans le colis : { $link }
    (avec le numéro de commande à la place de ORDER), ou répondez /order COMMANDE au message d’un acheteur.
orders-header = { $count ->
    [one] 🧾 La dernière commande :
    [many] 🧾 Les { $count } dernières commandes :
   *[other] 🧾 Les { $count } dernières commandes :
}
orders-line = { $order } · { $status } · { $buyer } · { $date }

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

header-problem = problème signalé
header-order-elsewhere = la commande { $order } est liée à un autre acheteur (#{ $number }) : n’en communiquez pas les détails
header-order-link-elsewhere = a ouvert le lien de la commande { $order }, qui appartient à #{ $number } : non liée à cet acheteur (répondez /order { $order } pour la lier)
header-order-link-unrecorded = a ouvert le lien de la commande { $order } : non enregistrée, trop de commandes par lien attendent un vendeur (répondez /order { $order } pour la lier)
seller-status-attention =
    { $count ->
        [one] ⚠️ Dans { $count } d’entre elles, l’acheteur a signalé un problème après la livraison : voir /orders.
       *[other] ⚠️ Dans { $count } d’entre elles, les acheteurs ont signalé un problème après la livraison : voir /orders.
    }
