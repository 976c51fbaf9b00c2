"""The python-telegram-bot 22 runtime adapter: an ``Application`` without its Updater (raw getUpdates
for ``bot.polling`` instead), effects through its ``Bot``."""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Awaitable
from http import HTTPStatus
from typing import Any, TypeVar

import httpx
from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    InlineKeyboardMarkup,
    InputFile,
    InputMediaAudio,
    InputMediaDocument,
    InputMediaPhoto,
    InputMediaVideo,
    MessageEntity,
    ReplyParameters,
)
from telegram.error import Conflict, EndPointNotFound, InvalidToken
from telegram.error import TelegramError as PtbTelegramError
from telegram.ext import ApplicationBuilder
from telegram.request import HTTPXRequest
from telegram.warnings import PTBUserWarning

from bot.runtime import ALLOWED_UPDATES, BotIdentity, retry_transient, token_rejected
from handlers.core.effects import (
    AnswerCallbackQuery,
    BotEffect,
    CopyMessage,
    CopyMessages,
    EditMessageText,
    Json,
    SendMediaGroup,
    SendMessage,
    SendPhoto,
    SetMyCommands,
)
from handlers.core.ports import BadRequest, Forbidden, RetryAfter, TelegramError, Transient

logger = logging.getLogger(__name__)
# fetch_updates calls getUpdates through do_api_request on purpose (raw JSON); PTB would warn each time.
warnings.filterwarnings("ignore", r"Please use 'Bot\.getUpdates'", PTBUserWarning)
T = TypeVar("T")

AlbumMedia = InputMediaAudio | InputMediaDocument | InputMediaPhoto | InputMediaVideo
_INPUT_MEDIA: dict[str, type[AlbumMedia]] = {
    "photo": InputMediaPhoto,
    "video": InputMediaVideo,
    "document": InputMediaDocument,
    "audio": InputMediaAudio,
}


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


class PtbBotApi:
    """``BotApi`` on a PTB ``Bot``: one effect, one Bot API call."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def execute(self, effect: BotEffect) -> list[int]:
        return await translating_errors(self._call(effect))

    async def _call(self, effect: BotEffect) -> list[int]:
        bot = self._bot
        match effect:
            case SendMessage():
                message = await bot.send_message(
                    chat_id=effect.chat_id,
                    text=effect.text,
                    entities=self._entities(effect.entities),
                    reply_parameters=_reply_to(effect.reply_to_message_id),
                    reply_markup=self._keyboard(effect.reply_markup),
                )
                return [message.message_id]
            case CopyMessage():
                # Without a caption PTB omits both fields, and Telegram keeps the original caption.
                captioned = effect.caption is not None
                copied = await bot.copy_message(
                    chat_id=effect.chat_id,
                    from_chat_id=effect.from_chat_id,
                    message_id=effect.message_id,
                    caption=effect.caption,
                    caption_entities=self._entities(effect.caption_entities) if captioned else None,
                    reply_parameters=_reply_to(effect.reply_to_message_id),
                    reply_markup=self._keyboard(effect.reply_markup),
                )
                return [copied.message_id]
            case CopyMessages():
                ids = await bot.copy_messages(
                    chat_id=effect.chat_id, from_chat_id=effect.from_chat_id, message_ids=effect.message_ids
                )
                return [copied.message_id for copied in ids]
            case SendMediaGroup():
                messages = await bot.send_media_group(
                    chat_id=effect.chat_id,
                    media=[self._input_media(item) for item in effect.media],
                    reply_parameters=_reply_to(effect.reply_to_message_id),
                )
                return [message.message_id for message in messages]
            case SendPhoto():
                photo = await bot.send_photo(
                    chat_id=effect.chat_id,
                    photo=InputFile(effect.png, filename=effect.filename),
                    caption=effect.caption,
                )
                return [photo.message_id]
            case EditMessageText():
                edited = await bot.edit_message_text(
                    chat_id=effect.chat_id,
                    message_id=effect.message_id,
                    text=effect.text,
                    entities=self._entities(effect.entities),
                    reply_markup=self._keyboard(effect.reply_markup),
                )
                # True (not a Message) is only returned for inline messages; keep the id we edited.
                return [effect.message_id if isinstance(edited, bool) else edited.message_id]
            case AnswerCallbackQuery():
                await bot.answer_callback_query(
                    callback_query_id=effect.callback_query_id, text=effect.text, show_alert=effect.show_alert
                )
                return []
            case SetMyCommands():
                await bot.set_my_commands(
                    commands=[BotCommand(command=name, description=text) for name, text in effect.commands],
                    scope=BotCommandScope.de_json(effect.scope, bot),
                    language_code=effect.language_code,
                )
                return []

    def _entities(self, entities: tuple[Json, ...]) -> list[MessageEntity] | None:
        return [MessageEntity.de_json(entity, self._bot) for entity in entities] or None

    def _keyboard(self, markup: Json | None) -> InlineKeyboardMarkup | None:
        return None if markup is None else InlineKeyboardMarkup.de_json(markup, self._bot)

    def _input_media(self, item: Json) -> AlbumMedia:
        return _INPUT_MEDIA[item["type"]](
            media=item["media"],
            caption=item.get("caption"),
            caption_entities=self._entities(tuple(item.get("caption_entities") or ())),
        )


async def translating_errors(call: Awaitable[T]) -> T:
    """Awaits a PTB call, raising ``handlers.core.ports`` errors instead of PTB's."""
    try:
        return await call
    except (InvalidToken, Conflict):
        raise  # 401 wrong token, 409 a second poller: configuration errors, fatal as they are
    except ApiFailure as failure:
        raise _port_error(failure) from failure
    except PtbTelegramError as error:
        # What is left comes from the transport (TimedOut, NetworkError) or an unreadable answer.
        raise Transient(error.message, maybe_done=not _never_sent(error)) from error


def _never_sent(error: PtbTelegramError) -> bool:
    """PTB keeps httpx's error as the cause: no connection (or none free) means nothing was sent."""
    return isinstance(error.__cause__, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _port_error(failure: ApiFailure) -> TelegramError:
    if failure.code == HTTPStatus.TOO_MANY_REQUESTS and failure.retry_after is not None:
        return RetryAfter(failure.retry_after, failure.description)
    if failure.code == HTTPStatus.FORBIDDEN:
        return Forbidden(failure.description)
    if failure.code >= HTTPStatus.INTERNAL_SERVER_ERROR or failure.code == HTTPStatus.TOO_MANY_REQUESTS:
        return Transient(failure.description)
    return BadRequest(failure.description)


def _reply_to(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    # The replied-to message may have been deleted meanwhile; sending matters more than threading.
    return ReplyParameters(message_id=message_id, allow_sending_without_reply=True)


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
        self.api = PtbBotApi(self._app.bot)
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

    async def fetch_updates(self, offset: int | None, poll_timeout: int, limit: int) -> list[dict[str, Any]]:
        # do_api_request without a return type answers the raw JSON: PTB's get_updates would
        # de_json every update, and one it cannot parse fails the batch (and every later one).
        arguments: dict[str, Any] = {
            "timeout": poll_timeout,
            "limit": limit,
            "allowed_updates": list(ALLOWED_UPDATES),
        }
        if offset is not None:
            arguments["offset"] = offset
        updates = await translating_errors(self._raw_get_updates(arguments, poll_timeout))
        return list(updates)

    async def _raw_get_updates(self, arguments: dict[str, Any], poll_timeout: int) -> Any:
        try:
            return await self._app.bot.do_api_request(
                "getUpdates",
                api_kwargs=arguments,
                read_timeout=poll_timeout + 10,  # the HTTP request must outlast the long poll
            )
        except EndPointNotFound:  # do_api_request's name for a 401 once getMe had succeeded
            raise InvalidToken() from None

    async def close(self) -> None:
        await self._app.shutdown()
        # Application.shutdown skips the bot if initialize failed halfway (after opening its clients).
        await self._app.bot.shutdown()
