"""/start and /help for buyers and sellers, and the answer to a command that does not exist."""

from __future__ import annotations

import difflib
import re

from handlers.core import registry
from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, SendMessage
from handlers.core.replies import say
from handlers.core.routing import Command, CommandCall, in_seller_menu
from storage.models import Buyer, Seller

# Telegram allows A-Z a-z 0-9 _ - and at most 64 characters in a deep-link payload.
PAYLOAD_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# Suggestions for a mistyped seller command: difflib's ratio, at which /stast is /stats but /nosuch is
# nothing at all.
SUGGESTED, SIMILAR = 3, 0.6


async def start(call: CommandCall, ctx: Context) -> list[Effect]:
    payload = call.argument.text
    if payload and PAYLOAD_RE.match(payload):
        prefix = payload.split("_", 1)[0]
        handler = registry.start_payloads().get(prefix)
        if handler is not None:
            handled = await handler(call.event, payload, ctx)
            if handled is not None:
                return handled
        if call.buyer is not None:
            call.buyer.start_payload = payload  # kept: later features give payloads a meaning
    if call.seller is not None:
        return [await seller_help(call.seller, ctx)]
    assert call.buyer is not None
    return [await greeting(call.buyer, ctx)]


async def greeting(buyer: Buyer, ctx: Context) -> Outgoing:
    return await greeting_with(buyer, ctx, "buyer-greeting")


async def greeting_with(buyer: Buyer, ctx: Context, key: str, **args: object) -> Outgoing:
    """The buyer's welcome (catalog ``key``, which gets ``shop``), with a button to the shop's policies
    once there are any to read."""
    # Imported here: the policies module builds on this one's helpers (say, reply).
    from handlers.features.policies import greeting_markup

    text = ctx.t(buyer.language, key, shop=ctx.config.shop_name, **args)
    markup = await greeting_markup(buyer, ctx)
    return Outgoing(SendMessage(buyer.telegram_id, text, reply_markup=markup), role="service")


async def help_(call: CommandCall, ctx: Context) -> list[Effect]:
    if call.seller is not None:
        return [await seller_help(call.seller, ctx)]
    assert call.buyer is not None
    return [say(ctx, call.buyer, "buyer-help", shop=ctx.config.shop_name)]


async def seller_help(seller: Seller, ctx: Context) -> Outgoing:
    """What the bot does for sellers, every command a seller may use, and what waits."""
    t, locale = ctx.t, seller.language
    lines = [t(locale, "seller-help", shop=ctx.config.shop_name), ""]
    for command in registry.commands().values():
        if in_seller_menu(command, seller):
            lines.append(f"/{command.name} — {t(locale, f'seller-command-{command.name}')}")
    lines += ["", t(locale, "seller-status", waiting=await ctx.repo.count_waiting())]
    attention = await ctx.repo.count_needing_attention()
    if attention:
        lines.append(t(locale, "seller-status-attention", count=attention))
    return Outgoing(SendMessage(seller.telegram_id, "\n".join(lines)), role="service")


def unknown_command(name: str, person: Buyer | Seller, ctx: Context) -> list[Effect]:
    """A seller gets the closest of their own commands too (``/vaction`` → ``/vacation``); a buyer only
    the plain answer, which names no seller command."""
    if not isinstance(person, Seller):
        return [say(ctx, person, "buyer-unknown-command", command=f"/{name}")]
    theirs = [c.name for c in registry.commands().values() if in_seller_menu(c, person)]
    close = difflib.get_close_matches(name.lower(), theirs, n=SUGGESTED, cutoff=SIMILAR)
    if not close:
        return [say(ctx, person, "seller-unknown-command", command=f"/{name}")]
    suggestions = ", ".join(f"/{c}" for c in close)
    return [say(ctx, person, "seller-unknown-command-suggest", command=f"/{name}", suggestions=suggestions)]


COMMANDS = (
    Command("start", "everyone", start, seller_menu=False),
    Command("help", "everyone", help_),
)
