"""bot.polling with a fake update source: the offset passes an update only once it was handled, a
failing database is tried again (never skipped), poison is skipped, fetch errors back off."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from bot.polling import Backoff, Poller
from handlers.core.events import Event
from handlers.core.ports import RetryAfter, Transient
from tests.support.updates import message

Json = dict[str, Any]


def numbered(update_id: int) -> Json:
    return message(update_id=update_id, message_id=update_id, text=f"m{update_id}")


class Unauthorized(Exception):
    pass


class FakeSource:
    """Serves ``updates`` like getUpdates (confirming below ``offset``); ``errors`` are raised first."""

    def __init__(self, *updates: Json) -> None:
        self.updates = list(updates)
        self.errors: list[Exception] = []
        self.calls: list[tuple[int | None, int]] = []  # (offset, timeout)
        self.idle = asyncio.Event()  # set when a long poll finds nothing to serve

    async def delete_webhook(self) -> None:
        pass

    async def fetch_updates(self, offset: int | None, poll_timeout: int, limit: int) -> list[Json]:
        self.calls.append((offset, poll_timeout))
        if self.errors:
            raise self.errors.pop(0)
        if offset is not None:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and poll_timeout:
            self.idle.set()
            await asyncio.sleep(3600)  # a long poll; stop() must cut it short
        return self.updates[:limit]


class Handler:
    def __init__(self) -> None:
        self.handled: list[int] = []
        self.db_down_times = 0  # the next calls raise OperationalError

    async def __call__(self, event: Event) -> None:
        if self.db_down_times:
            self.db_down_times -= 1
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        if event.update_id == 13:
            raise RuntimeError("a bug in a handler")
        self.handled.append(event.update_id)


class Pauses:
    def __init__(self) -> None:
        self.taken: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.taken.append(seconds)
        await asyncio.sleep(0)


async def run_until_idle(poller: Poller, source: FakeSource) -> None:
    await poller.start()
    await asyncio.wait_for(source.idle.wait(), 5)
    await poller.stop()


async def test_offset_passes_an_update_only_after_it_was_handled() -> None:
    source, handler = FakeSource(numbered(1), numbered(2), numbered(3)), Handler()
    seen_offsets: list[int | None] = []

    async def handle(event: Event) -> None:
        seen_offsets.append(poller.offset)
        await handler(event)

    poller = Poller(source, handle, timeout=25, sleep=Pauses())
    await run_until_idle(poller, source)
    assert handler.handled == [1, 2, 3]
    assert seen_offsets == [None, 2, 3]  # while 2 was being handled, only 1 counted as done
    assert source.calls[0] == (None, 25) and source.calls[1] == (4, 25)
    assert source.calls[-1] == (4, 0)  # at stop: the long poll was cut short, confirm once more


async def test_a_failing_database_is_tried_again_not_skipped() -> None:
    source, handler, pauses = FakeSource(numbered(1), numbered(2), numbered(3)), Handler(), Pauses()
    poisoned: list[Json] = []

    async def on_poison(update: Json, error: BaseException) -> None:
        poisoned.append(update)

    poller = Poller(
        source, handler, on_poison, timeout=25, sleep=pauses, backoff=lambda: Backoff(rng=random.Random(1))
    )
    handler.db_down_times = 4
    await run_until_idle(poller, source)
    assert handler.handled == [1, 2, 3] and not poisoned
    assert [offset for offset, _ in source.calls[:5]] == [None] * 5  # update 1 was not confirmed
    assert len(pauses.taken) == 4 and pauses.taken == sorted(pauses.taken)  # backing off


async def test_poison_is_recorded_and_skipped() -> None:
    unparsable = numbered(12)
    unparsable["message"]["date"] = "yesterday"  # no library (nor we) can read it
    source = FakeSource(numbered(11), unparsable, numbered(13), numbered(14))
    handler, poisoned = Handler(), []

    async def on_poison(update: Json, error: BaseException) -> None:
        poisoned.append((update["update_id"], type(error).__name__))

    poller = Poller(source, handler, on_poison, timeout=25, sleep=Pauses())
    await run_until_idle(poller, source)
    assert handler.handled == [11, 14]
    assert poisoned == [(12, "TypeError"), (13, "RuntimeError")]
    assert poller.offset == 15


async def test_poison_that_cannot_be_kept_either_is_still_skipped() -> None:
    unparsable = numbered(12)
    unparsable["message"]["date"] = "yesterday"
    source, handler = FakeSource(numbered(11), unparsable, numbered(14)), Handler()

    async def on_poison(update: Json, error: BaseException) -> None:
        raise ValueError("the dead-letter table refused it")

    poller = Poller(source, handler, on_poison, timeout=25, sleep=Pauses())
    await run_until_idle(poller, source)
    assert handler.handled == [11, 14] and poller.offset == 15


async def test_poison_is_tried_again_while_the_database_is_down() -> None:
    unparsable = numbered(12)
    unparsable["message"]["date"] = "yesterday"
    source, handler, kept = FakeSource(unparsable, numbered(14)), Handler(), []
    failures = [OperationalError("INSERT", {}, Exception("database is locked"))] * 2

    async def on_poison(update: Json, error: BaseException) -> None:
        if failures:
            raise failures.pop()
        kept.append(update["update_id"])

    poller = Poller(source, handler, on_poison, timeout=25, sleep=Pauses())
    await run_until_idle(poller, source)
    assert kept == [12] and handler.handled == [14]


async def test_fetch_errors_back_off_exponentially_up_to_a_cap() -> None:
    source, pauses = FakeSource(numbered(1)), Pauses()
    source.errors = [Transient("Bad Gateway") for _ in range(8)] + [RetryAfter(7)]
    poller = Poller(source, Handler(), timeout=25, sleep=pauses, backoff=lambda: Backoff(1, 30))
    await run_until_idle(poller, source)
    assert len(source.calls) == 12  # 9 failures, the update, the idle long poll, the confirmation
    backoff, retry_after = pauses.taken[:8], pauses.taken[8]
    expected = [1, 2, 4, 8, 16, 30, 30, 30]  # doubling up to the cap, less up to a quarter of jitter
    assert all(0.75 * top <= pause <= top for pause, top in zip(backoff, expected, strict=True)), backoff
    assert retry_after == 7  # Telegram's word wins


async def test_stop_cuts_the_long_poll_short_and_confirms_what_was_handled() -> None:
    source = FakeSource(numbered(1))
    poller = Poller(source, Handler(), timeout=25, sleep=Pauses())
    await poller.start()
    source.updates.append(numbered(2))
    await asyncio.wait_for(source.idle.wait(), 5)
    await asyncio.wait_for(poller.stop(), 1)
    assert source.calls[-1] == (3, 0)  # getUpdates(offset, timeout=0): nothing comes again


async def test_a_fatal_error_ends_polling() -> None:
    source = FakeSource()
    source.errors = [Unauthorized("401")]  # not a handlers.core.ports error: the library's own
    poller = Poller(source, Handler(), timeout=25, sleep=Pauses())
    await poller.start()
    with pytest.raises(Unauthorized):
        await asyncio.wait_for(poller.finished, 5)
    await poller.stop()


# -- batches: several updates in one transaction ------------------------------------------------------


class BatchHandler(Handler):
    """A core's ``handle_batch``: all or nothing, like one transaction (update 13 is a bug)."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[list[int]] = []

    async def batch(self, events: Any) -> None:
        ids = [event.update_id for event in events]
        if 13 in ids:
            raise RuntimeError("a bug in a handler")  # rolled back whole: none of them counts
        self.batches.append(ids)
        self.handled += ids


async def test_updates_that_come_together_are_handled_in_batches_of_the_bound() -> None:
    source, handler = FakeSource(*(numbered(n) for n in range(1, 6))), BatchHandler()
    poller = Poller(source, handler, timeout=25, sleep=Pauses(), handle_batch=handler.batch, batch=2)
    await run_until_idle(poller, source)
    assert handler.batches == [[1, 2], [3, 4]]  # and 5 alone, one by one
    assert handler.handled == [1, 2, 3, 4, 5]
    assert poller.offset == 6 and source.calls[1] == (6, 25)


async def test_a_failing_batch_is_handled_one_by_one_and_only_its_poison_is_skipped() -> None:
    unparsable = numbered(22)
    unparsable["message"]["date"] = "yesterday"
    source = FakeSource(numbered(11), numbered(12), numbered(13), numbered(14), numbered(21), unparsable)
    handler, poisoned = BatchHandler(), []

    async def on_poison(update: Json, error: BaseException) -> None:
        poisoned.append(update["update_id"])

    poller = Poller(
        source, handler, on_poison, timeout=25, sleep=Pauses(), handle_batch=handler.batch, batch=4
    )
    await run_until_idle(poller, source)
    assert handler.batches == []  # 11-14 failed as a batch (13); 21 and 22 do not all parse
    assert handler.handled == [11, 12, 14, 21]
    assert poisoned == [13, 22]
    assert poller.offset == 23
