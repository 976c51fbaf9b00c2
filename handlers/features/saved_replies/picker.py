"""The picker: "💬 Saved replies" under a relayed message (``saved:open:<message id>``) sends a picker
replying to it: one button per saved reply (``saved:send:<message id>:<serial>:<token>``) and a cancel
button (``saved:cancel:<message id>:<serial>``). A pick answers the buyer and turns the picker into the
confirmation. The picker message is the answer's origin, so each picker sends once.

Only the seller's newest picker for a message is live (kept in the kv table, not in memory): a cancelled
one, or one a newer picker replaced, keeps its buttons on screen but sends nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from handlers.core.buttons import answer, number
from handlers.core.context import Context
from handlers.core.effects import EditMessageText, Effect, Outgoing, SendMessage
from handlers.core.events import CallbackPress
from handlers.core.people import buyer_name
from handlers.kit.text import split, truncate
from handlers.relay.headers import BUTTON_TEXT_LIMIT, Keyboard
from storage.models import Message, Seller, ShopText

from .send import SentReply, send_saved
from .variants import NAME_LIMIT, by_name, preview, texts

PICKER_LIMIT = 50  # Telegram allows 100 buttons; past this many, /r NAME is quicker anyway
CALLBACK_DATA_LIMIT = 64


def name_token(name: str) -> str:
    """The name in callback data, or a digest when a long non-Latin name would not fit in 64 bytes."""
    if len(name.encode()) <= NAME_LIMIT:
        return name
    return "#" + hashlib.sha256(name.encode()).hexdigest()[:12]


def name_of_token(token: str, names: Sequence[str]) -> str | None:
    return next((name for name in names if name_token(name) == token), None)


def picker_keyboard(
    message_id: int, grouped: Mapping[str, Sequence[ShopText]], cancel: str, serial: int = 1
) -> Keyboard:
    rows = []
    for name, variants in list(grouped.items())[:PICKER_LIMIT]:
        label = truncate(f"{name} — {preview(variants[0])}", BUTTON_TEXT_LIMIT)
        data = f"saved:send:{message_id}:{serial}:{name_token(name)}"
        assert len(data.encode()) <= CALLBACK_DATA_LIMIT, data
        rows.append([{"text": label, "callback_data": data}])
    rows.append([{"text": cancel, "callback_data": f"saved:cancel:{message_id}:{serial}"}])
    return {"inline_keyboard": rows}


def _picker_key(seller: Seller, message_id: int) -> str:
    return f"saved-picker:{seller.telegram_id}:{message_id}"


async def _new_picker(seller: Seller, message_id: int, ctx: Context) -> int:
    """The serial of a picker about to be sent; it replaces any older one for this seller and message."""
    state = await ctx.repo.get_value(_picker_key(seller, message_id)) or {}
    serial = int(state.get("serial", 0)) + 1
    await ctx.repo.set_value(_picker_key(seller, message_id), {"serial": serial, "open": True})
    return serial


async def _picker_is_live(seller: Seller, message_id: int, serial: int, ctx: Context) -> bool:
    # A picker sent before serials existed (serial 0) stays live until a newer one opens or it is closed.
    state = await ctx.repo.get_value(_picker_key(seller, message_id)) or {"serial": 0, "open": True}
    return bool(state.get("open")) and int(state.get("serial", 0)) == serial


async def _close_picker(seller: Seller, message_id: int, serial: int, ctx: Context) -> None:
    if await _picker_is_live(seller, message_id, serial, ctx):
        await ctx.repo.set_value(_picker_key(seller, message_id), {"serial": serial, "open": False})


def _picker_ref(rest: str) -> tuple[str, int, str]:
    """(message id, serial, the rest) of ``<message id>:<serial>:<rest>``, or of the older
    ``<message id>:<rest>`` (serial 0). A forged message id is caught by the lookup that follows."""
    message_id, _, after = rest.partition(":")
    serial, colon, tail_part = after.partition(":")
    if colon and number(serial) is not None:
        return message_id, int(serial), tail_part
    return message_id, 0, after


async def on_press(press: CallbackPress, ctx: Context) -> list[Effect]:
    seller = await ctx.repo.seller(press.sender.id)
    if seller is None or press.chat_id is None or press.message_id is None:
        return [answer(press)]  # buttons of sellers' chats only; inline-mode presses carry no message
    action, _, rest = press.data.removeprefix("saved:").partition(":")
    if action == "open":
        return await _open_picker(press, rest, seller, ctx)
    if action == "send":
        return await _send_picked(press, rest, seller, ctx)
    if action == "cancel":
        return await _cancel_picker(press, rest, seller, ctx)
    return [answer(press)]


async def _target(message_id: str, ctx: Context) -> Message | None:
    target_id = number(message_id)
    return await ctx.repo.message_if_any(target_id) if target_id is not None else None


async def _open_picker(press: CallbackPress, rest: str, seller: Seller, ctx: Context) -> list[Effect]:
    assert press.chat_id is not None
    t, locale = ctx.t, seller.language
    if number(rest) is None:
        return [answer(press)]  # not data a button of ours carries
    target = await _target(rest, ctx)
    if target is None:
        return [answer(press, t(locale, "saved-message-gone"), alert=True)]
    grouped = by_name(await texts(ctx).all())
    if not grouped:
        return [answer(press, t(locale, "saved-none"), alert=True)]
    buyer = await ctx.repo.buyer(target.buyer_id)
    text = t(locale, "saved-picker", number=str(buyer.id), buyer=buyer_name(buyer))
    serial = await _new_picker(seller, target.id, ctx)
    keyboard = picker_keyboard(target.id, grouped, t(locale, "saved-picker-cancel"), serial)
    picker = SendMessage(press.chat_id, text, reply_to_message_id=press.message_id, reply_markup=keyboard)
    return [answer(press), Outgoing(picker, role="service")]


async def _send_picked(press: CallbackPress, rest: str, seller: Seller, ctx: Context) -> list[Effect]:
    assert press.chat_id is not None and press.message_id is not None
    t, locale = ctx.t, seller.language
    if await ctx.repo.message_at(press.chat_id, press.message_id) is not None:
        return [answer(press, t(locale, "saved-picker-used"), alert=True)]
    message_id, serial, token = _picker_ref(rest)
    if number(message_id) is None or not token:
        return [answer(press)]  # not data a button of ours carries
    target = await _target(message_id, ctx)
    if target is None:
        return [answer(press, t(locale, "saved-message-gone"), alert=True)]
    if not await _picker_is_live(seller, target.id, serial, ctx):
        return [answer(press, t(locale, "saved-picker-closed"), alert=True)]
    grouped = by_name(await texts(ctx).all())
    name = name_of_token(token, list(grouped))
    if name is None:
        return [answer(press, t(locale, "saved-gone"), alert=True)]
    sent = await send_saved(target, name, grouped[name], seller, (press.chat_id, press.message_id), ctx)
    if sent is None:
        return [answer(press, t(locale, "saved-empty", name=name), alert=True)]
    return [answer(press), *sent.effects, *_picker_done(sent, press.chat_id, press.message_id)]


def _picker_done(sent: SentReply, chat_id: int, picker_id: int) -> list[Effect]:
    """The picker becomes the confirmation (no buttons left to press); what does not fit follows."""
    first, *more = split(sent.confirmation)
    effects: list[Effect] = [
        Outgoing(
            EditMessageText(chat_id, picker_id, first.text, first.entities),
            message_ids=(sent.answer.id,),
            role="echo",
        )
    ]
    effects += [
        Outgoing(SendMessage(chat_id, piece.text, piece.entities), message_ids=(sent.answer.id,), role="echo")
        for piece in more
    ]
    return effects


async def _cancel_picker(press: CallbackPress, rest: str, seller: Seller, ctx: Context) -> list[Effect]:
    assert press.chat_id is not None and press.message_id is not None
    if await ctx.repo.message_at(press.chat_id, press.message_id) is not None:
        return [answer(press)]  # already used to send: it shows what went out, leave it so
    message_id, _, serial = rest.partition(":")  # empty for the older bare "saved:cancel"
    target_id, picker_serial = number(message_id), number(serial)
    if rest and (target_id is None or picker_serial is None):
        return [answer(press)]  # not data a button of ours carries
    if target_id is not None and picker_serial is not None:
        await _close_picker(seller, target_id, picker_serial, ctx)
    text = ctx.t(seller.language, "saved-picker-cancelled")
    return [answer(press), Outgoing(EditMessageText(press.chat_id, press.message_id, text), role="service")]
