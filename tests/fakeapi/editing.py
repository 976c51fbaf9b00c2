"""Methods that change or remove existing messages."""

from __future__ import annotations

import copy
import time
from typing import Any

from .chats import CONTENT_KEYS
from .compose import CAPTIONED_KINDS, caption_content, inline_markup, text_content
from .errors import bad_request
from .params import Params
from .state import ApiState, api_method

Json = dict[str, Any]

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)


def _editable(state: ApiState, params: Params) -> Json:
    if params.get("inline_message_id"):
        raise bad_request("inline messages are not supported by the fake Bot API")
    chat = state.chats.chat(params.get("chat_id"))
    message = state.chats.message(chat["id"], params.required_int("message_id"))
    if message is None:
        raise bad_request("message to edit not found")
    if message["from"]["id"] != state.bot["id"]:
        raise bad_request("message can't be edited")
    return message


def _visible(message: Json) -> Json:
    return {key: message.get(key) for key in (*CONTENT_KEYS, "reply_markup")}


def _apply(state: ApiState, message: Json, params: Params, replace: tuple[str, ...], new: Json) -> Json:
    """Replace the `replace` keys with `new`; an edit without reply_markup drops the keyboard."""
    edited = {key: value for key, value in message.items() if key not in (*replace, "reply_markup")}
    edited.update(new)
    markup = inline_markup(params)
    if markup is not None:
        edited["reply_markup"] = markup
    if _visible(edited) == _visible(message):
        raise bad_request(NOT_MODIFIED)
    edited["edit_date"] = int(time.time())
    message.clear()
    message.update(edited)
    state.notifier.notify()
    return copy.deepcopy(message)


@api_method("editMessageText")
def edit_message_text(state: ApiState, params: Params) -> Json:
    message = _editable(state, params)
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    replace = ("text", "entities", "link_preview_options")
    return _apply(state, message, params, replace, text_content(params))


@api_method("editMessageCaption")
def edit_message_caption(state: ApiState, params: Params) -> Json:
    message = _editable(state, params)
    if not any(kind in message for kind in CAPTIONED_KINDS):
        raise bad_request("there is no caption in the message to edit")
    replace = ("caption", "caption_entities", "show_caption_above_media")
    return _apply(state, message, params, replace, caption_content(params))


@api_method("editMessageReplyMarkup")
def edit_message_reply_markup(state: ApiState, params: Params) -> Json:
    return _apply(state, _editable(state, params), params, (), {})


@api_method("deleteMessage")
def delete_message(state: ApiState, params: Params) -> bool:
    chat = state.chats.chat(params.get("chat_id"))
    if not state.chats.delete(chat["id"], params.required_int("message_id")):
        raise bad_request("message to delete not found")
    state.notifier.notify()
    return True


@api_method("deleteMessages")
def delete_messages(state: ApiState, params: Params) -> bool:
    chat = state.chats.chat(params.get("chat_id"))
    for message_id in params.required("message_ids"):
        state.chats.delete(chat["id"], message_id)
    state.notifier.notify()
    return True
