"""Effects as Bot API calls, framework-free: the method, the JSON parameters (what is left out, what is
sent even when empty), the upload, and the message ids read from each kind of result. The wire format
each runtime makes of a call is tested in test_adapters."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from bot import bot_api_calls
from bot.bot_api_calls import ApiCall, CallingBotApi, Upload, api_call, get_updates
from bot.runtime import ALLOWED_UPDATES
from handlers.core.effects import (
    AnswerCallbackQuery,
    BotEffect,
    CopyMessage,
    CopyMessages,
    EditMessageText,
    SendMediaGroup,
    SendMessage,
    SendPhoto,
    SetMyCommands,
)
from tests.support.imports import FRAMEWORKS, imported_modules

BOLD = {"type": "bold", "offset": 0, "length": 2}
KEYBOARD = {"inline_keyboard": [[{"text": "Close", "callback_data": "close:1"}]]}
REPLY_9 = {"message_id": 9, "allow_sending_without_reply": True}


def test_a_message_leaves_out_what_it_does_not_have() -> None:
    assert api_call(SendMessage(5, "plain")) == ApiCall("sendMessage", {"chat_id": 5, "text": "plain"})


def test_a_reply_may_go_out_without_the_message_it_answers() -> None:
    call = api_call(SendMessage(5, "Hi", (BOLD,), reply_to_message_id=9, reply_markup=KEYBOARD))
    assert call.params == {
        "chat_id": 5,
        "text": "Hi",
        "entities": [BOLD],
        "reply_parameters": REPLY_9,
        "reply_markup": KEYBOARD,
    }


def test_a_copy_without_caption_sends_neither_caption_field() -> None:
    # Entities without a caption would be meaningless; both stay out and Telegram keeps the original.
    call = api_call(CopyMessage(5, 111, 10, caption_entities=(BOLD,)))
    assert call.params == {"chat_id": 5, "from_chat_id": 111, "message_id": 10}


def test_an_empty_caption_is_sent_to_remove_the_caption() -> None:
    call = api_call(CopyMessage(5, 111, 10, caption=""))
    assert call.params == {"chat_id": 5, "from_chat_id": 111, "message_id": 10, "caption": ""}


def test_a_new_caption_goes_with_its_entities() -> None:
    call = api_call(CopyMessage(5, 111, 10, "New", (BOLD,), reply_to_message_id=9, reply_markup=KEYBOARD))
    assert call == ApiCall(
        "copyMessage",
        {
            "chat_id": 5,
            "from_chat_id": 111,
            "message_id": 10,
            "caption": "New",
            "caption_entities": [BOLD],
            "reply_parameters": REPLY_9,
            "reply_markup": KEYBOARD,
        },
    )


def test_album_items_go_as_they_are_but_for_absent_fields() -> None:
    media = ({"type": "photo", "media": "p1", "caption": "Look", "caption_entities": [BOLD]},)
    call = api_call(SendMediaGroup(5, (*media, {"type": "video", "media": "v1", "caption": None})))
    assert call.params == {"chat_id": 5, "media": [*media, {"type": "video", "media": "v1"}]}


def test_a_photo_we_made_is_an_upload() -> None:
    png = b"\x89PNG fake"
    effect = SendPhoto(5, base64.b64encode(png).decode(), filename="week.png", caption="Week")
    assert api_call(effect) == ApiCall(
        "sendPhoto", {"chat_id": 5, "caption": "Week"}, Upload("photo", png, "week.png")
    )
    assert api_call(SendPhoto(5, "")).params == {"chat_id": 5}


@pytest.mark.parametrize(
    ("effect", "method", "params"),
    [
        (
            CopyMessages(5, 111, (10, 11)),
            "copyMessages",
            {"chat_id": 5, "from_chat_id": 111, "message_ids": [10, 11]},
        ),
        (
            EditMessageText(5, 20, "Updated", reply_markup=KEYBOARD),
            "editMessageText",
            {"chat_id": 5, "message_id": 20, "text": "Updated", "reply_markup": KEYBOARD},
        ),
        (
            AnswerCallbackQuery("cb-1"),
            "answerCallbackQuery",
            {"callback_query_id": "cb-1", "show_alert": False},
        ),
        (
            SetMyCommands((("start", "Start"),), scope={"type": "chat", "chat_id": 5}, language_code="ru"),
            "setMyCommands",
            {
                "commands": [{"command": "start", "description": "Start"}],
                "scope": {"type": "chat", "chat_id": 5},
                "language_code": "ru",
            },
        ),
    ],
)
def test_each_effect_is_its_method(effect: BotEffect, method: str, params: dict[str, Any]) -> None:
    assert api_call(effect) == ApiCall(method, params)


def test_get_updates_leaves_out_a_missing_offset() -> None:
    assert get_updates(None, 25, 100).params == {
        "timeout": 25,
        "limit": 100,
        "allowed_updates": list(ALLOWED_UPDATES),
    }
    assert get_updates(7, 0, 1).params["offset"] == 7


MESSAGE = {"message_id": 100, "date": 0, "chat": {"id": 5, "type": "private"}}


@pytest.mark.parametrize(
    ("effect", "result", "ids"),
    [
        (SendMessage(5, "hi"), MESSAGE, [100]),
        (CopyMessage(5, 111, 10), {"message_id": 101}, [101]),  # a MessageId
        (CopyMessages(5, 111, (10, 11)), [{"message_id": 200}, {"message_id": 201}], [200, 201]),
        (SendMediaGroup(5, ({"type": "photo", "media": "p"},)), [MESSAGE | {"message_id": 300}], [300]),
        (EditMessageText(5, 20, "x"), MESSAGE | {"message_id": 20}, [20]),
        (EditMessageText(5, 20, "x"), True, [20]),  # True keeps the id we edited
        (AnswerCallbackQuery("cb-1"), True, []),
        (SetMyCommands((("start", "Start"),)), True, []),
    ],
)
async def test_the_result_gives_the_message_ids(effect: BotEffect, result: Any, ids: list[int]) -> None:
    sent: list[ApiCall] = []

    async def send(call: ApiCall) -> Any:
        sent.append(call)
        return result

    assert await CallingBotApi(send).execute(effect) == ids
    assert sent == [api_call(effect)]


def test_the_translation_is_framework_free() -> None:
    imported = imported_modules(Path(bot_api_calls.__file__))
    assert imported and not {name for name in imported if name.split(".")[0] in FRAMEWORKS}
