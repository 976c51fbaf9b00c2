"""Long polling, framework-free: the offset is ours, and it passes an update only once its
transaction committed, so a crash at any moment loses nothing (the update comes again, and the core's
claim on its id makes the second delivery do nothing).

The runtime adapter only fetches raw Bot API JSON (``UpdateSource``); parsing is our own
(``handlers.core.updates``), so an update the libraries could not parse cannot halt the bot. An update whose
parsing or handling fails is poison: handed to ``on_poison`` (the dead-letter table), then skipped. A
database that fails even after the core's retries is not the update's fault: nothing is confirmed,
polling backs off and the same update is tried again.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from sqlalchemy.exc import InterfaceError, OperationalError

from bot.runtime import EventSink
from handlers.core.events import Event
from handlers.core.ports import RetryAfter, TelegramError
from handlers.core.updates import event_from_update

log = logging.getLogger(__name__)

Json = dict[str, Any]
PoisonSink = Callable[[Json, BaseException], Awaitable[None]]
BatchSink = Callable[[Sequence[Event]], Awaitable[None]]
Sleep = Callable[[float], Awaitable[None]]

# Errors of the database itself (down, locked, connection lost): try the same update again later.
DATABASE_DOWN: tuple[type[BaseException], ...] = (OperationalError, InterfaceError, OSError, TimeoutError)


class UpdateSource(Protocol):
    async def delete_webhook(self) -> None:
        """getUpdates refuses to work while a webhook is set."""
        ...

    async def fetch_updates(self, offset: int | None, poll_timeout: int, limit: int) -> list[Json]:
        """getUpdates, as raw JSON. Transport failures raise ``handlers.core.ports`` errors (polling backs
        off); a token Telegram refuses (401) or a second poller (409) raise the library's own error,
        which ends polling."""
        ...


async def keep_nowhere(update: Json, error: BaseException) -> None:
    """For a poller without a dead-letter table (tests): the log line is all that is kept."""


class Backoff:
    """Exponential pauses with jitter: first ≈ ``first``, doubling up to ``cap``."""

    def __init__(self, first: float = 1.0, cap: float = 30.0, rng: random.Random | None = None) -> None:
        self.first, self.cap = first, cap
        self._rng = rng or random.Random()
        self._failures = 0

    def next(self) -> float:
        delay = min(self.cap, self.first * 2**self._failures)
        self._failures += 1
        return delay * self._rng.uniform(0.75, 1.0)

    def reset(self) -> None:
        self._failures = 0


class Poller:
    """``await poller.start()`` … ``await poller.stop()``; ``finished`` resolves if polling ends by
    itself (a fatal error: 401, 409)."""

    def __init__(
        self,
        source: UpdateSource,
        handle: EventSink,
        on_poison: PoisonSink = keep_nowhere,
        *,
        timeout: int = 25,
        limit: int = 100,
        backoff: Callable[[], Backoff] = Backoff,
        sleep: Sleep = asyncio.sleep,
        parse: Callable[[Json], Event | None] = event_from_update,
        handle_batch: BatchSink | None = None,
        batch: int = 20,
    ) -> None:
        self._source = source
        self._handle = handle
        self._on_poison = on_poison
        self._timeout = timeout
        self._limit = limit
        self._fetch_backoff = backoff()  # Telegram unreachable
        self._db_backoff = backoff()  # the database down
        self._sleep = sleep
        self._parse = parse
        # Under load several updates come at once: up to ``batch`` of them go to ``handle_batch`` as
        # one transaction (a commit is the dearest part of a small update), bounded so the database's
        # write lock is not held long.
        self._handle_batch = handle_batch
        self._batch = batch
        self.offset: int | None = None  # the next update_id to ask for; all below are handled
        self._confirmed: int | None = None  # the offset Telegram was last told
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._interruptible = False  # waiting on Telegram or a pause, not handling an update
        self.fetches = 0

    @property
    def finished(self) -> asyncio.Future[None]:
        assert self._task is not None, "not started"
        return self._task

    async def start(self) -> None:
        await self._source.delete_webhook()
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="polling")

    async def stop(self) -> None:
        """Finish the update under way, then tell Telegram what was handled."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        if self._interruptible:
            task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        except Exception:
            log.exception("polling had ended with an error")
        await self._confirm()

    async def _run(self) -> None:
        try:
            while not self._stopping:
                updates = await self._interruptibly(self._fetch())
                if updates is None:
                    continue
                try:
                    for first in range(0, len(updates), self._batch):
                        if self._stopping:
                            return
                        await self._some(updates[first : first + self._batch])
                    self._db_backoff.reset()
                except DATABASE_DOWN as error:
                    delay = self._db_backoff.next()
                    log.warning(
                        "database unavailable (%s); update %s will be tried again in %.1fs",
                        error.__class__.__name__,
                        self.offset,
                        delay,
                    )
                    await self._interruptibly(self._sleep(delay))
        except Exception:
            log.critical("polling stopped", exc_info=True)
            raise

    async def _interruptibly(self, step: Awaitable[Any]) -> Any:
        self._interruptible = True
        try:
            return await step
        finally:
            self._interruptible = False

    async def _fetch(self) -> list[Json] | None:
        """One getUpdates; None (after a pause) if it failed. Receiving it confirms what came before."""
        self.fetches += 1
        try:
            updates = await self._source.fetch_updates(self.offset, self._timeout, self._limit)
        except TelegramError as error:
            delay = error.seconds if isinstance(error, RetryAfter) else self._fetch_backoff.next()
            log.warning("getUpdates failed (%s); trying again in %.1fs", error.description, delay)
            await self._sleep(delay)
            return None
        self._confirmed = self.offset
        self._fetch_backoff.reset()
        return updates

    async def _some(self, updates: list[Json]) -> None:
        """Several updates in one transaction when they all parse; otherwise, or if that fails, one by
        one, where a poison update is told apart from the rest."""
        events = self._batchable(updates)
        if events is not None and self._handle_batch is not None:
            try:
                await self._handle_batch(events)
            except Exception as error:
                log.info("a batch of %d updates failed (%r): handling them one by one", len(events), error)
            else:
                self.offset = updates[-1]["update_id"] + 1
                return
        for update in updates:
            if self._stopping:
                return
            await self._one(update)

    def _batchable(self, updates: list[Json]) -> list[Event] | None:
        """The events of ``updates`` if there are several, all new and all parsed; else None."""
        if len(updates) < 2:
            return None
        events = []
        for update in updates:
            update_id = update.get("update_id")
            if not isinstance(update_id, int) or (self.offset is not None and update_id < self.offset):
                return None
            try:
                event = self._parse(update)
            except Exception:
                return None  # poison: _one keeps it as a dead letter
            if event is not None:
                events.append(event)
        return events

    async def _one(self, update: Json) -> None:
        update_id = update.get("update_id")
        if not isinstance(update_id, int):  # cannot be skipped by offset, nor be ours to fix
            log.error("an update without update_id ignored: %.200r", update)
            return
        if self.offset is not None and update_id < self.offset:
            return  # served again though confirmed (Telegram may): handled already
        try:
            event = self._parse(update)
            if event is not None:
                await self._handle(event)
        except DATABASE_DOWN:
            raise
        except Exception as error:
            # The log's repeat limit keeps a storm of these to a few lines a minute.
            log.error(
                "update %s skipped (cannot be handled; kept as a dead letter): %r",
                update_id,
                error,
                exc_info=error,
            )
            try:
                await self._on_poison(update, error)
            except DATABASE_DOWN:
                raise  # the same update is tried again, and kept then
            except Exception:
                log.exception("update %s could not be kept as a dead letter either; skipped", update_id)
        self.offset = update_id + 1

    async def _confirm(self) -> None:
        """getUpdates(offset, timeout=0): otherwise the last batch handled would come again after a
        restart (harmless, since the core ignores an update it handled, but wasteful)."""
        if self.offset is None or self.offset == self._confirmed:
            return
        try:
            await self._source.fetch_updates(self.offset, 0, 1)
            self._confirmed = self.offset
        except Exception as error:
            log.warning("could not confirm handled updates (%r); they may come again", error)
