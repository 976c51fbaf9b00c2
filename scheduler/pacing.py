"""Stay under Telegram's limit of ~30 messages per second per bot (in-process; pacing is not state)."""

from __future__ import annotations

import asyncio
import time


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
