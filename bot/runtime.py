"""What a runtime adapter (aiogram or python-telegram-bot) provides to the composition root.

An adapter is transport only: it polls Telegram, turns each update into a core event and hands it to
``on_event``; and it executes Bot API effects (the ``BotApi`` port) mapping its framework's errors onto
``handlers.ports`` errors. It decides nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from handlers.events import Event
from handlers.ports import BotApi

EventSink = Callable[[Event], Awaitable[None]]

# Update types the bot asks Telegram for.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")


@dataclass(frozen=True, slots=True)
class BotIdentity:
    id: int
    username: str
    first_name: str


class Runtime(Protocol):
    @property
    def api(self) -> BotApi:
        """Executes effects through this runtime's Bot API client."""
        ...

    async def open(self) -> BotIdentity:
        """Create the framework's client objects and call getMe (retrying transient errors)."""
        ...

    async def start_polling(self, on_event: EventSink) -> None:
        """Start long polling in the background; each update goes to ``on_event``, one at a time, in
        order. Returns once polling runs."""
        ...

    async def stop_polling(self) -> None:
        """Stop fetching updates; let the update being handled finish."""
        ...

    async def close(self) -> None:
        """Release HTTP sessions. Called after the outbox has drained (or kept) pending sends."""
        ...
