# /guide : un guide du bon service client, un conseil par page. Écrit pour sellerbot ; chaque page se
# termine par la commande sellerbot qui aide à suivre ce conseil.

seller-command-guide = Guide : un bon service client, page par page

guide-header = 📖 Guide de vente · page { $page }/{ $total }

guide-listings-title = Des annonces claires, des règles claires
guide-listings-body = La plupart des questions naissent là où une annonce laisse un vide. Décrivez chaque article tel qu’il est vraiment : taille, matière, couleur, état, avec des photos prises à la lumière du jour. Dites clairement comment vous expédiez, comment on peut payer, ce qui se passe quand un article doit être renvoyé et comment vous traitez les données personnelles. Qui connaît les règles avant de commander pose moins de questions et conteste moins.
guide-listings-tool = Avec /policy, vous rédigez vos conditions de livraison, de paiement, de retour et de confidentialité ; les acheteurs les consultent depuis le message d’accueil ou avec /policies.

guide-response-time-title = Répondez dans la journée
guide-response-time-body = Une question restée sans réponse, c’est souvent une vente perdue. Essayez de répondre à la plupart des messages en moins de 24 heures, week-ends compris quand c’est possible. Si vous avez besoin de temps pour vérifier quelque chose, dites-le tout de suite : « Je le mesure et je vous réponds ce soir », c’est déjà une réponse.
guide-response-time-tool = /help indique combien de conversations vous attendent ; /hours indique aux acheteurs quand vous êtes disponible.

guide-tone-title = Honnêteté, politesse, clarté, concision
guide-tone-body = Écrivez comme vous aimeriez qu’on vous réponde : saluez la personne, appelez-la par son nom et allez à l’essentiel en quelques phrases. Ne promettez jamais ce qui n’est pas certain, comme un délai de livraison ou une couleur en stock ; si vous ne savez pas, dites que vous allez vous renseigner. Gardez un ton courtois, même si la personne en face ne l’est pas.
guide-tone-tool = Répondez ici au message d’un acheteur : la réponse part au nom de la boutique, pas de votre compte. Si quelqu’un ne fait que vous insulter, n’entrez pas dans la discussion : /block, envoyé en réponse à son message, empêche ses messages de vous parvenir.

guide-saved-replies-title = Préparez les réponses aux questions fréquentes
guide-saved-replies-body = Délais de livraison, tailles, conseils d’entretien, suivi de colis : les mêmes questions reviennent chaque semaine. Rédigez une fois la meilleure réponse, relisez-la pour les fautes et le ton, puis réutilisez-la. Vous gagnez du temps, chaque acheteur reçoit une réponse tout aussi soignée, et vous pouvez toujours l’adapter à la personne.
guide-saved-replies-tool = /saved conserve vos réponses toutes prêtes ; /r NOM, envoyé en réponse au message d’un acheteur, répond avec l’une d’elles.

guide-away-title = Vous vous absentez ? Prévenez d’abord
guide-away-body = Vacances, maladie, salon professionnel : le silence inquiète davantage les acheteurs qu’un retard. Avant de partir, mettez en place une réponse automatique qui indique quand vous serez de retour et ce qu’il advient des commandes entre-temps. En dehors de vos horaires, un petit mot précisant que vous répondrez le lendemain matin fait le même effet.
guide-away-tool = /vacation définit la réponse que reçoivent les acheteurs pendant votre absence ; /hours définit vos horaires d’ouverture, et en dehors de ceux-ci, les acheteurs savent quand vous serez de retour.

guide-problems-title = Quand quelque chose tourne mal
guide-problems-body = Un colis en retard, un article arrivé abîmé, une couleur qui n’est pas celle attendue. Commencez par reconnaître le problème et remerciez la personne de vous l’avoir signalé. Ne cherchez pas de coupable, pas même le transporteur. Proposez une solution (un remplacement, un remboursement, une remise) et mettez-vous d’accord rapidement : une petite perte aujourd’hui vous assure souvent une clientèle fidèle pendant des années.
guide-problems-tool = /policy returns énonce vos règles de retour, pour que la solution soit claire des deux côtés ; une réponse calme préparée dans /saved vous aidera les jours difficiles.

guide-reviews-title = Les avis appartiennent aux acheteurs
guide-reviews-body = N’utilisez jamais un avis comme monnaie d’échange. Ne proposez ni remboursement, ni cadeau, ni remise en échange d’une meilleure note ou du retrait d’un avis négatif, et ne faites jamais pression sur quelqu’un qui s’est plaint. Réglez le problème pour lui-même. Une réponse publique calme et honnête à une critique inspire plus confiance qu’une note parfaite.
guide-reviews-tool = Les règles que vous publiez avec /policy s’appliquent de la même façon à tous les acheteurs, quoi qu’ils écrivent sur vous.

guide-after-sale-title = Vérifiez que tout va bien
guide-after-sale-body = Quelques jours après la livraison, demandez si tout est arrivé en bon état et correspond aux attentes. Un problème repéré tôt coûte peu à régler, et votre clientèle voit une boutique qui reste attentive même une fois la commande payée.
guide-after-sale-tool = Pour ce suivi après la vente, utilisez la commande /followup de sellerbot.

guide-returning-buyers-title = Remerciez votre clientèle fidèle
guide-returning-buyers-body = Un code promo pour la prochaine commande est une belle façon de remercier une clientèle fidèle. N’envoyez d’offres qu’aux acheteurs qui ont accepté d’en recevoir : une publicité inattendue dans un chat privé ressemble à du spam et peut faire fuir la personne.
guide-returning-buyers-tool = Pour les codes promo, utilisez la commande /coupon de sellerbot, et uniquement pour les acheteurs qui ont accepté de recevoir des offres. /guide rouvre ce guide à tout moment.
