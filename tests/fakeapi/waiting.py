"""Waiting for the bot to do something, without fixed sleeps."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from .notify import Notifier

T = TypeVar("T")

# Re-check at least this often, for predicates over state the server is not told about
# (e.g. the bot's database); server-side changes wake the waiter immediately.
RECHECK_INTERVAL = 0.01


async def wait_until(
    notifier: Notifier,
    predicate: Callable[[], T],
    *,
    within: float,
    what: str,
    describe: Callable[[], str],
) -> T:
    """Return the first truthy value of `predicate()`; AssertionError with a dump on timeout."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        result = predicate()
        if result:
            return result
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise AssertionError(f"timed out after {within}s waiting for {what}\n{describe()}")
        await notifier.wait(min(remaining, RECHECK_INTERVAL))
