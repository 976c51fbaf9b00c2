"""The aiogram and PTB adapters behave the same: equal events from equal updates, the same Bot API
request for each effect, the same errors, and polling that keeps order and stops at once.

Both talk to tests/fakeapi's FakeBotApi, which keeps chats like Telegram, records every request and
injects failures.
"""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from aiogram import Bot as AiogramBot
from aiogram.exceptions import TelegramConflictError, TelegramUnauthorizedError
from aiogram.types import Update as AiogramUpdate
from telegram import Bot as PtbBot
from telegram import Update as PtbUpdate
from telegram.error import Conflict, InvalidToken

from bot.aiogram_runtime import AiogramRuntime, update_json
from bot.polling import Poller
from bot.ptb_runtime import PtbRuntime
from bot.runtime import ALLOWED_UPDATES, BotIdentity
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
from handlers.core.events import Event, IncomingMessage
from handlers.core.ports import BadRequest, Forbidden, RetryAfter, TelegramError, Transient
from handlers.core.updates import event_from_update
from tests.fakeapi import DEFAULT_TOKEN, Call, FakeBotApi
from tests.fakeapi.params import Upload
from tests.support.updates import BUYER, CHAT, CONTENT_SAMPLES, DATE, message

Json = dict[str, Any]
TOKEN = DEFAULT_TOKEN
BOLD: Json = {"type": "bold", "offset": 0, "length": 2}
KEYBOARD: Json = {"inline_keyboard": [[{"text": "Close", "callback_data": "close:1"}]]}
BUYER_CHAT, SELLER_CHAT = 5, 111  # the bot answers in the buyer's chat and copies the seller's messages
Runtime = AiogramRuntime | PtbRuntime
RUNTIMES: dict[str, Callable[[str], Runtime]] = {
    "aiogram": lambda url: AiogramRuntime(TOKEN, url),
    "ptb": lambda url: PtbRuntime(TOKEN, url),
}


@pytest.fixture(params=list(RUNTIMES))
async def runtime(request: pytest.FixtureRequest, fake_api: FakeBotApi) -> AsyncIterator[Runtime]:
    runtime = RUNTIMES[request.param](fake_api.base_url)
    runtime.open_retry_delays = (0, 0)
    bot = fake_api.bot_user
    identity = BotIdentity(id=bot["id"], username=bot["username"], first_name=bot["first_name"])
    assert await runtime.open() == identity
    yield runtime
    await runtime.close()


def sent(call: Call) -> Json:
    """A request's parameters as the adapter meant them: aiogram names an upload "attach://<its
    part>", and an upload is shown as its file name and bytes."""
    params = dict(call.params)
    for key, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            params[key] = params.pop(value.removeprefix("attach://"))
    return {
        key: {"filename": value.filename, "content": value.data} if isinstance(value, Upload) else value
        for key, value in params.items()
    }


# --- updates → events -------------------------------------------------------------------------

CALLBACK = {
    "update_id": 30,
    "callback_query": {
        "id": "cb-1",
        "from": BUYER,
        "chat_instance": "ci",
        "data": "close:5",
        "message": {"message_id": 20, "chat": CHAT, "date": DATE, "text": "menu"},
    },
}
EDIT = {
    "update_id": 31,
    "edited_message": {
        **message(text="fixed", entities=[BOLD])["message"],
        "edit_date": DATE + 60,
    },
}
REPLY = message(text="answer", reply_to_message={"message_id": 3, "chat": CHAT, "date": DATE, "text": "q"})
ALBUM_PART = message(media_group_id="album-1", **CONTENT_SAMPLES["photo"])
CHANNEL_POST = {
    "update_id": 32,
    "channel_post": {"message_id": 1, "chat": {"id": -5, "type": "channel"}, "date": DATE},
}
SAMPLE_UPDATES: dict[str, Json] = {
    **{kind: message(**content) for kind, content in CONTENT_SAMPLES.items()},
    "callback": CALLBACK,
    "edit": EDIT,
    "reply": REPLY,
    "album_part": ALBUM_PART,
    "channel_post": CHANNEL_POST,
    "future_content": message(something_from_bot_api_99={"x": 1}),
}


def aiogram_event(data: Json) -> Event | None:
    bot = AiogramBot(TOKEN)
    return event_from_update(update_json(AiogramUpdate.model_validate(data, context={"bot": bot})))


def ptb_event(data: Json) -> Event | None:
    update = PtbUpdate.de_json(data, PtbBot(TOKEN))
    return event_from_update(update.to_dict())


@pytest.mark.parametrize("name", list(SAMPLE_UPDATES))
def test_both_frameworks_give_the_event_of_the_raw_json(name: str) -> None:
    data = SAMPLE_UPDATES[name]
    expected = event_from_update(data)
    assert aiogram_event(data) == expected
    assert ptb_event(data) == expected


# --- effects → Bot API calls -------------------------------------------------------------------


@dataclass(frozen=True)
class Scene:
    """What the effects act on in the fake's chats (see the ``scene`` fixture)."""

    question: int  # the buyer's message the bot replies to
    menu: int  # the bot's message with KEYBOARD in the buyer's chat
    query: str  # the buyer pressed its button
    photo: int  # the seller's messages: a photo with a caption, a text, a video
    text: int
    video: int
    seen: int  # how many requests the fake had when the scene was ready


async def post(api: FakeBotApi, method: str, **params: Any) -> Json:
    """Call the fake directly (not through an adapter), for setting a scene."""
    url = f"{api.base_url}/bot{api.token}/{method}"
    async with aiohttp.ClientSession() as http, http.post(url, json=params) as response:
        answer = await response.json()
    assert answer["ok"], answer
    return dict(answer["result"])


@pytest.fixture
async def scene(runtime: Runtime, fake_api: FakeBotApi) -> Scene:
    buyer, seller = fake_api.user(BUYER_CHAT, "Ann"), fake_api.user(SELLER_CHAT, "Sam")
    question = buyer.send_text("size?")
    menu = await post(fake_api, "sendMessage", chat_id=BUYER_CHAT, text="Menu", reply_markup=KEYBOARD)
    query = buyer.press_button(menu, data="close:1")
    photo, text, video = seller.send_photo(caption="Old"), seller.send_text("hi"), seller.send_video()
    ids = (m["message_id"] for m in (question, menu, photo, text, video))
    return Scene(next(ids), next(ids), query, *ids, seen=len(fake_api.calls))


Answer = list[int] | int  # these message ids, or the ids of that many new messages in the buyer's chat


def effect_calls(s: Scene) -> dict[str, tuple[BotEffect, str, Json, Answer]]:
    """Each effect, the one request it must make (method and every field) and what execute answers."""
    reply = {"message_id": s.question, "allow_sending_without_reply": True}
    album = [
        {
            "type": "photo",
            "media": "https://example.com/1.jpg",
            "caption": "Look",
            "caption_entities": [BOLD],
        },
        {"type": "video", "media": "https://example.com/2.mp4"},
        {"type": "photo", "media": "https://example.com/3.jpg"},
    ]
    return {
        "text": (SendMessage(5, "plain"), "sendMessage", {"chat_id": 5, "text": "plain"}, 1),
        "text_in_full": (
            SendMessage(5, "Hi there", (BOLD,), reply_to_message_id=s.question, reply_markup=KEYBOARD),
            "sendMessage",
            {
                "chat_id": 5,
                "text": "Hi there",
                "entities": [BOLD],
                "reply_parameters": reply,
                "reply_markup": KEYBOARD,
            },
            1,
        ),
        "copy_keeping_caption": (  # no caption: the original caption stays
            CopyMessage(5, 111, s.photo),
            "copyMessage",
            {"chat_id": 5, "from_chat_id": 111, "message_id": s.photo},
            1,
        ),
        "copy_removing_caption": (  # an empty caption removes it
            CopyMessage(5, 111, s.photo, caption=""),
            "copyMessage",
            {"chat_id": 5, "from_chat_id": 111, "message_id": s.photo, "caption": ""},
            1,
        ),
        "copy_in_full": (
            CopyMessage(
                5, 111, s.photo, "New", (BOLD,), reply_to_message_id=s.question, reply_markup=KEYBOARD
            ),
            "copyMessage",
            {
                "chat_id": 5,
                "from_chat_id": 111,
                "message_id": s.photo,
                "caption": "New",
                "caption_entities": [BOLD],
                "reply_parameters": reply,
                "reply_markup": KEYBOARD,
            },
            1,
        ),
        "copies": (
            CopyMessages(5, 111, (s.photo, s.text, s.video)),
            "copyMessages",
            {"chat_id": 5, "from_chat_id": 111, "message_ids": [s.photo, s.text, s.video]},
            3,
        ),
        "album": (
            SendMediaGroup(5, tuple(album), reply_to_message_id=s.question),
            "sendMediaGroup",
            {"chat_id": 5, "media": album, "reply_parameters": reply},
            3,
        ),
        "upload": (
            SendPhoto(5, base64.b64encode(b"\x89PNG chart").decode(), caption="Week"),
            "sendPhoto",
            {
                "chat_id": 5,
                "photo": {"filename": "chart.png", "content": b"\x89PNG chart"},
                "caption": "Week",
            },
            1,
        ),
        "edit": (
            EditMessageText(5, s.menu, "Updated", (BOLD,), reply_markup=KEYBOARD),
            "editMessageText",
            {
                "chat_id": 5,
                "message_id": s.menu,
                "text": "Updated",
                "entities": [BOLD],
                "reply_markup": KEYBOARD,
            },
            [s.menu],
        ),
        "callback_answer": (
            AnswerCallbackQuery(s.query, "Done", show_alert=True),
            "answerCallbackQuery",
            {"callback_query_id": s.query, "text": "Done", "show_alert": True},
            [],
        ),
        "menu": (
            SetMyCommands((("start", "Start"), ("help", "Help"))),
            "setMyCommands",
            {
                "commands": [
                    {"command": "start", "description": "Start"},
                    {"command": "help", "description": "Help"},
                ],
                "scope": {"type": "default"},
            },
            [],
        ),
        "chat_menu_in_a_language": (
            SetMyCommands((("inbox", "Inbox"),), scope={"type": "chat", "chat_id": 5}, language_code="ru"),
            "setMyCommands",
            {
                "commands": [{"command": "inbox", "description": "Inbox"}],
                "scope": {"type": "chat", "chat_id": 5},
                "language_code": "ru",
            },
            [],
        ),
    }


EFFECTS = list(effect_calls(Scene(0, 0, "", 0, 0, 0, seen=0)))  # the names; the scene is a stand-in


@pytest.mark.parametrize("name", EFFECTS)
async def test_each_effect_is_one_call(
    runtime: Runtime, fake_api: FakeBotApi, scene: Scene, name: str
) -> None:
    effect, method, params, answer = effect_calls(scene)[name]
    before = len(fake_api.received(BUYER_CHAT))
    ids = await runtime.api.execute(effect)
    [call] = fake_api.calls[scene.seen :]
    assert (call.method, sent(call)) == (method, params)
    assert call.ok, call.summary()  # Telegram took it as it is
    new = [m["message_id"] for m in fake_api.received(BUYER_CHAT)[before:]]
    if isinstance(answer, int):  # the ids of the messages it made, in order
        assert len(new) == answer and ids == new
    else:
        assert ids == answer and not new


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "answer", "error"),
    [
        (429, {"retry_after": 3}, RetryAfter),  # "Too Many Requests: retry after 3"
        (403, {}, Forbidden),  # "Forbidden: bot was blocked by the user"
        (400, {"description": "Bad Request: message is not modified: same content"}, BadRequest),
        (400, {"description": "Bad Request: group migrated", "migrate_to_chat_id": -100}, BadRequest),
        (404, {}, BadRequest),  # "Not Found"
        (413, {"description": "Request Entity Too Large"}, BadRequest),
        (500, {}, Transient),
        (502, {}, Transient),
        (520, {"description": "Unknown Error"}, Transient),  # a status http.HTTPStatus doesn't know
    ],
)
async def test_errors_map_to_port_errors(
    runtime: Runtime, fake_api: FakeBotApi, status: int, answer: Json, error: type[TelegramError]
) -> None:
    fake_api.fail("sendMessage", status, **answer)
    with pytest.raises(error) as raised:
        await runtime.api.execute(SendMessage(5, "hi"))
    [call] = fake_api.calls_to("sendMessage")
    assert call.status == status and call.description
    assert call.description in raised.value.description  # Telegram's words, unmangled
    if isinstance(raised.value, Transient):
        assert not raised.value.maybe_done  # Telegram answered: it did not do it
    if isinstance(raised.value, RetryAfter):
        assert raised.value.seconds == 3


FATAL = {
    ("aiogram", 401): TelegramUnauthorizedError,
    ("aiogram", 409): TelegramConflictError,
    ("ptb", 401): InvalidToken,
    ("ptb", 409): Conflict,
}


@pytest.mark.parametrize("status", [401, 409])
async def test_configuration_errors_propagate_as_the_framework_raises_them(
    runtime: Runtime, fake_api: FakeBotApi, status: int
) -> None:
    fake_api.fail("sendMessage", status)  # "Unauthorized", "Conflict: terminated by other getUpdates…"
    name = "aiogram" if isinstance(runtime, AiogramRuntime) else "ptb"
    with pytest.raises(FATAL[name, status]):
        await runtime.api.execute(SendMessage(5, "hi"))
    fake_api.fail("getUpdates", status)
    poller = Poller(runtime, Sink(), timeout=0)
    await poller.start()
    with pytest.raises(FATAL[name, status]):
        await asyncio.wait_for(poller.finished, 5)  # polling ends instead of retrying
    await poller.stop()


async def test_an_unparsable_answer_is_transient(runtime: Runtime, fake_api: FakeBotApi) -> None:
    fake_api.proxy_error("sendMessage", 502, page="<html>bad gateway</html>")  # a proxy's error page
    with pytest.raises(Transient) as raised:
        await runtime.api.execute(SendMessage(5, "hi"))
    assert not raised.value.maybe_done


@pytest.mark.parametrize("name", list(RUNTIMES))
async def test_unreachable_server_is_transient_and_open_gives_up(name: str, unused_tcp_port: int) -> None:
    runtime = RUNTIMES[name](f"http://127.0.0.1:{unused_tcp_port}")
    runtime.open_retry_delays = (0, 0)
    try:
        with pytest.raises(Transient) as raised:
            await runtime.api.execute(SendMessage(5, "hi"))
        assert not raised.value.maybe_done  # no connection: surely not sent
        with pytest.raises(Transient):
            await runtime.open()
    finally:
        await runtime.close()


@pytest.mark.parametrize("fault", ["error_500", "dropped_connection"])
@pytest.mark.parametrize("name", list(RUNTIMES))
async def test_open_retries_transient_errors(name: str, fault: str, fake_api: FakeBotApi) -> None:
    if fault == "error_500":
        fake_api.fail("getMe", 500, times=2)
    else:
        fake_api.disconnect("getMe", times=2)
    runtime = RUNTIMES[name](fake_api.base_url)
    runtime.open_retry_delays = (0, 0)
    try:
        assert (await runtime.open()).username == fake_api.bot_user["username"]
        assert len(fake_api.calls_to("getMe")) == 3
    finally:
        await runtime.close()


# --- polling -----------------------------------------------------------------------------------


class Sink:
    """Collects events; ``fail_on`` makes on_event raise, ``slow_on`` makes it take a while."""

    def __init__(self, fail_on: int | None = None, slow_on: int | None = None) -> None:
        self.events: list[Event] = []
        self.started: list[int] = []
        self.fail_on, self.slow_on = fail_on, slow_on
        self._called = asyncio.Event()

    async def __call__(self, event: Event) -> None:
        self.started.append(event.update_id)
        self._called.set()
        if event.update_id == self.slow_on:
            await asyncio.sleep(0.3)
        if event.update_id == self.fail_on:
            raise RuntimeError("core bug")
        self.events.append(event)

    async def wait_until(self, done: Callable[[], bool]) -> None:
        async with asyncio.timeout(5):
            while not done():
                self._called.clear()
                await self._called.wait()


def queue(api: FakeBotApi, *updates: Json) -> list[int]:
    """Queue updates as they are (the fake numbers them); returns their update_ids."""
    ids = []
    for update in updates:
        kind = next(key for key in update if key != "update_id")
        ids.append(api.queue_update(kind, update[kind])["update_id"])
    return ids


def last_offset(api: FakeBotApi) -> int:
    return int(api.calls_to("getUpdates")[-1].params["offset"])


# A message nobody sent (posted on behalf of a channel): the core has nobody to answer, so it is skipped.
SENDERLESS = message(text="news", sender_chat={"id": -5, "type": "channel", "title": "News"})
del SENDERLESS["message"]["from"]


async def test_polling_delivers_in_order_survives_errors_and_stops_at_once(
    runtime: Runtime, fake_api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    # The third is one neither library can parse (a date that is no number): it is skipped, not fatal.
    unparsable = message(text="x")
    unparsable["message"]["date"] = "yesterday"
    first = queue(fake_api, message(text="one"), message(text="boom"), unparsable, SENDERLESS)
    sink = Sink(fail_on=first[1])
    poller = Poller(runtime, sink, timeout=25)
    await poller.start()
    await sink.wait_until(lambda: len(sink.events) == 1)
    later = queue(fake_api, message(text="five"), CALLBACK, EDIT)
    await sink.wait_until(lambda: len(sink.started) == 5)
    assert [e.update_id for e in sink.events] == [first[0], *later]
    assert sink.started == [*first[:2], *later]  # the message without a sender was skipped
    assert f"update {first[1]} skipped" in caplog.text and f"update {first[2]} skipped" in caplog.text
    assert fake_api.calls_to("deleteWebhook")

    def long_polling() -> bool:  # the adapter waits in getUpdates (timeout 25 s) for what comes next
        return any(
            c.finished_at is None and c.params.get("offset") == later[-1] + 1
            for c in fake_api.calls_to("getUpdates")
        )

    await fake_api.wait_for(long_polling)
    began = time.monotonic()
    await poller.stop()
    assert time.monotonic() - began < 2
    assert last_offset(fake_api) == later[-1] + 1  # all handled is confirmed: a restart won't replay it
    assert not fake_api.pending_updates
    for call in fake_api.calls_to("getUpdates"):
        assert call.params["allowed_updates"] == list(ALLOWED_UPDATES)


async def test_stop_lets_the_update_in_hand_finish(runtime: Runtime, fake_api: FakeBotApi) -> None:
    [slow] = queue(fake_api, message(text="slow"))
    sink = Sink(slow_on=slow)
    poller = Poller(runtime, sink, timeout=25)
    await poller.start()
    await sink.wait_until(lambda: bool(sink.started))
    await poller.stop()
    assert [e.update_id for e in sink.events] == [slow]
    assert isinstance(sink.events[0], IncomingMessage)
    assert last_offset(fake_api) == slow + 1


async def test_get_updates_errors_are_port_errors(runtime: Runtime, fake_api: FakeBotApi) -> None:
    fake_api.fail("getUpdates", 502)
    with pytest.raises(Transient):
        await runtime.fetch_updates(None, 0, 100)
    fake_api.fail("getUpdates", 429, retry_after=3)
    with pytest.raises(RetryAfter):
        await runtime.fetch_updates(None, 0, 100)
