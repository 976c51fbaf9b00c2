"""benchmarks/telegram_limits.py works: tiny bursts, both runtimes, sellerbot as a real process with its
default pacing on the limiting fake Bot API. Counts must add up; no timing is asserted (the targets live
in the benchmark, not in the tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.telegram_limits import SELLER, Figures, flood_figures, measure, report
from tests.fakeapi import Call

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("runtime", ["aiogram", "ptb"])
async def test_burst_measured(runtime: str) -> None:
    row = await measure(runtime, buyers=3, messages=2, others=1, other_gap=0.5)
    assert row.expected == 7 and row.arrived == 7 and row.in_order, row
    assert row.last_after_s is not None and row.last_after_s > 0
    assert row.floor_s == 4  # (7 - a burst of 3) at 1 a second
    assert 0 <= row.seller_429s <= row.flood_429s and 0 <= row.repeat_429s <= row.flood_429s
    assert len(row.other_delays_s) == 1 and row.other_delays_s[0] > 0
    assert row.acks == 3  # each burst buyer's first message opened a conversation
    assert row.exit_code == 0, "sellerbot did not stop cleanly on SIGTERM"
    printed = "\n".join(report(row, buyers=3, messages=2))
    assert "arrived 7 of 7 (6 burst + 1 others)" in printed and "in order per buyer: yes" in printed


async def test_a_fake_stricter_than_the_pacing_shows_its_429s() -> None:
    """The fake lets one message at a time into a chat; the bot's pacing bursts 3 into the seller's."""
    row = await measure("aiogram", buyers=3, messages=1, others=0, chat_burst=1)
    assert row.arrived == 3 and row.in_order
    assert row.seller_429s >= 1 and row.flood_429s >= row.seller_429s


def _call(chat: int, at: float, status: int = 200, retry_after: int = 2) -> Call:
    if status == 429:
        response = {"ok": False, "error_code": 429, "parameters": {"retry_after": retry_after}}
    else:
        response = {"ok": True, "result": {}}
    return Call("sendMessage", {}, at, chat, status, response, finished_at=at + 0.01)


def test_flood_figures_count_windows_per_chat() -> None:
    row = Figures("aiogram")
    calls = [
        _call(SELLER, 10.0, 429),  # window until 12.01
        _call(7, 10.5),  # another chat: not inside
        _call(SELLER, 11.0, 429),  # inside the first window: a repeat (its own window until 13.01)
        _call(SELLER, 12.5),  # inside the second
        _call(SELLER, 13.5),  # after both
    ]
    flood_figures(calls, row)
    assert (row.flood_429s, row.seller_429s, row.repeat_429s, row.sends_in_window) == (2, 2, 1, 2)


def test_command_line() -> None:
    args = [sys.executable, str(ROOT / "benchmarks" / "telegram_limits.py"), "--runtime", "ptb"]
    args += ["--buyers", "2", "--messages", "1", "--others", "0"]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=150)
    assert done.returncode == 0, done.stderr
    assert "ptb:" in done.stdout and "arrived 2 of 2" in done.stdout and "429s provoked:" in done.stdout
