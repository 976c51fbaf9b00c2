"""benchmarks/relay_vs_echo.py and benchmarks/echo_bot.py work: tiny sizes, both runtimes, both bots as
real processes on the fake Bot API. Figures must exist and every message arrive; no timing is asserted
(speed targets live in the benchmark, not in the tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import relay_vs_echo
from benchmarks.relay_vs_echo import Figures, comparison, measure, table

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("runtime", ["aiogram", "ptb"])
async def test_both_bots_measured(runtime: str) -> None:
    rows = [
        await measure(bot, runtime, buyers=3, messages=2, samples=5, gap=0) for bot in ("echo", "sellerbot")
    ]
    for row in rows:
        assert row.relayed == 6, row  # all 3 × 2 reached the seller's chat (measure checks each body)
        assert row.per_second is not None and row.per_second > 0
        # CPU is read in clock ticks (10 ms): six echoes may round to 0, so only sellerbot must show some.
        assert row.cpu_ms is not None and row.cpu_ms >= 0
        assert len(row.latencies_ms) == 5 and all(ms > 0 for ms in row.latencies_ms)
        assert row.p50 is not None and row.p99 is not None and 0 < row.p50 <= row.p99
        assert row.peak_mib is not None and row.peak_mib > 10
        assert row.exit_code == 0, f"{row.bot} did not stop cleanly on SIGTERM"
    echo, seller = rows
    assert seller.cpu_ms is not None and seller.cpu_ms > 0
    printed = table(rows)
    assert f"| echo ({runtime}) |" in printed and f"| sellerbot ({runtime}) |" in printed
    assert len(comparison(echo, seller)) == 5  # throughput, CPU, p50, p99, RSS, each with its target


async def test_only_some_measurements() -> None:
    row = await measure("echo", "ptb", buyers=2, messages=1, samples=3, gap=0, only=["latency"])
    assert row.per_second is None and row.cpu_ms is None and row.peak_mib is None
    assert len(row.latencies_ms) == 3
    assert "| echo (ptb) | - | - |" in table([row])


def test_command_line() -> None:
    args = [sys.executable, str(ROOT / "benchmarks" / "relay_vs_echo.py"), "--runtime", "aiogram"]
    args += ["--buyers", "2", "--messages", "1", "--samples", "2", "--only", "throughput,memory"]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=150)
    assert done.returncode == 0, done.stderr
    assert "| sellerbot (aiogram) |" in done.stdout
    assert "aiogram: throughput" in done.stdout and "peak RSS" in done.stdout


def test_profile_without_py_spy_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(relay_vs_echo.sys, "executable", str(tmp_path / "python"))
    with pytest.raises(SystemExit, match="needs py-spy, which is not installed"):
        relay_vs_echo.py_spy()


def test_p99_is_nearest_rank() -> None:
    row = Figures("echo", "ptb", latencies_ms=[float(n) for n in range(1, 201)])
    assert row.p50 == 100.5 and row.p99 == 198.0
