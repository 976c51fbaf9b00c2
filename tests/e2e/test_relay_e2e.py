"""A buyer and the shop's sellers talk through the real bot (both runtimes) on a fake Telegram."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from tests.e2e.conftest import SELLER2_ID, SELLER_ID, Shop
from tests.fakeapi import FakeBotApi
from tests.support.waiting import text_of


async def test_start_greets_and_first_message_is_relayed_with_header(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna", "Smith", "anna", "ru")
    buyer.send_command("start", "promo_1")
    [greeting] = await buyer.wait_received(1)
    assert "Knit Shop" in greeting["text"] and "Здравствуйте" in greeting["text"]
    buyer.send_text("Здравствуйте! Есть ли синий шарф?")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    header, body = relayed["text"].split("\n", 1)
    assert "Anna Smith" in header and "@anna" in header and "#1" in header and "Russian" in header
    assert body == "Здравствуйте! Есть ли синий шарф?"
    _, ack = await buyer.wait_received(2)
    assert "в течение суток" in ack["text"]
    assert not api.calls_to("forwardMessage")


MEDIA = [
    ("photo", lambda u: u.send_photo(caption="this colour?")),
    ("video", lambda u: u.send_video(caption="see")),
    ("animation", lambda u: u.send_animation()),
    ("document", lambda u: u.send_document(caption="invoice")),
    ("audio", lambda u: u.send_audio()),
    ("voice", lambda u: u.send_voice()),
    ("video_note", lambda u: u.send_video_note()),
    ("sticker", lambda u: u.send_sticker()),
    ("location", lambda u: u.send_location(55.75, 37.62)),
    ("venue", lambda u: u.send_venue("Post office", "Main st 1", 55.75, 37.62)),
    ("contact", lambda u: u.send_contact("+100200300", "Anna")),
]


@pytest.mark.parametrize(("kind", "send"), MEDIA, ids=[m[0] for m in MEDIA])
async def test_every_media_type_is_relayed_in_one_call_and_answerable(
    shop: Shop, kind: str, send: Any
) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    send(buyer)
    [relayed] = await api.wait_received(SELLER_ID, 1)
    assert kind in relayed, relayed
    assert "forward_origin" not in relayed
    header_shown = "#1" in text_of(relayed) or "#1" in str(relayed.get("reply_markup"))
    assert header_shown, relayed
    relay_calls = [c for c in api.calls if c.chat_id == SELLER_ID and c.method != "setMyCommands"]
    assert len(relay_calls) == 1, [c.method for c in relay_calls]
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    seller.send_text("Got it, thanks!", reply_to=relayed)
    received = await buyer.wait_received(2)  # the acknowledgement, then the answer
    assert received[-1]["text"] == "Got it, thanks!"
    assert received[-1]["reply_to_message"]["message_id"] > 0


async def test_album_reaches_the_seller_as_one_album(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_album(("photo", "photo", "video"), caption="which one?")
    parts = await api.wait_received(SELLER_ID, 3)
    groups = {p.get("media_group_id") for p in parts}
    assert len(groups) == 1 and None not in groups
    assert "#1" in parts[0]["caption"] and parts[0]["caption"].endswith("which one?")
    assert len(api.calls_to("sendMediaGroup")) == 1


async def test_seller_reply_in_any_type_reaches_the_buyer_anonymously(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    seller = api.user(SELLER_ID, "Sam", "Seller", "sam", "en")
    question = buyer.send_text("photo of the back, please?")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    seller.send_photo(caption="here it is", reply_to=relayed)
    seller.send_sticker(reply_to=relayed)
    received = await buyer.wait_received(3)
    photo, sticker = received[1], received[2]
    assert photo["caption"] == "here it is" and "photo" in photo and "sticker" in sticker
    assert photo["reply_to_message"]["message_id"] == question["message_id"]
    for answer in (photo, sticker):
        assert "forward_origin" not in answer and answer["from"]["id"] == api.bot_user["id"]
        assert "Sam" not in str(answer)


async def test_two_sellers_both_receive_and_the_other_sees_the_answer(make_shop: Any) -> None:
    shop: Shop = await make_shop(sellers=(SELLER_ID, SELLER2_ID))
    api = shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_text("price?")
    [to_sam] = await api.wait_received(SELLER_ID, 1)
    [to_tina] = await api.wait_received(SELLER2_ID, 1)
    assert to_sam["text"].endswith("price?") and to_tina["text"].endswith("price?")
    api.user(SELLER2_ID, "Тина", language_code="ru").send_text("12 евро", reply_to=to_tina)
    received = await buyer.wait_received(2)
    assert received[-1]["text"] == "12 евро"
    _, note = await api.wait_received(SELLER_ID, 2)
    assert "Тина" in note["text"] and note["text"].endswith("12 евро")
    assert note["reply_to_message"]["message_id"] == to_sam["message_id"]


async def test_seller_message_that_is_no_reply_gets_a_hint(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_text("hello")
    await api.wait_received(SELLER_ID, 1)
    api.user(SELLER_ID, "Sam").send_text("hello all")
    _, hint = await api.wait_received(SELLER_ID, 2)
    assert "reply" in hint["text"]
    assert len(buyer.received()) == 1  # only the acknowledgement


async def test_restart_mid_conversation_keeps_the_thread(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_text("before restart")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    await shop.restart()
    api.user(SELLER_ID, "Sam").send_text("after restart", reply_to=relayed)
    received = await buyer.wait_received(2)
    assert received[-1]["text"] == "after restart"
    buyer.send_text("thanks")
    _, second = await api.wait_received(SELLER_ID, 2)
    assert "#1" in second["text"]
    assert len(buyer.received()) == 2  # no second acknowledgement: same conversation


async def test_redelivered_update_is_handled_once(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    message = buyer.send_text("only once")
    await api.wait_received(SELLER_ID, 1)
    await api.wait_updates_confirmed()
    api.redeliver(api.update_of(message))
    buyer.send_text("next")
    await api.wait_received(SELLER_ID, 2)
    texts = [text_of(m) for m in api.received(SELLER_ID)]
    assert sum("only once" in t for t in texts) == 1


@pytest.mark.parametrize("status", [429, 500, 502])
async def test_injected_failures_are_retried(shop: Shop, status: int) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    api.fail(
        "sendMessage", status=status, times=2, retry_after=1 if status == 429 else None, chat_id=SELLER_ID
    )
    buyer.send_text("please arrive")
    [relayed] = await api.wait_received(SELLER_ID, 1, timeout=15)
    assert relayed["text"].endswith("please arrive")
    failed = [c for c in api.calls_to("sendMessage") if c.chat_id == SELLER_ID and c.status == status]
    assert len(failed) == 2
    if status == 429:  # waited retry_after before trying again
        ok = next(c for c in api.calls_to("sendMessage") if c.chat_id == SELLER_ID and c.status == 200)
        assert ok.started_at - failed[-1].finished_at >= 0.9


async def test_blocked_buyer_is_reported_to_the_seller(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_text("hi")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    await buyer.wait_received(1)
    api.block(1001)
    api.user(SELLER_ID, "Sam", language_code="ru").send_text("hello?", reply_to=relayed)
    _, notice = await api.wait_received(SELLER_ID, 2)
    assert "заблокировал" in notice["text"] and "#1" in notice["text"]


async def test_long_text_is_split_and_nothing_is_lost(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    long_text = ("Lorem ipsum dolor sit amet. " * 146).strip()  # 4087 characters
    buyer.send_text(long_text)
    parts = await api.wait_received(SELLER_ID, 2)
    joined = parts[0]["text"].split("\n", 1)[1] + parts[1]["text"].split("\n", 1)[1]
    assert joined.replace(" ", "") == long_text.replace(" ", "")


async def test_a_4096_character_message_comes_in_two_answerable_parts(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna", "Smith", "anna", "en")
    buyer.send_text("Lorem ipsum " * 341 + "end.")  # 4096 characters: the header makes it two parts
    parts = await api.wait_received(SELLER_ID, 2)
    for i, part in enumerate(parts, 1):
        header = part["text"].split("\n", 1)[0]
        assert header.startswith("👤 Anna Smith @anna · #1") and header.endswith(f"({i}/2)"), header
        assert "Saved replies" in str(part.get("reply_markup"))
    api.user(SELLER_ID, "Sam", language_code="en").send_text("Answer to part two", reply_to=parts[1])
    _, answer = await buyer.wait_received(2)  # after the acknowledgement
    assert answer["text"] == "Answer to part two"


async def test_buyer_edit_is_shown_to_the_seller(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    original = buyer.send_text("I need 2")
    [relayed] = await api.wait_received(SELLER_ID, 1)
    buyer.edit(original, text="I need 3")
    _, edited = await api.wait_received(SELLER_ID, 2)
    assert edited["text"].endswith("I need 3")
    assert edited["reply_to_message"]["message_id"] == relayed["message_id"]


async def test_unsupported_content_is_explained_to_the_buyer(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    buyer.send_poll("Which colour?", ["red", "blue"])
    first = (await buyer.wait_received(1))[0]
    assert "poll" in first["text"]
    [note] = await api.wait_received(SELLER_ID, 1)
    assert "poll" in note["text"]


async def test_command_menus_are_registered_per_language_and_per_seller(shop: Shop) -> None:
    api: FakeBotApi = shop.api
    locales = Translator(CATALOG_DIR).locales
    await api.wait_calls("setMyCommands", 1 + len(locales) + 1)  # default, one per language, the seller
    assert api.commands(language_code="ru")
    assert api.commands(language_code="en")
    seller_menu = [c["command"] for c in api.commands(scope={"type": "chat", "chat_id": SELLER_ID})]
    buyer_menu = [c["command"] for c in api.commands(language_code="en")]
    assert seller_menu[0] == "help" and "start" not in seller_menu
    assert buyer_menu[:2] == ["start", "help"]
    assert {"saved", "vacation"} <= set(seller_menu)
    assert not {"saved", "vacation", "block"} & set(buyer_menu)  # seller commands stay out of it


async def test_a_dropped_connection_is_retried(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "Anna")
    api.disconnect("sendMessage", times=1, chat_id=SELLER_ID)
    buyer.send_text("through a flaky network")
    [relayed] = await api.wait_received(SELLER_ID, 1, timeout=15)
    assert relayed["text"].endswith("through a flaky network")
    assert [c.status for c in api.calls_to("sendMessage") if c.chat_id == SELLER_ID][:2] == [None, 200]
