# /language: мова, якою бот пише покупцеві чи продавцеві, вибрана вручну.

seller-command-language = Вибрати мову бота
buyer-command-language = Вибрати мову бота

language-menu = 🌐 Якою мовою вам писати?
language-unknown = Мови «{ $language }» тут немає.
language-chosen = ✅ Готово! Мова спілкування: { $language }.
