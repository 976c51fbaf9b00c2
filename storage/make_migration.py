"""Autogenerate a migration from the changes made to ``storage.models``::

    python -m storage.make_migration "add notes to buyers"

It upgrades a throwaway SQLite database to the current head, compares it with
``storage.models.Base.metadata`` and writes ``storage/migrations/versions/<rev>_<slug>.py`` (batch
operations, so it runs on SQLite and PostgreSQL). Read the result before committing it: autogenerate
misses renames (it sees a drop and an add) and server defaults. Nothing is written if nothing changed.

While the first issue is in progress nothing is deployed, so instead of stacking migrations the initial
one may be regenerated after model changes::

    rm storage/migrations/versions/*_initial.py && python -m storage.make_migration initial
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import Script
from sqlalchemy import Connection

from storage.db import alembic_config, create_engine, upgrade


async def make_migration(message: str) -> Path | None:
    """Write a new revision; return its path, or None when the models match the migrations."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(tmp) / 'schema.db'}")
        try:
            await upgrade(engine)
            async with engine.begin() as conn:
                path = await conn.run_sync(_autogenerate, message)
        finally:
            await engine.dispose()
    if path is not None:
        _tidy(path)
    return path


def _autogenerate(conn: Connection, message: str) -> Path | None:
    config = alembic_config()
    config.attributes["connection"] = conn
    script = command.revision(config, message=message, autogenerate=True)
    return Path(script.path) if isinstance(script, Script) else None


def _tidy(path: Path) -> None:
    # Generated code must pass `ruff check` in CI like the rest (import order, line length).
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        print("ruff not found: format the new migration by hand", file=sys.stderr)
        return
    subprocess.run([ruff, "check", "--fix", "--quiet", str(path)], check=False)
    subprocess.run([ruff, "format", "--quiet", str(path)], check=False)


def main() -> int:
    if len(sys.argv) != 2 or not sys.argv[1].strip():
        print(__doc__, file=sys.stderr)
        return 2
    path = asyncio.run(make_migration(sys.argv[1].strip()))
    if path is None:
        print("no changes: the migrations already match storage.models")
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
