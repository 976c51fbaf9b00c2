"""Outbox claim cost against the backlog of one chat (issue 11: "flat cost").

A seller's chat has BACKLOG rows queued (many buyers wrote at once) and 50 other chats a row each, sent
first. Then the sender's loop runs as in production for the seller's chat — claim what is claimable,
mark it sent — while buyers keep writing (a row is queued for each one sent, so the backlog stays at
BACKLOG), and the CPU per row is printed for each backlog. Flat means the cost with 10,000 queued stays
within 1.2x of the cost with 10 queued.

Then the whole sending pipeline on one burst: DRAIN relayed messages queued for one seller's chat at
once, drained by the real OutboxSender (claim, send to a recording fake Bot API, record each success
through Core.sent) with pacing lifted; printed per row sent: transactions (BEGINs), SQL statements
besides BEGIN, and CPU. Measured on 2 cores under load (CPU varies ±20 % run to run):

    | per row | transactions | statements | CPU ms SQLite | CPU ms PostgreSQL |
    |---|---|---|---|---|
    | before: a row per chat a round, interrupted rows looked for apart | 3.00 | 7.0 | 7.3-8.2 | 8.9-11.4 |
    | runs of 10 per chat, the look in the claim's transaction | 1.10 | 3.3 | 3.5-4.3 | 5.0-5.4 |

    python benchmarks/outbox_claim.py [--backlogs 10 1000 10000] [--rows 300] [--drain 1000]
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

from sqlalchemy import delete, event, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from handlers.core.effects import Outgoing, SendMessage
from handlers.core.outbox import persist_effects
from scheduler.outbox import OutboxSender
from storage.db import create_engine, session_factory, upgrade
from storage.models import Message, OutboxItem
from storage.outbox import NewSend, claim_outbox, mark_sent, queue_sends
from tests.support.harness import Harness
from tests.support.users import ANNA, SELLER

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


async def measure_drain(url: str, rows: int) -> tuple[float, float, float]:
    """Transactions, statements and CPU ms per row for ``rows`` relays queued at once to one seller."""
    engine = create_engine(url)
    await upgrade(engine)
    shop = Harness(engine)
    shop.number_updates_from(time.time_ns() // 1000)  # ids no earlier run on this database handled
    await shop.start()
    await shop.send(ANNA, "hello")  # a stored message for the relays to be copies of
    async with shop.sessions() as session, session.begin():
        message_id = (await session.execute(select(Message.id).limit(1))).scalar_one()
        await session.execute(delete(OutboxItem))
        relays = [
            Outgoing(SendMessage(SELLER.id, f"Anna: question {n}"), message_ids=(message_id,), role="relay")
            for n in range(rows)
        ]
        await persist_effects(session, relays, shop.clock())
    sender = OutboxSender(shop.sessions, shop.api, shop.core, clock=shop.clock, per_second=1e9)
    counts = {"begin": 0, "statements": 0}

    def on_begin(*_: object) -> None:
        counts["begin"] += 1

    def on_statement(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if not statement.startswith("BEGIN"):  # SQLite's BEGIN IMMEDIATE is counted as a transaction
            counts["statements"] += 1

    event.listen(engine.sync_engine, "begin", on_begin)
    event.listen(engine.sync_engine, "before_cursor_execute", on_statement)
    shop.api.calls.clear()
    cpu = time.process_time()
    while await sender.drain_once():
        pass
    spent = time.process_time() - cpu
    event.remove(engine.sync_engine, "begin", on_begin)
    event.remove(engine.sync_engine, "before_cursor_execute", on_statement)
    texts = [getattr(call, "text", "") for call in shop.api.to(SELLER.id)]
    assert texts == [f"Anna: question {n}" for n in range(rows)], "not all sent, or out of order"
    async with shop.sessions() as session, session.begin():
        await session.execute(delete(OutboxItem))
    await engine.dispose()
    return counts["begin"] / rows, counts["statements"] / rows, 1000 * spent / rows


async def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--backlogs", type=int, nargs="+", default=[10, 1000, 10000])
    parser.add_argument("--rows", type=int, default=300, help="seller rows sent per backlog")
    parser.add_argument("--drain", type=int, default=1000, help="rows queued at once for the drain")
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
        if args.drain:
            begins, statements, cpu = await measure_drain(url, args.drain)
            print(f"drain of {args.drain} relays queued for one chat, per row sent:")
            print(f"  {begins:.2f} transactions, {statements:.2f} statements, {cpu:.3f} ms CPU")


if __name__ == "__main__":
    asyncio.run(main())
