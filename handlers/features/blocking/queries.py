"""The blocking feature's queries."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Buyer


async def blocked_buyers(session: AsyncSession) -> list[Buyer]:
    result = await session.execute(
        select(Buyer).where(Buyer.blocked_at.is_not(None)).order_by(Buyer.blocked_at, Buyer.id)
    )
    return list(result.scalars().all())
