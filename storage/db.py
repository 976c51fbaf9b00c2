"""Engines, sessions and schema upgrades.

``create_engine`` tunes the backend (SQLite or PostgreSQL); ``upgrade`` runs the Alembic migrations
shipped in ``storage/migrations`` to head. No ``alembic.ini`` is involved: the bot upgrades itself on
start, so the migrations must be found inside the installed package.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, event, make_url, text
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage import sqlite_driver

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Importing alembic.command logs seven "setup plugin" lines, on every start since upgrade() runs then:
# quieten them. Alembic is imported inside the functions below so that this line comes first.
logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)

# Any fixed 64-bit number: every sellerbot process agrees on it, nothing else in the database uses it.
_PG_MIGRATION_LOCK = 0x5E11E7B07

# How long a SQLite writer waits for another one before "database is locked" (storage/sqlite_driver.py).
_SQLITE_BUSY_TIMEOUT_MS = 30_000


def create_engine(url: str | URL) -> AsyncEngine:
    """An async engine for ``url`` (``sqlite+aiosqlite:///...`` or ``postgresql+asyncpg://...``).

    On SQLite a process has one connection and every transaction takes the write lock at its start:
    keep sessions short, never await Telegram inside one, and never open a second session while one
    is open (it would wait for the first until the pool times out)."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_async_engine(
        url,
        pool_size=5,
        max_overflow=10,
        pool_pre_ping=True,  # survive server restarts and idle connections cut by proxies
        pool_recycle=1800,
    )


def _sqlite_engine(url: URL) -> AsyncEngine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        # A relative path is relative to the working directory (sqlite3 resolves it there); create the
        # folder so "sqlite+aiosqlite:///data/bot.db" works on a fresh machine.
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    pool: dict[str, Any] = {
        # sqlite3 on the loop's thread instead of aiosqlite's (storage/sqlite_driver.py says why).
        "async_creator": sqlite_driver.connector(database, _SQLITE_BUSY_TIMEOUT_MS / 1000),
    }
    if database not in ("", ":memory:"):  # (memory databases get a StaticPool of their one connection)
        # One connection per process: SQLite has one writer anyway, and sessions then queue in asyncio
        # instead of retrying against each other's write locks.
        pool |= {"pool_size": 1, "max_overflow": 0}
    engine = create_async_engine(url, **pool)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # sqlite3's own transaction handling never BEGINs before SELECT or DDL, so reads are not
        # isolated and migrations are not atomic. Take it over: BEGIN is emitted in _on_begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # (No busy_timeout: SQLite's busy handler would sleep on the event loop's thread. The
            # driver waits for another connection's lock itself, with asyncio sleeps.)
            cursor.execute("PRAGMA foreign_keys = ON")  # off by default in SQLite; ondelete relies on it
            # In WAL mode NORMAL syncs at checkpoints, not at every commit: a crash of the process
            # loses nothing, a power cut may lose the last commits, the file never corrupts. FULL
            # made each of the few commits per relayed message wait for the disk.
            cursor.execute("PRAGMA synchronous = NORMAL")
            # WAL (readers and the writer don't block each other) is stored in the file: upgrade()
            # switches a new database once. Switching here would race other connections' transactions.
        finally:
            cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            return
        # IMMEDIATE takes the write lock up front. A deferred transaction that read first and writes
        # later fails at once with SQLITE_BUSY when another process wrote in between; busy_timeout
        # cannot help there. Immediate ones just wait up to busy_timeout.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: objects stay readable after commit without an implicit (async-unsafe) reload.
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    """The Alembic configuration of the shipped migrations; env.py expects the connection to use in
    ``config.attributes["connection"]``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Migrate the database to ``revision``. Idempotent; safe when several processes start at once."""
    sqlite = engine.dialect.name == "sqlite"
    async with engine.connect() as conn:
        if sqlite:
            await _sqlite_wal(conn)
            # Batch migrations recreate tables: with foreign keys enforced, dropping the old table
            # would cascade-delete the rows referencing it. The pragma is a no-op inside a
            # transaction, so switch it off before BEGIN and check integrity before COMMIT.
            await _sqlite_pragma(conn, "foreign_keys = OFF")
        try:
            async with conn.begin():
                if engine.dialect.name == "postgresql":
                    # Held until commit: a second process waits, then finds the schema at head.
                    # (SQLite needs nothing: BEGIN IMMEDIATE already serializes writers.)
                    await conn.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
                    )
                await conn.run_sync(_run_upgrade, revision)
                if sqlite:
                    violations = (await conn.exec_driver_sql("PRAGMA foreign_key_check")).all()
                    if violations:
                        raise RuntimeError(f"migration left dangling foreign keys: {violations[:5]}")
        finally:
            if sqlite:
                await _sqlite_pragma(conn, "foreign_keys = ON")


def _run_upgrade(conn: Connection, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, revision)


async def _sqlite_wal(conn: AsyncConnection) -> None:
    # Switching to WAL needs an exclusive lock and does not wait for busy_timeout: while another
    # connection is in a transaction (a second process migrating too) it fails, or quietly keeps the
    # old mode. Retry until the file is in WAL, without blocking the event loop (the other
    # transaction may belong to this process).
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if await _sqlite_pragma(conn, "journal_mode = WAL") in ("wal", "memory"):
                return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
        if loop.time() > deadline:
            raise TimeoutError("could not switch the SQLite database to WAL: it stays locked")
        await asyncio.sleep(0.02)


async def _sqlite_pragma(conn: AsyncConnection, pragma: str) -> Any:
    # Straight on the aiosqlite connection: conn.exec_driver_sql would BEGIN first (these pragmas do
    # nothing inside a transaction), and SQLAlchemy's cursor adapter leaves the cursor of a failed
    # statement to the garbage collector (see _sqlite_engine).
    driver: Any = (await conn.get_raw_connection()).driver_connection
    async with driver.execute(f"PRAGMA {pragma}") as cursor:
        row = await cursor.fetchone()
    return row[0] if row else None
