"""What the core does once Telegram has answered a send: remember the copies it made, and on a final
failure mark whoever is unreachable and tell the seller it concerns."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from handlers.core import menus
from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.people import buyer_name
from handlers.core.ports import Forbidden, TelegramError
from handlers.core.replies import say
from handlers.core.routing import DeliveryHook

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Sent:
    """An outbox row that went out."""

    chat_id: int
    message_ids: tuple[int, ...]  # ours
    role: str
    telegram_ids: tuple[int, ...]  # what Telegram made of it
    context: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Failed:
    """An outbox row given up on."""

    chat_id: int
    method: str
    message_ids: tuple[int, ...]
    role: str
    context: dict[str, Any] | None
    error: TelegramError


def _hook(role: str, ctx: Context) -> DeliveryHook | None:
    """The core's own (command menus) or what the features declare for the role."""
    return menus.menu_done if role == menus.ROLE else ctx.features.delivery_hooks().get(role)


async def on_sent(sent: Sent, ctx: Context) -> list[Effect]:
    if sent.message_ids and sent.telegram_ids:
        if len(sent.message_ids) == len(sent.telegram_ids):
            pairs = list(zip(sent.message_ids, sent.telegram_ids, strict=True))
        else:  # one message in several parts (a long text, a header and its media)
            pairs = [(sent.message_ids[0], t) for t in sent.telegram_ids]
        await ctx.repo.add_copies(pairs, sent.chat_id, sent.role, ctx.now)
    await ctx.repo.mark_reachable(sent.chat_id)  # a buyer who had blocked the bot unblocked it
    hook = _hook(sent.role, ctx)
    return await hook(sent.context or {}, None, list(sent.telegram_ids), ctx) if hook else []


async def on_failed(failed: Failed, ctx: Context) -> list[Effect]:
    log.error("gave up sending %s to chat %s: %s", failed.method, failed.chat_id, failed.error.description)
    context = failed.context or {}
    if isinstance(failed.error, Forbidden):
        buyer = await ctx.repo.buyer_by_telegram_id(failed.chat_id)
        if buyer is not None and buyer.unreachable_at is None:
            buyer.unreachable_at = ctx.now
        seller = await ctx.repo.seller(failed.chat_id)
        if seller is not None:
            seller.unreachable_at = ctx.now
    hook = _hook(failed.role, ctx)
    if hook is not None:
        return await hook(context, failed.error, [], ctx)
    notify = context.get("notify")
    seller = await ctx.repo.seller(int(notify)) if notify is not None else None
    if seller is None or seller.telegram_id == failed.chat_id:
        return []
    buyer_id = context.get("buyer")
    buyer = await ctx.repo.buyer(int(buyer_id)) if buyer_id is not None else None
    name = buyer_name(buyer) if buyer else "?"
    number = str(buyer.id) if buyer else "?"
    if isinstance(failed.error, Forbidden):
        return [say(ctx, seller, "seller-buyer-unreachable", name=name, number=number)]
    return [
        say(
            ctx,
            seller,
            "seller-delivery-failed",
            name=name,
            number=number,
            reason=failed.error.description or type(failed.error).__name__,
        )
    ]
