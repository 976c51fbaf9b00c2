"""Consent, coupons and nudges: nothing promotional without a stored yes, paced and resumable sends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.core.effects import EditMessageText, SendMessage
from handlers.core.events import Content, User
from handlers.core.ports import Forbidden, RetryAfter, Transient
from handlers.kit.text import utf16_len
from storage import marketing
from storage.models import Buyer, Consent, NudgeSend, OutboxItem
from storage.outbox import claim_outbox
from tests.support.chat import button_data, copy_of, last_text
from tests.support.harness import DAY, Harness
from tests.support.scenarios import delivered_order
from tests.support.users import ANNA, IVAN, SELLER

OLGA = User(9, "Olga", None, None, "en")
PETE = User(10, "Pete", None, None, "en")  # never agrees


def coupons_to(shop: Harness, chat_id: int) -> list[SendMessage]:
    return [c for c in shop.api.to(chat_id) if isinstance(c, SendMessage) and "THANKS15" in c.text]


async def subscribed(shop: Harness, *users: User) -> None:
    for user in users:
        await shop.send(user, "/subscribe")
    shop.api.calls.clear()


async def sends(shop: Harness) -> dict[int, tuple[str, str | None]]:
    async with shop.sessions() as s:
        rows = (await s.execute(select(NudgeSend))).scalars().all()
    return {row.buyer_id: (row.status, row.reason) for row in rows}


async def with_coupon(shop: Harness) -> None:
    await shop.send(SELLER, "/coupon add thanks15 15% off your next order")
    shop.api.calls.clear()


# -- consent --------------------------------------------------------------------------------------------
async def test_subscribe_and_stop_are_stored_with_source_and_wording(shop: Harness) -> None:
    await shop.send(ANNA, "/subscribe")
    assert "will send you offers" in last_text(shop, ANNA.id)
    await shop.send(ANNA, "/subscribe")
    assert "already subscribed" in last_text(shop, ANNA.id)
    await shop.send(ANNA, "/stop")
    assert "no more offers" in last_text(shop, ANNA.id)
    await shop.send(IVAN, "/stop")
    assert "не подписаны" in last_text(shop, IVAN.id) or "/subscribe" in last_text(shop, IVAN.id)
    async with shop.sessions() as s:
        rows = (await s.execute(select(Consent).order_by(Consent.id))).scalars().all()
    assert [(r.buyer_id, r.granted, r.source, r.wording) for r in rows] == [
        (1, True, "command", "v1"),
        (1, False, "command", "v1"),
        (2, False, "command", "v1"),
    ]


async def test_the_question_answered_no_becomes_the_answer(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    shop.api.calls.clear()
    pressed = await shop.press(ANNA, "mk:no:followup")
    edit = shop.api.to(ANNA.id)[-1]
    assert isinstance(edit, EditMessageText) and edit.message_id == pressed and "no offers" in edit.text


# -- coupons ----------------------------------------------------------------------------------------------
async def test_coupons_are_added_listed_updated_and_deleted(shop: Harness) -> None:
    await shop.send(SELLER, "/coupon add thanks15 15% off your next order")
    assert "THANKS15 added" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/coupon add THANKS15 20% off")
    assert "updated" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/coupons")
    assert "THANKS15 — 20% off" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/coupon del thanks15")
    assert "deleted" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/coupons")
    assert "No coupons yet" in last_text(shop, SELLER.id)


async def test_a_coupon_speaks_each_buyers_language_or_none(shop: Harness) -> None:
    await shop.send(SELLER, "/coupon add THANKS15@ru Скидка 10% на всё")
    answer = last_text(shop, SELLER.id)
    assert "THANKS15 added" in answer and "Russian" in answer and "/coupon add THANKS15@de" in answer
    await shop.send(SELLER, "/coupon add thanks15@de 10 % auf alles")
    assert "Described in: German, Russian." in last_text(shop, SELLER.id)
    async with shop.sessions() as s, s.begin():
        variants = await marketing.coupon_variants(s, "THANKS15")
    assert variants == {"ru": "Скидка 10% на всё", "de": "10 % auf alles"}
    await subscribed(shop, ANNA, IVAN)
    await shop.send(SELLER, "/nudge THANKS15 now")
    await shop.later(2)
    [anna], [ivan] = coupons_to(shop, ANNA.id), coupons_to(shop, IVAN.id)
    assert "Скидка" not in anna.text  # no English variant: the code with an English line instead
    assert anna.text.startswith("🎁 A little thank-you from Knit Shop: a discount code for your next order.")
    assert "Скидка 10% на всё" in ivan.text
    await shop.send(SELLER, "/coupon del THANKS15")
    async with shop.sessions() as s, s.begin():
        assert await marketing.coupon_variants(s, "THANKS15") == {}  # the variants go with it


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/coupon add", "/coupon add CODE DESCRIPTION"),
        ("/coupon add X! text", "“X!” cannot be a coupon code: use Latin letters, digits"),
        ("/coupon add СКИДКА10 text", "“СКИДКА10” cannot be a coupon code"),
        ("/coupon add THANKS15@xx text", "There is no language “xx”: write one of de, en, es, fr, ru, uk"),
        ("/coupon add CODE", "/coupon add CODE DESCRIPTION"),
        ("/coupon del NOPE", "There is no coupon NOPE"),
        ("/coupon frobnicate", "/coupon add CODE DESCRIPTION"),
        ("/coupon add LONG " + "x" * 301, "too long"),
        ("/nudge NOPE now", "There is no coupon NOPE"),
        ("/nudge THANKS15", "/nudge CODE now"),
        ("/nudge THANKS15 later", "/nudge CODE now"),
        ("/nudge THANKS15 after soon", "/nudge CODE now"),
        ("/nudge off NOPE", "Nothing running for NOPE"),
    ],
)
async def test_malformed_coupon_and_nudge_commands(shop: Harness, command: str, expected: str) -> None:
    await with_coupon(shop)
    await shop.send(SELLER, command)
    assert expected in last_text(shop, SELLER.id)


# -- /nudge now -------------------------------------------------------------------------------------------
async def test_nudge_now_reaches_consenting_buyers_only_and_reports(shop: Harness) -> None:
    await with_coupon(shop)
    await subscribed(shop, ANNA, IVAN, OLGA)
    await shop.send(PETE, "hello")  # never agreed
    relayed = await copy_of(shop, "hello", SELLER.id)
    await shop.send(OLGA, "spam")
    await shop.send(SELLER, "/block", reply_to=await copy_of(shop, "spam", SELLER.id))
    del relayed
    shop.api.calls.clear()
    shop.api.fail(RetryAfter(1), when=lambda e: getattr(e, "chat_id", 0) == IVAN.id)
    await shop.send(SELLER, "/nudge thanks15 now")
    [anna] = coupons_to(shop, ANNA.id)
    assert "15% off your next order" in anna.text and button_data(anna) == ["mk:unsub"]
    offset = utf16_len(anna.text[: anna.text.index("THANKS15")])  # 🎁 counts two UTF-16 units
    assert {"type": "code", "offset": offset, "length": 8} in anna.entities
    assert not coupons_to(shop, PETE.id) and not coupons_to(shop, OLGA.id)
    assert not coupons_to(shop, IVAN.id)  # 429: waits its retry_after
    await shop.later(1)
    [ivan] = coupons_to(shop, IVAN.id)
    assert "THANKS15" in ivan.text and "Иван" not in ivan.text
    await shop.later(2)
    assert await sends(shop) == {1: ("sent", None), 2: ("sent", None), 3: ("skipped", "blocked")}
    progress, *edits, report = [c for c in shop.api.to(SELLER.id)]
    assert isinstance(progress, SendMessage) and "Sending THANKS15" in progress.text
    assert all(isinstance(e, EditMessageText) for e in edits)
    assert isinstance(report, SendMessage)
    assert "finished: 2 sent, 0 failed, 1 skipped" in report.text
    # The same coupon is not sent twice to the same buyer.
    shop.api.calls.clear()
    await shop.send(SELLER, "/nudge THANKS15 now")
    assert "Nobody to send THANKS15" in last_text(shop, SELLER.id)


async def test_a_buyer_who_blocked_the_bot_is_marked_unreachable_and_the_rest_go_on(shop: Harness) -> None:
    await with_coupon(shop)
    await subscribed(shop, ANNA, IVAN)
    shop.api.fail(
        Forbidden("bot was blocked by the user"), when=lambda e: getattr(e, "chat_id", 0) == ANNA.id
    )
    await shop.send(SELLER, "/nudge THANKS15 now")
    await shop.later(2)
    assert await sends(shop) == {1: ("failed", "blocked-bot"), 2: ("sent", None)}
    async with shop.sessions() as s:
        anna = await s.get(Buyer, 1)
    assert anna is not None and anna.unreachable_at is not None
    assert "1 sent, 1 failed, 0 skipped" in last_text(shop, SELLER.id)


async def test_unsubscribing_mid_nudge_withdraws_what_was_not_sent(shop: Harness) -> None:
    await with_coupon(shop)
    await subscribed(shop, ANNA, IVAN)
    await shop.core.handle(shop.message(SELLER, _text("/nudge THANKS15 now")))  # queued, not sent yet
    await shop.core.handle(shop.message(ANNA, _text("/stop")))
    await shop.settle()
    await shop.later(2)
    assert not coupons_to(shop, ANNA.id)
    assert await sends(shop) == {1: ("skipped", "unsubscribed"), 2: ("sent", None)}


async def test_a_send_cut_off_by_a_crash_is_not_repeated(shop: Harness) -> None:
    await with_coupon(shop)
    await subscribed(shop, ANNA, IVAN)
    await shop.core.handle(shop.message(SELLER, _text("/nudge THANKS15 now")))
    # A process claims every row and dies mid-send: the promotions stay "sending" under its lease.
    async with shop.sessions() as s, s.begin():
        claimed = await claim_outbox(s, shop.clock(), 100)
    assert len([i for i in claimed if i.role == "promo"]) == 2
    async with shop.sessions() as s:
        statuses = (await s.execute(select(OutboxItem.status).where(OutboxItem.role == "promo"))).scalars()
        assert set(statuses) == {"sending"}
    await shop.later(31)  # the lease runs out; another process takes over
    await shop.later(2)
    assert not coupons_to(shop, ANNA.id) and not coupons_to(shop, IVAN.id)
    assert await sends(shop) == {1: ("failed", "interrupted"), 2: ("failed", "interrupted")}
    assert "0 sent, 2 failed" in last_text(shop, SELLER.id)


@pytest.mark.parametrize(
    ("maybe_done", "outcome"), [(True, ("failed", "interrupted")), (False, ("sent", None))]
)
async def test_a_lost_answer_is_not_retried_but_a_refused_connection_is(
    shop: Harness, maybe_done: bool, outcome: tuple[str, str | None]
) -> None:
    await with_coupon(shop)
    await subscribed(shop, ANNA)
    lost = Transient("Request timeout error", maybe_done=maybe_done)
    shop.api.fail(lost, when=lambda e: getattr(e, "chat_id", 0) == ANNA.id)
    await shop.send(SELLER, "/nudge THANKS15 now")
    await shop.later(5)  # past any backoff
    assert await sends(shop) == {1: outcome}
    assert len(coupons_to(shop, ANNA.id)) == (0 if maybe_done else 1)  # the recording API saw no success


async def test_stopping_a_nudge_and_deleting_its_coupon(shop: Harness) -> None:
    await with_coupon(shop)
    await subscribed(shop, ANNA)
    await shop.core.handle(shop.message(SELLER, _text("/nudge THANKS15 now")))
    await shop.core.handle(shop.message(SELLER, _text("/coupon del THANKS15")))
    await shop.settle()
    await shop.later(2)
    assert not coupons_to(shop, ANNA.id)
    assert await sends(shop) == {1: ("skipped", "stopped")}


# -- standing rules ---------------------------------------------------------------------------------------
async def test_a_standing_rule_sends_after_delivery_once_per_buyer(shop: Harness) -> None:
    await shop.send(SELLER, "/followup off")
    await with_coupon(shop)
    await subscribed(shop, ANNA)
    await shop.send(SELLER, "/nudge THANKS15 after 2d")
    assert "2 days after their order is delivered" in last_text(shop, SELLER.id)
    await delivered_order(shop, ANNA, "A-1")
    await shop.later(2 * DAY - 1)
    assert not coupons_to(shop, ANNA.id)
    await shop.later(1)
    assert len(coupons_to(shop, ANNA.id)) == 1
    await delivered_order(shop, ANNA, "A-2")
    await shop.later(3 * DAY)
    assert not coupons_to(shop, ANNA.id)
    await shop.send(SELLER, "/nudge")
    assert "THANKS15: 2 days after delivery · 1 sent" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/nudge off THANKS15")
    assert "Stopped" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/nudge")
    assert "No nudges running" in last_text(shop, SELLER.id)


async def test_a_rule_never_reaches_a_buyer_without_consent(shop: Harness) -> None:
    await shop.send(SELLER, "/followup off")
    await with_coupon(shop)
    await shop.send(SELLER, "/nudge THANKS15 after 1d")
    await delivered_order(shop, PETE, "P-1")
    await shop.later(2 * DAY)
    assert not coupons_to(shop, PETE.id)
    assert await sends(shop) == {}


async def test_a_rule_covers_a_recent_delivery(shop: Harness) -> None:
    await shop.send(SELLER, "/followup off")
    await with_coupon(shop)
    await subscribed(shop, ANNA)
    await delivered_order(shop, ANNA, "A-1")
    await shop.later(DAY)
    await shop.send(SELLER, "/nudge THANKS15 after 2d")
    assert "1 recent deliveries included" in last_text(shop, SELLER.id)
    await shop.later(DAY)
    assert len(coupons_to(shop, ANNA.id)) == 1


async def test_promotions_go_after_conversation_traffic(shop: Harness) -> None:
    await with_coupon(shop)
    await subscribed(shop, ANNA)
    await shop.core.handle(shop.message(SELLER, _text("/nudge THANKS15 now")))
    await shop.core.handle(shop.message(IVAN, _text("Question!")))
    async with shop.sessions() as s, s.begin():
        first = await claim_outbox(s, shop.clock(), 2)
    # The seller's progress message and Ivan's acknowledgement (his relay waits behind the progress
    # message in the seller's chat) come before the coupon queued earlier.
    assert [item.role for item in first] == ["nudge-progress", "service"]


def _text(text: str) -> Content:
    return Content("text", text=text)
