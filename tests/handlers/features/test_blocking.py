"""Blocking buyers: /block as a reply, /unblock, /blocked."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import SendMessage
from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from storage.models import Buyer, Message
from tests.support.chat import copy_of, last_text, sent_id, texts
from tests.support.harness import Harness
from tests.support.scenarios import blocked_anna
from tests.support.users import ANNA, IVAN, SELLER, SELLER2

t = Translator(CATALOG_DIR)


@pytest.fixture
async def shop(engine: AsyncEngine) -> Harness:
    harness = Harness(engine, sellers=(SELLER, SELLER2))
    await harness.start()
    await harness.send(SELLER2, "/help")  # Tina has written: her name and language are known
    harness.api.calls.clear()
    return harness


async def buyer_row(shop: Harness, telegram_id: int) -> Buyer:
    async with shop.sessions() as s:
        return (await s.execute(select(Buyer).where(Buyer.telegram_id == telegram_id))).scalar_one()


async def test_block_as_a_reply_tells_every_seller_and_not_the_buyer(shop: Harness) -> None:
    await shop.send(ANNA, "Buy cheap followers!")
    before = len(shop.api.to(ANNA.id))
    await shop.send(SELLER, "/block", reply_to=sent_id(shop, SELLER.id, 0))
    done = t("en", "block-done", seller="Sam Seller", number="1", name="Anna Smith")
    assert last_text(shop, SELLER.id) == done
    # in Tina's language
    assert "#1 Anna Smith заблокирован продавцом Sam Seller" in last_text(shop, SELLER2.id)
    assert len(shop.api.to(ANNA.id)) == before
    buyer = await buyer_row(shop, ANNA.id)
    assert buyer.blocked_at == shop.clock.now and buyer.blocked_by == SELLER.id


async def test_a_blocked_buyers_messages_are_stored_not_relayed_and_not_acknowledged(shop: Harness) -> None:
    await blocked_anna(shop)
    await shop.send(ANNA, "Hello??")
    shop.clock.advance(25 * 3600)  # even a new conversation gets no acknowledgement
    await shop.send(ANNA, "Still there?")
    assert shop.api.calls == []
    async with shop.sessions() as s:
        statuses = (await s.execute(select(Message.text, Message.status).order_by(Message.id))).all()
    assert statuses[-2:] == [("Hello??", "blocked"), ("Still there?", "blocked")]


async def test_other_buyers_are_still_relayed(shop: Harness) -> None:
    await blocked_anna(shop)
    await shop.send(IVAN, "Привет")
    assert any(text.endswith("Привет") for text in texts(shop, SELLER.id))


async def test_block_works_as_a_reply_to_a_teammates_note_too(shop: Harness) -> None:
    await shop.send(ANNA, "Hi")
    await shop.send(SELLER, "Hello Anna", reply_to=sent_id(shop, SELLER.id, 0))
    note = shop.api.to(SELLER2.id)[-1]  # Tina sees Sam's answer
    assert isinstance(note, SendMessage) and note.text.startswith("✅ Ответ продавца Sam Seller")
    await shop.send(SELLER2, "/block", reply_to=await copy_of(shop, "Hello Anna", SELLER2.id))
    assert (await buyer_row(shop, ANNA.id)).blocked_by == SELLER2.id


@pytest.mark.parametrize("command", ["/block", "/block #1", "/block 1"])
async def test_block_not_as_a_reply_explains_the_right_form(shop: Harness, command: str) -> None:
    await shop.send(ANNA, "Hi")
    await shop.send(SELLER, command)
    assert last_text(shop, SELLER.id) == t("en", "block-usage")
    assert (await buyer_row(shop, ANNA.id)).blocked_at is None


async def test_block_as_a_reply_to_a_message_of_no_buyer_explains_the_right_form(shop: Harness) -> None:
    await shop.send(SELLER, "/help")
    help_id = sent_id(shop, SELLER.id, 0)  # the bot's help message: no buyer behind it
    await shop.send(SELLER, "/block", reply_to=help_id)
    assert last_text(shop, SELLER.id) == t("en", "block-usage")


async def test_blocking_twice_says_who_blocked_and_since_when(shop: Harness) -> None:
    await blocked_anna(shop)
    await shop.send(SELLER2, "/block", reply_to=await copy_of(shop, "Buy cheap followers!", SELLER2.id))
    text = last_text(shop, SELLER2.id)
    assert text.startswith("Покупатель #1 Anna Smith уже в списке заблокированных")
    assert "Sam Seller" in text and "2026" in text
    assert (await buyer_row(shop, ANNA.id)).blocked_by == SELLER.id


async def test_unblock_as_a_reply_relays_again(shop: Harness) -> None:
    await blocked_anna(shop)
    await shop.send(ANNA, "while blocked")
    await shop.send(SELLER, "/unblock", reply_to=sent_id(shop, SELLER.id, 0))
    done = t("en", "unblock-done", seller="Sam Seller", number="1", name="Anna Smith")
    assert last_text(shop, SELLER.id) == done
    assert "#1 Anna Smith разблокирован продавцом Sam Seller" in last_text(shop, SELLER2.id)
    assert texts(shop, ANNA.id) == []  # told nothing either way
    await shop.send(ANNA, "back again")
    assert last_text(shop, SELLER.id).endswith("back again")
    assert not any("while blocked" in text for text in texts(shop, SELLER.id))


@pytest.mark.parametrize("argument", ["#1", "1"])
async def test_unblock_by_number(shop: Harness, argument: str) -> None:
    await blocked_anna(shop)
    await shop.send(SELLER2, f"/unblock {argument}")
    assert (await buyer_row(shop, ANNA.id)).blocked_at is None
    assert "Tina" in last_text(shop, SELLER.id)


async def test_unblock_of_an_unknown_number(shop: Harness) -> None:
    await shop.send(SELLER, "/unblock #42")
    assert last_text(shop, SELLER.id) == t("en", "unblock-unknown", number="42")


@pytest.mark.parametrize("command", ["/unblock", "/unblock anna", "/unblock #1 #2", "/unblock #"])
async def test_malformed_unblock_explains_the_right_form(shop: Harness, command: str) -> None:
    await blocked_anna(shop)
    await shop.send(SELLER, command)
    assert last_text(shop, SELLER.id) == t("en", "unblock-usage")
    assert (await buyer_row(shop, ANNA.id)).blocked_at is not None


async def test_unblocking_a_buyer_who_is_not_blocked(shop: Harness) -> None:
    await shop.send(ANNA, "Hi")
    await shop.send(SELLER, "/unblock #1")
    assert last_text(shop, SELLER.id) == t("en", "unblock-not-blocked", number="1", name="Anna Smith")


async def test_blocked_lists_number_name_since_and_by_whom(shop: Harness) -> None:
    await shop.send(SELLER, "/blocked")
    assert last_text(shop, SELLER.id) == t("en", "blocked-none")
    await blocked_anna(shop)
    await shop.send(IVAN, "spam")
    shop.clock.advance(3600)
    await shop.send(SELLER2, "/block", reply_to=await copy_of(shop, "spam", SELLER2.id))
    await shop.send(SELLER, "/blocked")
    header, anna, ivan, _, footer = last_text(shop, SELLER.id).split("\n")
    assert header == "🚫 2 blocked buyers:"
    # No zone given with /hours: UTC, said compactly, and no seconds.
    assert anna == "#1 Anna Smith · since Sun, Nov 1, 2026, 12:00\u202fPM UTC · by Sam Seller"
    assert ivan == "#2 Иван · since Sun, Nov 1, 2026, 1:00\u202fPM UTC · by Tina"
    assert footer == t("en", "blocked-footer")


async def test_blocked_shows_times_in_the_shops_zone(shop: Harness) -> None:
    await shop.send(SELLER, "/hours Mon-Fri 09:00-18:00 Europe/Moscow")
    await blocked_anna(shop)
    await shop.send(SELLER, "/blocked")
    assert "· since Sun, Nov 1, 2026, 3:00\u202fPM MSK ·" in last_text(shop, SELLER.id)
    await shop.send(SELLER2, "/blocked")
    assert "· с вс, 1 нояб. 2026\u202fг., 15:00 MSK ·" in last_text(shop, SELLER2.id)
