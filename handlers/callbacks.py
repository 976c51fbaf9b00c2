"""Inline button presses."""

from __future__ import annotations

from handlers import features
from handlers.context import Context
from handlers.effects import AnswerCallbackQuery, EditMessageText, Effect, Outgoing, SendMessage
from handlers.events import CallbackPress
from handlers.headers import buyer_name
from handlers.moments import shop_day


async def handle_press(press: CallbackPress, ctx: Context) -> list[Effect]:
    """Route a press by the prefix of its data (``prefix:...``) to the feature that made the button."""
    handler = features.buttons().get(press.data.partition(":")[0])
    if handler is not None:
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


async def buyer_card(press: CallbackPress, ctx: Context) -> list[Effect]:
    """The header button under stickers, locations and the like: who the buyer is."""
    seller = await ctx.repo.seller(press.sender.id)
    _, _, value = press.data.partition(":")
    if seller is not None and value.isdigit():
        buyer = await ctx.repo.buyer_by_id(int(value))
        if buyer is not None:
            card = ctx.t(
                seller.language,
                "seller-buyer-card",
                # No "@username" part at all without one: a placeholder dash dangled after the name.
                who=f"{buyer_name(buyer)} @{buyer.username}" if buyer.username else buyer_name(buyer),
                number=str(buyer.id),
                language=ctx.t.language_name(buyer.language, seller.language),
                since=await shop_day(ctx, buyer.created_at, seller.language),
                reachable="no" if buyer.unreachable_at else "yes",
            )
            return [answer(press, card[:200], alert=True)]
    return [answer(press)]


BUTTONS = {"buyer": buyer_card}
