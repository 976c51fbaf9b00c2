"""/guide: the seller guide, paged in place with ◀/▶, in the seller's language."""

from __future__ import annotations

import re

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.features import REGISTRY
from handlers.core.effects import AnswerCallbackQuery, SendMessage
from handlers.features.guide import PAGES
from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from tests.support.chat import buttons, edits, sent_id
from tests.support.harness import Harness
from tests.support.users import ANNA, SELLER, SELLER2


async def test_guide_opens_on_page_one_with_a_next_button(shop: Harness) -> None:
    await shop.send(SELLER, "/guide")
    [page] = shop.api.to(SELLER.id)
    assert isinstance(page, SendMessage)
    assert page.text.startswith(f"📖 Seller guide · page 1/{len(PAGES)}")
    assert "Clear listings, clear rules" in page.text and "/policy" in page.text
    assert buttons(page) == [("▶", "guide:2")]
    [title] = page.entities
    assert title["type"] == "bold"


async def test_pages_turn_in_place_both_ways(shop: Harness) -> None:
    await shop.send(SELLER, "/guide")
    await shop.press(SELLER, "guide:2")
    await shop.press(SELLER, "guide:3")
    await shop.press(SELLER, "guide:2")
    pages = edits(shop, SELLER.id)
    assert [p.message_id for p in pages] == [sent_id(shop, SELLER.id, 0)] * 3  # the pressed message, edited
    assert [p.text.split("\n")[0] for p in pages] == [
        "📖 Seller guide · page 2/9",
        "📖 Seller guide · page 3/9",
        "📖 Seller guide · page 2/9",
    ]
    assert buttons(pages[1]) == [("◀", "guide:2"), ("▶", "guide:4")]
    assert sum(isinstance(c, AnswerCallbackQuery) for c in shop.api.calls) == 3


async def test_the_last_page_has_only_a_previous_button(shop: Harness) -> None:
    await shop.send(SELLER, "/guide")
    await shop.press(SELLER, f"guide:{len(PAGES)}")  # on its first page, as a forged press could
    [last] = edits(shop, SELLER.id)
    assert buttons(last) == [("◀", f"guide:{len(PAGES) - 1}")]


async def test_the_guide_speaks_the_sellers_language(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER2,))
    await shop.start()
    await shop.send(SELLER2, "/guide")
    [page] = shop.api.to(SELLER2.id)
    assert isinstance(page, SendMessage) and page.text.startswith("📖 Памятка продавцу · стр. 1/9")
    await shop.press(SELLER2, "guide:2")
    [edit] = edits(shop, SELLER2.id)
    assert "Отвечайте в течение суток" in edit.text


@pytest.mark.parametrize("data", ["guide:0", "guide:99", "guide:x", "guide"])
async def test_pages_that_do_not_exist_are_only_answered(shop: Harness, data: str) -> None:
    await shop.press(SELLER, data)
    assert [type(c) for c in shop.api.calls] == [AnswerCallbackQuery]


async def test_guide_is_in_the_sellers_help(shop: Harness) -> None:
    await shop.send(SELLER, "/help")
    [help_message] = shop.api.to(SELLER.id)
    assert "/guide — Guide: good customer service" in help_message.text  # type: ignore[union-attr]


async def test_buyers_have_no_guide(shop: Harness) -> None:
    await shop.send(ANNA, "/guide")
    [answer] = shop.api.to(ANNA.id)
    assert "There is no command /guide" in answer.text  # type: ignore[union-attr]
    await shop.press(ANNA, "guide:2")
    assert not edits(shop, ANNA.id)


@pytest.mark.parametrize("locale", ["en", "ru"])
def test_every_page_points_only_to_commands_that_exist(locale: str) -> None:
    t = Translator(CATALOG_DIR)
    known = set(REGISTRY.commands())
    for page in PAGES:
        tool = t(locale, f"guide-{page}-tool")
        named = set(re.findall(r"/([a-z]+)", tool))
        assert named, f"{locale} {page}: names no command"
        assert named <= known, f"{locale} {page}: {named - known}"
        assert t(locale, f"guide-{page}-title") != f"guide-{page}-title"
