"""benchmarks/sqlite_statements.py works on both engines; no timing is asserted (the figures are the
benchmark's, not the tests')."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import create_async_engine

from benchmarks.sqlite_statements import STEPS, per_call_us
from storage.db import create_engine, upgrade


async def test_both_engines_are_measured_on_every_step(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}"
    ours = create_engine(url)
    await upgrade(ours)
    threaded = create_async_engine(url, pool_size=1, max_overflow=0)
    try:
        for engine in (ours, threaded):
            figures = await per_call_us(engine, statements=8)
            assert set(figures) == {*STEPS, "a transaction of one statement"}
            assert all(us > 0 for us in figures.values())
    finally:
        await ours.dispose()
        await threaded.dispose()
