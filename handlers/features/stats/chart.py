"""The /stats chart, one PNG of three panels sharing the days: buyer messages per day (bars), the median
time to the first answer per day (line), and the average service rating per week (bars, 1–5).
matplotlib is imported on first use (it costs ~0.5 s) and draws with the Agg backend, which needs no
screen.

Each panel is named by a title above it, not by a y-axis label: a rotated label longer than its panel
(Russian and German ones are) ran into the panel next to it. The constrained layout keeps titles, tick
labels and panels apart. Answer times are drawn in minutes while the longest is under two hours, so a
quick answer does not sit at 0 on a scale made for the 24-hour mark.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MINUTES_BELOW = 2 * 3600  # seconds: the longest median answer under this is drawn in minutes
DAY_MARK = 24 * 3600  # Etsy's Star Seller mark, dashed on the hours scale


@dataclass(frozen=True, slots=True)
class ChartData:
    title: str
    days: list[date]
    messages: list[int]
    median_seconds: list[float | None]  # None: nothing answered that day
    weeks: list[date]  # the first day of each week shown
    csat_average: list[float | None]  # None: nobody rated the service that week
    messages_label: str
    answer_hours_label: str
    answer_minutes_label: str
    csat_label: str


def answer_scale(median_seconds: list[float | None]) -> tuple[float, bool]:
    """(seconds per unit, in minutes?): minutes while every figure is under ``MINUTES_BELOW``."""
    longest = max((s for s in median_seconds if s is not None), default=0.0)
    return (60.0, True) if longest < MINUTES_BELOW else (3600.0, False)


def build_figure(data: ChartData) -> Figure:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure  # a Figure, not pyplot: no global state between calls

    figure = Figure(figsize=(8, 7.5), dpi=100, layout="constrained")
    figure.get_layout_engine().set(h_pad=0.12, hspace=0.08)  # type: ignore[union-attr, call-arg]
    messages, answers, csat = figure.subplots(3, 1, sharex=True)
    figure.suptitle(data.title, fontsize=13)

    messages.bar(data.days, data.messages, color="#4a90d9")
    _name(messages, data.messages_label)

    unit, in_minutes = answer_scale(data.median_seconds)
    points = [(d, s / unit) for d, s in zip(data.days, data.median_seconds, strict=True) if s is not None]
    if points:
        answers.plot([d for d, _ in points], [v for _, v in points], marker="o", color="#d9534f")
    if not in_minutes:
        answers.axhline(DAY_MARK / unit, color="#999999", linestyle="--", linewidth=1)
    answers.set_ylim(bottom=0)
    _name(answers, data.answer_minutes_label if in_minutes else data.answer_hours_label)

    rated = [(w, a) for w, a in zip(data.weeks, data.csat_average, strict=True) if a is not None]
    if rated:
        csat.bar(
            [w for w, _ in rated],
            [a for _, a in rated],
            width=timedelta(days=6),
            align="edge",
            color="#5cb85c",
        )
    csat.set_ylim(0, 5.3)
    csat.set_yticks([1, 2, 3, 4, 5])
    _name(csat, data.csat_label)
    if data.days:
        csat.set_xlim(data.days[0] - timedelta(days=1), data.days[-1] + timedelta(days=1))
    for label in csat.get_xticklabels():
        label.set_rotation(30)
        label.set_horizontalalignment("right")
    return figure


def _name(axes: object, label: str) -> None:
    axes.set_title(label, loc="left", fontsize=10)  # type: ignore[attr-defined]


def render_png(data: ChartData) -> bytes:
    out = io.BytesIO()
    build_figure(data).savefig(out, format="png")
    return out.getvalue()
