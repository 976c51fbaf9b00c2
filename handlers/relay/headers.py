"""The line that tells a seller whose message they are looking at."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handlers.core.context import Context
from handlers.core.people import buyer_name, seller_name
from handlers.kit.text import Rich, bold, join, plain, truncate
from storage import orders as stored
from storage.models import Buyer, Seller

BUTTON_TEXT_LIMIT = 64
# Callback data of the "💬 Saved replies" button: ``saved:open:<our message id>``
# (handlers/features/saved_replies/).
SAVED_REPLIES_OPEN = "saved:open"

Keyboard = dict[str, Any]


@dataclass(frozen=True, slots=True)
class BuyerHeader(Rich):
    """The header of a buyer's message in a seller's chat. It also carries the label of the buttons
    that go under the message, in that seller's language: the relay has no translator of its own."""

    saved_replies_label: str = ""


@dataclass(frozen=True, slots=True)
class OrderElsewhere:
    """An order the buyer's header warns about. ``opened``: the buyer opened its link and it was not
    linked to them — ``owner`` is the other buyer it belongs to, or None when no row was created (past
    the bound on link-created orders). Otherwise the order in the header is ``owner``'s now (a
    seller's /order moved it)."""

    code: str
    owner: int | None
    opened: bool


async def order_owner_elsewhere(buyer: Buyer, ctx: Context) -> OrderElsewhere | None:
    """What the header must warn about ``buyer``'s order, if anything: a buyer who opened someone
    else's order link is not linked to it and must not be told that order's details."""
    if buyer.opened_order_code:
        order = await stored.order_by_code(ctx.session, buyer.opened_order_code)
        if order is None:
            return OrderElsewhere(buyer.opened_order_code, None, opened=True)
        if order.buyer_id is not None and order.buyer_id != buyer.id:
            return OrderElsewhere(order.code, order.buyer_id, opened=True)
    if not buyer.order_code:
        return None
    order = await stored.order_by_code(ctx.session, buyer.order_code)
    if order is None or order.buyer_id is None or order.buyer_id == buyer.id:
        return None
    return OrderElsewhere(order.code, order.buyer_id, opened=False)


def buyer_header(
    ctx: Context,
    buyer: Buyer,
    locale: str,
    *,
    edited: bool = False,
    attention: bool = False,
    order_owner: OrderElsewhere | None = None,
) -> BuyerHeader:
    """``👤 Anna Smith @anna · #12 · Russian · 🧾 3141`` (the order once one is linked; ``⚠️ problem
    reported`` while a reported problem waits for an answer; ``✏️ edited`` added for an edit).
    ``order_owner``: the other buyer that order is linked to (see ``order_owner_elsewhere``)."""
    parts = [bold(f"👤 {buyer_name(buyer)}")]
    if buyer.username:
        parts.append(plain(f" @{buyer.username}"))
    language = ctx.t.language_name(buyer.language, locale)
    parts.append(plain(f" · #{buyer.id} · {language}"))
    if buyer.order_code:
        parts.append(plain(f" · 🧾 {buyer.order_code}"))
        if order_owner is not None and not order_owner.opened:
            number = str(order_owner.owner)
            warning = ctx.t(locale, "header-order-elsewhere", order=buyer.order_code, number=number)
            parts.append(plain(" · ⚠️ " + warning))
    if order_owner is not None and order_owner.opened:
        if order_owner.owner is not None:
            warning = ctx.t(
                locale, "header-order-link-elsewhere", order=order_owner.code, number=str(order_owner.owner)
            )
        else:
            warning = ctx.t(locale, "header-order-link-unrecorded", order=order_owner.code)
        parts.append(plain(" · ⚠️ " + warning))
    if attention:  # the buyer reported a problem after delivery and nobody has answered since
        parts.append(plain(" · ⚠️ " + ctx.t(locale, "header-problem")))
    if edited:
        parts.append(plain(" · ✏️ " + ctx.t(locale, "header-edited")))
    header = join(parts)
    return BuyerHeader(header.text, header.entities, ctx.t(locale, "saved-button"))


def teammate_header(ctx: Context, seller: Seller, buyer: Buyer, locale: str) -> Rich:
    """``✅ Alice answered #12 Anna Smith`` — on the copy of a reply that teammates receive."""
    return join(
        [
            bold("✅ " + ctx.t(locale, "note-answered", seller=seller_name(seller))),
            plain(f" · #{buyer.id} {buyer_name(buyer)}"),
        ]
    )


def header_button(header: Rich, buyer: Buyer, message_id: int) -> Keyboard:
    """An inline button carrying the header, for content that has no caption (stickers, locations…):
    one call instead of a separate header message. Pressing it shows the buyer's card. Under a buyer's
    message the saved-replies button follows on a second row."""
    rows = [[{"text": truncate(header.text, BUTTON_TEXT_LIMIT), "callback_data": f"buyer:{buyer.id}"}]]
    saved = saved_replies_keyboard(header, message_id)
    return {"inline_keyboard": rows + (saved["inline_keyboard"] if saved else [])}


def saved_replies_keyboard(header: Rich, message_id: int) -> Keyboard | None:
    """The "💬 Saved replies" button under buyer message ``message_id``; None under anything that is not
    a buyer's message shown to a seller (a teammate note has a plain header)."""
    if not isinstance(header, BuyerHeader) or not header.saved_replies_label:
        return None
    button = {"text": header.saved_replies_label, "callback_data": f"{SAVED_REPLIES_OPEN}:{message_id}"}
    return {"inline_keyboard": [[button]]}
