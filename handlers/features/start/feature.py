"""/start and /help for buyers and sellers."""

from __future__ import annotations

import re

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, SendMessage
from handlers.core.registry import Feature
from handlers.core.replies import say
from handlers.core.routing import Command, CommandCall, in_seller_menu
from storage.models import Buyer, Seller

# Telegram allows A-Z a-z 0-9 _ - and at most 64 characters in a deep-link payload.
PAYLOAD_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


async def start(call: CommandCall, ctx: Context) -> list[Effect]:
    payload = call.argument.text
    if payload and PAYLOAD_RE.match(payload):
        prefix = payload.split("_", 1)[0]
        handler = ctx.features.start_payloads().get(prefix)
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
    """The buyer's welcome (catalog ``key``, which gets ``shop``), with the buttons features put under
    it (the shop's policies, once there are any to read)."""
    text = ctx.t(buyer.language, key, shop=ctx.config.shop_name, **args)
    rows = [row for buttons in ctx.features.greeting_buttons for row in await buttons(buyer, ctx)]
    markup: dict[str, object] | None = {"inline_keyboard": rows} if rows else None
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
    for command in ctx.features.commands().values():
        if in_seller_menu(command, seller):
            lines.append(f"/{command.name} — {t(locale, f'seller-command-{command.name}')}")
    lines += ["", t(locale, "seller-status", waiting=await ctx.repo.count_waiting())]
    attention = await ctx.repo.count_needing_attention()
    if attention:
        lines.append(t(locale, "seller-status-attention", count=attention))
    return Outgoing(SendMessage(seller.telegram_id, "\n".join(lines)), role="service")


COMMANDS = (
    Command("start", "everyone", start, seller_menu=False),
    Command("help", "everyone", help_),
)

FEATURE = Feature("start", commands=COMMANDS)
