# /language: язык, на котором бот говорит с покупателем или продавцом, выбранный вручную (handlers/features/language_choice/).

seller-command-language = Выбрать язык бота
buyer-command-language = Выбрать язык бота
language-menu = 🌐 На каком языке вам писать?
language-unknown = Языка «{ $language }» здесь нет.
language-chosen = ✅ Готово! Язык общения: { $language }.
