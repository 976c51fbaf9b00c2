"""The line that tells a seller whose message they are looking at."""

from __future__ import annotations

from handlers.context import Context
from handlers.text import Rich, bold, join, plain, truncate
from storage.models import Buyer, Seller

BUTTON_TEXT_LIMIT = 64


def buyer_name(buyer: Buyer) -> str:
    return f"{buyer.first_name} {buyer.last_name}".strip() if buyer.last_name else buyer.first_name


def seller_name(seller: Seller) -> str:
    name = f"{seller.first_name} {seller.last_name or ''}".strip()
    return name or (f"@{seller.username}" if seller.username else str(seller.telegram_id))


def buyer_header(ctx: Context, buyer: Buyer, locale: str, *, edited: bool = False) -> Rich:
    """``👤 Anna Smith @anna · #12 · Russian`` (``✏️ edited`` added for an edit)."""
    parts = [bold(f"👤 {buyer_name(buyer)}")]
    if buyer.username:
        parts.append(plain(f" @{buyer.username}"))
    language = ctx.t.language_name(buyer.language, locale)
    parts.append(plain(f" · #{buyer.id} · {language}"))
    if edited:
        parts.append(plain(" · ✏️ " + ctx.t(locale, "header-edited")))
    return join(parts)


def teammate_header(ctx: Context, seller: Seller, buyer: Buyer, locale: str) -> Rich:
    """``✅ Alice answered #12 Anna Smith`` — on the copy of a reply that teammates receive."""
    return join(
        [
            bold("✅ " + ctx.t(locale, "note-answered", seller=seller_name(seller))),
            plain(f" · #{buyer.id} {buyer_name(buyer)}"),
        ]
    )


def header_button(header: Rich, buyer: Buyer) -> dict[str, object]:
    """An inline button carrying the header, for content that has no caption (stickers, locations…):
    one call instead of a separate header message. Pressing it shows the buyer's card."""
    return {
        "inline_keyboard": [
            [{"text": truncate(header.text, BUTTON_TEXT_LIMIT), "callback_data": f"buyer:{buyer.id}"}]
        ]
    }
