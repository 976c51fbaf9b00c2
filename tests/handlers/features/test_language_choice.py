"""/language: a language chosen by hand, for buyers and sellers, that detection no longer overrides."""

from __future__ import annotations

from sqlalchemy import select

from bot.features import REGISTRY
from handlers.core.effects import AnswerCallbackQuery, EditMessageText, SendMessage, SetMyCommands
from handlers.core.routing import in_buyer_menu
from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from storage.models import Buyer, Seller
from tests.support.chat import buttons, sent_id, shown
from tests.support.harness import Harness
from tests.support.users import ANNA, IVAN, SELLER

LOCALES = Translator(CATALOG_DIR).locales

ENGLISH_TEXT = "Hello, could you tell me whether the blue scarf is still available in size M?"


async def buyer_language(shop: Harness, telegram_id: int) -> tuple[str, bool]:
    async with shop.sessions() as session:
        buyer = (await session.execute(select(Buyer).where(Buyer.telegram_id == telegram_id))).scalar_one()
        return buyer.language, buyer.language_locked


async def test_language_offers_each_language_named_in_itself(shop: Harness) -> None:
    await shop.send(ANNA, "/language")
    [menu] = shop.api.to(ANNA.id)
    assert isinstance(menu, SendMessage) and "Which language" in menu.text
    assert buttons(menu) == [
        ("Deutsch", "lang:de"),
        ("✓ English", "lang:en"),
        ("Español", "lang:es"),
        ("Français", "lang:fr"),
        ("Русский", "lang:ru"),
        ("Українська", "lang:uk"),
    ]


async def test_choosing_confirms_in_the_new_language_in_place(shop: Harness) -> None:
    await shop.send(ANNA, "/language")
    await shop.press(ANNA, "lang:ru")
    edit = shop.api.to(ANNA.id)[-1]
    assert isinstance(edit, EditMessageText) and edit.message_id == sent_id(shop, ANNA.id, 0)
    assert edit.text == "✅ Готово! Язык общения: русский." and edit.reply_markup is None
    assert any(isinstance(c, AnswerCallbackQuery) for c in shop.api.calls)
    assert await buyer_language(shop, ANNA.id) == ("ru", True)


async def test_the_choice_sticks_over_detection(shop: Harness) -> None:
    await shop.send(IVAN, "/language")
    await shop.press(IVAN, "lang:en")  # Ivan's phone says Russian; he asked for English
    await shop.send(IVAN, "Здравствуйте! Подскажите, пожалуйста, есть ли синий шарф размера M?")
    assert "within a day" in shown(shop, IVAN.id)[-1]
    assert await buyer_language(shop, IVAN.id) == ("en", True)


async def test_without_a_choice_detection_decides(shop: Harness) -> None:
    await shop.send(IVAN, ENGLISH_TEXT)  # the contrast: Russian phone, English text → English
    assert await buyer_language(shop, IVAN.id) == ("en", False)


async def test_language_with_an_argument_chooses_at_once(shop: Harness) -> None:
    await shop.send(ANNA, "/language ru")
    assert shown(shop, ANNA.id) == ["✅ Готово! Язык общения: русский."]
    assert await buyer_language(shop, ANNA.id) == ("ru", True)


async def test_an_unknown_language_gets_the_menu(shop: Harness) -> None:
    await shop.send(ANNA, "/language klingon")
    [menu] = shop.api.to(ANNA.id)
    assert isinstance(menu, SendMessage)
    assert "no language “klingon”" in menu.text and len(buttons(menu)) == len(LOCALES)
    assert await buyer_language(shop, ANNA.id) == ("en", False)


async def test_a_language_we_have_no_catalog_for_is_only_answered(shop: Harness) -> None:
    await shop.send(ANNA, "/start")
    await shop.press(ANNA, "lang:xx")
    assert isinstance(shop.api.calls[-1], AnswerCallbackQuery)
    assert await buyer_language(shop, ANNA.id) == ("en", False)


async def test_a_seller_choice_reregisters_their_menu_and_survives_their_profile(shop: Harness) -> None:
    await shop.send(SELLER, "/language")
    await shop.press(SELLER, "lang:ru")
    [menu] = [
        c
        for c in shop.api.calls
        if isinstance(c, SetMyCommands) and c.scope == {"type": "chat", "chat_id": SELLER.id}
    ]
    assert ("language", "Выбрать язык бота") in menu.commands
    await shop.send(SELLER, "/help")  # Telegram still says "en": the choice wins
    assert "Вы продавец" in shown(shop, SELLER.id)[-1]
    async with shop.sessions() as session:
        seller = await session.get_one(Seller, SELLER.id)
        assert (seller.language, seller.language_locked) == ("ru", True)


async def test_language_is_in_both_menus(shop: Harness) -> None:
    await shop.send(SELLER, "/help")
    assert "/language — Choose the language of the bot" in shown(shop, SELLER.id)[-1]
    buyer_menu = [name for name, command in REGISTRY.commands().items() if in_buyer_menu(command)]
    assert {"language", "policies"} <= set(buyer_menu)
