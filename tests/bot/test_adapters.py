"""The aiogram and PTB adapters behave the same: equal events from equal updates, the same Bot API
request for each effect, the same errors, and polling that keeps order and stops at once.

A tiny Bot API server (below) answers with canned JSON and records what it was sent.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from aiogram import Bot as AiogramBot
from aiogram.exceptions import TelegramConflictError, TelegramUnauthorizedError
from aiogram.types import Update as AiogramUpdate
from aiohttp import web
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
from tests.support.updates import BUYER, CHAT, CONTENT_SAMPLES, DATE, message

Json = dict[str, Any]
TOKEN = "123456789:" + "A" * 35
BOT_USER: Json = {"id": 42, "is_bot": True, "first_name": "Shop", "username": "shop_bot"}
BOLD: Json = {"type": "bold", "offset": 0, "length": 2}
KEYBOARD: Json = {"inline_keyboard": [[{"text": "Close", "callback_data": "close:1"}]]}
REPLY_9: Json = {"message_id": 9, "allow_sending_without_reply": True}
Runtime = AiogramRuntime | PtbRuntime
RUNTIMES: dict[str, Callable[[str], Runtime]] = {
    "aiogram": lambda url: AiogramRuntime(TOKEN, url),
    "ptb": lambda url: PtbRuntime(TOKEN, url),
}


def sent(chat_id: int, message_id: int) -> Json:
    return {"message_id": message_id, "date": DATE, "chat": {"id": chat_id, "type": "private"}}


class TinyBotApi:
    """Answers Bot API methods with canned JSON, records request fields (nested JSON decoded), and
    long-polls getUpdates from ``updates`` like Telegram: waits up to ``timeout`` when none are due."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, Json]] = []
        self.failures: dict[str, list[tuple[int, Json | str]]] = {}  # method -> answers to give first
        self.updates: list[Json] = []
        self.offsets: list[int] = []
        self._updates_added = asyncio.Event()
        self.url = ""

    def add_updates(self, *updates: Json) -> None:
        self.updates.extend(updates)
        self._updates_added.set()

    def fail(self, method: str, status: int, body: Json | str, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with ``body`` (a string: an HTML page)."""
        self.failures.setdefault(method, []).extend([(status, body)] * times)

    def calls(self, method: str) -> list[Json]:
        return [fields for name, fields in self.requests if name == method]

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        fields = {key: _decode(value) for key, value in (await request.post()).items()}
        for key, value in list(fields.items()):  # aiogram names an upload "attach://<its field>"
            if isinstance(value, str) and value.startswith("attach://"):
                fields[key] = fields.pop(value.removeprefix("attach://"))
        self.requests.append((method, fields))
        if self.failures.get(method):
            status, body = self.failures[method].pop(0)
            if isinstance(body, str):
                return web.Response(status=status, text=body, content_type="text/html")
            return web.json_response(body, status=status)
        if method == "getUpdates":
            return _ok(await self._get_updates(fields))
        return _ok(self._result(method, fields))

    async def _get_updates(self, fields: Json) -> list[Json]:
        offset = fields.get("offset", 0)
        self.offsets.append(offset)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]  # confirmed ones go
        if not self.updates:
            self._updates_added.clear()
            try:
                await asyncio.wait_for(self._updates_added.wait(), fields.get("timeout", 0))
            except TimeoutError:
                return []
        return self.updates[: fields.get("limit", 100)]

    @staticmethod
    def _result(method: str, fields: Json) -> Any:
        chat_id = fields.get("chat_id", 0)
        match method:
            case "getMe":
                return BOT_USER
            case "sendMessage":
                return sent(chat_id, 100)
            case "sendPhoto":
                return sent(chat_id, 102)
            case "copyMessage":
                return {"message_id": 101}
            case "copyMessages":
                return [{"message_id": 200 + i} for i, _ in enumerate(fields["message_ids"])]
            case "sendMediaGroup":
                return [sent(chat_id, 300 + i) for i, _ in enumerate(fields["media"])]
            case "editMessageText":
                return {**sent(chat_id, fields["message_id"]), "text": fields["text"]}
        return True


def _decode(value: Any) -> Any:
    # Form fields are strings; numbers, booleans and nested objects arrive JSON-encoded.
    if isinstance(value, web.FileField):
        return {"filename": value.filename, "content": value.file.read()}
    try:
        return json.loads(value)
    except ValueError:
        return value


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


@pytest.fixture
async def server() -> AsyncIterator[TinyBotApi]:
    api = TinyBotApi()
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", api.handle)
    # handler_cancellation: a long poll whose client went away must not hold the server's shutdown.
    runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.1)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    api.url = f"http://{host}:{port}"
    yield api
    await runner.cleanup()


@pytest.fixture(params=list(RUNTIMES))
async def runtime(request: pytest.FixtureRequest, server: TinyBotApi) -> AsyncIterator[Runtime]:
    runtime = RUNTIMES[request.param](server.url)
    runtime.open_retry_delays = (0, 0)
    assert await runtime.open() == BotIdentity(id=42, username="shop_bot", first_name="Shop")
    server.requests.clear()
    yield runtime
    await runtime.close()


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

EFFECT_CALLS: list[tuple[BotEffect, str, Json, list[int]]] = [
    (SendMessage(5, "plain"), "sendMessage", {"chat_id": 5, "text": "plain"}, [100]),
    (
        SendMessage(5, "Hi there", (BOLD,), reply_to_message_id=9, reply_markup=KEYBOARD),
        "sendMessage",
        {
            "chat_id": 5,
            "text": "Hi there",
            "entities": [BOLD],
            "reply_parameters": REPLY_9,
            "reply_markup": KEYBOARD,
        },
        [100],
    ),
    (  # no caption: the original caption stays
        CopyMessage(5, 111, 10),
        "copyMessage",
        {"chat_id": 5, "from_chat_id": 111, "message_id": 10},
        [101],
    ),
    (  # an empty caption removes it
        CopyMessage(5, 111, 10, caption=""),
        "copyMessage",
        {"chat_id": 5, "from_chat_id": 111, "message_id": 10, "caption": ""},
        [101],
    ),
    (
        CopyMessage(5, 111, 10, "New", (BOLD,), reply_to_message_id=9, reply_markup=KEYBOARD),
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
        [101],
    ),
    (
        CopyMessages(5, 111, (10, 11, 12)),
        "copyMessages",
        {"chat_id": 5, "from_chat_id": 111, "message_ids": [10, 11, 12]},
        [200, 201, 202],
    ),
    (
        SendMediaGroup(
            5,
            (
                {"type": "photo", "media": "p1", "caption": "Look", "caption_entities": [BOLD]},
                {"type": "video", "media": "v1"},
                {"type": "document", "media": "d1"},
            ),
            reply_to_message_id=9,
        ),
        "sendMediaGroup",
        {
            "chat_id": 5,
            "media": [
                {"type": "photo", "media": "p1", "caption": "Look", "caption_entities": [BOLD]},
                {"type": "video", "media": "v1"},
                {"type": "document", "media": "d1"},
            ],
            "reply_parameters": REPLY_9,
        },
        [300, 301, 302],
    ),
    (  # an upload
        SendPhoto(5, base64.b64encode(b"\x89PNG chart").decode(), caption="Week"),
        "sendPhoto",
        {"chat_id": 5, "photo": {"filename": "chart.png", "content": b"\x89PNG chart"}, "caption": "Week"},
        [102],
    ),
    (
        EditMessageText(5, 20, "Updated", (BOLD,), reply_markup=KEYBOARD),
        "editMessageText",
        {"chat_id": 5, "message_id": 20, "text": "Updated", "entities": [BOLD], "reply_markup": KEYBOARD},
        [20],
    ),
    (
        AnswerCallbackQuery("cb-1", "Done", show_alert=True),
        "answerCallbackQuery",
        {"callback_query_id": "cb-1", "text": "Done", "show_alert": True},
        [],
    ),
    (
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
    (
        SetMyCommands((("inbox", "Inbox"),), scope={"type": "chat", "chat_id": 5}, language_code="ru"),
        "setMyCommands",
        {
            "commands": [{"command": "inbox", "description": "Inbox"}],
            "scope": {"type": "chat", "chat_id": 5},
            "language_code": "ru",
        },
        [],
    ),
]


@pytest.mark.parametrize(("effect", "method", "fields", "ids"), EFFECT_CALLS)
async def test_each_effect_is_one_call(
    runtime: Runtime, server: TinyBotApi, effect: BotEffect, method: str, fields: Json, ids: list[int]
) -> None:
    assert await runtime.api.execute(effect) == ids
    assert server.requests == [(method, fields)]


# --- errors ------------------------------------------------------------------------------------


def failure(code: int, description: str, **parameters: Any) -> Json:
    body: Json = {"ok": False, "error_code": code, "description": description}
    return body | ({"parameters": parameters} if parameters else {})


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (429, failure(429, "Too Many Requests: retry after 3", retry_after=3), RetryAfter),
        (403, failure(403, "Forbidden: bot was blocked by the user"), Forbidden),
        (400, failure(400, "Bad Request: message is not modified: same content"), BadRequest),
        (400, failure(400, "Bad Request: group migrated", migrate_to_chat_id=-100), BadRequest),
        (404, failure(404, "Not Found"), BadRequest),
        (413, failure(413, "Request Entity Too Large"), BadRequest),
        (500, failure(500, "Internal Server Error"), Transient),
        (502, failure(502, "Bad Gateway"), Transient),
        (520, failure(520, "Unknown Error"), Transient),  # a status http.HTTPStatus doesn't know
    ],
)
async def test_errors_map_to_port_errors(
    runtime: Runtime, server: TinyBotApi, status: int, body: Json, error: type[TelegramError]
) -> None:
    server.fail("sendMessage", status, body)
    with pytest.raises(error) as raised:
        await runtime.api.execute(SendMessage(5, "hi"))
    assert body["description"] in raised.value.description  # Telegram's words, unmangled
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
    request: pytest.FixtureRequest, runtime: Runtime, server: TinyBotApi, status: int
) -> None:
    server.fail("sendMessage", status, failure(status, "Unauthorized" if status == 401 else "Conflict"))
    name = "aiogram" if isinstance(runtime, AiogramRuntime) else "ptb"
    with pytest.raises(FATAL[name, status]):
        await runtime.api.execute(SendMessage(5, "hi"))
    server.fail("getUpdates", status, failure(status, "Unauthorized" if status == 401 else "Conflict"))
    poller = Poller(runtime, Sink(), timeout=0)
    await poller.start()
    with pytest.raises(FATAL[name, status]):
        await asyncio.wait_for(poller.finished, 5)  # polling ends instead of retrying
    await poller.stop()


async def test_an_unparsable_answer_is_transient(runtime: Runtime, server: TinyBotApi) -> None:
    server.fail("sendMessage", 502, "<html>bad gateway</html>")  # a proxy's error page
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


@pytest.mark.parametrize("name", list(RUNTIMES))
async def test_open_retries_transient_errors(name: str, server: TinyBotApi) -> None:
    server.fail("getMe", 500, failure(500, "Internal Server Error"), times=2)
    runtime = RUNTIMES[name](server.url)
    runtime.open_retry_delays = (0, 0)
    try:
        assert (await runtime.open()).username == "shop_bot"
        assert len(server.calls("getMe")) == 3
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


def numbered(update_id: int, text: str) -> Json:
    return message(update_id=update_id, message_id=update_id, text=text)


async def test_polling_delivers_in_order_survives_errors_and_stops_at_once(
    runtime: Runtime, server: TinyBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    # Update 3 is one neither library can parse (a date that is no number): it is skipped, not fatal.
    unparsable = message(update_id=3, message_id=3, text="x")
    unparsable["message"]["date"] = "yesterday"
    server.add_updates(numbered(1, "one"), numbered(2, "boom"), unparsable, CHANNEL_POST | {"update_id": 4})
    sink = Sink(fail_on=2)
    poller = Poller(runtime, sink, timeout=25)
    await poller.start()
    await sink.wait_until(lambda: len(sink.events) == 1)
    server.add_updates(numbered(5, "five"), CALLBACK | {"update_id": 6}, EDIT | {"update_id": 7})
    await sink.wait_until(lambda: len(sink.started) == 5)
    assert [e.update_id for e in sink.events] == [1, 5, 6, 7]
    assert sink.started == [1, 2, 5, 6, 7]  # the channel post (no sender) was skipped
    assert "update 2 skipped" in caplog.text and "update 3 skipped" in caplog.text
    assert server.calls("deleteWebhook")

    await asyncio.sleep(0.1)  # let the adapter settle into a long poll (timeout 25 s)
    began = time.monotonic()
    await poller.stop()
    assert time.monotonic() - began < 2
    assert server.offsets[-1] == 8  # everything handled is confirmed, so a restart won't replay it
    for fields in server.calls("getUpdates"):
        assert fields["allowed_updates"] == list(ALLOWED_UPDATES)


async def test_stop_lets_the_update_in_hand_finish(runtime: Runtime, server: TinyBotApi) -> None:
    server.add_updates(numbered(1, "slow"))
    sink = Sink(slow_on=1)
    poller = Poller(runtime, sink, timeout=25)
    await poller.start()
    await sink.wait_until(lambda: bool(sink.started))
    await poller.stop()
    assert [e.update_id for e in sink.events] == [1]
    assert isinstance(sink.events[0], IncomingMessage)
    assert server.offsets[-1] == 2


async def test_get_updates_errors_are_port_errors(runtime: Runtime, server: TinyBotApi) -> None:
    server.fail("getUpdates", 502, failure(502, "Bad Gateway"))
    with pytest.raises(Transient):
        await runtime.fetch_updates(None, 0, 100)
    server.fail("getUpdates", 429, failure(429, "Too Many Requests: retry after 3", retry_after=3))
    with pytest.raises(RetryAfter):
        await runtime.fetch_updates(None, 0, 100)
