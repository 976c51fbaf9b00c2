"""Queries for the satisfaction question (handlers/features/csat/): ratings, and the conversations it is
planned for."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Buyer, Conversation, CsatRating, Message, Timer
from storage.repositories import insert_for


async def record_rating(
    session: AsyncSession, conversation: Conversation, score: int, answered_by: int | None, now: datetime
) -> tuple[int, bool]:
    """Store ``score`` unless the conversation was rated already (a second press, a second device):
    the score in force, and True if it is this one."""
    stmt = (
        insert_for(session, CsatRating)
        .values(
            conversation_id=conversation.id,
            buyer_id=conversation.buyer_id,
            score=score,
            answered_by=answered_by,
            rated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["conversation_id"])
    )
    inserted = (await session.execute(stmt)).rowcount == 1  # type: ignore[attr-defined]
    if inserted:
        return score, True
    stored = await session.execute(
        select(CsatRating.score).where(CsatRating.conversation_id == conversation.id)
    )
    return int(stored.scalar_one()), False


async def last_answerer(session: AsyncSession, conversation_id: int) -> int | None:
    """The seller whose answer in the conversation came last."""
    result = await session.execute(
        select(Message.seller_id)
        .where(Message.conversation_id == conversation_id, Message.direction == "out")
        .order_by(Message.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def planned_conversations(session: AsyncSession, timer_kind: str) -> list[Conversation]:
    """Conversations with a question planned (a timer of ``timer_kind`` keyed by their id)."""
    keys = (await session.execute(select(Timer.key).where(Timer.kind == timer_kind))).scalars().all()
    ids = [int(key) for key in keys if key.isdigit()]
    if not ids:
        return []
    result = await session.execute(select(Conversation).where(Conversation.id.in_(ids)))
    return list(result.scalars().all())


async def ratings_since(session: AsyncSession, since: datetime) -> list[tuple[datetime, int]]:
    """(rated at, score) of each rating given since ``since``, oldest first (blocked buyers left out)."""
    result = await session.execute(
        select(CsatRating.rated_at, CsatRating.score)
        .join(Buyer, Buyer.id == CsatRating.buyer_id)
        .where(CsatRating.rated_at >= since, Buyer.blocked_at.is_(None))
        .order_by(CsatRating.rated_at)
    )
    return [(rated_at, int(score)) for rated_at, score in result.all()]
