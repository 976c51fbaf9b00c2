# Отпуск и часы работы (handlers/vacation.py, handlers/hours.py).

seller-command-vacation = Отпуск: автоответ покупателям, пока вас нет
seller-command-hours = Часы работы: автоответ в нерабочее время

## Покупатели

away-vacation = 🏖 { $shop } на время ушёл в отпуск. Ваше сообщение сохранено — мы ответим на него, как только вернёмся.
away-vacation-until = 🏖 { $shop } в отпуске до { $until } — ваше сообщение сохранено, мы ответим на него, когда вернёмся.
away-closed = 🌙 Сейчас { $shop } не работает. Ваше сообщение передано, ответ придёт в этот чат. Снова на связи: { $opens }.

## Отпуск, для продавцов

vacation-on-open = 🏖 Отпуск включён — пока вы его не выключите (/vacation off). Сообщения покупателей по-прежнему приходят вам; каждый покупатель получит автоответ один раз.
vacation-on-until = 🏖 Отпуск включён до { $until }; потом он выключится сам, и вы получите сводку. Сообщения покупателей по-прежнему приходят вам; каждый покупатель получит автоответ один раз.
vacation-on-by-open = 🏖 { $seller } включил(а) отпуск — до выключения (/vacation off). Каждый покупатель получит автоответ один раз.
vacation-on-by-until = 🏖 { $seller } включил(а) отпуск до { $until }; каждый покупатель получит автоответ один раз.
vacation-preview = Покупатель, который пишет на вашем языке, получит:
vacation-until-past = Дата { $until } уже наступила: укажите более позднюю дату или срок, например 3d.
vacation-not-on = Отпуск и так выключен.
vacation-status-off = Отпуск выключен: покупатели получают обычные ответы. Включить: /vacation on.
vacation-status-replied =
    { $count ->
        [0] Пока никто из покупателей не написал.
        [one] Автоответ уже получил { $count } покупатель.
        [few] Автоответ уже получили { $count } покупателя.
       *[many] Автоответ уже получили { $count } покупателей.
    }
vacation-variants = Ваше сообщение на время отпуска: { $variants }.
vacation-variants-none = Своего сообщения на время отпуска вы не задали: покупатели получат стандартное (задать своё: /vacation message Текст).
vacation-variant-default = по умолчанию
vacation-bad-language = Бот не говорит на языке «{ $code }». Варианты можно задать для: { $languages }.
vacation-message-saved = ✅ Сообщение на время отпуска сохранено ({ $variant }).
vacation-message-removed = 🗑 Сообщение на время отпуска удалено ({ $variant }).
vacation-message-missing = Сообщения на время отпуска ({ $variant }) и так нет.
vacation-usage =
    Пишите так:
    /vacation on — отпуск, пока вы его не выключите
    /vacation on until 2026-12-24 Вернёмся после праздников! — до даты (ГГГГ-ММ-ДД) или на срок (30s, 15m, 20h, 3d), со своим сообщением
    /vacation message@en Text — ваше сообщение для тех, кто пишет по-английски; /vacation message Текст — для всех остальных; «off» вместо текста удаляет его
    /vacation off — вы вернулись
    /vacation — что сейчас настроено
vacation-summary-title = 🏁 Отпуск закончился: покупатели снова получают обычные ответы.
vacation-summary-traffic =
    { $buyers ->
        [0] Пока вас не было, никто не написал.
        [one] Пока вас не было, { $buyers } покупатель прислал { $messages ->
                [one] { $messages } сообщение
                [few] { $messages } сообщения
               *[many] { $messages } сообщений
            }.
        [few] Пока вас не было, { $buyers } покупателя прислали { $messages ->
                [one] { $messages } сообщение
                [few] { $messages } сообщения
               *[many] { $messages } сообщений
            }.
       *[many] Пока вас не было, { $buyers } покупателей прислали { $messages ->
                [one] { $messages } сообщение
                [few] { $messages } сообщения
               *[many] { $messages } сообщений
            }.
    }
vacation-summary-waiting =
    { $count ->
        [0] Ни один диалог не ждёт ответа.
        [one] { $count } диалог ещё ждёт ответа:
        [few] { $count } диалога ещё ждут ответа:
       *[many] { $count } диалогов ещё ждут ответа:
    }
vacation-summary-waiting-line = #{ $number } { $name } — ждёт { $waited }
vacation-summary-more = …и ещё { $count }

## Часы работы, для продавцов

hours-usage =
    Часы работы пишите так:
    /hours Пн-Пт 09:00-18:00 Europe/Moscow
    Несколько интервалов: /hours Пн-Пт 09:00-18:00, Сб 10:00-14:00 Europe/Moscow
    Через полночь: /hours Пт-Сб 22:00-02:00 Europe/Moscow
    Часовой пояс — название IANA (Europe/Moscow, Asia/Almaty, America/New_York, UTC). /hours off выключает часы работы.
hours-no-zone = Добавьте в конце часовой пояс, например Europe/Moscow.
hours-bad-zone = Не знаю такого часового пояса: «{ $zone }».
hours-bad-time = «{ $time }» — не интервал времени вроде 09:00-18:00.
hours-bad-day = «{ $day }» — не день недели (Пн, Вт… или Пн-Пт).
hours-saved = 🕘 Часы работы сохранены. В нерабочее время покупатели получат автоответ о том, когда вы снова на связи.
hours-off = Часы работы выключены: покупатели в любое время получают обычные ответы.
hours-none = Часы работы не заданы: покупатели в любое время получают обычные ответы.
hours-zone = Часовой пояс: { $zone }
hours-open-now = Сейчас открыто.
hours-closed-now = Сейчас закрыто; снова на связи: { $opens }.
