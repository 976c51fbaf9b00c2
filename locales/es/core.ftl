# El núcleo: comandos desconocidos, problemas de entrega, actualizaciones que el bot no pudo leer (handlers/core/).
# Compradores: «usted»; vendedores: «tú».

## Vendedores

seller-buyer-unreachable = 🚫 { $name } (#{ $number }) ha bloqueado el bot o ha eliminado su cuenta: tu mensaje no se ha entregado.
seller-delivery-failed = ⚠️ No se ha podido entregar tu mensaje a { $name } (#{ $number }): { $reason }

## Comandos

buyer-unknown-command = No existe el comando { $command }. Para escribir a la tienda, simplemente envíe su mensaje; en /help encontrará más información.
seller-unknown-command = No existe el comando { $command }. /help muestra la lista de comandos.
seller-unknown-command-suggest = No existe el comando { $command }. ¿Quisiste decir { $suggestions }? /help muestra la lista de comandos.

## Actualizaciones que el bot no pudo leer (handlers/core/dead_letters.py)

dead-letter-resend = ⚠️ Lo sentimos, no se pudo leer su último mensaje y no llegó a la tienda. Envíelo de nuevo, quizá de otra forma (como texto o foto).
dead-letters-digest =
    ⚠️ { $count ->
        [one] No se pudo leer una actualización de Telegram y se omitió
       *[other] No se pudieron leer { $count } actualizaciones de Telegram y se omitieron
    } (la primera, { $first }). Todo lo demás sigue funcionando.
dead-letters-senders =
    De: { $names }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }. Se pidió a cada remitente que enviara el mensaje de nuevo.
dead-letters-where = Se guardan en la base de datos para quien administra el bot: `sellerbot dead-letters` las muestra.
