# Les heures d’ouverture (handlers/features/hours/).

seller-command-hours = Horaires d’ouverture : une réponse d’absence en dehors de ces horaires

## Acheteurs

away-closed = 🌙 { $shop } n’est pas disponible en ce moment. Votre message a été transmis et la réponse arrivera dans ce chat. Réouverture : { $opens }.

## Horaires d’ouverture, pour l’équipe de vente

hours-usage =
    Indiquez les horaires d’ouverture ainsi :
    /hours Mon-Fri 09:00-18:00 Europe/Moscow
    Plusieurs plages : /hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow
    Après minuit : /hours Fri-Sat 22:00-02:00 Europe/Moscow
    Tous les jours : /hours 9-18 Europe/Paris
    Les jours s’écrivent aussi en français : lun-ven, sam. Le fuseau horaire : un nom IANA (Europe/Paris, America/New_York), une ville (Paris), UTC+1 ou CET, EST ; sans fuseau, celui indiqué avant est gardé. /hours off désactive les horaires.
hours-no-zone = Dans quel fuseau horaire sont ces horaires ? Ajoutez-le à la fin, par exemple Europe/Paris, CET ou UTC+1. Rien n’a été modifié.
hours-bad-zone = « { $zone } » n’est pas un fuseau horaire que je connais.
hours-bad-time = « { $time } » n’est pas une plage horaire comme 09:00-18:00.
hours-bad-day = « { $day } » n’est pas un jour de la semaine (lun, mar… ou lun-ven ; en anglais : Mon, Tue… ou Mon-Fri).
hours-saved = 🕘 Horaires d’ouverture enregistrés. En dehors de ces horaires, les acheteurs reçoivent une réponse d’absence qui indique quand vous serez de retour.
hours-off = Les horaires d’ouverture sont désactivés : les acheteurs reçoivent les réponses habituelles à toute heure.
hours-none = Aucun horaire d’ouverture n’est défini : les acheteurs reçoivent les réponses habituelles à toute heure.
hours-zone = Fuseau horaire : { $zone }
hours-open-now = Ouvert en ce moment.
hours-closed-now = Fermé en ce moment ; réouverture : { $opens }.
