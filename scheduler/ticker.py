"""APScheduler drives a short periodic tick; the due work itself lives in our own indexed tables
(APScheduler's own job store would drop overdue jobs after a 1 s grace time). Work that came due while
the bot was down simply runs at the first tick."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from handlers.core.dispatch import Core
from storage import dead_letters
from storage.models import Timer
from storage.outbox import claim_timers, forget_sent_before
from storage.repositories import Repository

log = logging.getLogger(__name__)

KEEP_HISTORY = timedelta(days=7)  # sent outbox rows and handled update ids
KEEP_DEAD_LETTERS = timedelta(days=30)
MAX_TIMER_ATTEMPTS = 5
# Due timers are claimed CLAIM at a time and run BATCH to a transaction: a burst of them (500
# follow-ups due at once) is done within a tick instead of 100 a tick, one commit each.
CLAIM = 100
BATCH = 25


class Ticker:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        core: Core,
        kick_outbox: Callable[[], None],
        *,
        clock: Callable[[], datetime],
        seconds: float,
    ) -> None:
        self.sessions = sessions
        self.core = core
        self.kick_outbox = kick_outbox
        self.clock = clock
        self.seconds = seconds
        self._lock = asyncio.Lock()
        self._scheduler: AsyncIOScheduler | None = None

    def start(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone="UTC")
        self._scheduler.add_job(
            self.tick,
            "interval",
            seconds=self.seconds,
            max_instances=1,
            coalesce=True,
            next_run_time=self.clock(),
            misfire_grace_time=None,
        )
        self._scheduler.add_job(self.hourly_clean_up, "interval", hours=1, max_instances=1, coalesce=True)
        self._scheduler.start()

    async def stop(self) -> None:
        """Let the job under way finish, then shut APScheduler down. Its shutdown cancels the jobs
        still running, which would cut a timer off halfway and log a CancelledError as an ERROR."""
        if self._scheduler is None:
            return
        scheduler, self._scheduler = self._scheduler, None  # a run starting from now on returns at once
        scheduler.pause()  # no new runs
        await asyncio.sleep(0)  # a run submitted just before starts now, and returns
        async with self._lock:
            scheduler.shutdown(wait=False)

    async def tick(self) -> None:
        if self._scheduler is None:  # stopping
            return
        async with self._lock:
            try:
                await self.run_due_timers()
            except Exception:
                log.exception("tick failed")
            self.kick_outbox()  # retries whose time has come

    async def hourly_clean_up(self) -> None:
        if self._scheduler is None:  # stopping
            return
        async with self._lock:
            await self.clean_up()

    async def run_due_timers(self) -> int:
        """Run what is due, CLAIM at a time and BATCH to a transaction, until nothing due is left or
        the tick's interval is used up (the next tick goes on); the number of timers run."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.seconds
        done = 0
        while True:
            async with self.sessions() as session, session.begin():
                timers = await claim_timers(session, self.clock(), limit=CLAIM)
            for first in range(0, len(timers), BATCH):
                await self._run(timers[first : first + BATCH])
            done += len(timers)
            if len(timers) < CLAIM or loop.time() >= deadline:
                return done

    async def _run(self, timers: list[Timer]) -> None:
        """In one transaction; should that fail, one by one, so one failing timer holds back no other."""
        if len(timers) > 1:
            try:
                await self.core.run_timers(timers)
                return
            except Exception as error:
                log.info("a batch of %d timers failed (%r): running them one by one", len(timers), error)
        for timer in timers:
            try:
                await self.core.run_timer(timer)
            except Exception:
                log.exception("timer %s/%s failed", timer.kind, timer.key)
                await self._count_failure(timer)

    async def _count_failure(self, timer: Timer) -> None:
        async with self.sessions() as session, session.begin():
            row = await session.get(Timer, timer.id)
            if row is None:
                return
            row.attempts += 1
            if row.attempts >= MAX_TIMER_ATTEMPTS:
                log.error("timer %s/%s failed %s times: dropped", row.kind, row.key, row.attempts)
                await session.delete(row)

    async def clean_up(self) -> None:
        now = self.clock()
        async with self.sessions() as session, session.begin():
            await Repository(session).forget_updates_before(now - KEEP_HISTORY)
            await forget_sent_before(session, now - KEEP_HISTORY)
            await dead_letters.forget_before(session, now - KEEP_DEAD_LETTERS)
