# Business hours (handlers/features/hours/).

seller-command-hours = Business hours: an away reply outside them

## Buyers

away-closed = 🌙 { $shop } is closed right now. Your message has been passed on, and the answer will come to this chat. We open again on { $opens }.

## Business hours, for sellers

hours-usage =
    Write the business hours like this:
    /hours Mon-Fri 09:00-18:00 Europe/Moscow
    Several ranges: /hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow
    Past midnight: /hours Fri-Sat 22:00-02:00 Europe/Moscow
    Every day: /hours 9-18 Europe/Moscow
    The time zone: an IANA name (Europe/Moscow, America/New_York), a city (Berlin), UTC+3 or MSK, CET, EST; left out, the one set before is kept. /hours off switches the hours off.
hours-no-zone = Which time zone are these hours in? Add it at the end, e.g. Europe/Moscow, MSK or UTC+3. Nothing was changed.
hours-bad-zone = “{ $zone }” is not a time zone I know.
hours-bad-time = “{ $time }” is not a time range like 09:00-18:00.
hours-bad-day = “{ $day }” is not a day of the week (Mon, Tue… or Mon-Fri).
hours-saved = 🕘 Business hours saved. Outside them buyers get an away reply that says when you are back.
hours-off = Business hours are off: buyers get the usual answers at any time.
hours-none = No business hours are set: buyers get the usual answers at any time.
hours-zone = Time zone: { $zone }
hours-open-now = Open now.
hours-closed-now = Closed now; opens again on { $opens }.
