"""(Being built for the seller toolkit issue.)"""

from __future__ import annotations

from handlers.routing import Command

COMMANDS: tuple[Command, ...] = ()
