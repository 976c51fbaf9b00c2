"""Sellers: a reply to a relayed message goes to that buyer, anonymously; teammates see it too."""

from __future__ import annotations

from handlers.basics import say
from handlers.context import Context, NotYet
from handlers.effects import (
    CopyMessage,
    CopyMessages,
    EditMessageText,
    Effect,
    Outgoing,
    Schedule,
)
from handlers.events import IncomingMessage
from handlers.headers import teammate_header
from handlers.messages import must_hold, record, replied_to
from handlers.relay import carry, carry_album
from storage.models import Buyer, Message, Seller


async def handle_seller_message(event: IncomingMessage, seller: Seller, ctx: Context) -> list[Effect]:
    if event.edited:
        return await _pass_on_edit(event, seller, ctx)
    content = event.content
    target = await replied_to(event, ctx)
    if target is None and content.media_group_id:
        # An album answers whatever its first part answered.
        target = await _album_target(event, ctx)
    if target is None and event.reply_to_message_id and ctx.may_wait:
        if await ctx.repo.sending_to(event.chat_id, ctx.now):
            raise NotYet(f"reply to {event.reply_to_message_id} in chat {event.chat_id}")
    if target is None:
        if content.media_group_id:  # one hint per album, not one per part
            due = ctx.now + ctx.config.album_wait
            return [Schedule("seller-hint", content.media_group_id, due, {"seller": seller.telegram_id})]
        return [say(ctx, seller, "seller-hint-reply")]
    if not content.relayable:
        return [say(ctx, seller, "seller-unsupported", kind=content.kind)]

    buyer = await ctx.repo.buyer(target.buyer_id)
    conversation = await ctx.repo.conversation(target.conversation_id)
    if conversation.first_answered_at is None:
        conversation.first_answered_at = ctx.now
    conversation.waiting_since = None
    conversation.last_message_at = ctx.now
    conversation.last_answered_at = ctx.now
    hold = await must_hold(event, ctx)
    answer = await record(
        event,
        ctx,
        conversation_id=conversation.id,
        buyer_id=buyer.id,
        direction="out",
        seller_id=seller.telegram_id,
        reply_to_id=target.id,
        status="pending" if hold else "relayed",
    )
    if hold:
        due = ctx.now + ctx.config.album_wait
        return [Schedule("flush", f"chat:{event.chat_id}", due, {"side": "seller"})]
    return await deliver_answer([answer], seller, buyer, ctx)


async def deliver_answer(parts: list[Message], seller: Seller, buyer: Buyer, ctx: Context) -> list[Effect]:
    """The answer to the buyer (a copy: no trace of the seller), then a note to each teammate."""
    first = parts[0]
    failure = {"notify": seller.telegram_id, "buyer": buyer.id}
    effects: list[Effect] = []
    if len(parts) > 1:
        ids = tuple(p.telegram_message_id for p in parts)
        effects.append(
            Outgoing(
                CopyMessages(buyer.telegram_id, first.chat_id, ids),
                message_ids=tuple(p.id for p in parts),
                role="delivery",
                on_failure=failure,
            )
        )
    else:
        reply_to = await _buyer_side_of(first.reply_to_id, buyer, ctx)
        copy = CopyMessage(
            buyer.telegram_id, first.chat_id, first.telegram_message_id, reply_to_message_id=reply_to
        )
        effects.append(Outgoing(copy, message_ids=(first.id,), role="delivery", on_failure=failure))
    for teammate in await ctx.repo.active_sellers():
        if teammate.telegram_id == seller.telegram_id:
            continue
        header = teammate_header(ctx, seller, buyer, teammate.language)
        reply_to = (
            await ctx.repo.copy_in(first.reply_to_id, teammate.telegram_id) if first.reply_to_id else None
        )
        if len(parts) > 1:
            effects += carry_album(parts, header, teammate.telegram_id, reply_to=reply_to, role="note")
        else:
            effects += carry(first, header, buyer, teammate.telegram_id, reply_to=reply_to, role="note")
    return effects


async def _buyer_side_of(message_id: int | None, buyer: Buyer, ctx: Context) -> int | None:
    """The message in the buyer's chat that the answer should reply to: the buyer's own message, or
    the bot's copy of an earlier answer."""
    if message_id is None:
        return None
    message = await ctx.repo.message(message_id)
    if message.direction == "in":
        return message.telegram_message_id
    return await ctx.repo.copy_in(message.id, buyer.telegram_id)


async def _album_target(event: IncomingMessage, ctx: Context) -> Message | None:
    for part in await ctx.repo.pending_messages(event.chat_id):
        if part.media_group_id == event.content.media_group_id and part.reply_to_id:
            return await ctx.repo.message(part.reply_to_id)
    return None


async def _pass_on_edit(event: IncomingMessage, seller: Seller, ctx: Context) -> list[Effect]:
    """A seller corrects a text answer: the buyer's copy is corrected too."""
    answer = await ctx.repo.message_at(event.chat_id, event.message_id)
    if answer is None or answer.direction != "out" or answer.text == event.content.text:
        return []
    answer.text = event.content.text
    answer.entities = list(event.content.entities)
    answer.edited_at = event.date
    buyer = await ctx.repo.buyer(answer.buyer_id)
    copy_id = await ctx.repo.copy_in(answer.id, buyer.telegram_id)
    if answer.kind != "text" or copy_id is None or not answer.text:
        return [say(ctx, seller, "seller-edit-not-passed")]
    edit = EditMessageText(buyer.telegram_id, copy_id, answer.text, tuple(answer.entities))
    failure = {"notify": seller.telegram_id, "buyer": buyer.id}
    return [Outgoing(edit, message_ids=(answer.id,), role="delivery", on_failure=failure)]


def refresh_profile(seller: Seller, event: IncomingMessage, ctx: Context) -> None:
    user = event.sender
    seller.first_name, seller.last_name, seller.username = user.first_name, user.last_name, user.username
    seller.language_code = user.language_code
    seller.unreachable_at = None
    if not seller.language_locked:
        seller.language = ctx.t.supported(user.language_code) or ctx.config.default_language
