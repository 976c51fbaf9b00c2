# Правила магазину: /policy для продавців, /policies і кнопка у вітанні для покупців.

seller-command-policy = Правила магазину: доставка, оплата, повернення, конфіденційність
buyer-command-policies = Правила магазину: доставка, оплата, повернення, конфіденційність

policy-section-shipping = Доставка
policy-section-payment = Оплата
policy-section-returns = Повернення
policy-section-privacy = Конфіденційність
policy-section-additional = Додаткова інформація

## Продавці

policy-overview-title = 📋 Правила магазину
policy-overview-set = ✅ { $section }: { $variants }
policy-overview-unset = ▫️ { $section }: не задано
policy-default-variant = основний текст
policy-usage =
    /policy РОЗДІЛ текст — задати розділ (форматування зберігається, текст може займати кілька рядків)
    /policy РОЗДІЛ@en текст — його версія іншою мовою
    /policy РОЗДІЛ off — видалити розділ усіма мовами (РОЗДІЛ@en off — лише цю версію)
    Розділи: { $sections }. Мови: { $languages }.
    Покупці, для мови яких версії немає, бачать основний текст.
policy-unknown-section = Розділу «{ $section }» немає.
policy-unknown-language = Мови «{ $language }» тут немає.
policy-missing-text = Напишіть текст розділу «{ $section }» після його назви.
policy-saved = ✅ Розділ «{ $section }» збережено ({ $variant }). Покупці знайдуть його в /policies і під вітанням.
policy-removed = 🗑 Розділ «{ $section }» видалено всіма мовами.
policy-variant-removed = 🗑 Розділ «{ $section }» видалено ({ $variant }).
policy-was-not-set = Розділ «{ $section }» не було задано: видаляти нічого.

## Покупці

policies-button = 📋 Правила магазину
policies-menu = 📋 Правила магазину «{ $shop }». Виберіть розділ:
policies-none = Магазин «{ $shop }» ще не опублікував своїх правил. Просто напишіть своє запитання тут.
policies-section-gone = Цей розділ більше недоступний.
