"""Ports: what the core needs from the outside, implemented by the runtime adapters in ``bot/``."""

from __future__ import annotations

from typing import Protocol

from handlers.core.effects import BotEffect


class TelegramError(Exception):
    """A Bot API call failed. The adapters raise exactly one of the subclasses below."""

    def __init__(self, description: str = "") -> None:
        super().__init__(description)
        self.description = description


class RetryAfter(TelegramError):
    """429 Too Many Requests: wait ``seconds``, then try the same call again."""

    def __init__(self, seconds: float, description: str = "") -> None:
        super().__init__(description or f"retry after {seconds}s")
        self.seconds = seconds


class Forbidden(TelegramError):
    """403: the user blocked the bot or was deactivated. Final for that chat."""


class BadRequest(TelegramError):
    """400/404 and other client errors: this call will never succeed as it is."""


class Transient(TelegramError):
    """5xx, time-outs and network errors: try again later with backoff.

    ``maybe_done``: the request may have reached Telegram and been carried out, only the answer was
    lost (a time-out, a connection dropped after sending). Trying again may repeat it, which an
    at-most-once call (an offer) must not; a refused connection or a 5xx answer is not ``maybe_done``.
    """

    def __init__(self, description: str = "", maybe_done: bool = False) -> None:
        super().__init__(description)
        self.maybe_done = maybe_done


class Interrupted(TelegramError):
    """Not raised by Telegram: an at-most-once send was cut off (by a crash, or its answer was lost),
    so whether it went out is unknown. It is not tried again."""


class BotApi(Protocol):
    """Executes one Bot API effect. Returns the ids of the messages it created or edited (empty for
    calls that create none). Raises a TelegramError subclass on failure."""

    async def execute(self, effect: BotEffect) -> list[int]: ...
