from __future__ import annotations

import asyncio
import sys
from asyncio.subprocess import PIPE
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, select
from sqlalchemy import text as sa_text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import alembic_config, create_engine, session_factory, upgrade
from storage.models import Base, Buyer, Conversation, KeyValue, Timer
from tests.dbutil import database_kinds, fresh_database

ROOT = Path(__file__).resolve().parents[2]


def _current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _schema_diff(conn: Connection) -> list[Any]:
    return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)


async def _assert_at_head(engine: AsyncEngine) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    async with engine.connect() as conn:
        assert await conn.run_sync(_current_revision) == head
        assert await conn.run_sync(_schema_diff) == []


async def test_upgrade_is_idempotent(engine: AsyncEngine) -> None:
    await upgrade(engine)  # the fixture upgraded once already
    await _assert_at_head(engine)


async def test_schema_matches_models(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        diff = await conn.run_sync(_schema_diff)
    assert diff == [], "models changed without a migration: python -m storage.make_migration '...'"


async def test_downgrade_to_base_and_back(engine: AsyncEngine) -> None:
    def downgrade(conn: Connection) -> list[str]:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        return inspect(conn).get_table_names()

    async with engine.begin() as conn:
        assert await conn.run_sync(downgrade) == ["alembic_version"]
    await upgrade(engine)
    await _assert_at_head(engine)


# Waits for a line on stdin before upgrading, so that the processes really start at once.
_UPGRADER = """
import asyncio, sys
from storage.db import create_engine, upgrade

async def main():
    engine = create_engine(sys.argv[1])
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()

asyncio.run(main())
"""


@pytest.mark.parametrize("kind", database_kinds())
async def test_concurrent_upgrades_from_separate_processes(kind: str, tmp_path: Path) -> None:
    async with fresh_database(kind, tmp_path) as url:
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-c", _UPGRADER, url, cwd=ROOT, stdin=PIPE, stdout=PIPE, stderr=PIPE
            )
            for _ in range(3)
        ]
        for proc in procs:
            assert proc.stdout is not None
            await asyncio.wait_for(proc.stdout.readline(), 60)
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(b"go\n")
            await proc.stdin.drain()
        for proc in procs:
            _, stderr = await asyncio.wait_for(proc.communicate(), 60)
            assert proc.returncode == 0, stderr.decode()
        engine = create_engine(url)
        try:
            await _assert_at_head(engine)
        finally:
            await engine.dispose()


async def test_aware_datetimes_round_trip_as_utc(engine: AsyncEngine) -> None:
    moscow = timezone(timedelta(hours=3))
    due = datetime(2024, 5, 1, 15, 30, 45, 123456, tzinfo=moscow)
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        session.add(Timer(kind="test", key="k", due_at=due, payload={}))
    async with sessions() as session:
        timer = (await session.execute(select(Timer))).scalar_one()
        assert timer.due_at == due
        assert timer.due_at.tzinfo == UTC
        assert timer.due_at.hour == 12
        # Comparisons in SQL against aware values from another zone.
        later = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)
        earlier = datetime(2024, 5, 1, 14, 0, tzinfo=moscow)  # 11:00 UTC
        assert (await session.scalars(select(Timer.id).where(Timer.due_at < later))).all() == [timer.id]
        assert (await session.scalars(select(Timer.id).where(Timer.due_at < earlier))).all() == []


async def test_foreign_keys_are_enforced_and_cascade(engine: AsyncEngine) -> None:
    now = datetime.now(UTC)
    sessions = session_factory(engine)
    with pytest.raises(IntegrityError):
        async with sessions() as session, session.begin():
            session.add(Conversation(buyer_id=12345, opened_at=now, last_message_at=now))
    async with sessions() as session, session.begin():
        buyer = Buyer(telegram_id=1, first_name="A", language="en", created_at=now, last_seen_at=now)
        session.add(buyer)
        await session.flush()
        session.add(Conversation(buyer_id=buyer.id, opened_at=now, last_message_at=now))
    async with sessions() as session, session.begin():
        await session.delete(buyer)
    async with sessions() as session:
        assert (await session.scalars(select(Conversation))).all() == []


async def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'p.db'}")
    try:
        await upgrade(engine)  # switches a new database to WAL
        async with engine.connect() as conn:
            assert (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar() == "wal"
            assert (await conn.exec_driver_sql("PRAGMA foreign_keys")).scalar() == 1
            # SQLite's busy handler is off: it would sleep on the event loop (storage/sqlite_driver.py).
            assert (await conn.exec_driver_sql("PRAGMA busy_timeout")).scalar() == 0
    finally:
        await engine.dispose()


@pytest.mark.parametrize("url", ["sqlite+aiosqlite:///relative.db", "sqlite+aiosqlite:///data/nested.db"])
async def test_sqlite_relative_path_is_relative_to_working_dir(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    engine = create_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()
    assert (tmp_path / url.removeprefix("sqlite+aiosqlite:///")).is_file()


async def test_sqlite_concurrent_read_modify_write(tmp_path: Path) -> None:
    # Sessions that read before they write neither fail with "database is locked" nor lose updates.
    async with fresh_database("sqlite", tmp_path) as url:
        engine = create_engine(url)
        try:
            await upgrade(engine)
            sessions = session_factory(engine)
            async with sessions() as session, session.begin():
                session.add(KeyValue(key="n", value={"n": 0}))

            async def increment() -> None:
                async with sessions() as session, session.begin():
                    row = await session.get_one(KeyValue, "n")
                    await asyncio.sleep(0.01)
                    row.value = {"n": row.value["n"] + 1}

            await asyncio.gather(*(increment() for _ in range(10)))
            async with sessions() as session:
                assert (await session.get_one(KeyValue, "n")).value == {"n": 10}
        finally:
            await engine.dispose()


_ADD_SELLER = sa_text(
    "INSERT INTO sellers (telegram_id, first_name, language, language_locked, source, owner, active,"
    " added_at) VALUES (:id, 'S', :language, 0, 'config', 1, 1, '2026-01-01 00:00:00')"
)
_ADD_TEXT = sa_text(
    "INSERT INTO shop_texts (kind, name, locale, text, entities, updated_by, updated_at)"
    " VALUES (:kind, 'message', :locale, :text, '[]', :by, '2026-01-01 00:00:00')"
)


async def _texts_after_upgrade(
    tmp_path: Path, sellers: list[dict[str, Any]], texts: list[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """(kind, locale, text) of every shop text, written before 5b1e7d9a2c40 and read after it."""
    async with fresh_database("sqlite", tmp_path) as url:
        engine = create_engine(url)
        try:
            before = ScriptDirectory.from_config(alembic_config()).get_revision("5b1e7d9a2c40").down_revision
            assert isinstance(before, str)
            await upgrade(engine, before)
            async with engine.begin() as conn:
                await conn.execute(_ADD_SELLER, sellers)
                await conn.execute(_ADD_TEXT, texts)
            await upgrade(engine)
            async with engine.connect() as conn:
                found = await conn.execute(sa_text("SELECT kind, locale, text FROM shop_texts ORDER BY id"))
                return [tuple(row) for row in found.all()]
        finally:
            await engine.dispose()


async def test_a_default_vacation_text_becomes_its_writers_language(tmp_path: Path) -> None:
    """The default variant went to buyers in every language; now it is the text of the language its
    seller writes. Saved replies keep their default."""
    found = await _texts_after_upgrade(
        tmp_path,
        [{"id": 1, "language": "ru"}, {"id": 2, "language": "de"}],
        [
            {"kind": "vacation", "locale": "", "text": "Мы в отпуске", "by": 1},
            {"kind": "saved", "locale": "", "text": "Thanks!", "by": 1},
        ],
    )
    assert found == [("vacation", "ru", "Мы в отпуске"), ("saved", "", "Thanks!")]


async def test_a_default_vacation_text_yields_to_its_languages_own(tmp_path: Path) -> None:
    found = await _texts_after_upgrade(
        tmp_path,
        [{"id": 1, "language": "en"}],  # its writer (99) is gone: the first seller's language
        [
            {"kind": "vacation", "locale": "", "text": "Default", "by": 99},
            {"kind": "vacation", "locale": "en", "text": "English", "by": 1},
        ],
    )
    assert found == [("vacation", "en", "English")]
