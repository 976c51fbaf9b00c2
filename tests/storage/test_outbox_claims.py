"""What claim_outbox hands the sender: each chat's first unfinished row (and, asked for, the run of rows
behind it), every due row bound to no chat, conversation traffic before bulk; and, on SQLite, found by
index seeks rather than a walk of the backlog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import session_factory
from storage.models import OutboxItem
from storage.outbox import NewSend, claim_outbox, claimable_query, mark_sent, queue_sends

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
GROUP = -1001234567890  # supergroups have negative ids


def send(chat_id: int, text: str, **kwargs: object) -> NewSend:
    return NewSend(chat_id, {"method": "sendMessage", "chat_id": chat_id, "text": text}, **kwargs)  # type: ignore[arg-type]


async def queue(engine: AsyncEngine, *sends: NewSend) -> None:
    async with session_factory(engine)() as session, session.begin():
        await queue_sends(session, sends, NOW)


async def claim(engine: AsyncEngine, limit: int = 32, at: datetime = NOW, per_chat: int = 1) -> list[str]:
    async with session_factory(engine)() as session, session.begin():
        return [item.effect["text"] for item in await claim_outbox(session, at, limit, per_chat=per_chat)]


async def sent(engine: AsyncEngine, *ids: int) -> None:
    async with session_factory(engine)() as session, session.begin():
        for item_id in ids:
            await mark_sent(session, item_id, [100 + item_id], NOW)


async def test_only_the_head_of_each_chat_is_claimed_and_the_next_after_it_is_sent(
    engine: AsyncEngine,
) -> None:
    await queue(engine, send(7, "a1"), send(8, "b1"), send(7, "a2"), send(GROUP, "g1"), send(GROUP, "g2"))
    assert sorted(await claim(engine)) == ["a1", "b1", "g1"]
    assert await claim(engine) == []  # heads leased, the rows behind them wait
    async with session_factory(engine)() as session, session.begin():
        await mark_sent(session, 1, [100], NOW)  # a1 went out
    assert await claim(engine) == ["a2"]


async def test_rows_bound_to_no_chat_are_allclaimable_query(engine: AsyncEngine) -> None:
    await queue(engine, send(0, "menu1"), send(0, "menu2"), send(5, "x"))
    assert sorted(await claim(engine)) == ["menu1", "menu2", "x"]


async def test_a_row_being_sent_at_most_once_holds_back_its_chat(engine: AsyncEngine) -> None:
    await queue(engine, send(5, "coupon", at_most_once=True), send(5, "after"))
    assert await claim(engine) == ["coupon"]  # now 'sending'
    later = NOW + timedelta(minutes=5)  # even with its lease run out, 'sending' is not claimable
    assert await claim(engine, at=later) == []


async def test_retries_not_yet_due_hold_back_their_chat_only(engine: AsyncEngine) -> None:
    await queue(engine, send(5, "retry"), send(5, "behind"), send(6, "other"))
    async with session_factory(engine)() as session, session.begin():
        await session.execute(
            update(OutboxItem).where(OutboxItem.id == 1).values(due_at=NOW + timedelta(seconds=10))
        )
    assert await claim(engine) == ["other"]
    assert await claim(engine, at=NOW + timedelta(seconds=11)) == ["retry"]  # "other" still leased


async def test_conversation_rows_come_before_bulk_and_the_limit_holds(engine: AsyncEngine) -> None:
    bulk = [send(100 + n, f"nudge{n}", priority=1) for n in range(5)]
    await queue(engine, *bulk, send(9, "reply"))
    assert await claim(engine, limit=3) == ["reply", "nudge0", "nudge1"]


async def test_on_sqlite_the_claim_seeks_and_never_walks_the_outbox(engine: AsyncEngine) -> None:
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL plans by its statistics; the benchmark shows the cost there
    query = claimable_query("sqlite")
    async with engine.connect() as connection:
        plan = (
            await connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {query}", {"now": NOW, "limit": 5, "behind": 9}
            )
        ).all()
    steps = [row[3] for row in plan]
    assert not [s for s in steps if s.startswith(("SCAN outbox", "SCAN o ", "SCAN r "))], steps
    assert any("ix_outbox_unfinished (chat_id>?)" in s for s in steps), steps  # the next chat
    # A run: the rows of the head's chat from the head up to its last, a bounded range of the index.
    assert any("o USING INDEX ix_outbox_unfinished (chat_id=? AND id>? AND id<?)" in s for s in steps), steps


async def test_a_run_of_each_chat_is_claimed_in_order_and_the_next_run_after_it(engine: AsyncEngine) -> None:
    await queue(engine, *(send(7, f"a{n}") for n in range(1, 6)), send(8, "b1"), send(GROUP, "g1"))
    assert await claim(engine, per_chat=3) == ["a1", "a2", "a3", "b1", "g1"]
    assert await claim(engine, per_chat=3) == []  # the runs are leased, and a4 waits behind them
    await sent(engine, 1, 2)
    assert await claim(engine, per_chat=3) == []  # a3 (leased) is the chat's head now
    await sent(engine, 3)
    assert await claim(engine, per_chat=3) == ["a4", "a5"]


async def test_the_limit_counts_chats_and_a_run_ends_where_a_row_cannot_go(engine: AsyncEngine) -> None:
    await queue(
        engine,
        send(7, "a1"),
        send(7, "a2"),
        send(7, "coupon", at_most_once=True),  # marked 'sending' when claimed: only ever a head
        send(7, "a4"),
        send(8, "b1"),
        send(8, "b2"),
    )
    assert await claim(engine, limit=1, per_chat=10) == ["a1", "a2"]
    assert await claim(engine, limit=1, per_chat=10) == ["b1", "b2"]
    await sent(engine, 1, 2)
    assert await claim(engine, per_chat=10) == ["coupon", "a4"]


async def test_a_run_ends_before_a_row_another_process_is_claiming(engine: AsyncEngine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises writers: no other claim can hold a row meanwhile")
    await queue(engine, send(7, "a1"), send(7, "a2"), send(7, "a3"), send(8, "b1"))
    async with session_factory(engine)() as other, other.begin():
        # Another process's claim holds a2 under its row lock (FOR UPDATE): a3 must not go without it.
        await other.execute(select(OutboxItem).where(OutboxItem.id == 2).with_for_update())
        assert await claim(engine, per_chat=3) == ["a1", "b1"]
