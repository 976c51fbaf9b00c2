"""The ticker under APScheduler: stopping it lets the due work under way finish, with nothing logged."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from scheduler.ticker import Ticker
from storage.db import session_factory
from storage.models import Timer
from storage.outbox import schedule


def now() -> datetime:
    return datetime.now(UTC)  # APScheduler runs on the real clock


class SlowCore:
    """Stands in for the core: each timer takes until the test lets it finish."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.release = asyncio.Event()
        self.finished: list[str] = []

    async def run_timer(self, timer: Timer) -> None:
        self.started.set()
        await self.release.wait()
        self.finished.append(timer.key)


async def test_stop_lets_the_timer_under_way_finish_without_an_error(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        due = datetime.now(UTC) - timedelta(minutes=1)
        await schedule(session, "test", "k1", due, {})
    core = SlowCore()
    ticker = Ticker(sessions, core, lambda: None, clock=now, seconds=0.01)  # type: ignore[arg-type]
    caplog.set_level(logging.INFO)
    ticker.start()
    await asyncio.wait_for(core.started.wait(), timeout=10)

    stopping = asyncio.create_task(ticker.stop())
    for _ in range(5):  # let stop() get as far as it can: APScheduler's shutdown used to cancel the run
        await asyncio.sleep(0)
    assert not stopping.done()  # stop waits for the timer
    core.release.set()
    await asyncio.wait_for(stopping, timeout=10)

    assert core.finished == ["k1"]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]


async def test_stop_without_start_and_twice(engine: AsyncEngine) -> None:
    ticker = Ticker(session_factory(engine), SlowCore(), lambda: None, clock=now, seconds=1)  # type: ignore[arg-type]
    await ticker.stop()
    ticker.start()
    await ticker.stop()
    await ticker.stop()


class BatchingCore:
    """Stands in for the core's timer calls: a batch is all or nothing, like its one transaction, and
    the timer keyed "bad" always fails."""

    def __init__(self) -> None:
        self.batches: list[int] = []
        self.ran: list[str] = []

    async def run_timers(self, timers: list[Timer]) -> None:
        if any(t.key == "bad" for t in timers):
            raise RuntimeError("a bug in a timer handler")
        self.batches.append(len(timers))
        self.ran += [t.key for t in timers]

    async def run_timer(self, timer: Timer) -> None:
        if timer.key == "bad":
            raise RuntimeError("a bug in a timer handler")
        self.ran.append(timer.key)


async def test_a_burst_of_due_timers_runs_in_one_go_in_batches_and_one_bad_timer_holds_back_none(
    engine: AsyncEngine,
) -> None:
    sessions = session_factory(engine)
    due = now() - timedelta(minutes=1)
    keys = [f"k{n:03}" for n in range(229)]
    keys.insert(117, "bad")
    async with sessions() as session, session.begin():
        for n, key in enumerate(keys):
            await schedule(session, "test", key, due + timedelta(milliseconds=n), {})
    core = BatchingCore()
    ticker = Ticker(sessions, core, lambda: None, clock=now, seconds=60)  # type: ignore[arg-type]

    assert await ticker.run_due_timers() == 230  # 100 + 100 + 30 claimed in one call, not 100 a tick
    assert sorted(core.ran) == sorted(k for k in keys if k != "bad")  # each good one once
    assert core.batches and all(size <= 25 for size in core.batches)
    assert len(core.batches) == 230 // 25  # the batch holding "bad" went one by one
    async with sessions() as session:
        bad = [t for t in (await session.execute(select(Timer))).scalars() if t.key == "bad"]
    assert len(bad) == 1 and bad[0].attempts == 1  # counted, to be tried again
