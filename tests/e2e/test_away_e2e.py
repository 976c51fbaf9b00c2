"""Vacation and business hours through the real bot (both runtimes) on the fake Telegram."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.e2e.conftest import SELLER2_ID, SELLER_ID, Shop
from tests.support.waiting import text_of

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def a_day_far_from_today() -> str:
    """A weekday three days off in UTC: a whole-day range on it is closed now, whatever the hour."""
    return DAYS[(datetime.now(UTC).weekday() + 3) % 7]


async def test_a_vacation_ends_by_itself_with_its_summary(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_command("vacation", "on until 2s")
    [confirmation] = await seller.wait_received(1)
    assert "Vacation is on until" in text_of(confirmation)
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_text("Is the blue scarf in stock?")
    await seller.wait_received(2)
    buyer.send_text("Hello?")
    relayed = await seller.wait_received(3)
    assert text_of(relayed[-1]).endswith("Hello?")  # still relayed during the vacation
    [auto] = await buyer.wait_received(1)
    assert "Knit Shop is on vacation until" in text_of(auto)
    received = await seller.wait_received(4, timeout=10)
    summary = text_of(received[-1])
    assert "The vacation is over" in summary
    assert "While you were away, 1 buyer sent 2 messages." in summary
    assert (
        "1 conversation is still waiting for an answer:" in summary and "#1 Anna Smith — waiting" in summary
    )
    assert len(buyer.received()) == 1  # one auto-response for two messages


async def test_outside_business_hours_one_away_reply_says_when_the_shop_opens(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    day = a_day_far_from_today()
    seller.send_command("hours", f"{day} 00:00-24:00 UTC")
    [saved] = await seller.wait_received(1)
    assert "Business hours saved" in text_of(saved) and "Closed now" in text_of(saved)
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_text("Hi")
    [away] = await buyer.wait_received(1)
    assert "Knit Shop is closed right now" in text_of(away)
    assert f"We open again on {day}, " in text_of(away) and " UTC." in text_of(away)
    assert "Coordinated Universal Time" not in text_of(away)  # the zone compactly
    buyer.send_text("Anyone?")
    await seller.wait_received(3)  # both relayed
    seller.send_command("hours")  # a round trip through the bot before looking at the buyer's chat
    await seller.wait_received(4)
    assert len(buyer.received()) == 1  # once per conversation a day


async def test_a_seller_answer_holds_back_the_away_reply(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    bob = api.user(1002, "Bob")
    bob.send_text("Do you ship to Spain?")
    [relayed] = await seller.wait_received(1)
    seller.send_text("Yes, we do!", reply_to=relayed)
    await bob.wait_received(2)  # the acknowledgement, then the answer
    seller.send_command("hours", f"{a_day_far_from_today()} 00:00-24:00 UTC")
    await seller.wait_received(2)
    bob.send_text("Great, thanks!")  # closed now, but a seller answered Bob a moment ago
    anna = api.user(1001, "Anna")
    anna.send_text("Hi")  # closed now, and nobody answered Anna
    [away] = await anna.wait_received(1)
    assert "closed right now" in text_of(away)
    await seller.wait_received(4)  # Bob's and Anna's messages, relayed
    seller.send_command("hours")
    await seller.wait_received(5)
    assert [text_of(m) for m in bob.received()][-1] == "Yes, we do!"


async def test_how_the_vacations_end_is_written(shop: Shop) -> None:
    """A leading date or duration is the end (never the buyers' message); ``until`` takes dates in
    both forms and "tomorrow"; anything else after ``until`` is refused and changes nothing."""
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    next_year = datetime.now(UTC).year + 1
    answers = 0

    async def ask(argument: str) -> str:
        nonlocal answers
        seller.send_command("vacation", argument)
        answers += 1
        return text_of((await seller.wait_received(answers))[-1])

    assert "Vacation is on until" in await ask("on 3d")
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_text("Hi")
    [auto] = await buyer.wait_received(1)
    assert "Knit Shop is on vacation until" in text_of(auto)  # the shop's words, not "3d"
    answers += 1  # Anna's message, relayed
    await seller.wait_received(answers)
    assert f"until Dec 31, {next_year};" in await ask(f"on {next_year}-12-31")
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)  # the shop's zone is UTC by default
    assert f"until {tomorrow:%b} {tomorrow.day}, {tomorrow.year};" in await ask("on until tomorrow")
    assert f"until Dec 31, {next_year};" in await ask(f"on until 31.12.{next_year}")
    refused = await ask("on until blah Back soon")
    assert refused.startswith("“blah” is not a date or a duration.") and "Nothing was changed." in refused
    assert (await ask("on until 2026-02-30")).startswith("There is no such date: 2026-02-30.")
    status = await ask("")
    assert f"until Dec 31, {next_year}" in status and "not written your own vacation text" in status


async def test_the_sellers_text_goes_to_buyers_in_their_language_and_the_rest_get_the_standard(
    make_shop: Any,
) -> None:
    """A Russian-speaking seller's text reaches the Russian buyer; the English buyer gets the shop's
    standard text in English, as the confirmation says."""
    shop: Shop = await make_shop(sellers=(SELLER_ID, SELLER2_ID))
    api = shop.api
    tina = api.user(SELLER2_ID, "Тина", None, None, "ru")
    tina.send_command("vacation", "on until tomorrow Мы в отпуске, ответим завтра")
    [confirmation] = await tina.wait_received(1)
    said = text_of(confirmation)
    assert "пишут на вашем языке (русский), получат ваш текст:\n\nМы в отпуске, ответим завтра" in said
    assert "Покупатели, которые пишут на других языках, получат стандартный текст на своём языке." in said
    ivan = api.user(1001, "Иван", None, None, "ru")
    anna = api.user(1002, "Anna", "Smith", "anna", "en")
    ivan.send_text("Здравствуйте")
    anna.send_text("Hello")
    [to_ivan] = await ivan.wait_received(1)
    [to_anna] = await anna.wait_received(1)
    assert text_of(to_ivan) == "Мы в отпуске, ответим завтра"
    assert text_of(to_anna).startswith("🏖 Knit Shop is on vacation until ")
