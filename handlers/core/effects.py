"""Effects: what the core asks the outside world to do.

Bot API effects are named and shaped after the Bot API methods they stand for, with Bot API JSON for
nested objects (entities, reply markup, input media, command scopes), so each runtime adapter maps an
effect onto one call of its framework without deciding anything. They are stored in the outbox as JSON
(``to_json``/``from_json``) and executed later, so a restart or a retry loses nothing.
"""

from __future__ import annotations

import base64
import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class SendMessage:
    method: ClassVar[str] = "sendMessage"
    chat_id: int
    text: str
    entities: tuple[Json, ...] = ()
    reply_to_message_id: int | None = None
    reply_markup: Json | None = None  # InlineKeyboardMarkup as Bot API JSON


@dataclass(frozen=True, slots=True)
class CopyMessage:
    """copyMessage hides the origin (forwardMessage would reveal it). ``caption`` None keeps the original
    caption; a string replaces it (with ``caption_entities``)."""

    method: ClassVar[str] = "copyMessage"
    chat_id: int
    from_chat_id: int
    message_id: int
    caption: str | None = None
    caption_entities: tuple[Json, ...] = ()
    reply_to_message_id: int | None = None
    reply_markup: Json | None = None


@dataclass(frozen=True, slots=True)
class CopyMessages:
    """Copies several messages at once; Telegram keeps album grouping."""

    method: ClassVar[str] = "copyMessages"
    chat_id: int
    from_chat_id: int
    message_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SendMediaGroup:
    """An album. ``media`` items are Bot API InputMedia JSON: {type, media (a file_id), caption?,
    caption_entities?}."""

    method: ClassVar[str] = "sendMediaGroup"
    chat_id: int
    media: tuple[Json, ...]
    reply_to_message_id: int | None = None


@dataclass(frozen=True, slots=True)
class SendPhoto:
    """A photo we made (a chart): ``png`` is the file's bytes, base64 so the effect stays JSON."""

    method: ClassVar[str] = "sendPhoto"
    chat_id: int
    png_base64: str
    filename: str = "chart.png"
    caption: str | None = None

    @property
    def png(self) -> bytes:
        return base64.b64decode(self.png_base64)


@dataclass(frozen=True, slots=True)
class EditMessageText:
    method: ClassVar[str] = "editMessageText"
    chat_id: int
    message_id: int
    text: str
    entities: tuple[Json, ...] = ()
    reply_markup: Json | None = None


@dataclass(frozen=True, slots=True)
class AnswerCallbackQuery:
    method: ClassVar[str] = "answerCallbackQuery"
    callback_query_id: str
    text: str | None = None
    show_alert: bool = False

    @property
    def chat_id(self) -> int:  # callback answers are not bound to a chat's ordering
        return 0


@dataclass(frozen=True, slots=True)
class SetMyCommands:
    method: ClassVar[str] = "setMyCommands"
    commands: tuple[tuple[str, str], ...]  # (command, description)
    scope: Json = field(default_factory=lambda: {"type": "default"})  # BotCommandScope JSON
    language_code: str | None = None

    @property
    def chat_id(self) -> int:
        # A chat's menu queues behind that chat's earlier menus: the newest language is the one left.
        return int(self.scope.get("chat_id") or 0) if self.scope.get("type") == "chat" else 0


BotEffect = (
    SendMessage
    | CopyMessage
    | CopyMessages
    | SendMediaGroup
    | SendPhoto
    | EditMessageText
    | AnswerCallbackQuery
    | SetMyCommands
)

_BY_METHOD: dict[str, type] = {
    cls.method: cls
    for cls in (
        SendMessage,
        CopyMessage,
        CopyMessages,
        SendMediaGroup,
        SendPhoto,
        EditMessageText,
        AnswerCallbackQuery,
        SetMyCommands,
    )
}


def to_json(effect: BotEffect) -> Json:
    data = {f.name: getattr(effect, f.name) for f in dataclasses.fields(effect)}
    return {"method": effect.method, **data}


def from_json(data: Json) -> BotEffect:
    data = dict(data)
    cls = _BY_METHOD[data.pop("method")]
    kwargs: Json = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if isinstance(value, list):  # JSON has no tuples; our fields do
            value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        kwargs[f.name] = value
    return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A Bot API effect and what to remember about it once Telegram has accepted it.

    ``message_ids``: our stored message(s) this call carries; the Telegram message ids it produces are
    recorded as copies of them (one each, in order, for an album; all of them for one message split in
    parts), so a reply to any of them finds the conversation.
    ``role``: why we sent it (relay, header, note, delivery, service) — kept with the copy.
    ``reply_to_previous``: reply to the first message the previous Outgoing of the same batch produced
    (used to hang media under a separate header); the outbox fills the id in at send time.
    ``context``: what the core needs to know when the call went out or failed for good (which seller
    to tell, which nudge recipient it was).
    ``at_most_once``: never send it again once a send may have started (promotions): a send cut off by
    a crash counts as failed instead of being retried, so nobody gets the same offer twice.
    ``secret``: it carries something that must not stay at rest (a working invite link): once the row
    is sent or given up on, its stored text is replaced by ``scrubbed``'s.
    """

    effect: BotEffect
    message_ids: tuple[int, ...] = ()
    role: str = "service"
    reply_to_previous: bool = False
    context: Json | None = None
    # 0: conversation traffic. BULK: mass sends (nudges), which go after it and are paced harder.
    priority: int = 0
    at_most_once: bool = False
    secret: bool = False


SECRET = "secret"  # the outbox row's context key marking a secret row
SCRUBBED = "[removed after sending: it held a secret]"


def scrubbed(effect: Json) -> Json:
    """A stored effect (``to_json``) with its texts, entities and buttons replaced: still a valid
    effect of the same method and chat, holding nothing secret."""
    out = dict(effect)
    for name in ("text", "caption"):
        if isinstance(out.get(name), str):
            out[name] = SCRUBBED
    for name in ("entities", "caption_entities"):
        if name in out:
            out[name] = []
    if "reply_markup" in out:
        out["reply_markup"] = None
    if "media" in out:
        out["media"] = []
    return out


BULK = 1


@dataclass(frozen=True, slots=True)
class Schedule:
    """Run core work at ``due_at`` (a timer row keyed by ``kind``+``key``; scheduling the same key again
    moves it). Durable: lives in the database, so it survives restarts."""

    kind: str
    key: str
    due_at: datetime
    payload: Json = field(default_factory=dict)


Effect = Outgoing | Schedule
