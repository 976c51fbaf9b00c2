from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.dbutil import database_kinds, migrated_engine


@pytest.fixture(params=database_kinds())
async def engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A fresh database upgraded to head, on each backend under test."""
    async with migrated_engine(request.param, tmp_path) as engine:
        yield engine
