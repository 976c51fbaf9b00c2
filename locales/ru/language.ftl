# /language: язык, на котором бот пишет покупателю или продавцу, выбранный вручную.

seller-command-language = Выбрать язык бота
buyer-command-language = Выбрать язык бота

language-menu = 🌐 На каком языке вам писать?
language-unknown = Языка «{ $language }» здесь нет.
language-chosen = ✅ Готово! Язык общения: { $language }.
