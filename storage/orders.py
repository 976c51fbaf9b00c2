"""Queries about orders and the work planned around them (follow-ups, reminders)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Buyer, Order


async def order_by_code(session: AsyncSession, code: str) -> Order | None:
    result = await session.execute(select(Order).where(Order.code == code))
    return result.scalar_one_or_none()


async def order(session: AsyncSession, order_id: int) -> Order | None:
    return await session.get(Order, order_id)


async def add_order(session: AsyncSession, code: str, buyer_id: int | None, now: datetime) -> Order:
    row = Order(code=code, buyer_id=buyer_id, status="open", created_at=now, updated_at=now)
    session.add(row)
    await session.flush()
    return row


async def unconfirmed_link_orders(session: AsyncSession, buyer_id: int) -> int:
    """How many open orders ``buyer_id`` created by opening links that no seller has linked since."""
    result = await session.execute(
        select(func.count())
        .select_from(Order)
        .where(Order.buyer_id == buyer_id, Order.by_link.is_(True), Order.status == "open")
    )
    return int(result.scalar_one())


async def recent_orders(session: AsyncSession, limit: int) -> list[tuple[Order, Buyer | None]]:
    result = await session.execute(
        select(Order, Buyer)
        .outerjoin(Buyer, Buyer.id == Order.buyer_id)
        .order_by(Order.updated_at.desc(), Order.id.desc())
        .limit(limit)
    )
    return [(row, buyer) for row, buyer in result.all()]


async def delivered_awaiting_followup(session: AsyncSession) -> list[Order]:
    """Delivered orders whose follow-up has not gone out yet (to re-plan when the delay changes)."""
    result = await session.execute(
        select(Order).where(Order.status == "delivered", Order.followup_sent_at.is_(None))
    )
    return list(result.scalars().all())


async def delivered_since(session: AsyncSession, since: datetime) -> list[Order]:
    result = await session.execute(
        select(Order).where(Order.status == "delivered", Order.delivered_at >= since)
    )
    return list(result.scalars().all())
