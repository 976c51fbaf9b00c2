"""What the bot put into a chat, as the harness's fake Telegram recorded it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from handlers.core.effects import AnswerCallbackQuery, BotEffect, EditMessageText, SendMessage, SetMyCommands
from storage.models import Message, MessageCopy
from tests.support.harness import Harness


def sent(shop: Harness, chat_id: int) -> list[SendMessage]:
    """The text messages the bot sent into ``chat_id``."""
    return [c for c in shop.api.to(chat_id) if isinstance(c, SendMessage)]


def texts(shop: Harness, chat_id: int) -> list[str]:
    """The texts of the messages the bot sent into ``chat_id`` (edits not included)."""
    return [c.text for c in sent(shop, chat_id)]


def last_text(shop: Harness, chat_id: int) -> str:
    return texts(shop, chat_id)[-1]


def shown(shop: Harness, chat_id: int) -> list[str]:
    """Texts the bot sent into ``chat_id`` or edited messages there to, in order."""
    return [c.text for c in shop.api.to(chat_id) if isinstance(c, SendMessage | EditMessageText)]


def last_shown(shop: Harness, chat_id: int) -> str:
    return shown(shop, chat_id)[-1]


def edits(shop: Harness, chat_id: int) -> list[EditMessageText]:
    return [c for c in shop.api.to(chat_id) if isinstance(c, EditMessageText)]


def answers(shop: Harness) -> list[AnswerCallbackQuery]:
    """The bot's answers to button presses."""
    return [c for c in shop.api.calls if isinstance(c, AnswerCallbackQuery)]


def buttons(message: BotEffect) -> list[tuple[str, str]]:
    """(label, callback data) of each inline button under ``message``."""
    markup: Any = getattr(message, "reply_markup", None) or {"inline_keyboard": []}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


def button_data(message: BotEffect) -> list[str]:
    """The callback data of each inline button under ``message``."""
    return [data for _, data in buttons(message)]


async def copy_of(shop: Harness, text: str, chat_id: int) -> int:
    """The Telegram id of the bot's copy of the message ``text`` in ``chat_id`` (to reply to it)."""
    async with shop.sessions() as s:
        found = await s.execute(
            select(MessageCopy.telegram_message_id)
            .join(Message, Message.id == MessageCopy.message_id)
            .where(Message.text == text, MessageCopy.chat_id == chat_id)
        )
    return found.scalars().one()


def menus_for(shop: Harness, chat_id: int) -> list[SetMyCommands]:
    """The command menus the bot set for ``chat_id``."""
    return [c for c in shop.api.calls if isinstance(c, SetMyCommands) and c.scope.get("chat_id") == chat_id]


def sent_id(shop: Harness, chat_id: int, index: int = -1) -> int:
    """The Telegram id of the bot's ``index``-th message in ``chat_id`` (0: its first, -1: its latest),
    as Telegram numbered it, to reply to it or press its buttons."""
    return shop.api.message_ids(chat_id)[index]
