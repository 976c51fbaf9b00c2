"""Durations (``30s``, ``20h``, ``3d``, ``20 часов``, ``2 weeks``, ``1y``) and ``YYYY-MM-DD``, as sellers
write them in commands."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Literal

from babel.dates import format_timedelta

from handlers.kit.duration_words import UNIT_WORDS

Unit = Literal["day", "hour", "minute", "second"]
Style = Literal["long", "short", "narrow"]
Case = Literal["nominative", "accusative"]

# CLDR spells durations in the nominative; after "ждёт", "через", "за", "уже" Russian and Ukrainian
# need the accusative, which differs only for feminine units in the singular ("1 минута" → "1 минуту").
_ACCUSATIVE = {
    "ru": {"минута": "минуту", "секунда": "секунду"},
    "uk": {"хвилина": "хвилину", "секунда": "секунду", "година": "годину"},
}

# Numbers, words (a dot after one is an abbreviation's) and anything else, which spoils the duration.
_TOKEN = re.compile(r"\d{1,6}(?:[.,]\d{1,3})?|[^\W\d_]+\.?|\S")
_NUMBER = re.compile(r"^\d")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LONGEST = timedelta(days=100 * 365)  # beyond it dates overflow; nobody means more


def parse_duration(text: str, locales: Sequence[str] = ()) -> timedelta | None:
    """``20h``, ``20 часов``, ``1h30m``, ``1,5 дня``, ``2w``, ``1y``, or a unit alone (``week``: one of
    it), in any of the bot's languages; None if it is not one (or is zero, or longer than a century).
    A unit word that means different things in two languages is read in ``locales`` first."""
    tokens = _TOKEN.findall(text.strip().lower())
    if len(tokens) == 1 and len(tokens[0]) > 1:  # "week"; a lone letter ("h") is more likely a slip
        tokens = ["1", *tokens]
    if not tokens or len(tokens) % 2:
        return None
    order = tuple(dict.fromkeys((*locales, "en", *UNIT_WORDS)))
    total = timedelta()
    for number, word in zip(tokens[::2], tokens[1::2], strict=True):
        word = word.rstrip(".")
        unit = next((UNIT_WORDS[code][word] for code in order if word in UNIT_WORDS.get(code, {})), None)
        if not _NUMBER.match(number) or unit is None:
            return None
        total += unit * float(number.replace(",", "."))
    total = timedelta(seconds=round(total.total_seconds()))
    return total if timedelta() < total <= LONGEST else None


def parse_date(text: str) -> date | None:
    if not _DATE.match(text.strip()):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def format_duration(delta: timedelta) -> str:
    """The shortest exact form: 90 minutes → ``90m``, 2 days → ``2d``."""
    seconds = int(delta.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def until_from(text: str, now: datetime) -> datetime | None:
    """A DURATION from now, or the start of a DATE (UTC) — for ``until`` arguments."""
    delta = parse_duration(text)
    if delta is not None:
        return now + delta
    day = parse_date(text)
    if day is not None:
        return datetime(day.year, day.month, day.day, tzinfo=now.tzinfo)
    return None


def spell_duration(delta: timedelta, locale: str, style: Style = "short", case: Case = "nominative") -> str:
    """``1 hr 25 min``, ``2 days 3 hr``, ``40 sec`` (``long``: ``3 days``, ``20 hours``): two units at
    most, in ``locale``. ``case="accusative"`` for a duration that is the object of the sentence
    ("ждёт 1 минуту", "через 1 минуту"); only Russian and Ukrainian tell the two apart."""
    seconds = max(0, int(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts: list[tuple[int, Unit]] = [(days, "day"), (hours, "hour"), (minutes, "minute"), (secs, "second")]
    first = next((i for i, (value, _) in enumerate(parts) if value), len(parts) - 1)
    shown: list[tuple[int, Unit]] = [(v, unit) for v, unit in parts[first : first + 2] if v] or [
        (0, "second")
    ]
    words = " ".join(
        format_timedelta(
            timedelta(**{f"{unit}s": v}), granularity=unit, threshold=1e9, format=style, locale=locale
        )
        for v, unit in shown
    )
    if case == "accusative":
        forms = _ACCUSATIVE.get(locale.split("-")[0].split("_")[0], {})
        words = re.sub(r"[^\W\d_]+", lambda word: forms.get(word.group(), word.group()), words)
    return words
