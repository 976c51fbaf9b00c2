# Blocking buyers (handlers/features/blocking/).

## Menu and /help

seller-command-block = Reply to a buyer's message: stop relaying them
seller-command-unblock = Unblock a buyer (reply, or /unblock #N)
seller-command-blocked = Blocked buyers

## Blocking buyers

block-usage = To block a buyer, reply /block to one of their messages.
block-already = #{ $number } { $name } is already blocked (by { $seller }, since { $since }).
block-done = 🚫 { $seller } blocked #{ $number } { $name }. Their messages are kept but no longer passed on, and they are not told. /unblock #{ $number } undoes it.
unblock-usage = To unblock a buyer, reply /unblock to one of their messages, or send /unblock #N (/blocked lists the numbers).
unblock-unknown = There is no buyer #{ $number }. Send /unblock #N with a number from /blocked.
unblock-not-blocked = #{ $number } { $name } is not blocked.
unblock-done = ✅ { $seller } unblocked #{ $number } { $name }: their new messages reach the sellers again.
blocked-none = No buyer is blocked.
blocked-header =
    🚫 { $count ->
        [one] { $count } blocked buyer:
       *[other] { $count } blocked buyers:
    }
blocked-line = #{ $number } { $name } · since { $since } · by { $seller }
blocked-footer = /unblock #N unblocks one.
