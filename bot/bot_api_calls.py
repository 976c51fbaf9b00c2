"""Effects as Bot API calls, the same for every runtime: each effect is one method with Bot API JSON
parameters (and, for a photo we made, one file to upload); the raw JSON result gives the message ids
the ``BotApi`` port returns. A runtime adapter only sends the call through its framework's client.

Framework-free: no aiogram or telegram import here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.runtime import ALLOWED_UPDATES
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


@dataclass(frozen=True, slots=True)
class Upload:
    """A file sent with the call as multipart field ``field`` (the parameter that names the file)."""

    field: str
    content: bytes
    filename: str


@dataclass(frozen=True, slots=True)
class ApiCall:
    """One Bot API call: ``params`` are JSON values (absent ones left out; an empty string is sent)."""

    method: str
    params: Json
    upload: Upload | None = None

    def message_ids(self, result: Any) -> list[int]:
        """The ids of the messages the call created or edited, from its raw JSON result."""
        if isinstance(result, list):  # copyMessages, sendMediaGroup
            return [message["message_id"] for message in result]
        if isinstance(result, dict):  # a Message, or copyMessage's MessageId
            return [result["message_id"]]
        # True: editMessageText answers it only for inline messages; keep the id we edited.
        return [self.params["message_id"]] if self.method == EditMessageText.method else []


def api_call(effect: BotEffect) -> ApiCall:
    """The Bot API call that carries out ``effect``."""
    match effect:
        case SendMessage():
            return _call(
                effect.method,
                chat_id=effect.chat_id,
                text=effect.text,
                entities=list(effect.entities) or None,
                reply_parameters=_reply_to(effect.reply_to_message_id),
                reply_markup=effect.reply_markup,
            )
        case CopyMessage():
            # Without a caption both fields stay out, and Telegram keeps the original caption; an
            # empty one is sent as it is (it removes the caption).
            captioned = effect.caption is not None
            return _call(
                effect.method,
                chat_id=effect.chat_id,
                from_chat_id=effect.from_chat_id,
                message_id=effect.message_id,
                caption=effect.caption,
                caption_entities=(list(effect.caption_entities) or None) if captioned else None,
                reply_parameters=_reply_to(effect.reply_to_message_id),
                reply_markup=effect.reply_markup,
            )
        case CopyMessages():
            return _call(
                effect.method,
                chat_id=effect.chat_id,
                from_chat_id=effect.from_chat_id,
                message_ids=list(effect.message_ids),
            )
        case SendMediaGroup():
            return _call(
                effect.method,
                chat_id=effect.chat_id,
                media=[_present(item) for item in effect.media],
                reply_parameters=_reply_to(effect.reply_to_message_id),
            )
        case SendPhoto():
            params = _present({"chat_id": effect.chat_id, "caption": effect.caption})
            return ApiCall(effect.method, params, Upload("photo", effect.png, effect.filename))
        case EditMessageText():
            return _call(
                effect.method,
                chat_id=effect.chat_id,
                message_id=effect.message_id,
                text=effect.text,
                entities=list(effect.entities) or None,
                reply_markup=effect.reply_markup,
            )
        case AnswerCallbackQuery():
            return _call(
                effect.method,
                callback_query_id=effect.callback_query_id,
                text=effect.text,
                show_alert=effect.show_alert,
            )
        case SetMyCommands():
            return _call(
                effect.method,
                commands=[{"command": name, "description": text} for name, text in effect.commands],
                scope=effect.scope,
                language_code=effect.language_code,
            )


def get_updates(offset: int | None, poll_timeout: int, limit: int) -> ApiCall:
    """getUpdates, sent raw like the rest: a framework's own parses every update into its models, and
    one it cannot parse fails the whole batch (and every later one: the offset cannot pass it)."""
    return _call(
        "getUpdates", offset=offset, timeout=poll_timeout, limit=limit, allowed_updates=list(ALLOWED_UPDATES)
    )


class CallingBotApi:
    """The ``BotApi`` port on a runtime's ``send``, which makes one call and answers its raw JSON result
    (raising ``handlers.core.ports`` errors)."""

    def __init__(self, send: Callable[[ApiCall], Awaitable[Any]]) -> None:
        self._send = send

    async def execute(self, effect: BotEffect) -> list[int]:
        call = api_call(effect)
        return call.message_ids(await self._send(call))


def _call(method: str, **params: Any) -> ApiCall:
    return ApiCall(method, _present(params))


def _present(params: Json) -> Json:
    return {name: value for name, value in params.items() if value is not None}


def _reply_to(message_id: int | None) -> Json | None:
    if message_id is None:
        return None
    # The replied-to message may have been deleted meanwhile; sending matters more than threading.
    return {"message_id": message_id, "allow_sending_without_reply": True}
