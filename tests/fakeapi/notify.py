"""A broadcast wake-up used by long polling and the test wait helpers."""

from __future__ import annotations

import asyncio
import contextlib


class Notifier:
    """Wakes every current waiter on `notify()`; waiters that arrive later wait for the next one.

    Replacing the event on each notify (instead of set/clear) means a waiter that is slow to
    resume can never miss a wake-up nor spin on a stale set event.
    """

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, max_seconds: float) -> None:
        """Return on the next notify or after `max_seconds`, whichever comes first."""
        event = self._event
        if max_seconds <= 0:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), max_seconds)
