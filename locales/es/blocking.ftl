# El bloqueo de compradores (handlers/features/blocking/).

## Menú y /help

seller-command-block = En respuesta al mensaje de un comprador: dejar de reenviar sus mensajes
seller-command-unblock = Desbloquear a un comprador (respondiendo o con /unblock #N)
seller-command-blocked = Compradores bloqueados

## Bloqueo de compradores

block-usage = Para bloquear a un comprador, responde /block a uno de sus mensajes.
block-already = { $seller } ya bloqueó a #{ $number } { $name } (desde el { $since }).
block-done = 🚫 { $seller } ha bloqueado a #{ $number } { $name }. Sus mensajes se guardan, pero ya no se reenvían, y no se le avisa. /unblock #{ $number } lo deshace.
unblock-usage = Para desbloquear a un comprador, responde /unblock a uno de sus mensajes o envía /unblock #N (/blocked muestra los números).
unblock-unknown = No hay ningún comprador #{ $number }. Envía /unblock #N con un número de /blocked.
unblock-not-blocked = #{ $number } { $name } no tiene ningún bloqueo.
unblock-done = ✅ { $seller } ha desbloqueado a #{ $number } { $name }: sus nuevos mensajes vuelven a llegar al equipo de ventas.
blocked-none = No hay ningún comprador bloqueado.
blocked-header =
    🚫 { $count ->
        [one] { $count } comprador bloqueado:
        [many] { $count } de compradores bloqueados:
       *[other] { $count } compradores bloqueados:
    }
blocked-line = #{ $number } { $name } · desde el { $since } · por { $seller }
blocked-footer = /unblock #N desbloquea a un comprador.
