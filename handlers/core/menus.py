"""Command menus: one for buyers per language, one per seller (a chat scope) in the seller's language —
the shop's default language until the seller's own is known.

Registered at start and after every seller message (and whenever the sellers or a seller's language
change): only the menus that differ from what Telegram was last given go out, by a digest per menu in
the database. A menu Telegram refused (a configured seller who never opened the bot: "chat not found")
is marked so and goes out again when that seller writes (Telegram knows the chat then) or at the next
start — not on every other seller's message, where it would only be refused again."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, SetMyCommands
from handlers.core.ports import TelegramError
from handlers.core.routing import in_buyer_menu, in_seller_menu

MENU_DIGESTS_KEY = "command-menu-digests"  # {menu key: digest of what Telegram has, or REFUSED}
REFUSED = "refused"
ROLE = "menu"


async def menus(ctx: Context) -> list[SetMyCommands]:
    t = ctx.t
    wanted: list[SetMyCommands] = []
    registered = ctx.features.commands().values()
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


def menu_key(menu: SetMyCommands) -> str:
    """Which menu it is: Telegram keeps one per scope and language."""
    return json.dumps([menu.scope, menu.language_code or ""], sort_keys=True)


def digest(menu: SetMyCommands) -> str:
    return hashlib.sha256(json.dumps(menu.commands).encode()).hexdigest()


async def register_menus(
    ctx: Context, *, retry_chat: int | None = None, retry_all: bool = False
) -> list[Effect]:
    """The menus that changed, as effects; refused ones only for ``retry_chat`` (the seller who just
    wrote) or with ``retry_all`` (at start)."""
    stored = (await ctx.repo.get_value(MENU_DIGESTS_KEY)) or {}
    effects: list[Effect] = []
    digests: dict[str, str] = {}  # only the wanted menus: a seller invited again gets theirs anew
    for menu in await menus(ctx):
        key, new = menu_key(menu), digest(menu)
        before = stored.get(key)
        if before == REFUSED and not (retry_all or menu.chat_id == retry_chat):
            digests[key] = REFUSED  # it would only be refused again
            continue
        digests[key] = new
        if before != new:
            effects.append(Outgoing(menu, role=ROLE, context={"menu": key}))
    if digests != stored:
        await ctx.repo.set_value(MENU_DIGESTS_KEY, digests)
    return effects


async def menu_done(
    context: dict[str, Any], error: TelegramError | None, telegram_ids: list[int], ctx: Context
) -> list[Effect]:
    """A menu Telegram refused for good is marked, to be sent again (see the module docstring)."""
    key = context.get("menu")
    if error is None or key is None:
        return []
    stored = dict((await ctx.repo.get_value(MENU_DIGESTS_KEY)) or {})  # a copy: a changed JSON is saved
    if key in stored:
        stored[key] = REFUSED
        await ctx.repo.set_value(MENU_DIGESTS_KEY, stored)
    return []
