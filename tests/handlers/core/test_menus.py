"""Command menus: only what changed goes out; a menu Telegram refused ("chat not found": a configured
seller who never opened the bot) goes out again once that seller writes; the newest language wins."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import BotEffect, SetMyCommands
from handlers.core.events import User
from handlers.core.ports import BadRequest, Transient
from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from tests.support.chat import menus_for
from tests.support.harness import Harness
from tests.support.users import SELLER

t = Translator(CATALOG_DIR)
NEWBIE = User(102, "Nora", None, None, "en")


def help_description(menu: SetMyCommands) -> str:
    return dict(menu.commands)["help"]


def menu_of(chat_id: int) -> object:
    def matches(effect: BotEffect) -> bool:
        return isinstance(effect, SetMyCommands) and effect.scope.get("chat_id") == chat_id

    return matches


async def test_a_refused_menu_goes_out_when_the_seller_first_writes(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, NEWBIE))
    shop.api.fail(BadRequest("Bad Request: chat not found"), when=menu_of(NEWBIE.id))  # type: ignore[arg-type]
    await shop.start()  # Sam's menu went out, Nora's was refused
    await shop.send(SELLER, "/help")
    assert menus_for(shop, NEWBIE.id) == []  # Sam writing does not retry Nora's: Telegram still lacks her
    await shop.send(NEWBIE, "/help")
    [menu] = menus_for(shop, NEWBIE.id)
    assert help_description(menu) == t("en", "seller-command-help")
    shop.api.calls.clear()
    await shop.send(NEWBIE, "/help")
    assert [c for c in shop.api.calls if isinstance(c, SetMyCommands)] == []  # nothing changed: nothing sent


async def test_the_newest_language_is_the_menu_left(shop: Harness) -> None:
    # The first menu hits a network error and is tried again later; the Ukrainian one must not be
    # overtaken by it.
    shop.api.fail(Transient("timed out"), when=menu_of(SELLER.id))  # type: ignore[arg-type]
    await shop.send(SELLER, "/language de")
    await shop.send(SELLER, "/language uk")
    await shop.later(60)
    assert help_description(menus_for(shop, SELLER.id)[-1]) == t("uk", "seller-command-help")
