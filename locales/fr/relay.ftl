# Le relais : ce que l’on dit aux acheteurs, les en-têtes des messages relayés (handlers/relay/).

header-problem = problème signalé
header-order-elsewhere = la commande { $order } est liée à un autre acheteur (#{ $number }) : n’en communiquez pas les détails
header-order-link-elsewhere = a ouvert le lien de la commande { $order }, qui appartient à #{ $number } : non liée à cet acheteur (répondez /order { $order } pour la lier)
header-order-link-unrecorded = a ouvert le lien de la commande { $order } : non enregistrée, trop de commandes par lien attendent un vendeur (répondez /order { $order } pour la lier)
saved-button = 💬 Réponses enregistrées

## Acheteurs

buyer-ack = ✅ Merci ! { $shop } a bien reçu votre message et répond généralement sous 24 heures.
buyer-unsupported =
    Désolé, impossible de transmettre { $kind ->
        [poll] un sondage
        [dice] un dé
        [game] un jeu
        [story] une story
        [invoice] une facture
       *[other] ce type de message
    } à la boutique. Veuillez plutôt en décrire le contenu par écrit, ou envoyer une photo ou un fichier.

## Vendeurs

seller-hint-reply = ↩️ Pour répondre à un acheteur, répondez à son message (balayez-le vers la gauche). Ce message n’a été envoyé à personne.
seller-unsupported =
    Impossible de transmettre { $kind ->
        [poll] un sondage
        [dice] un dé
        [game] un jeu
       *[other] ce type de message
    } à un acheteur. Veuillez envoyer du texte, un média ou un fichier.
seller-buyer-sent-unsupported =
    L’acheteur a envoyé { $kind ->
        [poll] un sondage
        [dice] un dé
        [game] un jeu
        [story] une story
        [invoice] une facture
       *[other] un message
    } impossible à transmettre ; on lui a demandé d’en décrire le contenu.
seller-edit-not-passed = ✏️ Seules les réponses texte peuvent être corrigées : l’acheteur voit toujours la version d’origine.
seller-buyer-card =
    { $who }
    #{ $number } · { $language }
    Écrit depuis le { $since }
    { $reachable ->
        [yes] Joignable
       *[no] A bloqué le bot
    }

## En-têtes des messages transmis

header-edited = modifié
note-answered = { $seller } a répondu
