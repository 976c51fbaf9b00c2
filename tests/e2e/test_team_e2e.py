"""The team and blocking through the real bot (both runtimes) on a fake Telegram: claiming a bot started
with no seller, inviting a seller, blocking and unblocking a buyer."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from handlers.core.moments import format_moment
from tests.e2e.conftest import SELLER2_ID, SELLER_ID, Shop

CLAIM_RE = re.compile(r"/claim (\S+)")
INVITE_RE = re.compile(r"https://t\.me/sellerbot_test_bot\?start=(inv_[A-Za-z0-9_-]{1,60})")


def logged_claim_codes(caplog: pytest.LogCaptureFixture) -> list[str]:
    found = (CLAIM_RE.search(r.getMessage()) for r in caplog.records if r.levelno == logging.WARNING)
    return [match.group(1) for match in found if match]


async def test_claim_then_invite_a_seller_who_then_gets_the_buyers(
    make_shop: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="handlers.features.team.feature")
    shop: Shop = await make_shop(sellers=())
    [code] = logged_claim_codes(caplog)
    api = shop.api
    owner = api.user(3001, "Olga", "Owner", "olga", "en")

    owner.send_command("claim", "WRONG-CODE")
    [refused] = await owner.wait_received(1)
    assert refused["text"].startswith("There is no command /claim.")
    owner.send_command("claim", code)
    _, claimed, seller_help = await owner.wait_received(3)
    assert "owner of Knit Shop" in claimed["text"] and "/invite" in seller_help["text"]

    owner.send_command("invite")
    invitation = (await owner.wait_received(4))[-1]
    match = INVITE_RE.search(invitation["text"])
    assert match is not None, invitation["text"]
    newbie = api.user(3002, "Nick", "New", "nick", "en")
    newbie.send_command("start", match.group(1))
    welcome, newbie_help = await newbie.wait_received(2)
    assert "Welcome to the team" in welcome["text"] and "/block" in newbie_help["text"]
    joined = (await owner.wait_received(5))[-1]
    assert "Nick New @nick (3002) joined the team" in joined["text"]
    menu = await api.wait_for(lambda: api.commands({"type": "chat", "chat_id": newbie.id}))
    assert "block" in {c["command"] for c in menu}

    late = api.user(3003, "Lena", language_code="en")
    late.send_command("start", match.group(1))  # the link worked once
    [used] = await late.wait_received(1)
    assert "already been used" in used["text"]

    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    already = {seller.id: len(seller.received()) for seller in (owner, newbie)}
    buyer.send_text("Do you ship to Spain?")
    for seller in (owner, newbie):
        relayed = (await seller.wait_received(already[seller.id] + 1))[-1]
        assert relayed["text"].endswith("Do you ship to Spain?") and "Anna Smith" in relayed["text"]


async def test_the_claim_code_is_logged_at_each_start_until_claimed(
    make_shop: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="handlers.features.team.feature")
    shop: Shop = await make_shop(sellers=())
    await shop.restart()
    first, again = logged_claim_codes(caplog)
    assert first == again
    owner = shop.api.user(3001, "Olga", language_code="en")
    owner.send_command("claim", first)
    await owner.wait_received(2)
    caplog.clear()
    await shop.restart()
    assert logged_claim_codes(caplog) == []


async def test_a_blocked_buyer_stops_reaching_the_sellers_and_is_told_nothing(make_shop: Any) -> None:
    shop: Shop = await make_shop(sellers=(SELLER_ID, SELLER2_ID))
    api = shop.api
    sam = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_text("Buy cheap followers!")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    [ack] = await buyer.wait_received(1)

    sam.send_command("block", reply_to=relayed)
    _, blocked = await api.wait_received(SELLER_ID, 2)
    _, told_tina = await api.wait_received(SELLER2_ID, 2)
    assert blocked["text"].startswith("🚫 Sam Seller blocked #1 Anna Smith")
    assert told_tina["text"] == blocked["text"]

    buyer.send_text("Hello??")
    buyer.send_photo(caption="look")
    sam.send_command("blocked")  # handled after the buyer's messages: anything relayed would be first
    _, _, listing = await api.wait_received(SELLER_ID, 3)
    assert "#1 Anna Smith" in listing["text"] and "by Sam Seller" in listing["text"]

    sam.send_command("unblock", "#1")
    unblocked = (await api.wait_received(SELLER_ID, 4))[-1]
    assert "unblocked #1 Anna Smith" in unblocked["text"]
    buyer.send_text("Sorry, a real question")
    back = (await api.wait_received(SELLER_ID, 5))[-1]
    assert back["text"].endswith("Sorry, a real question")
    seen = [str(m.get("text") or m.get("caption") or "") for m in api.received(SELLER_ID)]
    assert not any("Hello??" in text or "look" in text for text in seen)
    tina = await api.wait_received(SELLER2_ID, 4)
    assert len(tina) == 4  # relay, block, unblock, relay: nothing in between
    assert tina[-1]["text"].endswith("Sorry, a real question")
    assert buyer.received() == [ack]  # never told a thing


async def test_unblock_as_a_reply(shop: Shop) -> None:
    api = shop.api
    sam = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    buyer = api.user(1001, "Anna")
    buyer.send_text("first")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    sam.send_command("block", reply_to=relayed)
    await api.wait_received(SELLER_ID, 2)
    sam.send_command("unblock", reply_to=relayed)
    unblocked = (await api.wait_received(SELLER_ID, 3))[-1]
    assert "unblocked #1" in unblocked["text"]
    buyer.send_text("second")
    assert (await api.wait_received(SELLER_ID, 4))[-1]["text"].endswith("second")


async def test_invite_expiry_is_in_the_shops_zone_without_seconds(shop: Shop) -> None:
    seller = shop.api.user(SELLER_ID, "Sam", "Seller", "sam", "ru")
    seller.send_command("hours", "Пн-Пт 09:00-18:00 мск")
    await seller.wait_received(1)
    before = datetime.now(UTC)
    seller.send_command("invite")
    invitation = (await seller.wait_received(2))[-1]["text"]
    after = datetime.now(UTC)
    moscow = ZoneInfo("Europe/Moscow")
    # The minute may turn between the two readings of the clock.
    expected = {format_moment(m + timedelta(days=7), "ru", moscow) for m in (before, after)}
    assert any(f"до {e}" in invitation for e in expected), invitation
    assert " MSK" in invitation and "время" not in invitation.lower()
    assert not re.search(r"\d:\d\d:\d\d", invitation)  # no seconds
