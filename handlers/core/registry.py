"""Every feature module, in the order their commands appear in menus and help."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType, ModuleType
from typing import Any

from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.routing import ButtonHandler, Command, DeliveryHook, PayloadHandler, TimerHandler


def feature_modules() -> list[ModuleType]:
    # Imported here, not at module level: feature modules import the core's helpers.
    from handlers.core import buttons, menus
    from handlers.features import (
        blocking,
        consent,
        coupons,
        csat,
        followup,
        guide,
        hours,
        language_choice,
        nudges,
        orders,
        policies,
        reminders,
        saved_replies,
        start,
        stats,
        team,
        vacation,
    )

    return [
        start,
        saved_replies,
        orders,
        followup,
        coupons,
        nudges,
        reminders,
        csat,
        stats,
        vacation,
        hours,
        policies,
        consent,
        guide,
        language_choice,
        team,
        blocking,
        buttons,
        menus,
    ]


def commands() -> dict[str, Command]:
    found: dict[str, Command] = {}
    for module in feature_modules():
        for command in getattr(module, "COMMANDS", ()):
            found.setdefault(command.name, command)
    return found


def buttons() -> Mapping[str, ButtonHandler]:
    return _declared("BUTTONS")


def start_payloads() -> Mapping[str, PayloadHandler]:
    return _declared("START_PAYLOADS")


def timers() -> Mapping[str, TimerHandler]:
    return _declared("TIMERS")


def delivery_hooks() -> Mapping[str, DeliveryHook]:
    """Role of an outbox row → what to do once it went out or failed for good (``DELIVERY_HOOKS``)."""
    return _declared("DELIVERY_HOOKS")


@functools.cache  # the modules and what they declare are fixed once imported; asked on every send
def _declared(name: str) -> Mapping[str, Any]:
    """The modules' ``name`` dictionaries merged (a later module's key wins), read-only: shared."""
    found: dict[str, Any] = {}
    for module in feature_modules():
        found.update(getattr(module, name, {}))
    return MappingProxyType(found)


async def on_start(ctx: Context) -> list[Effect]:
    """Each module's ``on_start(ctx)`` (seeding defaults, say), once per process start."""
    effects: list[Effect] = []
    for module in feature_modules():
        hook = getattr(module, "on_start", None)
        if hook is not None:
            effects += await hook(ctx)
    return effects
