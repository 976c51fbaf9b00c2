"""The one accessor of seller-written texts: upserts, so concurrent saves of one text don't collide."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import session_factory
from storage.shop_texts import SAVED_REPLY, ShopTexts

NOW = datetime(2026, 1, 1, tzinfo=UTC)


async def test_two_sellers_saving_the_same_reply_at_once_both_succeed(engine: AsyncEngine) -> None:
    sessions = session_factory(engine)
    # On PostgreSQL both transactions look before either writes, then both insert: the second one's
    # INSERT waits for the first to commit and then updates. SQLite runs one writing transaction at a
    # time (one connection, BEGIN IMMEDIATE), so there the two saves simply run one after the other.
    concurrent = engine.dialect.name == "postgresql"
    both_looked = asyncio.Barrier(2 if concurrent else 1)

    async def save(seller: int, text: str) -> None:
        async with sessions() as session, session.begin():
            texts = ShopTexts(session, SAVED_REPLY)
            if concurrent:
                assert await texts.variants("hello") == []  # neither sees the other's reply yet
            await both_looked.wait()
            await texts.put("hello", "", text, [], seller, NOW)

    await asyncio.wait_for(asyncio.gather(save(1, "Hi!"), save(2, "Hello!")), timeout=30)
    async with sessions() as session:
        rows = await ShopTexts(session, SAVED_REPLY).variants("hello")
    assert [(row.locale, row.text) for row in rows] in ([("", "Hi!")], [("", "Hello!")])


async def test_put_replaces_and_says_so_and_delete_counts(engine: AsyncEngine) -> None:
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        texts = ShopTexts(session, SAVED_REPLY)
        assert await texts.put("hello", "", "Hi!", [], 1, NOW) is False
        assert await texts.put("hello", "de", "Hallo!", [], 1, NOW) is False
        assert await texts.put("hello", "", "Hello!", [], 2, NOW) is True
        assert [(r.locale, r.text, r.updated_by) for r in await texts.all()] == [
            ("", "Hello!", 2),
            ("de", "Hallo!", 1),
        ]
        assert await ShopTexts(session, "policy").all() == []  # kinds are apart
        assert await texts.delete("hello", "de") == 1
        assert await texts.delete("hello") == 1
        assert await texts.all() == []
