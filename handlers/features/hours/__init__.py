"""Business hours: ``/hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow``. Outside them a buyer
gets an away reply that says when the shop opens again (at most once per conversation a day, and not
right after a seller answered them). The zone given here is the
shop's time zone, read by every moment shown (handlers/core/moments.py)."""

from .feature import (
    FEATURE,
    BadHours,
    BusinessHours,
    Segment,
    parse_hours,
)

__all__ = [
    "FEATURE",
    "BadHours",
    "BusinessHours",
    "Segment",
    "parse_hours",
]
