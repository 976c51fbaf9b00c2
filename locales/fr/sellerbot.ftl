# sellerbot — catalogue français.

## Acheteurs

buyer-greeting =
    👋 Bonjour et bienvenue chez { $shop } !
    Posez votre question ici — une commande, un article, la livraison, ou autre chose — et la boutique vous répondra dans ce chat.
buyer-help =
    Écrivez simplement dans ce chat : vos messages sont transmis à { $shop }, et la réponse arrive ici.
    Vous pouvez envoyer du texte, des photos, des vidéos, des fichiers, des messages vocaux et bien plus.
    /policies — les conditions de livraison, de paiement et de retour de la boutique
    /language — changer de langue
    /subscribe — recevoir de temps en temps des offres et des codes promo ; /stop — ne plus recevoir d’offres
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
buyer-command-start = Démarrer : accueil et comment contacter la boutique
buyer-command-help = Comment écrire à la boutique

## Vendeurs

seller-help =
    🛍 Vous faites partie de l’équipe de vente de { $shop }.
    Les messages des acheteurs arrivent ici avec un en-tête : nom, @username, numéro de conversation #N et langue.
    Pour répondre, répondez au message de l’acheteur (balayez-le vers la gauche, ou appuyez longuement dessus → Répondre). L’acheteur reçoit votre réponse de la part du bot et ne voit jamais qui vous êtes. Tous les types de messages fonctionnent : texte, photo, vidéo, fichier, message vocal, sticker.
    Vos collègues voient ce que vous avez répondu.

    Commandes :
seller-status =
    { $waiting ->
        [0] Aucune conversation n’attend de réponse.
        [one] { $waiting } conversation attend une réponse.
        [many] { $waiting } de conversations attendent une réponse.
       *[other] { $waiting } conversations attendent une réponse.
    }
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
seller-buyer-unreachable = 🚫 { $name } (#{ $number }) a bloqué le bot ou supprimé son compte : votre message n’a pas été remis.
seller-delivery-failed = ⚠️ Impossible de remettre votre message à { $name } (#{ $number }) : { $reason }
seller-buyer-card =
    { $who }
    #{ $number } · { $language }
    Écrit depuis le { $since }
    { $reachable ->
        [yes] Joignable
       *[no] A bloqué le bot
    }
seller-command-help = Aide : comment répondre aux acheteurs

## En-têtes des messages transmis

header-edited = modifié
note-answered = { $seller } a répondu

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
