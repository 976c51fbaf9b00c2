# Блокування покупців (handlers/features/blocking/).

## Меню та /help

seller-command-block = У відповідь на повідомлення покупця: більше не пересилати його повідомлення
seller-command-unblock = Розблокувати покупця (у відповідь або /unblock #N)
seller-command-blocked = Заблоковані покупці

## Блокування покупців

block-usage = Щоб заблокувати покупця, відповідайте командою /block на одне з його повідомлень.
block-already = #{ $number } { $name } уже заблоковано (хто заблокував: { $seller }, з { $since }).
block-done = 🚫 #{ $number } { $name } заблоковано (хто заблокував: { $seller }). Повідомлення цього покупця зберігаються, але більше не пересилаються, і покупцеві про це не повідомляють. Скасувати: /unblock #{ $number }.
unblock-usage = Щоб розблокувати покупця, відповідайте командою /unblock на одне з його повідомлень або надішліть /unblock #N (номери — у /blocked).
unblock-unknown = Покупця #{ $number } немає. Надішліть /unblock #N з номером із /blocked.
unblock-not-blocked = #{ $number } { $name } не заблоковано.
unblock-done = ✅ #{ $number } { $name } розблоковано (хто розблокував: { $seller }): нові повідомлення цього покупця знову надходять продавцям.
blocked-none = Заблокованих покупців немає.
blocked-header =
    🚫 { $count ->
        [one] { $count } заблокований покупець:
        [few] { $count } заблоковані покупці:
        [many] { $count } заблокованих покупців:
       *[other] { $count } заблокованого покупця:
    }
blocked-line = #{ $number } { $name } · з { $since } · хто заблокував: { $seller }
blocked-footer = Розблокувати: /unblock #N.
