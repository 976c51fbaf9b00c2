"""Injected failures: error answers, hung requests, dropped connections, slow answers, and pages
that are no JSON at all (a proxy's error page)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .errors import ApiError

FaultAction = Literal["error", "hang", "disconnect", "delay", "page"]


@dataclass
class Fault:
    method: str  # lower-case, as method names are case-insensitive
    action: FaultAction
    times: int
    chat_id: int | str | None = None
    error: ApiError | None = None
    # For hang/disconnect: whether Telegram still performed the call (the answer alone is lost),
    # the case that makes a retrying bot send duplicates.
    deliver: bool = False
    seconds: float = 0.0  # for delay
    status: int = 0  # for page: the HTTP status the page comes with
    page: str = ""  # for page: the HTML answered instead of JSON

    def matches(self, method: str, chat_id: int | str | None) -> bool:
        return self.method == method.lower() and (self.chat_id is None or self.chat_id == chat_id)


class FaultPlan:
    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        if fault.times < 1:
            raise ValueError("times must be at least 1")
        self._faults.append(fault)

    def take(self, method: str, chat_id: int | str | None) -> Fault | None:
        """Consume one use of the first fault planned for this call, if any."""
        for fault in self._faults:
            if fault.matches(method, chat_id):
                fault.times -= 1
                if fault.times == 0:
                    self._faults.remove(fault)
                return fault
        return None

    @property
    def remaining(self) -> list[Fault]:
        return list(self._faults)


@dataclass(frozen=True)
class FloodLimits:
    """Opt-in enforcement of Telegram's broadcast limits: 429 once a window is full.

    Per chat, by default at most ``per_chat_per_second`` successful sends within one second. With
    ``per_chat_burst``, a bucket per chat instead: ``per_chat_burst`` sends at once, refilled at
    ``per_chat_per_second`` (a chat idle for a while may burst again), as Telegram lets short bursts
    pass. The buckets count the sends answered since the limits were enforced."""

    overall_per_second: int = 30
    per_chat_per_second: int = 1
    retry_after: int = 1
    per_chat_burst: int | None = None
    # chat -> (sends still in its bucket, when that was worked out), event-loop clock
    _buckets: dict[int | str | None, tuple[float, float]] = field(default_factory=dict, repr=False)

    def _level(self, chat_id: int | str | None, now: float) -> float:
        level, at = self._buckets.get(chat_id, (0.0, now))
        return max(0.0, level - (now - at) * self.per_chat_per_second)

    def chat_bucket_full(self, chat_id: int | str | None, now: float) -> bool:
        """With a burst allowance: would one more send to the chat now overflow its bucket?"""
        assert self.per_chat_burst is not None
        return self._level(chat_id, now) + 1 > self.per_chat_burst + 1e-9

    def count_send(self, chat_id: int | str | None, now: float) -> None:
        """A send to the chat went through (only counted with a burst allowance)."""
        if self.per_chat_burst is not None:
            self._buckets[chat_id] = (self._level(chat_id, now) + 1, now)
