"""Business hours: ``/hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow``. Outside them a buyer
gets an away reply that says when the shop opens again (at most once per conversation a day, and not
right after a seller answered them). The shop's time zone also dates vacations
(handlers/features/vacation/)."""

from .feature import (
    COMMANDS,
    BadHours,
    BusinessHours,
    Segment,
    away_reply,
    format_day,
    format_moment,
    parse_hours,
    shop_zone,
)

__all__ = [
    "COMMANDS",
    "BadHours",
    "BusinessHours",
    "Segment",
    "away_reply",
    "format_day",
    "format_moment",
    "parse_hours",
    "shop_zone",
]
