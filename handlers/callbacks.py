"""Inline button presses."""

from __future__ import annotations

from handlers.context import Context
from handlers.effects import AnswerCallbackQuery, Effect, Outgoing
from handlers.events import CallbackPress
from handlers.headers import buyer_name


async def handle_press(press: CallbackPress, ctx: Context) -> list[Effect]:
    seller = await ctx.repo.seller(press.sender.id)
    kind, _, value = press.data.partition(":")
    if seller is not None and kind == "buyer" and value.isdigit():
        buyer = await ctx.repo.buyer_by_id(int(value))
        if buyer is not None:
            card = ctx.t(
                seller.language,
                "seller-buyer-card",
                name=buyer_name(buyer),
                username=f"@{buyer.username}" if buyer.username else "—",
                number=str(buyer.id),
                language=ctx.t.language_name(buyer.language, seller.language),
                since=buyer.created_at.date().isoformat(),
                reachable="no" if buyer.unreachable_at else "yes",
            )
            return [Outgoing(AnswerCallbackQuery(press.callback_id, card[:200], show_alert=True))]
    # Always answer, or the button keeps spinning in the user's app.
    return [Outgoing(AnswerCallbackQuery(press.callback_id))]
