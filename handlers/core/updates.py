"""Bot API update JSON → core events.

Framework-free on purpose: each runtime adapter dumps its framework's Update object back to Bot API
JSON and calls ``event_from_update``, so both adapters produce equal events by construction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from handlers.core.events import CallbackPress, Content, Event, IncomingMessage, User

Json = dict[str, Any]

# Media carrying a file, in priority order: a message with an animation also carries a `document`
# (for old clients), and the animation is what was sent.
_FILE_KINDS = ("photo", "animation", "video", "document", "audio", "voice", "video_note", "sticker")
# Structured content kept as JSON; a venue message also carries its `location`, and the venue wins.
_STRUCTURED_KINDS = ("venue", "location", "contact")
# Content the relay cannot carry, named so the core can tell the buyer what was not delivered.
_UNSUPPORTED_KINDS = (
    "poll",
    "dice",
    "game",
    "invoice",
    "story",
    "paid_media",
    "giveaway",
    "giveaway_winners",
    "giveaway_created",
    "giveaway_completed",
    "checklist",
    "live_photo",
    "successful_payment",
    "refunded_payment",
    "gift",
    "unique_gift",
    "users_shared",
    "chat_shared",
    "write_access_allowed",
    "web_app_data",
    "pinned_message",
    "new_chat_members",
    "left_chat_member",
    "new_chat_title",
    "new_chat_photo",
    "message_auto_delete_timer_changed",
    "migrate_to_chat_id",
    "migrate_from_chat_id",
)


def event_from_update(data: Json) -> Event | None:
    """The core event for one Bot API Update, or None for updates the core does not handle."""
    update_id = data["update_id"]
    if message := data.get("message"):
        return _incoming_message(update_id, message, edited=False)
    if message := data.get("edited_message"):
        return _incoming_message(update_id, message, edited=True)
    if query := data.get("callback_query"):
        return _callback_press(update_id, query)
    return None


def _incoming_message(update_id: int, message: Json, *, edited: bool) -> IncomingMessage | None:
    sender = message.get("from")
    if sender is None:  # channel posts and anonymous group admins: nobody to answer
        return None
    # An edit is dated when it was made, so ordering and idle timers see the edit, not the original.
    timestamp = message.get("edit_date") if edited else None
    reply_to = message.get("reply_to_message")
    return IncomingMessage(
        update_id=update_id,
        chat_id=message["chat"]["id"],
        chat_type=message["chat"]["type"],
        message_id=message["message_id"],
        sender=_user(sender),
        date=datetime.fromtimestamp(timestamp or message["date"], tz=UTC),
        content=_content(message),
        reply_to_message_id=reply_to["message_id"] if reply_to else None,
        edited=edited,
    )


def _callback_press(update_id: int, query: Json) -> CallbackPress:
    # `message` is missing for presses on inline-mode messages; it may be an InaccessibleMessage
    # (date 0) for old ones, which still names the chat and message.
    message = query.get("message")
    return CallbackPress(
        update_id=update_id,
        callback_id=query["id"],
        sender=_user(query["from"]),
        chat_id=message["chat"]["id"] if message else None,
        message_id=message["message_id"] if message else None,
        data=query.get("data", ""),
    )


def _user(data: Json) -> User:
    return User(
        id=data["id"],
        first_name=data.get("first_name", ""),
        last_name=data.get("last_name"),
        username=data.get("username"),
        language_code=data.get("language_code"),
        is_bot=data.get("is_bot", False),
    )


def _content(message: Json) -> Content:
    group = message.get("media_group_id")
    if _present(message, "text"):
        return Content("text", text=message["text"], entities=_entities(message, "entities"))
    caption = message.get("caption")
    caption_entities = _entities(message, "caption_entities")
    for kind in _FILE_KINDS:
        if _present(message, kind):
            return Content(
                kind,
                text=caption,
                entities=caption_entities,
                file_id=_file_id(kind, message[kind]),
                media_group_id=group,
            )
    for kind in (*_STRUCTURED_KINDS, *_UNSUPPORTED_KINDS):
        if _present(message, kind):
            value = message[kind]
            extra = value if isinstance(value, dict) else {kind: value}
            return Content(kind, text=caption, entities=caption_entities, media_group_id=group, extra=extra)
    return Content("unknown", text=caption, entities=caption_entities, media_group_id=group)


def _present(message: Json, key: str) -> bool:
    # Framework dumps may spell absent flags as False (PTB does for service-message booleans).
    value = message.get(key)
    return value is not None and value is not False


def _entities(message: Json, key: str) -> tuple[Json, ...]:
    return tuple(message.get(key) or ())


def _file_id(kind: str, value: Any) -> str:
    if kind == "photo":  # several sizes of one picture: relay the largest
        value = max(value, key=lambda size: size.get("width", 0) * size.get("height", 0))
    file_id: str = value["file_id"]
    return file_id
