"""The two answers every feature builds on: ``reply`` to a command's chat, ``say`` a catalog text to a
buyer or a seller in their language; and the answer to a command that does not exist."""

from __future__ import annotations

import difflib

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, SendMessage
from handlers.core.routing import CommandCall, in_seller_menu
from storage.models import Buyer, Seller

# Suggestions for a mistyped seller command: difflib's ratio, at which /stast is /stats but /nosuch is
# nothing at all.
SUGGESTED, SIMILAR = 3, 0.6


def reply(call: CommandCall, text: str, markup: dict[str, object] | None = None) -> Outgoing:
    return Outgoing(SendMessage(call.chat_id, text, reply_markup=markup), role="service")


def say(ctx: Context, person: Buyer | Seller, key: str, **args: object) -> Outgoing:
    """Localized ``key`` to a buyer or a seller, in their language."""
    chat = person.telegram_id
    return Outgoing(SendMessage(chat, ctx.t(person.language, key, **args)), role="service")


def unknown_command(name: str, person: Buyer | Seller, ctx: Context) -> list[Effect]:
    """A seller gets the closest of their own commands too (``/vaction`` → ``/vacation``); a buyer only
    the plain answer, which names no seller command."""
    if not isinstance(person, Seller):
        return [say(ctx, person, "buyer-unknown-command", command=f"/{name}")]
    theirs = [c.name for c in ctx.features.commands().values() if in_seller_menu(c, person)]
    close = difflib.get_close_matches(name.lower(), theirs, n=SUGGESTED, cutoff=SIMILAR)
    if not close:
        return [say(ctx, person, "seller-unknown-command", command=f"/{name}")]
    suggestions = ", ".join(f"/{c}" for c in close)
    return [say(ctx, person, "seller-unknown-command-suggest", command=f"/{name}", suggestions=suggestions)]
