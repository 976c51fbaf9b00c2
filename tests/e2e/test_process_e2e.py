"""``sellerbot run`` as a real process: it relays, and SIGTERM/SIGINT stop it cleanly (exit 0)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import SELLER_ID
from tests.fakeapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("runtime", ["aiogram", "ptb"])
@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_run_relays_then_stops_on_a_signal(
    fake_api: FakeBotApi, tmp_path: Path, runtime: str, stop_signal: signal.Signals
) -> None:
    fake_api.user(SELLER_ID, "Sam")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLERBOT_")}
    env.update(
        PYTHONPATH=str(ROOT),
        SELLERBOT_TOKEN=fake_api.token,
        SELLERBOT_SELLERS=str(SELLER_ID),
        SELLERBOT_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        SELLERBOT_POLLING_TIMEOUT="1",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
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
    try:
        buyer = fake_api.user(1001, "Anna")
        buyer.send_text("hello from a real process")
        [relayed] = await fake_api.wait_received(SELLER_ID, 1, timeout=30)
        assert relayed["text"].endswith("hello from a real process")
        process.send_signal(stop_signal)
        output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = output.decode()
    assert process.returncode == 0, log
    assert "Traceback" not in log and "ERROR" not in log and "stopped" in log
    assert "apscheduler" not in log  # it logged two INFO lines per tick, twice a second
    assert fake_api.token not in log  # the token never reaches the log
