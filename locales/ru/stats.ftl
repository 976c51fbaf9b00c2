# Статистика ответов (handlers/features/stats/).

seller-command-stats = Статистика: время ответа, вопросы после доставки, предложения (/stats chart — график)

stats-usage = Напишите /stats, /stats 7d, /stats неделя, /stats 1y (любой период) или /stats chart, чтобы получить график.
stats-no-data = пока нет данных
stats-header = 📊 Статистика за { $period }:
stats-conversations = { $count ->
    [one] • { $count } диалог
    [few] • { $count } диалога
    [many] • { $count } диалогов
   *[other] • { $count } диалога
}
stats-messages = { $count ->
    [one] • { $count } сообщение от покупателей
    [few] • { $count } сообщения от покупателей
    [many] • { $count } сообщений от покупателей
   *[other] • { $count } сообщения от покупателей
}
stats-median = • Медианное время до первого ответа: { $value }
stats-within-day = • Ответ на первое сообщение в течение 24 часов: { $value } ({ $answered } из { $total }; для статуса Star Seller на Etsy нужно 95%)
stats-waiting = • Сейчас ждут ответа: { $count }
stats-followups = • Вопросы после доставки: отправлено { $asked }, всё хорошо — { $good }, есть проблема — { $problem }
stats-csat = { $count ->
    [0] • Средняя оценка обслуживания (1–5): оценок пока нет
   *[other] • Средняя оценка обслуживания (1–5): { $value } (оценок: { $count })
}
stats-opt-in = • Согласились на предложения: { $value } ({ $yes } из { $total } ответивших)
stats-nudges = • Купонов отправлено: { $sent }, не доставлено: { $failed }
stats-chart-title = { $shop }: за { $period }
stats-chart-messages = Сообщения покупателей
stats-chart-answer-hours = Первый ответ, часы (медиана)
stats-chart-answer-minutes = Первый ответ, минуты (медиана)
stats-chart-csat = Оценка обслуживания, среднее за неделю (1–5)
stats-chart-caption = 📊 Сообщения по дням, медианное время до первого ответа и средняя оценка обслуживания по неделям за { $period }. На шкале в часах пунктир — 24 часа.
