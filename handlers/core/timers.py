"""Core work that comes due: albums complete (``flush``), one hint per stray seller album, and what
feature modules declare in ``TIMERS`` (vacation ends, follow-ups, reminders, nudges)."""

from __future__ import annotations

import itertools
import logging
from typing import Any

from handlers.core import dead_letters, registry
from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.replies import say
from handlers.relay.buyer import relay_to_sellers
from handlers.relay.seller import deliver_answer
from storage.models import Message

log = logging.getLogger(__name__)


async def run_timer(kind: str, key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    if kind == "flush":
        return await _flush(int(key.removeprefix("chat:")), payload.get("side", "buyer"), ctx)
    if kind == "seller-hint":
        seller = await ctx.repo.seller(int(payload["seller"]))
        return [say(ctx, seller, "seller-hint-reply")] if seller else []
    if kind == dead_letters.DIGEST:
        return await dead_letters.digest(key, payload, ctx)
    handler = registry.timers().get(kind)
    if handler is not None:
        return await handler(key, payload, ctx)
    log.warning("unknown timer kind %r (key %r): dropped", kind, key)
    return []


async def _flush(chat_id: int, side: str, ctx: Context) -> list[Effect]:
    """Send what a chat held back, in order, each album as one album."""
    pending = await ctx.repo.pending_messages(chat_id)
    effects: list[Effect] = []
    for group in _albums(pending):
        buyer = await ctx.repo.buyer(group[0].buyer_id)
        if side == "seller":
            seller = await ctx.repo.seller(chat_id)
            if seller is not None:
                effects += await deliver_answer(group, seller, buyer, ctx)
        else:
            effects += await relay_to_sellers(group, buyer, ctx)
    await ctx.repo.set_status([m.id for m in pending], "relayed")
    return effects


def _albums(messages: list[Message]) -> list[list[Message]]:
    """Consecutive parts of one media group together; every other message alone."""
    groups: list[list[Message]] = []
    for key, run in itertools.groupby(messages, key=lambda m: m.media_group_id or f"single:{m.id}"):
        del key
        groups.append(list(run))
    return groups
