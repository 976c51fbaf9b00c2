"""Storing an incoming message, the same way for both directions."""

from __future__ import annotations

from handlers.core.context import Context, NotYet
from handlers.core.events import IncomingMessage
from storage.models import Buyer, Message


async def replied_to(event: IncomingMessage, ctx: Context) -> Message | None:
    """Our message behind the bot message that ``event`` replies to, if any."""
    if not event.reply_to_message_id:
        return None
    return await ctx.repo.message_behind(event.chat_id, event.reply_to_message_id)


async def buyer_replied_to(event: IncomingMessage, ctx: Context) -> Buyer | None:
    """The buyer behind the message a seller's command replies to (a relayed message, a header, a
    note). The reply may be to a copy whose Telegram id is not known yet: then wait for that send."""
    target = await replied_to(event, ctx)
    if target is None and event.reply_to_message_id and ctx.may_wait:
        if await ctx.repo.sending_to(event.chat_id, ctx.now):
            raise NotYet(f"command replies to {event.reply_to_message_id} in chat {event.chat_id}")
    return await ctx.repo.buyer(target.buyer_id) if target is not None else None


async def must_hold(event: IncomingMessage, ctx: Context) -> bool:
    """Album parts wait for the rest of their album, and whatever the chat sends meanwhile waits
    behind them, so the other side sees it all in order."""
    return event.content.media_group_id is not None or await ctx.repo.has_pending(event.chat_id)


async def record(
    event: IncomingMessage,
    ctx: Context,
    *,
    conversation_id: int,
    buyer_id: int,
    direction: str,
    status: str,
    seller_id: int | None = None,
    reply_to_id: int | None = None,
    language: str | None = None,
) -> Message:
    content = event.content
    return await ctx.repo.add_message(
        Message(
            conversation_id=conversation_id,
            buyer_id=buyer_id,
            direction=direction,
            seller_id=seller_id,
            chat_id=event.chat_id,
            telegram_message_id=event.message_id,
            kind=content.kind,
            text=content.text,
            entities=list(content.entities),
            file_id=content.file_id,
            media_group_id=content.media_group_id,
            extra=content.extra,
            reply_to_id=reply_to_id,
            status=status,
            language=language,
            created_at=event.date,
        )
    )


async def copy_in(message_id: int | None, chat_id: int, ctx: Context) -> int | None:
    """The bot's message standing for ``message_id`` in ``chat_id`` (to reply to it). If it is still
    being sent, Telegram has not told us its id yet: wait for it (NotYet) rather than lose the thread."""
    if message_id is None:
        return None
    found = await ctx.repo.copy_in(message_id, chat_id)
    if found is None and ctx.may_wait and await ctx.repo.sending_to(chat_id, ctx.now):
        raise NotYet(f"copy of message {message_id} in chat {chat_id}")
    return found
