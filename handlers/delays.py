"""Shop-wide delays sellers switch with ``/followup`` and ``/remind``: ``DURATION``, ``off``, or nothing
for the current setting. Kept in the kv table, so every runtime and instance sees the same."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from handlers.basics import reply
from handlers.context import Context
from handlers.durations import parse_duration, spell_duration
from handlers.effects import Effect
from handlers.routing import CommandCall


async def delay_setting(ctx: Context, key: str, default: timedelta) -> timedelta | None:
    """The delay in force, None when switched off; ``default`` until a seller sets one."""
    stored = await ctx.repo.get_value(key)
    if stored is None:
        return default
    seconds = stored.get("seconds")
    return None if seconds is None else timedelta(seconds=int(seconds))


async def set_delay(ctx: Context, key: str, delay: timedelta | None) -> None:
    await ctx.repo.set_value(key, {"seconds": int(delay.total_seconds()) if delay else None})


async def delay_command(
    call: CommandCall,
    ctx: Context,
    *,
    setting: str,
    default: timedelta,
    texts: str,
    replan: Callable[[Context], Awaitable[list[Effect]]],
) -> list[Effect]:
    """``/<command> DURATION|off`` or no argument for the setting. Catalog keys ``<texts>-status``,
    ``-status-off``, ``-on``, ``-off``, ``-usage``. ``replan``: move the work already planned to a new
    delay (work planned under the old one re-checks the setting when it comes due)."""
    words, locale = call.words(), call.locale
    if not words:
        delay = await delay_setting(ctx, setting, default)
        if delay is None:
            return [reply(call, ctx.t(locale, f"{texts}-status-off"))]
        return [reply(call, ctx.t(locale, f"{texts}-status", delay=spell_duration(delay, locale, "long")))]
    if len(words) != 1:
        return [reply(call, ctx.t(locale, f"{texts}-usage"))]
    if words[0].lower() == "off":
        await set_delay(ctx, setting, None)
        return [reply(call, ctx.t(locale, f"{texts}-off"))]
    delay = parse_duration(words[0])
    if delay is None:
        return [reply(call, ctx.t(locale, f"{texts}-usage"))]
    await set_delay(ctx, setting, delay)
    confirmation = reply(call, ctx.t(locale, f"{texts}-on", delay=spell_duration(delay, locale, "long")))
    return [confirmation, *await replan(ctx)]
