# Les vacances (handlers/features/vacation/).

seller-command-vacation = Vacances : une réponse automatique aux acheteurs pendant votre absence

## Acheteurs

away-vacation = 🏖 { $shop } fait une pause pour quelque temps. Votre message a bien été enregistré et nous y répondrons dès notre retour.
away-vacation-until = 🏖 { $shop } est en congé jusqu’au { $until }. Votre message a bien été enregistré et nous y répondrons à notre retour.

## Vacances, pour l’équipe de vente

vacation-on-open = 🏖 Le mode vacances est activé jusqu’à ce que vous le désactiviez (/vacation off). Les messages des acheteurs vous parviennent toujours ; chaque acheteur reçoit la réponse automatique une seule fois.
vacation-on-until = 🏖 Le mode vacances est activé jusqu’au { $until } ; il se désactivera ensuite tout seul et vous recevrez un récapitulatif. Les messages des acheteurs vous parviennent toujours ; chaque acheteur reçoit la réponse automatique une seule fois.
vacation-on-by-open = 🏖 { $seller } a activé le mode vacances jusqu’à ce qu’il soit désactivé (/vacation off). Chaque acheteur reçoit la réponse automatique une fois.
vacation-on-by-until = 🏖 { $seller } a activé le mode vacances jusqu’au { $until } ; chaque acheteur reçoit la réponse automatique une fois.
vacation-preview-own = Les acheteurs qui écrivent dans votre langue ({ $language }) reçoivent votre texte :
vacation-preview-more = Vous avez aussi écrit un texte en : { $languages } ; les acheteurs qui écrivent dans la langue correspondante le reçoivent.
vacation-preview-standard-all = Chaque acheteur reçoit le texte standard dans sa propre langue. Dans votre langue ({ $language }), il dit :
vacation-preview-standard-rest = Les acheteurs qui écrivent dans une autre langue reçoivent le texte standard dans leur propre langue. Dans votre langue ({ $language }), il dit :
vacation-until-past = Le { $until } a déjà commencé : indiquez une date ultérieure ou une durée, par exemple 3d.
vacation-bad-until = « { $given } » n’est ni une date ni une durée. Après « until », écrivez une date (2026-12-31 ou 31/12/2026), « demain » ou une durée (30s, 15m, 20h, 3d). Rien n’a été modifié.
vacation-no-such-date = Cette date n’existe pas : { $given }. Rien n’a été modifié.
vacation-not-on = Le mode vacances n’est pas activé : rien à désactiver.
vacation-status-off = Le mode vacances est désactivé : les acheteurs reçoivent les réponses habituelles. /vacation on l’active.
vacation-status-replied =
    { $count ->
        [0] Personne n’a encore écrit.
        [one] Jusqu’ici, { $count } acheteur a reçu la réponse automatique.
        [many] Jusqu’ici, { $count } d’acheteurs ont reçu la réponse automatique.
       *[other] Jusqu’ici, { $count } acheteurs ont reçu la réponse automatique.
    }
vacation-variants = Vous avez écrit votre propre texte de vacances en : { $variants }.
vacation-variants-none = Vous n’avez pas écrit votre propre texte de vacances : chaque acheteur reçoit le texte standard dans sa langue. /vacation message Texte définit le vôtre pour les acheteurs qui écrivent dans votre langue ({ $language }).
vacation-bad-language = Le bot ne parle pas « { $code } ». Des variantes peuvent être définies pour : { $languages }.
vacation-message-saved = ✅ Message de vacances enregistré ({ $variant }) : les acheteurs qui écrivent dans cette langue le recevront.
vacation-message-removed = 🗑 Message de vacances supprimé ({ $variant }).
vacation-message-missing = Il n’y a pas de message de vacances ({ $variant }) à supprimer.
vacation-usage =
    Écrivez-le ainsi :
    /vacation on — mode vacances jusqu’à ce que vous le désactiviez
    /vacation on until 2026-12-24 De retour après Noël ! — jusqu’à une date (2026-12-24 ou 24/12/2026, ou « demain » ; « jusqu’au » peut remplacer until) ou pour une durée (30s, 15m, 20h, 3d), avec votre propre message pour les acheteurs qui écrivent dans votre langue
    /vacation message Texte — votre message pour les acheteurs qui écrivent dans votre langue ; /vacation message@en Text — pour ceux qui écrivent en anglais ; les autres reçoivent le texte standard ; « off » à la place du texte le supprime
    /vacation off — vous êtes de retour
    /vacation — ce qui est configuré
vacation-summary-title = 🏁 Les vacances sont terminées : les acheteurs reçoivent de nouveau les réponses habituelles.
vacation-summary-traffic =
    { $buyers ->
        [0] Personne n’a écrit pendant votre absence.
        [one] Pendant votre absence, { $buyers } acheteur a envoyé { $messages ->
                [one] { $messages } message
                [many] { $messages } de messages
               *[other] { $messages } messages
            }.
        [many] Pendant votre absence, { $buyers } d’acheteurs ont envoyé { $messages ->
                [one] { $messages } message
                [many] { $messages } de messages
               *[other] { $messages } messages
            }.
       *[other] Pendant votre absence, { $buyers } acheteurs ont envoyé { $messages ->
                [one] { $messages } message
                [many] { $messages } de messages
               *[other] { $messages } messages
            }.
    }
vacation-summary-waiting =
    { $count ->
        [0] Aucune conversation n’attend de réponse.
        [one] { $count } conversation attend encore une réponse :
        [many] { $count } de conversations attendent encore une réponse :
       *[other] { $count } conversations attendent encore une réponse :
    }
vacation-summary-waiting-line = #{ $number } { $name } — en attente depuis { $waited }
vacation-summary-more = …et { $count } de plus
