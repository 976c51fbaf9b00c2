"""Poison updates. An update the bot cannot parse or handle is kept in the dead-letter table as
Telegram sent it, with the error, and skipped, so the updates after it flow on. Whoever sent it, when a
private chat can be read from it, is asked to send it again (once per chat in ``ASK_AGAIN_AFTER``); the
sellers get a digest naming how many and from whom, at most once per ``DIGEST_EVERY``, so a storm of bad
updates is one message an hour, not one each.
"""

from __future__ import annotations

import json
import traceback
from datetime import timedelta
from typing import Any

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, Schedule, SendMessage
from handlers.core.moments import shop_moment
from handlers.core.people import buyer_name
from handlers.core.replies import say
from handlers.kit.text import truncate
from storage import dead_letters
from storage.models import DeadLetter

Json = dict[str, Any]

DIGEST = "dead-letters"  # timer kind; one timer, key SELLERS
SELLERS = "sellers"
DIGEST_EVERY = timedelta(hours=1)
ASK_AGAIN_AFTER = timedelta(minutes=10)
ERROR_CHARS = 4000  # the end of the traceback, where the cause is
NAMED = 5  # senders named in a digest; the rest are counted


async def record(update: Json, error: BaseException, ctx: Context) -> list[Effect]:
    """Keep one poison update; the effects ask its sender to resend and plan the sellers' digest."""
    update_id = update.get("update_id")
    chat_id, sender = _private_sender(update)
    session = ctx.session
    effects: list[Effect] = []
    if chat_id is not None and not await dead_letters.asked_since(
        session, chat_id, ctx.now - ASK_AGAIN_AFTER
    ):
        effects += await _ask_to_resend(chat_id, sender, ctx)
    raw = json.dumps(update, ensure_ascii=False, default=str)
    cause = "".join(traceback.format_exception(error))[-ERROR_CHARS:]
    number = update_id if isinstance(update_id, int) else None
    if not await dead_letters.add(session, number, chat_id, raw, cause, ctx.now, asked=bool(effects)):
        return []  # delivered again after a crash: handled like the first time already
    last = await dead_letters.last_told(session)
    due = ctx.now if last is None else max(ctx.now, last + DIGEST_EVERY)
    return [*effects, Schedule(DIGEST, SELLERS, due)]


async def digest(key: str, payload: Json, ctx: Context) -> list[Effect]:
    """The sellers' digest of what was skipped since the last one."""
    del key, payload
    rows = await dead_letters.untold(ctx.session)
    if not rows:
        return []
    last = await dead_letters.last_told(ctx.session)
    if last is not None and last + DIGEST_EVERY > ctx.now:
        return [Schedule(DIGEST, SELLERS, last + DIGEST_EVERY)]
    await dead_letters.mark_told(ctx.session, [row.id for row in rows], ctx.now)
    names = await _senders(rows, ctx)
    effects: list[Effect] = []
    for seller in await ctx.repo.active_sellers():
        locale = seller.language
        lines = [
            ctx.t(
                locale,
                "dead-letters-digest",
                count=len(rows),
                first=await shop_moment(ctx, rows[0].created_at, locale),
            )
        ]
        if names:
            shown = ", ".join(names[:NAMED])
            more = len(names) - NAMED
            lines.append(ctx.t(locale, "dead-letters-senders", names=shown, more=max(more, 0)))
        lines.append(ctx.t(locale, "dead-letters-where"))
        effects.append(Outgoing(SendMessage(seller.telegram_id, "\n".join(lines)), role="service"))
    return effects


async def _ask_to_resend(chat_id: int, sender: Json, ctx: Context) -> list[Effect]:
    seller = await ctx.repo.seller(chat_id)
    if seller is not None:
        return [say(ctx, seller, "dead-letter-resend")]
    buyer = await ctx.repo.buyer_by_telegram_id(chat_id)
    if buyer is not None:
        if buyer.blocked_at is not None:
            return []
        return [say(ctx, buyer, "dead-letter-resend")]
    code = sender.get("language_code")
    locale = ctx.t.supported(code if isinstance(code, str) else None) or ctx.config.default_language
    return [Outgoing(SendMessage(chat_id, ctx.t(locale, "dead-letter-resend")), role="service")]


async def _senders(rows: list[DeadLetter], ctx: Context) -> list[str]:
    """``#12 Anna`` for known buyers, the name Telegram sent for anyone else; each once."""
    names: list[str] = []
    for row in rows:
        if row.chat_id is None:
            continue
        buyer = await ctx.repo.buyer_by_telegram_id(row.chat_id)
        if buyer is not None:
            name = f"#{buyer.id} {truncate(buyer_name(buyer), 40)}"
        else:
            sender = _private_sender(_loads(row.raw))[1]
            first = sender.get("first_name")
            name = truncate(first, 40) if isinstance(first, str) and first else str(row.chat_id)
        if name not in names:
            names.append(name)
    return names


def _private_sender(update: Json) -> tuple[int | None, Json]:
    """The private chat a poison update came from and its ``from`` object, as far as they can be read:
    a message's chat, or the user who pressed a button."""
    for key, value in update.items():
        if not isinstance(value, dict) or key == "update_id":
            continue
        found = value.get("from")
        sender: Json = found if isinstance(found, dict) else {}
        chat = value.get("chat")
        if isinstance(chat, dict):
            chat_id = chat.get("id")
            if chat.get("type") == "private" and isinstance(chat_id, int) and chat_id > 0:
                return chat_id, sender
            return None, sender
        if key == "callback_query" and isinstance(sender.get("id"), int) and sender["id"] > 0:
            return int(sender["id"]), sender
    return None, {}


def _loads(raw: str) -> Json:
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
