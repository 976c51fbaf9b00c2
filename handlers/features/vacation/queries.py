"""The vacation feature's queries: vacations, the auto-responses given during one, and what came in."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Message, Vacation, VacationReply
from storage.repositories import insert_for


async def active_vacation(session: AsyncSession) -> Vacation | None:
    """The vacation not switched off yet (its ``until`` may have passed: the timer ends it)."""
    result = await session.execute(
        select(Vacation).where(Vacation.ended_at.is_(None)).order_by(Vacation.id.desc()).limit(1)
    )
    return result.scalar_one_or_none()


async def vacation(session: AsyncSession, vacation_id: int) -> Vacation | None:
    return await session.get(Vacation, vacation_id)


async def latest_vacation_end(session: AsyncSession, now: datetime) -> datetime | None:
    """When the latest vacation that is over ended: switched off, or past its ``until`` (whose
    timer may not have run yet). None if there never was one."""
    ran_out = case((and_(Vacation.ended_at.is_(None), Vacation.until <= now), Vacation.until))
    row = (await session.execute(select(func.max(Vacation.ended_at), func.max(ran_out)))).one()
    return max((m for m in row if m is not None), default=None)


async def start_vacation(
    session: AsyncSession, until: datetime | None, started_by: int, now: datetime
) -> Vacation:
    row = Vacation(started_at=now, until=until, started_by=started_by, is_open=True)
    session.add(row)
    await session.flush()
    return row


async def claim_vacation_reply(session: AsyncSession, vacation_id: int, buyer_id: int, now: datetime) -> bool:
    """Record that the buyer got this vacation's auto-response; False if they already had it."""
    stmt = (
        insert_for(session, VacationReply)
        .values(vacation_id=vacation_id, buyer_id=buyer_id, replied_at=now)
        .on_conflict_do_nothing(index_elements=["vacation_id", "buyer_id"])
    )
    result = cast(CursorResult[Any], await session.execute(stmt))
    return bool(result.rowcount)


async def count_vacation_replies(session: AsyncSession, vacation_id: int) -> int:
    result = await session.execute(
        select(func.count()).select_from(VacationReply).where(VacationReply.vacation_id == vacation_id)
    )
    return int(result.scalar_one())


async def incoming_between(session: AsyncSession, start: datetime, end: datetime) -> tuple[int, int]:
    """(buyers who wrote, their messages) from ``start`` to ``end``; blocked buyers' not counted."""
    result = await session.execute(
        select(func.count(func.distinct(Message.buyer_id)), func.count(Message.id)).where(
            Message.direction == "in",
            Message.status != "blocked",
            Message.created_at >= start,
            Message.created_at <= end,
        )
    )
    buyers, messages = result.one()
    return int(buyers), int(messages)
