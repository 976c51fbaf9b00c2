"""Bot API update JSON → core events (handlers/core/updates.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.core.events import CallbackPress, Content, IncomingMessage, User
from handlers.core.updates import event_from_update
from tests.support.updates import (
    BOLD,
    BUYER,
    CHAT,
    CONTENT_SAMPLES,
    DATE,
    LINK,
    LOCATION,
    Json,
    message,
)


def test_text_message_becomes_an_incoming_message() -> None:
    event = event_from_update(message(update_id=7, message_id=10, **CONTENT_SAMPLES["text"]))
    assert event == IncomingMessage(
        update_id=7,
        chat_id=111,
        chat_type="private",
        message_id=10,
        sender=User(id=111, first_name="Ann", last_name="Lee", username="ann"),
        date=datetime.fromtimestamp(DATE, tz=UTC),
        content=Content("text", text="Hello link", entities=(BOLD, LINK)),
    )
    assert event.date.tzinfo is UTC


@pytest.mark.parametrize(
    ("sample", "file_id", "caption"),
    [
        ("photo", "large", "Hello"),  # the largest size, wherever it sits in the list
        ("video", "vid", "clip"),
        ("animation", "gif", None),  # animation wins over the `document` sent alongside
        ("document", "doc", None),
        ("audio", "song", None),
        ("voice", "ogg", None),
        ("video_note", "round", None),
        ("sticker", "stk", None),
    ],
)
def test_media_keep_their_file_and_caption(sample: str, file_id: str, caption: str | None) -> None:
    event = event_from_update(message(**CONTENT_SAMPLES[sample]))
    assert isinstance(event, IncomingMessage)
    assert event.content.kind == sample
    assert event.content.file_id == file_id
    assert event.content.text == caption
    assert event.content.relayable


def test_caption_entities_are_kept() -> None:
    event = event_from_update(message(**CONTENT_SAMPLES["photo"]))
    assert isinstance(event, IncomingMessage)
    assert event.content.entities == (BOLD,)


def test_album_parts_keep_their_media_group_id() -> None:
    event = event_from_update(message(media_group_id="album-1", **CONTENT_SAMPLES["video"]))
    assert isinstance(event, IncomingMessage)
    assert event.content.media_group_id == "album-1"


@pytest.mark.parametrize(
    ("sample", "extra"),
    [
        ("location", LOCATION),
        ("venue", {"location": LOCATION, "title": "Red Square", "address": "Moscow"}),  # venue wins
        ("contact", {"phone_number": "+100200300", "first_name": "Bob"}),
    ],
)
def test_structured_content_is_kept_as_json(sample: str, extra: Json) -> None:
    event = event_from_update(message(**CONTENT_SAMPLES[sample]))
    assert isinstance(event, IncomingMessage)
    assert event.content == Content(sample, extra=extra)
    assert event.content.relayable


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (CONTENT_SAMPLES["dice"], "dice"),
        (CONTENT_SAMPLES["game"], "game"),
        ({"poll": {"id": "p1", "question": "?", "options": []}}, "poll"),
        ({"story": {"chat": CHAT, "id": 5}}, "story"),
        ({"paid_media": {"star_count": 5, "paid_media": []}}, "paid_media"),
        ({"invoice": {"title": "t", "currency": "XTR", "total_amount": 1}}, "invoice"),
        ({"giveaway": {"chats": [], "winner_count": 1}}, "giveaway"),
        ({"new_chat_members": [BUYER]}, "new_chat_members"),
        ({"something_from_bot_api_99": {"x": 1}}, "unknown"),
    ],
)
def test_unsupported_content_is_named_and_not_relayable(content: Json, kind: str) -> None:
    event = event_from_update(message(**content))
    assert isinstance(event, IncomingMessage)
    assert event.content.kind == kind
    assert not event.content.relayable
    if kind not in ("unknown", "new_chat_members"):
        assert event.content.extra == content[kind]


def test_absent_flags_spelled_false_are_not_content() -> None:
    # PTB's to_dict writes service-message booleans as False; they must not count as content.
    event = event_from_update(message(text="hi", delete_chat_photo=False, group_chat_created=False))
    assert isinstance(event, IncomingMessage)
    assert event.content.kind == "text"


def test_reply_keeps_the_replied_message_id() -> None:
    replied = {"message_id": 3, "chat": CHAT, "date": DATE, "text": "earlier"}
    event = event_from_update(message(text="answer", reply_to_message=replied))
    assert isinstance(event, IncomingMessage)
    assert event.reply_to_message_id == 3


def test_edit_is_flagged_and_dated_when_edited() -> None:
    update = {
        "update_id": 9,
        "edited_message": {
            "message_id": 10,
            "from": BUYER,
            "chat": CHAT,
            "date": DATE,
            "edit_date": DATE + 60,
            "text": "fixed",
        },
    }
    event = event_from_update(update)
    assert isinstance(event, IncomingMessage)
    assert event.edited
    assert event.date == datetime.fromtimestamp(DATE + 60, tz=UTC)
    assert event.content.text == "fixed"


def test_edit_without_edit_date_keeps_the_date() -> None:
    update = {"update_id": 9, "edited_message": {**message(text="x")["message"]}}
    event = event_from_update(update)
    assert isinstance(event, IncomingMessage)
    assert event.edited and event.date == datetime.fromtimestamp(DATE, tz=UTC)


def test_group_chat_type_is_kept() -> None:
    group = {"id": -100, "type": "supergroup", "title": "Sellers"}
    update = {
        "update_id": 1,
        "message": {"message_id": 1, "from": BUYER, "chat": group, "date": DATE, "text": "x"},
    }
    event = event_from_update(update)
    assert isinstance(event, IncomingMessage)
    assert (event.chat_id, event.chat_type, event.private) == (-100, "supergroup", False)


def test_message_without_sender_is_ignored() -> None:
    update = {"update_id": 1, "message": {"message_id": 1, "chat": CHAT, "date": DATE, "text": "x"}}
    assert event_from_update(update) is None


def test_other_update_types_are_ignored() -> None:
    post = {"message_id": 1, "chat": {"id": -5, "type": "channel"}, "date": DATE, "text": "x"}
    assert event_from_update({"update_id": 1, "channel_post": post}) is None
    assert event_from_update({"update_id": 2}) is None


def test_callback_query_becomes_a_press() -> None:
    update = {
        "update_id": 4,
        "callback_query": {
            "id": "cb-1",
            "from": BUYER,
            "chat_instance": "ci",
            "data": "close:5",
            "message": {"message_id": 20, "chat": CHAT, "date": DATE, "text": "menu"},
        },
    }
    assert event_from_update(update) == CallbackPress(
        update_id=4,
        callback_id="cb-1",
        sender=User(id=111, first_name="Ann", last_name="Lee", username="ann"),
        chat_id=111,
        message_id=20,
        data="close:5",
    )


def test_callback_without_message_has_no_chat() -> None:
    update = {"update_id": 4, "callback_query": {"id": "cb", "from": BUYER, "chat_instance": "ci"}}
    event = event_from_update(update)
    assert isinstance(event, CallbackPress)
    assert (event.chat_id, event.message_id, event.data) == (None, None, "")
