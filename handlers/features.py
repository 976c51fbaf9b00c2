"""Every feature module, in the order their commands appear in menus and help."""

from __future__ import annotations

from types import ModuleType

from handlers.context import Context
from handlers.effects import Effect
from handlers.routing import ButtonHandler, Command, DeliveryHook, PayloadHandler, TimerHandler


def feature_modules() -> list[ModuleType]:
    # Imported here, not at module level: feature modules import the core's helpers.
    from handlers import (
        basics,
        blocking,
        callbacks,
        consent,
        coupons,
        followup,
        guide,
        hours,
        language_choice,
        nudges,
        orders,
        policies,
        reminders,
        saved_replies,
        stats,
        team,
        vacation,
    )

    return [
        basics,
        saved_replies,
        orders,
        followup,
        coupons,
        nudges,
        reminders,
        stats,
        vacation,
        hours,
        policies,
        consent,
        guide,
        language_choice,
        team,
        blocking,
        callbacks,
    ]


def commands() -> dict[str, Command]:
    found: dict[str, Command] = {}
    for module in feature_modules():
        for command in getattr(module, "COMMANDS", ()):
            found.setdefault(command.name, command)
    return found


def buttons() -> dict[str, ButtonHandler]:
    found: dict[str, ButtonHandler] = {}
    for module in feature_modules():
        found.update(getattr(module, "BUTTONS", {}))
    return found


def start_payloads() -> dict[str, PayloadHandler]:
    found: dict[str, PayloadHandler] = {}
    for module in feature_modules():
        found.update(getattr(module, "START_PAYLOADS", {}))
    return found


def timers() -> dict[str, TimerHandler]:
    found: dict[str, TimerHandler] = {}
    for module in feature_modules():
        found.update(getattr(module, "TIMERS", {}))
    return found


def delivery_hooks() -> dict[str, DeliveryHook]:
    """Role of an outbox row → what to do once it went out or failed for good (``DELIVERY_HOOKS``)."""
    found: dict[str, DeliveryHook] = {}
    for module in feature_modules():
        found.update(getattr(module, "DELIVERY_HOOKS", {}))
    return found


async def on_start(ctx: Context) -> list[Effect]:
    """Each module's ``on_start(ctx)`` (seeding defaults, say), once per process start."""
    effects: list[Effect] = []
    for module in feature_modules():
        hook = getattr(module, "on_start", None)
        if hook is not None:
            effects += await hook(ctx)
    return effects
