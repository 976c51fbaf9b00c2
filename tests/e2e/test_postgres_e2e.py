"""The same bot on PostgreSQL (when SELLERBOT_TEST_POSTGRES_URL is set): relay, restart, reply."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.dbutil import fresh_database, postgres_url
from tests.e2e.conftest import SELLER_ID, Shop
from tests.fakeapi import FakeBotApi

pytestmark = pytest.mark.skipif(postgres_url() is None, reason="SELLERBOT_TEST_POSTGRES_URL is not set")


@pytest.fixture
async def pg_shop(fake_api: FakeBotApi, runtime: str, tmp_path: Path) -> AsyncIterator[Shop]:
    fake_api.user(SELLER_ID, "Sam")
    async with fresh_database("postgresql", tmp_path) as url:
        shop = Shop(fake_api, runtime, url)
        await shop.start()
        try:
            yield shop
        finally:
            await shop.stop()


async def test_relay_survives_a_restart_on_postgres(pg_shop: Shop) -> None:
    api = pg_shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_photo(caption="is this one in stock?")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    await pg_shop.restart()
    api.user(SELLER_ID, "Sam").send_text("yes!", reply_to=relayed)
    received = await buyer.wait_received(2)
    assert received[-1]["text"] == "yes!"
