"""The fault table: ``sellerbot run`` as a real process on the fake Bot API, faults injected, on both
runtimes; prints what was lost, duplicated, provoked or leaked as a Markdown table (the README's).

    python benchmarks/fault_table.py [--runtime aiogram ptb] [--only kill-buyers,poison,...]

Each scenario counts messages by their unique bodies (``b<buyer>-<n>`` buyer → seller, ``s<buyer>-<n>``
seller → buyer) in the chats of the fake Telegram, so "lost" and "duplicates" are what users saw.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.botprocess import BotProcess
from tests.e2e.conftest import SELLER_ID
from tests.e2e.counting import bodies, burst, settle, tally, until
from tests.fakeapi import FakeBotApi

Json = dict[str, Any]
BUYERS, MESSAGES = 20, 10
FIRST_BUYER = 5001
# The per-chat pace is Telegram's ~1/s; 200 messages to one seller would take minutes, so scenarios
# that are not about pacing lift it (a setting) and keep the overall one.
FAST = {"SELLERBOT_CHAT_SEND_RATE": "1000", "SELLERBOT_CHAT_SEND_BURST": "1000"}


async def kill_buyers(api: FakeBotApi, bot: BotProcess, moment: int) -> Json:
    """An instant burst of 20 × 10 buyer messages; SIGKILL once ``moment`` reached the seller."""
    buyers = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(BUYERS)]
    await bot.start()
    expected = burst(buyers, MESSAGES)
    await until(lambda: len(bodies(api, SELLER_ID, "b")) >= moment, 60)
    await bot.kill()
    killed_at = len(bodies(api, SELLER_ID, "b"))
    await bot.start()
    await settle(lambda: len(set(bodies(api, SELLER_ID, "b"))), len(expected), 120)
    lost, duplicates, order = tally(bodies(api, SELLER_ID, "b"), expected)
    return {"lost": lost, "duplicates": duplicates, "order kept": order, "relayed at kill": killed_at}


async def kill_sellers(api: FakeBotApi, bot: BotProcess, moment: int) -> Json:
    """Every buyer writes once; the seller answers each 10 times at once; SIGKILL mid-way."""
    buyers = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(BUYERS)]
    seller = api.user(SELLER_ID, "Sam")
    await bot.start()
    for buyer in buyers:
        buyer.send_text(f"b{buyer.id}-0")
    await until(lambda: len(bodies(api, SELLER_ID, "b")) >= BUYERS, 60)
    relayed = {
        str(m.get("text", "")).rsplit("\n", 1)[-1]: m
        for m in api.received(SELLER_ID)
        if str(m.get("text", "")).rsplit("\n", 1)[-1].startswith("b")
    }
    expected = []
    for n in range(MESSAGES):
        for buyer in buyers:
            body = f"s{buyer.id}-{n}"
            seller.send_text(body, reply_to=relayed[f"b{buyer.id}-0"])
            expected.append(body)

    def answered() -> list[str]:
        return [body for buyer in buyers for body in bodies(api, buyer.id, "s")]

    await until(lambda: len(answered()) >= moment, 60)
    await bot.kill()
    await bot.start()
    await settle(lambda: len(set(answered())), len(expected), 120)
    lost, duplicates, order = 0, 0, True
    for buyer in buyers:
        mine = [body for body in expected if body.startswith(f"s{buyer.id}-")]
        lost_b, dup_b, order_b = tally(bodies(api, buyer.id, "s"), mine)
        lost, duplicates, order = lost + lost_b, duplicates + dup_b, order and order_b
    return {"lost": lost, "duplicates": duplicates, "order kept": order}


async def poison(api: FakeBotApi, bot: BotProcess) -> Json:
    """An update neither library can parse (a message whose ``date`` is text), then 20 good ones."""
    buyers = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(BUYERS)]
    await bot.start()
    buyers[0].send_text("b0-warmup")
    await until(lambda: bool(api.received(SELLER_ID)), 30)
    before_calls = len(api.calls_to("getUpdates"))
    log_before = bot.log_path.stat().st_size
    api.queue_update(
        "message",
        {
            "message_id": 999999,
            "date": "yesterday",
            "chat": {"id": buyers[1].id, "type": "private"},
            "from": {"id": buyers[1].id, "is_bot": False, "first_name": "X"},
            "text": "poison",
        },
    )
    expected = []
    for buyer in buyers:
        body = f"b{buyer.id}-1"
        buyer.send_text(body)
        expected.append(body)
    started = time.monotonic()
    await settle(lambda: len(set(bodies(api, SELLER_ID, "b"))), len(expected), 30, quiet=1.0)
    spent = time.monotonic() - started
    lost, duplicates, _ = tally(bodies(api, SELLER_ID, "b"), expected)
    return {
        "lost": lost,
        "duplicates": duplicates,
        f"getUpdates in {spent:.0f} s": len(api.calls_to("getUpdates")) - before_calls,
        "log KB": (bot.log_path.stat().st_size - log_before) // 1024,
        "sellers told": sum(
            "999999" in str(m.get("text")) or "skipped" in str(m.get("text")) for m in api.received(SELLER_ID)
        ),
    }


async def slow_send(api: FakeBotApi, bot: BotProcess) -> Json:
    """One buyer's answer takes 90 s at Telegram; meanwhile 19 other buyers write to the seller."""
    buyers = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(BUYERS)]
    slow = buyers[0]
    await bot.start()
    for buyer in buyers:
        buyer.send_text(f"b{buyer.id}-0")
    await until(lambda: len(bodies(api, SELLER_ID, "b")) >= BUYERS, 60)
    api.delay("sendMessage", 90, chat_id=slow.id)
    api.delay("copyMessage", 90, chat_id=slow.id)
    seller = api.user(SELLER_ID, "Sam")
    relayed = next(m for m in api.received(SELLER_ID) if str(m.get("text")).endswith(f"b{slow.id}-0"))
    calls_before = len(api.calls)
    seller.send_text(f"s{slow.id}-0", reply_to=relayed)
    await asyncio.sleep(1)
    started = time.monotonic()
    expected = []
    for buyer in buyers[1:]:
        body = f"b{buyer.id}-1"
        buyer.send_text(body)
        expected.append(body)
    await until(lambda: len(set(bodies(api, SELLER_ID, "b"))) >= BUYERS + len(expected), 150)
    stalled = time.monotonic() - started
    await settle(lambda: len(bodies(api, slow.id, "s")), 1, 150)
    lost, _, _ = tally(bodies(api, SELLER_ID, "b"), expected)
    # The answer is a copyMessage to the slow chat: every such call after the reply is one try.
    sent_times = sum(
        1 for c in api.calls[calls_before:] if c.chat_id == slow.id and c.method.lower() == "copymessage"
    )
    return {"others waited s": round(stalled, 1), "lost": lost, "slow answer sent times": sent_times}


async def lost_answers(api: FakeBotApi, bot: BotProcess) -> Json:
    """100 seller answers (5 to each of 20 buyers); the first answer to each buyer is performed by
    Telegram but its connection resets before the answer comes back (20 resets)."""
    buyers = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(BUYERS)]
    seller = api.user(SELLER_ID, "Sam")
    await bot.start()
    for buyer in buyers:
        buyer.send_text(f"b{buyer.id}-0")
    await until(lambda: len(bodies(api, SELLER_ID, "b")) >= BUYERS, 60)
    relayed = {str(m.get("text", "")).rsplit("\n", 1)[-1]: m for m in api.received(SELLER_ID)}
    for buyer in buyers:
        api.disconnect("copyMessage", times=1, chat_id=buyer.id, deliver=True)
    expected: dict[int, list[str]] = {buyer.id: [] for buyer in buyers}
    for n in range(5):
        for buyer in buyers:
            body = f"s{buyer.id}-{n}"
            seller.send_text(body, reply_to=relayed[f"b{buyer.id}-0"])
            expected[buyer.id].append(body)

    def answered() -> int:
        return sum(len(set(bodies(api, buyer.id, "s"))) for buyer in buyers)

    await settle(answered, 100, 120)
    lost = duplicates = 0
    order = True
    for buyer in buyers:
        lost_b, dup_b, order_b = tally(bodies(api, buyer.id, "s"), expected[buyer.id])
        lost, duplicates, order = lost + lost_b, duplicates + dup_b, order and order_b
    return {"resets": BUYERS, "lost": lost, "duplicates": duplicates, "order kept": order}


async def flood(api: FakeBotApi, bot: BotProcess) -> Json:
    """100 messages to one seller under Telegram-like limits (30/s overall, 1/s per chat)."""
    buyers = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(BUYERS)]
    await bot.start()
    buyers[0].send_text("hello")
    await until(lambda: bool(api.received(SELLER_ID)), 30)
    api.enforce_flood_limits(30, 1)
    expected = []
    for n in range(5):
        for buyer in buyers:
            body = f"b{buyer.id}-{n}"
            buyer.send_text(body)
            expected.append(body)
    started = time.monotonic()
    await settle(lambda: len(set(bodies(api, SELLER_ID, "b"))), len(expected), 400, quiet=1.0)
    lost, _, _ = tally(bodies(api, SELLER_ID, "b"), expected)
    provoked = sum(1 for c in api.calls if c.note == "flood limit")
    return {"429 provoked": provoked, "lost": lost, "took s": round(time.monotonic() - started)}


async def after_kill(api: FakeBotApi, bot: BotProcess) -> Json:
    """SIGKILL mid-burst, restart at once: how long until the seller gets the next message."""
    buyers = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(BUYERS)]
    await bot.start()
    burst(buyers, MESSAGES)
    await until(lambda: len(bodies(api, SELLER_ID, "b")) >= 40, 60)
    await bot.kill()
    count = len(api.received(SELLER_ID))
    await bot.start()
    started = time.monotonic()
    await until(lambda: len(api.received(SELLER_ID)) > count, 120)
    return {"seller waited s": round(time.monotonic() - started, 1)}


async def token_in_log(api: FakeBotApi, bot: BotProcess) -> Json:
    """``-v``, with 5xx, resets and hung calls along the way, then a start with a rejected token."""
    buyers = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(3)]
    bot.verbose = True
    await bot.start()
    api.fail("sendMessage", 502, times=2)
    api.disconnect("sendMessage", times=2)
    api.fail("getUpdates", 500, times=2)
    for buyer in buyers:
        buyer.send_text(f"b{buyer.id}-0")
    await settle(lambda: len(set(bodies(api, SELLER_ID, "b"))), len(buyers), 60)
    await bot.stop()
    bot.env["SELLERBOT_TOKEN"] = api.token[:-3] + "xyz"  # Telegram answers 401
    await bot.start()
    assert bot.process is not None
    await asyncio.wait_for(bot.process.wait(), 60)
    log = bot.log
    return {
        "token in log lines": sum(api.token in line or api.token[:-3] in line for line in log.splitlines())
    }


SCENARIOS: dict[str, Callable[[FakeBotApi, BotProcess], Awaitable[Json]]] = {
    "kill-buyers-early": lambda api, bot: kill_buyers(api, bot, 20),
    "kill-buyers-mid": lambda api, bot: kill_buyers(api, bot, 100),
    "kill-buyers-late": lambda api, bot: kill_buyers(api, bot, 180),
    "kill-sellers": lambda api, bot: kill_sellers(api, bot, 80),
    "poison": poison,
    "slow-send": slow_send,
    "lost-answers": lost_answers,
    "flood": flood,
    "after-kill": after_kill,
    "token": token_in_log,
}
NEEDS_REAL_PACING = {"flood"}


async def run(name: str, runtime: str) -> Json:
    async with FakeBotApi() as api:
        api.user(SELLER_ID, "Sam")
        with tempfile.TemporaryDirectory() as tmp:
            env = {} if name in NEEDS_REAL_PACING else FAST
            bot = BotProcess(api, Path(tmp), runtime, extra_env=env)
            try:
                return await asyncio.wait_for(SCENARIOS[name](api, bot), 600)
            except TimeoutError:
                return {"error": "scenario timed out"}
            finally:
                await bot.stop()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runtime", nargs="+", default=["aiogram", "ptb"])
    parser.add_argument("--only", default="", help="comma-separated scenario names")
    args = parser.parse_args()
    names = [n for n in SCENARIOS if not args.only or n in args.only.split(",")]
    print("| fault | " + " | ".join(args.runtime) + " |")
    print("|---|" + "---|" * len(args.runtime))
    for name in names:
        cells = []
        for runtime in args.runtime:
            result = await run(name, runtime)
            cells.append(", ".join(f"{k}: {v}" for k, v in result.items()))
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
