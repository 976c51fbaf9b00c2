"""The outbox sender: per-chat order, no double sends across processes, leases, clean stop."""

from __future__ import annotations

import asyncio
import time

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import Outgoing, SendMessage
from handlers.core.outbox import persist_effects
from scheduler.outbox import OutboxSender, backoff
from scheduler.pacing import RateLimiter
from storage.db import session_factory
from storage.models import OutboxItem
from tests.support.harness import FakeClock, Harness, RecordingApi


async def queue(engine: AsyncEngine, clock: FakeClock, chats: int, per_chat: int) -> None:
    effects = [
        Outgoing(SendMessage(chat, f"{chat}:{n}")) for n in range(per_chat) for chat in range(1, chats + 1)
    ]
    async with session_factory(engine)() as session, session.begin():
        await persist_effects(session, effects, clock())


async def test_two_senders_on_one_database_send_each_row_once_in_chat_order(engine: AsyncEngine) -> None:
    first, second = Harness(engine), Harness(engine)  # two bot processes sharing the database
    api = RecordingApi()
    first.sender.api = second.sender.api = api
    second.clock = first.clock
    second.sender.clock = first.clock
    await queue(engine, first.clock, chats=10, per_chat=6)

    async def drain(sender: OutboxSender) -> None:
        while await sender.drain_once():
            pass

    await asyncio.gather(drain(first.sender), drain(second.sender))
    texts = [c.text for c in api.calls]  # type: ignore[union-attr]
    assert sorted(texts) == sorted(f"{c}:{n}" for c in range(1, 11) for n in range(6))
    for chat in range(1, 11):
        in_chat = [t for t in texts if t.startswith(f"{chat}:")]
        assert in_chat == [f"{chat}:{n}" for n in range(6)]


async def test_a_crashed_senders_lease_expires_and_the_row_goes_out(engine: AsyncEngine) -> None:
    shop = Harness(engine)
    await queue(engine, shop.clock, chats=1, per_chat=1)
    async with shop.sessions() as session, session.begin():  # a sender claims it, then dies
        from storage.outbox import claim_outbox

        assert len(await claim_outbox(session, shop.clock(), 10)) == 1
    assert await shop.sender.drain_once() == 0  # leased: not taken twice
    shop.clock.advance(31)
    assert await shop.sender.drain_once() == 1
    assert len(shop.api.calls) == 1


async def test_stop_finishes_sends_under_way_and_keeps_the_rest(engine: AsyncEngine) -> None:
    shop = Harness(engine)
    started = asyncio.Event()
    release = asyncio.Event()

    class SlowApi(RecordingApi):
        async def execute(self, effect):  # type: ignore[no-untyped-def]
            started.set()
            await release.wait()
            return await super().execute(effect)

    shop.sender.api = api = SlowApi()
    await queue(engine, shop.clock, chats=1, per_chat=3)
    shop.sender.start()
    shop.sender.kick()
    await started.wait()
    stopping = asyncio.create_task(shop.sender.stop())
    await asyncio.sleep(0.05)
    assert not stopping.done()  # waits for the send under way
    release.set()
    await stopping
    assert len(api.calls) == 1
    async with shop.sessions() as session:
        statuses = (await session.execute(select(OutboxItem.status).order_by(OutboxItem.id))).scalars()
        assert list(statuses) == ["sent", "pending", "pending"]


def test_backoff_grows_and_is_capped() -> None:
    assert 0.8 <= backoff(1) <= 1.2
    assert 6.4 <= backoff(4) <= 9.6
    assert backoff(30) <= 360


async def test_rate_limiter_spaces_calls_after_a_burst() -> None:
    limiter = RateLimiter(per_second=100, burst=5)
    stamps = []
    for _ in range(15):
        await limiter.acquire()
        stamps.append(time.monotonic())
    # 5 at once, then one per 10 ms: 15 calls need at least ~0.1 s.
    assert stamps[-1] - stamps[0] >= 0.09
