"""Shop-wide delays sellers switch with ``/followup``, ``/remind`` and ``/csat``: ``DURATION``, ``off``
(``on`` too where offered), or nothing for the current setting. Kept in the kv table, so every runtime
and instance sees the same."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.replies import reply
from handlers.core.routing import CommandCall
from handlers.kit.durations import parse_duration, spell_duration


async def delay_setting(ctx: Context, key: str, default: timedelta) -> timedelta | None:
    """The delay in force, None when switched off; ``default`` until a seller sets one."""
    stored = await ctx.repo.get_value(key)
    if stored is None:
        return default
    seconds = stored.get("seconds")
    return None if seconds is None else timedelta(seconds=int(seconds))


async def set_delay(ctx: Context, key: str, delay: timedelta | None) -> None:
    """Switching off keeps the delay that was in force (``last``), so ``on`` can bring it back."""
    value: dict[str, object] = {"seconds": int(delay.total_seconds()) if delay else None}
    if delay is None:
        stored = await ctx.repo.get_value(key) or {}
        value["last"] = stored.get("seconds") or stored.get("last")
    await ctx.repo.set_value(key, value)


async def delay_before_off(ctx: Context, key: str, default: timedelta) -> timedelta:
    """What ``on`` brings back: the delay in force before ``off``, else ``default``."""
    stored = await ctx.repo.get_value(key) or {}
    seconds = stored.get("seconds") or stored.get("last")
    return timedelta(seconds=int(seconds)) if seconds else default


async def delay_command(
    call: CommandCall,
    ctx: Context,
    *,
    setting: str,
    default: timedelta,
    texts: str,
    replan: Callable[[Context], Awaitable[list[Effect]]],
    switch_on: bool = False,
) -> list[Effect]:
    """``/<command> DURATION|off`` or no argument for the setting. Catalog keys ``<texts>-status``,
    ``-status-off``, ``-on``, ``-off``, ``-usage``. ``replan``: move the work already planned to a new
    delay (work planned under the old one re-checks the setting when it comes due). ``switch_on``: also
    accept ``on``, which brings back the delay in force before ``off`` (or ``default``)."""
    words, locale = call.words(), call.locale
    if not words:
        delay = await delay_setting(ctx, setting, default)
        if delay is None:
            return [reply(call, ctx.t(locale, f"{texts}-status-off"))]
        return [
            reply(
                call,
                ctx.t(locale, f"{texts}-status", delay=spell_duration(delay, locale, "long", "accusative")),
            )
        ]
    if len(words) == 1 and words[0].lower() == "off":
        await set_delay(ctx, setting, None)
        return [reply(call, ctx.t(locale, f"{texts}-off"))]
    if switch_on and len(words) == 1 and words[0].lower() == "on":
        delay = await delay_before_off(ctx, setting, default)
    else:
        delay = parse_duration(" ".join(words), (locale,))  # "20h", "20 часов"
    if delay is None:
        return [reply(call, ctx.t(locale, f"{texts}-usage"))]
    await set_delay(ctx, setting, delay)
    confirmation = reply(
        call, ctx.t(locale, f"{texts}-on", delay=spell_duration(delay, locale, "long", "accusative"))
    )
    return [confirmation, *await replan(ctx)]
