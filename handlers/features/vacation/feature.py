"""Vacation: while it lasts, buyers' messages are still relayed and stored, and each buyer gets an
auto-response once per vacation; when it ends (by itself at ``until``, or ``/vacation off``) the
sellers get a summary of what came in and what still waits.

``/vacation on [until END] [MESSAGE]`` (END: a date, "tomorrow" or a duration; see
handlers/features/vacation/end.py) · ``/vacation off`` · ``/vacation`` (status) · ``/vacation message[@lang]
TEXT|off``. The sellers' texts are kept per language (ShopText kind ``vacation``, name ``message``): a
text without ``@lang`` is in the seller's own language, and goes only to buyers who write in it. Buyers
in a language with no text of the sellers get the bot's own, in their language, naming the shop and the
return date — never another language's text.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, Schedule, SendMessage
from handlers.core.moments import format_day, format_moment, shop_zone
from handlers.core.people import buyer_name, seller_name
from handlers.core.registry import Feature
from handlers.core.replies import reply
from handlers.core.routing import Command, CommandCall
from handlers.features.vacation import queries
from handlers.features.vacation.end import BadEnd, read_switch_on
from handlers.kit.durations import spell_duration
from handlers.kit.text import TEXT_LIMIT, Rich, join, plain, tail, truncate, utf16_len
from storage.models import Buyer, Conversation, Seller, Vacation
from storage.shop_texts import VACATION, VACATION_MESSAGE, ShopTexts

VACATION_END = "vacation-end"  # timer kind; key: the vacation's id
WAITING_LISTED = 15  # conversations named in the summary; the rest are counted
NAME_LIMIT = 40

_MESSAGE = re.compile(r"\s*message(?:@(?P<locale>[A-Za-z_-]+))?(?:\s+(?P<text>\S.*))?", re.S | re.I)


# -- what buyers get ------------------------------------------------------------------------------------
async def current_vacation(ctx: Context) -> Vacation | None:
    """The vacation in force now. One whose end has passed is over even if its timer has not run yet
    (the bot may have been down then)."""
    vacation = await queries.active_vacation(ctx.session)
    if vacation is None or (vacation.until is not None and vacation.until <= ctx.now):
        return None
    return vacation


async def vacation_reply(vacation: Vacation, buyer: Buyer, ctx: Context) -> list[Effect]:
    """The auto-response, if this buyer has not had it during this vacation yet."""
    if not await queries.claim_vacation_reply(ctx.session, vacation.id, buyer.id, ctx.now):
        return []
    message = await vacation_message(vacation, buyer.language, ctx)
    return [Outgoing(SendMessage(buyer.telegram_id, message.text, message.entities), role="service")]


async def vacation_message(vacation: Vacation, locale: str, ctx: Context) -> Rich:
    """The sellers' text in ``locale``, else the bot's own in ``locale``."""
    own = (await ShopTexts(ctx.session, VACATION).by_locale(VACATION_MESSAGE)).get(locale)
    if own is not None:
        return Rich(own.text, tuple(own.entities))
    return await standard_message(vacation, locale, ctx)


async def standard_message(vacation: Vacation, locale: str, ctx: Context) -> Rich:
    """The bot's own auto-response: the shop's name and, if set, the return date."""
    shop = ctx.config.shop_name
    if vacation.until is None:
        return plain(ctx.t(locale, "away-vacation", shop=shop))
    until = until_label(vacation.until, locale, await shop_zone(ctx))
    return plain(ctx.t(locale, "away-vacation-until", shop=shop, until=until))


def until_label(until: datetime, locale: str, zone: ZoneInfo) -> str:
    """A vacation "until 2026-12-01" ends at local midnight: the day says it all. Otherwise (``3d``)
    the hour matters too."""
    if until.astimezone(zone).time() == time.min:
        return format_day(until, locale, zone)
    return format_moment(until, locale, zone)


# -- the end and its summary ----------------------------------------------------------------------------
async def end_by_timer(key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    """The ``vacation-end`` timer. Moved when the end changes; a vacation switched off (or made
    open-ended) since then is left alone."""
    vacation = await queries.vacation(ctx.session, int(key))
    if vacation is None or vacation.ended_at is not None:
        return []
    if vacation.until is None or vacation.until > ctx.now:
        return []
    return await finish_vacation(vacation, ctx)


async def finish_vacation(vacation: Vacation, ctx: Context) -> list[Effect]:
    """End it now and tell every seller what happened meanwhile."""
    vacation.ended_at, vacation.is_open = ctx.now, None
    # Telegram dates messages to the whole second: one sent in the vacation's first second would
    # otherwise look older than the vacation.
    since = vacation.started_at.replace(microsecond=0)
    buyers, messages = await queries.incoming_between(ctx.session, since, ctx.now)
    waiting = await ctx.repo.waiting_conversations(WAITING_LISTED)
    total_waiting = await ctx.repo.count_waiting()
    effects: list[Effect] = []
    for seller in await ctx.repo.active_sellers():
        lines = [
            ctx.t(seller.language, "vacation-summary-title"),
            ctx.t(seller.language, "vacation-summary-traffic", buyers=buyers, messages=messages),
            "",
            ctx.t(seller.language, "vacation-summary-waiting", count=total_waiting),
            *_waiting_lines(waiting, total_waiting, seller.language, ctx),
        ]
        effects.append(Outgoing(SendMessage(seller.telegram_id, "\n".join(lines)), role="service"))
    return effects


def _waiting_lines(
    waiting: list[tuple[Conversation, Buyer]], total: int, locale: str, ctx: Context
) -> list[str]:
    """``#12 Anna Smith — waiting 3 hours`` for the longest waiting; how many more after them."""
    lines = []
    for conversation, buyer in waiting:
        since = conversation.waiting_since or ctx.now
        lines.append(
            ctx.t(
                locale,
                "vacation-summary-waiting-line",
                number=str(buyer.id),
                name=truncate(buyer_name(buyer), NAME_LIMIT),
                waited=spell_duration(ctx.now - since, locale, "long", "accusative"),
            )
        )
    if total > len(waiting):
        lines.append(ctx.t(locale, "vacation-summary-more", count=total - len(waiting)))
    return lines


# -- /vacation --------------------------------------------------------------------------------------------
async def vacation_command(call: CommandCall, ctx: Context) -> list[Effect]:
    text = call.argument.text.strip()
    action = text.split(None, 1)[0].lower() if text else ""
    if not action:
        return await _status(call, ctx)
    if text.lower() == "off":
        return await _switch_off(call, ctx)
    if action == "on":
        return await _switch_on(call, ctx)
    if action.startswith("message"):
        return await _set_message(call, ctx)
    return [_usage(call, ctx)]


async def _switch_on(call: CommandCall, ctx: Context) -> list[Effect]:
    """``on [until END] [MESSAGE]``: checked, the message saved for the seller's language."""
    zone = await shop_zone(ctx)
    try:
        parsed = read_switch_on(call.argument.text, ctx.now, zone, call.locale)
    except BadEnd as bad:
        return [_explain(bad, call, ctx)]
    until = parsed.until
    if until is not None and until <= ctx.now:
        return [reply(call, ctx.t(call.locale, "vacation-until-past", until=parsed.end_as_typed))]
    if parsed.message_at is not None:
        await _save_message(call.locale, _rest(call.argument, parsed.message_at), call, ctx)
    return await _start_or_update(call, until, zone, ctx)


async def _start_or_update(
    call: CommandCall, until: datetime | None, zone: ZoneInfo, ctx: Context
) -> list[Effect]:
    """A new vacation, or the one on now with its new end; an end not given stays as it was."""
    assert call.seller is not None
    effects = await _finish_overdue(ctx)
    vacation = await queries.active_vacation(ctx.session)
    if vacation is None:
        vacation = await queries.start_vacation(ctx.session, until, call.seller.telegram_id, ctx.now)
        effects += await _tell_teammates(call.seller, vacation, zone, ctx)
    elif until is not None:
        vacation.until = until
    if vacation.until is not None:
        effects.append(Schedule(VACATION_END, str(vacation.id), vacation.until))  # moved if it exists
    return effects + await _switched_on(call, vacation, zone, ctx)


async def _tell_teammates(seller: Seller, vacation: Vacation, zone: ZoneInfo, ctx: Context) -> list[Effect]:
    """The other sellers learn it at once, not from the buyers' puzzled replies or the end summary."""
    effects: list[Effect] = []
    for teammate in await ctx.repo.active_sellers():
        if teammate.telegram_id == seller.telegram_id:
            continue
        locale, name = teammate.language, seller_name(seller)
        if vacation.until is None:
            text = ctx.t(locale, "vacation-on-by-open", seller=name)
        else:
            text = ctx.t(
                locale, "vacation-on-by-until", seller=name, until=until_label(vacation.until, locale, zone)
            )
        effects.append(Outgoing(SendMessage(teammate.telegram_id, text)))
    return effects


async def _finish_overdue(ctx: Context) -> list[Effect]:
    """A vacation past its end whose timer has not run yet ends here, summary and all, so that a new
    one starts clean."""
    stale = await queries.active_vacation(ctx.session)
    if stale is None or stale.until is None or stale.until > ctx.now:
        return []
    return await finish_vacation(stale, ctx)


async def _switched_on(call: CommandCall, vacation: Vacation, zone: ZoneInfo, ctx: Context) -> list[Effect]:
    """The confirmation, with who gets what."""
    locale = call.locale
    if vacation.until is None:
        head = ctx.t(locale, "vacation-on-open")
    else:
        head = ctx.t(locale, "vacation-on-until", until=until_label(vacation.until, locale, zone))
    return await _with_preview(call, head, vacation, ctx)


async def _switch_off(call: CommandCall, ctx: Context) -> list[Effect]:
    vacation = await queries.active_vacation(ctx.session)
    if vacation is None:
        return [reply(call, ctx.t(call.locale, "vacation-not-on"))]
    return await finish_vacation(vacation, ctx)  # the summary goes to every seller, this one too


async def _status(call: CommandCall, ctx: Context) -> list[Effect]:
    locale = call.locale
    vacation = await current_vacation(ctx)
    lines = [await _state_line(vacation, locale, ctx)]
    if vacation is not None:
        replied = await queries.count_vacation_replies(ctx.session, vacation.id)
        lines.append(ctx.t(locale, "vacation-status-replied", count=replied))
    lines.append(await _variants_line(locale, ctx))
    if vacation is None:
        return [reply(call, "\n".join(lines))]
    return await _with_preview(call, "\n".join(lines), vacation, ctx)


async def _state_line(vacation: Vacation | None, locale: str, ctx: Context) -> str:
    if vacation is None:
        return ctx.t(locale, "vacation-status-off")
    if vacation.until is None:
        return ctx.t(locale, "vacation-on-open")
    return ctx.t(locale, "vacation-on-until", until=until_label(vacation.until, locale, await shop_zone(ctx)))


async def _variants_line(locale: str, ctx: Context) -> str:
    variants = await _variant_locales(ctx)
    if not variants:
        return ctx.t(locale, "vacation-variants-none", language=_language(locale, locale, ctx))
    names = ", ".join(_language(code, locale, ctx) for code in variants)
    return ctx.t(locale, "vacation-variants", variants=names)


async def _variant_locales(ctx: Context) -> list[str]:
    """The languages the sellers wrote a text in, in the bot's order."""
    texts = await ShopTexts(ctx.session, VACATION).by_locale(VACATION_MESSAGE)
    return [code for code in ctx.t.locales if code in texts]


def _language(code: str, locale: str, ctx: Context) -> str:
    return ctx.t.language_name(code, locale)


async def _set_message(call: CommandCall, ctx: Context) -> list[Effect]:
    """``/vacation message@ru TEXT`` for Russian-speaking buyers, ``/vacation message TEXT`` for those
    who write in the seller's language; ``off`` instead of the text removes that variant."""
    assert call.seller is not None
    text = call.argument.text
    match = _MESSAGE.fullmatch(text)
    if match is None or not match["text"]:
        return [_usage(call, ctx)]
    code = (match["locale"] or call.locale).lower()
    if code and code not in ctx.t.locales:
        languages = ", ".join(ctx.t.locales)
        return [reply(call, ctx.t(call.locale, "vacation-bad-language", code=code, languages=languages))]
    variant = _language(code, call.locale, ctx)
    if match["text"].strip().lower() == "off":
        removed = await ShopTexts(ctx.session, VACATION).delete(VACATION_MESSAGE, code)
        key = "vacation-message-removed" if removed else "vacation-message-missing"
        return [reply(call, ctx.t(call.locale, key, variant=variant))]
    await _save_message(code, _rest(call.argument, match.start("text")), call, ctx)
    return [reply(call, ctx.t(call.locale, "vacation-message-saved", variant=variant))]


def _rest(argument: Rich, start: int) -> Rich:
    """The argument from character ``start`` on, with its formatting (entities count UTF-16 units)."""
    return tail(argument, utf16_len(argument.text[:start]))


async def _save_message(locale: str, message: Rich, call: CommandCall, ctx: Context) -> None:
    assert call.seller is not None
    entities = list(message.entities)
    texts = ShopTexts(ctx.session, VACATION)
    await texts.put(VACATION_MESSAGE, locale, message.text, entities, call.seller.telegram_id, ctx.now)


async def _with_preview(call: CommandCall, head: str, vacation: Vacation, ctx: Context) -> list[Effect]:
    """``head``, then who gets what: the seller's own text for buyers in the seller's language, which
    other languages have one, and the standard text (shown in the seller's language) for the rest."""
    locale = call.locale
    variants = await _variant_locales(ctx)
    parts = [plain(head)]
    if locale in variants:
        own = await vacation_message(vacation, locale, ctx)
        parts += [plain(ctx.t(locale, "vacation-preview-own", language=_language(locale, locale, ctx))), own]
    others = [code for code in variants if code != locale]
    if others:
        names = ", ".join(_language(code, locale, ctx) for code in others)
        parts.append(plain(ctx.t(locale, "vacation-preview-more", languages=names)))
    if len(variants) < len(ctx.t.locales):
        key = "vacation-preview-standard-rest" if variants else "vacation-preview-standard-all"
        standard = await standard_message(vacation, locale, ctx)
        parts += [plain(ctx.t(locale, key, language=_language(locale, locale, ctx))), standard]
    return _messages(parts, call.chat_id)


def _messages(parts: list[Rich], chat_id: int) -> list[Effect]:
    """The parts one paragraph each, in one message if Telegram allows, else each in its own (a
    seller's text may be nearly as long as a message can be)."""
    joined = join([parts[0], *(plain("\n\n") + part for part in parts[1:])])
    pieces = [joined] if len(joined) <= TEXT_LIMIT else parts
    return [Outgoing(SendMessage(chat_id, p.text, p.entities), role="service") for p in pieces]


def _usage(call: CommandCall, ctx: Context) -> Outgoing:
    return reply(call, ctx.t(call.locale, "vacation-usage"))


def _explain(bad: BadEnd, call: CommandCall, ctx: Context) -> Outgoing:
    """What is wrong with the end, then the forms that work."""
    if bad.key == "vacation-usage":
        return _usage(call, ctx)
    usage = ctx.t(call.locale, "vacation-usage")
    return reply(call, ctx.t(call.locale, bad.key, given=bad.given) + "\n\n" + usage)


COMMANDS = (Command("vacation", "seller", vacation_command),)
TIMERS = {VACATION_END: end_by_timer}


async def away_hook(buyer: Buyer, conversation: Conversation, ctx: Context) -> list[Effect] | None:
    """Vacation wins over business hours (it is installed before them). A buyer who had its reply
    already gets nothing more: the acknowledgement's "answers within a day" would not be true during a
    vacation."""
    vacation = await current_vacation(ctx)
    return None if vacation is None else await vacation_reply(vacation, buyer, ctx)


FEATURE = Feature("vacation", commands=COMMANDS, timers=TIMERS, away_reply=away_hook)
