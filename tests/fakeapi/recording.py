"""The log of every request the bot made, and statistics over it."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]

# Methods that put a message into a chat, i.e. what Telegram's flood limits count.
MESSAGE_METHODS = frozenset(
    name.lower()
    for name in (
        "sendMessage",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
        "sendMediaGroup",
        "sendPhoto",
        "sendVideo",
        "sendAnimation",
        "sendDocument",
        "sendAudio",
        "sendVoice",
        "sendVideoNote",
        "sendSticker",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
    )
)


@dataclass
class Call:
    """One request as the server saw it.

    `status` is None when no HTTP answer was given (hung or dropped connection); `response` is the
    JSON body Telegram would have sent, if any.
    """

    method: str
    params: Json
    started_at: float  # event-loop clock, seconds
    chat_id: int | str | None
    status: int | None = None
    response: Json | None = None
    finished_at: float | None = None
    note: str = ""  # e.g. "injected 429", "hung", "dropped connection"

    @property
    def ok(self) -> bool:
        return self.response is not None and self.response.get("ok") is True

    @property
    def result(self) -> Any:
        assert self.response is not None and self.response.get("ok"), f"{self.method} did not succeed: {self}"
        return self.response["result"]

    @property
    def description(self) -> str | None:
        return None if self.response is None else self.response.get("description")

    def summary(self) -> str:
        params = json.dumps(self.params, ensure_ascii=False, default=str)
        if len(params) > 300:
            params = params[:300] + "…"
        outcome = "no answer" if self.status is None else f"{self.status} {self.description or 'ok'}"
        note = f" [{self.note}]" if self.note else ""
        return f"{self.started_at:10.3f} {self.method} {params} -> {outcome}{note}"


@dataclass
class RateStats:
    """Peak number of calls inside any one-second window (half-open, so calls 1.0 s apart don't
    share a window), overall and per target chat."""

    max_per_second: int = 0
    max_per_second_by_chat: dict[int | str, int] = field(default_factory=dict)

    @property
    def max_per_second_in_one_chat(self) -> int:
        return max(self.max_per_second_by_chat.values(), default=0)


def peak_per_second(timestamps: list[float]) -> int:
    ordered, peak, start = sorted(timestamps), 0, 0
    for end, moment in enumerate(ordered):
        while moment - ordered[start] >= 1.0:
            start += 1
        peak = max(peak, end - start + 1)
    return peak


class CallLog:
    def __init__(self) -> None:
        self.calls: list[Call] = []

    def add(self, call: Call) -> None:
        self.calls.append(call)

    def to(self, method: str) -> list[Call]:
        wanted = method.lower()
        return [call for call in self.calls if call.method.lower() == wanted]

    def dump(self, last: int = 30) -> str:
        recent = self.calls[-last:]
        header = f"last {len(recent)} of {len(self.calls)} calls:"
        return "\n".join([header, *(f"  {call.summary()}" for call in recent)])

    def rate_stats(self, methods: frozenset[str] | set[str] | None = None) -> RateStats:
        wanted = MESSAGE_METHODS if methods is None else {name.lower() for name in methods}
        chosen = [call for call in self.calls if call.method.lower() in wanted]
        by_chat: dict[int | str, list[float]] = defaultdict(list)
        for call in chosen:
            if call.chat_id is not None:
                by_chat[call.chat_id].append(call.started_at)
        return RateStats(
            max_per_second=peak_per_second([call.started_at for call in chosen]),
            max_per_second_by_chat={chat: peak_per_second(times) for chat, times in by_chat.items()},
        )
