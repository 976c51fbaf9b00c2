"""How one stored message travels to another chat: as few Bot API calls as the content allows.

Text: one sendMessage with the header on top (past 4096: parts, each with the header and ``(1/2)``).
Media with a caption: one copyMessage with the header put into the caption (a separate header first
only past 1024). Content with no caption (stickers, video notes, locations, venues, contacts): one
copyMessage with the header on an inline button. Albums: one sendMediaGroup with the header in the
first caption. Always a copy, never a forward: a forward reveals the origin and fails for users who
hide forwards.

A buyer's message in a seller's chat gets the "💬 Saved replies" button under it (a second row under
the header button; under every part of a long text) — except an album: sendMediaGroup cannot carry
buttons.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from handlers.core.effects import CopyMessage, Outgoing, SendMediaGroup, SendMessage
from handlers.core.events import CAPTIONED_KINDS
from handlers.kit.text import CAPTION_LIMIT, TEXT_LIMIT, Rich, plain, split
from handlers.relay.headers import header_button, saved_replies_keyboard
from storage.models import Buyer, Message

PART_MARK_ROOM = " (99/99)\n"  # the widest part mark a text can need


def body_of(message: Message) -> Rich:
    return Rich(message.text or "", tuple(message.entities or ()))


def with_header(header: Rich, body: Rich) -> Rich:
    return header + plain("\n") + body if body.text else header


def text_parts(header: Rich, body: Rich) -> list[Rich]:
    """The header on top of the text; past Telegram's limit, every part has the header with ``(1/2)``,
    ``(2/2)``, so each part says whose it is and that it is one message of several."""
    whole = with_header(header, body)
    if len(whole) <= TEXT_LIMIT:
        return [whole]
    room = TEXT_LIMIT - len(header) - len(PART_MARK_ROOM)
    pieces = split(body, room)
    count = len(pieces)
    return [header + plain(f" ({i}/{count})\n") + piece for i, piece in enumerate(pieces, 1)]


def carry(
    message: Message,
    header: Rich,
    buyer: Buyer,
    to_chat: int,
    *,
    reply_to: int | None,
    role: str,
    context: dict[str, Any] | None = None,
) -> list[Outgoing]:
    """Effects that show ``message`` in ``to_chat`` under ``header``. A buyer's message gets the
    saved-replies button under it (under every part, when it takes several)."""
    ids = (message.id,)
    keyboard = saved_replies_keyboard(header, message.id)
    if message.kind == "text":
        pieces = text_parts(header, body_of(message))
        return [
            Outgoing(
                SendMessage(
                    to_chat,
                    p.text,
                    p.entities,
                    reply_to_message_id=reply_to if i == 0 else None,
                    reply_markup=keyboard,  # on every part: each one can be answered the same way
                ),
                message_ids=ids,
                role=role,
                context=context,
            )
            for i, p in enumerate(pieces)
        ]
    if message.kind not in CAPTIONED_KINDS:
        copy = CopyMessage(
            to_chat,
            message.chat_id,
            message.telegram_message_id,
            reply_to_message_id=reply_to,
            reply_markup=header_button(header, buyer, message.id),
        )
        return [Outgoing(copy, message_ids=ids, role=role, context=context)]
    caption = with_header(header, body_of(message))
    if len(caption) <= CAPTION_LIMIT:
        copy = CopyMessage(
            to_chat,
            message.chat_id,
            message.telegram_message_id,
            caption=caption.text,
            caption_entities=caption.entities,
            reply_to_message_id=reply_to,
            reply_markup=keyboard,
        )
        return [Outgoing(copy, message_ids=ids, role=role, context=context)]
    # The caption is full: the header goes on its own, the media hangs under it.
    copy = CopyMessage(
        to_chat,
        message.chat_id,
        message.telegram_message_id,
        reply_to_message_id=reply_to,
        reply_markup=keyboard,
    )
    return [
        Outgoing(
            SendMessage(to_chat, header.text, header.entities, reply_to_message_id=reply_to),
            message_ids=ids,
            role="header",
            context=context,
        ),
        Outgoing(copy, message_ids=ids, role=role, reply_to_previous=True, context=context),
    ]


def carry_album(
    parts: Sequence[Message],
    header: Rich,
    to_chat: int,
    *,
    reply_to: int | None,
    role: str,
    context: dict[str, Any] | None = None,
) -> list[Outgoing]:
    """Effects that show album ``parts`` in ``to_chat`` as one album under ``header``."""
    media: list[dict[str, Any]] = []
    for part in parts:
        item: dict[str, Any] = {"type": part.kind, "media": part.file_id}
        if part.text:
            item["caption"] = part.text
            if part.entities:
                item["caption_entities"] = list(part.entities)
        media.append(item)
    ids = tuple(p.id for p in parts)
    first_caption = with_header(header, body_of(parts[0]))
    if len(first_caption) <= CAPTION_LIMIT:
        media[0]["caption"] = first_caption.text
        media[0]["caption_entities"] = list(first_caption.entities)
        group = SendMediaGroup(to_chat, tuple(media), reply_to_message_id=reply_to)
        return [Outgoing(group, message_ids=ids, role=role, context=context)]
    return [
        Outgoing(
            SendMessage(to_chat, header.text, header.entities, reply_to_message_id=reply_to),
            message_ids=ids[:1],
            role="header",
            context=context,
        ),
        Outgoing(
            SendMediaGroup(to_chat, tuple(media)),
            message_ids=ids,
            role=role,
            reply_to_previous=True,
            context=context,
        ),
    ]
