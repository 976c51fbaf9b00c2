"""Coupon nudges to buyers who said yes to offers (handlers/features/consent/): the
marketing feature's second half (handlers/features/marketing/coupons.py keeps the codes).

``/nudge CODE now``: a campaign. Every consenting buyer gets a recipient row (``NudgeSend``) and, unless
skipped (blocked, unreachable, already had this coupon), one promotional message in the outbox. Those
go out after conversation traffic (priority BULK), at most ~25/s overall and one per chat at a time,
429s waited out and 403s marking the buyer unreachable (scheduler/outbox.py). They are at-most-once: a
send cut off by a crash is reported failed, never repeated. The seller who started it sees one
progress message edited in place every few seconds and a final report.

``/nudge CODE after DURATION``: a standing rule. Each consenting buyer gets the coupon DURATION after
one of their orders is delivered (once per rule and buyer). ``/nudge`` lists; ``/nudge off CODE`` ends
the rules and stops a campaign still sending.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from handlers.core.context import Context
from handlers.core.effects import BULK, EditMessageText, Effect, Outgoing, Schedule, SendMessage
from handlers.core.ports import Forbidden, Interrupted, TelegramError
from handlers.core.replies import reply
from handlers.core.routing import Command, CommandCall
from handlers.features import consent
from handlers.features.marketing.codes import coupon_code
from handlers.kit.durations import parse_duration, spell_duration
from handlers.kit.text import Rich, code, join, plain
from storage import marketing
from storage import orders as stored_orders
from storage.models import Buyer, Nudge, NudgeSend, Order, Seller
from storage.outbox import cancel_where

PROGRESS = "nudge-progress"  # timer kind and outbox role of the progress message
RULE_DUE = "nudge-rule"  # timer kind; key "<rule id>:<order id>"
PROGRESS_EVERY = timedelta(seconds=2)  # edits of one message: well under Telegram's per-chat limit


# -- the message -----------------------------------------------------------------------------------------
def promotion(nudge: Nudge, buyer: Buyer, send_id: int, variants: dict[str, str], ctx: Context) -> Outgoing:
    """``variants``: the coupon's descriptions by language. None in the buyer's: the code with a line in
    their language (an English buyer once got "Скидка 10% на всё"). None at all: a coupon from before
    variants, whose one description goes to everyone as it did."""
    t, locale = ctx.t, buyer.language
    description = variants.get(locale) if variants else nudge.description
    if description is None:
        body = t(locale, "nudge-message-plain", shop=ctx.config.shop_name)
    else:
        body = t(locale, "nudge-message", shop=ctx.config.shop_name, description=description)
    text: Rich = join([plain(body + "\n\n" + t(locale, "nudge-code") + " "), code(nudge.code)])
    send = SendMessage(
        buyer.telegram_id, text.text, text.entities, reply_markup=consent.unsubscribe_keyboard(buyer, ctx)
    )
    return Outgoing(
        send,
        role=consent.PROMOTION,
        context={"nudge": nudge.id, "nudge_send": send_id},
        priority=BULK,
        at_most_once=True,
    )


async def _address(
    nudge: Nudge, buyers: list[Buyer], ctx: Context, order_id: int | None = None
) -> list[Effect]:
    """A recipient row per buyer, pending with its message in the outbox, or skipped with the reason."""
    had = await marketing.buyers_who_had(ctx.session, nudge.code)
    rows = []
    for buyer in buyers:
        reason = None
        if buyer.blocked_at is not None:
            reason = "blocked"
        elif buyer.unreachable_at is not None:
            reason = "unreachable"
        elif buyer.id in had:
            reason = "already-had"
        rows.append(
            NudgeSend(
                nudge_id=nudge.id,
                buyer_id=buyer.id,
                order_id=order_id,
                status="skipped" if reason else "pending",
                reason=reason,
                created_at=ctx.now,
                updated_at=ctx.now,
            )
        )
    await marketing.add_sends(ctx.session, rows)
    by_id = {buyer.id: buyer for buyer in buyers}
    variants = await marketing.coupon_variants(ctx.session, nudge.code)
    pending = [row for row in rows if row.status == "pending"]
    return [promotion(nudge, by_id[row.buyer_id], row.id, variants, ctx) for row in pending]


# -- /nudge ----------------------------------------------------------------------------------------------
async def nudge_command(call: CommandCall, ctx: Context) -> list[Effect]:
    words, locale = call.words(), call.locale
    if not words:
        return [reply(call, await _listing(locale, ctx))]
    if len(words) == 2 and words[0].lower() == "off" and coupon_code(words[1]):
        stopped = await stop_nudges(coupon_code(words[1]) or "", ctx)
        key = "nudge-off" if stopped else "nudge-off-none"
        return [reply(call, ctx.t(locale, key, code=coupon_code(words[1]) or "", count=stopped))]
    code_ = coupon_code(words[0])
    if code_ is None or len(words) < 2:
        return [reply(call, ctx.t(locale, "nudge-usage"))]
    coupon = await marketing.coupon(ctx.session, code_)
    if coupon is None:
        return [reply(call, ctx.t(locale, "nudge-unknown-coupon", code=code_))]
    seller = call.seller
    assert seller is not None
    mode = words[1].lower()
    if mode == "now" and len(words) == 2:
        return await _campaign(coupon.code, coupon.description, seller, ctx)
    delay = parse_duration(" ".join(words[2:]), (locale,)) if mode == "after" else None  # "7d", "7 days"
    if delay is None:
        return [reply(call, ctx.t(locale, "nudge-usage"))]
    return await _rule(coupon.code, coupon.description, delay, seller, ctx)


async def _campaign(code_: str, description: str, seller: Seller, ctx: Context) -> list[Effect]:
    nudge = Nudge(
        kind="now", code=code_, description=description, started_by=seller.telegram_id, created_at=ctx.now
    )
    ctx.session.add(nudge)
    await ctx.session.flush()
    effects = await _address(nudge, await marketing.consenting_buyers(ctx.session), ctx)
    counts = await marketing.send_counts(ctx.session, nudge.id)
    if not effects:
        nudge.ended_at = ctx.now
        text = ctx.t(seller.language, "nudge-nobody", code=code_, skipped=counts.get("skipped", 0))
        return [Outgoing(SendMessage(seller.telegram_id, text))]
    nudge.progress_text = _progress_text(nudge, counts, seller.language, ctx)
    progress = Outgoing(
        SendMessage(seller.telegram_id, nudge.progress_text), role=PROGRESS, context={"nudge": nudge.id}
    )
    # The progress message first: it is conversation traffic, so it leaves before the first coupon.
    return [progress, Schedule(PROGRESS, str(nudge.id), ctx.now + PROGRESS_EVERY), *effects]


async def _rule(code_: str, description: str, delay: timedelta, seller: Seller, ctx: Context) -> list[Effect]:
    session = ctx.session
    for old in await marketing.active_rules(session, code_):
        old.ended_at = ctx.now  # one rule per coupon: the new delay replaces the old one
    rule = Nudge(
        kind="after",
        code=code_,
        description=description,
        delay_seconds=int(delay.total_seconds()),
        started_by=seller.telegram_id,
        created_at=ctx.now,
    )
    session.add(rule)
    await session.flush()
    # Deliveries recent enough that the delay has not passed yet are covered too.
    effects: list[Effect] = []
    for order in await stored_orders.delivered_since(session, ctx.now - delay):
        effects += _plan_rule(rule, order)
    text = ctx.t(
        seller.language,
        "nudge-rule-set",
        code=code_,
        delay=spell_duration(delay, seller.language, "long", "accusative"),
        planned=len(effects),
    )
    return [Outgoing(SendMessage(seller.telegram_id, text)), *effects]


async def stop_nudges(code_: str, ctx: Context) -> int:
    """End the coupon's rules and campaigns; what was not sent yet is withdrawn. How many ended."""
    session = ctx.session
    ended = await marketing.active_rules(session, code_) + await marketing.running_campaigns(session, code_)
    ids = {nudge.id for nudge in ended}
    for nudge in ended:
        if nudge.kind == "after":
            nudge.ended_at = ctx.now
    # Campaigns end when their progress timer sees nothing pending: it sends the final report.
    for context in await cancel_where(session, consent.PROMOTION, lambda c: c.get("nudge") in ids):
        await marketing.settle_send(session, int(context["nudge_send"]), "skipped", "stopped", ctx.now)
    return len(ended)


async def _listing(locale: str, ctx: Context) -> str:
    session = ctx.session
    rules = await marketing.active_rules(session)
    campaigns = await marketing.running_campaigns(session)
    if not rules and not campaigns:
        return ctx.t(locale, "nudge-none")
    lines = []
    for rule in rules:
        counts = await marketing.send_counts(session, rule.id)
        delay = spell_duration(timedelta(seconds=rule.delay_seconds or 0), locale, "long", "accusative")
        lines.append(
            ctx.t(locale, "nudge-rule-line", code=rule.code, delay=delay, sent=counts.get("sent", 0))
        )
    for campaign in campaigns:
        counts = await marketing.send_counts(session, campaign.id)
        lines.append(_progress_text(campaign, counts, locale, ctx))
    return "\n".join(lines)


# -- standing rules --------------------------------------------------------------------------------------
def _plan_rule(rule: Nudge, order: Order) -> list[Effect]:
    if order.delivered_at is None or rule.delay_seconds is None:
        return []
    due = order.delivered_at + timedelta(seconds=rule.delay_seconds)
    return [Schedule(RULE_DUE, f"{rule.id}:{order.id}", due)]


async def plan_rules(order: Order, ctx: Context) -> list[Effect]:
    """An order was delivered: each standing rule plans its coupon for that buyer."""
    effects: list[Effect] = []
    for rule in await marketing.active_rules(ctx.session):
        effects += _plan_rule(rule, order)
    return effects


async def rule_due(key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    rule_id, _, order_id = key.partition(":")
    session = ctx.session
    rule = await marketing.nudge(session, int(rule_id))
    order = await stored_orders.order(session, int(order_id))
    if rule is None or rule.ended_at is not None or order is None or order.status != "delivered":
        return []  # the rule ended, or the order moved back from delivered
    buyer = await ctx.repo.buyer_by_id(order.buyer_id) if order.buyer_id is not None else None
    if buyer is None or not await consent.consents(buyer, ctx):
        return []  # nothing promotional without a stored yes
    if await marketing.send_of(session, rule.id, buyer.id) is not None:
        return []  # once per rule and buyer, however many orders they get
    return await _address(rule, [buyer], ctx, order_id=order.id)


# -- progress --------------------------------------------------------------------------------------------
def _progress_text(nudge: Nudge, counts: dict[str, int], locale: str, ctx: Context) -> str:
    return ctx.t(
        locale,
        "nudge-progress",
        code=nudge.code,
        sent=counts.get("sent", 0),
        left=counts.get("pending", 0),
        failed=counts.get("failed", 0),
        skipped=counts.get("skipped", 0),
    )


async def progress_due(key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    nudge = await marketing.nudge(ctx.session, int(key))
    if nudge is None or nudge.ended_at is not None:
        return []
    seller = await _reporter(nudge, ctx)
    counts = await marketing.send_counts(ctx.session, nudge.id)
    effects: list[Effect] = []
    text = _progress_text(nudge, counts, seller.language if seller else "en", ctx)
    if seller is not None and nudge.progress_message_id and text != nudge.progress_text:
        edit = EditMessageText(seller.telegram_id, nudge.progress_message_id, text)
        effects.append(Outgoing(edit, role="service"))
        nudge.progress_text = text
    if counts.get("pending", 0):
        return [*effects, Schedule(PROGRESS, key, ctx.now + PROGRESS_EVERY)]
    nudge.ended_at = ctx.now
    if seller is not None:
        report = ctx.t(
            seller.language,
            "nudge-report",
            code=nudge.code,
            sent=counts.get("sent", 0),
            failed=counts.get("failed", 0),
            skipped=counts.get("skipped", 0),
        )
        effects.append(Outgoing(SendMessage(seller.telegram_id, report)))
    return effects


async def _reporter(nudge: Nudge, ctx: Context) -> Seller | None:
    """Who started it, or (removed since) the first active owner."""
    seller = await ctx.repo.seller(nudge.started_by)
    if seller is not None and seller.active:
        return seller
    owners = await ctx.repo.active_owners()
    return owners[0] if owners else None


# -- outcomes --------------------------------------------------------------------------------------------
async def promotion_done(
    context: dict[str, Any], error: TelegramError | None, telegram_ids: list[int], ctx: Context
) -> list[Effect]:
    send_id = context.get("nudge_send")
    if send_id is None:
        return []
    if error is None:
        status, reason = "sent", None
    elif isinstance(error, Forbidden):
        status, reason = (
            "failed",
            "blocked-bot",
        )  # the buyer is marked unreachable (handlers/core/delivery.py)
    elif isinstance(error, Interrupted):
        status, reason = "failed", "interrupted"
    else:
        status, reason = "failed", (error.description or type(error).__name__)[:32]
    await marketing.settle_send(ctx.session, int(send_id), status, reason, ctx.now)
    return []


async def progress_sent(
    context: dict[str, Any], error: TelegramError | None, telegram_ids: list[int], ctx: Context
) -> list[Effect]:
    nudge = await marketing.nudge(ctx.session, int(context.get("nudge", 0)))
    if nudge is not None and error is None and telegram_ids:
        nudge.progress_message_id = telegram_ids[0]
    return []


COMMANDS = (Command("nudge", "seller", nudge_command),)
TIMERS = {PROGRESS: progress_due, RULE_DUE: rule_due}
DELIVERY_HOOKS = {consent.PROMOTION: promotion_done, PROGRESS: progress_sent}
