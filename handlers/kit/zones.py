"""Time zones as sellers write them: an IANA name in any letter case (``europe/moscow``), a city of one
(``Berlin``), an offset (``UTC+3``), or a common abbreviation or local name (``мск``, ``Киев``, ``CET``,
``EST``)."""

from __future__ import annotations

import functools
import re
import zoneinfo
from zoneinfo import ZoneInfo

# What sellers write that is no IANA name, or means something else there (IANA's EST has no summer
# time; a seller writing EST means New York's clock). Lower case.
ABBREVIATIONS = {
    **dict.fromkeys(("мск", "msk", "москва", "спб", "питер"), "Europe/Moscow"),
    **dict.fromkeys(("киев", "київ", "kiev", "kyiv", "kyjiw", "kiew"), "Europe/Kyiv"),
    **dict.fromkeys(("минск", "мінськ"), "Europe/Minsk"),
    **dict.fromkeys(("екб", "екатеринбург"), "Asia/Yekaterinburg"),
    **dict.fromkeys(("калининград",), "Europe/Kaliningrad"),
    **dict.fromkeys(("самара",), "Europe/Samara"),
    **dict.fromkeys(("новосибирск",), "Asia/Novosibirsk"),
    **dict.fromkeys(("алматы", "алма-ата"), "Asia/Almaty"),
    **dict.fromkeys(("ташкент",), "Asia/Tashkent"),
    **dict.fromkeys(("utc", "gmt"), "UTC"),
    **dict.fromkeys(("cet", "cest", "mez", "mesz"), "CET"),
    **dict.fromkeys(("eet", "eest", "oez", "oesz"), "EET"),
    **dict.fromkeys(("wet", "west"), "WET"),
    **dict.fromkeys(("bst",), "Europe/London"),
    **dict.fromkeys(("et", "est", "edt"), "America/New_York"),
    **dict.fromkeys(("cst", "cdt"), "America/Chicago"),
    **dict.fromkeys(("mst", "mdt"), "America/Denver"),
    **dict.fromkeys(("pt", "pst", "pdt"), "America/Los_Angeles"),
}
_OFFSET = re.compile(r"^(?:utc|gmt)?([+-])(\d{1,2})(?::?00)?$")


def find_zone(name: str) -> ZoneInfo | None:
    """The zone ``name`` means, or None when it is none we know."""
    lowered = name.strip().lower().rstrip(".")
    offset = _OFFSET.match(lowered)
    if offset:
        hours = int(offset.group(2))
        if hours > 14:
            return None
        # IANA's Etc zones count the other way round: UTC+3 is Etc/GMT-3.
        sign = "-" if offset.group(1) == "+" else "+"
        return ZoneInfo("UTC" if hours == 0 else f"Etc/GMT{sign}{hours}")
    key = ABBREVIATIONS.get(lowered) or _zone_keys().get(lowered) or _cities().get(lowered)
    return ZoneInfo(key) if key else None


def zone_label(zone: ZoneInfo) -> str:
    """The zone's name for people: ``Europe/Moscow``, but ``UTC+3`` for IANA's back-to-front
    ``Etc/GMT-3``."""
    fixed = re.match(r"^Etc/GMT([+-])(\d+)$", zone.key)
    if fixed is None:
        return zone.key
    return f"UTC{'-' if fixed.group(1) == '+' else '+'}{fixed.group(2)}"


@functools.cache
def _zone_keys() -> dict[str, str]:
    return {key.lower(): key for key in zoneinfo.available_timezones()}


@functools.cache
def _cities() -> dict[str, str]:
    """``berlin`` → Europe/Berlin, ``new_york`` → America/New_York: the last part of a name, for the
    regions' zones (not the Etc/ or legacy aliases)."""
    regions = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")
    cities: dict[str, str] = {}
    for key in sorted(zoneinfo.available_timezones()):
        if key.startswith(regions):
            cities.setdefault(key.rsplit("/", 1)[-1].lower(), key)
    return cities
