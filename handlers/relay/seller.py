"""Sellers: a reply to a relayed message goes to that buyer, anonymously; teammates see it too."""

from __future__ import annotations

from typing import Any

from handlers.core.context import Context, NotYet
from handlers.core.effects import (
    CopyMessage,
    CopyMessages,
    EditMessageText,
    Effect,
    Outgoing,
    Schedule,
    SendMessage,
)
from handlers.core.events import IncomingMessage
from handlers.core.replies import say
from handlers.kit.text import Rich, split
from handlers.relay.copies import body_of, carry, carry_album
from handlers.relay.headers import teammate_header
from handlers.relay.messages import copy_in, must_hold, record, replied_to
from storage.models import Buyer, Conversation, Message, Seller

# In Message.extra: the bot wrote this answer's text (a saved reply). Its origin in the seller's chat
# (a /r command, a picker) is not what the buyer got, so it is sent, not copied, and never edited along.
WRITTEN_BY_BOT = "written_by_bot"


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
    _mark_answered(conversation, ctx)
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


async def answer_with_text(
    target: Message,
    text: Rich,
    seller: Seller,
    ctx: Context,
    *,
    origin: tuple[int, int],
    extra: dict[str, Any] | None = None,
) -> tuple[Message, list[Effect]]:
    """Answer the buyer behind ``target`` with ``text`` the bot writes for ``seller`` (a saved reply).
    It counts exactly like the seller's own reply: conversation times, teammates' notes, threading.
    ``origin`` (chat id, message id) is where the answer started in the seller's chat; one origin
    answers once (the messages table holds each origin once)."""
    buyer = await ctx.repo.buyer(target.buyer_id)
    conversation = await ctx.repo.conversation(target.conversation_id)
    _mark_answered(conversation, ctx)
    chat_id, message_id = origin
    answer = await ctx.repo.add_message(
        Message(
            conversation_id=conversation.id,
            buyer_id=buyer.id,
            direction="out",
            seller_id=seller.telegram_id,
            chat_id=chat_id,
            telegram_message_id=message_id,
            kind="text",
            text=text.text,
            entities=list(text.entities),
            extra={**(extra or {}), WRITTEN_BY_BOT: True},
            reply_to_id=target.id,
            status="relayed",
            created_at=ctx.now,
        )
    )
    return answer, await deliver_answer([answer], seller, buyer, ctx)


def _mark_answered(conversation: Conversation, ctx: Context) -> None:
    if conversation.first_answered_at is None:
        conversation.first_answered_at = ctx.now
    conversation.waiting_since = None
    conversation.needs_attention_at = None  # a reported problem is being dealt with
    conversation.last_message_at = ctx.now
    conversation.last_answered_at = ctx.now


async def deliver_answer(parts: list[Message], seller: Seller, buyer: Buyer, ctx: Context) -> list[Effect]:
    """The answer to the buyer (a copy: no trace of the seller; text the bot wrote is sent as such),
    then a note to each teammate; the satisfaction question is planned (or moved) after it."""
    first = parts[0]
    failure = {"notify": seller.telegram_id, "buyer": buyer.id}
    effects: list[Effect] = []
    conversation = await ctx.repo.conversation(first.conversation_id)
    for answered in ctx.features.answered:  # the satisfaction question is planned (or moved)
        effects += await answered(conversation, buyer, ctx)
    if len(parts) > 1:
        ids = tuple(p.telegram_message_id for p in parts)
        effects.append(
            Outgoing(
                CopyMessages(buyer.telegram_id, first.chat_id, ids),
                message_ids=tuple(p.id for p in parts),
                role="delivery",
                context=failure,
            )
        )
    elif (first.extra or {}).get(WRITTEN_BY_BOT):
        effects += await _send_written(first, buyer, failure, ctx)
    else:
        reply_to = await _buyer_side_of(first.reply_to_id, buyer, ctx)
        copy = CopyMessage(
            buyer.telegram_id, first.chat_id, first.telegram_message_id, reply_to_message_id=reply_to
        )
        effects.append(Outgoing(copy, message_ids=(first.id,), role="delivery", context=failure))
    for teammate in await ctx.repo.active_sellers():
        if teammate.telegram_id == seller.telegram_id:
            continue
        header = teammate_header(ctx, seller, buyer, teammate.language)
        reply_to = await copy_in(first.reply_to_id, teammate.telegram_id, ctx)
        if len(parts) > 1:
            effects += carry_album(parts, header, teammate.telegram_id, reply_to=reply_to, role="note")
        else:
            effects += carry(first, header, buyer, teammate.telegram_id, reply_to=reply_to, role="note")
    return effects


async def _send_written(answer: Message, buyer: Buyer, failure: dict[str, Any], ctx: Context) -> list[Effect]:
    """A bot-written answer to the buyer, threaded like a copied one (split past 4096)."""
    reply_to = await _buyer_side_of(answer.reply_to_id, buyer, ctx)
    chat = buyer.telegram_id
    return [
        Outgoing(
            SendMessage(chat, piece.text, piece.entities, reply_to_message_id=reply_to if i == 0 else None),
            message_ids=(answer.id,),
            role="delivery",
            context=failure,
        )
        for i, piece in enumerate(split(body_of(answer)))
    ]


async def _buyer_side_of(message_id: int | None, buyer: Buyer, ctx: Context) -> int | None:
    """The message in the buyer's chat that the answer should reply to: the buyer's own message, or
    the bot's copy of an earlier answer."""
    if message_id is None:
        return None
    message = await ctx.repo.message(message_id)
    if message.direction == "in":
        return message.telegram_message_id
    return await copy_in(message.id, buyer.telegram_id, ctx)


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
    if (answer.extra or {}).get(WRITTEN_BY_BOT):
        return []  # an edited /r command: the buyer got the saved reply, not the command
    answer.text = event.content.text
    answer.entities = list(event.content.entities)
    answer.edited_at = event.date
    buyer = await ctx.repo.buyer(answer.buyer_id)
    copy_id = await copy_in(answer.id, buyer.telegram_id, ctx)
    if answer.kind != "text" or copy_id is None or not answer.text:
        return [say(ctx, seller, "seller-edit-not-passed")]
    edit = EditMessageText(buyer.telegram_id, copy_id, answer.text, tuple(answer.entities))
    failure = {"notify": seller.telegram_id, "buyer": buyer.id}
    return [Outgoing(edit, message_ids=(answer.id,), role="delivery", context=failure)]


def refresh_profile(seller: Seller, event: IncomingMessage, ctx: Context) -> None:
    user = event.sender
    seller.first_name, seller.last_name, seller.username = user.first_name, user.last_name, user.username
    seller.language_code = user.language_code
    seller.unreachable_at = None
    if not seller.language_locked:
        seller.language = ctx.t.supported(user.language_code) or ctx.config.default_language
