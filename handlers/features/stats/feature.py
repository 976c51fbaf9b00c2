"""Response statistics: ``/stats [DURATION]`` (default 30 days) and ``/stats chart [DURATION]``.

A conversation's first answer counts from the moment it opened; the 24-hour share is taken over the
conversations that were either answered or have been open for 24 hours (a younger unanswered one can
still make it), the way Etsy's Star Seller figure is meant.
"""

from __future__ import annotations

import asyncio
import base64
import statistics
from collections import defaultdict
from datetime import date, timedelta

from babel.numbers import format_decimal

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, SendPhoto
from handlers.core.moments import shop_zone
from handlers.core.registry import Feature
from handlers.core.replies import reply
from handlers.core.routing import Command, CommandCall
from handlers.features.stats import queries as figures
from handlers.features.stats.chart import ChartData, render_png
from handlers.kit.durations import parse_duration, spell_duration
from storage import csat as ratings
from storage import marketing

DEFAULT = timedelta(days=30)
DAY = timedelta(hours=24)
MAX_CHART_DAYS = 366


async def stats_command(call: CommandCall, ctx: Context) -> list[Effect]:
    words = call.words()
    chart = bool(words) and words[0].lower() == "chart"
    if chart:
        words = words[1:]
    period = parse_duration(" ".join(words), (call.locale,)) if words else DEFAULT  # "7d", "week"
    if period is None:
        return [reply(call, ctx.t(call.locale, "stats-usage"))]
    if chart:
        return await _chart(call, period, ctx)
    return [reply(call, await report(call.locale, period, ctx))]


async def report(locale: str, period: timedelta, ctx: Context) -> str:
    session, since = ctx.session, ctx.now - period
    opened = await figures.conversations_opened(session, since)
    messages = await figures.buyer_message_times(session, since)
    waits = [(answered - start).total_seconds() for start, answered in opened if answered is not None]
    judged = [(s, a) for s, a in opened if a is not None or ctx.now - s >= DAY]
    in_time = sum(1 for s, a in judged if a is not None and a - s <= DAY)
    answers = await figures.followup_answers(session, since)
    opted_in, decided = await marketing.consent_counts(session, since)
    sent, failed = await marketing.nudge_counts_since(session, since)
    scores = [score for _, score in await ratings.ratings_since(session, since)]
    t = ctx.t
    no_data = t(locale, "stats-no-data")
    lines = [
        t(locale, "stats-header", period=spell_duration(period, locale, "long", "accusative")),
        t(locale, "stats-conversations", count=len(opened)),
        t(locale, "stats-messages", count=len(messages)),
        t(
            locale,
            "stats-median",
            value=spell_duration(timedelta(seconds=statistics.median(waits)), locale) if waits else no_data,
        ),
        t(
            locale,
            "stats-within-day",
            value=_percent(in_time, len(judged)) if judged else no_data,
            answered=in_time,
            total=len(judged),
        ),
        t(locale, "stats-waiting", count=await ctx.repo.count_waiting()),
        t(
            locale,
            "stats-followups",
            asked=answers.get("asked", 0),
            good=answers.get("ok", 0),
            problem=answers.get("problem", 0),
        ),
        t(
            locale,
            "stats-csat",
            value=_average(scores, locale) if scores else no_data,
            count=len(scores),
        ),
        t(
            locale,
            "stats-opt-in",
            value=_percent(opted_in, decided) if decided else no_data,
            yes=opted_in,
            total=decided,
        ),
        t(locale, "stats-nudges", sent=sent, failed=failed),
    ]
    return "\n".join(lines)


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%"


def _average(scores: list[int], locale: str) -> str:
    """``4.3`` (``4,3`` in Russian): one decimal, the locale's separator."""
    return str(format_decimal(round(statistics.fmean(scores), 1), format="0.0", locale=locale))


async def _chart(call: CommandCall, period: timedelta, ctx: Context) -> list[Effect]:
    period = min(period, timedelta(days=MAX_CHART_DAYS))
    session, since = ctx.session, ctx.now - period
    zone = await shop_zone(ctx)
    first, last = since.astimezone(zone).date(), ctx.now.astimezone(zone).date()
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    per_day: dict[date, int] = defaultdict(int)
    for moment in await figures.buyer_message_times(session, since):
        per_day[moment.astimezone(zone).date()] += 1
    waits: dict[date, list[float]] = defaultdict(list)
    for opened, answered in await figures.conversations_opened(session, since):
        if answered is not None:
            waits[opened.astimezone(zone).date()].append((answered - opened).total_seconds())
    weeks = sorted({_week_of(d) for d in days})
    scores: dict[date, list[int]] = defaultdict(list)
    for rated_at, score in await ratings.ratings_since(session, since):
        scores[_week_of(rated_at.astimezone(zone).date())].append(score)
    t, locale = ctx.t, call.locale
    data = ChartData(
        title=t(
            locale,
            "stats-chart-title",
            shop=ctx.config.shop_name,
            period=spell_duration(period, locale, "long", "accusative"),
        ),
        days=days,
        messages=[per_day[d] for d in days],
        median_seconds=[statistics.median(waits[d]) if waits[d] else None for d in days],
        weeks=weeks,
        csat_average=[statistics.fmean(scores[w]) if scores[w] else None for w in weeks],
        messages_label=t(locale, "stats-chart-messages"),
        answer_hours_label=t(locale, "stats-chart-answer-hours"),
        answer_minutes_label=t(locale, "stats-chart-answer-minutes"),
        csat_label=t(locale, "stats-chart-csat"),
    )
    png = await asyncio.to_thread(render_png, data)  # drawing takes a moment: keep the loop free
    caption = t(locale, "stats-chart-caption", period=spell_duration(period, locale, "long", "accusative"))
    photo = SendPhoto(call.chat_id, base64.b64encode(png).decode("ascii"), "stats.png", caption)
    return [Outgoing(photo)]


def _week_of(day: date) -> date:
    """The Monday that starts ``day``'s week."""
    return day - timedelta(days=day.weekday())


COMMANDS = (Command("stats", "seller", stats_command),)
FEATURE = Feature("stats", commands=COMMANDS)
