"""The outbox on the real bot (both runtimes): a slow send holds back only its own chat, and a burst
to one seller is paced under Telegram's per-chat limit instead of provoking 429s."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import SELLER2_ID, SELLER_ID
from tests.fakeapi import FakeBotApi

SLOW = 40.0  # seconds the slow send to the first seller takes; the bot gives up on it after 2


def relays_of(api: FakeBotApi, chat_id: int, text: str) -> list[Any]:
    return [c for c in api.calls_to("sendMessage") if c.chat_id == chat_id and text in str(c.params)]


async def test_a_slow_send_holds_back_only_its_own_chat(make_shop: Any) -> None:
    shop = await make_shop(sellers=(SELLER_ID, SELLER2_ID), send_timeout_seconds=2)
    api: FakeBotApi = shop.api
    first, second = api.user(1001, "Anna"), api.user(1002, "Boris")
    api.delay("sendMessage", SLOW, chat_id=SELLER_ID)
    first.send_text("first buyer, slow to the first seller")
    await api.wait_for(lambda: relays_of(api, SELLER_ID, "first buyer"), timeout=5)
    second.send_text("second buyer, still on time")
    # Well before the slow send is answered (or given up on) the other chats have what is theirs; the
    # first seller's chat waits (its messages keep their order).
    await api.wait_for(
        lambda: any("second buyer" in str(m.get("text")) for m in api.received(SELLER2_ID)), timeout=1.5
    )
    await second.wait_received(1, timeout=1.5)  # the thanks to the second buyer
    [slow] = [c for c in relays_of(api, SELLER_ID, "first buyer") if c.note.startswith("delayed")]
    assert slow.finished_at is None  # still in flight meanwhile
    # Given up on after 2 s, it "may have arrived" and is sent again, once; then the first seller's
    # chat goes on in order.
    await api.wait_for(
        lambda: any("second buyer" in str(m.get("text")) for m in api.received(SELLER_ID)), timeout=10
    )
    texts = [str(m.get("text")) for m in api.received(SELLER_ID)]
    assert [t for t in texts if "buyer" in t][-1].endswith("second buyer, still on time")
    assert len(relays_of(api, SELLER_ID, "first buyer")) == 2  # the slow one and one more, not three
    assert len(relays_of(api, SELLER_ID, "second buyer")) == 1


BURST = 20


async def test_a_burst_to_one_seller_is_paced_under_the_per_chat_limit(make_shop: Any) -> None:
    # Telegram-like limits: 1 message per second per chat, 30 overall; the bot's own default pacing.
    shop = await make_shop(chat_send_rate=1.0, chat_send_burst=3)
    api: FakeBotApi = shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_text("hello")
    await api.wait_received(SELLER_ID, 1)
    api.enforce_flood_limits(overall_per_second=30, per_chat_per_second=1, retry_after=1)
    for n in range(BURST):
        buyer.send_text(f"question {n}")
    await api.wait_for(
        lambda: sum("question" in str(m.get("text")) for m in api.received(SELLER_ID)) >= BURST,
        timeout=BURST * 1.5 + 10,
    )
    too_many = [c for c in api.calls if c.chat_id == SELLER_ID and c.status == 429]
    assert len(too_many) <= 3, api.describe()
