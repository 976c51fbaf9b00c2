"""Policies, the seller guide and /language through the real bot (both runtimes) on a fake Telegram."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import SELLER2_ID, SELLER_ID, Shop
from tests.fakeapi import FakeBotApi

Json = dict[str, Any]


async def wait_text(api: FakeBotApi, chat_id: int, message_id: int, starts: str) -> Json:
    """The bot's message once its (edited) text starts with ``starts``."""

    def shown() -> Json | None:
        message = api.message(chat_id, message_id)
        return message if message and message.get("text", "").startswith(starts) else None

    return await api.wait_for(shown, what=f"message {message_id} showing {starts!r}")


async def test_a_russian_buyer_reads_a_policy_through_the_greeting(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_text("/policy shipping We ship within 2 days.\nTracking number by e-mail.")
    seller.send_text("/policy shipping@ru Отправляем за 2 дня.\nТрек-номер пришлём по почте.")
    confirmations = await api.wait_received(SELLER_ID, 2)
    assert "(Russian)" in confirmations[1]["text"]

    buyer = api.user(1001, "Анна", None, None, "ru")
    buyer.send_command("start")
    [greeting] = await buyer.wait_received(1)
    assert "Здравствуйте" in greeting["text"]
    buyer.press_button(greeting, text="📋 Правила магазина")
    _, menu = await buyer.wait_received(2)
    buyer.press_button(menu, text="🚚 Доставка")
    *_, section = await buyer.wait_received(3)
    assert section["text"] == "🚚 Доставка\n\nОтправляем за 2 дня.\nТрек-номер пришлём по почте."
    assert section["entities"][0]["type"] == "bold"
    await api.wait_calls("answerCallbackQuery", 2)
    assert not api.received(SELLER_ID)[2:]  # reading policies is not relayed to the shop


async def test_the_guide_pages_in_russian_in_one_message(make_shop: Any) -> None:
    shop: Shop = await make_shop(sellers=(SELLER_ID, SELLER2_ID))
    api = shop.api
    tina = api.user(SELLER2_ID, "Тина", None, None, "ru")
    tina.send_command("guide")
    [guide] = await tina.wait_received(1)
    assert guide["text"].startswith("📖 Памятка продавцу · стр. 1/9")
    number = guide["message_id"]
    for data, page, title in [
        ("guide:2", 2, "Отвечайте в течение суток"),
        ("guide:3", 3, "Честно, вежливо, ясно и коротко"),
        ("guide:2", 2, "Отвечайте в течение суток"),
    ]:
        tina.press_button(number, data=data)
        shown = await wait_text(api, SELLER2_ID, number, f"📖 Памятка продавцу · стр. {page}/9")
        assert title in shown["text"]
    assert len(tina.received()) == 1  # turned in place, not sent again
    assert len(api.calls_to("editMessageText")) == 3


async def test_a_chosen_language_sticks_over_detection(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Ivan", None, None, "ru")
    buyer.send_command("language")
    [menu] = await buyer.wait_received(1)
    assert "На каком языке" in menu["text"]
    buyer.press_button(menu, text="English")
    await wait_text(api, buyer.id, menu["message_id"], "✅ Done! From now on I will write to you in English.")
    buyer.send_text("Здравствуйте! Подскажите, пожалуйста, есть ли синий шарф размера M?")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    assert "English" in relayed["text"].split("\n", 1)[0]
    _, ack = await buyer.wait_received(2)
    assert "within a day" in ack["text"]
