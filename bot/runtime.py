"""What a runtime adapter (aiogram or python-telegram-bot) provides to the composition root.

An adapter is transport only: it fetches raw updates for ``bot.polling`` (which parses them and
hands the events to the core), and it sends the Bot API calls ``bot.bot_api_calls`` makes of effects
(the ``BotApi`` port) through its framework's client, mapping the framework's errors onto
``handlers.core.ports`` errors. It decides nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from handlers.core.events import Event
from handlers.core.ports import BotApi, TelegramError, Transient

log = logging.getLogger(__name__)
T = TypeVar("T")

EventSink = Callable[[Event], Awaitable[None]]

# Update types the bot asks Telegram for.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")


class StartupFailed(Exception):
    """The bot cannot start as configured (a token Telegram refuses, Telegram unreachable, a database
    that cannot be opened). The message is one line for whoever runs the bot; ``sellerbot run`` prints
    it instead of a traceback."""


def token_rejected() -> StartupFailed:
    return StartupFailed(
        "Telegram rejected SELLERBOT_TOKEN (401 Unauthorized): copy the token @BotFather gave you "
        "(/mybots → your bot → API Token)"
    )


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
        """Create the framework's client objects and call getMe (retrying transient errors). A token
        Telegram refuses raises ``token_rejected()``; Telegram still unreachable after the retries
        raises ``Transient``."""
        ...

    async def delete_webhook(self) -> None:
        """deleteWebhook: getUpdates refuses to work while a webhook is set."""
        ...

    async def fetch_updates(self, offset: int | None, poll_timeout: int, limit: int) -> list[dict[str, Any]]:
        """getUpdates as raw Bot API JSON, unparsed (``bot.polling`` owns the offset and the parsing).
        Transport failures raise ``handlers.core.ports`` errors; 401 and 409 raise the library's own."""
        ...

    async def close(self) -> None:
        """Release HTTP sessions. Called after the outbox has drained (or kept) pending sends."""
        ...


async def retry_transient(call: Callable[[], Awaitable[T]], delays: Iterable[float], what: str) -> T:
    """``call()``, again after each of ``delays`` while it fails with Transient (Telegram unreachable
    at start-up, say); the last failure is raised."""
    pauses = iter(delays)
    while True:
        try:
            return await call()
        except Transient as error:
            delay = next(pauses, None)
            if delay is None:
                raise
            log.warning("%s failed (%s); retrying in %ss", what, error.description, delay)
            await asyncio.sleep(delay)


@dataclass(frozen=True)
class ErrorTranslation:
    """Awaits a framework's call, raising ``handlers.core.ports`` errors for its ``mapped`` errors (through
    ``port_error``). ``fatal`` ones (a wrong token, a second poller: configuration errors) propagate as
    the framework raised them."""

    fatal: tuple[type[Exception], ...]
    mapped: tuple[type[Exception], ...]
    port_error: Callable[[Any], TelegramError]

    async def __call__(self, call: Awaitable[T]) -> T:
        try:
            return await call
        except self.fatal:
            raise
        except self.mapped as error:
            raise self.port_error(error) from error
