"""``sellerbot run`` killed with SIGKILL mid-burst and started again loses no buyer message: an update
is confirmed to Telegram only after its transaction committed (issue 9)."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.e2e.conftest import SELLER_ID
from tests.fakeapi import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
BUYERS, EACH = 20, 10
MARK = re.compile(r"b\d\d-m\d\d")


async def start_process(api: FakeBotApi, workdir: Path, runtime: str) -> asyncio.subprocess.Process:
    log = (workdir / "bot.log").open("ab")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLERBOT_")}
    env.update(
        PYTHONPATH=str(ROOT),
        SELLERBOT_TOKEN=api.token,
        SELLERBOT_SELLERS=str(SELLER_ID),
        SELLERBOT_DATABASE_URL=f"sqlite+aiosqlite:///{workdir / 'bot.db'}",
        SELLERBOT_POLLING_TIMEOUT="1",
        SELLERBOT_TICK_SECONDS="0.1",
        # 200 messages go to one seller's chat; at Telegram's ~1/s per chat that would be minutes.
        SELLERBOT_CHAT_SEND_RATE="100",
        SELLERBOT_CHAT_SEND_BURST="20",
    )
    return await asyncio.create_subprocess_exec(
        sys.executable,
        *("-m", "bot.cli", "run", "--api-url", api.base_url, "--runtime", runtime),
        cwd=workdir,
        env=env,
        stdout=log,
        stderr=asyncio.subprocess.STDOUT,
    )


async def stopped(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.kill()
        await process.wait()


@pytest.mark.parametrize("runtime", ["aiogram", "ptb"])
async def test_sigkill_mid_burst_loses_no_buyer_message(
    fake_api: FakeBotApi, tmp_path: Path, runtime: str
) -> None:
    fake_api.user(SELLER_ID, "Sam")
    buyers = [fake_api.user(1001 + b, f"Buyer{b}") for b in range(BUYERS)]
    sent = {f"b{b:02d}-m{m:02d}" for b in range(BUYERS) for m in range(EACH)}
    for m in range(EACH):  # an instant burst, interleaved across buyers as it would arrive
        for b, buyer in enumerate(buyers):
            buyer.send_text(f"b{b:02d}-m{m:02d}")

    def relayed() -> Counter[str]:
        return Counter(
            found.group()
            for message in fake_api.received(SELLER_ID)
            if (found := MARK.search(message.get("text") or ""))
        )

    process = await start_process(fake_api, tmp_path, runtime)
    try:
        await fake_api.wait_for(lambda: len(relayed()) >= 10, timeout=60, what="some relayed")
        process.kill()  # SIGKILL: no cleanup at all
        await process.wait()
        before_crash = len(relayed())
        assert before_crash < len(sent), "killed too late: everything was relayed already"

        process = await start_process(fake_api, tmp_path, runtime)
        try:
            await fake_api.wait_for(lambda: set(relayed()) >= sent, timeout=120, what="all 200 relayed")
        except AssertionError:
            lost = sorted(sent - set(relayed()))
            raise AssertionError(f"{runtime}: {len(lost)} of {len(sent)} lost: {lost[:20]}…") from None
        await fake_api.wait_updates_confirmed(timeout=30)
    finally:
        await stopped(process)
    counts = relayed()
    duplicates = sum(n - 1 for n in counts.values())
    print(f"{runtime}: killed after {before_crash} relayed; 0 lost, {duplicates} duplicates")
