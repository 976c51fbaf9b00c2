"""Effects into storage: Bot API calls become outbox rows (their JSON), schedules become timers.

Storage knows nothing of effects; this module decides what a row holds — the effect's JSON, the
secret marker in its context — and hands storage plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.core.effects import SECRET, Effect, Outgoing, Schedule, scrubbed, to_json
from storage import outbox


async def persist_effects(session: AsyncSession, effects: Sequence[Effect], now: datetime) -> int:
    """Store a handler's effects: Bot API calls into the outbox, schedules into timers. Returns the
    number of outbox rows added."""
    sends: list[outbox.NewSend] = []
    for effect in effects:
        if isinstance(effect, Schedule):
            await outbox.schedule(session, effect.kind, effect.key, effect.due_at, effect.payload)
        else:
            sends.append(_send(effect))
    return await outbox.queue_sends(session, sends, now)


def _send(out: Outgoing) -> outbox.NewSend:
    return outbox.NewSend(
        chat_id=out.effect.chat_id,
        effect=to_json(out.effect),
        message_ids=out.message_ids,
        role=out.role,
        reply_to_previous=out.reply_to_previous,
        context={**(out.context or {}), SECRET: True} if out.secret else out.context,
        priority=out.priority,
        at_most_once=out.at_most_once,
    )


async def scrub_secret(session: AsyncSession, item_id: int) -> None:
    """A secret row (``Outgoing.secret``) reached its final state: keep no secret in it."""
    await outbox.rewrite_effect(session, item_id, scrubbed)
