# Согласие на рекламу (handlers/consent.py), купоны (handlers/coupons.py), рассылки купонов (handlers/nudges.py).

buyer-command-subscribe = Иногда получать предложения и купоны
buyer-command-stop = Больше не получать предложения и купоны
seller-command-coupon = Купоны: /coupon add CODE DESCRIPTION, /coupon del CODE
seller-command-coupons = Ваши купоны
seller-command-nudge = Отправить купон подписанным покупателям: сейчас или после доставки

consent-question = Можно магазину «{ $shop }» иногда присылать вам предложения и купоны? Отказаться от них можно в любой момент командой /stop.
consent-yes = Да, пожалуйста
consent-no = Нет, спасибо
consent-unsubscribe = Отписаться
consent-thanks-yes = 🎉 Спасибо! Магазин «{ $shop }» будет иногда присылать вам предложения. Отказаться можно в любой момент командой /stop.
consent-thanks-no = Понятно — никаких предложений. Если передумаете, напишите /subscribe.
consent-already-yes = Вы уже подписаны на предложения магазина «{ $shop }». Отписаться — /stop.
consent-stopped = Готово: магазин «{ $shop }» больше не будет присылать вам предложения. Вернуть их — /subscribe.
consent-already-no = Вы не подписаны на предложения магазина «{ $shop }». Если хотите их получать — /subscribe.

coupon-usage =
    /coupon add CODE DESCRIPTION — например, /coupon add THANKS15 Скидка 15% на следующий заказ
    /coupon del CODE — удалить купон
    /coupons — ваши купоны
coupon-too-long = Описание слишком длинное: не больше { $limit } символов.
coupon-added = 🎟 Купон { $code } добавлен. /nudge { $code } now отправит его подписанным покупателям.
coupon-updated = 🎟 Купон { $code } обновлён.
coupon-unknown = Купона { $code } нет. Ваши купоны — /coupons.
coupon-deleted = { $stopped ->
    [0] Купон { $code } удалён.
    [1] Купон { $code } удалён, его рассылка остановлена.
    [one] Купон { $code } удалён, остановлена { $stopped } его рассылка.
    [few] Купон { $code } удалён, остановлены { $stopped } его рассылки.
    [many] Купон { $code } удалён, остановлено { $stopped } его рассылок.
   *[other] Купон { $code } удалён, остановлено { $stopped } его рассылки.
}
coupons-none = Купонов пока нет. Добавьте первый: /coupon add THANKS15 Скидка 15% на следующий заказ
coupons-header = { $count ->
    [1] 🎟 Ваш купон:
    [one] 🎟 У вас { $count } купон:
    [few] 🎟 У вас { $count } купона:
    [many] 🎟 У вас { $count } купонов:
   *[other] 🎟 У вас { $count } купона:
}
coupons-footer = /nudge CODE now отправит купон всем подписанным покупателям; /nudge CODE after 7d — через 7 дней после каждой доставки.

nudge-usage =
    /nudge CODE now — отправить купон всем покупателям, согласившимся получать предложения
    /nudge CODE after DURATION — отправлять его через этот срок после каждой доставки (например, after 7d)
    /nudge off CODE — остановить рассылку
    /nudge — какие рассылки сейчас работают
nudge-unknown-coupon = Купона { $code } нет. Сначала добавьте его: /coupon add { $code } DESCRIPTION
nudge-none = Рассылок нет. Запустить: /nudge CODE now или /nudge CODE after 7d.
nudge-nobody = { $skipped ->
    [0] Купон { $code } некому отправить: ещё ни один покупатель не согласился получать предложения. Согласие спрашивают вместе с вопросом после доставки.
   *[other] Купон { $code } некому отправить: подписанные покупатели заблокировали бота, заблокированы магазином или уже получили его ({ $skipped }).
}
nudge-progress = 🎟 Рассылка { $code }: отправлено { $sent }, осталось { $left } · не доставлено { $failed } · пропущено { $skipped }
nudge-report = ✅ Рассылка { $code } завершена: отправлено { $sent }, не доставлено { $failed }, пропущено { $skipped }.
nudge-rule-set = { $planned ->
    [0] ✅ Каждый подписанный покупатель получит { $code } через { $delay } после доставки своего заказа.
    [one] ✅ Каждый подписанный покупатель получит { $code } через { $delay } после доставки своего заказа (учтена { $planned } недавняя доставка).
    [few] ✅ Каждый подписанный покупатель получит { $code } через { $delay } после доставки своего заказа (учтены { $planned } недавние доставки).
    [many] ✅ Каждый подписанный покупатель получит { $code } через { $delay } после доставки своего заказа (учтено { $planned } недавних доставок).
   *[other] ✅ Каждый подписанный покупатель получит { $code } через { $delay } после доставки своего заказа (учтено { $planned } недавней доставки).
}
nudge-rule-line = 🔁 { $code }: через { $delay } после доставки · отправлено { $sent }
nudge-off = { $count ->
    [1] Рассылка { $code } остановлена.
    [one] Остановлена { $count } рассылка { $code }.
    [few] Остановлены { $count } рассылки { $code }.
    [many] Остановлено { $count } рассылок { $code }.
   *[other] Остановлено { $count } рассылки { $code }.
}
nudge-off-none = Для { $code } ничего не запущено.
nudge-message = 🎁 Небольшое «спасибо» от магазина «{ $shop }»: { $description }
nudge-code = Ваш код:
