"""The words sellers write for time units, per language, with their plural and case forms: ``20 часов``,
``5 днів``, ``3 Tage``, ``2 semaines``, ``1 año``. A month counts 30 days, a year 365."""

from __future__ import annotations

from datetime import timedelta

SECOND, MINUTE, HOUR = timedelta(seconds=1), timedelta(minutes=1), timedelta(hours=1)
DAY, WEEK, MONTH, YEAR = timedelta(days=1), timedelta(days=7), timedelta(days=30), timedelta(days=365)


def _words(**units: str) -> dict[str, timedelta]:
    sizes = {"second": SECOND, "minute": MINUTE, "hour": HOUR, "day": DAY, "week": WEEK}
    sizes |= {"month": MONTH, "year": YEAR}
    return {word: sizes[unit] for unit, words in units.items() for word in words.split()}


# Lower case, without a trailing dot. Per language, because one word can mean two units: Russian
# "год" is a year, Ukrainian "год" (short for годин) hours — the seller's own language decides.
UNIT_WORDS: dict[str, dict[str, timedelta]] = {
    "en": _words(
        second="s sec secs second seconds",
        minute="m min mins minute minutes",
        hour="h hr hrs hour hours",
        day="d day days",
        week="w wk wks week weeks",
        month="mo month months",
        year="y yr yrs year years",
    ),
    "ru": _words(
        second="с сек секунда секунды секунд секунду",
        minute="мин минута минуты минут минуту",
        hour="ч час часа часов",
        day="д дн день дня дней сутки суток",
        week="нед неделя недели недель неделю",
        month="мес месяц месяца месяцев",
        year="г год года лет",
    ),
    "uk": _words(
        second="с сек секунда секунди секунд секунду",
        minute="хв хвилина хвилини хвилин хвилину",
        hour="г год година години годин годину",
        day="д дн день дні днів дня доба доби діб",
        week="тиж тиждень тижні тижнів тижня",
        month="міс місяць місяці місяців місяця",
        year="р рік роки років року",
    ),
    "de": _words(
        second="sek sekunde sekunden",
        minute="min minute minuten",
        hour="std stunde stunden",
        day="t tag tage tagen",
        week="wo woche wochen",
        month="monat monate monaten",
        year="j jahr jahre jahren",
    ),
    "fr": _words(
        second="s sec seconde secondes",
        minute="min minute minutes",
        hour="h heure heures",
        day="j jour jours",
        week="sem semaine semaines",
        month="mois",
        year="an ans année années",
    ),
    "es": _words(
        second="s seg segundo segundos",
        minute="min minuto minutos",
        hour="h hora horas",
        day="d día días dia dias",
        week="sem semana semanas",
        month="mes meses",
        year="a año años ano anos",
    ),
}
