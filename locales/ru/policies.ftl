# Правила магазина: /policy для продавцов, /policies и кнопка в приветствии для покупателей.

seller-command-policy = Правила магазина: доставка, оплата, возврат, конфиденциальность
buyer-command-policies = Правила магазина: доставка, оплата, возврат, конфиденциальность

policy-section-shipping = Доставка
policy-section-payment = Оплата
policy-section-returns = Возврат
policy-section-privacy = Конфиденциальность
policy-section-additional = Дополнительно

## Продавцы

policy-overview-title = 📋 Правила магазина
policy-overview-set = ✅ { $section }: { $variants }
policy-overview-unset = ▫️ { $section }: не задано
policy-default-variant = основной текст
policy-usage =
    /policy РАЗДЕЛ текст — задать раздел (оформление сохраняется, текст может занимать несколько строк)
    /policy РАЗДЕЛ@en текст — его вариант на другом языке
    /policy РАЗДЕЛ off — удалить раздел на всех языках (РАЗДЕЛ@en off — только этот вариант)
    Разделы: { $sections }. Языки: { $languages }.
    Покупатели, для языка которых варианта нет, видят основной текст.
policy-unknown-section = Раздела «{ $section }» нет.
policy-unknown-language = Языка «{ $language }» здесь нет.
policy-missing-text = Напишите текст раздела «{ $section }» после его названия.
policy-saved = ✅ Раздел «{ $section }» сохранён ({ $variant }). Покупатели найдут его в /policies и под приветствием.
policy-removed = 🗑 Раздел «{ $section }» удалён на всех языках.
policy-variant-removed = 🗑 Раздел «{ $section }» удалён ({ $variant }).
policy-was-not-set = Раздел «{ $section }» не был задан — удалять нечего.

## Покупатели

policies-button = 📋 Правила магазина
policies-menu = 📋 Правила магазина «{ $shop }». Выберите раздел:
policies-none = Магазин «{ $shop }» пока не опубликовал свои правила. Просто напишите свой вопрос сюда.
policies-section-gone = Этого раздела больше нет.
