"""Fresh databases for tests: SQLite always, PostgreSQL too when SELLERBOT_TEST_POSTGRES_URL is set.

@pytest.fixture(params=database_kinds())
async def engine(request, tmp_path):
    async with migrated_engine(request.param, tmp_path) as engine:
        yield engine
"""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from storage.db import create_engine, upgrade

POSTGRES_ENV = "SELLERBOT_TEST_POSTGRES_URL"  # e.g. postgresql+asyncpg://root@127.0.0.1:5432/test


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def database_kinds() -> list[str]:
    """The backends to run database tests on, for ``pytest.fixture(params=...)``."""
    return ["sqlite", "postgresql"] if postgres_url() else ["sqlite"]


@asynccontextmanager
async def fresh_database(kind: str, tmp_path: Path) -> AsyncIterator[str]:
    """Yield the URL of a new empty database (not migrated); PostgreSQL ones are dropped after."""
    if kind == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'sellerbot.db'}"
        return
    if kind != "postgresql":
        raise ValueError(f"unknown database kind {kind!r}")
    async with _postgres_database(from_template=False) as url:
        yield url


@asynccontextmanager
async def _postgres_database(from_template: bool) -> AsyncIterator[str]:
    """A new PostgreSQL database (empty, or a copy of the migrated template), dropped after."""
    base = postgres_url()
    if base is None:
        raise RuntimeError(f"{POSTGRES_ENV} is not set")
    # One database per test: tests may run in parallel (pytest-xdist) and leave nothing behind.
    name = f"sellerbot_test_{uuid.uuid4().hex[:16]}"
    admin = create_async_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        template = f' TEMPLATE "{await _postgres_template(admin, base)}"' if from_template else ""
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'CREATE DATABASE "{name}"{template}')
        try:
            yield make_url(base).set(database=name).render_as_string(hide_password=False)
        finally:
            async with admin.connect() as conn:
                # FORCE: a test that failed may still hold connections.
                await conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.dispose()


# Migrating a fresh database for every test cost about a second each on PostgreSQL: run the
# migrations once per test process into a template, then copy it (CREATE DATABASE … TEMPLATE, or a file
# copy for SQLite). The template itself is made by the real migrations, so nothing is skipped.
_templates: dict[str, str] = {}


async def _sqlite_template() -> str:
    if "sqlite" not in _templates:
        folder = Path(tempfile.mkdtemp(prefix="sellerbot-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "template.db"
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()  # the last connection out checkpoints the WAL into the file
        _templates["sqlite"] = str(path)
    return _templates["sqlite"]


async def _postgres_template(admin: AsyncEngine, base: str) -> str:
    if "postgresql" not in _templates:
        name = f"sellerbot_template_{uuid.uuid4().hex[:12]}"
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine = create_engine(make_url(base).set(database=name))
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()
        atexit.register(_drop_database_later, base, name)
        _templates["postgresql"] = name
    return _templates["postgresql"]


def _drop_database_later(base: str, name: str) -> None:
    async def drop() -> None:
        admin = create_async_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            async with admin.connect() as conn:
                await conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.dispose()

    try:
        asyncio.run(drop())
    except Exception:  # the server may be gone at exit; a leftover template is harmless
        pass


@asynccontextmanager
async def _sqlite_copy(tmp_path: Path) -> AsyncIterator[str]:
    path = tmp_path / "sellerbot.db"
    if not path.exists():  # a second bot in the same test shares the first one's database
        shutil.copyfile(await _sqlite_template(), path)
    yield f"sqlite+aiosqlite:///{path}"


@asynccontextmanager
async def migrated_database(kind: str, tmp_path: Path) -> AsyncIterator[str]:
    """Yield the URL of a new database already at the head revision (a copy of the template)."""
    copy = _sqlite_copy(tmp_path) if kind == "sqlite" else _postgres_database(from_template=True)
    async with copy as url:
        yield url


@asynccontextmanager
async def migrated_engine(kind: str, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """An engine (storage.db.create_engine) on a fresh database at the head revision."""
    async with migrated_database(kind, tmp_path) as url:
        engine = create_engine(url)
        try:
            yield engine
        finally:
            await engine.dispose()
