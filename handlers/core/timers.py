"""Work that comes due: the core's own (the dead letters' digest) and what the relay and the features
declare as timers (albums complete, vacation ends, follow-ups, reminders, nudges)."""

from __future__ import annotations

import logging
from typing import Any

from handlers.core import dead_letters
from handlers.core.context import Context
from handlers.core.effects import Effect

log = logging.getLogger(__name__)


async def run_timer(kind: str, key: str, payload: dict[str, Any], ctx: Context) -> list[Effect]:
    if kind == dead_letters.DIGEST:
        return await dead_letters.digest(key, payload, ctx)
    handler = ctx.features.timers().get(kind)
    if handler is not None:
        return await handler(key, payload, ctx)
    log.warning("unknown timer kind %r (key %r): dropped", kind, key)
    return []
