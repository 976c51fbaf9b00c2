# Блокировка покупателей (handlers/features/blocking/).

## Меню и /help

seller-command-block = Ответом на сообщение покупателя: больше не пересылать его
seller-command-unblock = Разблокировать покупателя (ответом или /unblock #N)
seller-command-blocked = Заблокированные покупатели

## Блокировка покупателей

block-usage = Чтобы заблокировать покупателя, ответьте командой /block на одно из его сообщений.
block-already = Покупатель #{ $number } { $name } уже в списке заблокированных (с { $since }, кто заблокировал: { $seller }).
block-done = 🚫 Покупатель #{ $number } { $name } заблокирован продавцом { $seller }. Сообщения этого покупателя сохраняются, но больше не пересылаются, и он об этом не узнает. Отменить — /unblock #{ $number }.
unblock-usage = Чтобы разблокировать покупателя, ответьте командой /unblock на одно из его сообщений или отправьте /unblock #N (номера — в /blocked).
unblock-unknown = Покупателя #{ $number } нет. Отправьте /unblock #N с номером из /blocked.
unblock-not-blocked = Покупатель #{ $number } { $name } не в списке заблокированных.
unblock-done = ✅ Покупатель #{ $number } { $name } разблокирован продавцом { $seller }: новые сообщения этого покупателя снова приходят продавцам.
blocked-none = Заблокированных покупателей нет.
blocked-header =
    🚫 { $count ->
        [one] { $count } заблокированный покупатель:
        [few] { $count } заблокированных покупателя:
       *[many] { $count } заблокированных покупателей:
    }
blocked-line = #{ $number } { $name } · с { $since } · кто заблокировал: { $seller }
blocked-footer = Разблокировать — /unblock #N.
