"""Everything Telegram's servers know about the one bot under test, shared by method handlers."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .chats import ChatStore
from .files import FileRegistry
from .notify import Notifier
from .params import Params
from .polling import UpdateQueue

Json = dict[str, Any]


@dataclass
class ApiState:
    bot: Json
    notifier: Notifier
    chats: ChatStore = field(default_factory=ChatStore)
    files: FileRegistry = field(default_factory=FileRegistry)
    updates: UpdateQueue = field(init=False)
    users: dict[int, Json] = field(default_factory=dict)
    blocked_by: set[int] = field(default_factory=set)  # users who blocked the bot
    commands: dict[str, list[Json]] = field(default_factory=dict)  # key: scope + language
    callback_queries: dict[str, Json] = field(default_factory=dict)
    callback_answers: dict[str, Json] = field(default_factory=dict)
    profile: dict[str, str] = field(default_factory=dict)  # name, description, short_description
    # Ids for polls and callback queries: per server, so a test sees the same ids on every run.
    _serial: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def next_serial(self) -> int:
        return next(self._serial)

    def __post_init__(self) -> None:
        self.updates = UpdateQueue(self.notifier)


Handler = Callable[[ApiState, Params], Any | Awaitable[Any]]
H = TypeVar("H", bound=Handler)
_HANDLERS: dict[str, tuple[str, Handler]] = {}


def api_method(*names: str) -> Callable[[H], H]:
    """Register a handler under Bot API method names (looked up case-insensitively)."""

    def register(handler: H) -> H:
        for name in names:
            _HANDLERS[name.lower()] = (name, handler)
        return handler

    return register


def find_method(name: str) -> tuple[str, Handler] | None:
    """The canonical spelling and handler for a requested method name."""
    return _HANDLERS.get(name.lower())
