"""Reading ``/vacation on [until END] [MESSAGE]``: where the vacation ends and where the message starts.

END is a duration (``30s``, ``15m``, ``20h``, ``3d``), a date (``2026-12-31``, ``31.12.2026``,
``31.12``; ``31/12/2026`` for sellers who do not write English) or "tomorrow" in one of the bot's
languages. A leading END is the end with or without ``until``: otherwise ``/vacation on 3d`` would
tell buyers "3d". ``until`` (the English keyword) must be followed by an END; the other languages'
words for it (``до``, ``bis``, ``hasta``, ``jusqu'au``…) only count before an END, because they also
begin ordinary sentences ("До встречи!").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.kit.durations import parse_duration

UNTIL = frozenset({"until", "till"})
UNTIL_ELSEWHERE = frozenset({"до", "bis", "hasta", "jusqu'au", "jusqu'à", "jusqu’au", "jusqu’à"})
TOMORROW = frozenset({"tomorrow", "завтра", "morgen", "demain", "mañana", "manana"})

_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?:\.(?P<year>\d{4}|\d{2}))?\.?")
_SLASHED = re.compile(r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?")
_WORD = re.compile(r"\S+")
_NUMBER = re.compile(r"\d{1,6}(?:[.,]\d{1,3})?")


class BadEnd(ValueError):
    """What is wrong with the end: a catalog key, and the word as typed."""

    def __init__(self, key: str, given: str = "") -> None:
        super().__init__(key)
        self.key = key
        self.given = given


@dataclass(frozen=True, slots=True)
class SwitchOn:
    """``until``: None when no end was given; ``message_at``: where the message starts in the
    argument (None: no message); ``end_as_typed`` for "has already begun" answers."""

    until: datetime | None
    message_at: int | None
    end_as_typed: str = ""


def read_switch_on(argument: str, now: datetime, zone: ZoneInfo, locale: str) -> SwitchOn:
    """``argument`` is the whole ``on …`` argument. Raises BadEnd."""
    words = list(_WORD.finditer(argument))[1:]  # after "on"
    if not words:
        return SwitchOn(None, None)
    first = words[0].group().lower()
    keyword = first in UNTIL or first in UNTIL_ELSEWHERE
    if first in UNTIL and len(words) == 1:
        raise BadEnd("vacation-usage")  # "/vacation on until": the end is missing
    token_at = 1 if keyword and len(words) > 1 else 0
    token = words[token_at].group()
    if _NUMBER.fullmatch(token) and len(words) > token_at + 1:  # "3 дня", "2 weeks": a two-word end
        pair = argument[words[token_at].start() : words[token_at + 1].end()]
        delta = parse_duration(pair, (locale,))
        if delta is not None:
            rest = words[token_at + 2].start() if len(words) > token_at + 2 else None
            return SwitchOn(now + delta, rest, pair)
    # "Tomorrow" alone or after "until" is the end; at the head of a longer message it is a word.
    alone = token_at == 1 or len(words) == 1
    until = end_moment(token, now, zone, locale, words_allowed=alone)
    if until is None:
        if first in UNTIL:
            raise BadEnd("vacation-bad-until", token)
        return SwitchOn(None, words[0].start())
    rest = words[token_at + 1].start() if len(words) > token_at + 1 else None
    return SwitchOn(until, rest, token)


def end_moment(
    token: str, now: datetime, zone: ZoneInfo, locale: str, *, words_allowed: bool = True
) -> datetime | None:
    """The end ``token`` names, as a UTC moment; None if it names none. A date is the start of that
    day in the shop's time zone. Raises BadEnd for a date that does not exist (2026-02-30)."""
    delta = parse_duration(token)
    if delta is not None:
        return now + delta
    today = now.astimezone(zone).date()
    if words_allowed and token.lower() in TOMORROW:
        return _start_of(today + timedelta(days=1), zone)
    day = parse_day(token, today, locale)
    return None if day is None else _start_of(day, zone)


def parse_day(token: str, today: date, locale: str) -> date | None:
    """A date as sellers write it; None if ``token`` does not look like one. Without a year: the
    next such day from today on. Raises BadEnd when it looks like a date but there is no such day."""
    match = _ISO.fullmatch(token) or _DOTTED.fullmatch(token)
    if match is None and locale != "en":  # 12/24/2026 or 24/12/2026? English sellers write both.
        match = _SLASHED.fullmatch(token)
    if match is None:
        return None
    day, month, year = int(match["day"]), int(match["month"]), match["year"]
    if year is not None:
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        return _date_or_bad(full_year, month, day, token)
    for candidate_year in range(today.year, today.year + 5):  # 29.02 waits for a leap year
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise BadEnd("vacation-no-such-date", token)


def _date_or_bad(year: int, month: int, day: int, token: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise BadEnd("vacation-no-such-date", token) from None


def _start_of(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min).replace(tzinfo=zone).astimezone(UTC)
