"""The relay as the core sees it (``RELAY``, handed over by the composition root): its entry points,
the timers it sets (an album complete: ``flush``; one hint per stray seller album) and the header
button under stickers, locations and the like (who the buyer is)."""

from __future__ import annotations

import itertools
from typing import Any

from handlers.core.buttons import answer, number
from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.events import CallbackPress
from handlers.core.moments import shop_day
from handlers.core.people import buyer_name
from handlers.core.registry import Feature, Relay
from handlers.core.replies import say
from handlers.relay.buyer import handle_buyer_message, relay_to_sellers
from handlers.relay.seller import deliver_answer, handle_seller_message, refresh_profile
from storage.models import Message


async def flush(key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    return await _flush(int(key.removeprefix("chat:")), payload.get("side", "buyer"), ctx)


async def seller_hint(key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    seller = await ctx.repo.seller(int(payload["seller"]))
    return [say(ctx, seller, "seller-hint-reply")] if seller else []


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


async def buyer_card(press: CallbackPress, ctx: Context) -> list[Effect]:
    """The header button under stickers, locations and the like: who the buyer is."""
    seller = await ctx.repo.seller(press.sender.id)
    _, _, value = press.data.partition(":")
    buyer_id = number(value)
    if seller is not None and buyer_id is not None:
        buyer = await ctx.repo.buyer_by_id(buyer_id)
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


RELAY = Relay(
    buyer_message=handle_buyer_message,
    seller_message=handle_seller_message,
    seller_seen=refresh_profile,
    declares=Feature(
        "relay",
        buttons={"buyer": buyer_card},
        timers={"flush": flush, "seller-hint": seller_hint},
    ),
)
