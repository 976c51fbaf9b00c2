"""Command menus: one for buyers per language, one per seller (a chat scope) in the seller's language.

Registered at start and whenever a seller's language changes; a hash of the menus in the database
spares Telegram the calls when nothing changed."""

from __future__ import annotations

import hashlib
import json

from handlers import features
from handlers.context import Context
from handlers.effects import Effect, Outgoing, SetMyCommands
from handlers.routing import in_buyer_menu, in_seller_menu

MENU_HASH_KEY = "command-menus"


async def menus(ctx: Context) -> list[SetMyCommands]:
    t = ctx.t
    wanted: list[SetMyCommands] = []
    registered = features.commands().values()
    buyer_commands = [c.name for c in registered if in_buyer_menu(c)]

    def buyer_menu(locale: str) -> tuple[tuple[str, str], ...]:
        return tuple((c, t(locale, f"buyer-command-{c}")) for c in buyer_commands)

    wanted.append(SetMyCommands(buyer_menu(ctx.config.default_language)))
    for locale in t.locales:
        wanted.append(SetMyCommands(buyer_menu(locale), language_code=locale))
    for seller in await ctx.repo.active_sellers():
        names = [c.name for c in registered if in_seller_menu(c, seller)]
        commands = tuple((c, t(seller.language, f"seller-command-{c}")) for c in names)
        wanted.append(SetMyCommands(commands, scope={"type": "chat", "chat_id": seller.telegram_id}))
    return wanted


async def register_menus(ctx: Context) -> list[Effect]:
    wanted = await menus(ctx)
    digest = hashlib.sha256(
        json.dumps([(m.commands, m.scope, m.language_code) for m in wanted]).encode()
    ).hexdigest()
    stored = await ctx.repo.get_value(MENU_HASH_KEY)
    if stored is not None and stored.get("sha256") == digest:
        return []
    await ctx.repo.set_value(MENU_HASH_KEY, {"sha256": digest})
    return [Outgoing(menu, role="service") for menu in wanted]
