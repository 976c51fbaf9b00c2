"""The python-telegram-bot 22 runtime adapter: an ``Application`` without its Updater; every Bot API
call (``bot.bot_api_calls``, getUpdates for ``bot.polling`` too) sent raw through its ``Bot``, and
PTB's errors mapped onto the port's."""

from __future__ import annotations

import json
import logging
import warnings
from http import HTTPStatus
from typing import Any

import httpx
from telegram import InputFile, InputMedia
from telegram.error import Conflict, EndPointNotFound, InvalidToken
from telegram.error import TelegramError as PtbTelegramError
from telegram.ext import ApplicationBuilder
from telegram.request import HTTPXRequest
from telegram.warnings import PTBUserWarning

from bot.bot_api_calls import ApiCall, CallingBotApi, get_updates
from bot.runtime import BotIdentity, ErrorTranslation, retry_transient, token_rejected
from handlers.core.effects import Json
from handlers.core.ports import BadRequest, Forbidden, RetryAfter, TelegramError, Transient

logger = logging.getLogger(__name__)
# Every call goes through do_api_request on purpose (raw JSON both ways); PTB warns when it has a
# method of that name.
warnings.filterwarnings("ignore", r"Please use 'Bot\.", PTBUserWarning)


class ApiFailure(PtbTelegramError):
    """A Bot API call answered with an error status, with Telegram's code and description intact."""

    def __init__(self, code: int, payload: bytes) -> None:
        try:
            body = json.loads(payload)
        except ValueError:  # not JSON: a proxy's error page
            body = None
        if not isinstance(body, dict):
            body = {}
        self.code = code
        self.description: str = body.get("description") or f"HTTP {code}"
        self.retry_after: float | None = (body.get("parameters") or {}).get("retry_after")
        super().__init__(self.description)


class StatusKeepingRequest(HTTPXRequest):
    """PTB's request, raising ``ApiFailure`` for error statuses instead of PTB's own errors.

    PTB folds 404 into InvalidToken and other 4xx into NetworkError (which we would retry), and
    rewrites descriptions ("Bad Request: message is not modified" → "Message is not modified"). 401
    and 409 stay PTB's (InvalidToken, Conflict): they are fatal and should surface as they are.
    """

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if code < 400 or code in (HTTPStatus.UNAUTHORIZED, HTTPStatus.CONFLICT):
            return code, payload
        raise ApiFailure(code, payload)


def _never_sent(error: PtbTelegramError) -> bool:
    """PTB keeps httpx's error as the cause: no connection (or none free) means nothing was sent."""
    return isinstance(error.__cause__, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _port_error(failure: PtbTelegramError) -> TelegramError:
    if not isinstance(failure, ApiFailure):
        # What is left comes from the transport (TimedOut, NetworkError) or an unreadable answer.
        return Transient(failure.message, maybe_done=not _never_sent(failure))
    if failure.code == HTTPStatus.TOO_MANY_REQUESTS and failure.retry_after is not None:
        return RetryAfter(failure.retry_after, failure.description)
    if failure.code == HTTPStatus.FORBIDDEN:
        return Forbidden(failure.description)
    if failure.code >= HTTPStatus.INTERNAL_SERVER_ERROR or failure.code == HTTPStatus.TOO_MANY_REQUESTS:
        return Transient(failure.description)
    return BadRequest(failure.description)


# 401 (InvalidToken, or EndPointNotFound from do_api_request) and 409 (Conflict) are fatal;
# StatusKeepingRequest raises ApiFailure for the other error statuses.
translating_errors = ErrorTranslation(
    fatal=(InvalidToken, Conflict, EndPointNotFound), mapped=(PtbTelegramError,), port_error=_port_error
)


class PtbRuntime:
    """The ``Runtime`` on python-telegram-bot."""

    # Pauses between getMe attempts in ``open`` when Telegram is unreachable; then it gives up.
    open_retry_delays: tuple[float, ...] = (1, 2, 4, 8)

    def __init__(self, token: str, api_url: str, request_timeout: float = 10.0) -> None:
        self._app = (
            ApplicationBuilder()
            .token(token)
            .base_url(f"{api_url}/bot")
            .base_file_url(f"{api_url}/file/bot")
            # Sends: one bound for connecting, writing (uploads too) and reading, as the outbox's own.
            .request(
                StatusKeepingRequest(
                    read_timeout=request_timeout,
                    write_timeout=request_timeout,
                    connect_timeout=request_timeout,
                    media_write_timeout=request_timeout,
                )
            )
            # getUpdates gets the long-poll timeout on top of its read timeout (fetch_updates).
            .get_updates_request(
                StatusKeepingRequest(connection_pool_size=2, connect_timeout=request_timeout)
            )
            # No Updater: it confirms updates as soon as it fetched them, so a crash lost those
            # queued but not yet handled. ``bot.polling`` polls instead.
            .updater(None)
            .job_queue(None)  # APScheduler is installed, so PTB would start a scheduler we don't use
            .build()
        )
        # No rate limiter is configured, so 429s and other errors reach the outbox, which paces sends.
        self.api = CallingBotApi(self._send)
        # httpx logs every request URL at INFO, and Bot API URLs contain the token.
        logging.getLogger("httpx").setLevel(logging.WARNING)

    async def open(self) -> BotIdentity:
        # initialize() calls getMe.
        try:
            await retry_transient(
                lambda: translating_errors(self._app.initialize()), self.open_retry_delays, "getMe"
            )
        except InvalidToken:  # its message quotes the token: never let it reach a log
            raise token_rejected() from None
        me = self._app.bot.bot
        return BotIdentity(id=me.id, username=me.username or "", first_name=me.first_name)

    async def delete_webhook(self) -> None:
        await translating_errors(self._app.bot.delete_webhook())

    async def _send(self, call: ApiCall, **timeouts: Any) -> Any:
        params = dict(call.params)
        if "media" in params:  # do_api_request fills in each album item's parse_mode: it wants objects
            params["media"] = [_input_media(item) for item in params["media"]]
        if call.upload is not None:
            params[call.upload.field] = InputFile(call.upload.content, filename=call.upload.filename)
        try:
            request = self._app.bot.do_api_request(call.method, api_kwargs=params, **timeouts)
            return await translating_errors(request)
        except EndPointNotFound:  # do_api_request's name for a 401 once getMe had succeeded
            raise InvalidToken() from None

    async def fetch_updates(self, offset: int | None, poll_timeout: int, limit: int) -> list[dict[str, Any]]:
        # The HTTP request must outlast the long poll it waits on.
        return list(
            await self._send(get_updates(offset, poll_timeout, limit), read_timeout=poll_timeout + 10)
        )

    async def close(self) -> None:
        await self._app.shutdown()
        # Application.shutdown skips the bot if initialize failed halfway (after opening its clients).
        await self._app.bot.shutdown()


def _input_media(item: Json) -> InputMedia:
    rest = {name: value for name, value in item.items() if name not in ("type", "media")}
    return InputMedia(media_type=item["type"], media=item["media"], api_kwargs=rest)
