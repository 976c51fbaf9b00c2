# Codes promo et envois de codes promo (handlers/features/marketing/).

seller-command-coupon = Codes promo : /coupon add CODE DESCRIPTION, /coupon del CODE
seller-command-coupons = Vos codes promo
seller-command-nudge = Envoyer un code promo aux acheteurs abonnés : maintenant, ou après la livraison

coupon-usage =
    /coupon add CODE DESCRIPTION — par exemple /coupon add THANKS15 15 % de réduction sur votre prochaine commande
    /coupon add CODE@en DESCRIPTION — la description pour les acheteurs qui écrivent en anglais (ru, de, …)
    /coupon del CODE — supprimer un code promo
    /coupons — vos codes promo
coupon-too-long = La description est trop longue : { $limit } caractères au maximum.
coupon-bad-code = « { $code } » ne peut pas être un code promo : lettres latines, chiffres, _ et - uniquement, de 2 à { $longest } caractères (par ex. THANKS15). Rien n’a été modifié.
coupon-bad-language = La langue « { $code } » n’existe pas : écrivez après @ l’un de { $locales }, par ex. /coupon add THANKS15@en …. Rien n’a été modifié.
coupon-added = 🎟 Code promo { $code } ajouté, décrit pour les acheteurs qui écrivent en { $language }. Les acheteurs d’autres langues reçoivent le code avec un court merci dans leur langue, jusqu’à ce que vous ajoutiez leur description : /coupon add { $code }@en …. /nudge { $code } now l’envoie aux acheteurs abonnés.
coupon-updated = 🎟 Code promo { $code } mis à jour : la description en { $language } est enregistrée. Décrit en : { $languages }.
coupon-unknown = Il n’y a pas de code promo { $code }. /coupons affiche les vôtres.
coupon-deleted = { $stopped ->
    [0] Code promo { $code } supprimé.
    [one] Code promo { $code } supprimé, et son envoi arrêté.
    [many] Code promo { $code } supprimé, et ses { $stopped } d’envois arrêtés.
   *[other] Code promo { $code } supprimé, et ses { $stopped } envois arrêtés.
}
coupons-none = Aucun code promo pour l’instant. Ajoutez-en un : /coupon add THANKS15 15 % de réduction sur votre prochaine commande
coupons-header = { $count ->
    [one] 🎟 Votre code promo :
    [many] 🎟 Vos { $count } de codes promo :
   *[other] 🎟 Vos { $count } codes promo :
}
coupons-footer = /nudge CODE now en envoie un à chaque acheteur abonné ; /nudge CODE after 7d l’envoie 7 jours après chaque livraison.

nudge-usage =
    /nudge CODE now — envoyer le code promo à chaque acheteur qui a accepté les offres
    /nudge CODE after DURÉE — l’envoyer ce délai après chaque livraison (par exemple after 7d)
    /nudge off CODE — l’arrêter
    /nudge — ce qui est en cours
nudge-unknown-coupon = Il n’y a pas de code promo { $code }. Ajoutez-le d’abord : /coupon add { $code } DESCRIPTION
nudge-none = Aucun envoi en cours. /nudge CODE now ou /nudge CODE after 7d en lance un.
nudge-nobody = { $skipped ->
    [0] Personne à qui envoyer { $code } : aucun acheteur n’a encore accepté les offres. Le suivi après la livraison leur pose la question.
   *[other] Personne à qui envoyer { $code } : les acheteurs abonnés ont bloqué le bot, ont été bloqués ou l’ont déjà reçu ({ $skipped }).
}
nudge-progress = 🎟 Envoi de { $code } — envoyés : { $sent }, restants : { $left } · échecs : { $failed } · ignorés : { $skipped }
nudge-report = ✅ Envoi de { $code } terminé — envoyés : { $sent }, échecs : { $failed }, ignorés : { $skipped }.
nudge-rule-set = { $planned ->
    [0] ✅ Chaque acheteur abonné recevra { $code } { $delay } après la livraison de sa commande.
   *[other] ✅ Chaque acheteur abonné recevra { $code } { $delay } après la livraison de sa commande (livraisons récentes incluses : { $planned }).
}
nudge-rule-line = 🔁 { $code } : { $delay } après la livraison · envoyés : { $sent }
nudge-off = { $count ->
    [one] Envoi de { $code } arrêté.
    [many] { $count } d’envois de { $code } arrêtés.
   *[other] { $count } envois de { $code } arrêtés.
}
nudge-off-none = Rien en cours pour { $code }.
nudge-message = 🎁 Un petit merci de la part de { $shop } : { $description }
nudge-message-plain = 🎁 Un petit merci de la part de { $shop } : un code de réduction pour votre prochaine commande.
nudge-code = Votre code :
