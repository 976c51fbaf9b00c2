"""Pacing under Telegram's limits, before they bite: ~30 messages per second per bot overall, about
one per second in a private chat (short bursts pass) and 20 per minute in a group. In-process:
pacing is not state, a restart just starts with full buckets."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


class RateLimiter:
    """At most ``per_second`` acquisitions per second, spaced evenly (a token bucket of size 1 would
    be too strict for bursts, so allow ``burst`` at once)."""

    def __init__(self, per_second: float, burst: int = 5) -> None:
        self._interval = 1.0 / per_second
        self._burst = burst
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            now = time.monotonic()
            earliest = now - self._interval * (self._burst - 1)
            self._next = max(self._next, earliest)
            wait = self._next - now
            self._next += self._interval
        if wait > 0:
            await asyncio.sleep(wait)


class ChatPacer:
    """One bucket per chat: ``burst`` messages at once, then one per ``1 / per_second`` (groups,
    negative chat ids: one per ``60 / group_per_minute``). Once a chat's burst is spent, the next
    message waits a full interval (plus 5 % for network jitter) from the moment the last one actually
    went, since Telegram counts arrivals, not our schedule. ``hold`` keeps a chat back after a 429 for
    it; other chats are not affected. The sender checks ``delay``, waits, then calls ``take`` right
    before the call. ``clock`` is injectable for tests."""

    SLACK = 1.05

    def __init__(
        self,
        per_second: float = 1.0,
        burst: int = 3,
        group_per_minute: float = 20.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        keep: int = 10_000,
    ) -> None:
        self._private = 1.0 / per_second
        self._group = 60.0 / group_per_minute
        self._burst = max(1, burst)
        self._clock = clock
        self._keep = keep
        # chat -> theoretical arrival time: the chat may send once ``tat - (burst - 1) * interval``
        # has come (the generic cell rate algorithm).
        self._tat: dict[int, float] = {}

    def interval(self, chat_id: int) -> float:
        return self._group if chat_id < 0 else self._private

    def delay(self, chat_id: int) -> float:
        """Seconds until the chat may have its next message (0: now). Chat 0 (calls bound to no chat,
        e.g. answerCallbackQuery) is never held."""
        tat = self._tat.get(chat_id)
        if chat_id == 0 or tat is None:
            return 0.0
        return max(0.0, tat - (self._burst - 1) * self.interval(chat_id) - self._clock())

    def take(self, chat_id: int) -> None:
        """A message goes to the chat now."""
        if chat_id == 0:
            return
        now, interval = self._clock(), self.interval(chat_id)
        tat = max(self._tat.get(chat_id, now), now) + interval
        credit = (self._burst - 1) * interval
        if tat - credit > now:  # the burst is spent: the next one a full interval after this one
            tat = max(tat, now + interval * self.SLACK + credit)
        self._tat[chat_id] = tat
        if len(self._tat) > self._keep:
            self._forget_idle(now)

    def hold(self, chat_id: int, seconds: float) -> None:
        """Telegram said 429 for this chat: nothing more to it for ``seconds``, and no burst after."""
        if chat_id == 0:
            return
        credit = (self._burst - 1) * self.interval(chat_id)
        self._tat[chat_id] = max(self._tat.get(chat_id, 0.0), self._clock() + seconds + credit)

    def _forget_idle(self, now: float) -> None:
        """Chats whose bucket is full again need no entry."""
        for chat, tat in list(self._tat.items()):
            if tat <= now:
                del self._tat[chat]
