"""Queries for marketing: consent decisions, coupons, nudges and their recipients."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Buyer, Consent, Coupon, Nudge, NudgeSend
from storage.shop_texts import COUPON, ShopTexts


# -- consent ---------------------------------------------------------------------------------------------
async def add_consent(
    session: AsyncSession, buyer_id: int, granted: bool, source: str, wording: str, now: datetime
) -> None:
    session.add(Consent(buyer_id=buyer_id, granted=granted, source=source, wording=wording, decided_at=now))
    await session.flush()


async def latest_consent(session: AsyncSession, buyer_id: int) -> Consent | None:
    result = await session.execute(
        select(Consent).where(Consent.buyer_id == buyer_id).order_by(Consent.id.desc()).limit(1)
    )
    return result.scalar_one_or_none()


def _in_force() -> Any:
    """The condition "this Consent row is its buyer's latest decision" (the one in force)."""
    return Consent.id.in_(select(func.max(Consent.id)).group_by(Consent.buyer_id).scalar_subquery())


async def consenting_buyers(session: AsyncSession) -> list[Buyer]:
    """Buyers whose latest decision is yes, in the order they became buyers."""
    result = await session.execute(
        select(Buyer)
        .join(Consent, Consent.buyer_id == Buyer.id)
        .where(_in_force(), Consent.granted.is_(True))
        .order_by(Buyer.id)
    )
    return list(result.scalars().all())


async def consent_counts(session: AsyncSession, since: datetime) -> tuple[int, int]:
    """(buyers whose latest decision, made since ``since``, is yes; buyers who decided since then)."""
    result = await session.execute(
        select(func.count(), func.count().filter(Consent.granted.is_(True))).where(
            _in_force(), Consent.decided_at >= since
        )
    )
    decided, granted = result.one()
    return int(granted), int(decided)


# -- coupons ---------------------------------------------------------------------------------------------
async def coupon(session: AsyncSession, code: str) -> Coupon | None:
    return await session.get(Coupon, code)


async def coupons(session: AsyncSession) -> list[Coupon]:
    return list((await session.execute(select(Coupon).order_by(Coupon.code))).scalars().all())


# -- nudges ----------------------------------------------------------------------------------------------
async def nudge(session: AsyncSession, nudge_id: int) -> Nudge | None:
    return await session.get(Nudge, nudge_id)


async def active_rules(session: AsyncSession, code: str | None = None) -> list[Nudge]:
    stmt = select(Nudge).where(Nudge.kind == "after", Nudge.ended_at.is_(None))
    if code is not None:
        stmt = stmt.where(Nudge.code == code)
    return list((await session.execute(stmt.order_by(Nudge.id))).scalars().all())


async def running_campaigns(session: AsyncSession, code: str | None = None) -> list[Nudge]:
    stmt = select(Nudge).where(Nudge.kind == "now", Nudge.ended_at.is_(None))
    if code is not None:
        stmt = stmt.where(Nudge.code == code)
    return list((await session.execute(stmt.order_by(Nudge.id))).scalars().all())


async def buyers_who_had(session: AsyncSession, code: str) -> set[int]:
    """Buyers sent (or being sent) this coupon by any nudge."""
    result = await session.execute(
        select(NudgeSend.buyer_id)
        .join(Nudge, Nudge.id == NudgeSend.nudge_id)
        .where(Nudge.code == code, NudgeSend.status.in_(("pending", "sent")))
    )
    return set(result.scalars().all())


async def send_of(session: AsyncSession, nudge_id: int, buyer_id: int) -> NudgeSend | None:
    result = await session.execute(
        select(NudgeSend).where(NudgeSend.nudge_id == nudge_id, NudgeSend.buyer_id == buyer_id)
    )
    return result.scalar_one_or_none()


async def add_sends(session: AsyncSession, rows: list[NudgeSend]) -> None:
    """Recipients in one multi-row INSERT (a campaign has one per subscribed buyer); ids filled in."""
    session.add_all(rows)
    await session.flush()


async def settle_send(
    session: AsyncSession, send_id: int, status: str, reason: str | None, now: datetime
) -> None:
    """A pending recipient is done: sent, failed or skipped (never changed after that)."""
    await session.execute(
        update(NudgeSend)
        .where(NudgeSend.id == send_id, NudgeSend.status == "pending")
        .values(status=status, reason=reason, updated_at=now)
    )


async def send_counts(session: AsyncSession, nudge_id: int) -> dict[str, int]:
    result = await session.execute(
        select(NudgeSend.status, func.count())
        .where(NudgeSend.nudge_id == nudge_id)
        .group_by(NudgeSend.status)
    )
    return {status: int(count) for status, count in result.all()}


async def nudge_counts_since(session: AsyncSession, since: datetime) -> tuple[int, int]:
    """(sent, failed) nudge messages settled since ``since``."""
    result = await session.execute(
        select(
            func.count().filter(NudgeSend.status == "sent"),
            func.count().filter(NudgeSend.status == "failed"),
        ).where(NudgeSend.updated_at >= since)
    )
    sent, failed = result.one()
    return int(sent), int(failed)


# A coupon's description per buyer language lives in shop_texts (kind "coupon", name = the code), like
# saved replies' variants. Coupon.description stays the text of coupons made before there were variants.
async def coupon_variants(session: AsyncSession, code: str) -> dict[str, str]:
    return {row.locale: row.text for row in await ShopTexts(session, COUPON).variants(code)}


async def set_coupon_variant(
    session: AsyncSession, code: str, locale: str, text: str, updated_by: int, now: datetime
) -> None:
    await ShopTexts(session, COUPON).put(code, locale, text, [], updated_by, now)


async def delete_coupon_variants(session: AsyncSession, code: str) -> None:
    await ShopTexts(session, COUPON).delete(code)
