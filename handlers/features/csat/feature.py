"""The satisfaction question (CSAT): when a conversation was answered and then stayed quiet for
``/csat DURATION`` (default 24h; ``/csat off``, ``/csat on``, ``/csat`` for the setting), its buyer is
asked once, in their language, to rate the service 1–5 with buttons. A 1 or 2 alerts every seller at
once with the buyer's header; a reply to the alert answers the buyer.

Planning reuses the durable timers (kind ``csat``, key the conversation's id): every seller answer moves
the timer to ``delay`` after the conversation's latest message. When it comes due it checks everything
again, so a buyer who wrote since (the conversation waits, or a newer one opened) cancels it — their
next answer plans it anew — and a changed delay moves it. Never to blocked or unreachable buyers.
During a vacation the question is skipped, not postponed: asking days later about an answer given
before the break would rate the break, not the answer. The conversation stays unasked, so an answer
after the vacation plans it again.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from handlers.core.buttons import answer, number, replace_message
from handlers.core.context import Context
from handlers.core.delay_settings import delay_command, delay_setting
from handlers.core.effects import Effect, Outgoing, Schedule, SendMessage
from handlers.core.events import CallbackPress
from handlers.core.people import seller_name
from handlers.core.registry import Feature
from handlers.core.routing import Command, CommandCall
from handlers.features.vacation import current_vacation
from handlers.kit.text import join, plain, truncate
from handlers.relay.headers import buyer_header
from storage import csat as stored
from storage.models import Buyer, Conversation, Message

CSAT = "csat"  # timer kind; key: the conversation's id
SETTING = "csat-delay"
DEFAULT = timedelta(hours=24)
PREFIX = "cs"  # callback data: cs:<conversation id>:<score>, a few bytes of Telegram's 64
SCORES = (1, 2, 3, 4, 5)
FACES = {1: "😞", 2: "🙁", 3: "😐", 4: "🙂", 5: "😍"}
LOW = 2  # this or less alerts the sellers
EXCERPTS = 3  # the buyer's latest messages quoted in an alert
EXCERPT_LIMIT = 200


async def plan(conversation: Conversation, buyer: Buyer, ctx: Context) -> list[Effect]:
    """Called when a seller answered in ``conversation``."""
    if conversation.csat_asked_at is not None or conversation.last_answered_at is None:
        return []
    if buyer.blocked_at is not None:
        return []
    delay = await delay_setting(ctx, SETTING, DEFAULT)
    if delay is None:
        return []
    return [Schedule(CSAT, str(conversation.id), conversation.last_message_at + delay)]


async def due(key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    conversation = await ctx.repo.conversation_if_any(int(key))
    if conversation is None or conversation.csat_asked_at is not None:
        return []
    if conversation.waiting_since is not None or conversation.last_answered_at is None:
        return []  # the buyer wrote again: the next answer plans the question anew
    delay = await delay_setting(ctx, SETTING, DEFAULT)
    if delay is None:
        return []
    buyer = await ctx.repo.buyer(conversation.buyer_id)
    if conversation.last_message_at + delay > ctx.now:  # the delay grew, or someone wrote since
        return await plan(conversation, buyer, ctx)
    current = await ctx.repo.current_conversation(buyer.id)
    if current is None or current.id != conversation.id:
        return []  # the buyer has started a new conversation since
    if buyer.blocked_at is not None or buyer.unreachable_at is not None:
        return []
    if await current_vacation(ctx) is not None:
        return []  # skipped (see the module's docstring)
    conversation.csat_asked_at = ctx.now
    return [question(conversation, buyer, ctx)]


def question(conversation: Conversation, buyer: Buyer, ctx: Context) -> Outgoing:
    buttons = [
        {"text": f"{FACES[score]} {score}", "callback_data": f"{PREFIX}:{conversation.id}:{score}"}
        for score in SCORES
    ]
    text = ctx.t(buyer.language, "csat-question", shop=ctx.config.shop_name)
    send = SendMessage(buyer.telegram_id, text, reply_markup={"inline_keyboard": [buttons]})
    return Outgoing(send, role="csat")


async def csat_command(call: CommandCall, ctx: Context) -> list[Effect]:
    return await delay_command(
        call, ctx, setting=SETTING, default=DEFAULT, texts="csat", replan=_replan_all, switch_on=True
    )


async def _replan_all(ctx: Context) -> list[Effect]:
    """Questions planned already follow the new delay."""
    effects: list[Effect] = []
    for conversation in await stored.planned_conversations(ctx.session, CSAT):
        effects += await plan(conversation, await ctx.repo.buyer(conversation.buyer_id), ctx)
    return effects


async def pressed(press: CallbackPress, ctx: Context) -> list[Effect]:
    """A score pressed. Recorded once per conversation: a second press (or an old question's button)
    is answered, thanked and shown the score that counts, and changes nothing."""
    _, conversation_field, score_field = ([*press.data.split(":", 2), "", ""])[:3]
    conversation_id, score = number(conversation_field), number(score_field)
    buyer = await ctx.repo.buyer_by_telegram_id(press.sender.id)
    conversation = (
        await ctx.repo.conversation_if_any(conversation_id) if conversation_id is not None else None
    )
    if buyer is None or conversation is None or conversation.buyer_id != buyer.id or score not in SCORES:
        return [answer(press)]
    answered_by = await stored.last_answerer(ctx.session, conversation.id)
    chosen, new = await stored.record_rating(ctx.session, conversation, score, answered_by, ctx.now)
    locale = buyer.language
    thanks = ctx.t(locale, "csat-thanks" if new else "csat-already")
    shown = f"{FACES[chosen]} " + ctx.t(locale, "csat-rated", score=chosen)
    effects: list[Effect] = [answer(press, thanks), replace_message(press, shown)]
    if new and chosen <= LOW:
        effects += await _alert(press, conversation, buyer, chosen, answered_by, ctx)
    return effects


async def _alert(
    press: CallbackPress,
    conversation: Conversation,
    buyer: Buyer,
    score: int,
    answered_by: int | None,
    ctx: Context,
) -> list[Effect]:
    """Every seller hears of a low score at once, in their language. The alert stands for a stored
    buyer message (the rating), so a seller's reply to it reaches the buyer like any answer."""
    message = await ctx.repo.add_message(
        Message(
            conversation_id=conversation.id,
            buyer_id=buyer.id,
            direction="in",
            chat_id=buyer.telegram_id,
            # The rated question in the buyer's chat (a reply threads under it); one too old for
            # Telegram to name gets an id no real message has, unique as the rating is.
            telegram_message_id=press.message_id or -conversation.id,
            kind="csat",  # no text: it is not the buyer's words (language detection reads those)
            text=None,
            entities=[],
            extra={"csat": score},
            status="relayed",
            created_at=ctx.now,
        )
    )
    answerer = await ctx.repo.seller_ever(answered_by) if answered_by is not None else None
    recent = await ctx.repo.recent_texts(buyer.id, EXCERPTS)
    effects: list[Effect] = []
    for seller in await ctx.repo.active_sellers():
        locale = seller.language
        lines = [ctx.t(locale, "csat-alert", score=score)]
        if answerer is not None:
            lines.append(ctx.t(locale, "csat-alert-last-answer", seller=seller_name(answerer)))
        lines += [f"• {truncate(text, EXCERPT_LIMIT)}" for text in recent]  # oldest first
        lines.append(ctx.t(locale, "csat-alert-reply"))
        alert = join([buyer_header(ctx, buyer, locale), plain("\n" + "\n".join(lines))])
        send = SendMessage(seller.telegram_id, alert.text, alert.entities)
        effects.append(Outgoing(send, message_ids=(message.id,), role="relay"))
    return effects


COMMANDS = (Command("csat", "seller", csat_command),)
BUTTONS = {PREFIX: pressed}
TIMERS = {CSAT: due}
FEATURE = Feature("csat", commands=COMMANDS, buttons=BUTTONS, timers=TIMERS, answered=plan)
