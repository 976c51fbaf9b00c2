"""The satisfaction question (CSAT): planned when a seller answers, asked once after a quiet spell,
recorded once; a low score alerts every seller."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import AnswerCallbackQuery, CopyMessage, SendMessage
from handlers.core.events import User
from storage.models import Conversation, CsatRating, Message, MessageCopy, Timer
from tests.support.chat import button_data, copy_of, edits, last_text, texts
from tests.support.harness import Harness
from tests.support.users import ANNA, IVAN, SELLER, SELLER2

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
    assert button_data(question) == [f"cs:1:{score}" for score in range(1, 6)]
    assert all(len(data.encode()) <= 64 for data in button_data(question))
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
    assert button_data(questions(shop, ANNA.id)[0])[0] == "cs:2:1"


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


@pytest.mark.parametrize("argument", ["soon", "12h maybe", "0h", "-3d"])
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


def callback_answers(shop: Harness) -> list[AnswerCallbackQuery]:
    return [c for c in shop.api.calls if isinstance(c, AnswerCallbackQuery)]


async def test_a_good_score_is_recorded_thanked_and_shown(shop: Harness) -> None:
    await answered(shop)
    await shop.later(DAY)
    shop.api.calls.clear()
    question = await shop.press(ANNA, "cs:1:5")
    [edit] = edits(shop, ANNA.id)
    assert (
        edit.message_id == question
        and edit.text == "😍 Your rating: 5 out of 5. Thank you for your feedback!"
    )
    assert edit.reply_markup is None  # no buttons left to press
    assert [a.text for a in callback_answers(shop)] == ["Thank you for your rating!"]
    [rating] = await ratings(shop)
    assert (rating.score, rating.answered_by, rating.conversation_id) == (5, SELLER.id, 1)
    assert rating.rated_at == shop.clock()
    assert not texts(shop, SELLER.id) and not texts(shop, SELLER2.id)  # a good score alerts nobody


async def test_a_second_press_keeps_the_first_score(shop: Harness) -> None:
    await answered(shop, IVAN, "Добрый день")
    await shop.later(DAY)
    question = await shop.press(IVAN, "cs:1:4")
    shop.api.calls.clear()
    await shop.press(IVAN, "cs:1:1", message_id=question)  # a second device, a slow network
    shown = shop.api.telegram.chats.message(IVAN.id, question)
    assert shown is not None and shown["text"] == "🙂 Ваша оценка: 4 из 5. Спасибо за отзыв!"
    assert [a.text for a in callback_answers(shop)] == ["Ваша оценка уже сохранена — спасибо!"]
    assert [r.score for r in await ratings(shop)] == [4]
    assert not texts(shop, SELLER.id)  # the 1 did not count: no alert


@pytest.mark.parametrize("data", ["cs:1:9", "cs:1:", "cs:x:3", "cs:99:3", "cs"])
async def test_a_malformed_or_foreign_press_is_answered_and_changes_nothing(shop: Harness, data: str) -> None:
    await answered(shop)
    await shop.later(DAY)
    shop.api.calls.clear()
    await shop.press(ANNA, data)
    assert len(callback_answers(shop)) == 1 and not edits(shop, ANNA.id)
    assert not await ratings(shop)


async def test_someone_elses_question_is_not_theirs_to_rate(shop: Harness) -> None:
    await answered(shop)
    await shop.later(DAY)
    await shop.press(IVAN, "cs:1:1")
    assert not await ratings(shop)


async def test_a_low_score_alerts_every_seller_and_a_reply_reaches_the_buyer(shop: Harness) -> None:
    await answered(shop)
    await shop.later(DAY)
    shop.api.calls.clear()
    question = await shop.press(ANNA, "cs:1:2")
    [alert] = texts(shop, SELLER.id)
    header, *lines = alert.split("\n")
    assert "Anna Smith" in header and "#1" in header
    assert lines == [
        "⭐ Low service rating: 2 out of 5.",
        "Last answer by Sam Seller.",
        "• Is the scarf in stock?",
        "Reply to this message to answer them.",
    ]
    [alert_ru] = texts(shop, SELLER2.id)
    assert "⭐ Низкая оценка обслуживания: 2 из 5." in alert_ru and "Последний ответ: Sam Seller." in alert_ru
    [edit] = edits(shop, ANNA.id)
    assert edit.text.startswith("🙁 Your rating: 2 out of 5.")

    shop.api.calls.clear()
    async with shop.sessions() as s:
        alert_id = (
            await s.execute(
                select(MessageCopy.telegram_message_id)
                .join(Message, Message.id == MessageCopy.message_id)
                .where(Message.kind == "csat", MessageCopy.chat_id == SELLER.id)
            )
        ).scalar_one()
    await shop.send(SELLER, "Sorry! What went wrong?", reply_to=alert_id)
    [answer] = shop.api.to(ANNA.id)
    assert isinstance(answer, CopyMessage) and answer.from_chat_id == SELLER.id  # Sam's reply, anonymously
    assert answer.reply_to_message_id == question  # under the rated question
    async with shop.sessions() as s:
        conversation = await s.get(Conversation, 1)
        assert conversation is not None and conversation.waiting_since is None
    await shop.later(3 * DAY)
    assert not questions(shop, ANNA.id)  # asked once per conversation, even after the new answer


async def test_stats_show_the_average_and_count_of_the_period(shop: Harness) -> None:
    await shop.send(SELLER, "/stats")
    assert "Average service rating (1–5): no ratings yet" in last_text(shop, SELLER.id)
    await answered(shop)
    await answered(shop, IVAN, "Привет")
    await shop.later(DAY)
    await shop.press(ANNA, "cs:1:5")
    await shop.press(IVAN, "cs:2:2")
    await shop.press(IVAN, "cs:2:5")  # a second press does not count
    await shop.later(10 * DAY)
    await answered(shop, ANNA, "Me again")
    await shop.later(DAY)
    await shop.press(ANNA, "cs:3:4")
    await shop.send(SELLER, "/stats")
    assert "• Average service rating (1–5): 3.7 (ratings: 3)" in last_text(shop, SELLER.id)
    await shop.send(SELLER2, "/stats 7d")  # the first two are older than a week
    assert "• Средняя оценка обслуживания (1–5): 4,0 (оценок: 1)" in last_text(shop, SELLER2.id)
