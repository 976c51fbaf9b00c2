"""The outbox sender: per-chat order, runs of a chat's rows in one round, no double sends across
processes, the crash window, leases, clean stop."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.delivery import Sent
from handlers.core.effects import BotEffect, Outgoing, SendMessage
from handlers.core.outbox import persist_effects
from handlers.core.ports import RetryAfter
from scheduler.outbox import OutboxSender, backoff
from scheduler.pacing import RateLimiter
from storage.db import session_factory
from storage.models import OutboxItem
from storage.outbox import claim_outbox
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
    api.open_chats(*range(1, 11))
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
    shop.api.open_chats(1)
    await queue(engine, shop.clock, chats=1, per_chat=1)
    async with shop.sessions() as session, session.begin():  # a sender claims it, then dies
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
    api.open_chats(1)
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


def texts(api: RecordingApi, chat: int) -> list[str]:
    return [c.text for c in api.to(chat)]  # type: ignore[attr-defined]


async def statuses(shop: Harness) -> list[tuple[str, str, bool]]:
    """(text, status, leased) of every row, in id order."""
    async with shop.sessions() as session:
        rows = await session.execute(select(OutboxItem).order_by(OutboxItem.id))
        return [(r.effect["text"], r.status, r.locked_until is not None) for r in rows.scalars()]


class InOrderApi(RecordingApi):
    """Counts, at every call, the rows of its chat Telegram performed but the core has not recorded as
    sent yet: when that is always 0, a crash at any moment repeats at most the one row per chat whose
    answer came but was not recorded."""

    def __init__(self, shop: Harness) -> None:
        super().__init__()
        self.performed: Counter[int] = Counter()
        self.recorded: Counter[int] = Counter()
        self.unrecorded_before: list[int] = []
        record = shop.core.sent

        async def sent(done: Sequence[tuple[int, Sent]]) -> None:
            await record(done)  # committed
            for _ in range(50):  # and a commit may take a while: a sender that does not wait sends meanwhile
                await asyncio.sleep(0)
            self.recorded.update(outcome.chat_id for _, outcome in done)

        shop.core.sent = sent  # type: ignore[method-assign]

    async def execute(self, effect: BotEffect) -> list[int]:
        chat = effect.chat_id
        self.unrecorded_before.append(self.performed[chat] - self.recorded[chat])
        self.performed[chat] += 1
        return await super().execute(effect)


async def test_a_round_claims_a_run_of_each_chat_and_sends_it_in_order(engine: AsyncEngine) -> None:
    shop = Harness(engine)
    shop.sender.api = api = InOrderApi(shop)
    api.open_chats(1, 2, 3)
    shop.sender.pace = RateLimiter(per_second=1e6)  # nothing but the order spaces the sends
    await queue(engine, shop.clock, chats=3, per_chat=6)  # rows interleaved across the chats
    assert await shop.sender.drain_once() == 18  # one round: every chat's six rows
    for chat in (1, 2, 3):
        assert texts(api, chat) == [f"{chat}:{n}" for n in range(6)]
    assert api.unrecorded_before == [0] * 18  # each row went only once the one before it was recorded
    assert await shop.sender.drain_once() == 0


async def test_a_run_is_at_most_per_chat_rows_and_the_rest_follows_in_the_next_round(
    engine: AsyncEngine,
) -> None:
    shop = Harness(engine)
    shop.sender.per_chat = 4
    shop.api.open_chats(1)
    await queue(engine, shop.clock, chats=1, per_chat=10)
    assert [await shop.sender.drain_once() for _ in range(4)] == [4, 4, 2, 0]
    assert texts(shop.api, 1) == [f"1:{n}" for n in range(10)]


async def test_a_429_mid_run_holds_the_rest_of_the_chat_behind_it(engine: AsyncEngine) -> None:
    shop = Harness(engine)
    shop.api.open_chats(1, 2)
    await queue(engine, shop.clock, chats=2, per_chat=5)
    shop.api.fail(RetryAfter(5), when=lambda e: getattr(e, "text", "") == "1:2")
    assert await shop.sender.drain_once() == 10
    assert texts(shop.api, 1) == ["1:0", "1:1"]
    assert texts(shop.api, 2) == [f"2:{n}" for n in range(5)]  # the other chat is not held back
    rows = await statuses(shop)
    # The rows behind the one told to wait are released, not left leased: the chat waits for its head.
    assert [r for r in rows if r[0].startswith("1:")][2:] == [
        (f"1:{n}", "pending", False) for n in range(2, 5)
    ]
    assert await shop.sender.drain_once() == 0  # 1:3 and 1:4 are free, but 1:2 is not due yet
    shop.clock.advance(5)
    assert await shop.sender.drain_once() == 3
    assert texts(shop.api, 1) == [f"1:{n}" for n in range(5)]


async def test_a_crash_mid_run_repeats_at_most_the_one_row_in_flight(engine: AsyncEngine) -> None:
    shop, restarted = Harness(engine), Harness(engine)  # the process, and the same bot started again
    restarted.clock = restarted.sender.clock = restarted.core.clock = shop.clock
    api = RecordingApi()
    api.open_chats(1)
    shop.sender.api = restarted.sender.api = api
    crashed = asyncio.Event()

    class DiesMidRun(RecordingApi):
        async def execute(self, effect: BotEffect) -> list[int]:
            await api.execute(effect)  # Telegram performs the call …
            if getattr(effect, "text", "") == "1:2":
                crashed.set()
                await asyncio.Event().wait()  # … and the process dies before the answer is recorded
            return [1]

    shop.sender.api = DiesMidRun()
    await queue(engine, shop.clock, chats=1, per_chat=5)
    draining = asyncio.create_task(shop.sender.drain_once())
    await asyncio.wait_for(crashed.wait(), timeout=10)
    draining.cancel()  # the process is gone: nothing of it runs any more
    for task in asyncio.all_tasks():
        if task.get_name().startswith("outbox-chat-"):
            task.cancel()
    await asyncio.gather(draining, return_exceptions=True)
    assert await restarted.sender.drain_once() == 0  # 1:2 onwards still leased to the dead process
    shop.clock.advance(16)
    while await restarted.sender.drain_once():
        pass
    assert texts(api, 1) == ["1:0", "1:1", "1:2", "1:2", "1:3", "1:4"]  # one repeat, order kept


async def test_the_leases_of_a_whole_run_are_renewed_while_it_is_sent(engine: AsyncEngine) -> None:
    shop = Harness(engine)
    started, release = asyncio.Event(), asyncio.Event()

    class SlowApi(RecordingApi):
        async def execute(self, effect: BotEffect) -> list[int]:
            started.set()
            await release.wait()
            return await super().execute(effect)

    shop.sender.api = SlowApi()
    await queue(engine, shop.clock, chats=1, per_chat=3)
    draining = asyncio.create_task(shop.sender.drain_once())
    await asyncio.wait_for(started.wait(), timeout=10)
    shop.clock.advance(10)
    await shop.sender.renew_leases()
    async with shop.sessions() as session:
        leases = (await session.execute(select(OutboxItem.locked_until).order_by(OutboxItem.id))).scalars()
        assert list(leases) == [shop.clock() + shop.sender.lease] * 3
    release.set()
    assert await draining == 3


async def test_a_round_is_one_transaction_and_interrupted_rows_are_looked_for_once_per_third_lease(
    engine: AsyncEngine,
) -> None:
    shop = Harness(engine)
    begins: list[object] = []
    parameters_sent: list[str] = []

    def on_begin(*_: object) -> None:
        begins.append(None)

    def on_statement(_conn: object, _cursor: object, statement: str, parameters: object, *_: object) -> None:
        parameters_sent.append(repr(parameters))

    async def round_() -> tuple[int, bool]:
        """Transactions of one round with nothing to send, and whether it looked for interrupted rows."""
        begins.clear()
        parameters_sent.clear()
        assert await shop.sender.drain_once() == 0
        return len(begins), any("'sending'" in p for p in parameters_sent)  # claim_interrupted's

    event.listen(engine.sync_engine, "begin", on_begin)
    event.listen(engine.sync_engine, "before_cursor_execute", on_statement)
    try:
        assert await round_() == (1, True)  # at start: the claim and the look, in one transaction
        assert await round_() == (1, False)  # a moment later: the claim alone
        shop.clock.advance(shop.sender.lease.total_seconds() / 3)
        assert await round_() == (1, True)
    finally:
        event.remove(engine.sync_engine, "begin", on_begin)
        event.remove(engine.sync_engine, "before_cursor_execute", on_statement)


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
