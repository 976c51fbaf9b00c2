"""The ticker under APScheduler: stopping it lets the due work under way finish, with nothing logged."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest
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
