"""``sellerbot run`` as a real process on the fake Bot API, for tests that kill it (SIGKILL) or read
its log: start, kill, stop, restart on the same database, and read its memory."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.e2e.conftest import SELLER_ID
from tests.fakeapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]


class BotProcess:
    """One bot process at a time on ``workdir/bot.db``; its output (all runs) goes to ``log_path``."""

    def __init__(
        self,
        api: FakeBotApi,
        workdir: Path,
        runtime: str,
        *,
        verbose: bool = False,
        sellers: tuple[int, ...] = (SELLER_ID,),
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.api = api
        self.workdir = workdir
        self.runtime = runtime
        self.verbose = verbose
        self.log_path = workdir / "bot.log"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("SELLERBOT_")}
        self.env.update(
            PYTHONPATH=str(ROOT),
            SELLERBOT_TOKEN=api.token,
            SELLERBOT_SELLERS=",".join(map(str, sellers)),
            SELLERBOT_DATABASE_URL=f"sqlite+aiosqlite:///{workdir / 'bot.db'}",
            SELLERBOT_POLLING_TIMEOUT="1",
            SELLERBOT_TICK_SECONDS="0.2",
            **(extra_env or {}),
        )
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0

    async def start(self) -> None:
        assert self.process is None or self.process.returncode is not None, "already running"
        args = [sys.executable, "-m", "bot.cli", *(["-v"] if self.verbose else []), "run"]
        args += ["--api-url", self.api.base_url, "--runtime", self.runtime]
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                *args, cwd=self.workdir, env=self.env, stdout=log, stderr=asyncio.subprocess.STDOUT
            )
        self.starts += 1

    async def kill(self) -> None:
        """SIGKILL: no clean-up at all, as when the machine or the OOM killer stops the bot."""
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
            await asyncio.wait_for(self.process.wait(), 10)

    async def stop(self, timeout: float = 30) -> int:  # noqa: ASYNC109
        """SIGTERM and wait (SIGKILL if it does not end in ``timeout``); the exit code."""
        if self.process is None:
            return 0
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), timeout)
            except TimeoutError:
                await self.kill()
        assert self.process.returncode is not None
        return self.process.returncode

    def rss_kib(self) -> int:
        """Resident memory of the running process (Linux), 0 if it is not running."""
        if self.process is None or self.process.returncode is not None:
            return 0
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return 0
        line = next((line for line in status.splitlines() if line.startswith("VmRSS:")), "VmRSS: 0 kB")
        return int(line.split()[1])

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
