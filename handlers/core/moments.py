"""Every date and time shown to a person: in the shop's zone, in their language, without seconds, the
zone named compactly (``UTC``, ``MSK``, ``UTC+4``) — never CLDR's long names ("Coordinated Universal
Time", "Всемирное координированное время") that made one line three lines long."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_skeleton, format_time

from handlers.core.context import Context

HOURS_KEY = "business-hours"  # the kv row /hours keeps; its "zone" is the shop's zone


async def shop_zone(ctx: Context) -> ZoneInfo:
    """The shop's time zone (from /hours; kept after /hours off), UTC if never given."""
    stored = await ctx.repo.get_value(HOURS_KEY)
    return ZoneInfo(stored["zone"]) if stored and stored.get("zone") else ZoneInfo("UTC")


def zone_abbreviation(moment: datetime, zone: ZoneInfo) -> str:
    """``UTC``, ``MSK``, ``CET``/``CEST``, ``EST``; ``UTC+4`` where the zone database has no letters
    (it writes ``+04``)."""
    local = moment.astimezone(zone)
    name = local.tzname() or ""
    if name.isalpha():
        return name
    offset = local.utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign, minutes = ("-" if minutes < 0 else "+"), abs(minutes)
    hours, rest = divmod(minutes, 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "") if minutes else "UTC"


def format_moment(moment: datetime, locale: str, zone: ZoneInfo, *, year: bool = True) -> str:
    """``Mon, Nov 2, 2026, 9:00 AM MSK``: the weekday helps when the moment is days away; the zone,
    because the reader may live elsewhere."""
    local = moment.astimezone(zone)
    day = format_skeleton("yMMMEd" if year else "MMMEd", local, tzinfo=zone, locale=locale)
    clock = format_time(local, "short", tzinfo=zone, locale=locale)
    both = str(Locale.parse(locale).datetime_formats["medium"]).format(clock, day)
    return f"{both} {zone_abbreviation(moment, zone)}"


def format_day(moment: datetime, locale: str, zone: ZoneInfo) -> str:
    """``Nov 2, 2026`` — the day as the shop's zone has it."""
    return format_skeleton("yMMMd", moment.astimezone(zone), tzinfo=zone, locale=locale)


async def shop_moment(ctx: Context, moment: datetime, locale: str) -> str:
    return format_moment(moment, locale, await shop_zone(ctx))


async def shop_day(ctx: Context, moment: datetime, locale: str) -> str:
    return format_day(moment, locale, await shop_zone(ctx))
