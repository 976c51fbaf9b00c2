"""``sellerbot dead-letters``: the updates the bot kept and skipped, for whoever runs it."""

from __future__ import annotations

import json
from typing import TextIO

from sqlalchemy.ext.asyncio import AsyncEngine

from storage import dead_letters
from storage.db import create_engine, session_factory, upgrade
from storage.models import DeadLetter


async def show_dead_letters(url: str, out: TextIO, *, limit: int, one: int | None) -> int:
    """The latest ``limit`` as one line each, or update ``one`` in full (raw JSON and the traceback).
    Exit code 1 if ``one`` is not kept."""
    engine = create_engine(url)
    try:
        return await _show(engine, out, limit, one)
    finally:
        await engine.dispose()


async def _show(engine: AsyncEngine, out: TextIO, limit: int, one: int | None) -> int:
    await upgrade(engine)  # an old database has no table yet: nothing kept
    async with session_factory(engine)() as session:
        if one is not None:
            row = await session.get(DeadLetter, one)
            if row is None:
                print(f"no dead letter #{one}", file=out)
                return 1
            print(_line(row), file=out)
            print(json.dumps(json.loads(row.raw), ensure_ascii=False, indent=2), file=out)
            print(row.error, file=out)
            return 0
        rows = await dead_letters.latest(session, limit)
    if not rows:
        print("no dead letters: every update was handled", file=out)
    for row in rows:
        print(_line(row), file=out)
    return 0


def _line(row: DeadLetter) -> str:
    """``#3  2026-12-03 13:11 UTC  update 412  chat 5001  TypeError: …`` (the error's last line)."""
    cause = (row.error.strip().splitlines() or ["?"])[-1]
    update = f"update {row.update_id}" if row.update_id is not None else "no update id"
    chat = f"chat {row.chat_id}" if row.chat_id is not None else "chat unknown"
    told = "" if row.told_at is None else "  (sellers told)"
    return f"#{row.id}  {row.created_at:%Y-%m-%d %H:%M} UTC  {update}  {chat}  {cause}{told}"
