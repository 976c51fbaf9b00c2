"""The reminder before a buyer has waited a day: ``/remind DURATION`` (default 20h), ``/remind off``.

When a buyer's message starts a wait (``Conversation.waiting_since``), a timer is planned for that long
after. If nobody has answered by then, every seller gets one message listing every conversation that
waits and for how long; each waiting period is reminded once (``Conversation.reminded_for``). During a
vacation there are no reminders: its end summary lists what waits.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from handlers.core.context import Context
from handlers.core.delay_settings import delay_command, delay_setting
from handlers.core.effects import Effect, Outgoing, Schedule, SendMessage
from handlers.core.people import buyer_name
from handlers.core.registry import Feature
from handlers.core.routing import Command, CommandCall
from handlers.features.vacation import current_vacation
from handlers.kit.durations import spell_duration
from handlers.kit.text import truncate
from storage.models import Conversation

REMIND = "remind"  # timer kind; key: the conversation's id
SETTING = "remind-delay"
DEFAULT = timedelta(hours=20)
LISTED = 20  # conversations named in one reminder; the rest are counted
NAME_LIMIT = 40


async def plan(conversation: Conversation, ctx: Context) -> list[Effect]:
    """Called when a buyer message may have started a wait."""
    if conversation.waiting_since is None or conversation.reminded_for == conversation.waiting_since:
        return []
    delay = await delay_setting(ctx, SETTING, DEFAULT)
    if delay is None:
        return []
    return [Schedule(REMIND, str(conversation.id), conversation.waiting_since + delay)]


async def due(key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    conversation = await ctx.repo.conversation_if_any(int(key))
    delay = await delay_setting(ctx, SETTING, DEFAULT)
    if conversation is None or delay is None or conversation.waiting_since is None:
        return []  # answered meanwhile, or reminders switched off
    if conversation.reminded_for == conversation.waiting_since:
        return []
    if conversation.waiting_since + delay > ctx.now:  # the delay grew since it was planned
        return await plan(conversation, ctx)
    if await current_vacation(ctx) is not None:
        return []
    waiting = await ctx.repo.waiting_conversations(limit=1000)
    overdue = [
        c
        for c, _ in waiting
        if c.waiting_since is not None
        and c.waiting_since + delay <= ctx.now
        and c.reminded_for != c.waiting_since
    ]
    if not overdue:
        return []  # e.g. the buyer was blocked
    for c in overdue:
        c.reminded_for = c.waiting_since
    # Every wait past the delay is marked and counted, the ones reminded of before included: the
    # header used to count only the new ones, so after a week it said "2 have waited more than 20 hours"
    # of 11 buyers who had all waited a week.
    late = {c.id for c, _ in waiting if c.waiting_since is not None and c.waiting_since + delay <= ctx.now}
    oldest = min(c.waiting_since for c, _ in waiting if c.waiting_since is not None)
    effects: list[Effect] = []
    for seller in await ctx.repo.active_sellers():
        locale = seller.language
        longest = ctx.now - oldest
        lines = [_header(ctx, locale, count=len(waiting), late=len(late), delay=delay, longest=longest)]
        for c, buyer in waiting[:LISTED]:
            assert c.waiting_since is not None
            lines.append(
                ctx.t(
                    locale,
                    "remind-line",
                    mark="⏰" if c.id in late else "•",
                    number=str(buyer.id),
                    name=truncate(buyer_name(buyer), NAME_LIMIT),
                    waited=spell_duration(ctx.now - c.waiting_since, locale, "long"),
                )
            )
        if len(waiting) > LISTED:
            lines.append(ctx.t(locale, "remind-more", count=len(waiting) - LISTED))
        lines += ["", ctx.t(locale, "remind-footer")]
        effects.append(Outgoing(SendMessage(seller.telegram_id, "\n".join(lines))))
    return effects


def _header(ctx: Context, locale: str, *, count: int, late: int, delay: timedelta, longest: timedelta) -> str:
    """How many wait, how many of them past the delay, and the longest wait."""
    case = "one" if count == 1 else "all" if late == count else "some"
    return ctx.t(
        locale,
        f"remind-header-{case}",
        count=count,
        over=late,
        delay=spell_duration(delay, locale, "long", "accusative"),
        longest=spell_duration(longest, locale, "long", "accusative"),
    )


async def remind_command(call: CommandCall, ctx: Context) -> list[Effect]:
    return await delay_command(
        call, ctx, setting=SETTING, default=DEFAULT, texts="remind", replan=_replan_all
    )


async def _replan_all(ctx: Context) -> list[Effect]:
    """Conversations waiting now follow the new delay."""
    effects: list[Effect] = []
    for conversation, _ in await ctx.repo.waiting_conversations(limit=10_000):
        effects += await plan(conversation, ctx)
    return effects


COMMANDS = (Command("remind", "seller", remind_command),)
TIMERS = {REMIND: due}
FEATURE = Feature("reminders", commands=COMMANDS, timers=TIMERS, buyer_waits=plan)
