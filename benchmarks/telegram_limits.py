"""A burst to one seller under Telegram's limits (issue 11: "Under Telegram's limits").

    python benchmarks/telegram_limits.py [--runtime aiogram ptb] [--buyers 50] [--messages 2]
        [--others 5] [--other-gap 5] [--chat-burst 3] [--retry-after 1]
        [--database-url postgresql+asyncpg://root@127.0.0.1:5432/bench]  # its tables are dropped first

The fake Bot API (``tests.fakeapi``) enforces Telegram's limits: 429 with ``retry_after`` for a message
past 30 a second overall, or past 1 a second in one chat after a burst of ``--chat-burst`` (a bucket per
chat, ``enforce_flood_limits(per_chat_burst=…)``). Telegram does not publish its exact numbers; these
are its documented "about 30 a second, about 1 a second per chat, short bursts allowed".
``sellerbot run`` is a real process with its DEFAULT pacing (nothing lifted), on a new SQLite file or
the given PostgreSQL database. ``--buyers`` new buyers write ``--messages`` messages each at once to the
one seller (each buyer's first message also opens a conversation and earns an acknowledgement in the
buyer's own chat). While the seller's chat drains, ``--others`` other buyers write one message each,
``--other-gap`` seconds apart, and wait for their acknowledgement. Printed per runtime:

- time from the burst to the last message in the seller's chat, against the floor the per-chat limit
  sets ((messages − burst) / 1 per second);
- the messages that arrived in the seller's chat, and whether each buyer's arrived in order;
- the 429s the bot provoked (in the seller's chat, elsewhere);
- 429s for a chat inside the ``retry_after`` window of an earlier 429 for it, and any message to that
  chat inside such a window (a bot that waits as told has none);
- the other buyers' acknowledgements: the longest from their message to its arrival (a seller's chat
  waiting for its turn, or a 429 for it, must not hold other chats back).

Targets are the issue's ("at most a handful" of 429s read as ≤ 5; "not held back" read as within one
second, the seller chat's pacing interval); none is a test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.relay_vs_echo import BODY, SELLER, BotRun, reset_database, sellerbot
from tests.fakeapi import Call, FakeBotApi
from tests.fakeapi.recording import MESSAGE_METHODS
from tests.fakeapi.users import SimulatedUser

FIRST_BUYER = 1000
FIRST_OTHER = 5000
START_TIMEOUT = 120.0
OVERALL_PER_SECOND = 30
CHAT_PER_SECOND = 1
MAX_429 = 5  # "at most a handful"
MAX_OTHER_DELAY_S = 1.0  # "not held back": within the seller chat's pacing interval


@dataclass
class Figures:
    runtime: str
    expected: int = 0  # messages meant for the seller's chat (burst and others)
    arrived: int = 0
    in_order: bool = False
    out_of_order: list[int] = field(default_factory=list)  # buyers whose messages arrived out of order
    last_after_s: float | None = None  # the burst to the last message in the seller's chat
    floor_s: float = 0.0
    flood_429s: int = 0
    seller_429s: int = 0
    repeat_429s: int = 0  # a 429 for a chat inside an earlier 429's retry_after window
    sends_in_window: int = 0  # any message to a chat inside an earlier 429's retry_after window
    other_delays_s: list[float] = field(default_factory=list)
    acks: int = 0  # burst buyers acknowledged in their own chat
    exit_code: int | None = None


def text(buyer: int, n: int) -> str:
    return f"b{buyer}-{n}: hello, is the blue scarf still available in size M?"


def _chat(call: Call) -> str:
    return str(call.chat_id)


def message_calls(api: FakeBotApi) -> list[Call]:
    return [call for call in api.calls if call.method.lower() in MESSAGE_METHODS]


def first_arrival(api: FakeBotApi, chat: int) -> float | None:
    """When the first message the bot put into ``chat`` reached the fake (event-loop clock)."""
    for call in message_calls(api):
        if call.ok and _chat(call) == str(chat):
            return call.started_at
    return None


def flood_figures(calls: list[Call], figures: Figures) -> None:
    """429s, and what the bot sent to a chat while an earlier 429's retry_after for it still ran. The
    window runs from the 429's answer for ``retry_after`` seconds: a bot that waits as told from the
    moment it got the answer sends nothing to that chat inside it."""
    by_chat: dict[str, list[Call]] = defaultdict(list)
    for call in calls:
        by_chat[_chat(call)].append(call)
    for chat, chat_calls in by_chat.items():
        windows: list[tuple[float, float]] = []  # (429 asked at, window ends)
        for call in chat_calls:
            inside = any(start < call.started_at < end for start, end in windows)
            if call.status == 429:
                figures.flood_429s += 1
                figures.seller_429s += chat == str(SELLER)
                figures.repeat_429s += inside
                assert call.response is not None and call.finished_at is not None
                retry_after = float(call.response.get("parameters", {}).get("retry_after", 0))
                windows.append((call.started_at, call.finished_at + retry_after))
            figures.sends_in_window += inside


def order_figures(api: FakeBotApi, figures: Figures) -> None:
    """Which numbered messages reached the seller's chat, and in which order per buyer."""
    seen: dict[int, list[int]] = defaultdict(list)
    for message in api.received(SELLER):
        match = BODY.search(str(message.get("text") or ""))
        if match:
            seen[int(match[1])].append(int(match[2]))
    figures.arrived = sum(len(numbers) for numbers in seen.values())
    figures.out_of_order = sorted(buyer for buyer, numbers in seen.items() if numbers != sorted(numbers))
    figures.in_order = not figures.out_of_order


async def measure(
    runtime: str,
    *,
    buyers: int = 50,
    messages: int = 2,
    others: int = 5,
    other_gap: float = 5.0,
    chat_burst: int = 3,
    retry_after: int = 1,
    database_url: str | None = None,
) -> Figures:
    figures = Figures(runtime, expected=buyers * messages + others)
    figures.floor_s = max(0, figures.expected - chat_burst) / CHAT_PER_SECOND
    with tempfile.TemporaryDirectory(prefix="telegram-limits-") as folder:
        workdir = Path(folder)
        async with FakeBotApi() as api:
            api.user(SELLER, "Seller")
            users = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(buyers)]
            other_users = [api.user(FIRST_OTHER + i, f"Other{i}") for i in range(others)]
            api.enforce_flood_limits(
                OVERALL_PER_SECOND, CHAT_PER_SECOND, retry_after, per_chat_burst=chat_burst
            )
            if database_url:
                await reset_database(database_url)
            run = sellerbot(api, runtime, workdir, database_url, lifted=False)
            await run.start()
            try:
                await _measure(api, run, users, other_users, messages, other_gap, figures)
            finally:
                figures.exit_code = await run.stop()
    return figures


async def _measure(
    api: FakeBotApi,
    run: BotRun,
    users: list[SimulatedUser],
    other_users: list[SimulatedUser],
    messages: int,
    other_gap: float,
    figures: Figures,
) -> None:
    def polling() -> bool:
        run.check_alive()
        return bool(api.calls_to("getUpdates"))

    await api.wait_for(polling, START_TIMEOUT, "the bot polling")
    loop = asyncio.get_running_loop()
    burst_at = loop.time()
    for n in range(1, messages + 1):
        for user in users:
            user.send_text(text(user.id, n))

    async def other(i: int, user: SimulatedUser) -> None:
        await asyncio.sleep(other_gap * (i + 1))
        sent_at = loop.time()
        user.send_text(text(user.id, 1))
        await api.wait_for(lambda: first_arrival(api, user.id), 60 + 10 * other_gap, f"{user.id}'s reply")
        arrived = first_arrival(api, user.id)
        assert arrived is not None
        figures.other_delays_s.append(arrived - sent_at)

    def all_arrived() -> bool:
        run.check_alive()
        return api.state.chats.count_received(SELLER) >= figures.expected

    waiting = [asyncio.create_task(other(i, user)) for i, user in enumerate(other_users)]
    try:
        await api.wait_for(all_arrived, 60 + 3 * figures.floor_s, f"{figures.expected} in the seller's chat")
        await asyncio.gather(*waiting)
    finally:
        for task in waiting:
            task.cancel()
    seller_calls = [c for c in message_calls(api) if c.ok and _chat(c) == str(SELLER)]
    figures.last_after_s = max(c.started_at for c in seller_calls) - burst_at
    figures.acks = sum(1 for user in users if first_arrival(api, user.id) is not None)
    order_figures(api, figures)
    flood_figures(message_calls(api), figures)


def _verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def report(row: Figures, *, buyers: int, messages: int) -> list[str]:
    assert row.last_after_s is not None
    burst = buyers * messages
    others = row.expected - burst
    late = max(row.other_delays_s, default=0.0)
    lines = [
        f"{row.runtime}:",
        f"  last message in the seller's chat {row.last_after_s:.1f} s after the burst "
        f"(floor set by the per-chat limit {row.floor_s:.0f} s)",
        f"  arrived {row.arrived} of {row.expected} ({burst} burst + {others} others): "
        f"{_verdict(row.arrived == row.expected)}; in order per buyer: "
        + ("yes" if row.in_order else f"NO for {len(row.out_of_order)} buyer(s)"),
        f"  429s provoked: {row.flood_429s} ({row.seller_429s} in the seller's chat) "
        f"(at most a handful, ≤ {MAX_429}: {_verdict(row.flood_429s <= MAX_429)})",
        f"  429s inside an earlier retry_after window of the same chat: {row.repeat_429s} "
        f"(0: {_verdict(row.repeat_429s == 0)}); messages sent inside one: {row.sends_in_window}",
    ]
    if row.other_delays_s:
        delays = ", ".join(f"{s:.2f}" for s in row.other_delays_s)
        lines.append(
            f"  {len(row.other_delays_s)} other buyers' replies during the drain: max {late:.2f} s "
            f"({delays}) (not held back, ≤ {MAX_OTHER_DELAY_S:g} s: {_verdict(late <= MAX_OTHER_DELAY_S)})"
        )
    lines.append(f"  burst buyers acknowledged in their own chat: {row.acks} of {buyers}")
    return lines


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runtime", nargs="+", choices=["aiogram", "ptb"], default=["aiogram", "ptb"])
    parser.add_argument("--buyers", type=int, default=50)
    parser.add_argument("--messages", type=int, default=2, help="per buyer, all at once")
    parser.add_argument("--others", type=int, default=5, help="buyers writing while the seller's chat drains")
    parser.add_argument("--other-gap", type=float, default=5.0, help="seconds between the other buyers")
    parser.add_argument("--chat-burst", type=int, default=3, help="the fake's burst allowance per chat")
    parser.add_argument("--retry-after", type=int, default=1, help="the fake's retry_after (s)")
    parser.add_argument("--database-url", help="PostgreSQL for sellerbot (tables dropped); default SQLite")
    args = parser.parse_args()
    database = args.database_url.split("@")[-1] if args.database_url else "SQLite (a new file per run)"
    print(
        f"fake Bot API limits: {OVERALL_PER_SECOND}/s overall, {CHAT_PER_SECOND}/s per chat after a burst "
        f"of {args.chat_burst}, retry_after {args.retry_after} s; sellerbot with its default pacing on "
        f"{database}; {args.buyers} buyers x {args.messages} messages at once to one seller, "
        f"{args.others} other buyers {args.other_gap:g} s apart; {os.cpu_count()} CPUs",
        flush=True,
    )
    for runtime in args.runtime:
        print(f"  sellerbot ({runtime}) ...", file=sys.stderr, flush=True)
        row = await measure(
            runtime,
            buyers=args.buyers,
            messages=args.messages,
            others=args.others,
            other_gap=args.other_gap,
            chat_burst=args.chat_burst,
            retry_after=args.retry_after,
            database_url=args.database_url,
        )
        print("\n".join(report(row, buyers=args.buyers, messages=args.messages)), flush=True)
        if row.exit_code:
            print(f"  warning: sellerbot ({runtime}) exited with code {row.exit_code}", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main())
