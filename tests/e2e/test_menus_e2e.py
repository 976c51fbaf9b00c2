"""The sellers' command menus through the real bot (both runtimes): in each seller's language, the
shop's default language until a seller's own is known, and retried for a seller Telegram did not know."""

from __future__ import annotations

import json
from typing import Any

from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from tests.e2e.conftest import SELLER_ID, Shop
from tests.fakeapi import FakeBotApi

t = Translator(CATALOG_DIR)
NEWCOMER_ID = 2009  # a configured seller who has not opened the bot yet


def chat_scope(chat_id: int) -> dict[str, Any]:
    return {"type": "chat", "chat_id": chat_id}


def menu_calls(api: FakeBotApi, chat_id: int) -> list[Any]:
    return [c for c in api.calls_to("setMyCommands") if f'"chat_id": {chat_id}' in json.dumps(c.params)]


async def menu_help(api: FakeBotApi, chat_id: int, locale: str) -> str:
    """Wait until the seller's menu describes /help in ``locale``; that description."""
    wanted = t(locale, "seller-command-help")

    def described() -> str | None:
        for command in api.commands(scope=chat_scope(chat_id)):
            if command["command"] == "help" and command["description"] == wanted:
                return str(command["description"])
        return None

    return str(await api.wait_for(described, what=f"/help in {locale} in the menu of {chat_id}"))


async def test_language_uk_turns_the_sellers_menu_ukrainian(shop: Shop) -> None:
    api = shop.api
    await menu_help(api, SELLER_ID, "en")
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_command("language", "uk")
    [done] = await seller.wait_received(1)
    assert done["text"].startswith("✅ Готово!")
    await menu_help(api, SELLER_ID, "uk")
    seller.send_command("help")
    _, help_text = await seller.wait_received(2)
    assert "Ви — продавець магазину «Knit Shop»" in help_text["text"]
    assert await menu_help(api, SELLER_ID, "uk")  # still Ukrainian after a message of theirs


async def test_sellers_not_heard_from_get_the_default_language_and_a_late_menu(make_shop: Any) -> None:
    shop: Shop = await make_shop(default_language="de", sellers=(SELLER_ID, NEWCOMER_ID))
    api = shop.api
    await menu_help(api, SELLER_ID, "de")  # Sam has not written yet: the shop's language
    buyer = api.user(1001, "Anna", language_code="en")
    buyer.send_text("Hello, is the blue scarf still available?")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    assert "Englisch" in relayed["text"].split("\n", 1)[0]  # the header in German
    [refused] = await api.wait_for(lambda: menu_calls(api, NEWCOMER_ID), what="the newcomer's menu")
    assert refused.status == 400  # Telegram does not know Nora's chat yet

    newcomer = api.user(NEWCOMER_ID, "Nora", language_code="de")
    newcomer.send_command("help")
    await api.wait_for(
        lambda: any("Knit Shop" in m.get("text", "") and "#1" not in m["text"] for m in newcomer.received()),
        what="the newcomer's /help",
    )
    await menu_help(api, NEWCOMER_ID, "de")  # tried again once Nora opened the bot
