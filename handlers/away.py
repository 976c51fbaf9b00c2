"""Automatic answers to buyers while the shop is away (vacation, outside business hours).

Called for every relayed buyer message, after it is stored. Returns None when no automatic answer
applies (the buyer then gets the usual acknowledgement if the conversation is new), or the effects of
the automatic answer (which then replaces the acknowledgement).
"""

from __future__ import annotations

from handlers.context import Context
from handlers.effects import Effect
from storage.models import Buyer, Conversation


async def auto_responses(buyer: Buyer, conversation: Conversation, ctx: Context) -> list[Effect] | None:
    del buyer, conversation, ctx  # vacation and business hours (seller toolkit issue) hook in here
    return None
