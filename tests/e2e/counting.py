"""Counting what users saw, for fault tests that kill and restart the bot: each test message has a
unique body (``b<buyer>-<n>`` buyer → seller, ``s<buyer>-<n>`` seller → buyer), so lost messages,
duplicates and order are read off the fake Telegram's chats."""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.fakeapi import FakeBotApi


def bodies(api: FakeBotApi, chat_id: int, prefix: str) -> list[str]:
    """The unique bodies (``b12-3``) of the messages in a chat, in the order they arrived."""
    pattern = re.compile(rf"^{prefix}\d+-\d+$")
    found = []
    for message in api.received(chat_id):
        text = str(message.get("text") or message.get("caption") or "")
        last = text.rsplit("\n", 1)[-1].strip()
        if pattern.match(last):
            found.append(last)
    return found


def tally(seen: list[str], expected: list[str]) -> tuple[int, int, bool]:
    """(lost, duplicates, order kept per buyer) of what arrived against what was sent."""
    counts = Counter(seen)
    lost = sum(1 for body in expected if counts[body] == 0)
    duplicates = sum(n - 1 for n in counts.values() if n > 1)
    order_kept = True
    last: dict[str, int] = {}
    for body in dict.fromkeys(seen):  # first arrivals, in order
        who, n = body[1:].split("-")
        if last.get(who, -1) > int(n):
            order_kept = False
        last[who] = int(n)
    return lost, duplicates, order_kept


async def until(condition: Callable[[], bool], timeout: float) -> bool:  # noqa: ASYNC109
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.1)
    return condition()


async def settle(count: Callable[[], int], expected: int, timeout: float, quiet: float = 3.0) -> None:  # noqa: ASYNC109
    """Wait until ``count()`` reached ``expected`` (or ``timeout``), then until it stays put for
    ``quiet`` seconds (late duplicates)."""
    await until(lambda: count() >= expected, timeout)
    last, since = count(), time.monotonic()
    while time.monotonic() - since < quiet:
        await asyncio.sleep(0.2)
        if count() != last:
            last, since = count(), time.monotonic()


def burst(buyers: list[Any], messages: int, first: int = 0) -> list[str]:
    """Each buyer sends ``messages`` bodies, round-robin; the bodies, in sending order."""
    expected = []
    for n in range(first, first + messages):
        for buyer in buyers:
            body = f"b{buyer.id}-{n}"
            buyer.send_text(body)
            expected.append(body)
    return expected
