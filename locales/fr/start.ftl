# /start, /help et l’accueil (handlers/features/start/).

seller-status-attention =
    { $count ->
        [one] ⚠️ Dans { $count } d’entre elles, l’acheteur a signalé un problème après la livraison : voir /orders.
       *[other] ⚠️ Dans { $count } d’entre elles, les acheteurs ont signalé un problème après la livraison : voir /orders.
    }

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
seller-command-help = Aide : comment répondre aux acheteurs
