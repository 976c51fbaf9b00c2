"""Events: what the runtime adapters hand to the core.

Plain frozen dataclasses, built by ``bot/aiogram_runtime.py`` and ``bot/ptb_runtime.py`` from a
framework's update object. They carry only what the core needs, in Telegram's own JSON vocabulary
(entities stay as Bot API dicts) so the core never needs a framework type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Kinds of message content the relay can carry, named as the Bot API's Message fields.
RELAYABLE_KINDS = frozenset(
    {
        "text",
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
    }
)
# Kinds that take a caption (and so can carry the relay header in one call).
CAPTIONED_KINDS = frozenset({"photo", "video", "animation", "document", "audio", "voice"})
# Kinds that can be part of an album (sendMediaGroup).
ALBUM_KINDS = frozenset({"photo", "video", "document", "audio"})


@dataclass(frozen=True, slots=True)
class User:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() if self.last_name else self.first_name


@dataclass(frozen=True, slots=True)
class Content:
    """What a message carries. ``kind`` is a RELAYABLE_KINDS member, or the Bot API field name of an
    unsupported kind (``poll``, ``dice``, ``game``, ...), or ``unknown``."""

    kind: str
    text: str | None = None  # the text, or the caption of media
    entities: tuple[dict[str, Any], ...] = ()  # Bot API MessageEntity dicts (text or caption entities)
    file_id: str | None = None  # for media: the largest photo size, or the file
    media_group_id: str | None = None
    # Location/venue/contact and other structured content, as Bot API JSON, kept for the record.
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def relayable(self) -> bool:
        return self.kind in RELAYABLE_KINDS


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """A new or edited message in a chat with the bot."""

    update_id: int
    chat_id: int
    chat_type: str  # private, group, supergroup, channel
    message_id: int
    sender: User
    date: datetime
    content: Content
    reply_to_message_id: int | None = None
    edited: bool = False

    @property
    def private(self) -> bool:
        return self.chat_type == "private"

    @property
    def command(self) -> tuple[str, str] | None:
        """``("start", "payload")`` for ``/start payload`` or ``/start@bot payload``; None if no command."""
        text = self.content.text if self.content.kind == "text" else None
        if not text or not text.startswith("/"):
            return None
        head, *rest = text.split(None, 1)  # the command ends at a space or a line break
        name = head[1:].split("@", 1)[0].lower()
        if not name:
            return None
        return name, (rest[0].strip() if rest else "")


@dataclass(frozen=True, slots=True)
class CallbackPress:
    """A press on an inline keyboard button."""

    update_id: int
    callback_id: str
    sender: User
    chat_id: int | None
    message_id: int | None
    data: str


@dataclass(frozen=True, slots=True)
class Tick:
    """Time passed: the scheduler asks the core to run due work. Not from Telegram."""

    now: datetime


Event = IncomingMessage | CallbackPress
