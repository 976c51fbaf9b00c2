"""Sending a saved reply to a buyer: ``send_saved`` (the variant in the buyer's language, filled in, sent
as the seller's answer), used by ``/r NAME`` (here) and the picker (picker.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from handlers.core.context import Context, NotYet
from handlers.core.effects import Effect, Outgoing, SendMessage
from handlers.core.people import buyer_name
from handlers.core.replies import reply
from handlers.core.routing import CommandCall
from handlers.kit.text import Rich, bold, plain, split
from handlers.relay.messages import replied_to
from handlers.relay.seller import answer_with_text
from storage.models import Message, Seller, ShopText

from .templates import fill, values_for
from .variants import by_name, names_line, not_found, texts, variant_for


@dataclass(frozen=True, slots=True)
class SentReply:
    """A saved reply on its way to a buyer: the stored answer, what the seller is shown, the effects."""

    answer: Message
    confirmation: Rich
    effects: list[Effect]


async def send_saved(
    target: Message,
    name: str,
    variants: Sequence[ShopText],
    seller: Seller,
    origin: tuple[int, int],
    ctx: Context,
) -> SentReply | None:
    """Send saved reply ``name`` to the buyer behind ``target``; None if it comes out empty for them."""
    buyer = await ctx.repo.buyer(target.buyer_id)
    variant = variant_for(variants, buyer.language)
    text = fill(Rich(variant.text, tuple(variant.entities or ())), values_for(buyer, ctx))
    if not text.text.strip():
        return None  # Telegram refuses an empty message; better said to the seller than failed later
    extra = {"saved_reply": name, "variant": variant.locale}
    answer_row, effects = await answer_with_text(target, text, seller, ctx, origin=origin, extra=extra)
    language = ctx.t.language_name(buyer.language, seller.language)
    line = ctx.t(
        seller.language,
        "saved-sent",
        name=name,
        number=str(buyer.id),
        buyer=buyer_name(buyer),
        language=language,
    )
    return SentReply(answer_row, bold(line) + plain("\n") + text, effects)


async def r_command(call: CommandCall, ctx: Context) -> list[Effect]:
    """``/r NAME`` as a reply to a buyer's message."""
    seller = call.seller
    assert seller is not None
    words = call.words()
    if len(words) != 1:
        return [await _r_usage(call, "saved-r-usage", seller, ctx)]
    name = words[0].lower()
    target = await replied_to(call.event, ctx)
    if target is None and call.event.reply_to_message_id and ctx.may_wait:
        if await ctx.repo.sending_to(call.chat_id, ctx.now):  # the relay's id is not known yet
            raise NotYet(f"/r in reply to {call.event.reply_to_message_id} in chat {call.chat_id}")
    if target is None:
        return [await _r_usage(call, "saved-r-not-reply", seller, ctx, name=name)]
    variants = await texts(ctx).variants(name)
    if not variants:
        return [await not_found(call, name, seller, ctx)]
    sent = await send_saved(target, name, variants, seller, (call.chat_id, call.event.message_id), ctx)
    if sent is None:
        return [reply(call, ctx.t(seller.language, "saved-empty", name=name))]
    return sent.effects + _confirm(sent, call.chat_id, reply_to=call.event.message_id)


async def _r_usage(call: CommandCall, key: str, seller: Seller, ctx: Context, name: str = "NAME") -> Outgoing:
    names = list(by_name(await texts(ctx).all()))
    text = ctx.t(seller.language, key, name=name) + "\n" + names_line(names, seller, ctx)
    return reply(call, text)


def _confirm(sent: SentReply, chat_id: int, *, reply_to: int) -> list[Effect]:
    """What the seller sees of what went out. It stands for the answer (role ``echo``): a reply to it
    continues the thread with the same buyer."""
    return [
        Outgoing(
            SendMessage(
                chat_id, piece.text, piece.entities, reply_to_message_id=reply_to if i == 0 else None
            ),
            message_ids=(sent.answer.id,),
            role="echo",
        )
        for i, piece in enumerate(split(sent.confirmation))
    ]
