"""Blocking buyers: a blocked buyer's messages are stored but reach no seller, and the buyer is told
nothing (handlers/relay/buyer.py holds them back). Sellers block by replying ``/block`` to a buyer's message.
"""

from __future__ import annotations

import re

from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.moments import shop_moment
from handlers.core.people import buyer_name, seller_name
from handlers.core.registry import Feature
from handlers.core.replies import reply, say
from handlers.core.routing import Command, CommandCall
from handlers.features import consent
from handlers.features.blocking import queries
from handlers.relay.messages import buyer_replied_to
from storage.models import Buyer, Seller

BUYER_NUMBER_RE = re.compile(r"^#?(\d{1,9})$")


async def block(call: CommandCall, ctx: Context) -> list[Effect]:
    seller = call.seller
    assert seller is not None
    buyer = await buyer_replied_to(call.event, ctx)
    if buyer is None:
        return [say(ctx, seller, "block-usage")]
    if buyer.blocked_at is not None:
        return [say(ctx, seller, "block-already", **await _blocked_args(buyer, seller.language, ctx))]
    buyer.blocked_at = ctx.now
    buyer.blocked_by = seller.telegram_id
    await consent.withdraw_promotions(buyer, "blocked", ctx)  # coupons still queued for them stay unsent
    # Every seller learns it, so nobody wonders why #N went quiet.
    return await _tell_sellers("block-done", seller, buyer, ctx)


async def unblock(call: CommandCall, ctx: Context) -> list[Effect]:
    seller = call.seller
    assert seller is not None
    words = call.words()
    if words:
        match = BUYER_NUMBER_RE.match(words[0])
        if len(words) != 1 or match is None:
            return [say(ctx, seller, "unblock-usage")]
        buyer = await ctx.repo.buyer_by_id(int(match.group(1)))
        if buyer is None:
            return [say(ctx, seller, "unblock-unknown", number=match.group(1))]
    else:
        buyer = await buyer_replied_to(call.event, ctx)
        if buyer is None:
            return [say(ctx, seller, "unblock-usage")]
    if buyer.blocked_at is None:
        return [say(ctx, seller, "unblock-not-blocked", number=str(buyer.id), name=buyer_name(buyer))]
    buyer.blocked_at = None
    buyer.blocked_by = None
    # What they wrote meanwhile stays stored, not relayed: sellers can ask them to write again.
    return await _tell_sellers("unblock-done", seller, buyer, ctx)


async def blocked(call: CommandCall, ctx: Context) -> list[Effect]:
    locale = call.locale
    buyers = await queries.blocked_buyers(ctx.session)
    if not buyers:
        return [reply(call, ctx.t(locale, "blocked-none"))]
    lines = [ctx.t(locale, "blocked-header", count=len(buyers))]
    lines += [ctx.t(locale, "blocked-line", **await _blocked_args(b, locale, ctx)) for b in buyers]
    lines += ["", ctx.t(locale, "blocked-footer")]
    return [reply(call, "\n".join(lines))]


async def _blocked_args(buyer: Buyer, locale: str, ctx: Context) -> dict[str, object]:
    assert buyer.blocked_at is not None
    by = await ctx.repo.seller_ever(buyer.blocked_by) if buyer.blocked_by is not None else None
    return {
        "number": str(buyer.id),
        "name": buyer_name(buyer),
        "since": await shop_moment(ctx, buyer.blocked_at, locale),
        "seller": seller_name(by) if by is not None else str(buyer.blocked_by or "?"),
    }


async def _tell_sellers(key: str, actor: Seller, buyer: Buyer, ctx: Context) -> list[Effect]:
    args = {"seller": seller_name(actor), "number": str(buyer.id), "name": buyer_name(buyer)}
    return [say(ctx, seller, key, **args) for seller in await ctx.repo.active_sellers()]


COMMANDS = (
    Command("block", "seller", block),
    Command("unblock", "seller", unblock),
    Command("blocked", "seller", blocked),
)
FEATURE = Feature("blocking", commands=COMMANDS)
