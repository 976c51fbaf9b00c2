"""Commands and buttons, declared by each feature (``handlers/core/registry.py: Feature``) and routed here.

A feature declares its commands (``Command``), buttons (callback-data prefix → handler) and start
payloads (deep-link payload prefix → handler); the handler types are below. A command a user may not
use gets exactly the answer an unknown command gets, so buyers cannot probe for seller commands.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.events import CallbackPress, IncomingMessage
from handlers.core.ports import TelegramError
from handlers.kit.text import Rich, tail, utf16_len
from storage.models import Buyer, Seller

Audience = Literal["buyer", "seller", "owner", "everyone"]


@dataclass(frozen=True, slots=True)
class CommandCall:
    """A command as typed: ``/saved add thanks Thank you!`` → name ``saved``, argument ``add thanks
    Thank you!`` (with its entities, for formatted texts)."""

    event: IncomingMessage
    name: str
    argument: Rich
    seller: Seller | None
    buyer: Buyer | None

    @property
    def locale(self) -> str:
        person = self.seller or self.buyer
        assert person is not None
        return person.language

    @property
    def chat_id(self) -> int:
        return self.event.chat_id

    def words(self, limit: int = -1) -> list[str]:
        """The argument split on white space (at most ``limit`` splits; the rest stays whole)."""
        return self.argument.text.split(None, limit) if limit >= 0 else self.argument.text.split()


CommandHandler = Callable[[CommandCall, Context], Awaitable[list[Effect]]]
ButtonHandler = Callable[[CallbackPress, Context], Awaitable[list[Effect]]]
PayloadHandler = Callable[[IncomingMessage, str, Context], Awaitable[list[Effect] | None]]
# A timer of the module's kind came due: (key, payload, ctx).
TimerHandler = Callable[[str, dict[str, Any], Context], Awaitable[list[Effect]]]
# An outbox row of the module's role went out or failed for good: (its context, the error or None when
# it went out, the Telegram message ids it made, ctx).
DeliveryHook = Callable[[dict[str, Any], TelegramError | None, list[int], Context], Awaitable[list[Effect]]]


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    audience: Audience
    handler: CommandHandler
    in_menu: bool = True  # listed in Telegram's command menu and in /help
    seller_menu: bool = True  # for "everyone" commands: also in the sellers' menu


def parse_command(event: IncomingMessage) -> tuple[str, Rich] | None:
    """The command name and its argument, entities moved to the argument's offsets."""
    command = event.command
    if command is None:
        return None
    text = event.content.text or ""
    head = text.split(None, 1)[0]
    rest = text[len(head) :]
    start = utf16_len(head) + utf16_len(rest) - utf16_len(rest.lstrip())
    return command[0], tail(Rich(text, event.content.entities), start)


def in_buyer_menu(command: Command) -> bool:
    return command.in_menu and command.audience in ("buyer", "everyone")


def in_seller_menu(command: Command, seller: Seller) -> bool:
    return (
        command.in_menu and command.seller_menu and command.audience != "buyer" and allowed(command, seller)
    )


def allowed(command: Command, seller: Seller | None) -> bool:
    if command.audience == "everyone":
        return True
    if command.audience == "buyer":
        return seller is None
    if command.audience == "seller":
        return seller is not None
    return seller is not None and seller.owner
