"""Updates no library can parse, through the real bot on both runtimes: each is kept in the dead-letter
table with its raw JSON, its sender is asked to resend, the sellers are told once, and the messages
after it flow on."""

from __future__ import annotations

import io
import json

from sqlalchemy import select

from bot.dead_letters import show_dead_letters
from storage.db import create_engine, session_factory
from storage.models import DeadLetter
from tests.e2e.conftest import SELLER_ID, Shop


async def kept(shop: Shop) -> list[DeadLetter]:
    engine = create_engine(shop.settings.database_url)
    try:
        async with session_factory(engine)() as session:
            return list(await session.scalars(select(DeadLetter).order_by(DeadLetter.id)))
    finally:
        await engine.dispose()


async def test_poison_is_kept_told_once_and_the_stream_goes_on(shop: Shop) -> None:
    api = shop.api
    anna = api.user(1001, "Anna", language_code="de")
    anna.send_text("hello")
    await api.wait_received(SELLER_ID, 1)
    bad = {
        "message_id": 999_999,
        "date": "yesterday",  # neither library, nor our parser, reads a date that is text
        "chat": {"id": anna.id, "type": "private"},
        "from": {"id": anna.id, "is_bot": False, "first_name": "Anna", "language_code": "de"},
        "text": "poison",
    }
    first = api.queue_update("message", bad)
    api.queue_update("message", {**bad, "message_id": 999_998, "chat": {"type": "private"}})  # no chat id
    anna.send_text("still there?")
    relayed = await api.wait_for(
        lambda: [m for m in api.received(SELLER_ID) if str(m.get("text")).endswith("still there?")],
        what="the message after the poison relayed",
    )
    assert relayed
    await api.wait_for(
        lambda: any("could not be read and" in str(m.get("text")) for m in api.received(SELLER_ID)),
        what="the sellers' digest",
    )
    digests = [m["text"] for m in api.received(SELLER_ID) if "could not be read and" in str(m.get("text"))]
    assert len(digests) == 1  # both poison updates in one digest: the second came before it went out
    assert digests[0].startswith("⚠️ 2 updates from Telegram") or digests[0].startswith("⚠️ One update")
    asked = [m["text"] for m in anna.received() if "nicht gelesen" in str(m.get("text"))]
    assert len(asked) == 1  # in German, her Telegram language
    rows = await kept(shop)
    assert [r.update_id for r in rows] == [first["update_id"], first["update_id"] + 1]
    assert json.loads(rows[0].raw)["message"] == bad
    out = io.StringIO()
    assert await show_dead_letters(shop.settings.database_url, out, limit=20, one=None) == 0
    listed = out.getvalue().splitlines()
    assert len(listed) == 2 and f"update {first['update_id']}" in listed[1] and "chat 1001" in listed[1]


async def test_poison_kept_before_a_restart_is_not_told_again(shop: Shop) -> None:
    api = shop.api
    poison = {"message_id": 5, "date": "yesterday", "chat": {"type": "private"}, "from": {"id": 7}}
    api.queue_update("message", poison)
    await api.wait_for(
        lambda: any("could not be read" in str(m.get("text")) for m in api.received(SELLER_ID))
    )
    update_id = (await kept(shop))[0].update_id
    assert update_id is not None
    await shop.restart()
    api.redeliver(update_id)  # as after a crash before the offset was confirmed
    anna = api.user(1001, "Anna")
    anna.send_text("after the restart")
    await api.wait_for(
        lambda: any(str(m.get("text")).endswith("after the restart") for m in api.received(SELLER_ID))
    )
    assert len(await kept(shop)) == 1
    assert sum("could not be read" in str(m.get("text")) for m in api.received(SELLER_ID)) == 1
