# Згода на рекламу (/subscribe, /stop) (handlers/features/consent/).

buyer-command-subscribe = Час від часу отримувати пропозиції та купони
buyer-command-stop = Більше не отримувати пропозиції та купони
consent-question = Чи можна магазину «{ $shop }» час від часу надсилати вам пропозиції та купони? Відмовитися від них можна будь-коли командою /stop.
consent-yes = Так, будь ласка
consent-no = Ні, дякую
consent-unsubscribe = Відписатися
consent-thanks-yes = 🎉 Дякуємо! Магазин «{ $shop }» час від часу надсилатиме вам пропозиції. Відмовитися можна будь-коли командою /stop.
consent-thanks-no = Зрозуміло — жодних пропозицій. Якщо передумаєте, напишіть /subscribe.
consent-already-yes = Ви вже підписані на пропозиції магазину «{ $shop }». Відписатися — /stop.
consent-stopped = Готово: магазин «{ $shop }» більше не надсилатиме вам пропозицій. Повернути їх — /subscribe.
consent-already-no = Ви не підписані на пропозиції магазину «{ $shop }». Якщо хочете їх отримувати — /subscribe.
