"""The saved replies feature's declaration (``/saved``, ``/r``, the ``saved:`` buttons) and the saved
replies a new shop starts with (seeded once, on start)."""

from __future__ import annotations

from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.registry import Feature
from handlers.core.routing import Command

from .manage import saved
from .picker import on_press
from .send import r_command
from .templates import VARIABLES
from .variants import DEFAULT_VARIANT, texts

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
    await texts(ctx).put(name, DEFAULT_VARIANT, default, [], None, ctx.now)
    for locale in ctx.t.locales:
        text = ctx.t(locale, key, **placeholders)
        if locale != ctx.config.default_language and text != default:
            await texts(ctx).put(name, locale, text, [], None, ctx.now)


COMMANDS = (
    Command("saved", "seller", saved),
    Command("r", "seller", r_command),
)
# saved:open (the button under relayed messages: headers.SAVED_REPLIES_OPEN), saved:send, saved:cancel
BUTTONS = {"saved": on_press}
FEATURE = Feature("saved_replies", commands=COMMANDS, buttons=BUTTONS, on_start=on_start)
