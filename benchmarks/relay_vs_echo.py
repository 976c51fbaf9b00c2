"""Sellerbot against a bare echo bot of the same framework (issue 11): throughput, CPU per message,
latency on an idle bot and peak memory, each bot a real process on the fake Bot API, in one run.

    python benchmarks/relay_vs_echo.py [--runtime aiogram ptb] [--only throughput,latency,memory]
        [--buyers 100] [--messages 10] [--samples 200] [--gap 0.01]
        [--database-url postgresql+asyncpg://root@127.0.0.1:5432/bench]  # its tables are dropped first
        [--profile DIR]  # sellerbot under py-spy: DIR/<runtime>.txt (raw, collapsed stacks)

The fake Bot API (``tests.fakeapi``) runs in this process; each bot is started as a subprocess against
it: first ``benchmarks/echo_bot.py`` (each text → one message to the seller's chat), then
``sellerbot run`` (one seller, a fresh SQLite file or the given PostgreSQL database, outbox pacing
lifted: ``SELLERBOT_SEND_RATE``, ``SELLERBOT_CHAT_SEND_RATE`` and ``SELLERBOT_CHAT_SEND_BURST`` at
100,000). Every buyer first sends one warm-up message (for sellerbot it opens the conversation); not
counted. Then, per bot:

- throughput: buyers × messages queued at once; messages per second until all reached the seller's
  chat;
- CPU per message: user + system time of the bot's process (and its children) over that burst, from
  ``/proc/<pid>/stat``;
- latency: ``--samples`` times, one message on the idle bot, wait until it reached the seller, pause
  ``--gap`` seconds; p50 and p99;
- peak memory: ``VmHWM`` of the bot's process at the end (after whatever else ran in it).

Both bots share the machine with this driver and the fake API, so compare the rows of one run rather
than runs on different days. The targets are the issue's; none is a test.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import re
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakeapi import FakeBotApi
from tests.fakeapi.users import SimulatedUser

ROOT = Path(__file__).resolve().parents[1]

SELLER = 9_000_001
FIRST_BUYER = 1000
MEASUREMENTS = ("throughput", "latency", "memory")
# Outbox pacing lifted: the pipeline's capacity is measured, not Telegram's limits.
LIFTED = {
    "SELLERBOT_SEND_RATE": "100000",
    "SELLERBOT_CHAT_SEND_RATE": "100000",
    "SELLERBOT_CHAT_SEND_BURST": "100000",
}
POLLING_TIMEOUT = 1  # both bots; the fake answers a long poll as soon as an update is queued
START_TIMEOUT = 120.0  # start (migrations included) and the warm-up message of every buyer
SAMPLE_TIMEOUT = 10.0
BODY = re.compile(r"\bb(\d+)-(\d+):")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# The targets, sellerbot against the echo bot of its runtime.
MIN_THROUGHPUT_RATIO = 0.5
MAX_CPU_MS = 2.0
MAX_P50_EXTRA_MS = 5.0
MAX_P99_EXTRA_MS = 20.0
MAX_RSS_RATIO = 1.3


@dataclass
class Figures:
    bot: str  # "echo" or "sellerbot"
    runtime: str
    relayed: int = 0  # burst messages that reached the seller (all of them, or measure() raises)
    per_second: float | None = None
    cpu_ms: float | None = None
    latencies_ms: list[float] = field(default_factory=list)
    peak_mib: float | None = None
    exit_code: int | None = None

    @property
    def p50(self) -> float | None:
        return statistics.median(self.latencies_ms) if self.latencies_ms else None

    @property
    def p99(self) -> float | None:
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)  # nearest rank
        return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


# --- the bot's process, read from /proc ---------------------------------------------------------------


def _cpu_ticks(pid: int) -> int:
    """utime + stime + cutime + cstime (children it waited for) of one process; 0 once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    fields = stat.rsplit(")", 1)[1].split()  # after "pid (comm)": state is fields[0], utime fields[11]
    return sum(int(value) for value in fields[11:15])


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _tree(pid: int) -> list[int]:
    """The process and every live descendant."""
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        queue += _children(current)
    return pids


def cpu_seconds(pid: int) -> float:
    """CPU time of the process and its children so far."""
    return sum(_cpu_ticks(p) for p in _tree(pid)) / CLOCK_TICKS


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory (``VmHWM``), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def py_spy() -> Path:
    """py-spy next to this Python (the venv's bin); SystemExit saying so if it is not installed."""
    path = Path(sys.executable).parent / "py-spy"
    if not path.exists():
        raise SystemExit(f"--profile needs py-spy, which is not installed at {path} (pip install py-spy)")
    return path


class BotRun:
    """One bot process on the fake Bot API; its output goes to ``log_path``."""

    def __init__(self, args: list[str], env: dict[str, str], workdir: Path, name: str) -> None:
        self.args, self.env, self.workdir = args, env, workdir
        self.log_path = workdir / f"{name}.log"
        self.process: asyncio.subprocess.Process | None = None
        self.pid = 0  # the bot's own process (under py-spy: py-spy's child)
        self.profiled = False

    async def start(self, profile: Path | None = None) -> None:
        args = self.args
        if profile is not None:
            args = [str(py_spy()), "record", "--format", "raw", "-o", str(profile), "--subprocesses", "--"]
            args += self.args
            self.profiled = True
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                *args, cwd=self.workdir, env=self.env, stdout=log, stderr=asyncio.subprocess.STDOUT
            )
        self.pid = self.process.pid
        if self.profiled:
            self.pid = await self._bot_under_py_spy()

    async def _bot_under_py_spy(self) -> int:
        assert self.process is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            self.check_alive()
            children = _children(self.process.pid)
            if children:
                return children[0]
            await asyncio.sleep(0.05)
        raise RuntimeError("py-spy did not start the bot within 30 s\n" + self.log_tail())

    def check_alive(self) -> None:
        if self.process is not None and self.process.returncode is not None:
            raise RuntimeError(f"the bot exited with code {self.process.returncode}\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    async def stop(self, timeout: float = 30) -> int:  # noqa: ASYNC109
        """SIGTERM to the bot (py-spy then writes its profile and exits), SIGKILL after ``timeout``."""
        if self.process is None:
            return 0
        if self.process.returncode is None:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                await asyncio.wait_for(self.process.wait(), timeout)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        assert self.process.returncode is not None
        return self.process.returncode


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLERBOT_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def echo_bot(api: FakeBotApi, runtime: str, workdir: Path) -> BotRun:
    args = [sys.executable, str(ROOT / "benchmarks" / "echo_bot.py"), "--runtime", runtime]
    args += ["--token", api.token, "--api-url", api.base_url, "--to", str(SELLER)]
    args += ["--polling-timeout", str(POLLING_TIMEOUT)]
    return BotRun(args, clean_env(), workdir, f"echo-{runtime}")


def sellerbot(
    api: FakeBotApi, runtime: str, workdir: Path, database_url: str | None, *, lifted: bool = True
) -> BotRun:
    """``sellerbot run`` on ``api``; ``lifted``: with the outbox's pacing lifted (else its defaults)."""
    env = clean_env()
    env.update(
        SELLERBOT_TOKEN=api.token,
        SELLERBOT_API_URL=api.base_url,
        SELLERBOT_SELLERS=str(SELLER),
        SELLERBOT_RUNTIME=runtime,
        SELLERBOT_DATABASE_URL=database_url or f"sqlite+aiosqlite:///{workdir / f'sellerbot-{runtime}.db'}",
        SELLERBOT_POLLING_TIMEOUT=str(POLLING_TIMEOUT),
        **(LIFTED if lifted else {}),
    )
    return BotRun([sys.executable, "-m", "bot.cli", "run"], env, workdir, f"sellerbot-{runtime}")


async def reset_database(url: str) -> None:
    """An empty PostgreSQL database for the next run: every table of the last one dropped."""
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


# --- measuring ----------------------------------------------------------------------------------------


def arrived_bodies(api: FakeBotApi) -> set[tuple[int, int]]:
    """(buyer, n) of every numbered message in the seller's chat."""
    found = set()
    for message in api.received(SELLER):
        match = BODY.search(str(message.get("text") or ""))
        if match:
            found.add((int(match[1]), int(match[2])))
    return found


async def until_arrived(api: FakeBotApi, run: BotRun, count: int, timeout: float) -> None:  # noqa: ASYNC109
    """Wait until the seller's chat holds ``count`` of the bot's messages; fails early if the bot died."""

    def enough() -> bool:
        run.check_alive()
        return api.state.chats.count_received(SELLER) >= count

    await api.wait_for(enough, timeout, f"{count} message(s) in the seller's chat")


def text(buyer: int, n: int) -> str:
    return f"b{buyer}-{n}: hello, is the blue scarf still available in size M?"


async def measure(
    bot: str,
    runtime: str,
    *,
    buyers: int = 100,
    messages: int = 10,
    samples: int = 200,
    gap: float = 0.01,
    only: Sequence[str] = MEASUREMENTS,
    database_url: str | None = None,
    profile_dir: Path | None = None,
) -> Figures:
    """Start ``bot`` ("echo" or "sellerbot") on ``runtime`` against a new fake Bot API and measure."""
    figures = Figures(bot, runtime)
    with tempfile.TemporaryDirectory(prefix="relay-vs-echo-") as folder:
        workdir = Path(folder)
        async with FakeBotApi() as api:
            api.user(SELLER, "Seller")
            users = [api.user(FIRST_BUYER + i, f"Buyer{i}") for i in range(buyers)]
            if bot == "echo":
                run = echo_bot(api, runtime, workdir)
            else:
                if database_url:
                    await reset_database(database_url)
                run = sellerbot(api, runtime, workdir, database_url)
            profile = profile_dir / f"{runtime}.txt" if profile_dir and bot == "sellerbot" else None
            await run.start(profile)
            try:
                await _measure(api, run, users, figures, messages, samples, gap, only)
            finally:
                figures.exit_code = await run.stop()
    return figures


async def _measure(
    api: FakeBotApi,
    run: BotRun,
    users: list[SimulatedUser],
    figures: Figures,
    messages: int,
    samples: int,
    gap: float,
    only: Sequence[str],
) -> None:
    for user in users:  # warm-up: sellerbot opens each conversation (the buyer also gets an ack)
        user.send_text(text(user.id, 0))
    await until_arrived(api, run, len(users), START_TIMEOUT)
    await api.wait_updates_confirmed(30)
    number = 1  # the next message number of every buyer

    if "throughput" in only and messages:
        before = api.state.chats.count_received(SELLER)
        expected = {(user.id, n) for n in range(number, number + messages) for user in users}
        cpu0, wall0 = cpu_seconds(run.pid), time.perf_counter()
        for n in range(number, number + messages):
            for user in users:
                user.send_text(text(user.id, n))
        await until_arrived(api, run, before + len(expected), 60 + 0.5 * len(expected))
        wall, cpu = time.perf_counter() - wall0, cpu_seconds(run.pid) - cpu0
        missing = expected - arrived_bodies(api)
        if missing:
            raise RuntimeError(f"{len(missing)} of {len(expected)} messages did not reach the seller")
        figures.relayed = len(expected)
        figures.per_second = len(expected) / wall
        figures.cpu_ms = cpu / len(expected) * 1000
        number += messages
        await api.wait_updates_confirmed(30)

    if "latency" in only:
        for i in range(samples):
            user = users[i % len(users)]
            before = api.state.chats.count_received(SELLER)
            started = time.perf_counter()
            user.send_text(text(user.id, number))
            await until_arrived(api, run, before + 1, SAMPLE_TIMEOUT)
            figures.latencies_ms.append((time.perf_counter() - started) * 1000)
            if (user.id, number) not in arrived_bodies(api):
                raise RuntimeError(f"latency sample {i}: another message reached the seller instead")
            if i % len(users) == len(users) - 1:
                number += 1
            if gap:
                await asyncio.sleep(gap)  # the bot finishes recording the send: idle again

    if "memory" in only:
        figures.peak_mib = peak_rss_mib(run.pid)


# --- the report ---------------------------------------------------------------------------------------


def _cell(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def table(rows: list[Figures]) -> str:
    lines = [
        "| bot | msg/s | CPU ms/msg | p50 ms | p99 ms | peak MiB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        name = f"{row.bot} ({row.runtime})"
        lines.append(
            f"| {name} | {_cell(row.per_second, 0)} | {_cell(row.cpu_ms, 2)} | {_cell(row.p50)} "
            f"| {_cell(row.p99)} | {_cell(row.peak_mib, 0)} |"
        )
    return "\n".join(lines)


def _against(figure: str, target: str, met: bool) -> str:
    return f"{figure} ({target}: {'met' if met else 'MISSED'})"


def comparison(echo: Figures, seller: Figures) -> list[str]:
    """sellerbot against the echo bot of its runtime, each against the issue's target."""
    out = []
    if echo.per_second and seller.per_second:
        ratio = seller.per_second / echo.per_second
        met = ratio >= MIN_THROUGHPUT_RATIO
        out.append(_against(f"throughput {ratio:.2f}x echo", f"≥ {MIN_THROUGHPUT_RATIO}x", met))
    if seller.cpu_ms is not None:
        met = seller.cpu_ms <= MAX_CPU_MS
        out.append(_against(f"CPU {seller.cpu_ms:.2f} ms/msg", f"≤ {MAX_CPU_MS:g} ms", met))
    if echo.p50 is not None and seller.p50 is not None and echo.p99 is not None and seller.p99 is not None:
        for name, extra, limit in (
            ("p50", seller.p50 - echo.p50, MAX_P50_EXTRA_MS),
            ("p99", seller.p99 - echo.p99, MAX_P99_EXTRA_MS),
        ):
            out.append(_against(f"{name} echo {extra:+.1f} ms", f"≤ +{limit:g}", extra <= limit))
    if echo.peak_mib and seller.peak_mib:
        ratio = seller.peak_mib / echo.peak_mib
        out.append(_against(f"peak RSS {ratio:.2f}x echo", f"≤ {MAX_RSS_RATIO}x", ratio <= MAX_RSS_RATIO))
    return out


def parse_only(value: str) -> list[str]:
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = set(chosen) - set(MEASUREMENTS)
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"pick from {','.join(MEASUREMENTS)}")
    return chosen


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runtime", nargs="+", choices=["aiogram", "ptb"], default=["aiogram", "ptb"])
    parser.add_argument("--only", type=parse_only, default=list(MEASUREMENTS), help="e.g. throughput,memory")
    parser.add_argument("--buyers", type=int, default=100)
    parser.add_argument("--messages", type=int, default=10, help="per buyer, in the throughput burst")
    parser.add_argument("--samples", type=int, default=200, help="latency samples")
    parser.add_argument("--gap", type=float, default=0.01, help="pause between latency samples (s)")
    parser.add_argument("--database-url", help="PostgreSQL for sellerbot (tables dropped); default SQLite")
    parser.add_argument("--profile", type=Path, help="record sellerbot with py-spy into DIR/<runtime>.txt")
    args = parser.parse_args()
    if args.profile is not None:
        print(f"profiling sellerbot with {py_spy()} (figures of the profiled runs are inflated)")
        args.profile.mkdir(parents=True, exist_ok=True)
    database = args.database_url.split("@")[-1] if args.database_url else "SQLite (a new file per run)"
    print(
        f"{args.buyers} buyers x {args.messages} messages, {args.samples} latency samples, "
        f"sellerbot on {database}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        flush=True,
    )
    rows: list[Figures] = []
    for runtime in args.runtime:
        pair = []
        for bot in ("echo", "sellerbot"):
            print(f"  {bot} ({runtime}) ...", file=sys.stderr, flush=True)
            figures = await measure(
                bot,
                runtime,
                buyers=args.buyers,
                messages=args.messages,
                samples=args.samples,
                gap=args.gap,
                only=args.only,
                database_url=args.database_url,
                profile_dir=args.profile,
            )
            if figures.exit_code:
                print(f"  warning: {bot} ({runtime}) exited with code {figures.exit_code}", file=sys.stderr)
            pair.append(figures)
        rows += pair
    print(table(rows))
    for runtime in args.runtime:
        echo, seller = (row for row in rows if row.runtime == runtime)
        print(f"{runtime}: " + "; ".join(comparison(echo, seller)))
    if args.profile is not None:
        print(f"profiles: {', '.join(str(args.profile / f'{r}.txt') for r in args.runtime)}")


if __name__ == "__main__":
    asyncio.run(main())
