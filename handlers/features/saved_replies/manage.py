"""``/saved``: the list, ``/saved add NAME[@locale] TEXT`` and ``/saved del NAME[@locale]``, and the
usage text they fall back on."""

from __future__ import annotations

import re

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing
from handlers.core.replies import reply
from handlers.core.routing import CommandCall
from handlers.kit.text import plain, split, tail, utf16_len
from storage.models import Seller

from .templates import VARIABLES, unknown_variables
from .variants import (
    DEFAULT_VARIANT,
    NAME_LIMIT,
    by_name,
    not_found,
    parse_spec,
    preview,
    texts,
    variant_label,
)

ADD = re.compile(r"add\s+(\S+)\s+(?=\S)", re.IGNORECASE)


async def saved(call: CommandCall, ctx: Context) -> list[Effect]:
    seller = call.seller
    assert seller is not None
    words = call.words()
    if not words:
        return await _list(call, seller, ctx)
    action = words[0].lower()
    if action == "add":
        return await _add(call, seller, ctx)
    if action == "del" and len(words) == 2:
        return await _delete(call, words[1], seller, ctx)
    return [_usage(call, seller, ctx, prefix="saved-malformed")]


async def _list(call: CommandCall, seller: Seller, ctx: Context) -> list[Effect]:
    grouped = by_name(await texts(ctx).all())
    if not grouped:
        return [_usage(call, seller, ctx, prefix="saved-list-empty")]
    lines = [ctx.t(seller.language, "saved-list-title", count=len(grouped))]
    for name, variants in grouped.items():
        labels = ", ".join(variant_label(v.locale, seller, ctx) for v in variants)
        lines.append(f"• {name} ({labels}) — {preview(variants[0])}")
    lines += ["", _usage_text(seller, ctx)]
    return [reply(call, piece.text) for piece in split(plain("\n".join(lines)))]


async def _add(call: CommandCall, seller: Seller, ctx: Context) -> list[Effect]:
    t, locale = ctx.t, seller.language
    match = ADD.match(call.argument.text)
    if match is None:
        return [_usage(call, seller, ctx, prefix="saved-malformed")]
    spec = parse_spec(match.group(1), ctx.t.locales)
    if isinstance(spec, str):
        return [_problem(call, spec, match.group(1), seller, ctx)]
    text = tail(call.argument, utf16_len(call.argument.text[: match.end()]))
    unknown = unknown_variables(text.text)
    if unknown:
        named = ", ".join("{" + name + "}" for name in unknown)
        key = "saved-unknown-variable"
        return [reply(call, t(locale, key, count=len(unknown), unknown=named, variables=_variables()))]
    variant = spec.locale or DEFAULT_VARIANT
    replaced = await texts(ctx).put(
        spec.name, variant, text.text, list(text.entities), seller.telegram_id, ctx.now
    )
    key = "saved-replaced" if replaced else "saved-added"
    return [reply(call, t(locale, key, name=spec.name, variant=variant_label(variant, seller, ctx)))]


async def _delete(call: CommandCall, typed: str, seller: Seller, ctx: Context) -> list[Effect]:
    spec = parse_spec(typed, ctx.t.locales)
    if isinstance(spec, str):
        return [_problem(call, spec, typed, seller, ctx)]
    removed = await texts(ctx).delete(spec.name, spec.locale)
    if not removed:
        return [await not_found(call, spec.name, seller, ctx)]
    if spec.locale is not None:
        label = variant_label(spec.locale, seller, ctx)
        return [reply(call, ctx.t(seller.language, "saved-variant-deleted", name=spec.name, variant=label))]
    return [reply(call, ctx.t(seller.language, "saved-deleted", name=spec.name, count=removed))]


def _problem(call: CommandCall, key: str, typed: str, seller: Seller, ctx: Context) -> Outgoing:
    """A bad name or an unknown language, said with what would be right."""
    name, _, code = typed.partition("@")
    locales = ", ".join(ctx.t.locales)
    return reply(call, ctx.t(seller.language, key, name=name, limit=NAME_LIMIT, code=code, locales=locales))


def _variables() -> str:
    return ", ".join("{" + name + "}" for name in VARIABLES)


def _usage_text(seller: Seller, ctx: Context) -> str:
    return ctx.t(
        seller.language,
        "saved-usage",
        locales=", ".join(ctx.t.locales),
        variables=_variables(),
        example="{buyer_name|" + ctx.t(seller.language, "saved-fallback-word") + "}",
    )


def _usage(call: CommandCall, seller: Seller, ctx: Context, *, prefix: str) -> Outgoing:
    return reply(call, ctx.t(seller.language, prefix) + "\n\n" + _usage_text(seller, ctx))
