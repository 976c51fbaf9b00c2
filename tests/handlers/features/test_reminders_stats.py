"""The reminder before a buyer has waited a day, and /stats against a known history."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import SendPhoto
from handlers.core.events import User
from tests.support.chat import copy_of, last_text, texts
from tests.support.harness import DAY, Harness
from tests.support.scenarios import delivered_order
from tests.support.users import ANNA, IVAN, SELLER, SELLER2

OLGA = User(9, "Olga", None, None, "en")
HOUR = 3600


def reminders(shop: Harness) -> list[str]:
    return [text for text in texts(shop, SELLER.id) if text.startswith("⏰")]


async def test_a_waiting_buyer_is_reminded_once_with_everyone_who_waits(shop: Harness) -> None:
    await shop.send(ANNA, "Is the scarf in stock?")
    await shop.later(5 * HOUR)
    await shop.send(IVAN, "Здравствуйте!")
    shop.api.calls.clear()
    await shop.later(15 * HOUR - 1)
    assert not reminders(shop)
    await shop.later(1)
    [reminder] = reminders(shop)
    assert reminder.startswith(
        "⏰ 2 buyers are waiting for an answer, one of them for 20 hours or longer; "
        "the longest wait is 20 hours."
    )
    assert "⏰ #1 Anna Smith — 20 hours" in reminder
    assert "• #2 Иван — 15 hours" in reminder
    await shop.later(5 * HOUR)  # Ivan's own 20 hours: reminded of him, not of Anna again
    second = reminders(shop)[-1]
    assert len(reminders(shop)) == 2
    assert second.startswith("⏰ 2 buyers have waited 20 hours or longer for an answer")
    assert "⏰ #2 Иван — 20 hours" in second and "⏰ #1 Anna Smith — 1 day 1 hour" in second
    await shop.later(3 * DAY)
    assert len(reminders(shop)) == 2


async def test_waits_are_floored_not_rounded_up_to_a_day(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2))
    await shop.start()
    await shop.send(SELLER2, "/help")  # Tina has written: her language is known
    await shop.send(SELLER, "/remind 21h")
    await shop.send(ANNA, "Hello?")
    await shop.later(21 * HOUR + 59 * 60)  # the timer is late: 21 h 59 min is still not a day
    [reminder] = reminders(shop)
    assert reminder.startswith("⏰ A buyer has been waiting 21 hours 59 minutes for an answer.")
    assert "⏰ #1 Anna Smith — 21 hours 59 minutes" in reminder
    assert "day" not in reminder
    [russian] = [t for t in texts(shop, SELLER2.id) if t.startswith("⏰")]
    assert russian.startswith("⏰ Покупатель ждёт ответа уже 21 час 59 минут.")
    assert "— 21 час 59 минут" in russian and "день" not in russian


async def test_after_a_week_every_long_wait_is_counted_and_the_longest_named(shop: Harness) -> None:
    await shop.send(ANNA, "Hello?")
    await shop.send(IVAN, "Здравствуйте!")
    await shop.later(20 * HOUR)
    assert len(reminders(shop)) == 1  # both reminded of at once
    await shop.later(6 * DAY - 20 * HOUR)
    await shop.send(OLGA, "Anyone there?")
    await shop.later(20 * HOUR)  # Olga's wait is new; Anna's and Ivan's were reminded of already
    latest = reminders(shop)[-1]
    assert latest.startswith(
        "⏰ 3 buyers have waited 20 hours or longer for an answer; the longest wait is 6 days 20 hours."
    )
    assert "⏰ #1 Anna Smith — 6 days 20 hours" in latest and "⏰ #3 Olga — 20 hours" in latest


async def test_an_answer_in_time_means_no_reminder_and_a_new_wait_a_new_one(shop: Harness) -> None:
    await shop.send(ANNA, "Hello?")
    await shop.later(10 * HOUR)
    await shop.send(SELLER, "Hi Anna!", reply_to=await copy_of(shop, "Hello?", SELLER.id))
    await shop.later(DAY)
    assert not reminders(shop)
    await shop.send(ANNA, "One more thing")
    await shop.later(20 * HOUR)
    assert len(reminders(shop)) == 1


async def test_remind_setting(shop: Harness) -> None:
    await shop.send(SELLER, "/remind")
    assert "20 hours" in last_text(shop, SELLER.id)
    await shop.send(ANNA, "Hello?")
    await shop.send(SELLER, "/remind 1h")  # the waiting conversation follows the new delay
    await shop.later(HOUR)
    assert len(reminders(shop)) == 1
    await shop.send(SELLER, "/remind off")
    await shop.send(IVAN, "Привет")
    await shop.later(2 * DAY)
    assert len(reminders(shop)) == 1
    await shop.send(SELLER, "/remind sometimes")
    assert "/remind DURATION" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/remind 20 hours")
    assert "20 hours" in last_text(shop, SELLER.id)


async def test_remind_in_the_sellers_words(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER2,))
    await shop.start()
    await shop.send(SELLER2, "/remind 20 часов")
    assert "20 часов" in last_text(shop, SELLER2.id)
    await shop.send(SELLER2, "/remind 1 день")
    assert "1 день" in last_text(shop, SELLER2.id)
    await shop.send(SELLER2, "/remind")
    assert "1 день" in last_text(shop, SELLER2.id)


async def test_no_reminder_during_a_vacation(shop: Harness) -> None:
    await shop.send(SELLER, "/vacation on until 3d")
    await shop.send(ANNA, "Hello?")
    await shop.later(DAY)
    assert not reminders(shop)


async def test_stats_match_a_known_history(shop: Harness) -> None:
    # Anna: answered after 2 hours. Ivan: answered after 30 hours. Olga: still waiting, 1 hour old.
    await shop.send(ANNA, "Q1")
    await shop.later(2 * HOUR)
    await shop.send(SELLER, "A1", reply_to=await copy_of(shop, "Q1", SELLER.id))
    await shop.send(IVAN, "Q2")
    await shop.send(IVAN, "Q2 again")
    await shop.later(30 * HOUR)
    await shop.send(SELLER, "A2", reply_to=await copy_of(shop, "Q2", SELLER.id))
    await shop.send(ANNA, "/subscribe")
    await shop.send(IVAN, "/stop")
    await delivered_order(shop, ANNA, "A-1")
    await shop.later(3 * DAY)
    await shop.press(ANNA, "fu:problem:1", message_id=30)
    await shop.send(OLGA, "Q3")
    await shop.later(HOUR)
    await shop.send(SELLER, "/stats")
    report = last_text(shop, SELLER.id)
    # Conversations: Anna's first, Ivan's, Anna's second (about A-1, still unanswered when she reports
    # the problem, so the report belongs to it), Olga's.
    assert "• 4 conversations" in report
    assert "• 5 messages from buyers" in report  # Q1, Q2, Q2 again, "Hello, I ordered A-1", Q3
    assert "Median time to the first answer: 16 hr" in report  # median of 2 h and 30 h
    # Judged: Anna (2 h, yes), Ivan (30 h, no), Anna's second (open 3 days, unanswered: no), Olga
    # (open 1 hour, unanswered: too early to judge).
    assert "within 24 hours: 33% (1 of 3" in report
    assert "Waiting for an answer now: 2" in report
    assert "Follow-ups: 1 sent, 0 all good, 1 problems" in report
    assert "Agreed to offers: 50% (1 of 2" in report
    assert "Coupons sent: 0, failed: 0" in report
    await shop.send(SELLER, "/stats 1h")
    assert "• 1 conversation\n" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/stats forever")
    assert "/stats 7d" in last_text(shop, SELLER.id)
    for period, label in [
        ("week", "7 days"),
        ("1y", "365 days"),
        ("2 weeks", "14 days"),
        ("month", "30 days"),
    ]:
        await shop.send(SELLER, f"/stats {period}")
        assert f"The last {label}" in last_text(shop, SELLER.id) and "• 4 conversations" in last_text(
            shop, SELLER.id
        ), period


async def test_stats_chart_is_a_real_png(shop: Harness) -> None:
    await shop.send(ANNA, "Q1")
    await shop.later(2 * HOUR)
    await shop.send(SELLER, "A1", reply_to=await copy_of(shop, "Q1", SELLER.id))
    await shop.send(SELLER, "/stats chart week")
    [photo] = [c for c in shop.api.to(SELLER.id) if isinstance(c, SendPhoto)]
    assert photo.png.startswith(b"\x89PNG\r\n\x1a\n") and len(photo.png) > 5000
    assert "the last 7 days" in (photo.caption or "")
