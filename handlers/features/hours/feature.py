"""Business hours: ``/hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow``. Outside them a buyer
gets an away reply that says when the shop opens again (at most once per conversation a day, and not
right after a seller answered them). The shop's time zone also dates vacations
(handlers/features/vacation/).

Stored in kv under ``business-hours``: ``{"zone": "Europe/Moscow", "segments": [{"days": [0, 1, 2, 3, 4],
"ranges": [[540, 1080]]}]}`` — weekdays 0 = Monday, minutes after local midnight; a range whose end is
not after its start runs past midnight into the next day. ``/hours off`` keeps only the zone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_time

from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.moments import HOURS_KEY, format_moment, shop_zone
from handlers.core.registry import Feature
from handlers.core.replies import reply, say
from handlers.core.routing import Command, CommandCall
from handlers.features.vacation import latest_vacation_end
from handlers.kit.zones import find_zone, zone_label
from storage.models import Buyer, Conversation

DAY = 24 * 60  # minutes
# A seller who answered a moment ago is plainly around: an away reply would contradict them.
ANSWERED_RECENTLY = timedelta(minutes=5)
AWAY_REPLY_EVERY = timedelta(days=1)

_TIME = r"(\d{1,2})(?:[:.](\d{2}))?"
_TIME_RANGE = re.compile(rf"^{_TIME}-{_TIME}$")
_DASHES = re.compile(r"\s*[-–—]\s*")  # "Mon – Fri", "09:00 - 18:00" → "Mon-Fri", "09:00-18:00"


class BadHours(ValueError):
    """What is wrong with an /hours argument: a catalog key and its arguments."""

    def __init__(self, key: str, **args: str) -> None:
        super().__init__(key)
        self.key = key
        self.details = args  # not ``args``: Exception.args is taken


@dataclass(frozen=True, slots=True)
class Segment:
    days: tuple[int, ...]  # 0 = Monday
    ranges: tuple[tuple[int, int], ...]  # minutes after local midnight; end <= start: ends next day


@dataclass(frozen=True, slots=True)
class BusinessHours:
    zone: ZoneInfo
    segments: tuple[Segment, ...]

    def to_json(self) -> dict[str, Any]:
        segments = [{"days": list(s.days), "ranges": [list(r) for r in s.ranges]} for s in self.segments]
        return {"zone": self.zone.key, "segments": segments}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> BusinessHours | None:
        if not data or not data.get("segments"):
            return None
        segments = tuple(
            Segment(tuple(s["days"]), tuple((int(a), int(b)) for a, b in s["ranges"]))
            for s in data["segments"]
        )
        return cls(ZoneInfo(data["zone"]), segments)

    def is_open(self, now: datetime) -> bool:
        return any(start <= now < end for start, end in self._openings_around(now))

    def next_opening(self, now: datetime) -> datetime | None:
        return min((start for start, _ in self._openings_around(now) if start > now), default=None)

    def _openings_around(self, now: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Every opening (UTC start, UTC end) from the day before ``now`` to a week after: yesterday's
        overnight range may still be running, and every weekday comes round within the week."""
        today = now.astimezone(self.zone).date()
        for offset in range(-1, 8):
            day = today + timedelta(days=offset)
            for segment in self.segments:
                if day.weekday() not in segment.days:
                    continue
                for start, end in segment.ranges:
                    end_day = day if end > start else day + timedelta(days=1)
                    yield self._moment(day, start), self._moment(end_day, end)

    def _moment(self, day: date, minutes: int) -> datetime:
        wall = datetime.combine(day, time.min) + timedelta(minutes=minutes)  # 24:00 → next midnight
        return wall.replace(tzinfo=self.zone).astimezone(UTC)


# -- reading /hours ---------------------------------------------------------------------------------------
def parse_hours(text: str, locales: Iterable[str], zone: ZoneInfo | None = None) -> BusinessHours:
    """``Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow`` → BusinessHours; raises BadHours. Without
    a zone at the end the hours are in ``zone`` (the one set before), if there is one."""
    parts = _DASHES.sub("-", text.strip()).rsplit(None, 1)
    names = day_names(tuple(locales))
    named = find_zone(parts[1]) if len(parts) == 2 else None
    if named is not None:
        return BusinessHours(named, _segments(parts[0], names))
    if not parts or not _TIME_RANGE.match(parts[-1]):
        raise BadHours("hours-bad-zone", zone=parts[1]) if len(parts) == 2 else BadHours("hours-usage")
    segments = _segments(" ".join(parts), names)  # what is wrong there is told first
    if zone is None:
        raise BadHours("hours-no-zone")
    return BusinessHours(zone, segments)


def _segments(body: str, names: dict[str, int]) -> tuple[Segment, ...]:
    """Days then time ranges, repeated; commas are optional (a day after a time starts a new part)."""
    tokens = body.replace(",", " ").split()
    if tokens and all(_TIME_RANGE.match(token) for token in tokens):  # "/hours 9-18": every day
        return (Segment(tuple(range(7)), tuple(r for t in tokens if (r := _time_range(t)) is not None)),)
    segments: list[Segment] = []
    days: list[int] = []
    ranges: list[tuple[int, int]] = []
    for token in tokens:
        found = _time_range(token)
        if found is not None:
            if not days:
                raise BadHours("hours-usage")
            ranges.append(found)
            continue
        if ranges:
            segments.append(Segment(tuple(days), tuple(ranges)))
            days, ranges = [], []
        days += _day_span(token, names)
    if not days or not ranges:
        raise BadHours("hours-usage")
    segments.append(Segment(tuple(days), tuple(ranges)))
    return tuple(segments)


def _time_range(token: str) -> tuple[int, int] | None:
    """``09:00-18:00`` (or ``9-18``) → minutes; None if the token is no time range at all."""
    match = _TIME_RANGE.match(token)
    if match is None:
        return None
    start = _minutes(match.group(1), match.group(2), allow_24=False)
    end = _minutes(match.group(3), match.group(4), allow_24=True)
    if start is None or end is None or start == end:
        raise BadHours("hours-bad-time", time=token)
    return start, end


def _minutes(hours: str, minutes: str | None, *, allow_24: bool) -> int | None:
    h, m = int(hours), int(minutes or 0)
    if m > 59 or h > 24 or (h == 24 and (m or not allow_24)):
        return None
    return h * 60 + m


def _day_span(token: str, names: dict[str, int]) -> list[int]:
    """``Mon`` → [0]; ``Mon-Fri`` → [0..4]; ``Fri-Mon`` wraps round the weekend."""
    ends = token.split("-")
    if len(ends) > 2:
        raise BadHours("hours-bad-day", day=token)
    first, last = (_weekday(e, names) for e in (ends[0], ends[-1]))
    if first is None or last is None:
        raise BadHours("hours-bad-day", day=token)
    return [(first + i) % 7 for i in range((last - first) % 7 + 1)]


def _weekday(name: str, names: dict[str, int]) -> int | None:
    return names.get(name.lower().rstrip("."))


@functools.cache
def day_names(locales: tuple[str, ...]) -> dict[str, int]:
    """Weekday names a seller may type: English and the bot's languages, short and full (``mon``,
    ``monday``, ``пн``, ``понедельник``). Where two languages share a name for different days (German
    "Di" is Tuesday, French "di" Sunday), the first of ``locales`` wins, then English."""
    names: dict[str, int] = {}
    for code in dict.fromkeys((*locales[:1], "en", *locales)):
        days = Locale.parse(code).days
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "short", "wide"):
                for weekday, name in days[context][width].items():
                    names.setdefault(name.lower().rstrip("."), weekday)
    return names


# -- showing hours and moments ----------------------------------------------------------------------------
async def zone_set_before(ctx: Context) -> ZoneInfo | None:
    """The zone a seller gave with /hours, None if nobody ever did (unlike shop_zone: no UTC fallback)."""
    stored = await ctx.repo.get_value(HOURS_KEY)
    return ZoneInfo(stored["zone"]) if stored and stored.get("zone") else None


async def business_hours(ctx: Context) -> BusinessHours | None:
    return BusinessHours.from_json(await ctx.repo.get_value(HOURS_KEY))


def describe(hours: BusinessHours, locale: str) -> str:
    """One line per part, in the seller's language: ``Mon–Fri: 9:00 AM–6:00 PM``."""
    lines = []
    for segment in hours.segments:
        ranges = ", ".join(f"{_clock(a, locale)}–{_clock(b, locale)}" for a, b in segment.ranges)
        lines.append(f"{_days_label(segment.days, locale)}: {ranges}")
    return "\n".join(lines)


def _clock(minutes: int, locale: str) -> str:
    return format_time(time((minutes // 60) % 24, minutes % 60), "short", locale=locale)


def _days_label(days: Iterable[int], locale: str) -> str:
    """Runs of three or more days as ``Mon–Fri``; others listed (``Sat, Sun``)."""
    abbreviated = Locale.parse(locale).days["stand-alone"]["abbreviated"]
    names = {day: name[:1].upper() + name[1:] for day, name in abbreviated.items()}  # ru: "пн" → "Пн"
    labels = []
    for run in _runs(sorted(set(days))):
        if len(run) >= 3:
            labels.append(f"{names[run[0]]}–{names[run[-1]]}")
        else:
            labels += [names[d] for d in run]
    return ", ".join(labels)


def _runs(days: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


# -- the away reply ---------------------------------------------------------------------------------------
async def away_reply(buyer: Buyer, conversation: Conversation, ctx: Context) -> list[Effect] | None:
    """The away reply in the buyer-message path (asked after vacation's): if the shop is closed now and
    the buyer should hear it; None otherwise. One from before the latest vacation is stale: the buyer
    may have heard "on vacation until 15:00" since, and tonight must learn when the shop opens (not be
    left without an answer)."""
    hours = await business_hours(ctx)
    if hours is None or hours.is_open(ctx.now):
        return None  # (before asking about vacations: this runs for every buyer message)
    not_before = await latest_vacation_end(ctx.session, ctx.now)
    if not _may_tell_away(conversation, ctx.now, not_before):
        return None
    opens = hours.next_opening(ctx.now)
    if opens is None:  # cannot happen with at least one range a week, but never promise nothing
        return None
    conversation.away_replied_at = ctx.now
    when = format_moment(opens, buyer.language, hours.zone, year=False)
    return [say(ctx, buyer, "away-closed", shop=ctx.config.shop_name, opens=when)]


def _may_tell_away(conversation: Conversation, now: datetime, not_before: datetime | None) -> bool:
    replied, answered = conversation.away_replied_at, conversation.last_answered_at
    if not_before is not None and replied is not None and replied < not_before:
        replied = None
    if replied is not None and now - replied < AWAY_REPLY_EVERY:
        return False
    return answered is None or now - answered >= ANSWERED_RECENTLY


# -- /hours -----------------------------------------------------------------------------------------------
async def hours_command(call: CommandCall, ctx: Context) -> list[Effect]:
    argument = call.argument.text.strip()
    if not argument:
        return [reply(call, await _status(call.locale, ctx))]
    if argument.lower() == "off":
        return [reply(call, await _switch_off(ctx, call.locale))]
    try:
        # The seller's own language first: short day names collide across languages ("Di").
        hours = parse_hours(argument, (call.locale, *ctx.t.locales), await zone_set_before(ctx))
    except BadHours as bad:
        return [reply(call, _explain(bad, call.locale, ctx))]
    await ctx.repo.set_value(HOURS_KEY, hours.to_json())
    text = ctx.t(call.locale, "hours-saved") + "\n\n" + _summary(hours, call.locale, ctx)
    return [reply(call, text)]


async def _switch_off(ctx: Context, locale: str) -> str:
    zone = await shop_zone(ctx)
    await ctx.repo.set_value(HOURS_KEY, {"zone": zone.key})  # the zone still dates vacations
    return ctx.t(locale, "hours-off")


async def _status(locale: str, ctx: Context) -> str:
    hours = await business_hours(ctx)
    if hours is None:
        return ctx.t(locale, "hours-none") + "\n\n" + ctx.t(locale, "hours-usage")
    return _summary(hours, locale, ctx)


def _summary(hours: BusinessHours, locale: str, ctx: Context) -> str:
    """The hours as understood, the zone, and whether buyers are answered now."""
    lines = [describe(hours, locale), ctx.t(locale, "hours-zone", zone=zone_label(hours.zone))]
    opens = None if hours.is_open(ctx.now) else hours.next_opening(ctx.now)
    if opens is None:
        lines.append(ctx.t(locale, "hours-open-now"))
    else:
        lines.append(ctx.t(locale, "hours-closed-now", opens=format_moment(opens, locale, hours.zone)))
    return "\n".join(lines)


def _explain(bad: BadHours, locale: str, ctx: Context) -> str:
    usage = ctx.t(locale, "hours-usage")
    return usage if bad.key == "hours-usage" else ctx.t(locale, bad.key, **bad.details) + "\n\n" + usage


COMMANDS = (Command("hours", "seller", hours_command),)


FEATURE = Feature("hours", commands=COMMANDS, away_reply=away_reply)
