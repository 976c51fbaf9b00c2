"""Alembic environment. Runs only on a connection handed over by storage.db (``upgrade``) or
storage.make_migration in ``config.attributes["connection"]``: there is no alembic.ini and no URL here."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from alembic.operations.ops import MigrationScript
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection

from storage.models import Base, UTCDateTime


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    # Migrations must not import the models (they change; a migration is frozen in time). UTCDateTime
    # only converts values in Python; its column is a plain timezone-aware DateTime.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def skip_empty(context: MigrationContext, revision: Any, directives: list[MigrationScript]) -> None:
    # An autogenerate run that found no change writes no file.
    script = directives[0]
    if script.upgrade_ops is not None and script.upgrade_ops.is_empty():
        directives[:] = []


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite can't ALTER most things: batch ops recreate the table there and plainly ALTER on
        # PostgreSQL, so generated migrations run on both.
        render_as_batch=True,
        render_item=render_item,
        process_revision_directives=skip_empty,
        compare_type=True,
        # storage.db makes SQLite transactions real (it emits BEGIN itself), so DDL rolls back too.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if context.is_offline_mode() or not isinstance(connection, Connection):
    raise RuntimeError(
        "run migrations with storage.db.upgrade (or `sellerbot db upgrade`), new ones with "
        "python -m storage.make_migration"
    )
run_migrations(connection)
