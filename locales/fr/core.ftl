# Le cœur : commandes inconnues, problèmes de livraison, mises à jour illisibles (handlers/core/).

## Vendeurs

seller-buyer-unreachable = 🚫 { $name } (#{ $number }) a bloqué le bot ou supprimé son compte : votre message n’a pas été remis.
seller-delivery-failed = ⚠️ Impossible de remettre votre message à { $name } (#{ $number }) : { $reason }

## Commandes

buyer-unknown-command = La commande { $command } n’existe pas. Pour écrire à la boutique, envoyez simplement votre message ; /help vous en dit plus.
seller-unknown-command = La commande { $command } n’existe pas. /help affiche la liste des commandes.
seller-unknown-command-suggest = La commande { $command } n’existe pas. Vouliez-vous dire { $suggestions } ? /help affiche la liste des commandes.

## Mises à jour que le bot n'a pas pu lire (handlers/core/dead_letters.py)

dead-letter-resend = ⚠️ Désolé, votre dernier message n'a pas pu être lu et n'est pas parvenu à la boutique. Veuillez le renvoyer, peut-être sous une autre forme (texte ou photo).
dead-letters-digest =
    ⚠️ { $count ->
        [one] Une mise à jour de Telegram n'a pas pu être lue et a été ignorée
       *[other] { $count } mises à jour de Telegram n'ont pas pu être lues et ont été ignorées
    } (la première le { $first }). Tout le reste continue de fonctionner.
dead-letters-senders =
    De : { $names }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autres
    }. Chaque expéditeur a été invité à renvoyer son message.
dead-letters-where = Elles sont conservées dans la base de données pour la personne qui gère le bot : `sellerbot dead-letters` les affiche.
