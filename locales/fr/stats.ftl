# Statistiques de réponse (handlers/features/stats/).

seller-command-stats = Statistiques : temps de réponse, suivis, offres (/stats chart en fait un graphique)

stats-usage = Écrivez /stats, /stats 7d, /stats semaine, /stats 1y (n’importe quelle période) ou /stats chart pour un graphique.
stats-no-data = pas encore de données
stats-header = 📊 Sur une période de { $period } :
stats-conversations = { $count ->
    [one] • { $count } conversation
    [many] • { $count } de conversations
   *[other] • { $count } conversations
}
stats-messages = { $count ->
    [one] • { $count } message d’acheteur
    [many] • { $count } de messages d’acheteurs
   *[other] • { $count } messages d’acheteurs
}
stats-median = • Délai médian avant la première réponse : { $value }
stats-within-day = • Premier message traité en moins de 24 heures : { $value } ({ $answered } sur { $total } ; le label Star Seller d’Etsy exige 95 %)
stats-waiting = • En attente de réponse en ce moment : { $count }
stats-followups = • Suivis envoyés : { $asked }, « tout va bien » : { $good }, problèmes : { $problem }
stats-csat = { $count ->
    [0] • Note moyenne du service (1–5) : pas encore de notes
   *[other] • Note moyenne du service (1–5) : { $value } (notes : { $count })
}
stats-opt-in = • Ont accepté les offres : { $value } ({ $yes } sur { $total } ayant répondu)
stats-nudges = • Codes promo envoyés : { $sent }, échecs : { $failed }
stats-chart-title = { $shop } : période de { $period }
stats-chart-messages = Messages des acheteurs
stats-chart-answer-hours = Première réponse, en heures (médiane)
stats-chart-answer-minutes = Première réponse, en minutes (médiane)
stats-chart-csat = Note du service, moyenne par semaine (1–5)
stats-chart-caption = 📊 Messages par jour, délai médian avant la première réponse et note moyenne du service par semaine, sur une période de { $period }. Sur l’échelle en heures, la ligne en pointillés marque 24 heures.
