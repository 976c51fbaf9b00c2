"""No working invite link at rest (both runtimes): once the ``/invite`` answer is sent, or given up on,
no row in any table holds the invite code; only its hash stays, and the link still works."""

from __future__ import annotations

import re

from sqlalchemy import MetaData, select
from sqlalchemy.ext.asyncio import create_async_engine

from tests.e2e.conftest import SELLER_ID, Shop

INVITE_RE = re.compile(r"\?start=inv_([A-Za-z0-9_-]{1,60})")


async def rows_holding(database_url: str, needle: str) -> list[str]:
    """Every row of every table whose text contains ``needle``, as "table: row"."""
    engine = create_async_engine(database_url)
    found = []
    try:
        async with engine.connect() as conn:
            meta = MetaData()
            await conn.run_sync(meta.reflect)
            for table in meta.sorted_tables:
                for row in (await conn.execute(select(table))).all():
                    if needle in str(tuple(row)):
                        found.append(f"{table.name}: {tuple(row)}")
    finally:
        await engine.dispose()
    return found


async def test_the_sent_invite_keeps_no_code_in_the_database(shop: Shop) -> None:
    seller = shop.api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_command("invite")
    [invitation] = await seller.wait_received(1)
    match = INVITE_RE.search(invitation["text"])
    assert match is not None, invitation["text"]
    code = match.group(1)
    await shop.stop()  # the send under way finishes: its row is marked sent
    assert await rows_holding(shop.settings.database_url, code) == []
    await shop.start()
    newbie = shop.api.user(3002, "Nick", language_code="en")
    newbie.send_command("start", f"inv_{code}")
    welcome = (await newbie.wait_received(1))[0]
    assert "Welcome to the team" in welcome["text"]


async def test_an_invite_given_up_on_keeps_no_code_either(shop: Shop) -> None:
    shop.api.fail("sendMessage", 400, chat_id=SELLER_ID, description="Bad Request: message is too long")
    seller = shop.api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_command("invite")
    await shop.api.wait_calls("sendMessage", 1)
    await shop.stop()
    rows = await rows_holding(shop.settings.database_url, "start=inv_")
    assert rows == []
    invites = await rows_holding(shop.settings.database_url, "")
    assert any(row.startswith("invites:") for row in invites)  # the invite itself is there (hashed)
    assert any(row.startswith("outbox:") and "failed" in row for row in invites)
