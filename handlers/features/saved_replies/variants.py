"""The stored saved replies: one ``ShopText`` row (a variant) per name and locale, locale ``""`` the
default. What a name may be (``thanks``, ``thanks@ru`` as typed), grouping the rows by name, the variant a
buyer gets, and the words sellers see about them (labels, previews, "no such name; these exist")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from handlers.core.context import Context
from handlers.core.effects import Outgoing
from handlers.core.replies import reply
from handlers.core.routing import CommandCall
from handlers.kit.text import truncate
from storage.models import Seller, ShopText
from storage.shop_texts import SAVED_REPLY, ShopTexts

NAME_LIMIT = 32
NAME = re.compile(r"^[\w-]+$")  # letters (any script), digits, _ and -
DEFAULT_VARIANT = ""  # ShopText.locale of the variant for buyers with no variant of their own


def texts(ctx: Context) -> ShopTexts:
    """The shop's saved replies, read and written in this event's transaction."""
    return ShopTexts(ctx.session, SAVED_REPLY)


@dataclass(frozen=True, slots=True)
class NameSpec:
    """``thanks`` or ``thanks@ru`` as typed: the name (lower-case) and the locale (None: default)."""

    name: str
    locale: str | None


def parse_spec(typed: str, locales: Sequence[str]) -> NameSpec | str:
    """The spec, or the catalog key of what is wrong with it."""
    name, at, locale = typed.lower().partition("@")
    if not NAME.match(name) or len(name) > NAME_LIMIT:
        return "saved-bad-name"
    if at and locale not in locales:
        return "saved-bad-locale"
    return NameSpec(name, locale if at else None)


def by_name(rows: Sequence[ShopText]) -> dict[str, list[ShopText]]:
    grouped: dict[str, list[ShopText]] = {}
    for row in rows:
        grouped.setdefault(row.name, []).append(row)
    return grouped


def variant_for(variants: Sequence[ShopText], locale: str) -> ShopText:
    """The buyer's language, else the default; a reply that has only other languages still goes out
    in one of them rather than not at all."""
    by_locale = {v.locale: v for v in variants}
    return by_locale.get(locale) or by_locale.get(DEFAULT_VARIANT) or variants[0]


def variant_label(locale: str, seller: Seller, ctx: Context) -> str:
    if locale == DEFAULT_VARIANT:
        return ctx.t(seller.language, "saved-variant-default")
    return ctx.t.language_name(locale, seller.language)


def preview(row: ShopText, limit: int = 60) -> str:
    first_line = row.text.strip().split("\n", 1)[0]
    return truncate(first_line, limit)


async def not_found(call: CommandCall, name: str, seller: Seller, ctx: Context) -> Outgoing:
    names = list(by_name(await texts(ctx).all()))
    text = ctx.t(seller.language, "saved-not-found", name=name) + "\n" + names_line(names, seller, ctx)
    return reply(call, text)


def names_line(names: Sequence[str], seller: Seller, ctx: Context) -> str:
    if not names:
        return ctx.t(seller.language, "saved-none")
    return ctx.t(seller.language, "saved-names", names=", ".join(names))
