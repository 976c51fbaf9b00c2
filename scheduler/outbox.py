"""Sends what the core put into the outbox, through the runtime's BotApi.

Every send is bounded (``send_timeout``); no answer in time counts as "may have arrived" (an
at-most-once row is then not sent again, others are). Sends are paced per chat and overall before
Telegram's limits bite. 429 → hold that chat for ``retry_after`` and send again; 5xx and network
errors → back off and try again up to a limit; 403 and 400 → final. Nothing is dropped silently: a
final failure goes back to the core, which logs it and tells the seller it concerns. Rows of one
chat keep their order (see storage/outbox.py).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from handlers.core.delivery import Failed, Sent
from handlers.core.dispatch import Core
from handlers.core.effects import BULK, BotEffect, from_json
from handlers.core.ports import BadRequest, BotApi, Interrupted, RetryAfter, TelegramError, Transient
from scheduler.pacing import ChatPacer, RateLimiter
from storage.models import OutboxItem
from storage.outbox import (
    LEASE,
    claim_interrupted,
    claim_outbox,
    release,
    renew_leases,
    result_of,
    retry_later,
)

log = logging.getLogger(__name__)

MAX_BACKOFF = 300.0


def backoff(attempt: int) -> float:
    """Seconds before try ``attempt + 1``: 1, 2, 4 … 300, with jitter so retries don't stampede."""
    return min(MAX_BACKOFF, 2.0 ** (attempt - 1)) * random.uniform(0.8, 1.2)


@dataclasses.dataclass(eq=False)
class _Flight:
    """One claimed row on its way: paced, sent, its outcome recorded."""

    item: OutboxItem
    task: asyncio.Task[None] | None = None
    sending: bool = False  # past pacing: the call is (or was) under way; a stop lets it finish


RELEASED = object()  # a flight stopped before its send started: the row goes back to the outbox


class OutboxSender:
    """Each claimed row is sent by a task of its own, so a slow send holds back only its chat (rows of
    one chat wait for the row before them: storage/outbox.py). While sends are under way the sender
    keeps claiming rows of other chats, up to ``batch`` in flight. Successes are recorded in group
    commits: whatever finished while one commit ran goes into the next, so a crash can repeat at most
    the one row per chat whose answer came but whose commit had not."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        api: BotApi,
        core: Core,
        *,
        clock: Callable[[], datetime],
        max_attempts: int = 12,
        batch: int = 32,
        per_second: float = 28.0,
        bulk_per_second: float = 25.0,
        send_timeout: float = 10.0,
        lease: timedelta = LEASE,
        chat_pace: ChatPacer | None = None,
    ) -> None:
        self.sessions = sessions
        self.api = api
        self.core = core
        self.clock = clock
        self.max_attempts = max_attempts
        self.batch = batch
        self.send_timeout = send_timeout
        self.lease = lease
        # A burst of b on a rate r lets r + b - 1 calls into one second: 28/s with bursts of 2 stays
        # under Telegram's ~30.
        self.pace = RateLimiter(per_second, burst=2)
        # Mass sends (nudges) are spaced evenly under this, on top of the overall pace, leaving room for
        # conversations.
        self.bulk_pace = RateLimiter(min(bulk_per_second, per_second), burst=1)
        self.chat_pace = chat_pace  # None: no per-chat pacing (the core's tests)
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._renewer: asyncio.Task[None] | None = None
        self._flights: dict[int, _Flight] = {}  # row id -> its flight
        self._released: list[int] = []
        self._unrecorded: list[tuple[tuple[int, Sent], asyncio.Future[None]]] = []
        self._recorder: asyncio.Task[None] | None = None

    def kick(self) -> None:
        """Look at the outbox now (new rows, or a tick: retries may be due)."""
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="outbox-sender")
        self._renewer = asyncio.create_task(self._renew_loop(), name="outbox-leases")

    async def stop(self) -> None:
        """Finish the sends under way; rows claimed but not yet sent are released at once, for the
        next run (or another process) to send without waiting for their leases."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await self._task
        flights = list(self._flights.values())
        for flight in flights:
            if not flight.sending and flight.task is not None:
                flight.task.cancel()
        await asyncio.gather(*(f.task for f in flights if f.task is not None), return_exceptions=True)
        if self._renewer is not None:
            self._renewer.cancel()
            await asyncio.gather(self._renewer, return_exceptions=True)
        released, self._released = self._released, []
        if released:
            async with self.sessions() as session, session.begin():
                await release(session, released)

    async def _loop(self) -> None:
        while not self._stopping:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self._take_off()
            except Exception:  # the database is down, say: keep the loop, the next tick retries
                log.exception("outbox: claiming rows failed")

    async def _take_off(self) -> list[_Flight]:
        """Claim what is due, up to ``batch`` rows in flight, and start sending each."""
        await self._settle_interrupted()
        room = self.batch - len(self._flights)
        if room <= 0:
            return []
        async with self.sessions() as session, session.begin():
            items = await claim_outbox(session, self.clock(), room, self.lease)
        flights = []
        for item in items:
            flight = _Flight(item)
            self._flights[item.id] = flight
            flight.task = asyncio.create_task(self._fly(flight), name=f"outbox-row-{item.id}")
            flights.append(flight)
        return flights

    async def drain_once(self) -> int:
        """Claim what is due (at most one row per chat), send it and record the outcomes; the number
        of rows sent or given up on. For tests and one-off runs; ``start`` keeps sending by itself."""
        flights = await self._take_off()
        await asyncio.gather(*(f.task for f in flights if f.task is not None))
        return len(flights)

    async def renew_leases(self) -> None:
        """Keep the rows in flight leased to this process (a send may outlast the lease)."""
        if self._flights:
            async with self.sessions() as session, session.begin():
                await renew_leases(session, list(self._flights), self.clock() + self.lease)

    async def _renew_loop(self) -> None:
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            try:
                await self.renew_leases()
            except Exception as error:
                log.warning("outbox: could not renew leases (%s)", error)

    async def _fly(self, flight: _Flight) -> None:
        item = flight.item
        try:
            outcome = await self._send(flight)
            if outcome is RELEASED:
                self._released.append(item.id)
            elif outcome is not None:
                await self._record(cast(tuple[int, Sent], outcome))
        except Exception:  # unrecorded: the lease runs out and the row is sent again
            log.exception("outbox: recording row %s failed", item.id)
        finally:
            self._flights.pop(item.id, None)
            self._wake.set()  # the chat's next row may go now, and there is room for another

    async def _record(self, done: tuple[int, Sent]) -> None:
        """Record a success in the next group commit and wait for it."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._unrecorded.append((done, future))
        if self._recorder is None or self._recorder.done():
            self._recorder = asyncio.create_task(self._record_all(), name="outbox-record")
        await future

    async def _record_all(self) -> None:
        while self._unrecorded:
            group, self._unrecorded = self._unrecorded, []
            try:
                await self.core.sent([done for done, _ in group])
            except Exception as error:
                for _, future in group:
                    future.set_exception(error)
            else:
                for _, future in group:
                    future.set_result(None)

    async def _send(self, flight: _Flight) -> tuple[int, Sent] | object | None:
        """Send one row; the success to record, None when it was rescheduled or given up on, or
        RELEASED when a stop came before the send started."""
        item = flight.item
        try:
            effect = await self._resolve(item)
            await self._pace(item)
        except asyncio.CancelledError:
            if not self._stopping:
                raise
            return RELEASED
        flight.sending = True
        try:
            async with asyncio.timeout(self.send_timeout):
                telegram_ids = await self.api.execute(effect)
        except TimeoutError:
            await self._transient(item, Transient(f"no answer in {self.send_timeout:g}s", maybe_done=True))
        except RetryAfter as error:
            log.warning("429 for chat %s: retrying in %ss", item.chat_id, error.seconds)
            if self.chat_pace is not None:
                self.chat_pace.hold(item.chat_id, error.seconds)
            await self._later(item, timedelta(seconds=error.seconds), item.attempts, error.description)
        except BadRequest as error:
            if "not modified" in error.description:  # an edit to what it already says: done
                return self._success(item, [])
            else:
                await self._give_up(item, error)
        except Transient as error:
            await self._transient(item, error)
        except TelegramError as error:  # 403 and the like: final for this call
            await self._give_up(item, error)
        except Exception as error:  # a bug in an adapter: log it loudly, and try again later
            log.exception("outbox: unexpected error sending row %s", item.id)
            await self._transient(item, Transient(f"{type(error).__name__}: {error}"))
        else:
            return self._success(item, telegram_ids)
        return None

    async def _pace(self, item: OutboxItem) -> None:
        """Wait for the chat's turn, then for the overall pace; the chat's slot is taken last, right
        before the call, so its spacing is measured from when messages really went."""
        chat_pace = self.chat_pace
        if chat_pace is not None and (wait := chat_pace.delay(item.chat_id)) > 0:
            await asyncio.sleep(wait)  # one flight per chat: nothing else moves its turn meanwhile
        if item.priority >= BULK:
            await self.bulk_pace.acquire()
        await self.pace.acquire()
        if chat_pace is not None:
            chat_pace.take(item.chat_id)

    async def _settle_interrupted(self) -> None:
        async with self.sessions() as session, session.begin():
            items = await claim_interrupted(session, self.clock(), self.batch, self.lease)
        for item in items:
            log.warning("row %s (chat %s) was cut off mid-send: not sent again", item.id, item.chat_id)
            await self._give_up(item, Interrupted("interrupted while sending; not sent again"))

    async def _resolve(self, item: OutboxItem) -> BotEffect:
        effect = from_json(item.effect)
        if item.reply_to_item_id is not None and hasattr(effect, "reply_to_message_id"):
            async with self.sessions() as session:
                result = await result_of(session, item.reply_to_item_id)
            if result:
                effect = dataclasses.replace(cast(Any, effect), reply_to_message_id=int(result[0]))
        return effect

    @staticmethod
    def _success(item: OutboxItem, telegram_ids: list[int]) -> tuple[int, Sent]:
        ids = tuple(item.message_ids or ())
        return item.id, Sent(item.chat_id, ids, item.role, tuple(telegram_ids), item.context)

    async def _transient(self, item: OutboxItem, error: TelegramError) -> None:
        if item.at_most_once and isinstance(error, Transient) and error.maybe_done:
            log.warning("chat %s: %s; it may have arrived: not sent again", item.chat_id, error.description)
            await self._give_up(item, Interrupted(f"no answer, may have arrived: {error.description}"))
            return
        attempts = item.attempts + 1
        if attempts >= self.max_attempts:
            await self._give_up(item, error, attempts)
            return
        delay = backoff(attempts)
        log.warning("chat %s: %s; try %s in %.1fs", item.chat_id, error.description, attempts + 1, delay)
        await self._later(item, timedelta(seconds=delay), attempts, error.description)

    async def _later(self, item: OutboxItem, delay: timedelta, attempts: int, error: str) -> None:
        async with self.sessions() as session, session.begin():
            await retry_later(session, item.id, self.clock() + delay, attempts, error)
        if not self._stopping:  # look again when it is due, not a tick later
            asyncio.get_running_loop().call_later(delay.total_seconds(), self.kick)

    async def _give_up(self, item: OutboxItem, error: TelegramError, attempts: int | None = None) -> None:
        failed = Failed(
            chat_id=item.chat_id,
            method=str(item.effect.get("method")),
            message_ids=tuple(item.message_ids or ()),
            role=item.role,
            context=item.context,
            error=error,
        )
        await self.core.failed(item.id, attempts if attempts is not None else item.attempts + 1, failed)
