"""``30s``, ``15m``, ``20h``, ``3d`` and ``YYYY-MM-DD``, as sellers write them in commands."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Literal

from babel.dates import format_timedelta

Unit = Literal["day", "hour", "minute", "second"]
Style = Literal["long", "short", "narrow"]

_DURATION = re.compile(r"^(\d{1,6})([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_duration(text: str) -> timedelta | None:
    """``timedelta`` for ``30s``/``15m``/``20h``/``3d``; None if it is not one (or is zero)."""
    match = _DURATION.match(text.strip().lower())
    if not match:
        return None
    value = int(match.group(1))
    return timedelta(**{_UNITS[match.group(2)]: value}) if value else None


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


def spell_duration(delta: timedelta, locale: str, style: Style = "short") -> str:
    """``1 hr 25 min``, ``2 days 3 hr``, ``40 sec`` (``long``: ``3 days``, ``20 hours``): two units at
    most, in ``locale``."""
    seconds = max(0, int(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts: list[tuple[int, Unit]] = [(days, "day"), (hours, "hour"), (minutes, "minute"), (secs, "second")]
    first = next((i for i, (value, _) in enumerate(parts) if value), len(parts) - 1)
    shown: list[tuple[int, Unit]] = [(v, unit) for v, unit in parts[first : first + 2] if v] or [
        (0, "second")
    ]
    return " ".join(
        format_timedelta(
            timedelta(**{f"{unit}s": v}), granularity=unit, threshold=1e9, format=style, locale=locale
        )
        for v, unit in shown
    )
