"""Chats and their messages, as Telegram's servers would hold them for one bot."""

from __future__ import annotations

import copy
import itertools
import time
from typing import Any

from .errors import bad_request

Json = dict[str, Any]

# Everything a copy carries over; sender, chat, ids, dates, replies and keyboards are not content.
CONTENT_KEYS = (
    "text",
    "entities",
    "link_preview_options",
    "photo",
    "video",
    "animation",
    "document",
    "audio",
    "voice",
    "video_note",
    "sticker",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
    "caption",
    "caption_entities",
    "show_caption_above_media",
    "has_media_spoiler",
)


def content_of(message: Json) -> Json:
    return {key: copy.deepcopy(message[key]) for key in CONTENT_KEYS if key in message}


def as_reply_target(message: Json) -> Json:
    """The `reply_to_message` Telegram embeds: the message itself, minus its own reply."""
    target = copy.deepcopy(message)
    target.pop("reply_to_message", None)
    return target


def private_chat(user: Json) -> Json:
    chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    chat.update({key: user[key] for key in ("last_name", "username") if user.get(key)})
    return chat


class ChatStore:
    def __init__(self) -> None:
        self._chats: dict[int, Json] = {}
        self._messages: dict[int, dict[int, Json]] = {}
        self._deleted: dict[int, dict[int, Json]] = {}
        self._last_message_id: dict[int, int] = {}
        self._bot_sent: list[tuple[int, int]] = []
        self._media_groups = itertools.count(13_000_000_000_000_001)

    def add_chat(self, chat: Json) -> Json:
        self._chats.setdefault(chat["id"], chat)
        self._messages.setdefault(chat["id"], {})
        self._deleted.setdefault(chat["id"], {})
        return self._chats[chat["id"]]

    def chat(self, chat_id: Any) -> Json:
        """The chat a request names, by id or @username; 400 like Telegram when unknown."""
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            found = [c for c in self._chats.values() if c.get("username") == chat_id[1:]]
            if found:
                return found[0]
        elif isinstance(chat_id, int) and chat_id in self._chats:
            return self._chats[chat_id]
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        raise bad_request("chat not found")

    def new_media_group_id(self) -> str:
        return str(next(self._media_groups))

    def store(self, chat: Json, sender: Json, content: Json, **extra: Any) -> Json:
        """Append a message to `chat` with the next message_id; returns the stored dict."""
        message_id = self._last_message_id.get(chat["id"], 0) + 1
        self._last_message_id[chat["id"]] = message_id
        message = {"message_id": message_id, "from": sender, "chat": chat, "date": int(time.time())}
        message.update(content)
        message.update({key: value for key, value in extra.items() if value is not None})
        self._messages[chat["id"]][message_id] = message
        return message

    def store_from_bot(self, chat: Json, bot: Json, content: Json, **extra: Any) -> Json:
        message = self.store(chat, bot, content, **extra)
        self._bot_sent.append((chat["id"], message["message_id"]))
        return message

    def message(self, chat_id: int, message_id: int) -> Json | None:
        return self._messages.get(chat_id, {}).get(message_id)

    def delete(self, chat_id: int, message_id: int) -> bool:
        message = self._messages.get(chat_id, {}).pop(message_id, None)
        if message is None:
            return False
        self._deleted[chat_id][message_id] = message
        return True

    def messages(self, chat_id: int) -> list[Json]:
        return [copy.deepcopy(m) for _, m in sorted(self._messages.get(chat_id, {}).items())]

    def count_received(self, chat_id: int) -> int:
        """How many of the bot's messages are in `chat_id` now (cheap: no copies)."""
        return sum(
            1
            for sent_chat, message_id in self._bot_sent
            if sent_chat == chat_id and message_id in self._messages[chat_id]
        )

    def received(self, chat_id: int, *, include_deleted: bool = False) -> list[Json]:
        """Current versions of the bot's messages in `chat_id`, in the order they were sent."""
        found = []
        for sent_chat, message_id in self._bot_sent:
            if sent_chat != chat_id:
                continue
            message = self._messages[chat_id].get(message_id)
            if message is None and include_deleted:
                message = self._deleted[chat_id].get(message_id)
            if message is not None:
                found.append(copy.deepcopy(message))
        return found
