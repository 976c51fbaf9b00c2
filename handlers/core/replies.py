"""The two answers every feature builds on: ``reply`` to a command's chat, ``say`` a catalog text to a
buyer or a seller in their language."""

from __future__ import annotations

from handlers.core.context import Context
from handlers.core.effects import Outgoing, SendMessage
from handlers.core.routing import CommandCall
from storage.models import Buyer, Seller


def reply(call: CommandCall, text: str, markup: dict[str, object] | None = None) -> Outgoing:
    return Outgoing(SendMessage(call.chat_id, text, reply_markup=markup), role="service")


def say(ctx: Context, person: Buyer | Seller, key: str, **args: object) -> Outgoing:
    """Localized ``key`` to a buyer or a seller, in their language."""
    chat = person.telegram_id
    return Outgoing(SendMessage(chat, ctx.t(person.language, key, **args)), role="service")
