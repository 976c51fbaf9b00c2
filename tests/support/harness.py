"""The core with the outbox and timers, on a real database, talking to a recording fake of the BotApi
port instead of Telegram. Fast, and framework-free like the core itself."""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.features import REGISTRY
from handlers.core.context import ShopConfig
from handlers.core.dispatch import Core
from handlers.core.effects import BotEffect, CopyMessages, SendMediaGroup, SetMyCommands
from handlers.core.events import CallbackPress, Content, IncomingMessage, User
from handlers.core.ports import TelegramError
from handlers.kit.i18n import Translator
from handlers.kit.language import LanguageDetector
from locales import CATALOG_DIR
from scheduler.outbox import OutboxSender
from scheduler.ticker import Ticker
from storage.db import session_factory
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


@dataclass
class RecordingApi:
    """Answers every call like Telegram would (new message ids per chat) and records it; can be told
    to fail calls that match a predicate."""

    calls: list[BotEffect] = field(default_factory=list)
    menus: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # key: scope + language
    failures: list[tuple[Callable[[BotEffect], bool], TelegramError]] = field(default_factory=list)
    _ids: defaultdict[int, itertools.count[int]] = field(
        default_factory=lambda: defaultdict(lambda: itertools.count(5000))
    )

    def fail(self, error: TelegramError, when: Callable[[BotEffect], bool] = lambda e: True) -> None:
        self.failures.append((when, error))

    async def execute(self, effect: BotEffect) -> list[int]:
        for i, (when, error) in enumerate(self.failures):
            if when(effect):
                del self.failures[i]
                raise error
        self.calls.append(effect)
        if isinstance(effect, SetMyCommands):
            self.menus[json.dumps([effect.scope, effect.language_code or ""], sort_keys=True)] = (
                effect.commands
            )
        chat = getattr(effect, "chat_id", 0)
        if isinstance(effect, SendMediaGroup):
            return [next(self._ids[chat]) for _ in effect.media]
        if isinstance(effect, CopyMessages):
            return [next(self._ids[chat]) for _ in effect.message_ids]
        if effect.method in ("sendMessage", "copyMessage", "sendPhoto"):
            return [next(self._ids[chat])]
        if effect.method == "editMessageText":
            return [effect.message_id]  # type: ignore[union-attr]
        return []

    def menu(self, scope: dict[str, Any], language_code: str = "") -> dict[str, str]:
        """The command menu Telegram keeps for ``scope`` and language now (set calls accumulate here
        whatever is cleared from ``calls``): command → description."""
        return dict(self.menus.get(json.dumps([scope, language_code], sort_keys=True), ()))

    def to(self, chat_id: int) -> list[BotEffect]:
        """What went into the chat (a chat's command menu is no message: see ``calls``)."""
        return [c for c in self.calls if c.chat_id == chat_id and not isinstance(c, SetMyCommands)]


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
        self._message_ids: defaultdict[int, itertools.count[int]] = defaultdict(lambda: itertools.count(1))

    def number_updates_from(self, first: int) -> None:
        """Update and message ids from ``first`` on (a second instance on the same fake Telegram)."""
        self._update_ids = itertools.count(first)
        self._message_ids = defaultdict(lambda: itertools.count(first))

    async def start(self) -> None:
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
        return IncomingMessage(
            update_id=next(self._update_ids),
            chat_id=user.id,
            chat_type="private",
            message_id=edit_of if edit_of is not None else next(self._message_ids[user.id]),
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

    async def press(self, user: User, data: str, message_id: int = 1) -> None:
        """``user`` presses a button with ``data`` under message ``message_id`` of their chat."""
        await self.core.handle(CallbackPress(next(self._update_ids), "cb1", user, user.id, message_id, data))
        await self.settle()

    async def later(self, seconds: float) -> None:
        """Time passes; whatever came due runs."""
        self.clock.advance(seconds)
        await self.settle()
