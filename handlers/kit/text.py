"""Text in Telegram's terms: lengths and entity offsets count UTF-16 code units, not characters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024

Entity = dict[str, Any]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class Rich:
    """Text with its Bot API entities (offsets in UTF-16 units)."""

    text: str
    entities: tuple[Entity, ...] = ()

    def __len__(self) -> int:
        return utf16_len(self.text)

    def __add__(self, other: Rich) -> Rich:
        shift = len(self)
        moved = tuple({**e, "offset": e["offset"] + shift} for e in other.entities)
        return Rich(self.text + other.text, self.entities + moved)


def plain(text: str) -> Rich:
    return Rich(text)


def bold(text: str) -> Rich:
    return Rich(text, ({"type": "bold", "offset": 0, "length": utf16_len(text)},)) if text else Rich("")


def code(text: str) -> Rich:
    """Monospace: Telegram copies it with one tap (coupon codes)."""
    return Rich(text, ({"type": "code", "offset": 0, "length": utf16_len(text)},)) if text else Rich("")


def join(parts: Sequence[Rich]) -> Rich:
    out = Rich("")
    for part in parts:
        out = out + part
    return out


def split(rich: Rich, limit: int = TEXT_LIMIT) -> list[Rich]:
    """Cut ``rich`` into pieces of at most ``limit`` UTF-16 units, preferring a paragraph, line or word
    break, never inside a surrogate pair; entities are cut at the seams and moved to their piece."""
    units = rich.text.encode("utf-16-le")
    total = len(units) // 2
    pieces: list[Rich] = []
    start = 0
    while start < total:
        end = total if total - start <= limit else _break_before(units, start, start + limit)
        text = units[start * 2 : end * 2].decode("utf-16-le")
        pieces.append(Rich(text, _entities_within(rich.entities, start, end)))
        start = end
    return pieces or [Rich("")]


def _unit(units: bytes, i: int) -> int:
    return int.from_bytes(units[i * 2 : i * 2 + 2], "little")


def _break_before(units: bytes, start: int, hard_end: int) -> int:
    floor = start + (hard_end - start) // 2  # never make a piece shorter than half the limit
    for separator in ("\n\n", "\n", " "):
        sep = separator.encode("utf-16-le")
        window = units[floor * 2 : hard_end * 2]
        at = window.rfind(sep)
        while at != -1 and at % 2:  # a match must start on a code-unit boundary
            at = window.rfind(sep, 0, at)
        if at != -1:
            return floor + at // 2 + len(separator)
    end = hard_end
    if 0xDC00 <= _unit(units, end) <= 0xDFFF:  # don't split a surrogate pair
        end -= 1
    return end


def _entities_within(entities: Sequence[Entity], start: int, end: int) -> tuple[Entity, ...]:
    out = []
    for entity in entities:
        lo = max(entity["offset"], start)
        hi = min(entity["offset"] + entity["length"], end)
        if hi > lo:
            out.append({**entity, "offset": lo - start, "length": hi - lo})
    return tuple(out)


def tail(rich: Rich, start: int) -> Rich:
    """``rich`` from UTF-16 offset ``start`` on, entities moved along."""
    units = rich.text.encode("utf-16-le")
    end = len(units) // 2
    return Rich(units[start * 2 :].decode("utf-16-le"), _entities_within(rich.entities, start, end))


def truncate(text: str, limit: int) -> str:
    """At most ``limit`` UTF-16 units, with an ellipsis if cut."""
    if utf16_len(text) <= limit:
        return text
    return split(Rich(text), limit - 1)[0].text.rstrip() + "…"
