# Réponses enregistrées (handlers/features/saved_replies/). Les variables des réponses enregistrées ({buyer_name}, etc.)
# sont passées comme variables : une accolade littérale ouvrirait une expression Fluent.

seller-command-saved = Réponses enregistrées : liste, ajout, suppression
seller-command-r = Envoyer une réponse enregistrée (en réponse au message d’un acheteur)

saved-variant-default = par défaut
# La valeur de secours dans l’exemple de l’aide : {buyer_name|à vous} (« Bonjour {buyer_name|à vous} ! »)
saved-fallback-word = à vous

## /saved

saved-list-title =
    💬 { $count ->
        [one] { $count } réponse enregistrée
        [many] { $count } de réponses enregistrées
       *[other] { $count } réponses enregistrées
    } :
saved-list-empty = 💬 Aucune réponse enregistrée pour l’instant.
saved-malformed = ⚠️ Cette commande n’est pas tout à fait correcte.
saved-usage =
    ↩️ Pour en envoyer une, répondez au message d’un acheteur avec /r NOM, ou appuyez sur « 💬 Réponses enregistrées » sous ce message.
    /saved add NOM TEXTE — ajouter ou remplacer (le TEXTE peut tenir sur plusieurs lignes et garde sa mise en forme)
    /saved add NOM@en TEXTE — la variante pour les acheteurs qui parlent cette langue ({ $locales })
    /saved del NOM — supprimer avec toutes ses variantes (NOM@en : seulement cette variante)
    Noms : lettres, chiffres, _ et -. Variables : { $variables } ; avec une valeur de secours si elle est vide : { $example }
    Une ligne dont la variable est vide et sans valeur de secours (par exemple celle du numéro de commande, pour un acheteur qui n’en a pas) est omise.
saved-bad-name = ⚠️ « { $name } » ne peut pas servir de nom : utilisez jusqu’à { $limit } lettres, chiffres, _ ou -, par exemple /saved add thanks Merci beaucoup !
saved-bad-locale = ⚠️ La langue « { $code } » n’existe pas. Langues disponibles : { $locales }.
saved-unknown-variable =
    ⚠️ Rien n’a été enregistré : { $count ->
        [one] variable inconnue
        [many] variables inconnues
       *[other] variables inconnues
    } { $unknown }. Vous pouvez utiliser { $variables }.
saved-added = ✅ Réponse enregistrée « { $name } » ({ $variant }) ajoutée. Pour l’envoyer, répondez au message d’un acheteur avec /r { $name }
saved-replaced = ✅ Réponse enregistrée « { $name } » ({ $variant }) remplacée.
saved-deleted =
    🗑 Réponse enregistrée « { $name } » supprimée ({ $count ->
        [one] { $count } variante
        [many] { $count } de variantes
       *[other] { $count } variantes
    }).
saved-variant-deleted = 🗑 Variante de « { $name } » supprimée ({ $variant }).
saved-not-found = ⚠️ Il n’y a pas de réponse enregistrée « { $name } ».
saved-names = Réponses enregistrées : { $names }.
saved-none = Aucune réponse enregistrée pour l’instant : /saved add NOM TEXTE en ajoute une.

## Envoi

saved-r-usage = ↩️ Pour envoyer une réponse enregistrée, répondez au message d’un acheteur avec /r NOM.
saved-r-not-reply = ↩️ /r s’utilise en réponse : balayez le message de l’acheteur vers la gauche, puis envoyez /r { $name }.
saved-empty = ⚠️ La réponse « { $name } » est vide pour cet acheteur (les lignes dont une variable est vide sont omises) : rien n’a été envoyé.
saved-sent = ✅ Réponse « { $name } » envoyée à #{ $number } { $buyer } ({ $language }) :
saved-picker = 💬 Choisissez une réponse enregistrée pour #{ $number } { $buyer } :
saved-picker-cancel = ✖️ Annuler
saved-picker-cancelled = ✖️ Fermé : aucune réponse enregistrée n’a été envoyée.
saved-picker-used = Une réponse a déjà été envoyée depuis ce menu.
saved-picker-closed = Ce menu est fermé : rien n’a été envoyé. Rouvrez les réponses enregistrées sous le message de l’acheteur.
saved-gone = Cette réponse enregistrée n’existe plus : /saved les affiche toutes.
saved-message-gone = Le message de l’acheteur n’est plus disponible.

## Ce qu’une nouvelle boutique a au départ (l’équipe de vente peut les modifier ou les supprimer)

saved-default-thanks = Merci, { $first_name } ! 😊 Nous sommes ravis que vous ayez choisi { $shop_name }. Si vous avez la moindre question, écrivez-nous simplement ici.
saved-default-shipping = Nous expédions sous 1 à 3 jours ouvrés après le paiement. La livraison prend généralement 5 à 10 jours ; dès que le colis est en route, nous vous envoyons ici le numéro de suivi.
saved-default-custom = Oui, nous réalisons des articles sur commande ! Dites-nous ce que vous avez en tête — l’article, la taille, les couleurs et la date à laquelle vous en avez besoin — et nous reviendrons vers vous avec le prix et les délais.
