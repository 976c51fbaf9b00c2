"""Filling a saved reply for one buyer: the placeholders a template may use (``{buyer_name}``,
``{order_id|soon}``), ``fill`` (values in, entities moved to match, a line whose variable comes out empty
left out) and ``values_for`` (a buyer's values)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from handlers.core.context import Context
from handlers.core.people import buyer_name
from handlers.kit.text import Entity, Rich, utf16_len
from storage.models import Buyer

VARIABLES = ("buyer_name", "first_name", "shop_name", "order_id")
# ``{name}`` or ``{name|fallback}``. Braces around anything else ("{}", "{in EUR}", '{"a": 1}') are
# plain text; an identifier in braces is taken as a variable so that a typo is refused, not sent.
PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|([^{}\n]*))?\}")


def unknown_variables(text: str) -> list[str]:
    found = (m.group(1) for m in PLACEHOLDER.finditer(text))
    return list(dict.fromkeys(name for name in found if name not in VARIABLES))


@dataclass(frozen=True, slots=True)
class _Swap:
    """A placeholder at UTF-16 offsets [start, end) of the template, and the value put there."""

    start: int
    end: int
    value: str

    @property
    def growth(self) -> int:
        return utf16_len(self.value) - (self.end - self.start)


def fill(template: Rich, values: Mapping[str, str]) -> Rich:
    """``template`` with its placeholders replaced and its entities moved to match (UTF-16 offsets).

    A line with a variable that comes out empty (no fallback) is left out whole, so "Order: {order_id}"
    disappears for a buyer with no order instead of going out as a dangling "Order: "."""
    text = template.text
    lines = _lines(text)
    keep = [not _has_empty_variable(text[a:b], values) for a, b in lines]
    _drop_blank_line_left_behind(text, lines, keep)
    cuts = _cuts(text, lines, keep)  # (start, end, value) in characters, in order, not overlapping
    for match in PLACEHOLDER.finditer(text):
        name, fallback = match.group(1), match.group(2)
        if name not in values or any(a <= match.start() < b for a, b, _ in cuts):
            continue  # refused on saving; if one slips through, it stays as written
        cuts.append((match.start(), match.end(), values[name] or (fallback or "").strip()))
    cuts.sort()
    pieces: list[str] = []
    swaps: list[_Swap] = []
    done_chars = done_units = 0
    for cut_start, cut_end, value in cuts:
        before = text[done_chars:cut_start]
        start = done_units + utf16_len(before)
        end = start + utf16_len(text[cut_start:cut_end])
        pieces += [before, value]
        swaps.append(_Swap(start, end, value))
        done_chars, done_units = cut_end, end
    pieces.append(text[done_chars:])
    moved = (_moved_entity(entity, swaps) for entity in template.entities)
    return Rich("".join(pieces), tuple(e for e in moved if e is not None))


def _lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line, without its newline."""
    bounds, start = [], 0
    for line in text.split("\n"):
        bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


def _has_empty_variable(line: str, values: Mapping[str, str]) -> bool:
    return any(
        m.group(1) in values and not values[m.group(1)] and not (m.group(2) or "").strip()
        for m in PLACEHOLDER.finditer(line)
    )


def _drop_blank_line_left_behind(text: str, lines: Sequence[tuple[int, int]], keep: list[bool]) -> None:
    """Where left-out lines sat between two blank lines (or a blank line and an edge of the text), one
    blank line goes too: a paragraph that vanishes leaves no double gap behind."""
    blank = [not text[a:b].strip() for a, b in lines]
    for first, end in _left_out_runs(keep):  # sees the changes: a blank line dropped joins no run
        before, after = first - 1, end
        has_before, has_after = before >= 0, after < len(keep)
        if has_after and blank[after] and (not has_before or blank[before]):
            keep[after] = False
        elif has_before and blank[before] and not has_after:
            keep[before] = False


def _left_out_runs(keep: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(first, end) of each run of lines left out, read as ``keep`` stands when the next run starts."""
    i = 0
    while i < len(keep):
        if keep[i]:
            i += 1
            continue
        first = i
        while i < len(keep) and not keep[i]:
            i += 1
        yield first, i
        i += 1 if i < len(keep) and not keep[i] else 0


def _cuts(text: str, lines: Sequence[tuple[int, int]], keep: Sequence[bool]) -> list[tuple[int, int, str]]:
    """The character ranges of the left-out lines with their newlines: a run of them goes with the
    newline after it, or (at the end of the text) with the one before it."""
    cuts: list[tuple[int, int, str]] = []
    for first, end in _left_out_runs(keep):
        if end < len(keep):
            cuts.append((lines[first][0], lines[end][0], ""))
        else:
            cuts.append((max(lines[first][0] - 1, 0), len(text), ""))
    return cuts


def _moved_entity(entity: Entity, swaps: Sequence[_Swap]) -> Entity | None:
    start = _moved(entity["offset"], swaps, at_end=False)
    end = _moved(entity["offset"] + entity["length"], swaps, at_end=True)
    return {**entity, "offset": start, "length": end - start} if end > start else None


def _moved(position: int, swaps: Sequence[_Swap], *, at_end: bool) -> int:
    """Where template offset ``position`` lands in the filled text. An entity edge inside a placeholder
    goes to the edge of its value, so formatting that touches a placeholder covers the whole value (a
    bold ``{buyer_name}`` makes the name bold) and never cuts into it; over an empty value it vanishes."""
    shift = 0
    for swap in swaps:
        if position <= swap.start:
            break
        if position >= swap.end:
            shift += swap.growth
            continue
        return swap.start + shift + (utf16_len(swap.value) if at_end else 0)
    return position + shift


def values_for(buyer: Buyer, ctx: Context) -> dict[str, str]:
    # {order_id}: the buyer's latest linked order; empty until there is one (its fallback shows, or
    # its line is left out). {first_name} for a friendly "Hi Anna!" where the full name is stiff.
    return {
        "buyer_name": buyer_name(buyer),
        "first_name": buyer.first_name,
        "shop_name": ctx.config.shop_name,
        "order_id": buyer.order_code or "",
    }
