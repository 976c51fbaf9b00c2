"""Poison updates: kept with their raw JSON and error, the sender asked once to resend, the sellers told
in one digest an hour at most."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from handlers.core.events import User
from storage.models import DeadLetter
from tests.support.chat import texts
from tests.support.harness import Harness
from tests.support.scenarios import blocked_anna
from tests.support.users import ANNA, IVAN, SELLER, SELLER2

HOUR = 3600


def poison(update_id: int, user: User | None, **extra: Any) -> dict[str, Any]:
    """A message whose ``date`` is text: neither library nor our parser can read it."""
    message: dict[str, Any] = {"message_id": 1, "date": "yesterday", "text": "poison", **extra}
    if user is not None:
        message["chat"] = {"id": user.id, "type": "private"}
        message["from"] = {
            "id": user.id,
            "is_bot": False,
            "first_name": user.first_name,
            "language_code": user.language_code,
        }
    return {"update_id": update_id, "message": message}


async def kept(shop: Harness) -> list[DeadLetter]:
    async with shop.sessions() as session:
        return list(await session.scalars(select(DeadLetter).order_by(DeadLetter.id)))


async def dead_letter(shop: Harness, update: dict[str, Any]) -> None:
    """Telegram delivered ``update`` from its sender's chat (so that chat exists), and it cannot be read."""
    sent = update.get("message") or update.get("callback_query") or {}
    if "from" in sent:
        shop.api.open_chats(sent["from"]["id"])
    await shop.core.dead_letter(update, TypeError("date is not a number"))
    await shop.settle()


def digests(shop: Harness, chat_id: int) -> list[str]:
    return [t for t in texts(shop, chat_id) if "could not be read and" in t or "не удалось прочитать" in t]


async def test_a_poison_update_is_kept_whole_with_its_error(shop: Harness) -> None:
    await shop.start()
    update = poison(900, ANNA)
    await dead_letter(shop, update)
    [row] = await kept(shop)
    assert json.loads(row.raw) == update
    assert row.update_id == 900 and row.chat_id == ANNA.id
    assert "TypeError: date is not a number" in row.error


async def test_the_sender_is_asked_to_resend_in_their_language_once_in_ten_minutes(shop: Harness) -> None:
    await shop.start()
    await dead_letter(shop, poison(900, IVAN))
    [asked] = texts(shop, IVAN.id)
    assert asked.startswith("⚠️ Извините, ваше последнее сообщение не удалось прочитать")
    await shop.later(60)
    await dead_letter(shop, poison(901, IVAN))
    assert len(texts(shop, IVAN.id)) == 1  # a storm of them is one request
    await shop.later(10 * 60)
    await dead_letter(shop, poison(902, IVAN))
    assert len(texts(shop, IVAN.id)) == 2


async def test_sellers_get_one_digest_an_hour_with_a_count_and_the_senders(shop: Harness) -> None:
    await shop.send(ANNA, "Hello")  # Anna is buyer #1
    shop.api.calls.clear()
    await dead_letter(shop, poison(900, ANNA))
    [first] = digests(shop, SELLER.id)
    assert first.startswith("⚠️ One update from Telegram could not be read and was skipped (the first at ")
    assert "From: #1 Anna Smith. Each sender was asked" in first
    assert "`sellerbot dead-letters` lists them" in first
    for n in range(3):
        await shop.later(60)
        await dead_letter(shop, poison(901 + n, IVAN if n else None))
    assert len(digests(shop, SELLER.id)) == 1  # the next one waits for the hour
    await shop.later(HOUR - 3 * 60 - 1)
    assert len(digests(shop, SELLER.id)) == 1
    await shop.later(1)
    second = digests(shop, SELLER.id)[-1]
    assert second.startswith("⚠️ 3 updates from Telegram could not be read and were skipped")
    assert "From: Иван." in second  # not a buyer yet: the name Telegram sent; the chat-less one unnamed
    await shop.later(5 * HOUR)
    assert len(digests(shop, SELLER.id)) == 2  # nothing new, nothing said


async def test_every_seller_is_told_in_their_language(engine: Any) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2))
    await shop.start()
    await dead_letter(shop, poison(900, None))
    assert len(digests(shop, SELLER.id)) == len(digests(shop, SELLER2.id)) == 1
    assert not texts(shop, ANNA.id)


async def test_the_same_update_delivered_again_is_kept_and_told_once(shop: Harness) -> None:
    await shop.start()
    await dead_letter(shop, poison(900, ANNA))
    await dead_letter(shop, poison(900, ANNA))  # Telegram served it again after a crash
    assert len(await kept(shop)) == 1
    assert len(texts(shop, ANNA.id)) == 1
    assert len(digests(shop, SELLER.id)) == 1


async def test_a_blocked_buyer_is_not_asked(shop: Harness) -> None:

    await blocked_anna(shop)
    await dead_letter(shop, poison(900, ANNA))
    assert not texts(shop, ANNA.id)
    assert len(digests(shop, SELLER.id)) == 1


async def test_a_pressed_button_that_cannot_be_read_asks_the_presser(shop: Harness) -> None:
    await shop.start()
    update = {"update_id": 900, "callback_query": {"id": 5, "from": {"id": ANNA.id, "first_name": "Anna"}}}
    await dead_letter(shop, update)
    [asked] = texts(shop, ANNA.id)
    assert asked.startswith("⚠️ Sorry, your last message could not be read")


async def test_dead_letters_are_forgotten_after_thirty_days(shop: Harness) -> None:
    await shop.start()
    await dead_letter(shop, poison(900, ANNA))
    shop.clock.advance(30 * 24 * HOUR - 1)
    await shop.ticker.clean_up()
    assert len(await kept(shop)) == 1
    shop.clock.advance(2)
    await shop.ticker.clean_up()
    assert not await kept(shop)
