"""/guide: a short guide to good customer service for sellers, one piece of advice per page, each
pointing to the sellerbot command that helps with it. ◀/▶ turn the page in place (the message is
edited), so the guide takes one message in the seller's chat however far they read."""

from __future__ import annotations

from handlers.core.buttons import answer, number
from handlers.core.context import Context
from handlers.core.effects import EditMessageText, Effect, Outgoing, SendMessage
from handlers.core.events import CallbackPress
from handlers.core.registry import Feature
from handlers.core.routing import Command, CommandCall
from handlers.kit.text import Rich, bold, join, plain
from storage.models import Seller

# In reading order; each page has the catalog keys guide-<page>-title, -body and -tool.
PAGES = (
    "listings",
    "response-time",
    "tone",
    "saved-replies",
    "away",
    "problems",
    "reviews",
    "after-sale",
    "returning-buyers",
)
BUTTON = "guide"  # callback data: ``guide:3`` opens page 3


def render(page: int, locale: str, ctx: Context) -> Rich:
    """Page ``page`` (from 1): where we are in the guide, the advice, and the command that helps."""
    name = PAGES[page - 1]
    counter = ctx.t(locale, "guide-header", page=str(page), total=str(len(PAGES)))
    return join(
        [
            plain(counter + "\n\n"),
            bold(ctx.t(locale, f"guide-{name}-title")),
            plain("\n\n" + ctx.t(locale, f"guide-{name}-body")),
            plain("\n\n🛠 " + ctx.t(locale, f"guide-{name}-tool")),
        ]
    )


def page_buttons(page: int) -> dict[str, object]:
    """◀ and ▶ to the neighbouring pages; none beyond the first and the last."""
    row = []
    if page > 1:
        row.append({"text": "◀", "callback_data": f"{BUTTON}:{page - 1}"})
    if page < len(PAGES):
        row.append({"text": "▶", "callback_data": f"{BUTTON}:{page + 1}"})
    return {"inline_keyboard": [row]}


async def guide_command(call: CommandCall, ctx: Context) -> list[Effect]:
    page = render(1, call.locale, ctx)
    message = SendMessage(call.chat_id, page.text, page.entities, reply_markup=page_buttons(1))
    return [Outgoing(message, role="service")]


async def page_pressed(press: CallbackPress, ctx: Context) -> list[Effect]:
    seller = await ctx.repo.seller(press.sender.id)
    page = requested_page(press.data)
    if seller is None or page is None:  # a removed seller's old guide, or data we never made
        return [answer(press)]
    return [answer(press), turn_to(press, seller, page, ctx)]


def requested_page(data: str) -> int | None:
    page = number(data.partition(":")[2])
    return page if page is not None and page <= len(PAGES) else None


def turn_to(press: CallbackPress, seller: Seller, page: int, ctx: Context) -> Outgoing:
    """The guide's message shows ``page`` now, in the seller's current language; a new message when
    the pressed one can't be edited (Telegram did not say which it was)."""
    text, markup = render(page, seller.language, ctx), page_buttons(page)
    if press.chat_id is None or press.message_id is None:
        return Outgoing(SendMessage(seller.telegram_id, text.text, text.entities, reply_markup=markup))
    edit = EditMessageText(press.chat_id, press.message_id, text.text, text.entities, reply_markup=markup)
    return Outgoing(edit, role="service")


COMMANDS = (Command("guide", "seller", guide_command),)
BUTTONS = {BUTTON: page_pressed}
FEATURE = Feature("guide", commands=COMMANDS, buttons=BUTTONS)
