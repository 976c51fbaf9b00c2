"""Consent, coupon nudges, the reminder and /stats through the real bot (both runtimes) on the fake
Telegram."""

from __future__ import annotations

import re
from typing import Any

from tests.e2e.conftest import SELLER_ID, Shop
from tests.fakeapi import FakeBotApi, SimulatedUser
from tests.support.waiting import callback_data, text_of, wait_text

Json = dict[str, Any]

COUPON = "🎁 A little thank-you from Knit Shop: 15% off your next order\n\nYour code: THANKS15"
REPORT_RE = re.compile(r"✅ Nudge THANKS15 finished: (\d+) sent, (\d+) failed, (\d+) skipped\.")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def coupons(api: FakeBotApi, chat_id: int) -> list[Json]:
    return [m for m in api.received(chat_id) if text_of(m).startswith("🎁 A little thank-you")]


def progress_messages(api: FakeBotApi) -> list[Json]:
    return [m for m in api.received(SELLER_ID) if text_of(m).startswith("🎟 Sending THANKS15:")]


async def command(user: SimulatedUser, name: str, args: str, expect: str) -> Json:
    """``user`` sends /name args; returns the bot's answer, which contains ``expect``."""
    before = len(user.received())
    user.send_command(name, args)
    answer = (await user.wait_received(before + 1, timeout=10))[-1]
    assert expect in text_of(answer), answer
    return answer


async def subscribed(api: FakeBotApi, user_id: int, name: str) -> SimulatedUser:
    buyer = api.user(user_id, name)
    await command(buyer, "subscribe", "", "🎉 Thank you! Knit Shop will send you offers")
    return buyer


async def add_coupon(api: FakeBotApi) -> SimulatedUser:
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    await command(seller, "coupon", "add THANKS15 15% off your next order", "🎟 Coupon THANKS15 added,")
    return seller


async def test_consent_yes_no_and_stop(shop: Shop) -> None:
    api = shop.api
    anna = api.user(1001, "Anna")
    await command(anna, "subscribe", "", "🎉 Thank you! Knit Shop will send you offers now and then.")
    await command(anna, "subscribe", "", "You are already subscribed to offers from Knit Shop.")
    await command(anna, "stop", "", "Done: Knit Shop will send you no more offers.")
    await command(anna, "stop", "", "You are not subscribed to offers from Knit Shop.")

    # "No, thanks" under the question that follows a good follow-up answer.
    bob = api.user(1002, "Bob")
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    await command(bob, "start", "o_B-2", "writing about order B-2")
    await command(seller, "followup", "1s", "after an order is marked delivered")
    await command(seller, "delivered", "B-2", "Order B-2 is marked delivered")
    question = await wait_text(api, bob.id, "Did everything arrive well?")
    bob.press_button(question, data=next(d for d in callback_data(question) if d.startswith("fu:ok:")))
    consent = await wait_text(api, bob.id, "May Knit Shop send you occasional offers")
    bob.press_button(consent, data="mk:no:followup")
    await api.wait_for(
        lambda: text_of(api.message(bob.id, consent["message_id"]) or {}).startswith(
            "Understood — no offers."
        ),
        what="the consent question turned into the refusal's answer",
    )
    await command(bob, "stop", "", "You are not subscribed to offers from Knit Shop.")
    await command(bob, "subscribe", "", "🎉 Thank you!")


async def test_a_nudge_now_reaches_each_consenting_reachable_buyer_once(shop: Shop) -> None:
    api = shop.api
    anna = await subscribed(api, 1001, "Anna")
    bob = await subscribed(api, 1002, "Bob")
    cleo = api.user(1003, "Cleo")
    await command(cleo, "stop", "", "You are not subscribed")
    dan = await subscribed(api, 1004, "Dan")
    dan.block_bot()
    eve = await subscribed(api, 1005, "Eve")
    eve.send_text("Buy cheap followers!")
    spam = await wait_text(api, SELLER_ID, "Buy cheap followers!")
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_command("block", reply_to=spam)
    await wait_text(api, SELLER_ID, "🚫 Sam Seller blocked #5 Eve")
    await add_coupon(api)
    api.fail("sendMessage", 429, retry_after=1, chat_id=bob.id)

    seller.send_command("nudge", "THANKS15 now")
    progress = await wait_text(api, SELLER_ID, "🎟 Sending THANKS15:")
    assert progress["text"] == "🎟 Sending THANKS15: 0 sent, 3 left · 0 failed · 1 skipped"
    report = await wait_text(api, SELLER_ID, "✅ Nudge THANKS15 finished", timeout=20)
    assert report["text"] == "✅ Nudge THANKS15 finished: 2 sent, 1 failed, 1 skipped."

    for buyer in (anna, bob):
        [coupon] = coupons(api, buyer.id)
        assert coupon["text"] == COUPON and callback_data(coupon) == ["mk:unsub"]
        assert [e["type"] for e in coupon["entities"]] == ["code"]
    assert coupons(api, cleo.id) == coupons(api, dan.id) == coupons(api, eve.id) == []
    to_bob = [c for c in api.calls_to("sendMessage") if c.chat_id == bob.id]
    assert [c.status for c in to_bob[-2:]] == [429, 200]
    assert [c.status for c in api.calls_to("sendMessage") if c.chat_id == dan.id][-1] == 403
    edits = [c for c in api.calls_to("editMessageText") if c.chat_id == SELLER_ID]
    assert edits and all(c.params["message_id"] == progress["message_id"] for c in edits)
    edited = api.message(SELLER_ID, progress["message_id"])
    assert edited is not None
    assert edited["text"] == "🎟 Sending THANKS15: 2 sent, 0 left · 1 failed · 1 skipped"
    assert len(progress_messages(api)) == 1  # edited in place, never sent again

    # Dan is unreachable now and Eve still blocked: the next nudge skips them, and Anna and Bob have it.
    seller.send_command("nudge", "THANKS15 now")
    nobody = await wait_text(api, SELLER_ID, "Nobody to send THANKS15 to")
    assert "(4)" in nobody["text"]


async def test_a_nudge_cut_by_a_restart_resumes_without_duplicates(shop: Shop) -> None:
    api = shop.api
    buyers = [api.user(1100 + i, f"Buyer{i}") for i in range(40)]
    for buyer in buyers:
        buyer.send_command("subscribe")
    for buyer in buyers:
        [answer] = await buyer.wait_received(1, timeout=60)
        assert answer["text"].startswith("🎉 Thank you!")
    seller = await add_coupon(api)

    seller.send_command("nudge", "THANKS15 now")
    await api.wait_for(
        lambda: sum(1 for b in buyers if coupons(api, b.id)) >= 10, timeout=30, what="10 coupons sent"
    )
    assert sum(1 for b in buyers if coupons(api, b.id)) < 40  # cut off while sending
    await shop.restart()
    await api.wait_for(
        lambda: all(coupons(api, b.id) for b in buyers), timeout=60, what="every buyer has the coupon"
    )

    report = await wait_text(api, SELLER_ID, "✅ Nudge THANKS15 finished", timeout=30)
    match = REPORT_RE.fullmatch(report["text"])
    assert match is not None, report["text"]
    sent, failed, skipped = map(int, match.groups())
    assert sent + failed + skipped == 40, report["text"]
    assert sent == 40, report["text"]
    for buyer in buyers:
        assert len(coupons(api, buyer.id)) == 1, buyer.id
    [progress] = progress_messages(api)  # the new process edits the same message
    assert progress["text"] == "🎟 Sending THANKS15: 40 sent, 0 left · 0 failed · 0 skipped"
    to_buyers = [c for c in api.calls_to("sendMessage") if c.ok and "Your code:" in c.params["text"]]
    assert len(to_buyers) == 40


async def test_a_coupon_whose_answer_was_lost_is_not_sent_again(shop: Shop) -> None:
    api = shop.api
    anna = await subscribed(api, 1001, "Anna")
    bob = await subscribed(api, 1002, "Bob")
    seller = await add_coupon(api)
    # Telegram delivers Anna's coupon but the connection drops before the answer: it may have arrived,
    # so the bot must not send it again.
    api.disconnect("sendMessage", chat_id=anna.id, deliver=True)
    seller.send_command("nudge", "THANKS15 now")
    report = await wait_text(api, SELLER_ID, "✅ Nudge THANKS15 finished", timeout=20)
    assert REPORT_RE.search(text_of(report)).groups() == ("1", "1", "0")  # type: ignore[union-attr]
    assert len(coupons(api, anna.id)) == 1  # delivered once, not repeated
    assert len(coupons(api, bob.id)) == 1


async def test_a_standing_nudge_follows_each_delivery_to_consenting_buyers(shop: Shop) -> None:
    api = shop.api
    anna = api.user(1001, "Anna")
    await command(anna, "start", "o_B-7", "writing about order B-7")
    await command(anna, "subscribe", "", "🎉 Thank you!")
    cleo = api.user(1003, "Cleo")
    await command(cleo, "start", "o_C-9", "writing about order C-9")  # never said yes
    seller = await add_coupon(api)
    rule = await command(seller, "nudge", "THANKS15 after 1s", "✅ Each subscribed buyer will get THANKS15 ")
    assert rule["text"].endswith(" after their order is delivered.")  # none delivered before
    await command(seller, "delivered", "C-9", "Order C-9 is marked delivered")
    await command(seller, "delivered", "B-7", "Order B-7 is marked delivered")

    coupon = await wait_text(api, anna.id, "Your code: THANKS15")
    assert coupon["text"] == COUPON
    listing = await command(seller, "nudge", "", "🔁 THANKS15: ")
    assert listing["text"].endswith(" after delivery · 1 sent")
    assert coupons(api, cleo.id) == [] and len(cleo.received()) == 1  # the greeting alone

    pressed = anna.press_button(coupon, data="mk:unsub")
    await wait_text(api, anna.id, "Done: Knit Shop will send you no more offers.")
    await api.wait_for(lambda: api.callback_answer(pressed), what="the press answered")
    await command(anna, "subscribe", "", "🎉 Thank you!")  # not subscribed any more


async def test_the_reminder_lists_the_buyer_left_waiting(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    bob = api.user(1002, "Bob")
    bob.send_text("Do you ship to Spain?")
    [relayed] = await seller.wait_received(1)
    seller.send_text("Yes, we do!", reply_to=relayed)
    await bob.wait_received(2)  # the acknowledgement, then the answer
    await command(seller, "remind", "1s", "You will be reminded when a buyer has waited")

    anna = api.user(1003, "Anna", "Smith")
    anna.send_text("Is the blue scarf in stock?")
    reminder = await wait_text(api, SELLER_ID, "⏰")
    assert re.match(r"⏰ A buyer has been waiting .+ for an answer\.\n", reminder["text"])
    assert "⏰ #2 Anna Smith — " in reminder["text"] and "Bob" not in reminder["text"]
    assert "Reply to their message to answer." in reminder["text"]


async def test_stats_figures_and_chart(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    anna = api.user(1001, "Anna")
    bob = api.user(1002, "Bob")
    anna.send_text("Hi! Is the blue scarf in stock?")
    bob.send_text("Hello, do you ship to Spain?")
    relayed = await seller.wait_received(2)
    to_anna = next(m for m in relayed if "Anna" in m["text"])
    seller.send_text("Yes, it is!", reply_to=to_anna)
    await anna.wait_received(2)  # the acknowledgement, then the answer
    await command(anna, "subscribe", "", "🎉 Thank you!")
    await command(bob, "stop", "", "You are not subscribed")

    report = await command(seller, "stats", "", "📊 The last ")
    lines = report["text"].split("\n")
    assert lines[1:3] == ["• 2 conversations", "• 2 messages from buyers"]
    assert lines[3].startswith("• Median time to the first answer: ") and "no data" not in lines[3]
    assert lines[4].startswith("• First message answered within 24 hours: 100% (1 of 1;")
    assert lines[5:] == [
        "• Waiting for an answer now: 1",
        "• Follow-ups: 0 sent, 0 all good, 0 problems",
        "• Average service rating (1–5): no ratings yet",
        "• Agreed to offers: 50% (1 of 2 who answered)",
        "• Coupons sent: 0, failed: 0",
    ]

    before = len(api.state.files.uploads)
    chart = await command(seller, "stats", "chart", "📊 Messages per day")
    assert "photo" in chart and len(api.calls_to("sendPhoto")) == 1
    [upload] = api.state.files.uploads[before:]
    assert upload.data.startswith(PNG_SIGNATURE)


async def test_each_buyer_gets_the_coupon_in_their_language_and_a_refused_code_says_why(shop: Shop) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    await command(seller, "coupon", "add СКИДКА10 Скидка 10%", "“СКИДКА10” cannot be a coupon code: use")
    await command(seller, "coupon", "add SALE10@xx Sale", "There is no language “xx”")
    await command(seller, "coupon", "add SALE10@ru Скидка 10% на всё", "🎟 Coupon SALE10 added")
    anna = api.user(1001, "Anna", language_code="en")
    await command(anna, "subscribe", "", "🎉 Thank you!")
    ivan = api.user(1002, "Иван", language_code="ru")
    await command(ivan, "subscribe", "", "🎉 Спасибо")
    seller.send_command("nudge", "SALE10 now")
    await wait_text(api, SELLER_ID, "✅ Nudge SALE10 finished")
    to_anna = await wait_text(api, anna.id, "SALE10")
    assert "Скидка" not in text_of(to_anna) and "a discount code for your next order" in text_of(to_anna)
    assert "Скидка 10% на всё" in text_of(await wait_text(api, ivan.id, "SALE10"))
