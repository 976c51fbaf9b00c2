"""Coupon nudge campaign: ``/nudge CODE now`` to N subscribed buyers, through the real bot on a fake
Bot API in the same process.

Prints, per runtime: how long the /nudge command took to plan the campaign (one transaction: a recipient
row and an outbox row per buyer), how long until the final report, the rate coupons went out at (average
and peak per second overall; peak per chat), and CPU per coupon. With the default pacing the rate should
sit just under 25/s; ``--bulk-rate 1000 --send-rate 1000`` measures the pipeline instead of the pacing.

    python benchmarks/nudge_campaign.py [--buyers 300] [--runtime aiogram ptb]
        [--bulk-rate 25] [--send-rate 28] [--postgres postgresql+asyncpg://root@127.0.0.1:5432/test]

``--postgres`` names a server where the user may create databases: each runtime gets a new database
there, dropped afterwards (the campaign needs an empty shop).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import SellerBot
from bot.settings import Settings
from storage.models import Buyer, Consent
from tests.dbutil import POSTGRES_ENV, fresh_database
from tests.fakeapi import FakeBotApi

SELLER = 9_000_001
FIRST_BUYER = 1_000


async def seed(bot: SellerBot, buyers: int) -> None:
    """Subscribed buyers straight into the database: what is measured is the campaign, not sign-ups."""
    async with bot.sessions() as session, session.begin():
        now = bot.core.clock()
        for n in range(buyers):
            buyer = Buyer(
                telegram_id=FIRST_BUYER + n,
                first_name=f"B{n}",
                language="en",
                created_at=now,
                last_seen_at=now,
            )
            session.add(buyer)
            await session.flush()
            session.add(
                Consent(buyer_id=buyer.id, granted=True, source="bench", wording="v1", decided_at=now)
            )


async def measure(
    runtime: str, buyers: int, url: str, send_rate: float, bulk_rate: float
) -> dict[str, float]:
    async with FakeBotApi() as api:
        seller = api.user(SELLER, "Seller")
        users = [api.user(FIRST_BUYER + n, f"B{n}") for n in range(buyers)]
        settings = Settings(
            token=api.token,
            sellers=(SELLER,),
            database_url=url,
            api_url=api.base_url,
            runtime=runtime,
            polling_timeout=1,
            send_rate=send_rate,
            bulk_send_rate=bulk_rate,
        )
        bot = SellerBot(settings)
        await bot.start()
        await seed(bot, buyers)
        seller.send_text("/coupon add THANKS15 15% off your next order")
        await seller.wait_received(1, timeout=30)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        seller.send_text("/nudge THANKS15 now")
        await seller.wait_received(2, timeout=120)  # the progress message: the campaign is planned
        planned = time.perf_counter() - wall0
        first_sent = len(api.calls_to("sendMessage"))

        def reported() -> bool:
            return any("finished" in m.get("text", "") for m in api.received(SELLER))

        await api.wait_for(reported, timeout=buyers / max(bulk_rate, 1) * 3 + 60, what="the final report")
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        coupons = [c for c in api.calls_to("sendMessage")[first_sent:] if c.chat_id != SELLER]
        stats = api.rate_stats({"sendMessage"})
        got = sum(1 for user in users if any("THANKS15" in m.get("text", "") for m in api.received(user.id)))
        await bot.stop()
    send_window = max(c.started_at for c in coupons) - min(c.started_at for c in coupons)
    return {
        "buyers": buyers,
        "reached": got,
        "plan_s": planned,
        "total_s": wall,
        "avg_rate": len(coupons) / send_window if send_window else float(len(coupons)),
        "peak_rate": stats.max_per_second,
        "peak_chat": max(v for k, v in stats.max_per_second_by_chat.items() if k != SELLER),
        "cpu_ms": cpu / buyers * 1000,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buyers", type=int, default=300)
    parser.add_argument("--runtime", nargs="+", default=["aiogram", "ptb"])
    parser.add_argument("--postgres", default=None, help="a PostgreSQL URL to create databases with")
    parser.add_argument("--send-rate", type=float, default=28.0)
    parser.add_argument("--bulk-rate", type=float, default=25.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    print(
        f"{'runtime':8} {'buyers':>7} {'reached':>8} {'plan s':>7} {'total s':>8} {'avg/s':>6} "
        f"{'peak/s':>7} {'peak/chat/s':>12} {'CPU ms/coupon':>14}"
    )
    if args.postgres:
        os.environ[POSTGRES_ENV] = args.postgres
    for runtime in args.runtime:
        with tempfile.TemporaryDirectory() as folder:
            kind = "postgresql" if args.postgres else "sqlite"
            async with fresh_database(kind, Path(folder)) as url:
                f = await measure(runtime, args.buyers, url, args.send_rate, args.bulk_rate)
        print(
            f"{runtime:8} {f['buyers']:7.0f} {f['reached']:8.0f} {f['plan_s']:7.2f} {f['total_s']:8.1f} "
            f"{f['avg_rate']:6.1f} {f['peak_rate']:7.0f} {f['peak_chat']:12.0f} {f['cpu_ms']:14.2f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (whole process, both runtimes and the fake API): {peak:.0f} MiB")


if __name__ == "__main__":
    asyncio.run(main())
