"""The fixtures of tests that run the core: a migrated database on each backend, a started shop.
A pytest plugin (tests/conftest.py loads it), so every package's tests get the same ones."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.dbutil import database_kinds, migrated_engine
from tests.support.harness import Harness


@pytest.fixture(params=database_kinds())
async def engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A fresh database upgraded to head, on each backend under test."""
    async with migrated_engine(request.param, tmp_path) as engine:
        yield engine


@pytest.fixture
async def shop(engine: AsyncEngine) -> Harness:
    """The core with one seller (Sam), started; nothing recorded yet."""
    harness = Harness(engine)
    await harness.start()
    return harness
