"""/language: buyers and sellers pick the language the bot speaks to them. A choice made by hand beats
detection from then on (``language_locked``): someone who writes Russian from an English phone, or
practises a language they don't want to be answered in, keeps the language they asked for."""

from __future__ import annotations

from handlers.core.buttons import answer
from handlers.core.context import Context
from handlers.core.effects import EditMessageText, Effect, Outgoing, SendMessage
from handlers.core.events import CallbackPress
from handlers.core.menus import register_menus
from handlers.core.registry import Feature
from handlers.core.replies import reply
from handlers.core.routing import Command, CommandCall
from storage.models import Buyer, Seller

BUTTON = "lang"  # callback data: ``lang:ru``
BUTTONS_PER_ROW = 2

Person = Buyer | Seller


async def language_command(call: CommandCall, ctx: Context) -> list[Effect]:
    """``/language`` shows the choice; ``/language ru`` chooses at once."""
    person = call.seller or call.buyer
    assert person is not None
    wanted = call.argument.text.strip()
    if not wanted:
        return [reply(call, ctx.t(call.locale, "language-menu"), choice_markup(person, ctx))]
    locale = ctx.t.supported(wanted)
    if locale is None:
        problem = ctx.t(call.locale, "language-unknown", language=wanted)
        menu_text = ctx.t(call.locale, "language-menu")
        return [reply(call, f"{problem}\n\n{menu_text}", choice_markup(person, ctx))]
    effects = await choose(person, locale, ctx)
    return [reply(call, confirmation(person, ctx)), *effects]


async def language_pressed(press: CallbackPress, ctx: Context) -> list[Effect]:
    person = await ctx.repo.person(press.sender.id)
    locale = press.data.partition(":")[2]
    if person is None or locale not in ctx.t.locales:
        return [answer(press)]
    effects = await choose(person, locale, ctx)
    return [answer(press), confirm_in_place(press, person, ctx), *effects]


async def choose(person: Person, locale: str, ctx: Context) -> list[Effect]:
    """Speak ``locale`` to ``person`` from now on, whatever detection would say."""
    person.language = locale
    person.language_locked = True
    if isinstance(person, Seller):
        # A seller's command menu is in their language. The core re-registers menus after a seller's
        # message, but a button press does not take that path. (Only changed menus go out, so a second
        # registration in the same transaction sends nothing.)
        return await register_menus(ctx)
    return []


def confirm_in_place(press: CallbackPress, person: Person, ctx: Context) -> Outgoing:
    """The menu message turns into the confirmation (its buttons go); a new message if it can't."""
    text = confirmation(person, ctx)
    if press.chat_id is None or press.message_id is None:
        return Outgoing(SendMessage(person.telegram_id, text), role="service")
    return Outgoing(EditMessageText(press.chat_id, press.message_id, text), role="service")


def confirmation(person: Person, ctx: Context) -> str:
    """In the newly chosen language: the first thing said in it."""
    # Mid-sentence the name keeps CLDR's case: "русский", "français", but "Deutsch".
    name = ctx.t.language_name(person.language, person.language)
    return ctx.t(person.language, "language-chosen", language=name)


def choice_markup(person: Person, ctx: Context) -> dict[str, object]:
    """One button per language the bot speaks, each named in itself ("Русский"); ✓ on the current one."""
    buttons = [
        {
            "text": ("✓ " if locale == person.language else "") + native_name(locale, ctx),
            "callback_data": f"{BUTTON}:{locale}",
        }
        for locale in ctx.t.locales
    ]
    rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    return {"inline_keyboard": rows}


def native_name(locale: str, ctx: Context) -> str:
    # CLDR writes many language names in lower case ("русский"); a button label starts with a capital.
    name = ctx.t.language_name(locale, locale)
    return name[:1].upper() + name[1:]


COMMANDS = (Command("language", "everyone", language_command),)
BUTTONS = {BUTTON: language_pressed}
FEATURE = Feature("language_choice", commands=COMMANDS, buttons=BUTTONS)
