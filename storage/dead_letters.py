"""The dead-letter table's queries: updates kept as they came, with the error that stopped them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import DeadLetter
from storage.repositories import insert_for


async def add(
    session: AsyncSession,
    update_id: int | None,
    chat_id: int | None,
    raw: str,
    error: str,
    now: datetime,
    *,
    asked: bool,
) -> bool:
    """Keep one update; False if it was kept before (Telegram delivered it again after a crash)."""
    stmt = insert_for(session, DeadLetter).values(
        update_id=update_id, chat_id=chat_id, asked=asked, raw=raw, error=error, created_at=now
    )
    stmt = stmt.on_conflict_do_nothing(index_elements=["update_id"])
    result = cast(CursorResult[Any], await session.execute(stmt))
    return bool(result.rowcount)


async def untold(session: AsyncSession) -> list[DeadLetter]:
    rows = await session.scalars(
        select(DeadLetter).where(DeadLetter.told_at.is_(None)).order_by(DeadLetter.id)
    )
    return list(rows)


async def last_told(session: AsyncSession) -> datetime | None:
    told: datetime | None = await session.scalar(select(func.max(DeadLetter.told_at)))
    return told


async def mark_told(session: AsyncSession, ids: list[int], now: datetime) -> None:
    await session.execute(update(DeadLetter).where(DeadLetter.id.in_(ids)).values(told_at=now))


async def asked_since(session: AsyncSession, chat_id: int, since: datetime) -> bool:
    """Whether the chat was asked to resend since ``since``."""
    found = await session.scalar(
        select(DeadLetter.id)
        .where(DeadLetter.chat_id == chat_id, DeadLetter.asked, DeadLetter.created_at >= since)
        .limit(1)
    )
    return found is not None


async def latest(session: AsyncSession, limit: int) -> list[DeadLetter]:
    rows = await session.scalars(select(DeadLetter).order_by(DeadLetter.id.desc()).limit(limit))
    return list(rows)


async def forget_before(session: AsyncSession, cutoff: datetime) -> None:
    """They hold buyers' messages: kept for a while to be looked into, not for ever."""
    await session.execute(delete(DeadLetter).where(DeadLetter.created_at < cutoff))
