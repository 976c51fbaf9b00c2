"""Marketing consent. Nothing promotional goes to a buyer whose latest stored decision is not yes.

Every decision is a new ``Consent`` row with its time, where it was given (``source``) and the version
of the question's wording (``WORDING``): the record a shop needs if a buyer asks why they got an offer.
``/subscribe`` opts in; ``/stop`` and the "Unsubscribe" button under every promotion opt out at once,
and withdraw promotions still waiting in the outbox for that buyer.
"""

from __future__ import annotations

from handlers.core.buttons import answer, replace_message
from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, SendMessage
from handlers.core.events import CallbackPress
from handlers.core.registry import Feature
from handlers.core.replies import say
from handlers.core.routing import Command, CommandCall
from storage import marketing
from storage.models import Buyer
from storage.outbox import cancel_pending

# Bump when the question's text changes in any catalog: the stored decisions say which one was seen.
WORDING = "v1"
PROMOTION = "promo"  # the outbox role of promotional messages
PREFIX = "mk"
YES, NO, UNSUBSCRIBE = "yes", "no", "unsub"
# Where the question may be asked: the ``source`` in its buttons' data (``mk:yes:followup``) and in
# the stored decision. A press is only data the client sends, so a source not listed here is not
# one of our buttons: it is refused, never stored (a stored source is the shop's record of consent).
QUESTION_SOURCES = frozenset({"followup"})


async def consents(buyer: Buyer, ctx: Context) -> bool:
    latest = await marketing.latest_consent(ctx.session, buyer.id)
    return latest is not None and latest.granted


async def has_decided(buyer: Buyer, ctx: Context) -> bool:
    return await marketing.latest_consent(ctx.session, buyer.id) is not None


def question(buyer: Buyer, source: str, ctx: Context) -> Outgoing:
    """May the shop send offers? Yes / No. ``source`` (one of ``QUESTION_SOURCES``) says where."""
    assert source in QUESTION_SOURCES, source
    t, locale = ctx.t, buyer.language
    keyboard = [
        [
            {"text": t(locale, "consent-yes"), "callback_data": f"{PREFIX}:{YES}:{source}"},
            {"text": t(locale, "consent-no"), "callback_data": f"{PREFIX}:{NO}:{source}"},
        ]
    ]
    text = t(locale, "consent-question", shop=ctx.config.shop_name)
    return Outgoing(SendMessage(buyer.telegram_id, text, reply_markup={"inline_keyboard": keyboard}))


def unsubscribe_keyboard(buyer: Buyer, ctx: Context) -> dict[str, object]:
    button = {
        "text": ctx.t(buyer.language, "consent-unsubscribe"),
        "callback_data": f"{PREFIX}:{UNSUBSCRIBE}",
    }
    return {"inline_keyboard": [[button]]}


async def decide(buyer: Buyer, granted: bool, source: str, ctx: Context) -> None:
    await marketing.add_consent(ctx.session, buyer.id, granted, source, WORDING, ctx.now)
    if not granted:
        await withdraw_promotions(buyer, "unsubscribed", ctx)


async def withdraw_promotions(buyer: Buyer, reason: str, ctx: Context) -> None:
    """Promotions for ``buyer`` not sent yet are cancelled; their nudge recipients count as skipped."""
    for context in await cancel_pending(ctx.session, buyer.telegram_id, PROMOTION):
        send_id = context.get("nudge_send")
        if send_id is not None:
            await marketing.settle_send(ctx.session, int(send_id), "skipped", reason, ctx.now)


# -- buyers' commands and buttons -------------------------------------------------------------------------
async def subscribe(call: CommandCall, ctx: Context) -> list[Effect]:
    buyer = call.buyer
    assert buyer is not None
    if await consents(buyer, ctx):
        return [say(ctx, buyer, "consent-already-yes", shop=ctx.config.shop_name)]
    await decide(buyer, True, "command", ctx)
    return [say(ctx, buyer, "consent-thanks-yes", shop=ctx.config.shop_name)]


async def stop(call: CommandCall, ctx: Context) -> list[Effect]:
    buyer = call.buyer
    assert buyer is not None
    was_subscribed = await consents(buyer, ctx)
    await decide(buyer, False, "command", ctx)  # stored even if it was no already: an explicit refusal
    key = "consent-stopped" if was_subscribed else "consent-already-no"
    return [say(ctx, buyer, key, shop=ctx.config.shop_name)]


async def pressed(press: CallbackPress, ctx: Context) -> list[Effect]:
    buyer = await ctx.repo.buyer_by_telegram_id(press.sender.id)
    if buyer is None:
        return [answer(press)]
    _, choice, source = ([*press.data.split(":", 2), "", ""])[:3]
    shop = ctx.config.shop_name
    if press.data == f"{PREFIX}:{UNSUBSCRIBE}":
        was_subscribed = await consents(buyer, ctx)
        if was_subscribed:
            await decide(buyer, False, "unsubscribe-button", ctx)
        key = "consent-stopped" if was_subscribed else "consent-already-no"
        return [answer(press), say(ctx, buyer, key, shop=shop)]
    if choice not in (YES, NO) or source not in QUESTION_SOURCES:
        return [answer(press)]  # malformed or forged data: nothing stored
    granted = choice == YES
    await decide(buyer, granted, source, ctx)
    text = ctx.t(buyer.language, "consent-thanks-yes" if granted else "consent-thanks-no", shop=shop)
    return [answer(press), replace_message(press, text)]


COMMANDS = (
    Command("subscribe", "buyer", subscribe),
    Command("stop", "buyer", stop),
)
BUTTONS = {PREFIX: pressed}
FEATURE = Feature("consent", commands=COMMANDS, buttons=BUTTONS)
