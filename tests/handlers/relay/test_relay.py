"""Buyer → sellers and seller → buyer through the core, outbox and timers (no framework)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import CopyMessage, CopyMessages, SendMediaGroup, SendMessage
from handlers.core.events import Content, User
from handlers.core.ports import Forbidden, RetryAfter, Transient
from storage.models import Buyer, Message
from tests.support.chat import sent_id
from tests.support.harness import Harness
from tests.support.users import ANNA, IVAN, SELLER, SELLER2


async def test_start_greets_in_the_buyers_language_and_keeps_the_payload(shop: Harness) -> None:
    await shop.send(IVAN, "/start promo_42")
    [greeting] = shop.api.to(IVAN.id)
    assert isinstance(greeting, SendMessage)
    assert "Knit Shop" in greeting.text and "Здравствуйте" in greeting.text
    async with shop.sessions() as s:
        buyer = (await s.execute(select(Buyer))).scalar_one()
    assert buyer.start_payload == "promo_42"
    assert shop.api.to(SELLER.id) == []  # /start is not relayed


async def test_a_bad_payload_is_ignored_not_fatal(shop: Harness) -> None:
    await shop.send(ANNA, "/start " + "x" * 80 + "!!")
    assert len(shop.api.to(ANNA.id)) == 1


async def test_text_reaches_the_seller_with_a_header_in_one_call(shop: Harness) -> None:
    await shop.send(ANNA, "Is the *blue* scarf available?")
    [relay] = shop.api.to(SELLER.id)
    assert isinstance(relay, SendMessage)
    header, body = relay.text.split("\n", 1)
    assert "Anna Smith" in header and "@anna" in header and "#1" in header and "English" in header
    assert body == "Is the *blue* scarf available?"
    [ack] = shop.api.to(ANNA.id)
    assert "within a day" in ack.text  # type: ignore[union-attr]


async def test_only_the_first_message_of_a_conversation_is_acknowledged(shop: Harness) -> None:
    await shop.send(ANNA, "Hello")
    await shop.send(ANNA, "Are you there?")
    assert len(shop.api.to(ANNA.id)) == 1
    shop.clock.advance(25 * 3600)  # still unanswered: the same conversation, no second "we got it"
    await shop.send(ANNA, "Hello??")
    assert len(shop.api.to(ANNA.id)) == 1
    await shop.send(SELLER, "Sorry, here!", reply_to=sent_id(shop, SELLER.id, 0))  # the first relayed copy
    shop.clock.advance(25 * 3600)  # a new conversation after a day of silence on both sides
    await shop.send(ANNA, "Hi again")
    assert len([c for c in shop.api.to(ANNA.id) if isinstance(c, SendMessage)]) == 2


async def test_entities_are_shifted_past_the_header(shop: Harness) -> None:
    entity = {"type": "bold", "offset": 0, "length": 5}
    await shop.send(ANNA, Content("text", text="Hello world", entities=(entity,)))
    [relay] = shop.api.to(SELLER.id)
    assert isinstance(relay, SendMessage)
    moved = [e for e in relay.entities if e["length"] == 5 and e["type"] == "bold"]
    [e] = moved
    units = relay.text.encode("utf-16-le")  # offsets count UTF-16 units; the header has an emoji
    assert units[e["offset"] * 2 : (e["offset"] + 5) * 2].decode("utf-16-le") == "Hello"


async def test_photo_is_copied_with_the_header_in_its_caption(shop: Harness) -> None:
    await shop.send(ANNA, Content("photo", text="this one", file_id="p1"))
    [copy] = shop.api.to(SELLER.id)
    assert isinstance(copy, CopyMessage)
    assert copy.from_chat_id == ANNA.id and copy.caption is not None
    assert copy.caption.endswith("\nthis one") and "#1" in copy.caption


async def test_sticker_gets_the_header_on_a_button(shop: Harness) -> None:
    await shop.send(ANNA, Content("sticker", file_id="s1"))
    [copy] = shop.api.to(SELLER.id)
    assert isinstance(copy, CopyMessage) and copy.reply_markup is not None
    button = copy.reply_markup["inline_keyboard"][0][0]
    assert "Anna" in button["text"] and button["callback_data"] == "buyer:1"


async def test_long_caption_gets_a_separate_header_with_the_media_under_it(shop: Harness) -> None:
    await shop.send(ANNA, Content("photo", text="x" * 1020, file_id="p1"))
    header, copy = shop.api.to(SELLER.id)
    assert isinstance(header, SendMessage) and isinstance(copy, CopyMessage)
    assert copy.caption is None and copy.reply_to_message_id == sent_id(shop, SELLER.id, 0)


async def test_long_text_is_split(shop: Harness) -> None:
    await shop.send(ANNA, "word " * 2000)
    parts = shop.api.to(SELLER.id)
    assert len(parts) == 3
    assert all(isinstance(p, SendMessage) and len(p.text) <= 4096 for p in parts)
    assert "".join(p.text for p in parts).count("word") == 2000  # type: ignore[union-attr]
    for i, part in enumerate(parts, 1):  # each part says whose it is and which of the three
        assert isinstance(part, SendMessage)
        header = part.text.split("\n", 1)[0]
        assert header.startswith("👤 Anna Smith @anna · #1") and header.endswith(f" ({i}/3)")
        assert part.reply_markup is not None  # the saved-replies button under every part


async def test_a_reply_to_any_part_of_a_long_text_reaches_the_buyer(shop: Harness) -> None:
    await shop.send(ANNA, "x" * 4096)
    first, second = shop.api.to(SELLER.id)
    assert isinstance(first, SendMessage) and isinstance(second, SendMessage)
    assert first.reply_markup == second.reply_markup  # the same button: the same buyer message
    shop.api.calls.clear()
    await shop.send(SELLER, "Got it", reply_to=sent_id(shop, SELLER.id, 1))  # the second part
    [answer] = shop.api.to(ANNA.id)
    assert isinstance(answer, CopyMessage) and answer.from_chat_id == SELLER.id
    assert answer.reply_to_message_id == 1  # as an answer to the buyer's long message


async def test_album_reaches_the_seller_as_one_album(shop: Harness) -> None:
    for i in range(3):
        content = Content(
            "photo", text="three colours" if i == 0 else None, file_id=f"p{i}", media_group_id="g1"
        )
        await shop.core.handle(shop.message(ANNA, content))
    await shop.send(ANNA, "which is best?")  # sent right after: must not overtake the album
    assert shop.api.to(SELLER.id) == []  # still waiting for the rest of the album
    shop.clock.advance(2)
    await shop.settle()
    album, question = shop.api.to(SELLER.id)
    assert isinstance(album, SendMediaGroup) and len(album.media) == 3
    assert "#1" in album.media[0]["caption"] and album.media[0]["caption"].endswith("three colours")
    assert isinstance(question, SendMessage) and question.text.endswith("which is best?")


async def test_seller_reply_goes_to_the_buyer_as_an_anonymous_copy(shop: Harness) -> None:
    asked = await shop.send(ANNA, "Do you ship to Spain?")
    [relay] = shop.api.to(SELLER.id)
    await shop.send(SELLER, "Yes, in 5 days", reply_to=sent_id(shop, SELLER.id, 0))
    ack, answer = shop.api.to(ANNA.id)
    assert isinstance(answer, CopyMessage)
    assert answer.from_chat_id == SELLER.id and answer.reply_to_message_id == asked.message_id
    async with shop.sessions() as s:
        out = (await s.execute(select(Message).where(Message.direction == "out"))).scalar_one()
    assert out.seller_id == SELLER.id and out.text == "Yes, in 5 days"
    del relay, ack


async def test_a_reply_to_an_old_message_still_finds_its_buyer(shop: Harness) -> None:
    await shop.send(ANNA, "first")
    await shop.send(IVAN, "Привет, есть ли синий шарф?")
    await shop.send(ANNA, "second")
    await shop.send(SELLER, "answer to Anna's first", reply_to=sent_id(shop, SELLER.id, 0))
    assert isinstance(shop.api.to(ANNA.id)[-1], CopyMessage)
    assert len(shop.api.to(IVAN.id)) == 1  # only Ivan's acknowledgement


async def test_seller_message_that_is_no_reply_gets_a_hint(shop: Harness) -> None:
    await shop.send(ANNA, "hello")
    await shop.send(SELLER, "hello everyone")
    [hint] = shop.api.to(SELLER.id)[1:]
    assert isinstance(hint, SendMessage) and "reply" in hint.text
    assert len(shop.api.to(ANNA.id)) == 1


async def test_teammates_see_what_was_answered(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2))
    await shop.start()
    await shop.send(SELLER2, "/help")  # Tina writes in Russian: her language is learned
    await shop.send(ANNA, "price?")
    shop.api.calls.clear()
    await shop.send(SELLER, "12 EUR", reply_to=sent_id(shop, SELLER.id, 0))
    [note] = shop.api.to(SELLER2.id)
    assert isinstance(note, SendMessage)
    assert "Ответ продавца Sam Seller" in note.text and note.text.endswith("12 EUR")
    assert shop.api.to(SELLER.id) == []


async def test_blocked_buyer_is_marked_and_the_seller_is_told(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    shop.api.fail(Forbidden("Forbidden: bot was blocked by the user"), lambda e: e.chat_id == ANNA.id)
    await shop.send(SELLER, "hello!", reply_to=sent_id(shop, SELLER.id, 0))
    notice = shop.api.to(SELLER.id)[-1]
    assert isinstance(notice, SendMessage) and "blocked" in notice.text and "#1" in notice.text
    async with shop.sessions() as s:
        buyer = (await s.execute(select(Buyer))).scalar_one()
    assert buyer.unreachable_at is not None


async def test_429_waits_retry_after_then_sends(shop: Harness) -> None:
    shop.api.fail(RetryAfter(3))
    await shop.send(ANNA, "hi")
    assert shop.api.to(SELLER.id) == []
    shop.clock.advance(3)
    await shop.settle()
    assert len(shop.api.to(SELLER.id)) == 1


async def test_transient_errors_are_retried_then_reported(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    for _ in range(3):
        shop.api.fail(Transient("Bad Gateway"), lambda e: e.chat_id == ANNA.id)
    await shop.send(SELLER, "hello!", reply_to=sent_id(shop, SELLER.id, 0))
    for _ in range(3):
        shop.clock.advance(400)
        await shop.settle()
    notice = shop.api.to(SELLER.id)[-1]
    assert isinstance(notice, SendMessage) and "Bad Gateway" in notice.text


async def test_redelivered_update_takes_effect_once(shop: Harness) -> None:
    event = shop.message(ANNA, Content("text", text="hi"))
    await shop.core.handle(event)
    await shop.core.handle(event)
    await shop.settle()
    assert len(shop.api.to(SELLER.id)) == 1


async def test_buyer_edit_reaches_the_seller_as_a_reply_to_the_old_copy(shop: Harness) -> None:
    sent = await shop.send(ANNA, "I want 2 scarves")
    await shop.send(ANNA, Content("text", text="I want 3 scarves"), edit_of=sent.message_id)
    _first, edit = shop.api.to(SELLER.id)
    assert isinstance(edit, SendMessage) and edit.reply_to_message_id == sent_id(shop, SELLER.id, 0)
    assert edit.text.endswith("I want 3 scarves") and "edited" in edit.text


async def test_language_is_judged_over_recent_messages(shop: Harness) -> None:
    polyglot = User(9, "Kim", language_code="en")
    await shop.send(polyglot, "Здравствуйте")
    await shop.send(polyglot, "подскажите, пожалуйста, сколько стоит доставка в Москву")
    async with shop.sessions() as s:
        buyer = (await s.execute(select(Buyer))).scalar_one()
    assert buyer.language == "ru"


async def test_unsupported_content_is_explained_and_kept(shop: Harness) -> None:
    await shop.send(ANNA, Content("poll", extra={"question": "?"}))
    [explanation, *_] = shop.api.to(ANNA.id)
    assert "poll" in explanation.text  # type: ignore[union-attr]
    async with shop.sessions() as s:
        kept = (await s.execute(select(Message))).scalar_one()
    assert kept.status == "unsupported"


async def test_seller_album_answer_is_copied_as_one_album(shop: Harness) -> None:
    await shop.send(ANNA, "photos please")
    for i in range(2):
        content = Content("photo", file_id=f"s{i}", media_group_id="sg")
        await shop.core.handle(shop.message(SELLER, content, reply_to=sent_id(shop, SELLER.id, 0)))
    shop.clock.advance(2)
    await shop.settle()
    copies = [c for c in shop.api.to(ANNA.id) if isinstance(c, CopyMessages)]
    assert len(copies) == 1 and len(copies[0].message_ids) == 2


async def test_a_reply_to_a_teammate_note_reaches_the_same_buyer(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2))
    await shop.start()
    await shop.send(ANNA, "price?")
    to_tina = shop.api.to(SELLER2.id)[0]
    del to_tina
    await shop.send(SELLER, "12 EUR", reply_to=sent_id(shop, SELLER.id, 0))  # Tina gets a note
    await shop.send(SELLER2, "and free shipping", reply_to=sent_id(shop, SELLER2.id, -1))
    answers = [c for c in shop.api.to(ANNA.id) if isinstance(c, CopyMessage)]
    assert [a.from_chat_id for a in answers] == [SELLER.id, SELLER2.id]
    assert answers[1].reply_to_message_id == sent_id(
        shop, ANNA.id, 1
    )  # under the first answer in Anna's chat


async def test_group_messages_are_ignored(shop: Harness) -> None:
    event = shop.message(ANNA, Content("text", text="hi all"))
    from dataclasses import replace

    await shop.core.handle(replace(event, chat_type="supergroup", chat_id=-100))
    await shop.settle()
    assert shop.api.calls == []


async def test_header_button_shows_the_buyer_card_to_sellers_only(shop: Harness) -> None:
    from handlers.core.effects import AnswerCallbackQuery

    await shop.send(ANNA, Content("sticker", file_id="s1"))
    await shop.press(SELLER, "buyer:1")
    answer = shop.api.calls[-1]
    assert isinstance(answer, AnswerCallbackQuery) and answer.show_alert
    assert answer.text is not None and "Anna Smith" in answer.text and "#1" in answer.text
    await shop.press(IVAN, "buyer:1")
    answer = shop.api.calls[-1]
    assert isinstance(answer, AnswerCallbackQuery) and answer.text is None


async def test_the_buyer_card_has_no_dangling_separator_without_a_username(shop: Harness) -> None:
    from handlers.core.effects import AnswerCallbackQuery

    await shop.send(IVAN, Content("sticker", file_id="s1"))
    await shop.press(SELLER, "buyer:1")
    answer = shop.api.calls[-1]
    assert isinstance(answer, AnswerCallbackQuery) and answer.text is not None
    first, second = answer.text.splitlines()[:2]
    assert first == "Иван"  # not "Иван —"
    assert second.startswith("#1 · ")
