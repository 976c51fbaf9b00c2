# Согласие на рекламу (/subscribe, /stop) (handlers/features/consent/).

buyer-command-subscribe = Иногда получать предложения и купоны
buyer-command-stop = Больше не получать предложения и купоны
consent-question = Можно магазину «{ $shop }» иногда присылать вам предложения и купоны? Отказаться от них можно в любой момент командой /stop.
consent-yes = Да, пожалуйста
consent-no = Нет, спасибо
consent-unsubscribe = Отписаться
consent-thanks-yes = 🎉 Спасибо! Магазин «{ $shop }» будет иногда присылать вам предложения. Отказаться можно в любой момент командой /stop.
consent-thanks-no = Понятно — никаких предложений. Если передумаете, напишите /subscribe.
consent-already-yes = Вы уже подписаны на предложения магазина «{ $shop }». Отписаться — /stop.
consent-stopped = Готово: магазин «{ $shop }» больше не будет присылать вам предложения. Вернуть их — /subscribe.
consent-already-no = Вы не подписаны на предложения магазина «{ $shop }». Если хотите их получать — /subscribe.
