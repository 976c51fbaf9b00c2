"""Every feature module, in the order their commands appear in menus and help."""

from __future__ import annotations

from types import ModuleType

from handlers.routing import ButtonHandler, Command, PayloadHandler


def feature_modules() -> list[ModuleType]:
    # Imported here, not at module level: feature modules import the core's helpers.
    from handlers import basics, callbacks

    return [basics, callbacks]


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
