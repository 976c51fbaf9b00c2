# La question de satisfaction quand une conversation est devenue calme (handlers/features/csat/).

seller-command-csat = Question de note du service aux acheteurs : quand, on ou off

csat-question = Ici { $shop } : comment avez-vous trouvé notre service ? Merci de le noter de 1 (très mauvais) à 5 (excellent) — cela nous aide à nous améliorer.
csat-rated = Votre note : { $score } sur 5. Merci pour votre avis !
csat-thanks = Merci pour votre note !
csat-already = Votre note est déjà enregistrée — merci !
csat-alert = ⭐ Note de service basse : { $score } sur 5.
csat-alert-last-answer = Dernière réponse : { $seller }.
csat-alert-reply = Répondez à ce message pour lui répondre.
csat-status = Les acheteurs sont invités à noter le service (de 1 à 5) quand une conversation est restée calme pendant { $delay } après une réponse. /csat off désactive la question.
csat-status-off = La question sur la note du service est désactivée. /csat on la réactive, /csat 24h règle son moment.
csat-on = ✅ Les acheteurs seront invités à noter le service quand une conversation sera restée calme pendant { $delay } après une réponse.
csat-off = La question sur la note du service est désactivée. Celles déjà programmées ne seront pas envoyées.
csat-usage = Écrivez /csat DURÉE (par exemple 24h ou 2d), /csat on, /csat off, ou /csat pour voir le réglage.
