"""The installed features, in the order their commands appear in menus and /help (and away replies are
asked: vacation before business hours). Adding a feature = its folder in handlers/features/ plus one
line here."""

from __future__ import annotations

from handlers.core.registry import Feature, Registry
from handlers.features import (
    blocking,
    consent,
    csat,
    followup,
    guide,
    hours,
    language_choice,
    marketing,
    orders,
    policies,
    reminders,
    saved_replies,
    start,
    stats,
    team,
    vacation,
)
from handlers.relay.entry import RELAY

INSTALLED: tuple[Feature, ...] = (
    start.FEATURE,
    saved_replies.FEATURE,
    orders.FEATURE,
    followup.FEATURE,
    marketing.FEATURE,  # coupons, nudges
    reminders.FEATURE,
    csat.FEATURE,
    stats.FEATURE,
    vacation.FEATURE,
    hours.FEATURE,
    policies.FEATURE,
    consent.FEATURE,
    guide.FEATURE,
    language_choice.FEATURE,
    team.FEATURE,
    blocking.FEATURE,
)

REGISTRY = Registry(RELAY, INSTALLED)
