# Vacation (handlers/features/vacation/).

seller-command-vacation = Vacation: an auto-response to buyers while you are away

## Buyers

away-vacation = 🏖 { $shop } is away for a while. Your message has been saved, and we will answer it as soon as we are back.
away-vacation-until = 🏖 { $shop } is on vacation until { $until }. Your message has been saved, and we will answer it when we are back.

## Vacation, for sellers

vacation-on-open = 🏖 Vacation is on until you switch it off (/vacation off). Buyers' messages still reach you; each buyer gets the auto-response once.
vacation-on-until = 🏖 Vacation is on until { $until }; then it switches off by itself and you get a summary. Buyers' messages still reach you; each buyer gets the auto-response once.
vacation-on-by-open = 🏖 { $seller } switched the vacation on; it lasts until someone switches it off (/vacation off). Buyers get the auto-response once each.
vacation-on-by-until = 🏖 { $seller } switched the vacation on until { $until }; buyers get the auto-response once each.
vacation-preview-own = Buyers who write in your language ({ $language }) get your text:
vacation-preview-more = You have also written a text in { $languages }: each goes to buyers who write in its language.
vacation-preview-standard-all = Every buyer gets the standard text in their own language. In your language ({ $language }) it reads:
vacation-preview-standard-rest = Buyers who write in any other language get the standard text in their own language. In your language ({ $language }) it reads:
vacation-until-past = { $until } has already begun: give a later date, or a duration such as 3d.
vacation-bad-until = “{ $given }” is not a date or a duration. After “until” write a date (2026-12-31 or 31.12.2026), “tomorrow”, or a duration (30s, 15m, 20h, 3d). Nothing was changed.
vacation-no-such-date = There is no such date: { $given }. Nothing was changed.
vacation-not-on = Vacation is not on: nothing to switch off.
vacation-status-off = Vacation is off: buyers get the usual answers. /vacation on switches it on.
vacation-status-replied =
    { $count ->
        [0] No buyer has written yet.
        [one] { $count } buyer has had the auto-response so far.
       *[other] { $count } buyers have had the auto-response so far.
    }
vacation-variants = You have written your own vacation text in: { $variants }.
vacation-variants-none = You have not written your own vacation text: every buyer gets the standard one in their language. /vacation message Text sets yours for buyers who write in your language ({ $language }).
vacation-bad-language = The bot does not speak “{ $code }”. Variants can be set for: { $languages }.
vacation-message-saved = ✅ Vacation message saved ({ $variant }): buyers who write in that language will get it.
vacation-message-removed = 🗑 Vacation message removed ({ $variant }).
vacation-message-missing = There is no vacation message ({ $variant }) to remove.
vacation-usage =
    Write it like this:
    /vacation on — away until you switch it off
    /vacation on until 2026-12-24 Back after Christmas! — away until a date (2026-12-24 or 24.12.2026, or “tomorrow”) or for a while (30s, 15m, 20h, 3d), with your own message for buyers who write in your language
    /vacation message Text — your message for buyers who write in your language; /vacation message@ru Текст — for those who write in Russian; buyers in other languages get the standard text; “off” instead of the text removes it
    /vacation off — back now
    /vacation — what is set
vacation-summary-title = 🏁 The vacation is over: buyers get the usual answers again.
vacation-summary-traffic =
    { $buyers ->
        [0] Nobody wrote while you were away.
        [one] While you were away, { $buyers } buyer sent { $messages ->
                [one] { $messages } message
               *[other] { $messages } messages
            }.
       *[other] While you were away, { $buyers } buyers sent { $messages ->
                [one] { $messages } message
               *[other] { $messages } messages
            }.
    }
vacation-summary-waiting =
    { $count ->
        [0] No conversation is waiting for an answer.
        [one] { $count } conversation is still waiting for an answer:
       *[other] { $count } conversations are still waiting for an answer:
    }
vacation-summary-waiting-line = #{ $number } { $name } — waiting { $waited }
vacation-summary-more = …and { $count } more
