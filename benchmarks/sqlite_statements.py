"""CPU per statement on SQLite: the engine storage/db.py builds (sqlite3 on the event loop's thread,
storage/sqlite_driver.py) beside the same engine on aiosqlite's own thread, SQLAlchemy on top of both.

    python benchmarks/sqlite_statements.py [--statements 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from storage.db import create_engine, session_factory, upgrade
from storage.models import KeyValue

Step = Callable[[AsyncSession, int], Awaitable[object]]


async def _get_missing(session: AsyncSession, n: int) -> object:
    return await session.get(KeyValue, f"k{n}")


async def _core_select(session: AsyncSession, n: int) -> object:
    return (await session.execute(select(KeyValue.value).where(KeyValue.key == f"k{n}"))).first()


async def _select_one(session: AsyncSession, n: int) -> object:
    return (await session.execute(text("SELECT 1"))).scalar()


STEPS: dict[str, Step] = {
    "SELECT 1": _select_one,
    "Core select by key": _core_select,
    "ORM session.get (missing)": _get_missing,
}


async def per_call_us(engine: AsyncEngine, statements: int) -> dict[str, float]:
    sessions = session_factory(engine)
    figures = {}
    async with sessions() as session, session.begin():
        for name, step in STEPS.items():
            cpu = time.process_time()  # both threads: aiosqlite's work happens on its own
            for n in range(statements):
                await step(session, n)
            figures[name] = (time.process_time() - cpu) * 1e6 / statements
    cpu = time.process_time()
    for _ in range(statements // 4):
        async with sessions() as session, session.begin():
            await session.execute(text("SELECT 1"))
    figures["a transaction of one statement"] = (time.process_time() - cpu) * 1e6 / (statements // 4)
    return figures


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        ours = create_engine(url)
        await upgrade(ours)
        threaded = create_async_engine(url, pool_size=1, max_overflow=0)  # aiosqlite as it comes
        rows = {}
        for name, engine in (("inline (sellerbot)", ours), ("aiosqlite thread", threaded)):
            rows[name] = await per_call_us(engine, args.statements)
            await engine.dispose()
    print(f"CPU µs per call, {args.statements} calls each")
    print(f"{'':32}" + "".join(f"{name:>22}" for name in rows))
    for step in next(iter(rows.values())):
        print(f"{step:32}" + "".join(f"{figures[step]:22.0f}" for figures in rows.values()))


if __name__ == "__main__":
    asyncio.run(main())
