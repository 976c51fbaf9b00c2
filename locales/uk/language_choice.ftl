# /language: мова, якою бот говорить із покупцем або продавцем, вибрана вручну (handlers/features/language_choice/).

seller-command-language = Вибрати мову бота
buyer-command-language = Вибрати мову бота
language-menu = 🌐 Якою мовою вам писати?
language-unknown = Мови «{ $language }» тут немає.
language-chosen = ✅ Готово! Мова спілкування: { $language }.
