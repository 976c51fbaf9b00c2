"""sqlite3 on the event loop's own thread, behind the asyncio interface SQLAlchemy's aiosqlite dialect
drives (``create_async_engine(..., async_creator=connector(path))``).

Why not aiosqlite itself: it runs every call (cursor, execute, fetch, close: four per statement) on a
thread of its own and wakes the event loop for each answer. For a local file those hops cost most of a
statement: ~440 µs CPU for ``SELECT 1`` through SQLAlchemy against ~55 µs here, and 280 against 710 µs
for a transaction of one statement (benchmarks/sqlite_statements.py); a relayed message runs about
thirty statements. A statement on a WAL database takes microseconds, so running it inline blocks
the loop no longer than the Python around it.

The one wait that could be long is another connection's write lock (``BEGIN IMMEDIATE`` while another
process, or a second engine in this one, writes). SQLite's busy handler would sleep on the loop's thread
and freeze everything, the lock holder included when it lives in this process; so the busy timeout is 0
and a busy statement is tried again after an asyncio sleep, for up to ``busy_timeout`` seconds, as
SQLite's own handler would.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Generator, Iterable, Sequence
from typing import Any

Params = Sequence[Any] | dict[str, Any]

# Pauses between tries of a busy statement: short first (locks are held for milliseconds), then 50 ms.
_PAUSES = (0.001, 0.002, 0.005, 0.01, 0.02)
_LAST_PAUSE = 0.05


def _busy(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


async def _patiently(step: Callable[[], Any], busy_timeout: float) -> Any:
    """``step()``, tried again while the database is locked by another connection."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + busy_timeout
    tries = 0
    while True:
        try:
            return step()
        except sqlite3.OperationalError as error:
            if not _busy(error) or loop.time() >= deadline:
                raise
        await asyncio.sleep(_PAUSES[tries] if tries < len(_PAUSES) else _LAST_PAUSE)
        tries += 1


class Cursor:
    """aiosqlite's cursor interface over a sqlite3 cursor."""

    def __init__(self, cursor: sqlite3.Cursor, busy_timeout: float) -> None:
        self._cursor = cursor
        self._busy_timeout = busy_timeout

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._cursor.close()

    async def execute(self, sql: str, parameters: Params = ()) -> Cursor:
        await _patiently(lambda: self._cursor.execute(sql, parameters), self._busy_timeout)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Params]) -> Cursor:
        rows = list(parameters)  # (an iterator would be used up by a try that found the file busy)
        await _patiently(lambda: self._cursor.executemany(sql, rows), self._busy_timeout)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(size if size is not None else self._cursor.arraysize)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class _Executed:
    """What ``Connection.execute`` returns: awaited, the cursor; ``async with``, the cursor, closed
    after (as aiosqlite's result works both ways)."""

    def __init__(self, cursor: Cursor, sql: str, parameters: Params) -> None:
        self._cursor, self._sql, self._parameters = cursor, sql, parameters

    def __await__(self) -> Generator[Any, None, Cursor]:
        return self._cursor.execute(self._sql, self._parameters).__await__()

    async def __aenter__(self) -> Cursor:
        return await self._cursor.execute(self._sql, self._parameters)

    async def __aexit__(self, *exc_info: object) -> None:
        await self._cursor.close()


class _RunNow:
    """Where aiosqlite queues work for its thread (SQLAlchemy sets ``isolation_level`` through it):
    here the work is done at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except Exception as error:
            if future is None:
                raise
            future.set_exception(error)
        else:
            if future is not None:
                future.set_result(result)


class Connection:
    """aiosqlite's connection interface (what SQLAlchemy's adapter uses of it) over sqlite3."""

    def __init__(self, connection: sqlite3.Connection, busy_timeout: float) -> None:
        self._conn = connection
        self._connection: sqlite3.Connection | None = connection  # None once closed, as in aiosqlite
        self._tx = _RunNow()
        self._busy_timeout = busy_timeout

    def cursor(self) -> Cursor:
        return Cursor(self._conn.cursor(), self._busy_timeout)

    def execute(self, sql: str, parameters: Params = ()) -> _Executed:
        return _Executed(self.cursor(), sql, parameters)

    async def commit(self) -> None:
        await _patiently(self._conn.commit, self._busy_timeout)

    async def rollback(self) -> None:
        self._conn.rollback()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self._connection is not None:
            self._connection = None
            self._conn.close()


def connector(database: str, busy_timeout: float) -> Callable[[], Awaitable[Connection]]:
    """The ``async_creator`` for a SQLite file (or ``:memory:``, or a ``file:`` URI)."""

    async def connect() -> Connection:
        connection = sqlite3.connect(
            database or ":memory:",
            timeout=0,  # never wait in SQLite's busy handler: it would block the event loop
            uri=database.startswith("file:"),
            check_same_thread=False,  # the pool may close it from the garbage collector's thread
        )
        return Connection(connection, busy_timeout)

    return connect
