"""Orders (deep link, /order, /shipped, /delivered, /orders) and the follow-up after delivery."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.core.effects import EditMessageText, SendMessage
from handlers.core.events import User
from storage.models import Consent, Conversation, Order, Timer
from tests.support.chat import button_data, copy_of, last_text, texts
from tests.support.harness import DAY, Harness
from tests.support.scenarios import delivered_order
from tests.support.users import ANNA, IVAN, SELLER


async def order_row(shop: Harness, code: str) -> Order:
    async with shop.sessions() as s:
        return (await s.execute(select(Order).where(Order.code == code))).scalar_one()


async def test_deep_link_links_the_order_and_headers_show_it(shop: Harness) -> None:
    await shop.send(ANNA, "/start o_ab-12")
    greeting = last_text(shop, ANNA.id)
    assert "AB-12" in greeting
    order = await order_row(shop, "AB-12")
    assert order.buyer_id is not None and order.status == "open"
    await shop.send(ANNA, "Where is it?")
    assert "🧾 AB-12" in texts(shop, SELLER.id)[-1]


async def test_a_linked_order_stays_with_its_buyer(shop: Harness) -> None:
    await shop.send(ANNA, "/start o_77")
    await shop.send(IVAN, "/start o_77")  # a gift's recipient opens the insert's link
    order = await order_row(shop, "77")
    async with shop.sessions() as s:
        owner = (await s.execute(select(Order.buyer_id).where(Order.code == "77"))).scalar_one()
    assert owner == order.buyer_id
    assert "77" in last_text(shop, IVAN.id)


async def test_someone_elses_order_link_is_not_attached_and_sellers_are_told(shop: Harness) -> None:
    await shop.send(ANNA, "/start o_b-7")
    await shop.send(IVAN, "/start o_zz-9")  # a made-up code
    made_up = last_text(shop, IVAN.id)
    await shop.send(IVAN, "/start o_b-7")  # Anna's order, opened by another buyer
    # Greeted like any order link: nothing tells him whether it is real, or whose.
    assert last_text(shop, IVAN.id) == made_up.replace("ZZ-9", "B-7")
    await shop.send(IVAN, "Где мой заказ?")
    header = texts(shop, SELLER.id)[-1].split("\n", 1)[0]
    assert "#2" in header and "🧾 B-7" not in header  # not his order: his header keeps his own
    assert "⚠️ opened the link of order B-7, which belongs to #1" in header and "/order B-7" in header
    assert not any("#1" in text or "Anna" in text for text in texts(shop, IVAN.id))
    # /shipped by reply (and saved replies' {order_id}) take his own order, never Anna's.
    await shop.send(SELLER, "/shipped", reply_to=await copy_of(shop, "Где мой заказ?", SELLER.id))
    assert "ZZ-9" in last_text(shop, SELLER.id) and (await order_row(shop, "B-7")).status == "open"
    await shop.send(ANNA, "Any news?")
    assert "⚠️" not in texts(shop, SELLER.id)[-1]  # the order's own buyer: no warning
    # The seller decides: /order as a reply links it to Ivan, and the warning goes.
    await shop.send(SELLER, "/order B-7", reply_to=await copy_of(shop, "Где мой заказ?", SELLER.id))
    await shop.send(IVAN, "Спасибо")
    header = texts(shop, SELLER.id)[-1].split("\n", 1)[0]
    assert "🧾 B-7" in header and "⚠️" not in header


async def test_links_create_a_bounded_number_of_unconfirmed_orders(shop: Harness) -> None:
    for i in range(20):  # made-up codes
        await shop.send(ANNA, f"/start o_fake-{i}")
        assert f"FAKE-{i}" in last_text(shop, ANNA.id)  # greeted the same every time
    async with shop.sessions() as s:
        codes = (await s.execute(select(Order.code).order_by(Order.id))).scalars().all()
    assert codes == ["FAKE-0", "FAKE-1", "FAKE-2"]
    await shop.send(ANNA, "Is FAKE-19 on its way?")
    header = texts(shop, SELLER.id)[-1].split("\n", 1)[0]
    assert "🧾 FAKE-2" in header and "order FAKE-19: not recorded" in header and "/order FAKE-19" in header
    # A seller's confirmation lifts an order out of the count: one more link may create a row.
    asked = await copy_of(shop, "Is FAKE-19 on its way?", SELLER.id)
    await shop.send(SELLER, "/order FAKE-19", reply_to=asked)
    assert "⚠️" not in (await relayed_header(shop, ANNA, "And FAKE-19?"))
    await shop.send(SELLER, "/shipped FAKE-0")
    await shop.send(ANNA, "/start o_real-1")
    await shop.send(ANNA, "/start o_real-2")
    async with shop.sessions() as s:
        codes = (await s.execute(select(Order.code).order_by(Order.id))).scalars().all()
    assert codes == ["FAKE-0", "FAKE-1", "FAKE-2", "FAKE-19", "REAL-1"]


async def relayed_header(shop: Harness, buyer: User, text: str) -> str:
    await shop.send(buyer, text)
    return texts(shop, SELLER.id)[-1].split("\n", 1)[0]


async def test_seller_links_ships_and_delivers_by_reply_and_by_number(shop: Harness) -> None:
    await shop.send(ANNA, "Hi!")
    relayed = await copy_of(shop, "Hi!", SELLER.id)
    await shop.send(SELLER, "/order x-1", reply_to=relayed)
    assert "X-1" in last_text(shop, SELLER.id) and "start=o_X-1" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/shipped", reply_to=relayed)
    assert (await order_row(shop, "X-1")).status == "shipped"
    await shop.send(SELLER, "/shipped X-1")
    assert "already" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "/delivered x-1")
    order = await order_row(shop, "X-1")
    assert order.status == "delivered" and order.delivered_at == shop.clock()
    await shop.send(SELLER, "/orders")
    assert "X-1 · delivered · #1 Anna Smith" in last_text(shop, SELLER.id)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/order", "Reply /order ORDER"),
        ("/order a b", "Reply /order ORDER"),
        ("/order bad!code", "Reply /order ORDER"),
        ("/order NOPE", "There is no order NOPE yet"),
        ("/shipped", "Reply /shipped"),
        ("/delivered NOPE", "There is no order NOPE"),
        ("/delivered a b", "Reply /delivered"),
    ],
)
async def test_malformed_order_commands_get_a_clear_answer(
    shop: Harness, command: str, expected: str
) -> None:
    await shop.send(SELLER, command)
    assert expected in last_text(shop, SELLER.id)


async def test_follow_up_goes_out_after_the_delay_once(shop: Harness) -> None:
    await delivered_order(shop)
    await shop.later(3 * DAY - 60)
    assert not shop.api.to(ANNA.id)
    await shop.later(60)
    [question] = shop.api.to(ANNA.id)
    assert isinstance(question, SendMessage) and "A-100" in question.text
    assert button_data(question) == ["fu:ok:1", "fu:problem:1"]
    await shop.later(3 * DAY)
    assert len(shop.api.to(ANNA.id)) == 1


async def test_all_good_thanks_then_asks_for_consent_once(shop: Harness) -> None:
    await delivered_order(shop)
    await shop.later(3 * DAY)
    shop.api.calls.clear()
    asked = await shop.press(ANNA, "fu:ok:1")
    edit, question = [c for c in shop.api.to(ANNA.id)]
    assert isinstance(edit, EditMessageText) and edit.message_id == asked and "Thank you" in edit.text
    assert isinstance(question, SendMessage) and button_data(question) == [
        "mk:yes:followup",
        "mk:no:followup",
    ]
    await shop.press(ANNA, "mk:yes:followup")
    async with shop.sessions() as s:
        [consent] = (await s.execute(select(Consent))).scalars().all()
    assert (consent.granted, consent.source, consent.wording) == (True, "followup", "v1")
    assert consent.decided_at == shop.clock()
    assert (await order_row(shop, "A-100")).followup_answer == "ok"
    # A second order's "all good" does not ask again: she has answered.
    await delivered_order(shop, code="A-101")
    await shop.later(3 * DAY)
    await shop.press(ANNA, "fu:ok:2")
    assert not any("mk:yes" in "".join(button_data(c)) for c in shop.api.to(ANNA.id))


async def test_a_problem_alerts_sellers_and_their_reply_reaches_the_buyer(shop: Harness) -> None:
    await delivered_order(shop)
    await shop.later(3 * DAY)
    shop.api.calls.clear()
    await shop.press(ANNA, "fu:problem:1")
    sorry = shop.api.to(ANNA.id)[-1]
    assert isinstance(sorry, EditMessageText) and "A-100" in sorry.text
    [alert] = shop.api.to(SELLER.id)
    assert isinstance(alert, SendMessage)
    assert "Problem reported with order A-100" in alert.text and "#1" in alert.text
    assert "Hello, I ordered A-100" in alert.text  # the conversation, quoted
    async with shop.sessions() as s:
        conversation = (await s.execute(select(Conversation))).scalars().all()[-1]
    assert conversation.needs_attention_at is not None and conversation.waiting_since is not None
    # The seller answers by replying to the alert.
    alert_id = await copy_id_of_last(shop, SELLER.id)
    # Until someone answers, her messages are marked and /help counts her.
    await shop.send(ANNA, "The box was crushed")
    assert "⚠️ problem reported" in texts(shop, SELLER.id)[-1].split("\n")[0]
    await shop.send(SELLER, "/help")
    assert "⚠️ 1 of them reported a problem after delivery" in last_text(shop, SELLER.id)
    await shop.send(SELLER, "So sorry! We'll send a new one.", reply_to=alert_id)
    assert shop.api.to(ANNA.id)[-1].method == "copyMessage"
    async with shop.sessions() as s:
        conversation = (await s.execute(select(Conversation))).scalars().all()[-1]
    assert conversation.needs_attention_at is None and conversation.waiting_since is None
    await shop.send(ANNA, "Thank you!")
    assert "⚠️" not in texts(shop, SELLER.id)[-1].split("\n")[0]
    await shop.send(SELLER, "/help")
    assert "reported a problem" not in last_text(shop, SELLER.id)
    # Pressing again changes nothing.
    await shop.press(ANNA, "fu:ok:1")
    assert (await order_row(shop, "A-100")).followup_answer == "problem"
    await shop.send(SELLER, "/orders")
    assert last_text(shop, SELLER.id).split("\n")[1].endswith(" · ⚠️")


async def copy_id_of_last(shop: Harness, chat_id: int) -> int:
    """The Telegram id the RecordingApi gave the last message to ``chat_id``."""
    from storage.models import MessageCopy

    async with shop.sessions() as s:
        ids = (
            await s.execute(select(MessageCopy.telegram_message_id).where(MessageCopy.chat_id == chat_id))
        ).scalars()
        return max(ids)


async def test_no_follow_up_to_a_blocked_or_unreachable_buyer(shop: Harness) -> None:
    await delivered_order(shop)
    relayed = await copy_of(shop, "Hello, I ordered A-100", SELLER.id)
    await shop.send(SELLER, "/block", reply_to=relayed)
    await shop.later(3 * DAY)
    assert not [c for c in shop.api.to(ANNA.id) if "fu:ok" in "".join(button_data(c))]


async def step_back(shop: Harness, code: str = "A-100") -> str:
    """``/shipped`` on a delivered order, confirmed with the question's yes; what the seller is told."""
    await shop.send(SELLER, f"/shipped {code}")
    question = shop.api.to(SELLER.id)[-1]
    [yes] = [data for data in button_data(question) if data.startswith("ord:back:")]
    await shop.press(SELLER, yes)
    return edited_text(shop)


def edited_text(shop: Harness) -> str:
    """What the question in the seller's chat turned into."""
    edit = shop.api.to(SELLER.id)[-1]
    assert isinstance(edit, EditMessageText)
    return edit.text


async def test_shipped_after_delivered_asks_first_and_says_what_happens_to_the_follow_up(
    shop: Harness,
) -> None:
    await delivered_order(shop)
    await shop.send(SELLER, "/shipped A-100")
    question = shop.api.to(SELLER.id)[-1]
    assert isinstance(question, SendMessage)
    assert question.text == (
        "⚠️ Order A-100 is already marked delivered. Mark it shipped again? Its follow-up, due Nov 4, 2026,"
        " would then not be sent (marking it delivered again plans a new one)."
    )
    assert button_data(question) == ["ord:back:1", "ord:keep:1"]
    assert (await order_row(shop, "A-100")).status == "delivered"  # nothing moved yet
    pressed = await shop.press(SELLER, "ord:keep:1")
    kept = shop.api.to(SELLER.id)[-1]
    assert isinstance(kept, EditMessageText) and kept.message_id == pressed and "stays delivered" in kept.text
    await shop.later(3 * DAY)
    assert len(shop.api.to(ANNA.id)) == 1  # kept: the follow-up goes out as planned
    assert "follow-up has been sent" in (await _ask_text(shop))
    await shop.press(SELLER, "ord:back:1")
    assert edited_text(shop) == "📦 Order A-100 is marked shipped again."
    assert (await order_row(shop, "A-100")).status == "shipped"
    await shop.press(SELLER, "ord:back:1")  # an old button: nothing changes
    assert edited_text(shop) == "Order A-100 is shipped now: nothing changed."


async def _ask_text(shop: Harness) -> str:
    await shop.send(SELLER, "/shipped A-100")
    return last_text(shop, SELLER.id)


async def test_a_confirmed_step_back_cancels_the_follow_up(shop: Harness) -> None:
    await delivered_order(shop)
    told = await step_back(shop)
    assert told == (
        "📦 Order A-100 is marked shipped again."
        " Its follow-up is cancelled; /delivered A-100 plans a new one."
    )
    await shop.later(4 * DAY)
    assert not shop.api.to(ANNA.id)
    await shop.press(User(7, "Anna", "Smith", "anna", "en"), "ord:back:1")  # not a seller
    assert (await order_row(shop, "A-100")).status == "shipped"


async def test_a_status_change_replans_and_never_sends_twice(shop: Harness) -> None:
    await delivered_order(shop)
    await shop.later(DAY)
    await step_back(shop)  # marked delivered by mistake
    await shop.later(3 * DAY)
    assert not shop.api.to(ANNA.id)
    await shop.send(SELLER, "/delivered A-100")
    await shop.later(3 * DAY - 1)
    assert not shop.api.to(ANNA.id)
    await shop.later(1)
    assert len(shop.api.to(ANNA.id)) == 1
    await step_back(shop)
    await shop.send(SELLER, "/delivered A-100")
    await shop.later(4 * DAY)
    assert len(shop.api.to(ANNA.id)) == 1  # one follow-up per order, ever


async def test_followup_setting_moves_planned_follow_ups_and_can_be_off(shop: Harness) -> None:
    await shop.send(SELLER, "/followup")
    assert "3 days" in last_text(shop, SELLER.id)
    await delivered_order(shop)
    await shop.send(SELLER, "/followup 1h")
    assert "1 hour" in last_text(shop, SELLER.id)
    await shop.later(3600)
    assert len(shop.api.to(ANNA.id)) == 1
    await shop.send(SELLER, "/followup off")
    await delivered_order(shop, code="A-2")
    await shop.later(4 * DAY)
    assert (await order_row(shop, "A-2")).followup_sent_at is None
    assert not [c for c in shop.api.to(ANNA.id) if "fu:ok" in "".join(button_data(c))]
    await shop.send(SELLER, "/followup soon")
    assert "/followup DURATION" in last_text(shop, SELLER.id)
    async with shop.sessions() as s:
        assert not (await s.execute(select(Timer).where(Timer.kind == "followup"))).scalars().all()
    await shop.send(SELLER, "/followup 5 days")
    assert "5 days" in last_text(shop, SELLER.id)
