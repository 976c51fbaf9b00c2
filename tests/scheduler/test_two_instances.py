"""Two bot processes on one database never both send the same thing: a nudge campaign and a batch of
due follow-ups run by two instances at once, each with its own engine (its own connections), reach every
buyer exactly once. On PostgreSQL this is what FOR UPDATE SKIP LOCKED and the leases are for; SQLite
serialises writers, so there it proves the same logic without real concurrency."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import BotEffect, SendMessage
from handlers.core.events import Content
from storage.db import create_engine
from storage.models import Buyer, Consent, Order, Vacation
from tests.support.harness import Harness, RecordingApi
from tests.support.users import SELLER

BUYERS = 60


@dataclass
class SlowApi(RecordingApi):
    """Takes a moment per call, like Telegram, so that the two instances overlap."""

    pause: float = 0.003
    in_flight: Counter[int] = field(default_factory=Counter)

    async def execute(self, effect: BotEffect) -> list[int]:
        await asyncio.sleep(self.pause)
        return await super().execute(effect)


@pytest.fixture
async def pair(engine: AsyncEngine) -> AsyncIterator[tuple[Harness, Harness, SlowApi]]:
    other = create_engine(engine.url)
    try:
        first, second = Harness(engine), Harness(other)
        second.number_updates_from(1_000_000)  # one Telegram: update ids don't repeat across instances
        api = SlowApi()
        for instance in (first, second):
            instance.api = api
            instance.sender.api = api
            instance.clock = first.clock
            instance.sender.clock = instance.ticker.clock = instance.core.clock = first.clock
        await first.start()
        yield first, second, api
    finally:
        await other.dispose()


async def seed_buyers(shop: Harness, subscribed: bool) -> None:
    now = shop.clock()
    shop.api.open_chats(*(10_000 + n for n in range(BUYERS)))
    async with shop.sessions() as s, s.begin():
        for n in range(BUYERS):
            buyer = Buyer(
                telegram_id=10_000 + n, first_name=f"B{n}", language="en", created_at=now, last_seen_at=now
            )
            s.add(buyer)
            await s.flush()
            if subscribed:
                s.add(Consent(buyer_id=buyer.id, granted=True, source="test", wording="v1", decided_at=now))


async def run_both(first: Harness, second: Harness) -> None:
    """Both instances tick and send at the same time until nothing is left."""

    async def work(instance: Harness) -> None:
        idle = 0
        while idle < 3:  # the other instance may still hold rows under lease: look again
            did = await instance.ticker.run_due_timers() + await instance.sender.drain_once()
            idle = 0 if did else idle + 1
            await asyncio.sleep(0)

    await asyncio.gather(work(first), work(second))


def per_buyer(api: SlowApi, word: str) -> Counter[int]:
    return Counter(
        c.chat_id for c in api.calls if isinstance(c, SendMessage) and c.chat_id >= 10_000 and word in c.text
    )


async def test_a_nudge_run_by_two_instances_reaches_everyone_once(
    pair: tuple[Harness, Harness, SlowApi],
) -> None:
    first, second, api = pair
    await seed_buyers(first, subscribed=True)
    for text in ("/coupon add THANKS15 15% off", "/nudge THANKS15 now"):
        await first.core.handle(first.message(SELLER, Content("text", text=text)))
    progress_ticks = 0
    while True:  # the progress timer comes due every 2 s until the report
        await run_both(first, second)
        if any("finished" in getattr(c, "text", "") for c in api.to(SELLER.id)):
            break
        first.clock.advance(2)
        progress_ticks += 1
        assert progress_ticks < 20
    coupons = per_buyer(api, "THANKS15")
    assert len(coupons) == BUYERS and set(coupons.values()) == {1}
    reports = [c for c in api.to(SELLER.id) if "finished" in getattr(c, "text", "")]
    assert len(reports) == 1 and f"{BUYERS} sent, 0 failed, 0 skipped" in reports[0].text  # type: ignore[union-attr]


async def test_due_follow_ups_run_by_two_instances_go_out_once(
    pair: tuple[Harness, Harness, SlowApi],
) -> None:
    first, second, api = pair
    await seed_buyers(first, subscribed=False)
    now = first.clock()
    async with first.sessions() as s, s.begin():
        for n in range(BUYERS):
            s.add(Order(code=f"O-{n}", buyer_id=n + 1, status="open", created_at=now, updated_at=now))
    for n in range(BUYERS):
        await first.core.handle(first.message(SELLER, Content("text", text=f"/delivered O-{n}")))
    await run_both(first, second)
    api.calls.clear()
    first.clock.advance(3 * 86400)  # the bot was down: every follow-up is overdue at once
    await run_both(first, second)
    questions = per_buyer(api, "Did everything arrive well?")
    assert len(questions) == BUYERS and set(questions.values()) == {1}


async def test_two_sellers_switching_a_vacation_on_at_once_open_one(
    pair: tuple[Harness, Harness, SlowApi],
) -> None:
    first, second, api = pair
    for _ in range(5):  # a race is a matter of timing: give it several chances
        await asyncio.gather(
            first.core.handle(first.message(SELLER, Content("text", text="/vacation on"))),
            second.core.handle(second.message(SELLER, Content("text", text="/vacation on"))),
        )
        async with first.sessions() as s:
            open_ = (await s.execute(select(Vacation).where(Vacation.ended_at.is_(None)))).scalars().all()
        assert len(open_) == 1
        await first.core.handle(first.message(SELLER, Content("text", text="/vacation off")))
    await run_both(first, second)
    both_confirmed = [c for c in api.to(SELLER.id) if "Vacation" in getattr(c, "text", "")[:40]]
    assert len(both_confirmed) >= 10, [getattr(c, "text", "")[:60] for c in api.to(SELLER.id)]
