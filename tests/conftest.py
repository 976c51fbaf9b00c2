"""Shared fixtures: the fake Telegram Bot API server (see tests/fakeapi/README.md), and through the
tests.support.fixtures plugin a migrated database and a started shop."""

import os
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.fakeapi import FakeBotApi

# engine and shop: the core on a migrated database, for tests in every package
pytest_plugins = ("tests.support.fixtures",)


@pytest_asyncio.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """A started FakeBotApi; point the bot at `fake_api.base_url` with token `fake_api.token`."""
    async with FakeBotApi() as api:
        yield api


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: two workers per core. End-to-end tests spend much of their time waiting for the bot
    (ticks, retry pauses, a follow-up due in a second), so a core runs a second worker in those gaps."""
    return 2 * (os.cpu_count() or 1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "soak: minutes-long fault soak; run with -m soak")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Soak tests run only when asked for (``-m soak``): the default run stays minutes, not tens."""
    if "soak" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="soak test: run with -m soak")
    for item in items:
        if item.get_closest_marker("soak"):
            item.add_marker(skip)
