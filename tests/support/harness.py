"""The core with the outbox and timers, on a real database, its BotApi port served in process by
tests/fakeapi's model of Telegram (the same fake the end-to-end tests reach over HTTP). Fast, and
framework-free like the core itself."""

from __future__ import annotations

import copy
import inspect
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.bot_api_calls import api_call
from bot.features import REGISTRY
from handlers.core.context import ShopConfig
from handlers.core.dispatch import Core
from handlers.core.effects import BotEffect, SetMyCommands
from handlers.core.events import CallbackPress, Content, IncomingMessage, User
from handlers.core.ports import BadRequest, Forbidden, RetryAfter, TelegramError, Transient
from handlers.kit.i18n import Translator
from handlers.kit.language import LanguageDetector
from locales import CATALOG_DIR
from scheduler.outbox import OutboxSender
from scheduler.ticker import Ticker
from storage.db import session_factory
from tests.fakeapi.chats import as_reply_target, private_chat
from tests.fakeapi.errors import ApiError
from tests.fakeapi.files import FileRegistry
from tests.fakeapi.notify import Notifier
from tests.fakeapi.params import Params, Upload
from tests.fakeapi.service import get_my_commands
from tests.fakeapi.state import ApiState, find_method
from tests.support.users import SELLER

HOUR = 3600
DAY = 24 * HOUR


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


# The shop's bot, as Telegram knows it.
BOT: dict[str, Any] = {"id": 42, "is_bot": True, "first_name": "Knit Shop", "username": "knit_shop_bot"}
MEDIA_KINDS = ("photo", "video", "animation", "document", "audio", "voice", "video_note", "sticker")


def user_json(user: User) -> dict[str, Any]:
    names = {"last_name": user.last_name, "username": user.username, "language_code": user.language_code}
    return {"id": user.id, "is_bot": False, "first_name": user.first_name} | {
        key: value for key, value in names.items() if value
    }


def port_error(error: ApiError) -> TelegramError:
    """Telegram's error answer as the runtimes map it onto the port's errors."""
    if error.status == 429 and error.retry_after is not None:
        return RetryAfter(error.retry_after, error.description)
    if error.status == 403:
        return Forbidden(error.description)
    if error.status >= 500 or error.status == 429:
        return Transient(error.description)
    return BadRequest(error.description)


@dataclass
class RecordingApi:
    """The BotApi port on tests/fakeapi's model of Telegram, in process (no HTTP): each effect becomes
    the call bot/bot_api_calls.py makes of it (what the runtimes send) and the fake's method handler
    performs it, so unknown chats, too long texts or foreign edits answer Telegram's errors and message
    ids are numbered per chat as Telegram does. Records each effect performed (``calls``); can be told
    to fail calls that match a predicate."""

    telegram: ApiState = field(default_factory=lambda: ApiState(bot=dict(BOT), notifier=Notifier()))
    calls: list[BotEffect] = field(default_factory=list)
    failures: list[tuple[Callable[[BotEffect], bool], TelegramError]] = field(default_factory=list)

    def fail(self, error: TelegramError, when: Callable[[BotEffect], bool] = lambda e: True) -> None:
        self.failures.append((when, error))

    def chat(self, user: User) -> dict[str, Any]:
        """``user``'s private chat with the bot (made on first use, as when they press Start)."""
        self.telegram.users.setdefault(user.id, user_json(user))
        return self.telegram.chats.add_chat(private_chat(self.telegram.users[user.id]))

    def open_chats(self, *chat_ids: int) -> None:
        """Private chats with users known only by id (as though each had pressed Start)."""
        for chat_id in chat_ids:
            self.chat(User(chat_id, f"User{chat_id}", None, None, "en"))

    def pressed(
        self, query_id: str, user: User, chat_id: int | None, message_id: int | None, data: str
    ) -> None:
        """Telegram has a callback query ``query_id``: ``user`` pressed a button carrying ``data`` under
        message ``message_id`` of chat ``chat_id``. Pressing again under the same id may be answered again."""
        self.chat(user)
        message = self.telegram.chats.message(chat_id, message_id) if chat_id and message_id else None
        query = {"id": query_id, "from": self.telegram.users[user.id], "data": data}
        self.telegram.callback_queries[query_id] = query | (
            {"message": copy.deepcopy(message)} if message else {}
        )
        self.telegram.callback_answers.pop(query_id, None)

    async def execute(self, effect: BotEffect) -> list[int]:
        for i, (when, error) in enumerate(self.failures):
            if when(effect):
                del self.failures[i]
                raise error
        call = api_call(effect)
        params = Params(call.params)
        if call.upload is not None:
            data = call.upload.content
            params[call.upload.field] = Upload(call.upload.filename, "image/png", len(data), data)
        found = find_method(call.method)
        assert found is not None, f"the fake Bot API has no {call.method}"
        try:
            result = found[1](self.telegram, params)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as error:
            raise port_error(error) from None
        self.calls.append(effect)
        return call.message_ids(result)

    def menu(self, scope: dict[str, Any], language_code: str = "") -> dict[str, str]:
        """The command menu Telegram keeps for ``scope`` and language now (set calls accumulate here
        whatever is cleared from ``calls``): command → description."""
        commands = get_my_commands(self.telegram, Params(scope=scope, language_code=language_code))
        return {command["command"]: command["description"] for command in commands}

    def to(self, chat_id: int) -> list[BotEffect]:
        """What went into the chat (a chat's command menu is no message: see ``calls``)."""
        return [c for c in self.calls if c.chat_id == chat_id and not isinstance(c, SetMyCommands)]

    def received(self, chat_id: int) -> list[dict[str, Any]]:
        """The bot's messages in the chat as Telegram shows them now (edits applied), in sending order."""
        return self.telegram.chats.received(chat_id)

    def message_ids(self, chat_id: int) -> list[int]:
        """The Telegram ids of the bot's messages in the chat, in sending order (to reply to one)."""
        return [message["message_id"] for message in self.received(chat_id)]


def shows_button(messages: list[dict[str, Any]], data: str) -> int:
    """The latest of the bot's ``messages`` with a button carrying ``data`` (else the latest one)."""
    for message in reversed(messages):
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        if any(button.get("callback_data") == data for row in rows for button in row):
            return int(message["message_id"])
    return int(messages[-1]["message_id"]) if messages else 1


def message_json(content: Content, files: FileRegistry) -> dict[str, Any]:
    """What a message carrying ``content`` holds in Telegram (its files registered under their ids)."""
    entities = list(content.entities)
    if content.kind == "text":
        return {"text": content.text or ""} | ({"entities": entities} if entities else {})
    fields: dict[str, Any] = {}
    if content.kind in MEDIA_KINDS and content.file_id:
        fields[content.kind] = files.adopt(content.kind, content.file_id)
    elif content.kind != "unknown":
        fields[content.kind] = content.extra.get(content.kind, content.extra)
    if content.text:
        fields["caption"] = content.text
        if entities:
            fields["caption_entities"] = entities
    return fields


class Harness:
    def __init__(self, engine: AsyncEngine, sellers: tuple[User, ...] = (SELLER,), **config: Any) -> None:
        self.clock = FakeClock()
        self.api = RecordingApi()
        self.sessions = session_factory(engine)
        translator = Translator(CATALOG_DIR)
        self.sellers = sellers
        self.core = Core(
            self.sessions,
            ShopConfig(
                shop_name=config.pop("shop_name", "Knit Shop"),
                default_language="en",
                seller_ids=tuple(s.id for s in sellers),
                **config,
            ),
            translator,
            LanguageDetector(translator.locales),
            REGISTRY,
            clock=self.clock,
        )
        self.sender = OutboxSender(self.sessions, self.api, self.core, clock=self.clock, max_attempts=3)
        self.ticker = Ticker(self.sessions, self.core, lambda: None, clock=self.clock, seconds=1)
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        for seller in sellers:
            self.api.chat(seller)

    def number_updates_from(self, first: int) -> None:
        """Update ids from ``first`` on (a second instance on the same fake Telegram)."""
        self._update_ids = itertools.count(first)

    async def start(self) -> None:
        for seller in self.sellers:  # again: a test may have given the harness another api
            self.api.chat(seller)
        await self.core.start()
        await self.settle()
        self.api.calls.clear()

    async def settle(self) -> None:
        """Run due timers and send everything that is due."""
        while await self.ticker.run_due_timers() or await self.sender.drain_once():
            pass

    def message(
        self,
        user: User,
        content: Content,
        *,
        reply_to: int | None = None,
        edit_of: int | None = None,
    ) -> IncomingMessage:
        """``user`` writes ``content`` (or edits their message ``edit_of`` to it) in their chat: the
        message is in Telegram's chat, numbered there, and this is the event the bot gets."""
        telegram = self.api.telegram
        chat = self.api.chat(user)
        fields = message_json(content, telegram.files)
        if content.media_group_id:
            fields["media_group_id"] = content.media_group_id
        if edit_of is not None:
            edited = telegram.chats.message(chat["id"], edit_of)
            assert edited is not None and edited["from"]["id"] == user.id, (
                f"{user.id} has no message {edit_of}"
            )
            kept = ("message_id", "from", "chat", "date", "reply_to_message")
            now = {key: value for key, value in edited.items() if key in kept}
            edited.clear()
            edited.update(now | fields | {"edit_date": int(self.clock().timestamp())})
            message_id = edit_of
        else:
            target = telegram.chats.message(chat["id"], reply_to) if reply_to is not None else None
            reply = as_reply_target(target) if target is not None else None
            message_id = telegram.chats.store(chat, telegram.users[user.id], fields, reply_to_message=reply)[
                "message_id"
            ]
        return IncomingMessage(
            update_id=next(self._update_ids),
            chat_id=user.id,
            chat_type="private",
            message_id=message_id,
            sender=user,
            date=self.clock(),
            content=content,
            reply_to_message_id=reply_to,
            edited=edit_of is not None,
        )

    async def send(self, user: User, content: Content | str, **kwargs: Any) -> IncomingMessage:
        if isinstance(content, str):
            content = Content("text", text=content)
        event = self.message(user, content, **kwargs)
        await self.core.handle(event)
        await self.settle()
        return event

    async def press(self, user: User, data: str, message_id: int | None = None) -> int:
        """``user`` presses a button with ``data`` under message ``message_id`` of their chat (by default
        the bot's latest message there that shows that button, else its latest message); returns the
        id of the message pressed."""
        telegram = self.api.telegram
        chat = self.api.chat(user)
        if message_id is None:
            message_id = shows_button(telegram.chats.received(chat["id"]), data)
        query_id = f"{user.id}-{next(self._query_ids)}"
        self.api.pressed(query_id, user, chat["id"], message_id, data)
        press = CallbackPress(next(self._update_ids), query_id, user, user.id, message_id, data)
        await self.core.handle(press)
        await self.settle()
        return message_id

    async def later(self, seconds: float) -> None:
        """Time passes; whatever came due runs."""
        self.clock.advance(seconds)
        await self.settle()
