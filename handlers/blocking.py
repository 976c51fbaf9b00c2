"""Blocking buyers: a blocked buyer's messages are stored but reach no seller, and the buyer is told
nothing (handlers/buyer.py holds them back). Sellers block by replying ``/block`` to a buyer's message.
"""

from __future__ import annotations

import re

from handlers.basics import reply, say
from handlers.context import Context, NotYet
from handlers.effects import Effect
from handlers.headers import buyer_name, seller_name
from handlers.messages import replied_to
from handlers.routing import Command, CommandCall
from handlers.team import format_moment
from storage.models import Buyer, Seller

BUYER_NUMBER_RE = re.compile(r"^#?(\d{1,9})$")


async def block(call: CommandCall, ctx: Context) -> list[Effect]:
    seller = call.seller
    assert seller is not None
    buyer = await _buyer_replied_to(call, ctx)
    if buyer is None:
        return [say(ctx, seller, "block-usage")]
    if buyer.blocked_at is not None:
        return [say(ctx, seller, "block-already", **await _blocked_args(buyer, seller.language, ctx))]
    buyer.blocked_at = ctx.now
    buyer.blocked_by = seller.telegram_id
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
        buyer = await _buyer_replied_to(call, ctx)
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
    buyers = await ctx.repo.blocked_buyers()
    if not buyers:
        return [reply(call, ctx.t(locale, "blocked-none"))]
    lines = [ctx.t(locale, "blocked-header", count=len(buyers))]
    lines += [ctx.t(locale, "blocked-line", **await _blocked_args(b, locale, ctx)) for b in buyers]
    lines += ["", ctx.t(locale, "blocked-footer")]
    return [reply(call, "\n".join(lines))]


async def _buyer_replied_to(call: CommandCall, ctx: Context) -> Buyer | None:
    """The buyer behind the message the command replies to (a relayed message, a header, a note)."""
    event = call.event
    target = await replied_to(event, ctx)
    if target is None and event.reply_to_message_id and ctx.may_wait:
        # The reply may be to a relayed copy whose Telegram id is not known yet: wait for it.
        if await ctx.repo.sending_to(event.chat_id, ctx.now):
            raise NotYet(f"/{call.name} replies to {event.reply_to_message_id} in chat {event.chat_id}")
    return await ctx.repo.buyer(target.buyer_id) if target is not None else None


async def _blocked_args(buyer: Buyer, locale: str, ctx: Context) -> dict[str, object]:
    assert buyer.blocked_at is not None
    by = await ctx.repo.seller_ever(buyer.blocked_by) if buyer.blocked_by is not None else None
    return {
        "number": str(buyer.id),
        "name": buyer_name(buyer),
        "since": format_moment(buyer.blocked_at, locale),
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
