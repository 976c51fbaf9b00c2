"""Sends what the core put into the outbox, through the runtime's BotApi.

Every send is bounded (``send_timeout``); no answer in time counts as "may have arrived" (an
at-most-once row is then not sent again, others are). Sends are paced per chat and overall before
Telegram's limits bite. 429 → hold that chat for ``retry_after`` and send again; 5xx and network
errors → back off and try again up to a limit; 403 and 400 → final. Nothing is dropped silently: a
final failure goes back to the core, which logs it and tells the seller it concerns. Rows of one
chat keep their order (see storage/outbox.py): a round claims a run of up to ``per_chat`` of them,
and one task sends the run one row after the other.
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
    """The claimed rows of one chat on their way, in order: each paced, sent and its outcome recorded
    before the next one is sent."""

    items: list[OutboxItem]
    task: asyncio.Task[None] | None = None
    # Past pacing: a call under way or its outcome being recorded; a stop lets it finish.
    sending: bool = False


RELEASED = object()  # a flight stopped before its send started: the rest of it goes back to the outbox
NEXT = object()  # the row is settled without a success to record (given up on): the next one may go
LATER = object()  # the row goes again later (429, 5xx): the rows behind it went back with it


class OutboxSender:
    """Each chat's claimed rows are sent by a task of their own, so a slow send holds back only its
    chat. A round claims, of each chat, a run of up to ``per_chat`` consecutive rows (storage/outbox.py)
    in one transaction, which also takes over at-most-once rows a crashed process left mid-send (at the
    first round, then once per third of a lease). While sends are under way the sender keeps claiming
    rows of other chats, up to ``batch`` chats in flight. Successes are recorded in group commits:
    whatever finished while one commit ran goes into the next, and a chat's next row is sent only once
    the row before it is recorded, so a crash can repeat at most the one row per chat whose answer came
    but whose commit had not."""

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
        per_chat: int = 10,
    ) -> None:
        self.sessions = sessions
        self.api = api
        self.core = core
        self.clock = clock
        self.max_attempts = max_attempts
        self.batch = batch
        self.per_chat = per_chat
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
        self._flights: set[_Flight] = set()
        self._released: list[int] = []
        self._look_for_interrupted: datetime | None = None  # None: at the next round
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
        flights = list(self._flights)
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
        """Claim what is due, up to ``batch`` chats in flight, and start sending each chat's rows; in
        the same transaction, when it is time, take over rows cut off mid-send by a crash."""
        now = self.clock()
        look = self._look_for_interrupted is None or now >= self._look_for_interrupted
        room = self.batch - len(self._flights)
        if room <= 0 and not look:
            return []
        interrupted: list[OutboxItem] = []
        items: list[OutboxItem] = []
        async with self.sessions() as session, session.begin():
            if look:
                interrupted = await claim_interrupted(session, now, self.batch, self.lease)
            if room > 0:
                items = await claim_outbox(session, now, room, self.lease, per_chat=self.per_chat)
        if look and len(interrupted) < self.batch:  # all taken over: again once another lease may be out
            self._look_for_interrupted = now + self.lease / 3
        flights = []
        for run in _runs(items):
            flight = _Flight(run)
            self._flights.add(flight)
            flight.task = asyncio.create_task(self._fly(flight), name=f"outbox-chat-{run[0].chat_id}")
            flights.append(flight)
        for item in interrupted:
            log.warning("row %s (chat %s) was cut off mid-send: not sent again", item.id, item.chat_id)
            await self._give_up(item, Interrupted("interrupted while sending; not sent again"))
        return flights

    async def drain_once(self) -> int:
        """Claim what is due (a run of rows per chat), send it and record the outcomes; the number of
        rows claimed. For tests and one-off runs; ``start`` keeps sending by itself."""
        flights = await self._take_off()
        await asyncio.gather(*(f.task for f in flights if f.task is not None))
        return sum(len(f.items) for f in flights)

    async def renew_leases(self) -> None:
        """Keep the rows in flight leased to this process (a send may outlast the lease, and a chat's
        last rows wait for the ones before them); rows already settled or released keep none."""
        ids = [item.id for flight in self._flights for item in flight.items]
        if ids:
            async with self.sessions() as session, session.begin():
                await renew_leases(session, ids, self.clock() + self.lease)

    async def _renew_loop(self) -> None:
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            try:
                await self.renew_leases()
            except Exception as error:
                log.warning("outbox: could not renew leases (%s)", error)

    async def _fly(self, flight: _Flight) -> None:
        """Send the chat's rows in order, each only once the one before it is settled."""
        items = flight.items
        item = items[0]
        try:
            for index, item in enumerate(items):
                flight.sending = False
                behind = [i.id for i in items[index + 1 :]]
                if self._stopping:  # the rows not sent yet go back to the outbox
                    self._released += [item.id, *behind]
                    return
                outcome = await self._send(flight, item, behind)
                if outcome is RELEASED:
                    self._released += [item.id, *behind]
                    return
                if outcome is LATER:
                    return
                if outcome is not NEXT:
                    await self._record(cast(tuple[int, Sent], outcome))
        except Exception:  # unrecorded: the leases run out and the rows from this one on are sent again
            log.exception("outbox: recording row %s failed", item.id)
        finally:
            self._flights.discard(flight)
            self._wake.set()  # the chat's next rows may go now, and there is room for another chat

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

    async def _send(self, flight: _Flight, item: OutboxItem, behind: list[int]) -> tuple[int, Sent] | object:
        """Send one row of the flight; the success to record, NEXT when it was given up on, LATER when
        it was rescheduled (the rows ``behind`` it released with it, so the chat keeps its order), or
        RELEASED when a stop came before the send started."""
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
            timeout = Transient(f"no answer in {self.send_timeout:g}s", maybe_done=True)
            return await self._transient(item, timeout, behind)
        except RetryAfter as error:
            log.warning("429 for chat %s: retrying in %ss", item.chat_id, error.seconds)
            if self.chat_pace is not None:
                self.chat_pace.hold(item.chat_id, error.seconds)
            delay = timedelta(seconds=error.seconds)
            await self._later(item, delay, item.attempts, error.description, behind)
            return LATER
        except BadRequest as error:
            if "not modified" in error.description:  # an edit to what it already says: done
                return self._success(item, [])
            await self._give_up(item, error)
        except Transient as error:
            return await self._transient(item, error, behind)
        except TelegramError as error:  # 403 and the like: final for this call
            await self._give_up(item, error)
        except Exception as error:  # a bug in an adapter: log it loudly, and try again later
            log.exception("outbox: unexpected error sending row %s", item.id)
            return await self._transient(item, Transient(f"{type(error).__name__}: {error}"), behind)
        else:
            return self._success(item, telegram_ids)
        return NEXT

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

    async def _transient(self, item: OutboxItem, error: TelegramError, behind: list[int]) -> object:
        """Give up on the row (NEXT) or reschedule it with the rows behind it (LATER)."""
        if item.at_most_once and isinstance(error, Transient) and error.maybe_done:
            log.warning("chat %s: %s; it may have arrived: not sent again", item.chat_id, error.description)
            await self._give_up(item, Interrupted(f"no answer, may have arrived: {error.description}"))
            return NEXT
        attempts = item.attempts + 1
        if attempts >= self.max_attempts:
            await self._give_up(item, error, attempts)
            return NEXT
        delay = backoff(attempts)
        log.warning("chat %s: %s; try %s in %.1fs", item.chat_id, error.description, attempts + 1, delay)
        await self._later(item, timedelta(seconds=delay), attempts, error.description, behind)
        return LATER

    async def _later(
        self, item: OutboxItem, delay: timedelta, attempts: int, error: str, behind: list[int]
    ) -> None:
        """The row goes again after ``delay``; the rows of its chat claimed behind it are released in
        the same transaction (they stay behind it: the chat's head is not due until then)."""
        async with self.sessions() as session, session.begin():
            await retry_later(session, item.id, self.clock() + delay, attempts, error)
            await release(session, behind)
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


def _runs(items: list[OutboxItem]) -> list[list[OutboxItem]]:
    """The claimed rows as flights: each chat's run, in order; a row bound to no chat alone."""
    runs: list[list[OutboxItem]] = []
    for item in items:
        if runs and item.chat_id != 0 and runs[-1][0].chat_id == item.chat_id:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs
