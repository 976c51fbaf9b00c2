"""The team's queries: making someone a seller, and the invitations that do it."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Invite, Seller


async def add_seller(
    session: AsyncSession, telegram_id: int, language: str, *, source: str, owner: bool, now: datetime
) -> Seller:
    """Make ``telegram_id`` an active seller: a new row, or a removed seller's row brought back
    (keeping their profile and language choice). An active seller keeps how they joined."""
    seller = await session.get(Seller, telegram_id)
    if seller is not None and seller.active:
        seller.owner = seller.owner or owner
        return seller
    if seller is None:
        seller = Seller(telegram_id=telegram_id, first_name="", language=language)
        session.add(seller)
    seller.source, seller.owner, seller.active, seller.added_at = source, owner, True, now
    await session.flush()
    return seller


async def add_invite(
    session: AsyncSession, code_hash: str, created_by: int, now: datetime, expires_at: datetime
) -> None:
    session.add(Invite(code=code_hash, created_by=created_by, created_at=now, expires_at=expires_at))


async def invite(session: AsyncSession, code_hash: str) -> Invite | None:
    return await session.get(Invite, code_hash)


async def use_invite(session: AsyncSession, code_hash: str, used_by: int, now: datetime) -> bool:
    """Spend an unused, unexpired invite; False if it is not one. A single conditional UPDATE, so
    two people opening one link at once cannot both get in."""
    result = cast(
        CursorResult[Any],
        await session.execute(
            update(Invite)
            .where(Invite.code == code_hash, Invite.used_by.is_(None), Invite.expires_at > now)
            .values(used_by=used_by, used_at=now)
        ),
    )
    return bool(result.rowcount)
