# Le blocage des acheteurs (handlers/features/blocking/).

## Menu et /help

seller-command-block = En réponse au message d’un acheteur : ne plus transmettre ses messages
seller-command-unblock = Débloquer un acheteur (en réponse ou /unblock #N)
seller-command-blocked = Acheteurs bloqués

## Blocage des acheteurs

block-usage = Pour bloquer un acheteur, répondez /block à l’un de ses messages.
block-already = { $seller } a déjà bloqué #{ $number } { $name } (depuis le { $since }).
block-done = 🚫 { $seller } a bloqué #{ $number } { $name }. Ses messages sont conservés mais ne sont plus transmis, et la personne n’en est pas informée. /unblock #{ $number } annule le blocage.
unblock-usage = Pour débloquer un acheteur, répondez /unblock à l’un de ses messages, ou envoyez /unblock #N (/blocked affiche les numéros).
unblock-unknown = Il n’y a pas d’acheteur #{ $number }. Envoyez /unblock #N avec un numéro tiré de /blocked.
unblock-not-blocked = Aucun blocage en cours pour #{ $number } { $name }.
unblock-done = ✅ { $seller } a débloqué #{ $number } { $name } : ses nouveaux messages parviennent de nouveau à l’équipe de vente.
blocked-none = Aucun acheteur n’est bloqué.
blocked-header =
    🚫 { $count ->
        [one] { $count } acheteur bloqué :
        [many] { $count } d’acheteurs bloqués :
       *[other] { $count } acheteurs bloqués :
    }
blocked-line = #{ $number } { $name } · depuis le { $since } · par { $seller }
blocked-footer = /unblock #N débloque un acheteur.
