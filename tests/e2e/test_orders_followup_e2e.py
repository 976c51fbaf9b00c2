"""Orders and the follow-up after delivery through the real bot (both runtimes) on the fake Telegram."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from storage.db import create_engine, session_factory
from storage.models import Order, Timer
from tests.e2e.conftest import SELLER2_ID, SELLER_ID, Shop
from tests.fakeapi import SimulatedUser
from tests.support.waiting import callback_data, text_of, wait_text

Json = dict[str, Any]


async def delivered_with_followup(shop: Shop, buyer: SimulatedUser) -> Json:
    """``buyer`` opens the link of order A-1, the seller sets a 1 s follow-up and marks it delivered;
    returns the follow-up question the buyer gets."""
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    before = len(buyer.received())
    buyer.send_command("start", "o_A-1")
    await buyer.wait_received(before + 1)
    seller.send_command("followup", "1s")
    await wait_text(api, SELLER_ID, "after an order is marked delivered")  # ✅ Follow-ups will go out …
    seller.send_command("delivered", "A-1")
    await wait_text(api, SELLER_ID, "Order A-1 is marked delivered")
    question = await wait_text(api, buyer.id, "Did everything arrive well?")
    assert "Knit Shop" in question["text"] and "order A-1" in question["text"]
    return question


async def test_the_order_link_greets_shows_the_order_and_lists_it(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_command("start", "o_a-1")  # order numbers are stored upper case
    [greeting] = await buyer.wait_received(1)
    assert "Knit Shop" in greeting["text"] and "writing about order A-1" in greeting["text"]

    buyer.send_text("When will it ship?")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    header, body = relayed["text"].split("\n", 1)
    assert "Anna Smith" in header and "#1" in header and "🧾 A-1" in header
    assert body == "When will it ship?"

    seller.send_command("orders")
    listing = await wait_text(api, SELLER_ID, "🧾 The latest order:")
    assert listing["text"].split("\n")[1].startswith("A-1 · open · #1 Anna Smith · ")

    # A seller links an order by replying /order to a buyer's message, then moves it by replies.
    bob = api.user(1002, "Bob")
    bob.send_text("Hi, I ordered yesterday")
    from_bob = await wait_text(api, SELLER_ID, "Hi, I ordered yesterday")
    seller.send_command("order", "b-2", reply_to=from_bob)
    linked = await wait_text(api, SELLER_ID, "🧾 Order B-2 is linked to #2 Bob.")
    assert linked["text"].endswith("https://t.me/sellerbot_test_bot?start=o_B-2")
    bob.send_text("Any news?")
    news = await wait_text(api, SELLER_ID, "Any news?")
    assert "🧾 B-2" in news["text"].split("\n", 1)[0]
    seller.send_command("shipped", reply_to=news)
    await wait_text(api, SELLER_ID, "📦 Order B-2 is marked shipped.")
    seller.send_command("delivered", "A-1")
    await wait_text(api, SELLER_ID, "✅ Order A-1 is marked delivered.")
    seller.send_command("orders")
    listing = await wait_text(api, SELLER_ID, "🧾 The latest 2 orders:")
    lines = listing["text"].split("\n")
    assert lines[1].startswith("A-1 · delivered · #1 Anna Smith · ")
    assert lines[2].startswith("B-2 · shipped · #2 Bob · ")


async def test_all_good_thanks_then_asks_for_consent_and_yes_is_stored(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    question = await delivered_with_followup(shop, buyer)
    good = next(data for data in callback_data(question) if data.startswith("fu:ok:"))
    assert callback_data(question) == [good, good.replace(":ok:", ":problem:")]

    pressed = buyer.press_button(question, data=good)
    consent = await wait_text(api, buyer.id, "May Knit Shop send you occasional offers")
    thanked = api.message(buyer.id, question["message_id"])
    assert thanked is not None and thanked["text"].startswith("Thank you! We're glad your order arrived")
    assert "reply_markup" not in thanked
    assert callback_data(consent) == ["mk:yes:followup", "mk:no:followup"]
    await api.wait_for(lambda: api.callback_answer(pressed), what="the press answered")

    yes = buyer.press_button(consent, data="mk:yes:followup")
    await api.wait_for(
        lambda: text_of(api.message(buyer.id, consent["message_id"]) or {}).startswith("🎉 Thank you!"),
        what="the consent question turned into thanks",
    )
    await api.wait_for(lambda: api.callback_answer(yes), what="the press answered")
    buyer.send_command("subscribe")
    await wait_text(api, buyer.id, "You are already subscribed to offers from Knit Shop")


async def test_a_problem_alerts_every_seller_and_a_reply_reaches_the_buyer(make_shop: Any) -> None:
    shop: Shop = await make_shop(sellers=(SELLER_ID, SELLER2_ID))
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_text("Tracking says it was delivered")
    await buyer.wait_received(1)  # the acknowledgement
    question = await delivered_with_followup(shop, buyer)
    buyer.press_button(question, data=next(d for d in callback_data(question) if d.startswith("fu:problem:")))

    alert = await wait_text(api, SELLER_ID, "⚠️ Problem reported with order A-1. Their latest messages:")
    assert "Anna Smith" in alert["text"] and "🧾 A-1" in alert["text"]
    assert alert["text"].endswith("\n• Tracking says it was delivered\nReply to this message to answer them.")
    await wait_text(api, SELLER2_ID, "⚠️")  # Tina gets it too, in Russian
    sorry = api.message(buyer.id, question["message_id"])
    assert sorry is not None and sorry["text"].startswith("We're sorry something went wrong with order A-1")
    assert "reply_markup" not in sorry

    seller.send_text("So sorry! What happened to it?", reply_to=alert)
    answer = await wait_text(api, buyer.id, "So sorry! What happened to it?")
    assert answer["text"] == "So sorry! What happened to it?" and "Sam" not in str(answer)
    assert answer["reply_to_message"]["message_id"] == question["message_id"]
    assert not any("May Knit Shop send you" in text_of(m) for m in buyer.received())


async def test_a_follow_up_that_came_due_while_the_bot_was_down_goes_out_once_at_start(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_command("start", "o_A-1")
    await buyer.wait_received(1)
    seller.send_command("followup", "1h")
    await wait_text(api, SELLER_ID, "after an order is marked delivered")
    seller.send_command("delivered", "A-1")
    await wait_text(api, SELLER_ID, "Order A-1 is marked delivered")
    await shop.stop()  # down before the follow-up is due
    assert not any("Did everything arrive well?" in text_of(m) for m in buyer.received())
    await hours_pass_while_down(shop, 2)
    await shop.start()
    await wait_text(api, buyer.id, "Did everything arrive well?")
    await shop.restart()  # and a second start does not send it again
    seller.send_command("orders")
    await wait_text(api, SELLER_ID, "🧾 The latest order:")
    questions = [m for m in buyer.received() if "Did everything arrive well?" in text_of(m)]
    assert len(questions) == 1


async def hours_pass_while_down(shop: Shop, hours: float) -> None:
    """As if the bot had been down for ``hours``: what was recorded and planned moves back that long
    (a real wait would race the stop on a loaded machine, and cost the suite the time)."""
    engine = create_engine(shop.settings.database_url)
    earlier = timedelta(hours=hours)
    try:
        async with session_factory(engine)() as session, session.begin():
            for order in await session.scalars(select(Order).where(Order.delivered_at.is_not(None))):
                assert order.delivered_at is not None
                order.delivered_at -= earlier
            for timer in await session.scalars(select(Timer)):
                timer.due_at -= earlier
    finally:
        await engine.dispose()


async def test_shipped_after_delivered_asks_first_and_a_yes_cancels_the_follow_up(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_command("start", "o_A-1")
    await buyer.wait_received(1)
    seller.send_command("followup", "1h")
    await wait_text(api, SELLER_ID, "after an order is marked delivered")
    seller.send_command("delivered", "A-1")
    await wait_text(api, SELLER_ID, "Order A-1 is marked delivered")

    seller.send_command("shipped", "A-1")
    question = await wait_text(api, SELLER_ID, "⚠️ Order A-1 is already marked delivered. Mark it shipped")
    assert "Its follow-up, due " in question["text"] and "would then not be sent" in question["text"]
    assert [b.split(":")[1] for b in callback_data(question)] == ["back", "keep"]
    seller.send_command("orders")
    listing = await wait_text(api, SELLER_ID, "🧾 The latest order:")
    assert listing["text"].split("\n")[1].startswith("A-1 · delivered · ")  # nothing moved on the question

    pressed = seller.press_button(question, data=callback_data(question)[0])
    await api.wait_for(
        lambda: text_of(api.message(SELLER_ID, question["message_id"]) or {}).startswith(
            "📦 Order A-1 is marked shipped again. Its follow-up is cancelled"
        ),
        what="the question turned into the step back",
    )
    await api.wait_for(lambda: api.callback_answer(pressed), what="the press answered")
    assert "reply_markup" not in (api.message(SELLER_ID, question["message_id"]) or {})
    seller.send_command("orders")
    await wait_text(api, SELLER_ID, "A-1 · shipped · ")
