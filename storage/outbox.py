"""The outbox and timer tables: durable queues of Bot API calls and of core work due at a time.

Claiming takes a short lease (``locked_until``) so that several bot processes on one PostgreSQL never
take the same row (``FOR UPDATE SKIP LOCKED``). The sender renews the lease of a row while its send is
under way and releases the rows it claimed but did not send when it stops; a process that dies
mid-send leaves its lease to expire (at most ``LEASE``) and the row is taken again. Rows of one chat
go out in id order: a row is claimable only when no earlier row of its chat is still unfinished, or
when those are claimed with it, as the run in front of it (the sender sends a run in order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, delete, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import UNFINISHED_ROWS, OutboxItem, Timer
from storage.repositories import insert_for

LEASE = timedelta(seconds=15)
UNFINISHED = ("pending", "sending")


async def _claim(
    session: AsyncSession,
    model: type[OutboxItem] | type[Timer],
    stmt: Any,
    now: datetime,
    lease: timedelta = LEASE,
) -> Any:
    """The rows ``stmt`` selects, leased to this process until ``now + lease``. On PostgreSQL rows
    another process is claiming are skipped (``FOR UPDATE SKIP LOCKED``); SQLite serialises writers,
    so there the UPDATE setting the lease is the claim."""
    rows = list((await session.execute(_skip_locked(session, stmt))).scalars().all())
    await _lease(session, model, [row.id for row in rows], now, lease)
    return rows


def _skip_locked(session: AsyncSession, stmt: Any) -> Any:
    """``stmt`` locking what it selects, skipping rows another process holds (PostgreSQL; SQLite
    serialises writers, so there the lease's UPDATE is the claim)."""
    if session.get_bind().dialect.name == "postgresql":
        return stmt.with_for_update(skip_locked=True)
    return stmt


async def _lease(
    session: AsyncSession,
    model: type[OutboxItem] | type[Timer],
    ids: list[int],
    now: datetime,
    lease: timedelta,
) -> None:
    if ids:
        await session.execute(update(model).where(model.id.in_(ids)).values(locked_until=now + lease))


@dataclass(frozen=True, slots=True)
class NewSend:
    """One Bot API call to queue, as plain data: ``effect`` is its JSON; ``reply_to_previous`` makes it
    reply to what the previous send of the same batch produces (the sender fills the id in)."""

    chat_id: int
    effect: dict[str, Any]
    message_ids: Sequence[int] = ()
    role: str = "service"
    reply_to_previous: bool = False
    context: dict[str, Any] | None = None
    priority: int = 0
    at_most_once: bool = False


async def queue_sends(session: AsyncSession, sends: Sequence[NewSend], now: datetime) -> int:
    """Add the sends to the outbox, in order (the chat's queue order). Returns the number added."""
    previous: OutboxItem | None = None
    for send in sends:
        if send.reply_to_previous and previous is not None and previous.id is None:
            await session.flush()  # the row replied to needs its id
        item = _outbox_row(send, now, previous if send.reply_to_previous else None)
        session.add(item)  # ids (the chat's queue order) follow the order rows are added in
        previous = item
    await session.flush()  # one multi-row INSERT for a campaign's thousands of rows
    return len(sends)


def _outbox_row(send: NewSend, now: datetime, reply_to: OutboxItem | None) -> OutboxItem:
    return OutboxItem(
        chat_id=send.chat_id,
        effect=send.effect,
        message_ids=list(send.message_ids),
        role=send.role,
        reply_to_item_id=reply_to.id if reply_to is not None else None,
        context=send.context,
        priority=send.priority,
        at_most_once=send.at_most_once,
        status="pending",
        due_at=now,
        attempts=0,
        created_at=now,
    )


async def schedule(
    session: AsyncSession, kind: str, key: str, due_at: datetime, payload: dict[str, Any]
) -> None:
    """Create the timer, or move it to the new due time if it exists."""
    stmt = insert_for(session, Timer).values(kind=kind, key=key, due_at=due_at, payload=payload, attempts=0)
    stmt = stmt.on_conflict_do_update(
        index_elements=["kind", "key"],
        set_={"due_at": due_at, "payload": payload, "locked_until": None},
    )
    await session.execute(stmt)


# What is claimable: of each chat its first unfinished row, found by a loose index scan over
# ix_outbox_unfinished (one index seek per chat with rows waiting, however many rows wait behind each
# head), and any pending row bound to no chat (chat_id 0). Testing every pending row for "no earlier
# unfinished row of its chat" instead walked the whole backlog on every claim: with 10,000 queued for a
# seller, each claim paid for all 10,000. Written in SQL because the planners need help: SQLite, with no
# statistics, would rather walk ix_outbox_pending, so it is told the index and the join order (CROSS
# JOIN); PostgreSQL picks the partial index itself.
#
# Behind each claimable head, its run: the chat's next unfinished rows, up to :behind of them, in one
# range of the same index, so a run costs its length, not the chat's backlog. Each row comes with
# whether it could be claimed too (pending, due, no lease, and not at-most-once unless it is the head:
# such a row is marked 'sending' when claimed, so it must be the next one sent); the caller keeps each
# run up to its first row that could not. Rows bound to no chat have no order: each is a run of one.
# SQLite bounds the range by the run's last id (one more seek, OFFSET :behind); PostgreSQL takes each
# head's run with a LATERAL ... LIMIT, and the heads by a LATERAL lookup too: with statistics it would
# otherwise hash-join whole scans of the outbox (OFFSET 0 keeps the lookup from being flattened).
_CHATS = """
    WITH RECURSIVE chats(chat_id) AS (
        SELECT MIN(chat_id) FROM outbox {by_unfinished} WHERE {unfinished}
        UNION ALL
        SELECT (
            SELECT MIN(chat_id) FROM outbox {by_unfinished} WHERE {unfinished} AND chat_id > chats.chat_id
        ) FROM chats WHERE chats.chat_id IS NOT NULL
    ),
    candidates(id) AS (
        SELECT (SELECT MIN(id) FROM outbox {by_unfinished} WHERE {unfinished} AND chat_id = chats.chat_id)
        FROM chats WHERE chats.chat_id IS NOT NULL AND chats.chat_id != 0
        UNION ALL
        SELECT id FROM outbox {by_chat} WHERE chat_id = 0 AND status = 'pending'
    ),
"""  # unqualified names in a subquery are its own table's: chat_id > chats.chat_id is the next chat

_FREE = "o.status = 'pending' AND o.due_at <= :now AND (o.locked_until IS NULL OR o.locked_until < :now)"

_SQLITE_RUNS = f"""
    heads(id, chat_id, priority) AS (
        SELECT o.id, o.chat_id, o.priority FROM candidates CROSS JOIN outbox AS o
        WHERE o.id = candidates.id AND {_FREE}
        ORDER BY o.priority, o.id
        LIMIT :limit
    ),
    runs(head, chat_id, priority, last) AS (
        SELECT id, chat_id, priority, CASE WHEN chat_id = 0 THEN id ELSE COALESCE((
            SELECT r.id FROM outbox AS r INDEXED BY ix_outbox_unfinished
            WHERE r.{{unfinished}} AND r.chat_id = heads.chat_id AND r.id >= heads.id
            ORDER BY r.id LIMIT 1 OFFSET :behind
        ), {2**63 - 1}) END
        FROM heads
    )
    SELECT runs.head, runs.priority, o.id,
        CASE WHEN {_FREE} AND (o.id = runs.head OR NOT o.at_most_once) THEN 1 ELSE 0 END AS ready
    FROM runs CROSS JOIN outbox AS o INDEXED BY ix_outbox_unfinished
    WHERE o.{{unfinished}} AND o.chat_id = runs.chat_id AND o.id >= runs.head AND o.id <= runs.last
    ORDER BY runs.head, o.id
"""

_POSTGRES_RUNS = f"""
    heads(id, chat_id, priority) AS (
        SELECT o.id, o.chat_id, o.priority FROM candidates CROSS JOIN LATERAL (
            SELECT o.id, o.chat_id, o.priority FROM outbox AS o WHERE o.id = candidates.id AND {_FREE}
            OFFSET 0
        ) AS o
        ORDER BY o.priority, o.id
        LIMIT :limit
    )
    SELECT heads.id, heads.priority, o.id,
        CASE WHEN {_FREE} AND (o.id = heads.id OR NOT o.at_most_once) THEN 1 ELSE 0 END AS ready
    FROM heads CROSS JOIN LATERAL (
        SELECT o.id, o.status, o.due_at, o.locked_until, o.at_most_once FROM outbox AS o
        WHERE o.{{unfinished}} AND o.chat_id = heads.chat_id AND o.id >= heads.id
        ORDER BY o.id
        LIMIT CASE WHEN heads.chat_id = 0 THEN 1 ELSE :behind + 1 END
    ) AS o
    ORDER BY heads.id, o.id
"""


@cache
def claimable_query(dialect: str) -> Any:
    """Runs of rows claimable at :now: (head, head's priority, id, ready) for the first :limit heads
    in sending order, each with up to :behind rows of its chat behind it, in id order (see above)."""
    sqlite = dialect == "sqlite"
    return text(
        (_CHATS + (_SQLITE_RUNS if sqlite else _POSTGRES_RUNS)).format(
            unfinished=UNFINISHED_ROWS,
            by_unfinished="INDEXED BY ix_outbox_unfinished" if sqlite else "",
            by_chat="INDEXED BY ix_outbox_chat" if sqlite else "",
        )
    ).bindparams(bindparam("now", type_=OutboxItem.due_at.type))


async def claim_outbox(
    session: AsyncSession, now: datetime, limit: int, lease: timedelta = LEASE, per_chat: int = 1
) -> list[OutboxItem]:
    """Rows to send now, leased until ``now + lease``: of up to ``limit`` chats (conversation traffic
    first) the chat's first unfinished row and up to ``per_chat - 1`` rows behind it, consecutive (a
    chat's rows go out one after the other, in id order: the caller sends a chat's rows in the order
    given, each after the one before it is settled); rows bound to no chat count one each. Returned
    chat by chat, each chat's rows in id order."""
    dialect = session.get_bind().dialect.name
    params = {"now": now, "limit": limit, "behind": max(0, per_chat - 1)}
    runs: dict[int, list[int]] = {}
    priorities: dict[int, int] = {}
    cut: set[int] = set()
    for head, priority, row_id, ready in await session.execute(claimable_query(dialect), params):
        if head in cut:
            continue
        if not ready:  # the run ends before the first row that cannot go now
            cut.add(head)
            continue
        runs.setdefault(head, []).append(row_id)
        priorities[head] = priority
    if not runs:
        return []
    ids = [row_id for run in runs.values() for row_id in run]
    stmt = select(OutboxItem).where(OutboxItem.id.in_(ids))
    if dialect == "postgresql":  # another process may have claimed some since: look again under the lock
        lease_free = or_(OutboxItem.locked_until.is_(None), OutboxItem.locked_until < now)
        stmt = stmt.where(OutboxItem.status == "pending", lease_free)
    locked = {item.id: item for item in (await session.execute(_skip_locked(session, stmt))).scalars()}
    items: list[OutboxItem] = []
    for head in sorted(runs, key=lambda head: (priorities[head], head)):
        for row_id in runs[head]:
            if row_id not in locked:  # taken by another process: the run ends before it
                break
            items.append(locked[row_id])
    # Only the rows kept: one locked behind a gap stays free for the next round.
    await _lease(session, OutboxItem, [i.id for i in items], now, lease)
    once = [i.id for i in items if i.at_most_once]
    if once:  # committed before the send starts: after a crash we know it may have gone out
        await session.execute(update(OutboxItem).where(OutboxItem.id.in_(once)).values(status="sending"))
    return items


async def claim_interrupted(
    session: AsyncSession, now: datetime, limit: int, lease: timedelta = LEASE
) -> list[OutboxItem]:
    """At-most-once rows whose send was cut off (the process died mid-send and the lease ran out):
    they may or may not have gone out, so they are not sent again but reported as failed."""
    stmt = (
        select(OutboxItem)
        .where(OutboxItem.status == "sending", OutboxItem.locked_until < now)
        .order_by(OutboxItem.id)
        .limit(limit)
    )
    items: list[OutboxItem] = await _claim(session, OutboxItem, stmt, now, lease)
    return items


async def renew_leases(session: AsyncSession, item_ids: Sequence[int], until: datetime) -> None:
    """Extend the leases of rows whose send is still under way (rows already settled keep none)."""
    if item_ids:
        await session.execute(
            update(OutboxItem)
            .where(
                OutboxItem.id.in_(list(item_ids)),
                OutboxItem.status.in_(UNFINISHED),
                OutboxItem.locked_until.is_not(None),
            )
            .values(locked_until=until)
        )


async def release(session: AsyncSession, item_ids: Sequence[int]) -> None:
    """Give back rows claimed but not sent (a clean stop): free for the next run at once."""
    if item_ids:
        await session.execute(
            update(OutboxItem)
            .where(OutboxItem.id.in_(list(item_ids)), OutboxItem.status.in_(UNFINISHED))
            .values(status="pending", locked_until=None)
        )


async def cancel_pending(session: AsyncSession, chat_id: int, role: str) -> list[dict[str, Any]]:
    """Withdraw the chat's unsent rows of ``role`` (promotions to a buyer who just opted out); their
    contexts, so the caller can settle what they stood for."""
    return await _cancel(session, and_(OutboxItem.chat_id == chat_id, OutboxItem.role == role))


async def cancel_where(
    session: AsyncSession, role: str, wanted: Callable[[dict[str, Any]], bool]
) -> list[dict[str, Any]]:
    """Withdraw unsent rows of ``role`` whose context is ``wanted`` (a stopped nudge's promotions)."""
    return await _cancel(session, OutboxItem.role == role, wanted)


async def _cancel(
    session: AsyncSession, where: Any, wanted: Callable[[dict[str, Any]], bool] = lambda context: True
) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(OutboxItem.id, OutboxItem.context).where(where, OutboxItem.status == "pending")
    )
    found = [row for row in rows.all() if wanted(row.context or {})]
    for chunk in range(0, len(found), 500):  # bound the IN list
        ids = [row.id for row in found[chunk : chunk + 500]]
        await session.execute(
            update(OutboxItem)
            .where(OutboxItem.id.in_(ids), OutboxItem.status == "pending")
            .values(status="cancelled", locked_until=None)
        )
    return [row.context or {} for row in found]


async def result_of(session: AsyncSession, item_id: int) -> list[Any] | None:
    row = await session.get(OutboxItem, item_id)
    return row.result if row is not None else None


async def mark_sent(session: AsyncSession, item_id: int, result: list[int], now: datetime) -> None:
    await session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(status="sent", result=result, sent_at=now, locked_until=None)
    )


async def retry_later(
    session: AsyncSession, item_id: int, due_at: datetime, attempts: int, error: str
) -> None:
    """Send again at ``due_at``: Telegram said no (429, 5xx), so nothing went out."""
    await session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(status="pending", due_at=due_at, attempts=attempts, last_error=error, locked_until=None)
    )


async def mark_failed(session: AsyncSession, item_id: int, attempts: int, error: str) -> None:
    await session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(status="failed", attempts=attempts, last_error=error, locked_until=None)
    )


async def forget_sent_before(session: AsyncSession, cutoff: datetime) -> None:
    await session.execute(delete(OutboxItem).where(OutboxItem.status == "sent", OutboxItem.sent_at < cutoff))


async def claim_timers(session: AsyncSession, now: datetime, limit: int) -> list[Timer]:
    stmt = (
        select(Timer)
        .where(Timer.due_at <= now, or_(Timer.locked_until.is_(None), Timer.locked_until < now))
        .order_by(Timer.due_at)
        .limit(limit)
    )
    timers: list[Timer] = await _claim(session, Timer, stmt, now)
    return timers


async def finish_timer(session: AsyncSession, timer: Timer) -> None:
    """Delete the timer unless it was moved meanwhile (then it runs again at its new time)."""
    await session.execute(delete(Timer).where(and_(Timer.id == timer.id, Timer.due_at == timer.due_at)))
    await session.execute(update(Timer).where(Timer.id == timer.id).values(locked_until=None))


async def rewrite_effect(
    session: AsyncSession, item_id: int, rewrite: Callable[[dict[str, Any]], dict[str, Any]]
) -> None:
    """Replace the row's stored effect by ``rewrite`` of it (the core removing a secret it held)."""
    row = await session.get(OutboxItem, item_id)
    if row is not None:
        row.effect = rewrite(row.effect)
