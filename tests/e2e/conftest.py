"""End-to-end: the real bot, in each runtime, against the fake Bot API server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Coroutine
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest

from bot.app import SellerBot
from bot.settings import Settings
from tests.dbutil import migrated_database
from tests.fakeapi import FakeBotApi

SELLER_ID = 2002
SELLER2_ID = 2003

RUNTIMES = ["aiogram", "ptb"]


class Shop:
    """A fake Telegram and the bot on it; ``restart()`` starts a new bot process on the same data."""

    def __init__(self, api: FakeBotApi, runtime: str, database_url: str, **overrides: Any) -> None:
        self.api = api
        self.settings = Settings(
            token=api.token,
            sellers=overrides.pop("sellers", (SELLER_ID,)),
            shop_name="Knit Shop",
            database_url=database_url,
            api_url=api.base_url,
            runtime=runtime,
            tick_seconds=0.05,
            album_wait_seconds=0.3,
            polling_timeout=1,
            # Per-chat pacing would make most tests wait; tests/e2e/test_outbox_e2e.py uses the real one.
            **{"chat_send_rate": 1000.0, "group_send_per_minute": 60_000.0, **overrides},
        )
        self.bot: SellerBot | None = None

    async def start(self) -> None:
        self.bot = SellerBot(self.settings)
        self.bot.runtime.open_retry_delays = (0.05, 0.1)  # type: ignore[attr-defined]
        await bounded(self.bot.start(), "starting the bot")

    async def stop(self) -> None:
        if self.bot is not None:
            bot, self.bot = self.bot, None
            await bounded(bot.stop(), "stopping the bot")

    async def restart(self) -> None:
        await self.stop()
        await self.start()


# Starting or stopping takes well under a second; a bot that hangs there must fail the test with
# where every task stood, not hang the suite.
LIFECYCLE_TIMEOUT = 30.0


async def bounded(step: Coroutine[Any, Any, None], what: str) -> None:
    task = asyncio.ensure_future(step)
    done, _ = await asyncio.wait({task}, timeout=LIFECYCLE_TIMEOUT)
    if not done:
        stacks = task_stacks()  # before cancelling, while they still show where it is stuck
        task.cancel()
        raise AssertionError(f"{what} took over {LIFECYCLE_TIMEOUT}s; tasks:\n{stacks}")
    task.result()


def task_stacks() -> str:
    out = io.StringIO()
    for task in asyncio.all_tasks():
        task.print_stack(file=out)
    return out.getvalue()


@pytest.fixture(params=RUNTIMES)
def runtime(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_shop(fake_api: FakeBotApi, runtime: str, tmp_path: Path) -> AsyncIterator[Any]:
    """``await make_shop(**settings)`` → a started Shop; stopped after the test."""
    async with AsyncExitStack() as stack:

        async def make(**overrides: Any) -> Shop:
            # The sellers have opened the bot (Telegram knows their chats).
            fake_api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
            fake_api.user(SELLER2_ID, "Тина", None, None, "ru")
            # A copy of a database migrated once per test process: the bot's own upgrade at start
            # then finds it at head (a fresh database's migrations cost ~0.5 s per shop).
            url = await stack.enter_async_context(migrated_database("sqlite", tmp_path))
            shop = Shop(fake_api, runtime, url, **overrides)
            stack.push_async_callback(shop.stop)
            await shop.start()
            return shop

        yield make


@pytest.fixture
async def shop(make_shop: Any) -> Shop:
    shop: Shop = await make_shop()
    return shop
