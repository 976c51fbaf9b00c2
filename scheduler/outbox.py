"""Sends what the core put into the outbox, through the runtime's BotApi.

429 → wait ``retry_after`` and send again; 5xx and network errors → back off and try again up to a
limit; 403 and 400 → final. Nothing is dropped silently: a final failure goes back to the core, which
logs it and tells the seller it concerns. Rows of one chat keep their order (see storage/outbox.py).
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

from handlers.core import Core
from handlers.delivery import Failed, Sent
from handlers.effects import BULK, BotEffect, from_json
from handlers.ports import BadRequest, BotApi, Interrupted, RetryAfter, TelegramError, Transient
from scheduler.pacing import RateLimiter
from storage.models import OutboxItem
from storage.outbox import claim_interrupted, claim_outbox, result_of, retry_later

log = logging.getLogger(__name__)

MAX_BACKOFF = 300.0


def backoff(attempt: int) -> float:
    """Seconds before try ``attempt + 1``: 1, 2, 4 … 300, with jitter so retries don't stampede."""
    return min(MAX_BACKOFF, 2.0 ** (attempt - 1)) * random.uniform(0.8, 1.2)


class OutboxSender:
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
    ) -> None:
        self.sessions = sessions
        self.api = api
        self.core = core
        self.clock = clock
        self.max_attempts = max_attempts
        self.batch = batch
        # A burst of b on a rate r lets r + b - 1 calls into one second: 28/s with bursts of 2 stays
        # under Telegram's ~30.
        self.pace = RateLimiter(per_second, burst=2)
        # Mass sends (nudges) are spaced evenly under this, on top of the overall pace, leaving room for
        # conversations.
        self.bulk_pace = RateLimiter(min(bulk_per_second, per_second), burst=1)
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    def kick(self) -> None:
        """Look at the outbox now (new rows, or a tick: retries may be due)."""
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="outbox-sender")

    async def stop(self) -> None:
        """Finish the sends under way; what is not started stays in the outbox for the next run."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await self._task

    async def _loop(self) -> None:
        while not self._stopping:
            await self._wake.wait()
            self._wake.clear()
            try:
                while not self._stopping and await self.drain_once():
                    pass
            except Exception:  # the database is down, say: keep the loop, the next tick retries
                log.exception("outbox: sending round failed")

    async def drain_once(self) -> int:
        """Send one round of due rows (at most one per chat); the number sent or given up on."""
        await self._settle_interrupted()
        async with self.sessions() as session, session.begin():
            items = await claim_outbox(session, self.clock(), self.batch)
        if items:
            outcomes = await asyncio.gather(*(self._send(item) for item in items))
            # One transaction records every success of the round: commits cost more than the rows.
            sent = [outcome for outcome in outcomes if outcome is not None]
            if sent:
                await self.core.sent(sent)
        return len(items)

    async def _send(self, item: OutboxItem) -> tuple[int, Sent] | None:
        """Send one row; the success to record, or None when it was rescheduled or given up on."""
        effect = await self._resolve(item)
        if item.priority >= BULK:
            await self.bulk_pace.acquire()
        await self.pace.acquire()
        try:
            telegram_ids = await self.api.execute(effect)
        except RetryAfter as error:
            log.warning("429 for chat %s: retrying in %ss", item.chat_id, error.seconds)
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

    async def _settle_interrupted(self) -> None:
        async with self.sessions() as session, session.begin():
            items = await claim_interrupted(session, self.clock(), self.batch)
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
