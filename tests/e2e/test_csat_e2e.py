"""The satisfaction question through the real bot (both runtimes) on the fake Telegram: asked after a
quiet spell, a low score alerts every seller, /stats counts it; never to a blocked buyer, once per
conversation."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import SELLER2_ID, SELLER_ID, Shop
from tests.fakeapi import FakeBotApi, SimulatedUser
from tests.support.waiting import callback_data, text_of, wait_text

Json = dict[str, Any]
QUESTION = "how was our service?"
QUESTION_RU = "как вам наше обслуживание?"


async def answered(api: FakeBotApi, buyer: SimulatedUser, text: str) -> None:
    """``buyer`` writes ``text`` and Sam answers it by reply."""
    buyer.send_text(text)
    relayed = await wait_text(api, SELLER_ID, text)
    api.user(SELLER_ID, "Sam", "Seller", "sam", "en").send_text("Yes, we have it!", reply_to=relayed)
    await wait_text(api, buyer.id, "Yes, we have it!")


def questions(api: FakeBotApi, chat_id: int) -> list[Json]:
    """Every rating question sent to ``chat_id`` (as sent: an answered one loses its buttons)."""
    return [
        c.params
        for c in api.calls_to("sendMessage")
        if c.chat_id == chat_id and any(d.startswith("cs:") for d in callback_data(c.params))
    ]


async def test_a_low_score_alerts_every_seller_and_stats_show_it(make_shop: Any) -> None:
    shop: Shop = await make_shop(sellers=(SELLER_ID, SELLER2_ID))
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    tina = api.user(SELLER2_ID, "Тина", None, None, "ru")
    tina.send_command("help")  # Tina has written: the bot speaks Russian to her
    await wait_text(api, SELLER2_ID, "/csat")
    seller.send_command("csat", "1s")
    await wait_text(api, SELLER_ID, "quiet for 1 second after an answer")
    anna = api.user(1001, "Anna", "Smith", "anna", "en")
    await answered(api, anna, "Is the red scarf in stock?")

    question = await wait_text(api, anna.id, QUESTION)  # a second of quiet passes
    assert question["text"].startswith("Knit Shop here: how was our service?")
    scores = callback_data(question)
    assert scores == [f"cs:1:{score}" for score in range(1, 6)]
    pressed = anna.press_button(question, data="cs:1:2")
    again = anna.press_button(question, data="cs:1:5")  # a second tap before the buttons are gone

    alert = await wait_text(api, SELLER_ID, "⭐ Low service rating: 2 out of 5.")
    assert "Anna Smith" in alert["text"].split("\n", 1)[0]
    assert "Last answer by Sam Seller." in alert["text"]
    alert_ru = await wait_text(api, SELLER2_ID, "⭐ Низкая оценка обслуживания: 2 из 5.")
    assert "Anna Smith" in alert_ru["text"]
    answer = await api.wait_for(lambda: api.callback_answer(pressed), what="the press answered")
    assert answer.get("text") == "Thank you for your rating!"
    shown = api.message(anna.id, question["message_id"])
    assert shown is not None and shown["text"] == "🙁 Your rating: 2 out of 5. Thank you for your feedback!"
    assert "reply_markup" not in shown

    answer = await api.wait_for(lambda: api.callback_answer(again), what="the second press answered")
    assert answer.get("text") == "Your rating is already saved — thank you!"
    shown = api.message(anna.id, question["message_id"])
    assert shown is not None and shown["text"].startswith("🙁 Your rating: 2 out of 5.")  # the first counts

    seller.send_text("So sorry! What went wrong?", reply_to=alert)
    reply = await wait_text(api, anna.id, "So sorry! What went wrong?")
    assert reply["reply_to_message"]["message_id"] == question["message_id"] and "Sam" not in str(reply)

    seller.send_command("stats")
    report = await wait_text(api, SELLER_ID, "Average service rating")
    assert "• Average service rating (1–5): 2.0 (ratings: 1)" in report["text"]
    tina.send_command("stats")
    await wait_text(api, SELLER2_ID, "• Средняя оценка обслуживания (1–5): 2,0 (оценок: 1)")
    assert len(questions(api, anna.id)) == 1
    alerts = [m for m in api.received(SELLER_ID) if "Low service rating" in text_of(m)]
    assert len(alerts) == 1  # the second tap changed nothing


async def test_csat_command_phrasings(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    for argument, expected in [
        ("", "quiet for 1 day after an answer. /csat off stops it."),
        ("12h", "✅ Buyers will be asked to rate the service once a conversation has been quiet for 12 h"),
        ("off", "The service rating question is off. Planned ones will not be sent."),
        ("", "The service rating question is off. /csat on turns it on again"),
        ("on", "quiet for 12 hours after an answer."),
        ("2d", "quiet for 2 days after an answer."),
        ("sometimes", "Write /csat DURATION (like 24h or 2d), /csat on, /csat off"),
    ]:
        before = len(api.received(SELLER_ID))
        seller.send_command("csat", argument)
        [reply] = (await api.wait_received(SELLER_ID, before + 1))[before:]
        assert expected in reply["text"], (argument, reply["text"])
    buyer = api.user(1001, "Anna")
    buyer.send_command("csat", "off")
    [refused] = await buyer.wait_received(1)
    assert "/csat" in refused["text"] and "rating" not in refused["text"]


async def test_never_to_a_blocked_buyer_and_once_per_conversation(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_command("csat", "1s")
    await wait_text(api, SELLER_ID, "quiet for 1 second after an answer")
    spammer = api.user(1001, "Spam", "Bot")
    await answered(api, spammer, "Buy cheap followers!")
    seller.send_command("block", reply_to=await wait_text(api, SELLER_ID, "Buy cheap followers!"))
    await wait_text(api, SELLER_ID, "blocked #1 Spam Bot")
    ivan = api.user(1002, "Иван", None, None, "ru")
    await answered(api, ivan, "Здравствуйте, шарф есть?")
    question = await wait_text(api, ivan.id, QUESTION_RU)  # due after the spammer's: it ran first
    assert not questions(api, spammer.id)

    ivan.press_button(question, data="cs:2:5")
    await api.wait_for(
        lambda: "Ваша оценка: 5 из 5" in text_of(api.message(ivan.id, question["message_id"]) or {}),
        what="the question shows the score",
    )
    await answered(api, ivan, "А синий есть?")  # the same conversation goes on, and goes quiet
    olga = api.user(1003, "Olga", None, None, "en")
    await answered(api, olga, "Hello, do you ship to Spain?")
    await wait_text(api, olga.id, QUESTION)  # Olga's question was due after Ivan's would have been
    assert len(questions(api, ivan.id)) == 1
    assert not any(QUESTION_RU in text_of(m) for m in api.received(SELLER_ID))  # no alert for a 5
