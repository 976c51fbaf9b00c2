"""Outbox claim cost against the backlog of one chat (issue 11: "flat cost").

A seller's chat has BACKLOG rows queued (many buyers wrote at once) and 50 other chats a row each, sent
first. Then the sender's loop runs as in production for the seller's chat — claim what is claimable,
mark it sent — while buyers keep writing (a row is queued for each one sent, so the backlog stays at
BACKLOG), and the CPU per row is printed for each backlog. Flat means the cost with 10,000 queued stays
within 1.2x of the cost with 10 queued.

    python benchmarks/outbox_claim.py [--backlogs 10 1000 10000] [--rows 300]
        [--database-url postgresql+asyncpg://root@127.0.0.1:5432/bench]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.db import create_engine, session_factory, upgrade
from storage.models import OutboxItem
from storage.outbox import NewSend, claim_outbox, mark_sent, queue_sends

SELLER_CHAT = 9_000_001
OTHER_CHATS = 50


async def measure(url: str, backlog: int, rows: int) -> float:
    engine = create_engine(url)
    await upgrade(engine)
    sessions = session_factory(engine)
    now = datetime.now(UTC)
    async with sessions() as session, session.begin():
        await session.execute(delete(OutboxItem))
        sends = [NewSend(SELLER_CHAT, {"method": "sendMessage", "text": f"m{i}"}) for i in range(backlog)]
        sends += [NewSend(100 + c, {"method": "sendMessage", "text": "hi"}) for c in range(OTHER_CHATS)]
        await queue_sends(session, sends, now)
    await _drain(sessions, now, OTHER_CHATS + 1)  # the other chats' rows and the seller's first
    cpu = time.process_time()
    for i in range(rows):
        async with sessions() as session, session.begin():
            await queue_sends(
                session, [NewSend(SELLER_CHAT, {"method": "sendMessage", "text": f"n{i}"})], now
            )
        await _drain(sessions, now, 1)
    spent = time.process_time() - cpu
    await engine.dispose()
    return 1000 * spent / rows


async def _drain(sessions: async_sessionmaker[AsyncSession], now: datetime, count: int) -> None:
    """Claim and mark sent ``count`` rows, a round at a time, as the sender does."""
    while count > 0:
        async with sessions() as session, session.begin():
            items = await claim_outbox(session, now, 32)
        assert items, "nothing claimable"
        async with sessions() as session, session.begin():
            for item in items:
                await mark_sent(session, item.id, [1], now)
        count -= len(items)


async def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--backlogs", type=int, nargs="+", default=[10, 1000, 10000])
    parser.add_argument("--rows", type=int, default=300, help="seller rows sent per backlog")
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.db"
        print(f"database: {url.split('://')[0]}; {args.rows} seller rows sent per backlog")
        print(f"{'backlog':>8} {'CPU ms per row':>24}")
        costs = {}
        for backlog in args.backlogs:
            costs[backlog] = await measure(url, backlog, args.rows)
            print(f"{backlog:>8} {costs[backlog]:>24.3f}")
        low, high = costs[min(costs)], costs[max(costs)]
        print(f"ratio {max(costs)} / {min(costs)} queued: {high / low:.2f} (target <= 1.2)")


if __name__ == "__main__":
    asyncio.run(main())
