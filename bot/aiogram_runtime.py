"""The aiogram 3 runtime adapter: every Bot API call (``bot.bot_api_calls``, getUpdates for
``bot.polling`` too) sent raw through its ``Bot``, and aiogram's errors mapped onto the port's."""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    AiogramError,
    ClientDecodeError,
    TelegramAPIError,
    TelegramConflictError,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import TelegramMethod
from aiogram.types import BufferedInputFile, Update
from aiohttp import FormData

from bot.bot_api_calls import ApiCall, CallingBotApi, get_updates
from bot.runtime import BotIdentity, ErrorTranslation, retry_transient, token_rejected
from handlers.core.effects import Json
from handlers.core.ports import BadRequest, Forbidden, RetryAfter, TelegramError, Transient

logger = logging.getLogger(__name__)


class RawCall(TelegramMethod[Any]):
    """Any Bot API method, its parameters as extra fields (Bot API JSON, or a file to upload), answering
    the raw JSON result: no aiogram model is validated either way."""

    __returning__ = Any
    _method: str

    def __init__(self, method: str, **params: Any) -> None:
        super().__init__(**params)
        self._method = method

    @property
    def __api_method__(self) -> str:  # type: ignore[override]
        return self._method


class EmptyStringKeepingSession(AiohttpSession):
    """aiogram's session, sending empty strings too. aiogram drops every falsy field, so copyMessage
    with ``caption=""`` ("remove the caption") would keep the original caption instead."""

    def build_form_data(self, bot: Bot, method: TelegramMethod[Any]) -> FormData:
        form = super().build_form_data(bot, method)
        for name, value in (method.model_extra or {}).items():
            if value == "":
                form.add_field(name, "")
        return form


def _port_error(error: AiogramError) -> TelegramError:
    # Order matters: TelegramEntityTooLarge (413) subclasses TelegramNetworkError, and the bare
    # TelegramAPIError left at the end stands for 400, 404 and the other 4xx codes.
    description = str(getattr(error, "message", error))
    if isinstance(error, TelegramRetryAfter):
        return RetryAfter(error.retry_after, description)
    if isinstance(error, TelegramForbiddenError):
        return Forbidden(description)
    if isinstance(error, TelegramEntityTooLarge):
        return BadRequest(description)
    # ClientDecodeError: an unparsable answer, typically a proxy's HTML error page.
    if isinstance(error, TelegramServerError | ClientDecodeError):
        return Transient(description)
    if isinstance(error, TelegramNetworkError):
        # aiogram names the aiohttp error in the message; only a failed connect surely sent nothing.
        return Transient(description, maybe_done="ClientConnector" not in description)
    return BadRequest(description)


translating_errors = ErrorTranslation(
    fatal=(TelegramUnauthorizedError, TelegramConflictError),
    mapped=(TelegramAPIError, ClientDecodeError),
    port_error=_port_error,
)


def update_json(update: Update) -> Json:
    """The Bot API JSON of an aiogram Update. ``exclude_unset`` keeps exactly the fields Telegram sent
    (and skips aiogram's ``Default`` placeholders, which cannot be serialised)."""
    return update.model_dump(mode="json", exclude_unset=True, by_alias=True)


class AiogramRuntime:
    """The ``Runtime`` on aiogram."""

    # Pauses between getMe attempts in ``open`` when Telegram is unreachable; then it gives up.
    open_retry_delays: tuple[float, ...] = (1, 2, 4, 8)

    def __init__(self, token: str, api_url: str, request_timeout: float = 10.0) -> None:
        # request_timeout bounds every call (aiogram's default is 60 s); getUpdates gets the long-poll
        # timeout on top.
        session = EmptyStringKeepingSession(api=TelegramAPIServer.from_base(api_url), timeout=request_timeout)
        self._bot = Bot(token, session=session)
        self.api = CallingBotApi(self._send)

    async def _send(self, call: ApiCall, request_timeout: int | None = None) -> Any:
        params = dict(call.params)
        if call.upload is not None:
            params[call.upload.field] = BufferedInputFile(call.upload.content, filename=call.upload.filename)
        return await translating_errors(self._bot(RawCall(call.method, **params), request_timeout))

    async def open(self) -> BotIdentity:
        try:
            me = await retry_transient(
                lambda: translating_errors(self._bot.me()), self.open_retry_delays, "getMe"
            )
        except TelegramUnauthorizedError:
            raise token_rejected() from None
        return BotIdentity(id=me.id, username=me.username or "", first_name=me.first_name)

    async def delete_webhook(self) -> None:
        await translating_errors(self._bot.delete_webhook())

    async def fetch_updates(self, offset: int | None, poll_timeout: int, limit: int) -> list[dict[str, Any]]:
        # The HTTP request must outlast the long poll it waits on.
        request_timeout = int(self._bot.session.timeout) + poll_timeout
        return list(await self._send(get_updates(offset, poll_timeout, limit), request_timeout))

    async def close(self) -> None:
        await self._bot.session.close()
