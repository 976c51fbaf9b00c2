"""Buyers: every message that is no command stored and relayed to the sellers; the away replies and
the "a buyer now waits" hooks of the features (``ctx.features``) in its path."""

from __future__ import annotations

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, Schedule, SendMessage
from handlers.core.events import CAPTIONED_KINDS, IncomingMessage
from handlers.core.replies import say
from handlers.kit.language import VOTE_WINDOW
from handlers.relay.copies import carry, carry_album
from handlers.relay.headers import buyer_header, order_owner_elsewhere
from handlers.relay.messages import copy_in, must_hold, record, replied_to
from storage.models import Buyer, Conversation, Message


async def handle_buyer_message(event: IncomingMessage, buyer: Buyer, ctx: Context) -> list[Effect]:
    if event.edited:
        return await _relay_edit(event, buyer, ctx)
    return await _relay_new(event, buyer, ctx)


async def _relay_new(event: IncomingMessage, buyer: Buyer, ctx: Context) -> list[Effect]:
    content = event.content
    conversation, is_new = await ctx.repo.conversation_for_buyer_message(
        buyer.id, ctx.now, ctx.config.conversation_idle
    )
    replied = await replied_to(event, ctx)
    hold = await must_hold(event, ctx)
    message = await record(
        event,
        ctx,
        conversation_id=conversation.id,
        buyer_id=buyer.id,
        direction="in",
        reply_to_id=replied.id if replied else None,
        status=("pending" if hold else "relayed") if content.relayable else "unsupported",
        language=ctx.detector.judge(content.text, buyer.language_code),
    )
    if message.language is not None and not buyer.language_locked:
        verdicts = await ctx.repo.language_verdicts(buyer.id, VOTE_WINDOW)
        buyer.language = ctx.detector.decide(verdicts, buyer.language)

    if buyer.blocked_at is not None:
        # Blocked by a seller: kept for the record, relayed to nobody, and the buyer is told nothing.
        await ctx.repo.set_status([message.id], "blocked")
        return []
    effects: list[Effect] = []
    if not content.relayable:
        effects.append(say(ctx, buyer, "buyer-unsupported", kind=content.kind))
        effects += await _tell_sellers_unsupported(buyer, content.kind, ctx)
    elif hold:
        # Album parts arrive as separate updates: wait for the rest, then send them as one album.
        # Anything the buyer sends meanwhile waits too, so the sellers see it in order.
        effects.append(
            Schedule("flush", f"chat:{event.chat_id}", ctx.now + ctx.config.album_wait, {"side": "buyer"})
        )
    else:
        effects += await relay_to_sellers([message], buyer, ctx)
    if conversation.waiting_since == ctx.now:  # this message started a wait (reminders plan theirs)
        for waits in ctx.features.buyer_waits:
            effects += await waits(conversation, ctx)
    auto = await away_reply(buyer, conversation, ctx)
    if auto is not None:
        effects += auto  # a vacation or away reply says more than the acknowledgement would
    elif is_new:
        effects.append(say(ctx, buyer, "buyer-ack", shop=ctx.config.shop_name))
    return effects


async def away_reply(buyer: Buyer, conversation: Conversation, ctx: Context) -> list[Effect] | None:
    """The first away reply that applies (vacation before business hours: the installed order), or None
    when the shop is not away. Its effects (maybe none: the buyer had it already) replace the
    acknowledgement."""
    for away in ctx.features.away_replies:
        effects = await away(buyer, conversation, ctx)
        if effects is not None:
            return effects
    return None


async def relay_to_sellers(messages: list[Message], buyer: Buyer, ctx: Context) -> list[Effect]:
    """Each message (or an album, when ``messages`` are its parts) to every active seller."""
    effects: list[Effect] = []
    conversation = await ctx.repo.conversation(messages[0].conversation_id)
    attention = conversation.needs_attention_at is not None
    owner = await order_owner_elsewhere(buyer, ctx)
    for seller in await ctx.repo.active_sellers():
        header = buyer_header(ctx, buyer, seller.language, attention=attention, order_owner=owner)
        first = messages[0]
        reply_to = await copy_in(first.reply_to_id, seller.telegram_id, ctx)
        if len(messages) > 1:
            effects += carry_album(messages, header, seller.telegram_id, reply_to=reply_to, role="relay")
        else:
            effects += carry(first, header, buyer, seller.telegram_id, reply_to=reply_to, role="relay")
    return effects


async def _tell_sellers_unsupported(buyer: Buyer, kind: str, ctx: Context) -> list[Effect]:
    effects: list[Effect] = []
    owner = await order_owner_elsewhere(buyer, ctx)
    for seller in await ctx.repo.active_sellers():
        header = buyer_header(ctx, buyer, seller.language, order_owner=owner)
        note = ctx.t(seller.language, "seller-buyer-sent-unsupported", kind=kind)
        text = header.text + "\n" + note
        effects.append(Outgoing(SendMessage(seller.telegram_id, text, header.entities), role="service"))
    return effects


async def _relay_edit(event: IncomingMessage, buyer: Buyer, ctx: Context) -> list[Effect]:
    """The sellers see the new version, as a reply to the copy of the old one."""
    message = await ctx.repo.message_at(event.chat_id, event.message_id)
    content = event.content
    if message is None or message.direction != "in":
        return []
    if message.text == content.text and list(content.entities) == list(message.entities or []):
        return []  # e.g. a live location moving, or a link preview appearing: nothing to tell
    message.text = content.text
    message.entities = list(content.entities)
    message.language = ctx.detector.judge(content.text, buyer.language_code)  # votes from the next message on
    message.edited_at = event.date
    if message.status != "relayed" or (content.kind != "text" and content.kind not in CAPTIONED_KINDS):
        return []  # still waiting in an album (it goes out in its new form), or nothing to show
    effects: list[Effect] = []
    owner = await order_owner_elsewhere(buyer, ctx)
    for seller in await ctx.repo.active_sellers():
        header = buyer_header(ctx, buyer, seller.language, edited=True, order_owner=owner)
        reply_to = await copy_in(message.id, seller.telegram_id, ctx)
        effects += carry(message, header, buyer, seller.telegram_id, reply_to=reply_to, role="relay")
    return effects
