# Згода на рекламу (handlers/consent.py), купони (handlers/coupons.py), розсилки купонів (handlers/nudges.py).

buyer-command-subscribe = Час від часу отримувати пропозиції та купони
buyer-command-stop = Більше не отримувати пропозиції та купони
seller-command-coupon = Купони: /coupon add CODE DESCRIPTION, /coupon del CODE
seller-command-coupons = Ваші купони
seller-command-nudge = Надіслати купон підписаним покупцям: зараз або після доставки

consent-question = Чи можна магазину «{ $shop }» час від часу надсилати вам пропозиції та купони? Відмовитися від них можна будь-коли командою /stop.
consent-yes = Так, будь ласка
consent-no = Ні, дякую
consent-unsubscribe = Відписатися
consent-thanks-yes = 🎉 Дякуємо! Магазин «{ $shop }» час від часу надсилатиме вам пропозиції. Відмовитися можна будь-коли командою /stop.
consent-thanks-no = Зрозуміло — жодних пропозицій. Якщо передумаєте, напишіть /subscribe.
consent-already-yes = Ви вже підписані на пропозиції магазину «{ $shop }». Відписатися — /stop.
consent-stopped = Готово: магазин «{ $shop }» більше не надсилатиме вам пропозицій. Повернути їх — /subscribe.
consent-already-no = Ви не підписані на пропозиції магазину «{ $shop }». Якщо хочете їх отримувати — /subscribe.

coupon-usage =
    /coupon add CODE DESCRIPTION — наприклад, /coupon add THANKS15 Знижка 15% на наступне замовлення
    /coupon del CODE — видалити купон
    /coupons — ваші купони
coupon-too-long = Опис задовгий: не більше { $limit } символів.
coupon-added = 🎟 Купон { $code } додано. /nudge { $code } now надішле його підписаним покупцям.
coupon-updated = 🎟 Купон { $code } оновлено.
coupon-unknown = Купона { $code } немає. Ваші купони — /coupons.
coupon-deleted = { $stopped ->
    [0] Купон { $code } видалено.
    [1] Купон { $code } видалено, його розсилку зупинено.
    [one] Купон { $code } видалено, зупинено { $stopped } його розсилку.
    [few] Купон { $code } видалено, зупинено { $stopped } його розсилки.
    [many] Купон { $code } видалено, зупинено { $stopped } його розсилок.
   *[other] Купон { $code } видалено, зупинено { $stopped } його розсилки.
}
coupons-none = Купонів поки немає. Додайте перший: /coupon add THANKS15 Знижка 15% на наступне замовлення
coupons-header = { $count ->
    [1] 🎟 Ваш купон:
    [one] 🎟 У вас { $count } купон:
    [few] 🎟 У вас { $count } купони:
    [many] 🎟 У вас { $count } купонів:
   *[other] 🎟 У вас { $count } купона:
}
coupons-footer = /nudge CODE now надішле купон усім підписаним покупцям; /nudge CODE after 7d — через 7 днів після кожної доставки.

nudge-usage =
    /nudge CODE now — надіслати купон усім покупцям, які погодилися отримувати пропозиції
    /nudge CODE after DURATION — надсилати його через цей час після кожної доставки (наприклад, after 7d)
    /nudge off CODE — зупинити розсилку
    /nudge — які розсилки зараз діють
nudge-unknown-coupon = Купона { $code } немає. Спершу додайте його: /coupon add { $code } DESCRIPTION
nudge-none = Розсилок немає. Запустити: /nudge CODE now або /nudge CODE after 7d.
nudge-nobody = { $skipped ->
    [0] Купон { $code } нікому надіслати: жоден покупець ще не погодився отримувати пропозиції. Згоду запитують разом із запитанням після доставки.
   *[other] Купон { $code } нікому надіслати: підписані покупці заблокували бота, заблоковані магазином або вже отримали його ({ $skipped }).
}
nudge-progress = 🎟 Розсилка { $code }: надіслано { $sent }, залишилося { $left } · не доставлено { $failed } · пропущено { $skipped }
nudge-report = ✅ Розсилку { $code } завершено: надіслано { $sent }, не доставлено { $failed }, пропущено { $skipped }.
nudge-rule-set = { $planned ->
    [0] ✅ Кожен підписаний покупець отримає { $code } через { $delay } після доставки свого замовлення.
    [one] ✅ Кожен підписаний покупець отримає { $code } через { $delay } після доставки свого замовлення (враховано { $planned } нещодавню доставку).
    [few] ✅ Кожен підписаний покупець отримає { $code } через { $delay } після доставки свого замовлення (враховано { $planned } нещодавні доставки).
    [many] ✅ Кожен підписаний покупець отримає { $code } через { $delay } після доставки свого замовлення (враховано { $planned } нещодавніх доставок).
   *[other] ✅ Кожен підписаний покупець отримає { $code } через { $delay } після доставки свого замовлення (враховано { $planned } нещодавньої доставки).
}
nudge-rule-line = 🔁 { $code }: через { $delay } після доставки · надіслано { $sent }
nudge-off = { $count ->
    [1] Розсилку { $code } зупинено.
    [one] Зупинено { $count } розсилку { $code }.
    [few] Зупинено { $count } розсилки { $code }.
    [many] Зупинено { $count } розсилок { $code }.
   *[other] Зупинено { $count } розсилки { $code }.
}
nudge-off-none = Для { $code } нічого не запущено.
nudge-message = 🎁 Маленьке «дякую» від магазину «{ $shop }»: { $description }
nudge-code = Ваш код:
