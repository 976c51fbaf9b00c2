"""Shop-wide delays sellers switch with ``/followup`` and ``/remind``: ``DURATION``, ``off``, or nothing
for the current setting. Kept in the kv table, so every runtime and instance sees the same."""

from __future__ import annotations

from datetime import timedelta

from handlers.context import Context


async def delay_setting(ctx: Context, key: str, default: timedelta) -> timedelta | None:
    """The delay in force, None when switched off; ``default`` until a seller sets one."""
    stored = await ctx.repo.get_value(key)
    if stored is None:
        return default
    seconds = stored.get("seconds")
    return None if seconds is None else timedelta(seconds=int(seconds))


async def set_delay(ctx: Context, key: str, delay: timedelta | None) -> None:
    await ctx.repo.set_value(key, {"seconds": int(delay.total_seconds()) if delay else None})
