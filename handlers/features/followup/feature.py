"""Follow-up after delivery: ``/followup DURATION`` (default 3d) after an order is marked delivered, its
buyer is asked whether everything arrived well. "All good" → thanks, then (once) the consent question;
"There is a problem" → every seller is alerted at once and the conversation needs attention.

Each order is followed up at most once (``Order.followup_sent_at``). The timer (kind ``followup``, key
the order's id) checks the order when it comes due, so a status changed meanwhile cancels it and a
changed delay moves it.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.core.buttons import answer, number, replace_message
from handlers.core.context import Context
from handlers.core.delay_settings import delay_command, delay_setting
from handlers.core.effects import Effect, Outgoing, Schedule, SendMessage
from handlers.core.events import CallbackPress
from handlers.core.registry import Feature
from handlers.core.routing import Command, CommandCall
from handlers.features import consent, reminders
from handlers.kit.text import Rich, join, plain, truncate
from handlers.relay.headers import buyer_header
from storage import orders as stored
from storage.models import Buyer, Message, Order

FOLLOWUP = "followup"  # timer kind
SETTING = "followup-delay"
DEFAULT = timedelta(days=3)
PREFIX = "fu"
GOOD, PROBLEM = "ok", "problem"
EXCERPTS = 3  # the buyer's latest messages quoted in a problem alert
EXCERPT_LIMIT = 200


async def plan(order: Order, ctx: Context) -> list[Effect]:
    delay = await delay_setting(ctx, SETTING, DEFAULT)
    if delay is None or order.followup_sent_at is not None or order.delivered_at is None:
        return []
    return [Schedule(FOLLOWUP, str(order.id), order.delivered_at + delay)]


async def due(key: str, payload: dict[str, object], ctx: Context) -> list[Effect]:
    order = await stored.order(ctx.session, int(key))
    if order is None or order.status != "delivered" or order.followup_sent_at is not None:
        return []  # moved back, or done: nothing to ask
    delay = await delay_setting(ctx, SETTING, DEFAULT)
    assert order.delivered_at is not None
    if delay is None:
        return []
    if order.delivered_at + delay > ctx.now:  # the delay grew since it was planned
        return await plan(order, ctx)
    buyer = await ctx.repo.buyer_by_id(order.buyer_id) if order.buyer_id is not None else None
    if buyer is None or buyer.blocked_at is not None or buyer.unreachable_at is not None:
        return []
    order.followup_sent_at = ctx.now
    t, locale = ctx.t, buyer.language
    keyboard = [
        [{"text": t(locale, "followup-good"), "callback_data": f"{PREFIX}:{GOOD}:{order.id}"}],
        [{"text": t(locale, "followup-problem"), "callback_data": f"{PREFIX}:{PROBLEM}:{order.id}"}],
    ]
    text = t(locale, "followup-question", shop=ctx.config.shop_name, order=order.code)
    markup = {"inline_keyboard": keyboard}
    return [Outgoing(SendMessage(buyer.telegram_id, text, reply_markup=markup), role="followup")]


async def pressed(press: CallbackPress, ctx: Context) -> list[Effect]:
    _, choice, order_field = ([*press.data.split(":", 2), "", ""])[:3]
    order_id = number(order_field)
    buyer = await ctx.repo.buyer_by_telegram_id(press.sender.id)
    order = await stored.order(ctx.session, order_id) if order_id is not None else None
    if buyer is None or order is None or order.buyer_id != buyer.id or choice not in (GOOD, PROBLEM):
        return [answer(press)]
    if order.followup_answer is not None:  # a second press (two devices, a slow network)
        return [answer(press, ctx.t(buyer.language, "followup-already-answered"))]
    order.followup_answer, order.followup_answered_at = choice, ctx.now
    shop = ctx.config.shop_name
    if choice == GOOD:
        thanks = ctx.t(buyer.language, "followup-thanks", shop=shop)
        effects: list[Effect] = [answer(press), replace_message(press, thanks)]
        if not await consent.has_decided(buyer, ctx):
            effects.append(consent.question(buyer, FOLLOWUP, ctx))
        return effects
    sorry = ctx.t(buyer.language, "followup-sorry", shop=shop, order=order.code)
    return [answer(press), replace_message(press, sorry), *await _alert(press, order, buyer, ctx)]


async def _alert(press: CallbackPress, order: Order, buyer: Buyer, ctx: Context) -> list[Effect]:
    """Every seller hears of the problem at once. The alert stands for a stored buyer message (the
    answered question), so a seller's reply to it reaches the buyer like any answer."""
    conversation, _ = await ctx.repo.conversation_for_buyer_message(
        buyer.id, ctx.now, ctx.config.conversation_idle
    )
    conversation.needs_attention_at = ctx.now
    effects: list[Effect] = (
        await reminders.plan(conversation, ctx) if conversation.waiting_since == ctx.now else []
    )
    recent = await ctx.repo.recent_texts(buyer.id, EXCERPTS)
    message = await ctx.repo.add_message(
        Message(
            conversation_id=conversation.id,
            buyer_id=buyer.id,
            direction="in",
            chat_id=buyer.telegram_id,
            telegram_message_id=press.message_id or 0,
            kind="followup",  # no text: it is not the buyer's words (language detection reads those)
            text=None,
            entities=[],
            extra={"followup": PROBLEM, "order": order.code},
            status="relayed",
            created_at=ctx.now,
        )
    )
    for seller in await ctx.repo.active_sellers():
        locale = seller.language
        lines = [ctx.t(locale, "followup-alert", order=order.code)]
        lines += [f"• {truncate(text, EXCERPT_LIMIT)}" for text in recent]  # oldest first
        lines.append(ctx.t(locale, "followup-alert-reply"))
        header = buyer_header(ctx, buyer, locale)
        alert: Rich = join([header, plain("\n" + "\n".join(lines))])
        send = SendMessage(seller.telegram_id, alert.text, alert.entities)
        effects.append(Outgoing(send, message_ids=(message.id,), role="relay"))
    return effects


async def followup_command(call: CommandCall, ctx: Context) -> list[Effect]:
    return await delay_command(
        call, ctx, setting=SETTING, default=DEFAULT, texts="followup", replan=_replan_all
    )


async def _replan_all(ctx: Context) -> list[Effect]:
    """Orders delivered earlier and not followed up yet move to the new delay."""
    effects: list[Effect] = []
    for order in await stored.delivered_awaiting_followup(ctx.session):
        effects += await plan(order, ctx)
    return effects


COMMANDS = (Command("followup", "seller", followup_command),)
BUTTONS = {PREFIX: pressed}
TIMERS = {FOLLOWUP: due}
FEATURE = Feature("followup", commands=COMMANDS, buttons=BUTTONS, timers=TIMERS, order_delivered=plan)
