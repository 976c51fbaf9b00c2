"""Coupons sellers keep for nudges: ``/coupon add CODE DESCRIPTION``, ``/coupon del CODE``, ``/coupons``.
Codes are stored upper case (marketplaces treat them case-insensitively)."""

from __future__ import annotations

import re

from handlers.basics import reply
from handlers.context import Context
from handlers.effects import Effect
from handlers.routing import Command, CommandCall
from handlers.text import truncate
from storage import marketing
from storage.models import Coupon

CODE_RE = re.compile(r"^[A-Za-z0-9_-]{2,32}$")
DESCRIPTION_LIMIT = 300
LISTED, LISTED_DESCRIPTION = 40, 80  # keeps /coupons within one message


def coupon_code(text: str) -> str | None:
    return text.upper() if CODE_RE.match(text) else None


async def coupon_command(call: CommandCall, ctx: Context) -> list[Effect]:
    words, locale = call.words(2), call.locale
    action = words[0].lower() if words else ""
    if action == "add" and len(words) == 3 and coupon_code(words[1]):
        return await _add(call, coupon_code(words[1]) or "", words[2].strip(), ctx)
    if action == "del" and len(words) == 2 and coupon_code(words[1]):
        return await _delete(call, coupon_code(words[1]) or "", ctx)
    if not words:
        return await coupons_command(call, ctx)
    return [reply(call, ctx.t(locale, "coupon-usage"))]


async def _add(call: CommandCall, code: str, description: str, ctx: Context) -> list[Effect]:
    if len(description) > DESCRIPTION_LIMIT:
        return [reply(call, ctx.t(call.locale, "coupon-too-long", limit=DESCRIPTION_LIMIT))]
    existing = await marketing.coupon(ctx.repo.session, code)
    assert call.seller is not None
    if existing is not None:
        existing.description = description
        return [reply(call, ctx.t(call.locale, "coupon-updated", code=code))]
    ctx.repo.session.add(
        Coupon(code=code, description=description, created_by=call.seller.telegram_id, created_at=ctx.now)
    )
    return [reply(call, ctx.t(call.locale, "coupon-added", code=code))]


async def _delete(call: CommandCall, code: str, ctx: Context) -> list[Effect]:
    # Imported here: nudges build on coupons.
    from handlers.nudges import stop_nudges

    existing = await marketing.coupon(ctx.repo.session, code)
    if existing is None:
        return [reply(call, ctx.t(call.locale, "coupon-unknown", code=code))]
    await ctx.repo.session.delete(existing)
    stopped = await stop_nudges(code, ctx)  # a deleted coupon is not sent any more
    return [reply(call, ctx.t(call.locale, "coupon-deleted", code=code, stopped=stopped))]


async def coupons_command(call: CommandCall, ctx: Context) -> list[Effect]:
    rows = await marketing.coupons(ctx.repo.session)
    if not rows:
        return [reply(call, ctx.t(call.locale, "coupons-none"))]
    lines = [ctx.t(call.locale, "coupons-header", count=len(rows))]
    lines += [f"{row.code} — {truncate(row.description, LISTED_DESCRIPTION)}" for row in rows[:LISTED]]
    if len(rows) > LISTED:
        lines.append("…")
    lines += ["", ctx.t(call.locale, "coupons-footer")]
    return [reply(call, "\n".join(lines))]


COMMANDS = (
    Command("coupon", "seller", coupon_command),
    Command("coupons", "seller", coupons_command),
)
