"""Building blocks shared by the methods that put messages into chats."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .chats import as_reply_target
from .errors import bad_request, forbidden
from .formatting import parse_formatted, utf16_len
from .params import Params
from .state import ApiState

Json = dict[str, Any]

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA_BYTES = 64
CAPTIONED_KINDS = ("photo", "video", "animation", "document", "audio", "voice")


def target_chat(state: ApiState, params: Params) -> Json:
    """The chat a send goes to; 403 when its user blocked the bot, as Telegram answers."""
    chat = state.chats.chat(params.get("chat_id"))
    if chat["type"] == "private" and chat["id"] in state.blocked_by:
        raise forbidden("bot was blocked by the user")
    return chat


def _formatted(values: Mapping[str, Any], key: str, entities_key: str) -> tuple[str, list[Json]]:
    text = values.get(key) or ""
    entities = values.get(entities_key)
    if entities:  # explicit entities win over parse_mode, as in the Bot API
        return text, list(entities)
    return parse_formatted(text, values.get("parse_mode"))


def text_content(values: Mapping[str, Any]) -> Json:
    text, entities = _formatted(values, "text", "entities")
    if not text.strip():
        raise bad_request("message text is empty")
    if utf16_len(text) > MAX_TEXT:
        raise bad_request("message is too long")
    content: Json = {"text": text}
    if entities:
        content["entities"] = entities
    if values.get("link_preview_options"):
        content["link_preview_options"] = values["link_preview_options"]
    return content


def caption_content(values: Mapping[str, Any]) -> Json:
    """`caption`/`caption_entities` as stored; empty when there is no caption."""
    caption, entities = _formatted(values, "caption", "caption_entities")
    if utf16_len(caption) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    content: Json = {}
    if caption:
        content["caption"] = caption
        if entities:
            content["caption_entities"] = entities
        if values.get("show_caption_above_media"):
            content["show_caption_above_media"] = True
    return content


def inline_markup(params: Params) -> Json | None:
    """The inline keyboard a message will show (other keyboards are not part of a Message)."""
    markup = params.get("reply_markup")
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return None
    for row in markup["inline_keyboard"]:
        for button in row:
            if len(button.get("callback_data", "").encode()) > MAX_CALLBACK_DATA_BYTES:
                raise bad_request("BUTTON_DATA_INVALID")
    return markup


def reply_fields(state: ApiState, chat: Json, params: Params) -> Json:
    """`reply_to_message` (same chat) or `external_reply` (another chat) for a new message."""
    reply = params.get("reply_parameters") or {}
    if not reply and params.get("reply_to_message_id"):
        reply = {
            "message_id": params["reply_to_message_id"],
            "allow_sending_without_reply": params.get("allow_sending_without_reply", False),
        }
    if not reply:
        return {}
    source_chat = state.chats.chat(reply["chat_id"]) if reply.get("chat_id") else chat
    target = state.chats.message(source_chat["id"], reply.get("message_id", 0))
    if target is None:
        if reply.get("allow_sending_without_reply"):
            return {}
        raise bad_request("message to be replied not found")
    if source_chat["id"] == chat["id"]:
        return {"reply_to_message": as_reply_target(target)}
    return {
        "external_reply": {
            "origin": forward_origin(target),
            "chat": source_chat,
            "message_id": target["message_id"],
        }
    }


def forward_origin(message: Json) -> Json:
    if "forward_origin" in message:
        return copy.deepcopy(message["forward_origin"])
    if message["chat"]["type"] == "channel":
        return {
            "type": "channel",
            "chat": message["chat"],
            "message_id": message["message_id"],
            "date": message["date"],
        }
    return {"type": "user", "sender_user": message["from"], "date": message["date"]}


def deliver(state: ApiState, chat: Json, params: Params, content: Json, **extra: Any) -> Json:
    """Store a message from the bot in `chat` and return it as the Bot API would."""
    message = state.chats.store_from_bot(
        chat,
        state.bot,
        content,
        **reply_fields(state, chat, params),
        reply_markup=inline_markup(params),
        has_protected_content=True if params.get("protect_content") else None,
        **extra,
    )
    state.notifier.notify()
    return copy.deepcopy(message)
