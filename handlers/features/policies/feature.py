"""Shop policies: sellers write the shop's rules by section (shipping, payment, …) with /policy, in a
default version and optionally one per language; buyers open them with /policies or the button on the
greeting and read each section in their own language."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from handlers.core.buttons import answer
from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, SendMessage
from handlers.core.events import CallbackPress
from handlers.core.registry import Feature
from handlers.core.replies import reply, say
from handlers.core.routing import Command, CommandCall
from handlers.features.policies.names import section_for, typed_name
from handlers.kit.text import Rich, bold, plain, split, tail, utf16_len
from storage.models import Buyer, Seller, ShopText
from storage.shop_texts import POLICY, ShopTexts

SECTIONS = ("shipping", "payment", "returns", "privacy", "additional")  # also the menu order
ICONS = {"shipping": "🚚", "payment": "💳", "returns": "↩️", "privacy": "🔒", "additional": "ℹ️"}
DEFAULT_VARIANT = ""  # ShopText.locale of the version shown when there is none in the reader's language


def _texts(ctx: Context) -> ShopTexts:
    return ShopTexts(ctx.session, POLICY)


OFF = "off"
MENU_BUTTON = "policies"  # callback data of the button that opens the menu
SECTION_BUTTON = "policy"  # callback data prefix of a section's button: ``policy:shipping``

FIRST_WORD = re.compile(r"\s*\S+\s*")

Person = Buyer | Seller


# -- sellers: /policy ----------------------------------------------------------------------------------


async def policy_command(call: CommandCall, ctx: Context) -> list[Effect]:
    """``/policy`` (the overview), ``/policy SECTION[@locale] TEXT`` or ``/policy SECTION[@locale] off``."""
    assert call.seller is not None
    words = call.words(1)
    if not words:
        return [reply(call, await overview(call.seller, ctx))]
    typed, _, locale = words[0].lower().partition("@")
    section = section_for(typed, call.locale)  # "shipping", "доставка", "Versand"
    if section is None:
        return [malformed(call, ctx, "policy-unknown-section", section=words[0])]
    if locale and locale not in ctx.t.locales:
        return [malformed(call, ctx, "policy-unknown-language", language=locale)]
    body = after_first_word(call.argument)
    if not body.text.strip():
        return [malformed(call, ctx, "policy-missing-text", section=section)]
    if body.text.strip().lower() == OFF:
        return [await remove(call, section, locale or None, ctx)]
    return [await save(call, section, locale or DEFAULT_VARIANT, body, ctx)]


async def save(call: CommandCall, section: str, locale: str, body: Rich, ctx: Context) -> Outgoing:
    assert call.seller is not None
    by = call.seller.telegram_id
    await _texts(ctx).put(section, locale, body.text, list(body.entities), by, ctx.now)
    name, variant = section_name(section, call.locale, ctx), variant_name(locale, call.locale, ctx)
    return reply(call, ctx.t(call.locale, "policy-saved", section=name, variant=variant))


async def remove(call: CommandCall, section: str, locale: str | None, ctx: Context) -> Outgoing:
    """``off``: every variant of the section, or only the ``@locale`` one when one was named."""
    removed = await _texts(ctx).delete(section, locale)
    name = section_name(section, call.locale, ctx)
    if not removed:
        return reply(call, ctx.t(call.locale, "policy-was-not-set", section=name))
    if locale is None:
        return reply(call, ctx.t(call.locale, "policy-removed", section=name))
    variant = variant_name(locale, call.locale, ctx)
    return reply(call, ctx.t(call.locale, "policy-variant-removed", section=name, variant=variant))


async def overview(seller: Seller, ctx: Context) -> str:
    """Which sections are set and in which languages, then how to change them."""
    locale = seller.language
    stored = await variants_by_section(ctx)
    lines = [ctx.t(locale, "policy-overview-title")]
    for section in SECTIONS:
        name = section_name(section, locale, ctx)
        variants = [variant_name(v, locale, ctx) for v in stored.get(section, {})]
        if variants:
            lines.append(ctx.t(locale, "policy-overview-set", section=name, variants=", ".join(variants)))
        else:
            lines.append(ctx.t(locale, "policy-overview-unset", section=name))
    return "\n".join([*lines, "", usage(locale, ctx)])


def malformed(call: CommandCall, ctx: Context, problem: str, **args: object) -> Outgoing:
    """What was wrong with the command, and its right form."""
    return reply(call, ctx.t(call.locale, problem, **args) + "\n\n" + usage(call.locale, ctx))


def usage(locale: str, ctx: Context) -> str:
    sections = ", ".join(
        section if typed_name(section, locale) == section else f"{section} ({typed_name(section, locale)})"
        for section in SECTIONS
    )
    return ctx.t(locale, "policy-usage", sections=sections, languages=", ".join(ctx.t.locales))


def after_first_word(rich: Rich) -> Rich:
    """``rich`` without its first word and the white space after it (line breaks included), entities
    moved along: the text of ``/policy shipping@ru <text>`` keeps the formatting the seller gave it."""
    match = FIRST_WORD.match(rich.text)
    return tail(rich, utf16_len(match.group())) if match else Rich("")


def variant_name(locale: str, in_locale: str, ctx: Context) -> str:
    if locale == DEFAULT_VARIANT:
        return ctx.t(in_locale, "policy-default-variant")
    return ctx.t.language_name(locale, in_locale)


def section_name(section: str, locale: str, ctx: Context) -> str:
    return ctx.t(locale, f"policy-section-{section}")


# -- what a reader sees --------------------------------------------------------------------------------


async def variants_by_section(ctx: Context) -> dict[str, dict[str, ShopText]]:
    """section → locale → text, default variant first."""
    stored: defaultdict[str, dict[str, ShopText]] = defaultdict(dict)
    for row in await _texts(ctx).all():
        stored[row.name][row.locale] = row
    return stored


async def readable_sections(language: str, ctx: Context) -> dict[str, ShopText]:
    """Each section a reader of ``language`` can read — in their language, else the default version —
    in menu order. A section written only in other languages is left out rather than shown in a
    language the reader may not know."""
    stored = await variants_by_section(ctx)
    readable: dict[str, ShopText] = {}
    for section in SECTIONS:
        variants = stored.get(section, {})
        chosen = variants.get(language) or variants.get(DEFAULT_VARIANT)
        if chosen is not None:
            readable[section] = chosen
    return readable


async def greeting_buttons(buyer: Buyer, ctx: Context) -> list[list[dict[str, Any]]]:
    """The "Shop policies" button for the greeting, when there is something for this buyer to read."""
    if not await readable_sections(buyer.language, ctx):
        return []
    label = ctx.t(buyer.language, "policies-button")
    return [[{"text": label, "callback_data": MENU_BUTTON}]]


async def sections_menu(person: Person, ctx: Context) -> Outgoing:
    """A message with one button per section this person can read (or word that there are none)."""
    locale = person.language
    sections = await readable_sections(locale, ctx)
    if not sections:
        return say(ctx, person, "policies-none", shop=ctx.config.shop_name)
    keyboard = [
        [{"text": f"{ICONS[s]} {section_name(s, locale, ctx)}", "callback_data": f"{SECTION_BUTTON}:{s}"}]
        for s in sections
    ]
    text = ctx.t(locale, "policies-menu", shop=ctx.config.shop_name)
    return Outgoing(SendMessage(person.telegram_id, text, reply_markup={"inline_keyboard": keyboard}))


def section_messages(person: Person, section: str, policy: ShopText, ctx: Context) -> list[Effect]:
    """The section under its name, in as many messages as Telegram's length limit needs."""
    title = bold(f"{ICONS[section]} {section_name(section, person.language, ctx)}")
    whole = title + plain("\n\n") + Rich(policy.text, tuple(policy.entities or ()))
    return [
        Outgoing(SendMessage(person.telegram_id, part.text, part.entities), role="service")
        for part in split(whole)
    ]


async def policies_command(call: CommandCall, ctx: Context) -> list[Effect]:
    person = call.seller or call.buyer
    assert person is not None
    return [await sections_menu(person, ctx)]


async def menu_pressed(press: CallbackPress, ctx: Context) -> list[Effect]:
    person = await ctx.repo.person(press.sender.id)
    if person is None or press.data != MENU_BUTTON:  # the button's data is the bare prefix
        return [answer(press)]
    return [answer(press), await sections_menu(person, ctx)]


async def section_pressed(press: CallbackPress, ctx: Context) -> list[Effect]:
    person = await ctx.repo.person(press.sender.id)
    if person is None:
        return [answer(press)]
    section = press.data.partition(":")[2]
    if section not in SECTIONS:  # not data a section's button carries
        return [answer(press)]
    policy = (await readable_sections(person.language, ctx)).get(section)
    if policy is None:  # removed since the menu was sent
        return [answer(press, ctx.t(person.language, "policies-section-gone"), alert=True)]
    return [answer(press), *section_messages(person, section, policy, ctx)]


COMMANDS = (
    Command("policy", "seller", policy_command),
    # Sellers may open it too, to see what buyers see; their menu has /policy instead.
    Command("policies", "everyone", policies_command, seller_menu=False),
)
BUTTONS = {MENU_BUTTON: menu_pressed, SECTION_BUTTON: section_pressed}

FEATURE = Feature("policies", commands=COMMANDS, buttons=BUTTONS, greeting_buttons=greeting_buttons)
