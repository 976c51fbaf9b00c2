"""Inline button presses."""

from __future__ import annotations

import re

from handlers.core.context import Context
from handlers.core.effects import AnswerCallbackQuery, EditMessageText, Effect, Outgoing, SendMessage
from handlers.core.events import CallbackPress

# An id or a number in callback data: ASCII digits, no sign, no leading zero, within a database
# integer. ``str.isdigit`` is not enough: it takes "²" (which ``int`` refuses) and 60-digit numbers
# (which overflow the query), so a forged press would fail its update instead of being ignored.
_NUMBER = re.compile(r"[1-9][0-9]{0,9}")
_NUMBER_MAX = 2**31 - 1


def number(value: str) -> int | None:
    """``value`` as a positive id, or None when it is not one this bot could have written."""
    if _NUMBER.fullmatch(value) is None or int(value) > _NUMBER_MAX:
        return None
    return int(value)


def own_chat(press: CallbackPress) -> bool:
    """The pressed message is in the presser's own private chat (a private chat's id is the user's).
    Every button this bot makes is in a private chat, so a press naming another chat — a group, a
    channel, someone else's conversation — or no message at all (inline mode, which the bot does not
    use) is not one of ours: acting on it would edit or answer a message that is not the presser's."""
    return press.chat_id is not None and press.chat_id == press.sender.id


async def handle_press(press: CallbackPress, ctx: Context) -> list[Effect]:
    """Route a press by the prefix of its data (``prefix:...``) to the feature that made the button.
    A press on a message outside the presser's own chat is answered (the button stops spinning) and
    changes nothing; each feature checks the rest of its data and answers malformed data plainly."""
    handler = ctx.features.buttons().get(press.data.partition(":")[0])
    if handler is not None and own_chat(press):
        return await handler(press, ctx)
    return [answer(press)]


def answer(press: CallbackPress, text: str | None = None, alert: bool = False) -> Outgoing:
    """Every press must be answered, or the button keeps spinning in the user's app."""
    return Outgoing(AnswerCallbackQuery(press.callback_id, text, show_alert=alert))


def replace_message(press: CallbackPress, text: str) -> Outgoing:
    """The message under which the button was pressed now says ``text``, without buttons (none left to
    press twice). A message too old to know (no chat given) gets a new message instead."""
    if press.chat_id is None or press.message_id is None:
        return Outgoing(SendMessage(press.sender.id, text))
    return Outgoing(EditMessageText(press.chat_id, press.message_id, text))
