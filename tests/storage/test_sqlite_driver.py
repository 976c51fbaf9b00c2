"""The SQLite driver runs sqlite3 on the event loop's thread: a connection waiting for another's write
lock must wait in asyncio (so the holder, even in this process, can finish), and give up in time."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from storage import sqlite_driver
from storage.db import create_engine, upgrade


async def test_a_writer_waits_in_asyncio_for_another_engines_lock(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'w.db'}"
    first, second = create_engine(url), create_engine(url)
    try:
        await upgrade(first)
        holding, waited = asyncio.Event(), asyncio.Event()
        order: list[str] = []

        async def hold_the_lock() -> None:
            async with first.begin() as conn:  # BEGIN IMMEDIATE: the write lock
                await conn.execute(text("INSERT INTO kv (key, value) VALUES ('a', '{}')"))
                holding.set()
                # The other writer is now waiting; were it waiting on this thread, nothing would run.
                await asyncio.wait_for(waited.wait(), 5)
                order.append("first commits")

        async def write_too() -> None:
            await holding.wait()
            task = asyncio.ensure_future(_write(second, "b"))
            await asyncio.sleep(0.05)  # it has tried, and found the lock taken
            assert not task.done()
            waited.set()
            await asyncio.wait_for(task, 5)
            order.append("second commits")

        await asyncio.wait_for(asyncio.gather(hold_the_lock(), write_too()), 10)
        assert order == ["first commits", "second commits"]
        async with second.connect() as conn:
            keys = (await conn.execute(text("SELECT key FROM kv ORDER BY key"))).scalars().all()
        assert keys == ["a", "b"]
    finally:
        await first.dispose()
        await second.dispose()


async def _write(engine: object, key: str) -> None:
    async with engine.begin() as conn:  # type: ignore[attr-defined]
        await conn.execute(text("INSERT INTO kv (key, value) VALUES (:key, '{}')"), {"key": key})


async def test_a_lock_held_past_the_busy_timeout_is_database_is_locked(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("CREATE TABLE t (x INTEGER)")
    holder.execute("BEGIN IMMEDIATE")  # held by another connection for the whole test
    connect = sqlite_driver.connector(str(path), busy_timeout=0.2)
    connection = await connect()
    try:
        loop = asyncio.get_running_loop()
        started = loop.time()
        ticks = 0

        async def tick() -> None:  # the loop keeps running while the driver waits
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.ensure_future(tick())
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await connection.execute("BEGIN IMMEDIATE")
        ticker.cancel()
        assert loop.time() - started >= 0.2
        assert ticks >= 5
    finally:
        await connection.close()
        holder.close()


async def test_engine_errors_keep_sqlalchemy_types(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'e.db'}")
    try:
        async with engine.connect() as conn:
            with pytest.raises(OperationalError, match="no such table"):
                await conn.execute(text("SELECT * FROM missing"))
    finally:
        await engine.dispose()
