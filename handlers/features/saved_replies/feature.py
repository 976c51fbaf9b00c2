"""Saved replies: answers the shop writes once and sends to buyers by name.

Sellers manage them with ``/saved`` (list), ``/saved add NAME TEXT`` (add or replace; TEXT keeps its
lines and formatting), ``/saved add NAME@ru TEXT`` (the variant for buyers who speak Russian) and
``/saved del NAME`` (with all variants; ``NAME@ru``: that variant only). They send one with ``/r NAME``
as a reply to a buyer's message, or with the "💬 Saved replies" button under it, which opens a picker.

The buyer gets the variant in their language, else the default one, with ``{buyer_name}``,
``{first_name}``, ``{shop_name}`` and ``{order_id}`` filled in (``{order_id|soon}``: "soon" when the
value is empty; without a fallback, a line whose variable is empty is left out). It counts as the
seller's answer in every way (see ``handlers/relay/seller.py: answer_with_text``).

Stored as ``ShopText`` rows of kind ``saved``: one per name and locale, locale ``""`` the default.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from handlers.core.buttons import answer, number
from handlers.core.context import Context, NotYet
from handlers.core.effects import EditMessageText, Effect, Outgoing, SendMessage
from handlers.core.events import CallbackPress
from handlers.core.people import buyer_name
from handlers.core.registry import Feature
from handlers.core.replies import reply
from handlers.core.routing import Command, CommandCall
from handlers.kit.text import Entity, Rich, bold, plain, split, tail, truncate, utf16_len
from handlers.relay.headers import BUTTON_TEXT_LIMIT, Keyboard
from handlers.relay.messages import replied_to
from handlers.relay.seller import answer_with_text
from storage.models import Buyer, Message, Seller, ShopText
from storage.shop_texts import SAVED_REPLY, ShopTexts

# -- templates -------------------------------------------------------------------------------------------

VARIABLES = ("buyer_name", "first_name", "shop_name", "order_id")
# ``{name}`` or ``{name|fallback}``. Braces around anything else ("{}", "{in EUR}", '{"a": 1}') are
# plain text; an identifier in braces is taken as a variable so that a typo is refused, not sent.
PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|([^{}\n]*))?\}")


def unknown_variables(text: str) -> list[str]:
    found = (m.group(1) for m in PLACEHOLDER.finditer(text))
    return list(dict.fromkeys(name for name in found if name not in VARIABLES))


@dataclass(frozen=True, slots=True)
class _Swap:
    """A placeholder at UTF-16 offsets [start, end) of the template, and the value put there."""

    start: int
    end: int
    value: str

    @property
    def growth(self) -> int:
        return utf16_len(self.value) - (self.end - self.start)


def fill(template: Rich, values: Mapping[str, str]) -> Rich:
    """``template`` with its placeholders replaced and its entities moved to match (UTF-16 offsets).

    A line with a variable that comes out empty (no fallback) is left out whole, so "Order: {order_id}"
    disappears for a buyer with no order instead of going out as a dangling "Order: "."""
    text = template.text
    lines = _lines(text)
    keep = [not _has_empty_variable(text[a:b], values) for a, b in lines]
    _drop_blank_line_left_behind(text, lines, keep)
    cuts = _cuts(text, lines, keep)  # (start, end, value) in characters, in order, not overlapping
    for match in PLACEHOLDER.finditer(text):
        name, fallback = match.group(1), match.group(2)
        if name not in values or any(a <= match.start() < b for a, b, _ in cuts):
            continue  # refused on saving; if one slips through, it stays as written
        cuts.append((match.start(), match.end(), values[name] or (fallback or "").strip()))
    cuts.sort()
    pieces: list[str] = []
    swaps: list[_Swap] = []
    done_chars = done_units = 0
    for cut_start, cut_end, value in cuts:
        before = text[done_chars:cut_start]
        start = done_units + utf16_len(before)
        end = start + utf16_len(text[cut_start:cut_end])
        pieces += [before, value]
        swaps.append(_Swap(start, end, value))
        done_chars, done_units = cut_end, end
    pieces.append(text[done_chars:])
    moved = (_moved_entity(entity, swaps) for entity in template.entities)
    return Rich("".join(pieces), tuple(e for e in moved if e is not None))


def _lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line, without its newline."""
    bounds, start = [], 0
    for line in text.split("\n"):
        bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


def _has_empty_variable(line: str, values: Mapping[str, str]) -> bool:
    return any(
        m.group(1) in values and not values[m.group(1)] and not (m.group(2) or "").strip()
        for m in PLACEHOLDER.finditer(line)
    )


def _drop_blank_line_left_behind(text: str, lines: Sequence[tuple[int, int]], keep: list[bool]) -> None:
    """Where left-out lines sat between two blank lines (or a blank line and an edge of the text), one
    blank line goes too: a paragraph that vanishes leaves no double gap behind."""
    blank = [not text[a:b].strip() for a, b in lines]
    for first, end in _left_out_runs(keep):  # sees the changes: a blank line dropped joins no run
        before, after = first - 1, end
        has_before, has_after = before >= 0, after < len(keep)
        if has_after and blank[after] and (not has_before or blank[before]):
            keep[after] = False
        elif has_before and blank[before] and not has_after:
            keep[before] = False


def _left_out_runs(keep: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(first, end) of each run of lines left out, read as ``keep`` stands when the next run starts."""
    i = 0
    while i < len(keep):
        if keep[i]:
            i += 1
            continue
        first = i
        while i < len(keep) and not keep[i]:
            i += 1
        yield first, i
        i += 1 if i < len(keep) and not keep[i] else 0


def _cuts(text: str, lines: Sequence[tuple[int, int]], keep: Sequence[bool]) -> list[tuple[int, int, str]]:
    """The character ranges of the left-out lines with their newlines: a run of them goes with the
    newline after it, or (at the end of the text) with the one before it."""
    cuts: list[tuple[int, int, str]] = []
    for first, end in _left_out_runs(keep):
        if end < len(keep):
            cuts.append((lines[first][0], lines[end][0], ""))
        else:
            cuts.append((max(lines[first][0] - 1, 0), len(text), ""))
    return cuts


def _moved_entity(entity: Entity, swaps: Sequence[_Swap]) -> Entity | None:
    start = _moved(entity["offset"], swaps, at_end=False)
    end = _moved(entity["offset"] + entity["length"], swaps, at_end=True)
    return {**entity, "offset": start, "length": end - start} if end > start else None


def _moved(position: int, swaps: Sequence[_Swap], *, at_end: bool) -> int:
    """Where template offset ``position`` lands in the filled text. An entity edge inside a placeholder
    goes to the edge of its value, so formatting that touches a placeholder covers the whole value (a
    bold ``{buyer_name}`` makes the name bold) and never cuts into it; over an empty value it vanishes."""
    shift = 0
    for swap in swaps:
        if position <= swap.start:
            break
        if position >= swap.end:
            shift += swap.growth
            continue
        return swap.start + shift + (utf16_len(swap.value) if at_end else 0)
    return position + shift


def values_for(buyer: Buyer, ctx: Context) -> dict[str, str]:
    # {order_id}: the buyer's latest linked order; empty until there is one (its fallback shows, or
    # its line is left out). {first_name} for a friendly "Hi Anna!" where the full name is stiff.
    return {
        "buyer_name": buyer_name(buyer),
        "first_name": buyer.first_name,
        "shop_name": ctx.config.shop_name,
        "order_id": buyer.order_code or "",
    }


# -- names and variants ----------------------------------------------------------------------------------

NAME_LIMIT = 32
NAME = re.compile(r"^[\w-]+$")  # letters (any script), digits, _ and -
DEFAULT_VARIANT = ""  # ShopText.locale of the variant for buyers with no variant of their own


def _texts(ctx: Context) -> ShopTexts:
    return ShopTexts(ctx.session, SAVED_REPLY)


@dataclass(frozen=True, slots=True)
class NameSpec:
    """``thanks`` or ``thanks@ru`` as typed: the name (lower-case) and the locale (None: default)."""

    name: str
    locale: str | None


def parse_spec(typed: str, locales: Sequence[str]) -> NameSpec | str:
    """The spec, or the catalog key of what is wrong with it."""
    name, at, locale = typed.lower().partition("@")
    if not NAME.match(name) or len(name) > NAME_LIMIT:
        return "saved-bad-name"
    if at and locale not in locales:
        return "saved-bad-locale"
    return NameSpec(name, locale if at else None)


def by_name(rows: Sequence[ShopText]) -> dict[str, list[ShopText]]:
    grouped: dict[str, list[ShopText]] = {}
    for row in rows:
        grouped.setdefault(row.name, []).append(row)
    return grouped


def variant_for(variants: Sequence[ShopText], locale: str) -> ShopText:
    """The buyer's language, else the default; a reply that has only other languages still goes out
    in one of them rather than not at all."""
    by_locale = {v.locale: v for v in variants}
    return by_locale.get(locale) or by_locale.get(DEFAULT_VARIANT) or variants[0]


def variant_label(locale: str, seller: Seller, ctx: Context) -> str:
    if locale == DEFAULT_VARIANT:
        return ctx.t(seller.language, "saved-variant-default")
    return ctx.t.language_name(locale, seller.language)


def preview(row: ShopText, limit: int = 60) -> str:
    first_line = row.text.strip().split("\n", 1)[0]
    return truncate(first_line, limit)


# -- /saved ----------------------------------------------------------------------------------------------

ADD = re.compile(r"add\s+(\S+)\s+(?=\S)", re.IGNORECASE)


async def saved(call: CommandCall, ctx: Context) -> list[Effect]:
    seller = call.seller
    assert seller is not None
    words = call.words()
    if not words:
        return await _list(call, seller, ctx)
    action = words[0].lower()
    if action == "add":
        return await _add(call, seller, ctx)
    if action == "del" and len(words) == 2:
        return await _delete(call, words[1], seller, ctx)
    return [_usage(call, seller, ctx, prefix="saved-malformed")]


async def _list(call: CommandCall, seller: Seller, ctx: Context) -> list[Effect]:
    grouped = by_name(await _texts(ctx).all())
    if not grouped:
        return [_usage(call, seller, ctx, prefix="saved-list-empty")]
    lines = [ctx.t(seller.language, "saved-list-title", count=len(grouped))]
    for name, variants in grouped.items():
        labels = ", ".join(variant_label(v.locale, seller, ctx) for v in variants)
        lines.append(f"• {name} ({labels}) — {preview(variants[0])}")
    lines += ["", _usage_text(seller, ctx)]
    return [reply(call, piece.text) for piece in split(plain("\n".join(lines)))]


async def _add(call: CommandCall, seller: Seller, ctx: Context) -> list[Effect]:
    t, locale = ctx.t, seller.language
    match = ADD.match(call.argument.text)
    if match is None:
        return [_usage(call, seller, ctx, prefix="saved-malformed")]
    spec = parse_spec(match.group(1), ctx.t.locales)
    if isinstance(spec, str):
        return [_problem(call, spec, match.group(1), seller, ctx)]
    text = tail(call.argument, utf16_len(call.argument.text[: match.end()]))
    unknown = unknown_variables(text.text)
    if unknown:
        named = ", ".join("{" + name + "}" for name in unknown)
        key = "saved-unknown-variable"
        return [reply(call, t(locale, key, count=len(unknown), unknown=named, variables=_variables()))]
    variant = spec.locale or DEFAULT_VARIANT
    replaced = await _texts(ctx).put(
        spec.name, variant, text.text, list(text.entities), seller.telegram_id, ctx.now
    )
    key = "saved-replaced" if replaced else "saved-added"
    return [reply(call, t(locale, key, name=spec.name, variant=variant_label(variant, seller, ctx)))]


async def _delete(call: CommandCall, typed: str, seller: Seller, ctx: Context) -> list[Effect]:
    spec = parse_spec(typed, ctx.t.locales)
    if isinstance(spec, str):
        return [_problem(call, spec, typed, seller, ctx)]
    removed = await _texts(ctx).delete(spec.name, spec.locale)
    if not removed:
        return [await _not_found(call, spec.name, seller, ctx)]
    if spec.locale is not None:
        label = variant_label(spec.locale, seller, ctx)
        return [reply(call, ctx.t(seller.language, "saved-variant-deleted", name=spec.name, variant=label))]
    return [reply(call, ctx.t(seller.language, "saved-deleted", name=spec.name, count=removed))]


def _problem(call: CommandCall, key: str, typed: str, seller: Seller, ctx: Context) -> Outgoing:
    """A bad name or an unknown language, said with what would be right."""
    name, _, code = typed.partition("@")
    locales = ", ".join(ctx.t.locales)
    return reply(call, ctx.t(seller.language, key, name=name, limit=NAME_LIMIT, code=code, locales=locales))


async def _not_found(call: CommandCall, name: str, seller: Seller, ctx: Context) -> Outgoing:
    names = list(by_name(await _texts(ctx).all()))
    text = ctx.t(seller.language, "saved-not-found", name=name) + "\n" + _names_line(names, seller, ctx)
    return reply(call, text)


def _names_line(names: Sequence[str], seller: Seller, ctx: Context) -> str:
    if not names:
        return ctx.t(seller.language, "saved-none")
    return ctx.t(seller.language, "saved-names", names=", ".join(names))


def _variables() -> str:
    return ", ".join("{" + name + "}" for name in VARIABLES)


def _usage_text(seller: Seller, ctx: Context) -> str:
    return ctx.t(
        seller.language,
        "saved-usage",
        locales=", ".join(ctx.t.locales),
        variables=_variables(),
        example="{buyer_name|" + ctx.t(seller.language, "saved-fallback-word") + "}",
    )


def _usage(call: CommandCall, seller: Seller, ctx: Context, *, prefix: str) -> Outgoing:
    return reply(call, ctx.t(seller.language, prefix) + "\n\n" + _usage_text(seller, ctx))


# -- sending ---------------------------------------------------------------------------------------------


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
    variants = await _texts(ctx).variants(name)
    if not variants:
        return [await _not_found(call, name, seller, ctx)]
    sent = await send_saved(target, name, variants, seller, (call.chat_id, call.event.message_id), ctx)
    if sent is None:
        return [reply(call, ctx.t(seller.language, "saved-empty", name=name))]
    return sent.effects + _confirm(sent, call.chat_id, reply_to=call.event.message_id)


async def _r_usage(call: CommandCall, key: str, seller: Seller, ctx: Context, name: str = "NAME") -> Outgoing:
    names = list(by_name(await _texts(ctx).all()))
    text = ctx.t(seller.language, key, name=name) + "\n" + _names_line(names, seller, ctx)
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


# -- the picker ------------------------------------------------------------------------------------------
# "💬 Saved replies" under a relayed message (``saved:open:<message id>``) sends a picker replying to it:
# one button per saved reply (``saved:send:<message id>:<serial>:<token>``) and a cancel button
# (``saved:cancel:<message id>:<serial>``). A pick answers the buyer and turns the picker into the
# confirmation. The picker message is the answer's origin, so each picker sends once.
# Only the seller's newest picker for a message is live (kept in the kv table, not in memory): a
# cancelled one, or one a newer picker replaced, keeps its buttons on screen but sends nothing.

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
    grouped = by_name(await _texts(ctx).all())
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
    grouped = by_name(await _texts(ctx).all())
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


# -- defaults for a new shop -----------------------------------------------------------------------------

SEEDED_KEY = "saved-replies-seeded"
DEFAULTS = ("thanks", "shipping", "custom")


async def on_start(ctx: Context) -> list[Effect]:
    """A new shop starts with a few saved replies, once: sellers may then change or delete them."""
    if await ctx.repo.get_value(SEEDED_KEY) is not None:
        return []
    for name in DEFAULTS:
        await _seed(name, ctx)
    await ctx.repo.set_value(SEEDED_KEY, {"at": ctx.now.isoformat(), "names": list(DEFAULTS)})
    return []


async def _seed(name: str, ctx: Context) -> None:
    """The default variant in the shop's language, and a variant for each locale whose catalog says it
    differently (a locale without a translation falls back to the default text: no variant needed)."""
    # The catalog's own variables render back into placeholders, so translators write { $buyer_name }.
    placeholders = {variable: "{" + variable + "}" for variable in VARIABLES}
    key = f"saved-default-{name}"
    default = ctx.t(ctx.config.default_language, key, **placeholders)
    await _texts(ctx).put(name, DEFAULT_VARIANT, default, [], None, ctx.now)
    for locale in ctx.t.locales:
        text = ctx.t(locale, key, **placeholders)
        if locale != ctx.config.default_language and text != default:
            await _texts(ctx).put(name, locale, text, [], None, ctx.now)


COMMANDS = (
    Command("saved", "seller", saved),
    Command("r", "seller", r_command),
)
# saved:open (the button under relayed messages: headers.SAVED_REPLIES_OPEN), saved:send, saved:cancel
BUTTONS = {"saved": on_press}
FEATURE = Feature("saved_replies", commands=COMMANDS, buttons=BUTTONS, on_start=on_start)
