"""Relay throughput: buyers' messages → the seller, through the real bot on a fake Bot API.

Prints, per runtime: relayed messages per second (end to end: polling, core, database, outbox, send),
Bot API calls per relayed message, CPU seconds per 1,000 messages and peak memory. The fake Bot API
runs in the same process, so the figures include its cost: compare runs, not absolute numbers.

    python benchmarks/relay_throughput.py [--buyers 20] [--messages 25] [--runtime aiogram ptb]
        [--database-url postgresql+asyncpg://root@127.0.0.1:5432/bench]
        [--send-rate 10000 --chat-send-rate 10000]  # the pipeline's capacity, not the pacing
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import SellerBot
from bot.settings import Settings
from tests.fakeapi import FakeBotApi

SELLER = 9_000_001
RELAY_METHODS = {"sendMessage", "copyMessage", "sendMediaGroup", "copyMessages"}


async def measure(
    runtime: str,
    buyers: int,
    messages: int,
    database_url: str,
    send_rate: float = 28.0,
    chat_send_rate: float = 1.0,
) -> dict[str, float]:
    async with FakeBotApi() as api:
        api.user(SELLER, "Seller")
        settings = Settings(
            token=api.token,
            sellers=(SELLER,),
            database_url=database_url,
            api_url=api.base_url,
            runtime=runtime,
            polling_timeout=1,
            send_rate=send_rate,
            chat_send_rate=chat_send_rate,
        )
        bot = SellerBot(settings)
        await bot.start()
        users = [api.user(1000 + i, f"Buyer{i}") for i in range(buyers)]
        for user in users:  # each buyer's first message opens a conversation (and gets an ack)
            user.send_text("hello")
        await api.wait_received(SELLER, buyers, timeout=120)
        calls_before = len(api.calls)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for n in range(messages):
            for user in users:
                user.send_text(f"message {n} from {user.id}: is the blue scarf still available?")
        total = buyers * (messages + 1)
        await api.wait_received(SELLER, total, timeout=600)
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        relay_calls = [
            c for c in api.calls[calls_before:] if c.method in RELAY_METHODS and c.chat_id == SELLER
        ]
        await bot.stop()
    relayed = buyers * messages
    return {
        "relayed": relayed,
        "per_second": relayed / wall,
        "calls_per_message": len(relay_calls) / relayed,
        "cpu_ms_per_message": cpu / relayed * 1000,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buyers", type=int, default=20)
    parser.add_argument("--messages", type=int, default=25)
    parser.add_argument("--runtime", nargs="+", default=["aiogram", "ptb"])
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--send-rate",
        type=float,
        default=28.0,
        help="outbox pacing (msg/s); raise it to measure the pipeline's capacity rather than the pacing",
    )
    parser.add_argument(
        "--chat-send-rate",
        type=float,
        default=1.0,
        help="pacing per chat (msg/s); every relayed message goes to the one seller, so raise it too",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(f"{'runtime':8} {'relayed':>8} {'msg/s':>8} {'calls/msg':>10} {'CPU ms/msg':>11}")
    for runtime in args.runtime:
        with tempfile.TemporaryDirectory() as folder:
            url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.db"
            figures = await measure(
                runtime, args.buyers, args.messages, url, args.send_rate, args.chat_send_rate
            )
        print(
            f"{runtime:8} {figures['relayed']:8.0f} {figures['per_second']:8.1f} "
            f"{figures['calls_per_message']:10.2f} {figures['cpu_ms_per_message']:11.2f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (whole process, both runtimes and the fake API): {peak:.0f} MiB")


if __name__ == "__main__":
    asyncio.run(main())
