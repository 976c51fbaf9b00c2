"""Shared fixtures: the fake Telegram Bot API server (see tests/fakeapi/README.md)."""

from collections.abc import AsyncIterator

import pytest_asyncio

from tests.fakeapi import FakeBotApi


@pytest_asyncio.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """A started FakeBotApi; point the bot at `fake_api.base_url` with token `fake_api.token`."""
    async with FakeBotApi() as api:
        yield api
