"""Shop policies: /policy for sellers, /policies and the greeting button for buyers."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.events import Content
from handlers.kit.i18n import Translator
from handlers.kit.text import TEXT_LIMIT, utf16_len
from locales import CATALOG_DIR
from storage.models import ShopText
from tests.support.chat import answers, buttons, last_text, sent
from tests.support.harness import Harness
from tests.support.users import ANNA, IVAN, SELLER, SELLER2

LOCALES = Translator(CATALOG_DIR).locales


async def stored(shop: Harness) -> list[tuple[str, str, str]]:
    async with shop.sessions() as session:
        query = select(ShopText).where(ShopText.kind == "policy").order_by(ShopText.name, ShopText.locale)
        rows = (await session.execute(query)).scalars()
        return [(r.name, r.locale, r.text) for r in rows]


# -- setting and clearing ------------------------------------------------------------------------------


async def test_seller_sets_a_section_and_its_russian_version(shop: Harness) -> None:
    await shop.send(SELLER, "/policy shipping We ship within 2 days.")
    assert "Shipping saved (default)" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/policy shipping@ru Отправляем за 2 дня.")
    assert "Shipping saved (Russian)" in last_text(shop, SELLER.id)
    assert await stored(shop) == [
        ("shipping", "", "We ship within 2 days."),
        ("shipping", "ru", "Отправляем за 2 дня."),
    ]


async def test_setting_again_replaces_the_text(shop: Harness) -> None:
    await shop.send(SELLER, "/policy returns 14 days.")
    await shop.send(SELLER, "/policy returns 30 days.")
    assert await stored(shop) == [("returns", "", "30 days.")]


async def test_section_and_language_are_case_insensitive(shop: Harness) -> None:
    await shop.send(SELLER, "/policy Payment@RU Картой.")
    assert await stored(shop) == [("payment", "ru", "Картой.")]


@pytest.mark.parametrize(
    ("command", "section"),
    [
        ("/policy доставка Отправляем за 2 дня.", "shipping"),
        ("/policy Оплата@ru Картой.", "payment"),
        ("/policy повернення 14 днів.", "returns"),
        ("/policy Versand 2 Tage.", "shipping"),
        ("/policy livraison 2 jours.", "shipping"),
        ("/policy devoluciones 30 días.", "returns"),
        ("/policy delivery In 2 days.", "shipping"),
        ("/policy Datenschutz Keine Daten.", "privacy"),
    ],
)
async def test_sections_by_their_names_in_every_language(shop: Harness, command: str, section: str) -> None:
    await shop.send(SELLER, command)
    [(name, _, text)] = await stored(shop)
    assert name == section and text == command.split(None, 2)[2]


async def test_a_russian_seller_sees_the_section_names_to_type(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER2,))
    await shop.start()
    await shop.send(SELLER2, "/policy")
    assert "shipping (доставка), payment (оплата), returns (возврат)" in last_text(shop, SELLER2.id)
    await shop.send(SELLER2, "/policy доставка Отправляем за 2 дня.")
    assert "Раздел «Доставка» сохранён" in last_text(shop, SELLER2.id)
    assert await stored(shop) == [("shipping", "", "Отправляем за 2 дня.")]


async def test_text_keeps_its_lines_and_formatting(shop: Harness) -> None:
    text = "/policy shipping\nWe ship *fast*:\n- by post\n- by courier"
    fast = text.index("fast")
    entities = (
        {"type": "bot_command", "offset": 0, "length": 7},
        {"type": "bold", "offset": fast, "length": 4},
    )
    await shop.send(SELLER, Content("text", text=text, entities=entities))
    async with shop.sessions() as session:
        row = (await session.execute(select(ShopText).where(ShopText.kind == "policy"))).scalar_one()
    assert row.text == "We ship *fast*:\n- by post\n- by courier"
    [bold] = row.entities
    assert row.text[bold["offset"] : bold["offset"] + bold["length"]] == "fast"


async def test_off_clears_every_language(shop: Harness) -> None:
    await shop.send(SELLER, "/policy privacy We keep nothing.")
    await shop.send(SELLER, "/policy privacy@ru Мы ничего не храним.")
    await shop.send(SELLER, "/policy privacy off")
    assert "Privacy removed in every language" in last_text(shop, SELLER.id)
    assert await stored(shop) == []


async def test_off_with_a_language_clears_only_that_version(shop: Harness) -> None:
    await shop.send(SELLER, "/policy privacy We keep nothing.")
    await shop.send(SELLER, "/policy privacy@ru Мы ничего не храним.")
    await shop.send(SELLER, "/policy privacy@ru OFF")
    assert "Privacy removed (Russian)" in last_text(shop, SELLER.id)
    assert await stored(shop) == [("privacy", "", "We keep nothing.")]


async def test_off_on_a_section_not_set_says_so(shop: Harness) -> None:
    await shop.send(SELLER, "/policy additional off")
    assert "was not set" in last_text(shop, SELLER.id)


async def test_overview_shows_which_sections_are_set_in_which_languages(shop: Harness) -> None:
    await shop.send(SELLER, "/policy shipping We ship.")
    await shop.send(SELLER, "/policy shipping@ru Отправляем.")
    await shop.send(SELLER, "/policy returns@ru Возврат 14 дней.")
    await shop.send(SELLER, "/policy")
    overview = last_text(shop, SELLER.id)
    assert "✅ Shipping: default, Russian" in overview
    assert "✅ Returns: Russian" in overview
    assert "▫️ Payment: not set" in overview and "▫️ Privacy: not set" in overview
    assert "/policy SECTION text" in overview  # and how to change them


# -- malformed commands ------------------------------------------------------------------------------


async def test_unknown_section_gets_the_right_form(shop: Harness) -> None:
    await shop.send(SELLER, "/policy teleport We beam.")
    answer = last_text(shop, SELLER.id)
    assert "no section “teleport”" in answer
    assert "Sections: shipping, payment, returns, privacy, additional" in answer
    assert await stored(shop) == []


async def test_unknown_language_gets_the_right_form(shop: Harness) -> None:
    await shop.send(SELLER, "/policy shipping@xx We ship.")
    answer = last_text(shop, SELLER.id)
    assert "no language “xx”" in answer and f"Languages: {', '.join(LOCALES)}" in answer
    assert await stored(shop) == []


async def test_missing_text_gets_the_right_form(shop: Harness) -> None:
    await shop.send(SELLER, "/policy shipping@ru")
    answer = last_text(shop, SELLER.id)
    assert "Write the text" in answer and "/policy SECTION@ru text" in answer


async def test_a_russian_seller_is_answered_in_russian(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER2,))
    await shop.start()
    await shop.send(SELLER2, "/policy телепорт Быстро.")
    answer = last_text(shop, SELLER2.id)
    assert "Раздела «телепорт» нет" in answer and "/policy РАЗДЕЛ текст" in answer


async def test_buyers_cannot_set_policies(shop: Harness) -> None:
    await shop.send(ANNA, "/policy shipping Free!")
    assert "There is no command /policy" in last_text(shop, ANNA.id)
    assert await stored(shop) == []


# -- what buyers see ---------------------------------------------------------------------------------


async def test_policies_menu_has_a_button_per_section_set(shop: Harness) -> None:
    await shop.send(SELLER, "/policy returns 14 days.")
    await shop.send(SELLER, "/policy shipping 2 days.")
    await shop.send(ANNA, "/policies")
    [menu] = sent(shop, ANNA.id)
    assert "Knit Shop" in menu.text
    assert buttons(menu) == [("🚚 Shipping", "policy:shipping"), ("↩️ Returns", "policy:returns")]


async def test_section_names_on_the_buttons_are_localized(shop: Harness) -> None:
    await shop.send(SELLER, "/policy payment Card or cash.")
    await shop.send(IVAN, "/policies")
    [menu] = sent(shop, IVAN.id)
    assert buttons(menu) == [("💳 Оплата", "policy:payment")]


async def test_a_section_is_shown_in_the_buyers_language(shop: Harness) -> None:
    await shop.send(SELLER, "/policy shipping We ship in 2 days.")
    await shop.send(SELLER, "/policy shipping@ru Отправляем за 2 дня.")
    await shop.send(IVAN, "/start")
    await shop.press(IVAN, "policy:shipping")
    section = last_text(shop, IVAN.id)
    assert section == "🚚 Доставка\n\nОтправляем за 2 дня."
    await shop.press(ANNA, "policy:shipping")  # Anna never wrote: nothing to show her
    await shop.send(ANNA, "/start")
    await shop.press(ANNA, "policy:shipping")
    assert last_text(shop, ANNA.id) == "🚚 Shipping\n\nWe ship in 2 days."


async def test_the_default_version_serves_languages_without_their_own(shop: Harness) -> None:
    await shop.send(SELLER, "/policy returns 14 days.")
    await shop.send(IVAN, "/start")
    await shop.press(IVAN, "policy:returns")
    assert last_text(shop, IVAN.id).endswith("14 days.")


async def test_formatting_survives_to_the_buyer_under_a_bold_title(shop: Harness) -> None:
    text = "/policy shipping We ship fast."
    fast = text.index("fast")
    entities = ({"type": "italic", "offset": fast, "length": 4},)
    await shop.send(SELLER, Content("text", text=text, entities=entities))
    await shop.send(ANNA, "/start")
    await shop.press(ANNA, "policy:shipping")
    message = sent(shop, ANNA.id)[-1]
    title, italic = message.entities
    assert title["type"] == "bold" and message.text[: title["length"] - 1].startswith("🚚")
    units = message.text.encode("utf-16-le")
    start, end = italic["offset"] * 2, (italic["offset"] + italic["length"]) * 2
    assert units[start:end].decode("utf-16-le") == "fast"


async def test_a_long_section_is_split(shop: Harness) -> None:
    paragraph = "Parcels leave the same day when ordered before noon. " * 20
    await shop.send(SELLER, "/policy additional " + "\n\n".join([paragraph] * 6))
    await shop.send(ANNA, "/start")
    await shop.press(ANNA, "policy:additional")
    parts = sent(shop, ANNA.id)[1:]
    assert len(parts) >= 2 and all(utf16_len(p.text) <= TEXT_LIMIT for p in parts)
    assert parts[0].text.startswith("ℹ️ Additional information")


async def test_a_section_only_in_another_language_is_not_offered(shop: Harness) -> None:
    await shop.send(SELLER, "/policy returns@ru Возврат 14 дней.")
    await shop.send(ANNA, "/policies")
    assert "has not published its policies" in last_text(shop, ANNA.id)
    await shop.press(ANNA, "policy:returns")
    assert answers(shop)[-1].show_alert


async def test_a_section_removed_after_the_menu_was_sent_gets_an_alert(shop: Harness) -> None:
    await shop.send(SELLER, "/policy returns 14 days.")
    await shop.send(ANNA, "/policies")
    await shop.send(SELLER, "/policy returns off")
    await shop.press(ANNA, "policy:returns")
    [press_answer] = answers(shop)
    assert press_answer.show_alert and press_answer.text == "This section is no longer available."
    assert len(sent(shop, ANNA.id)) == 1  # only the menu


async def test_sellers_may_preview_what_buyers_see(shop: Harness) -> None:
    await shop.send(SELLER, "/policy payment Card.")
    await shop.send(SELLER, "/policies")
    assert buttons(sent(shop, SELLER.id)[-1]) == [("💳 Payment", "policy:payment")]
    await shop.press(SELLER, "policy:payment")
    assert last_text(shop, SELLER.id) == "💳 Payment\n\nCard."


# -- the greeting button -----------------------------------------------------------------------------


async def test_the_greeting_has_no_button_while_nothing_is_set(shop: Harness) -> None:
    await shop.send(ANNA, "/start")
    [greeting] = sent(shop, ANNA.id)
    assert "Knit Shop" in greeting.text and greeting.reply_markup is None


async def test_the_greeting_button_opens_the_menu(shop: Harness) -> None:
    await shop.send(SELLER, "/policy shipping@ru Отправляем за 2 дня.")
    await shop.send(IVAN, "/start")
    [greeting] = sent(shop, IVAN.id)
    assert buttons(greeting) == [("📋 Правила магазина", "policies")]
    await shop.press(IVAN, "policies")
    menu = sent(shop, IVAN.id)[-1]
    assert buttons(menu) == [("🚚 Доставка", "policy:shipping")]
    assert answers(shop)  # the press is answered


# -- menus -------------------------------------------------------------------------------------------


async def test_policy_is_in_the_sellers_help_and_policies_is_not(shop: Harness) -> None:
    await shop.send(SELLER, "/help")
    help_text = last_text(shop, SELLER.id)
    assert "/policy — Shop policies" in help_text
    assert "/policies" not in help_text
