"""Coupons sellers keep for nudges: ``/coupon add CODE DESCRIPTION``, ``/coupon del CODE``, ``/coupons``.
Codes are stored upper case (marketplaces treat them case-insensitively).

The description is per buyer language, like saved replies: ``/coupon add CODE …`` writes the variant
for the seller's own language, ``/coupon add CODE@ru …`` the Russian one. A buyer whose language has no
variant gets the code with a short line in their own language, never another language's description."""

from __future__ import annotations

from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.replies import reply
from handlers.core.routing import Command, CommandCall
from handlers.features.marketing.codes import coupon_code
from handlers.features.marketing.nudges import stop_nudges
from handlers.kit.text import truncate
from storage import marketing
from storage.models import Coupon

DESCRIPTION_LIMIT = 300
LISTED, LISTED_DESCRIPTION = 40, 80  # keeps /coupons within one message


async def coupon_command(call: CommandCall, ctx: Context) -> list[Effect]:
    words, locale = call.words(2), call.locale
    action = words[0].lower() if words else ""
    if action == "add" and len(words) >= 2:
        typed, _, language = words[1].partition("@")
        refusal = _refusal(typed, language if "@" in words[1] else None, call, ctx)
        if refusal is not None:
            return [refusal]
        if len(words) == 3 and words[2].strip():
            code, description = coupon_code(typed) or "", words[2].strip()
            return await _add(call, code, language.lower() or locale, description, ctx)
    if action == "del" and len(words) == 2 and coupon_code(words[1]):
        return await _delete(call, coupon_code(words[1]) or "", ctx)
    if action == "del" and len(words) == 2:
        return [_refusal(words[1], None, call, ctx) or reply(call, ctx.t(locale, "coupon-usage"))]
    if not words:
        return await coupons_command(call, ctx)
    return [reply(call, ctx.t(locale, "coupon-usage"))]


def _refusal(typed: str, language: str | None, call: CommandCall, ctx: Context) -> Effect | None:
    """Why a typed code (and ``@language``) cannot be used, or None."""
    if not coupon_code(typed):
        return reply(call, ctx.t(call.locale, "coupon-bad-code", code=typed, longest=32))
    if language is not None and language.lower() not in ctx.t.locales:
        locales = ", ".join(ctx.t.locales)
        return reply(call, ctx.t(call.locale, "coupon-bad-language", code=language, locales=locales))
    return None


async def _add(call: CommandCall, code: str, language: str, description: str, ctx: Context) -> list[Effect]:
    if len(description) > DESCRIPTION_LIMIT:
        return [reply(call, ctx.t(call.locale, "coupon-too-long", limit=DESCRIPTION_LIMIT))]
    session = ctx.session
    existing = await marketing.coupon(session, code)
    assert call.seller is not None
    if existing is None:
        session.add(
            Coupon(code=code, description=description, created_by=call.seller.telegram_id, created_at=ctx.now)
        )
        await session.flush()
    elif language == call.locale:
        existing.description = description  # what /coupons lists: the seller's own language
    await marketing.set_coupon_variant(session, code, language, description, call.seller.telegram_id, ctx.now)
    variants = await marketing.coupon_variants(session, code)
    names = ", ".join(ctx.t.language_name(code_, call.locale) for code_ in sorted(variants))
    key = "coupon-updated" if existing is not None else "coupon-added"
    language_name = ctx.t.language_name(language, call.locale)
    return [reply(call, ctx.t(call.locale, key, code=code, language=language_name, languages=names))]


async def _delete(call: CommandCall, code: str, ctx: Context) -> list[Effect]:
    existing = await marketing.coupon(ctx.session, code)
    if existing is None:
        return [reply(call, ctx.t(call.locale, "coupon-unknown", code=code))]
    await ctx.session.delete(existing)
    await marketing.delete_coupon_variants(ctx.session, code)
    stopped = await stop_nudges(code, ctx)  # a deleted coupon is not sent any more
    return [reply(call, ctx.t(call.locale, "coupon-deleted", code=code, stopped=stopped))]


async def coupons_command(call: CommandCall, ctx: Context) -> list[Effect]:
    rows = await marketing.coupons(ctx.session)
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
