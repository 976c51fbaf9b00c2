"""benchmarks/scheduler_tick.py works: a small table of timers, a few idle ticks, a few follow-ups due
at once through the real bot on the fake Bot API. Counts must add up; no timing is asserted (the
targets live in the benchmark, not in the tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.scheduler_tick import measure, report

ROOT = Path(__file__).resolve().parents[2]


async def test_idle_ticks_and_due_follow_ups(tmp_path: Path) -> None:
    figures = await measure(f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}", timers=300, due=7, ticks=4)
    assert len(figures.idle_wall_ms) == len(figures.idle_cpu_ms) == 4
    assert all(ms > 0 for ms in figures.idle_wall_ms)
    assert sum(n for _, _, n in figures.ticks) == 7  # each due follow-up ran once
    assert all(start <= end for start, end, _ in figures.ticks)
    assert figures.ran_after_s == figures.ticks[-1][1]
    assert figures.queued == figures.sent == 7  # a question queued and received per buyer
    assert figures.sent_after_s is not None and figures.sent_after_s >= figures.ran_after_s
    printed = "\n".join(report(figures, "sqlite"))
    assert "300 pending timers" in printed and "7 follow-ups due at once" in printed
    assert "queued: 7 of 7" in printed and "received: 7 of 7" in printed


def test_command_line_idle_only() -> None:
    args = [sys.executable, str(ROOT / "benchmarks" / "scheduler_tick.py")]
    args += ["--timers", "50", "--due", "0", "--ticks", "2"]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "50 pending timers, none due" in done.stdout and "one tick over 2 ticks" in done.stdout
    assert "follow-ups due" not in done.stdout
