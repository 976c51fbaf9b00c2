"""Saved replies through the real bot (both runtimes) on the fake Telegram."""

from __future__ import annotations

from typing import Any

from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from tests.e2e.conftest import SELLER_ID, Shop
from tests.fakeapi import FakeBotApi
from tests.support.waiting import callback_data

LOCALES = Translator(CATALOG_DIR).locales
VARIANTS = len(LOCALES)  # the default (en) and one per other locale

Json = dict[str, Any]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def covered(text: str, entity: Json) -> str:
    units = text.encode("utf-16-le")
    return units[entity["offset"] * 2 : (entity["offset"] + entity["length"]) * 2].decode("utf-16-le")


def command_with_bold(command: str, bold: str) -> tuple[str, list[Json]]:
    """``command`` with the entities Telegram would send: the /command, and ``bold`` in bold."""
    head = command.split()[0]
    at = utf16_len(command[: command.index(bold)])
    return command, [
        {"type": "bot_command", "offset": 0, "length": utf16_len(head)},
        {"type": "bold", "offset": at, "length": utf16_len(bold)},
    ]


async def test_r_sends_the_buyers_language_with_variables_filled(shop: Shop) -> None:
    api: FakeBotApi = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_text("/saved add hello Hi {buyer_name}! Order: {order_id|not placed yet}.")
    text, entities = command_with_bold(
        "/saved add hello@ru Здравствуйте, {buyer_name}!\nЗаказ: {order_id|ещё не оформлен}. {shop_name}",
        "Здравствуйте",
    )
    seller.send_text(text, entities)
    await api.wait_received(SELLER_ID, 2)
    buyer = api.user(1001, "Анна 🌸", language_code="ru")
    question = buyer.send_text("Здравствуйте! Когда будет готов мой заказ?")
    relayed = (await api.wait_received(SELLER_ID, 3))[-1]
    seller.send_command("r", "hello", reply_to=relayed)

    answer = (await buyer.wait_received(2))[-1]  # after the acknowledgement
    assert answer["text"] == "Здравствуйте, Анна 🌸!\nЗаказ: ещё не оформлен. Knit Shop"
    assert [covered(answer["text"], e) for e in answer["entities"]] == ["Здравствуйте"]
    assert answer["reply_to_message"]["message_id"] == question["message_id"]
    assert "Sam" not in str(answer)
    confirmation = (await api.wait_received(SELLER_ID, 4))[-1]
    assert confirmation["text"].startswith("✅ Sent “hello” to #1 Анна 🌸 (Russian):\nЗдравствуйте, Анна 🌸!")


async def test_first_name_and_a_line_whose_variable_is_empty_is_left_out(shop: Shop) -> None:
    api: FakeBotApi = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_text("/saved add status Hi {first_name}!\nOrder: {order_id}\nWe ship within 3 days.")
    await api.wait_received(SELLER_ID, 1)
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_text("Any news?")
    relayed = (await api.wait_received(SELLER_ID, 2))[-1]
    seller.send_command("r", "status", reply_to=relayed)
    answer = (await buyer.wait_received(2))[-1]  # after the acknowledgement
    assert answer["text"] == "Hi Anna!\nWe ship within 3 days."


async def test_the_button_picker_sends_the_chosen_reply(shop: Shop) -> None:
    api: FakeBotApi = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    buyer = api.user(1001, "Anna", "Smith")
    question = buyer.send_text("Thanks, the scarf arrived!")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    assert callback_data(relayed) == ["saved:open:1"]

    opened = seller.press_button(relayed, text="💬 Saved replies")
    _, picker = await api.wait_received(SELLER_ID, 2)
    assert picker["reply_to_message"]["message_id"] == relayed["message_id"]
    assert callback_data(picker) == [
        "saved:send:1:1:custom",
        "saved:send:1:1:shipping",
        "saved:send:1:1:thanks",
        "saved:cancel:1:1",
    ]
    picked = seller.press_button(picker, data="saved:send:1:1:thanks")

    answer = (await buyer.wait_received(2))[-1]
    assert answer["text"].startswith("Thank you, Anna! 😊 We're glad you chose Knit Shop.")
    assert answer["reply_to_message"]["message_id"] == question["message_id"]

    def picker_now() -> Json | None:
        now = api.message(SELLER_ID, picker["message_id"])
        return now if now and now["text"].startswith("✅ Sent") else None

    done = await api.wait_for(picker_now, what="the picker turned into the confirmation")
    assert "reply_markup" not in done and done["text"].endswith(answer["text"])
    await api.wait_for(lambda: api.callback_answer(opened) and api.callback_answer(picked))


async def test_saved_add_del_and_list(shop: Shop) -> None:
    api: FakeBotApi = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_command("saved")
    [listing] = await api.wait_received(SELLER_ID, 1)
    assert (
        "3 saved replies" in listing["text"]
        and "• thanks (default, " in listing["text"]
        and "Russian" in listing["text"]
    )

    text, entities = command_with_bold("/saved add promo Our *big* sale:\n-20% until Friday", "big")
    seller.send_text(text, entities)
    seller.send_command("saved", "del thanks")
    seller.send_command("saved", "del nope")
    seller.send_command("saved")
    _, added, deleted, not_found, listing = await api.wait_received(SELLER_ID, 5)
    assert "“promo” (default) added" in added["text"]
    assert f"“thanks” deleted ({VARIANTS} variants)" in deleted["text"]
    assert "no saved reply “nope”" in not_found["text"] and "custom, promo, shipping." in not_found["text"]
    assert "• promo (default) — Our *big* sale:" in listing["text"] and "thanks" not in listing["text"]

    buyer = api.user(1001, "Anna")
    buyer.send_text("any discounts?")
    relayed = (await api.wait_received(SELLER_ID, 6))[-1]
    seller.send_command("r", "promo", reply_to=relayed)
    answer = (await buyer.wait_received(2))[-1]
    assert answer["text"] == "Our *big* sale:\n-20% until Friday"
    assert [covered(answer["text"], e) for e in answer["entities"]] == ["big"]


async def test_media_relays_carry_the_button_next_to_the_header_button(shop: Shop) -> None:
    api: FakeBotApi = shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_sticker()
    buyer.send_photo(caption="this one?")
    sticker, photo = await api.wait_received(SELLER_ID, 2)
    assert callback_data(sticker) == ["buyer:1", "saved:open:1"]
    assert callback_data(photo) == ["saved:open:2"]


async def test_a_replaced_pickers_old_button_sends_nothing(shop: Shop) -> None:
    api: FakeBotApi = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    buyer = api.user(1001, "Anna", "Smith")
    buyer.send_text("Is the scarf in stock?")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    await buyer.wait_received(1)  # the acknowledgement
    seller.press_button(relayed, text="💬 Saved replies")
    _, old = await api.wait_received(SELLER_ID, 2)
    seller.press_button(relayed, text="💬 Saved replies")
    *_, new = await api.wait_received(SELLER_ID, 3)
    assert "saved:cancel:1:2" in callback_data(new)

    stale = seller.press_button(old, data="saved:send:1:1:thanks")
    refusal = await api.wait_for(lambda: api.callback_answer(stale), what="the stale press answered")
    assert refusal.get("show_alert") and "menu is closed" in refusal["text"]
    picked = seller.press_button(new, data="saved:send:1:2:thanks")
    await api.wait_for(lambda: api.callback_answer(picked), what="the live press answered")
    received = await buyer.wait_received(2)
    assert len(received) == 2 and received[-1]["text"].startswith("Thank you, Anna!")  # one reply only
