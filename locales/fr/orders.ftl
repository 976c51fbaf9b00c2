# Les commandes (handlers/features/orders/).

seller-command-order = En réponse au message d’un acheteur : lui associer une commande
seller-command-shipped = Marquer une commande comme expédiée (en réponse, ou /shipped COMMANDE)
seller-command-delivered = Marquer une commande comme livrée : le suivi est programmé
seller-command-orders = Les dernières commandes et leur statut
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

