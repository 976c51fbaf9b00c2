"""The satisfaction question (CSAT): planned when a seller answers, asked once after a quiet spell,
recorded once; a low score alerts every seller."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.effects import AnswerCallbackQuery, BotEffect, EditMessageText, SendMessage
from handlers.events import User
from storage.models import Conversation, CsatRating, Timer
from tests.handlers.harness import SELLER, SELLER2, Harness
from tests.handlers.test_blocking import copy_of, last_text, texts

ANNA = User(7, "Anna", "Smith", "anna", "en")
IVAN = User(8, "Иван", None, None, "ru")
HOUR = 3600
DAY = 24 * HOUR
QUESTION = "how was our service?"


@pytest.fixture
async def shop(engine: AsyncEngine) -> Harness:
    harness = Harness(engine, sellers=(SELLER, SELLER2))
    await harness.start()
    await harness.send(SELLER2, "/help")  # Tina has written: her language (ru) is known
    harness.api.calls.clear()
    return harness


def questions(shop: Harness, chat_id: int) -> list[SendMessage]:
    return [c for c in shop.api.to(chat_id) if isinstance(c, SendMessage) and c.reply_markup]


def buttons(effect: BotEffect) -> list[str]:
    markup: Any = getattr(effect, "reply_markup", None) or {"inline_keyboard": []}
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


async def answered(shop: Harness, buyer: User = ANNA, text: str = "Is the scarf in stock?") -> None:
    """``buyer`` writes, Sam answers by reply; the calls are cleared."""
    await shop.send(buyer, text)
    await shop.send(SELLER, "Yes, it is!", reply_to=await copy_of(shop, text, SELLER.id))
    shop.api.calls.clear()


async def ratings(shop: Harness) -> list[CsatRating]:
    async with shop.sessions() as s:
        return list((await s.execute(select(CsatRating))).scalars().all())


async def test_asked_once_after_a_quiet_day_in_the_buyers_language(shop: Harness) -> None:
    await answered(shop, IVAN, "Здравствуйте, шарф есть в наличии?")
    await shop.later(DAY - 1)
    assert not questions(shop, IVAN.id)
    await shop.later(1)
    [question] = questions(shop, IVAN.id)
    assert question.text.startswith("Knit Shop: как вам наше обслуживание?")
    assert buttons(question) == [f"cs:1:{score}" for score in range(1, 6)]
    assert all(len(data.encode()) <= 64 for data in buttons(question))
    await shop.later(7 * DAY)
    assert len(questions(shop, IVAN.id)) == 1


async def test_a_buyer_who_writes_again_moves_the_question_and_is_asked_once(shop: Harness) -> None:
    await shop.send(SELLER, "/csat 12h")
    await answered(shop)
    await shop.later(10 * HOUR)
    await shop.send(ANNA, "And in blue?")  # the conversation is alive again: no question yet
    await shop.later(12 * HOUR)
    assert not questions(shop, ANNA.id)
    await shop.send(SELLER, "Blue too.", reply_to=await copy_of(shop, "And in blue?", SELLER.id))
    await shop.later(12 * HOUR - 1)
    assert not questions(shop, ANNA.id)
    await shop.later(1)
    assert len(questions(shop, ANNA.id)) == 1
    await shop.later(HOUR)
    await shop.send(ANNA, "Thanks!")  # still the same conversation, asked already: never again
    await shop.send(SELLER, "You're welcome", reply_to=await copy_of(shop, "Thanks!", SELLER.id))
    await shop.later(3 * DAY)
    assert len(questions(shop, ANNA.id)) == 1


async def test_a_new_conversation_is_asked_again(shop: Harness) -> None:
    await answered(shop)
    await shop.later(DAY)
    await shop.later(2 * DAY)
    await answered(shop, ANNA, "Another question")  # days later: a new conversation
    await shop.later(DAY)
    assert buttons(questions(shop, ANNA.id)[0])[0] == "cs:2:1"


async def test_never_to_a_blocked_buyer(shop: Harness) -> None:
    await answered(shop)
    await shop.send(SELLER, "/block", reply_to=await copy_of(shop, "Is the scarf in stock?", SELLER.id))
    await shop.later(2 * DAY)
    assert not questions(shop, ANNA.id)


async def test_skipped_during_a_vacation_and_planned_again_by_a_later_answer(shop: Harness) -> None:
    await answered(shop)
    await shop.send(SELLER, "/vacation on until 2d")
    await shop.later(DAY)
    assert not questions(shop, ANNA.id)
    await shop.later(DAY)  # the vacation is over; the skipped question is not sent late
    assert not questions(shop, ANNA.id)
    await shop.send(ANNA, "Back?")
    await shop.send(SELLER, "Back!", reply_to=await copy_of(shop, "Back?", SELLER.id))
    await shop.later(DAY)
    assert len(questions(shop, ANNA.id)) == 1


async def test_csat_setting(shop: Harness) -> None:
    await shop.send(SELLER, "/csat")
    assert "quiet for 1 day" in last_text(shop, SELLER.id)
    await answered(shop)
    await shop.send(SELLER, "/csat 12h")  # the planned question follows the new delay
    assert "quiet for 12 hours" in last_text(shop, SELLER.id)
    await shop.later(12 * HOUR)
    assert len(questions(shop, ANNA.id)) == 1
    await shop.send(SELLER, "/csat off")
    assert last_text(shop, SELLER.id).startswith("The service rating question is off.")
    await answered(shop, IVAN, "Привет")
    await shop.later(3 * DAY)
    assert not questions(shop, IVAN.id)
    await shop.send(SELLER, "/csat")
    assert "/csat on" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/csat on")  # back to the delay in force before "off"
    assert "quiet for 12 hours" in last_text(shop, SELLER.id)
    await shop.send(SELLER2, "/csat 2d")
    assert "2 дня" in last_text(shop, SELLER2.id)
    async with shop.sessions() as s:
        assert (await s.execute(select(Timer).where(Timer.kind == "csat"))).first() is None


@pytest.mark.parametrize("argument", ["soon", "12h 2d", "0h", "-3d"])
async def test_csat_bad_input_explains_and_changes_nothing(shop: Harness, argument: str) -> None:
    await shop.send(SELLER, f"/csat {argument}")
    assert last_text(shop, SELLER.id).startswith("Write /csat DURATION")
    await shop.send(SELLER, "/csat")
    assert "quiet for 1 day" in last_text(shop, SELLER.id)


async def test_csat_is_for_sellers_only(shop: Harness) -> None:
    await shop.send(ANNA, "/csat off")
    assert "/csat" in last_text(shop, ANNA.id) and "off" not in last_text(shop, ANNA.id).split("/csat")[1]
    await shop.send(SELLER, "/csat")
    assert "quiet for 1 day" in last_text(shop, SELLER.id)


async def test_csat_is_in_help_and_the_seller_menu(shop: Harness) -> None:
    await shop.send(SELLER, "/help")
    assert "/csat — Service rating question for buyers" in last_text(shop, SELLER.id)
    await shop.send(SELLER2, "/help")
    assert "/csat — Вопрос покупателям об оценке обслуживания" in last_text(shop, SELLER2.id)
