"""The /stats chart: buyer messages per day (bars) and the median time to the first answer per day
(line), one PNG. matplotlib is imported on first use (it costs ~0.5 s) and draws with the Agg backend,
which needs no screen."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ChartData:
    title: str
    days: list[date]
    messages: list[int]
    median_hours: list[float | None]  # None: nothing answered that day
    messages_label: str
    answer_label: str


def render_png(data: ChartData) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure  # a Figure, not pyplot: no global state between calls

    figure = Figure(figsize=(8, 5), dpi=100)
    top, bottom = figure.subplots(2, 1, sharex=True)
    top.bar(data.days, data.messages, color="#4a90d9")
    top.set_ylabel(data.messages_label)
    top.set_title(data.title)
    points = [(d, h) for d, h in zip(data.days, data.median_hours, strict=True) if h is not None]
    if points:
        bottom.plot([d for d, _ in points], [h for _, h in points], marker="o", color="#d9534f")
    bottom.axhline(24, color="#999999", linestyle="--", linewidth=1)  # the 24-hour mark
    bottom.set_ylabel(data.answer_label)
    bottom.set_ylim(bottom=0)
    figure.autofmt_xdate()
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
