"""``sellerbot -v run`` as a real process: the token appears nowhere in its output, at debug level,
while Telegram answers errors and drops connections (both libraries then log the request URL, which
contains the token) and when Telegram rejects the token at start (PTB's ``InvalidToken`` quotes it)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import SELLER_ID
from tests.fakeapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
WRONG_TOKEN = "123456789:AAWrongTokenTheBotFatherNeverGave-987654"


class Run:
    """The process, its output read as it comes (debug output fills a pipe quickly)."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.output = asyncio.create_task(process.communicate())

    async def stop(self) -> str:
        if self.process.returncode is None:
            self.process.terminate()
        try:
            output, _ = await asyncio.wait_for(self.output, timeout=30)
        finally:
            if self.process.returncode is None:
                self.process.kill()
                await self.process.wait()
        return output.decode()


async def start(fake_api: FakeBotApi, tmp_path: Path, runtime: str, token: str) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLERBOT_")}
    env.update(
        PYTHONPATH=str(ROOT),
        SELLERBOT_TOKEN=token,
        SELLERBOT_SELLERS=str(SELLER_ID),
        SELLERBOT_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        SELLERBOT_POLLING_TIMEOUT="1",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "-v",
        "run",
        "--api-url",
        fake_api.base_url,
        "--runtime",
        runtime,
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    return Run(process)


def assert_no_token(log: str, token: str) -> None:
    secret = token.split(":", 1)[1]  # the part after the bot id is what must stay secret
    assert secret not in log, "\n".join(line for line in log.splitlines() if secret in line)


@pytest.mark.parametrize("runtime", ["aiogram", "ptb"])
async def test_no_token_in_debug_log_while_telegram_fails(
    fake_api: FakeBotApi, tmp_path: Path, runtime: str
) -> None:
    fake_api.user(SELLER_ID, "Sam")
    # Errors and dropped connections on polling and on sends: every one of them gets logged.
    fake_api.fail("getUpdates", 502, times=2)
    fake_api.disconnect("getUpdates", times=1)
    fake_api.fail("sendMessage", 500, times=2)
    fake_api.disconnect("sendMessage", times=1)
    fake_api.fail("sendMessage", 400, times=1, description="Bad Request: chat not found")
    run = await start(fake_api, tmp_path, runtime, fake_api.token)
    try:
        buyer = fake_api.user(1001, "Anna")
        buyer.send_text("first")
        buyer.send_text("second")
        await fake_api.wait_received(SELLER_ID, 1, timeout=60)
        await fake_api.wait_for(lambda: not fake_api._faults.remaining, timeout=60)
    finally:
        log = await run.stop()
    assert "DEBUG" in log and ("ERROR" in log or "WARNING" in log), log  # errors were logged
    assert_no_token(log, fake_api.token)


@pytest.mark.parametrize("runtime", ["aiogram", "ptb"])
async def test_no_token_in_output_when_telegram_rejects_it(
    fake_api: FakeBotApi, tmp_path: Path, runtime: str
) -> None:
    run = await start(fake_api, tmp_path, runtime, WRONG_TOKEN)
    await asyncio.wait_for(asyncio.shield(run.output), timeout=60)  # it exits by itself
    log = await run.stop()
    assert run.process.returncode == 2, log
    assert "rejected SELLERBOT_TOKEN" in log
    assert_no_token(log, WRONG_TOKEN)
