"""The figures /stats reads: what happened since a moment (blocked buyers left out)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Buyer, Conversation, Message, Order


async def conversations_opened(
    session: AsyncSession, since: datetime
) -> list[tuple[datetime, datetime | None]]:
    """(opened, first answered) of each conversation opened since ``since``."""
    result = await session.execute(
        select(Conversation.opened_at, Conversation.first_answered_at)
        .join(Buyer, Buyer.id == Conversation.buyer_id)
        .where(Conversation.opened_at >= since, Buyer.blocked_at.is_(None))
        .order_by(Conversation.opened_at)
    )
    return [(opened, answered) for opened, answered in result.all()]


async def buyer_message_times(session: AsyncSession, since: datetime) -> list[datetime]:
    result = await session.execute(
        select(Message.created_at)
        .where(
            Message.direction == "in",
            Message.kind.not_in(("followup", "csat")),  # button presses, not something the buyer wrote
            Message.status != "blocked",
            Message.created_at >= since,
        )
        .order_by(Message.created_at)
    )
    return list(result.scalars().all())


async def followup_answers(session: AsyncSession, since: datetime) -> dict[str, int]:
    """Follow-up answers given since ``since`` by kind (ok, problem), and ``asked``: follow-ups sent."""
    answers = await session.execute(
        select(Order.followup_answer, func.count())
        .where(Order.followup_answered_at >= since)
        .group_by(Order.followup_answer)
    )
    counts = {str(answer): int(count) for answer, count in answers.all()}
    asked = await session.execute(select(func.count()).where(Order.followup_sent_at >= since))
    counts["asked"] = int(asked.scalar_one())
    return counts
