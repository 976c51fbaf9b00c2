"""Automatic answers to buyers while the shop is away (vacation, outside business hours).

Called for every relayed buyer message, after it is stored. Returns None when no automatic answer
applies (the buyer then gets the usual acknowledgement if the conversation is new), or the effects of
the automatic answer (which then replaces the acknowledgement).
"""

from __future__ import annotations

from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.features.hours import away_reply
from handlers.features.vacation import current_vacation, vacation_reply
from storage.models import Buyer, Conversation


async def auto_responses(buyer: Buyer, conversation: Conversation, ctx: Context) -> list[Effect] | None:
    vacation = await current_vacation(ctx)
    if vacation is not None:
        # Vacation wins over business hours. A buyer who had its reply already gets nothing more: the
        # acknowledgement's "answers within a day" would not be true during a vacation.
        return await vacation_reply(vacation, buyer, ctx)
    # An away reply from before the latest vacation is stale: the buyer may have heard "on vacation
    # until 15:00" since, and tonight must learn when the shop opens (not be left without an answer).
    return await away_reply(buyer, conversation, ctx, not_before=await ctx.repo.latest_vacation_end(ctx.now))
