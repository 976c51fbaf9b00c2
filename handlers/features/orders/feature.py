"""Orders: a buyer is linked to an order by opening ``t.me/<bot>?start=o_<ORDER>`` (sellers put the
link into the order message or the package insert) or by a seller replying ``/order ORDER`` to one of
their messages. Relay headers then show the order. ``/shipped`` and ``/delivered`` move its status;
delivery starts the follow-up and standing coupon nudges (handlers/features/followup/,
handlers/features/nudges/).
``/shipped`` on a delivered order asks first, saying what happens to the follow-up.
"""

from __future__ import annotations

import re

from handlers.core.buttons import answer, number, replace_message
from handlers.core.context import Context
from handlers.core.delay_settings import delay_setting
from handlers.core.effects import Effect, Outgoing
from handlers.core.events import CallbackPress, IncomingMessage
from handlers.core.moments import format_day, shop_zone
from handlers.core.people import buyer_name
from handlers.core.registry import Feature
from handlers.core.replies import reply, say
from handlers.core.routing import Command, CommandCall
from handlers.features import followup
from handlers.features.start import greeting_with
from handlers.kit.text import truncate
from handlers.relay.messages import buyer_replied_to
from storage import orders as stored
from storage.models import Buyer, Order

# A deep-link payload is at most 64 characters of A–Z a–z 0–9 _ -; "o_" takes two of them.
ORDER_RE = re.compile(r"^#?([A-Za-z0-9_-]{1,62})$")
LINK_PREFIX = "o"
BUTTON = "ord"  # callback-data prefix of the step-back question
# Open orders a buyer may create by opening links before a seller confirms one (/order, /shipped,
# /delivered). A real buyer opens the insert's link of each parcel, rarely more than one or two at a
# time, and a seller's confirmation lifts an order out of the count; a script trying made-up codes
# gets no more than this many rows in /orders. Past it the buyer is still greeted as usual (a real
# buyer is not turned away, and a prober cannot tell) and sellers see the code in the header, ready
# for /order.
LINK_ORDER_LIMIT = 3
LISTED = 15
NAME_LIMIT = 30
# How the buyer answered the follow-up, at the end of the order's line in /orders.
FOLLOWUP_MARKS = {"ok": " · 👍", "problem": " · ⚠️"}


def order_code(text: str) -> str | None:
    """The order number as stored: upper case, so ``ab12`` and ``AB12`` are one order."""
    match = ORDER_RE.match(text.strip())
    return match.group(1).upper() if match else None


def order_link(ctx: Context, code: str) -> str:
    return f"https://t.me/{ctx.config.bot_username}?start={LINK_PREFIX}_{code}"


# -- the deep link -------------------------------------------------------------------------------------
async def opened_link(event: IncomingMessage, payload: str, ctx: Context) -> list[Effect] | None:
    code = order_code(payload.removeprefix(f"{LINK_PREFIX}_"))
    if code is None:
        return None  # not an order payload after all: the plain greeting
    seller = await ctx.repo.seller(event.sender.id)
    if seller is not None:  # a seller trying the link out
        return [say(ctx, seller, "order-link-seller", order=code)]
    buyer = await ctx.repo.buyer_by_telegram_id(event.sender.id)
    assert buyer is not None  # the core registers every buyer before routing
    # The greeting is the same whatever the code turns out to be: a different one would tell whoever
    # tries codes which are real orders, or whose.
    greeting = await greeting_with(buyer, ctx, "buyer-greeting-order", order=code)
    order = await stored.order_by_code(ctx.session, code)
    if order is not None and order.buyer_id not in (None, buyer.id):
        # Another buyer's order stays theirs and is not this buyer's (a gift's recipient may open the
        # insert's link, or anyone may type a code): the header tells sellers, who decide with /order.
        buyer.opened_order_code = code
        return [greeting]
    if order is None:
        if await stored.unconfirmed_link_orders(ctx.session, buyer.id) >= LINK_ORDER_LIMIT:
            buyer.opened_order_code = code  # no row: the header shows the code, /order records it
            return [greeting]
        order = await stored.add_order(ctx.session, code, buyer.id, ctx.now)
        order.by_link = True
    elif order.buyer_id is None:
        order.buyer_id, order.updated_at = buyer.id, ctx.now
    buyer.order_code, buyer.opened_order_code = code, None
    return [greeting]


# -- sellers' commands -----------------------------------------------------------------------------------
async def order_command(call: CommandCall, ctx: Context) -> list[Effect]:
    words = call.words()
    code = order_code(words[0]) if len(words) == 1 else None
    if code is None:
        return [reply(call, ctx.t(call.locale, "order-usage"))]
    buyer = await buyer_replied_to(call.event, ctx)
    order = await stored.order_by_code(ctx.session, code)
    if buyer is None:
        if order is None:
            return [reply(call, ctx.t(call.locale, "order-unknown", order=code))]
        return [reply(call, await describe(order, call.locale, ctx))]
    if order is None:
        order = await stored.add_order(ctx.session, code, buyer.id, ctx.now)
    elif order.buyer_id != buyer.id:
        order.buyer_id, order.updated_at = buyer.id, ctx.now
    order.by_link = False  # a seller confirmed it: no longer counts against the buyer's link bound
    buyer.order_code = code
    if buyer.opened_order_code == code:
        buyer.opened_order_code = None
    args = {"order": code, "number": str(buyer.id), "name": buyer_name(buyer), "link": order_link(ctx, code)}
    return [reply(call, ctx.t(call.locale, "order-linked", **args))]


async def shipped(call: CommandCall, ctx: Context) -> list[Effect]:
    return await _move(call, "shipped", ctx)


async def delivered(call: CommandCall, ctx: Context) -> list[Effect]:
    return await _move(call, "delivered", ctx)


async def _move(call: CommandCall, status: str, ctx: Context) -> list[Effect]:
    words = call.words()
    if len(words) > 1 or (words and order_code(words[0]) is None):
        return [reply(call, ctx.t(call.locale, f"order-{status}-usage"))]
    if words:
        code = order_code(words[0])
        assert code is not None
        order = await stored.order_by_code(ctx.session, code)
        if order is None:
            return [reply(call, ctx.t(call.locale, "order-unknown", order=code))]
    else:
        buyer = await buyer_replied_to(call.event, ctx)
        if buyer is None:
            return [reply(call, ctx.t(call.locale, f"order-{status}-usage"))]
        order = await _latest_order(buyer, ctx)
        if order is None:
            return [reply(call, ctx.t(call.locale, "order-none-for-buyer", number=str(buyer.id)))]
    if order.status == status:
        return [reply(call, ctx.t(call.locale, f"order-already-{status}", order=order.code))]
    if order.status == "delivered":  # a step back: only on a second, explicit yes
        return [await _ask_step_back(call, order, ctx)]
    effects = await set_status(order, status, ctx)
    return [reply(call, ctx.t(call.locale, f"order-now-{status}", order=order.code)), *effects]


# -- a step back from delivered -----------------------------------------------------------------------
# ``/shipped`` on a delivered order would silently cancel its follow-up (and coupons planned after the
# delivery), so it asks first: ``ord:back:<order id>`` moves it back, ``ord:keep:<order id>`` leaves it.


async def _followup_state(order: Order, locale: str, ctx: Context) -> tuple[str, str]:
    """What a step back does to the follow-up: ("planned", its date), ("sent", "") or ("off", "")."""
    if order.followup_sent_at is not None:
        return "sent", ""
    delay = await delay_setting(ctx, followup.SETTING, followup.DEFAULT)
    if delay is None or order.delivered_at is None or order.delivered_at + delay <= ctx.now:
        return "off", ""
    return "planned", format_day(order.delivered_at + delay, locale, await shop_zone(ctx))


async def _ask_step_back(call: CommandCall, order: Order, ctx: Context) -> Outgoing:
    t, locale = ctx.t, call.locale
    state, date = await _followup_state(order, locale, ctx)
    text = t(locale, "order-back-ask", order=order.code, followup=state, date=date)
    keyboard: dict[str, object] = {
        "inline_keyboard": [
            [{"text": t(locale, "order-back-yes"), "callback_data": f"{BUTTON}:back:{order.id}"}],
            [{"text": t(locale, "order-back-no"), "callback_data": f"{BUTTON}:keep:{order.id}"}],
        ]
    }
    return reply(call, text, keyboard)


async def step_back_pressed(press: CallbackPress, ctx: Context) -> list[Effect]:
    seller = await ctx.repo.seller(press.sender.id)
    _, action, order_field = [*press.data.split(":", 2), "", ""][:3]
    order_id = number(order_field)
    order = await stored.order(ctx.session, order_id) if order_id is not None else None
    if seller is None or not seller.active or order is None or action not in ("back", "keep"):
        return [answer(press)]
    t, locale = ctx.t, seller.language
    if order.status != "delivered":  # an old question: someone moved the order meanwhile
        status = t(locale, f"order-status-{order.status}")
        stale = t(locale, "order-back-stale", order=order.code, status=status)
        return [answer(press), replace_message(press, stale)]
    if action == "keep":
        return [answer(press), replace_message(press, t(locale, "order-back-kept", order=order.code))]
    state, _ = await _followup_state(order, locale, ctx)
    effects = await set_status(order, "shipped", ctx)
    done = t(locale, "order-back-done", order=order.code, followup=state)
    return [answer(press), replace_message(press, done), *effects]


async def set_status(order: Order, status: str, ctx: Context) -> list[Effect]:
    """Move the order; delivery plans the follow-up and the standing nudges. Work planned for an
    earlier delivery checks the status when it comes due, so a step back cancels it."""
    order.status, order.updated_at = status, ctx.now
    if status == "shipped":
        order.shipped_at = ctx.now
        return []
    order.delivered_at = ctx.now
    effects: list[Effect] = []
    for delivered in ctx.features.order_delivered:  # the follow-up, standing coupon nudges
        effects += await delivered(order, ctx)
    return effects


async def orders_command(call: CommandCall, ctx: Context) -> list[Effect]:
    rows = await stored.recent_orders(ctx.session, LISTED)
    if not rows:
        return [reply(call, ctx.t(call.locale, "orders-none", link=order_link(ctx, "ORDER")))]
    zone = await shop_zone(ctx)
    lines = [ctx.t(call.locale, "orders-header", count=len(rows))]
    for order, buyer in rows:
        lines.append(
            ctx.t(
                call.locale,
                "orders-line",
                order=order.code,
                status=ctx.t(call.locale, f"order-status-{order.status}"),
                buyer=f"#{buyer.id} {truncate(buyer_name(buyer), NAME_LIMIT)}" if buyer else "—",
                date=format_day(order.updated_at, call.locale, zone),
            )
            + FOLLOWUP_MARKS.get(order.followup_answer or "", "")
        )
    return [reply(call, "\n".join(lines))]


async def describe(order: Order, locale: str, ctx: Context) -> str:
    buyer = await ctx.repo.buyer_by_id(order.buyer_id) if order.buyer_id is not None else None
    return ctx.t(
        locale,
        "order-details",
        order=order.code,
        status=ctx.t(locale, f"order-status-{order.status}"),
        buyer=f"#{buyer.id} {buyer_name(buyer)}" if buyer else "—",
        link=order_link(ctx, order.code),
    )


async def _latest_order(buyer: Buyer, ctx: Context) -> Order | None:
    if not buyer.order_code:
        return None
    return await stored.order_by_code(ctx.session, buyer.order_code)


COMMANDS = (
    Command("order", "seller", order_command),
    Command("shipped", "seller", shipped),
    Command("delivered", "seller", delivered),
    Command("orders", "seller", orders_command),
)
START_PAYLOADS = {LINK_PREFIX: opened_link}
BUTTONS = {BUTTON: step_back_pressed}
FEATURE = Feature("orders", commands=COMMANDS, buttons=BUTTONS, start_payloads=START_PAYLOADS)
