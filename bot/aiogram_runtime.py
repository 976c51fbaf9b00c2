"""The aiogram 3 runtime adapter: raw getUpdates for ``bot.polling``, effects through ``Bot``."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

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
from aiogram.types import (
    BotCommand,
    BotCommandScopeUnion,
    BufferedInputFile,
    InlineKeyboardMarkup,
    MediaUnion,
    MessageEntity,
    ReplyParameters,
    Update,
)
from aiohttp import FormData
from pydantic import TypeAdapter

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
T = TypeVar("T")

_MEDIA = TypeAdapter[MediaUnion](MediaUnion)
_SCOPE = TypeAdapter[BotCommandScopeUnion](BotCommandScopeUnion)


class EmptyStringKeepingSession(AiohttpSession):
    """aiogram's session, sending empty strings too. aiogram drops every falsy field, so copyMessage
    with ``caption=""`` ("remove the caption") would keep the original caption instead."""

    def build_form_data(self, bot: Bot, method: TelegramMethod[Any]) -> FormData:
        form = super().build_form_data(bot, method)
        for name in type(method).model_fields:
            if getattr(method, name) == "":
                form.add_field(name, "")
        return form


class AiogramBotApi:
    """``BotApi`` on an aiogram ``Bot``: one effect, one Bot API call."""

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
                    entities=_entities(effect.entities),
                    reply_parameters=_reply_to(effect.reply_to_message_id),
                    reply_markup=_keyboard(effect.reply_markup),
                )
                return [message.message_id]
            case CopyMessage():
                # Without a caption aiogram omits both fields, and Telegram keeps the original caption.
                captioned = effect.caption is not None
                copied = await bot.copy_message(
                    chat_id=effect.chat_id,
                    from_chat_id=effect.from_chat_id,
                    message_id=effect.message_id,
                    caption=effect.caption,
                    caption_entities=_entities(effect.caption_entities) if captioned else None,
                    reply_parameters=_reply_to(effect.reply_to_message_id),
                    reply_markup=_keyboard(effect.reply_markup),
                )
                return [copied.message_id]
            case CopyMessages():
                ids = await bot.copy_messages(
                    chat_id=effect.chat_id,
                    from_chat_id=effect.from_chat_id,
                    message_ids=list(effect.message_ids),
                )
                return [copied.message_id for copied in ids]
            case SendMediaGroup():
                messages = await bot.send_media_group(
                    chat_id=effect.chat_id,
                    media=[_MEDIA.validate_python(item) for item in effect.media],
                    reply_parameters=_reply_to(effect.reply_to_message_id),
                )
                return [message.message_id for message in messages]
            case SendPhoto():
                photo = await bot.send_photo(
                    chat_id=effect.chat_id,
                    photo=BufferedInputFile(effect.png, filename=effect.filename),
                    caption=effect.caption,
                )
                return [photo.message_id]
            case EditMessageText():
                edited = await bot.edit_message_text(
                    chat_id=effect.chat_id,
                    message_id=effect.message_id,
                    text=effect.text,
                    entities=_entities(effect.entities),
                    reply_markup=_keyboard(effect.reply_markup),
                )
                # True (not a Message) is only returned for inline messages; keep the id we edited.
                return [effect.message_id if isinstance(edited, bool) else edited.message_id]
            case AnswerCallbackQuery():
                await bot.answer_callback_query(
                    callback_query_id=effect.callback_query_id,
                    text=effect.text,
                    show_alert=effect.show_alert,
                )
                return []
            case SetMyCommands():
                await bot.set_my_commands(
                    commands=[BotCommand(command=name, description=text) for name, text in effect.commands],
                    scope=_SCOPE.validate_python(effect.scope),
                    language_code=effect.language_code,
                )
                return []


async def translating_errors(call: Awaitable[T]) -> T:
    """Awaits an aiogram call, raising ``handlers.core.ports`` errors instead of aiogram's."""
    try:
        return await call
    except (TelegramUnauthorizedError, TelegramConflictError):
        raise  # a wrong token or a second poller: configuration errors, fatal as they are
    except (TelegramAPIError, ClientDecodeError) as error:
        raise _port_error(error) from error


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


def _entities(entities: tuple[Json, ...]) -> list[MessageEntity] | None:
    return [MessageEntity.model_validate(entity) for entity in entities] or None


def _reply_to(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    # The replied-to message may have been deleted meanwhile; sending matters more than threading.
    return ReplyParameters(message_id=message_id, allow_sending_without_reply=True)


def _keyboard(markup: Json | None) -> InlineKeyboardMarkup | None:
    return None if markup is None else InlineKeyboardMarkup.model_validate(markup)


def update_json(update: Update) -> Json:
    """The Bot API JSON of an aiogram Update. ``exclude_unset`` keeps exactly the fields Telegram sent
    (and skips aiogram's ``Default`` placeholders, which cannot be serialised)."""
    return update.model_dump(mode="json", exclude_unset=True, by_alias=True)


class RawGetUpdates(TelegramMethod[list[dict[str, Any]]]):
    """getUpdates answering plain JSON: aiogram's own would validate every update into its models, and
    one it cannot validate fails the whole batch (and every later one: the offset cannot pass it)."""

    __returning__ = list[dict[str, Any]]
    __api_method__ = "getUpdates"

    offset: int | None = None
    limit: int | None = None
    timeout: int | None = None
    allowed_updates: list[str] | None = None


class AiogramRuntime:
    """The ``Runtime`` on aiogram."""

    # Pauses between getMe attempts in ``open`` when Telegram is unreachable; then it gives up.
    open_retry_delays: tuple[float, ...] = (1, 2, 4, 8)

    def __init__(self, token: str, api_url: str, request_timeout: float = 10.0) -> None:
        # request_timeout bounds every call (aiogram's default is 60 s); getUpdates gets the long-poll
        # timeout on top.
        session = EmptyStringKeepingSession(api=TelegramAPIServer.from_base(api_url), timeout=request_timeout)
        self._bot = Bot(token, session=session)
        self.api = AiogramBotApi(self._bot)

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
        method = RawGetUpdates(
            offset=offset, limit=limit, timeout=poll_timeout, allowed_updates=list(ALLOWED_UPDATES)
        )
        # The HTTP request must outlast the long poll it waits on.
        request_timeout = int(self._bot.session.timeout) + poll_timeout
        return await translating_errors(self._bot(method, request_timeout=request_timeout))

    async def close(self) -> None:
        await self._bot.session.close()
