from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.dbutil import database_kinds, migrated_engine
from tests.handlers.harness import Harness


@pytest.fixture(params=database_kinds())
async def engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    async with migrated_engine(request.param, tmp_path) as engine:
        yield engine


@pytest.fixture
async def shop(engine: AsyncEngine) -> Harness:
    harness = Harness(engine)
    await harness.start()
    return harness
