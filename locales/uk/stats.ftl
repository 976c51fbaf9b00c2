# Статистика відповідей (handlers/features/stats/).

seller-command-stats = Статистика: час відповіді, запитання після доставки, пропозиції (/stats chart — графік)

stats-usage = Напишіть /stats, /stats 7d, /stats тиждень, /stats 1y (будь-який період) або /stats chart, щоб отримати графік.
stats-no-data = даних поки немає
stats-header = 📊 Статистика за { $period }:
stats-conversations = { $count ->
    [one] • { $count } розмова
    [few] • { $count } розмови
    [many] • { $count } розмов
   *[other] • { $count } розмови
}
stats-messages = { $count ->
    [one] • { $count } повідомлення від покупців
    [few] • { $count } повідомлення від покупців
    [many] • { $count } повідомлень від покупців
   *[other] • { $count } повідомлення від покупців
}
stats-median = • Медіанний час до першої відповіді: { $value }
stats-within-day = • Відповідь на перше повідомлення протягом 24 годин: { $value } ({ $answered } з { $total }; для статусу Star Seller на Etsy потрібно 95%)
stats-waiting = • Зараз чекають на відповідь: { $count }
stats-followups = • Запитання після доставки: надіслано { $asked }, усе добре — { $good }, є проблема — { $problem }
stats-csat = { $count ->
    [0] • Середня оцінка обслуговування (1–5): оцінок поки немає
   *[other] • Середня оцінка обслуговування (1–5): { $value } (оцінок: { $count })
}
stats-opt-in = • Погодилися на пропозиції: { $value } ({ $yes } з { $total }, хто відповів)
stats-nudges = • Купонів надіслано: { $sent }, не доставлено: { $failed }
stats-chart-title = { $shop }: за { $period }
stats-chart-messages = Повідомлення покупців
stats-chart-answer-hours = Перша відповідь, години (медіана)
stats-chart-answer-minutes = Перша відповідь, хвилини (медіана)
stats-chart-csat = Оцінка обслуговування, середнє за тиждень (1–5)
stats-chart-caption = 📊 Повідомлення за днями, медіанний час до першої відповіді та середня оцінка обслуговування за тижнями за { $period }. На шкалі в годинах пунктир — 24 години.
