"""Texts sellers write, per kind and locale (table ``shop_texts``): saved replies, policy sections, the
vacation message, coupon descriptions. One accessor for all of them; writing is one upsert, so two
sellers saving the same text at once cannot collide."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ShopText
from storage.repositories import insert_for

SAVED_REPLY = "saved"  # name: the reply's name
POLICY = "policy"  # name: the section
VACATION = "vacation"  # name: always VACATION_MESSAGE
VACATION_MESSAGE = "message"
COUPON = "coupon"  # name: the coupon's code


class ShopTexts:
    """The texts of one ``kind``, on the unit of work's session."""

    def __init__(self, session: AsyncSession, kind: str) -> None:
        self.session = session
        self.kind = kind

    async def all(self) -> list[ShopText]:
        """Every variant of every text of the kind, by name, the default variant (locale "") first."""
        return await self._select(ShopText.kind == self.kind)

    async def variants(self, name: str) -> list[ShopText]:
        """The variants of one text, the default (locale "") first."""
        return await self._select(ShopText.kind == self.kind, ShopText.name == name)

    async def by_locale(self, name: str) -> dict[str, ShopText]:
        """The variants of one text by locale (``""``: the default)."""
        return {row.locale: row for row in await self.variants(name)}

    async def put(
        self, name: str, locale: str, text: str, entities: Sequence[Any], by: int | None, now: datetime
    ) -> bool:
        """Add or replace one variant; True if it replaced one (two sellers saving the same variant
        at once may both hear it was new: the one who saved last is kept)."""
        where = (ShopText.kind == self.kind, ShopText.name == name, ShopText.locale == locale)
        existed = await self.session.scalar(select(ShopText.id).where(*where)) is not None
        values = {"text": text, "entities": list(entities), "updated_by": by, "updated_at": now}
        stmt = insert_for(self.session, ShopText).values(kind=self.kind, name=name, locale=locale, **values)
        await self.session.execute(
            stmt.on_conflict_do_update(index_elements=["kind", "name", "locale"], set_=values)
        )
        return existed

    async def delete(self, name: str, locale: str | None = None) -> int:
        """Remove a text with all its variants (or only the ``locale`` one); how many rows went."""
        stmt = delete(ShopText).where(ShopText.kind == self.kind, ShopText.name == name)
        if locale is not None:
            stmt = stmt.where(ShopText.locale == locale)
        result = cast(CursorResult[Any], await self.session.execute(stmt))
        return int(result.rowcount)

    async def _select(self, *where: Any) -> list[ShopText]:
        result = await self.session.execute(
            select(ShopText)
            .where(*where)
            .order_by(ShopText.name, ShopText.locale)
            .execution_options(populate_existing=True)  # an upsert may have changed a loaded row
        )
        return list(result.scalars().all())
