"""The /stats chart's layout and scales (item 13): labels stay within their own panel, and quick
answers are drawn in minutes, not as 0 on a scale made for 24 hours."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations
from typing import Any

import pytest

from handlers.features.stats import ChartData, answer_scale, build_figure, render_png
from handlers.kit.i18n import Translator
from locales import CATALOG_DIR

t = Translator(CATALOG_DIR)
DAYS = [date(2026, 11, 2) + timedelta(days=i) for i in range(30)]
WEEKS = [DAYS[0] + timedelta(weeks=i) for i in range(5)]


def chart(locale: str, median_seconds: list[float | None]) -> ChartData:
    return ChartData(
        title=t(locale, "stats-chart-title", shop="Knit Shop", period="30 days"),
        days=DAYS,
        messages=[i % 7 for i in range(len(DAYS))],
        median_seconds=median_seconds,
        weeks=WEEKS,
        csat_average=[4.5, None, 2.0, 3.5, 5.0],
        messages_label=t(locale, "stats-chart-messages"),
        answer_hours_label=t(locale, "stats-chart-answer-hours"),
        answer_minutes_label=t(locale, "stats-chart-answer-minutes"),
        csat_label=t(locale, "stats-chart-csat"),
    )


def drawn(data: ChartData) -> tuple[Any, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = build_figure(data)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return figure, canvas.get_renderer()


def texts_of(axes: Any) -> list[Any]:
    """Every piece of text drawn for ``axes``: its titles, axis labels and tick labels."""
    found = [axes.title, axes._left_title, axes.yaxis.label, axes.xaxis.label]
    for axis in (axes.xaxis, axes.yaxis):
        found += [tick.label1 for tick in axis._update_ticks()]  # the ticks within the view, as drawn
    return [text for text in found if text.get_visible() and text.get_text()]


@pytest.mark.parametrize("locale", ["en", "ru", "uk", "de", "fr", "es"])
def test_no_label_runs_into_another_panel(locale: str) -> None:
    figure, renderer = drawn(chart(locale, [3600.0 * (i % 30) for i in range(len(DAYS))]))
    panels = figure.axes
    assert len(panels) == 3
    boxes = {id(a): [text.get_window_extent(renderer) for text in texts_of(a)] for a in panels}
    for one, other in combinations(panels, 2):
        for box in boxes[id(one)]:
            assert not box.overlaps(other.get_window_extent(renderer))
            assert not any(box.overlaps(theirs) for theirs in boxes[id(other)])
    title = figure._suptitle.get_window_extent(renderer)
    for panel in panels:
        assert not any(title.overlaps(box) for box in boxes[id(panel)])
    width, height = figure.bbox.width, figure.bbox.height
    for panel in panels:
        for box in boxes[id(panel)]:
            assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height  # not cut off


def test_quick_answers_are_drawn_in_minutes() -> None:
    seconds: list[float | None] = [40.0, None, 90.0, 600.0] + [None] * (len(DAYS) - 4)
    assert answer_scale(seconds) == (60.0, True)
    figure, _ = drawn(chart("en", seconds))
    answers = figure.axes[1]
    assert answers._left_title.get_text() == "First answer, minutes (median)"
    low, high = answers.get_ylim()
    assert low == 0 and 10 <= high < 15  # 10 minutes is the top figure: no 24-hour scale
    assert not answers.get_lines()[1:]  # no dashed 24-hour line on a minutes scale
    assert list(answers.get_lines()[0].get_ydata())[:3] == pytest.approx([40 / 60, 1.5, 10])


def test_long_answers_stay_in_hours_with_the_day_mark() -> None:
    seconds: list[float | None] = [2 * 3600.0, 30 * 3600.0] + [None] * (len(DAYS) - 2)
    assert answer_scale(seconds) == (3600.0, False)
    assert answer_scale([7199.0]) == (60.0, True)
    assert answer_scale([None, None]) == (60.0, True)
    figure, _ = drawn(chart("en", seconds))
    answers = figure.axes[1]
    assert answers._left_title.get_text() == "First answer, hours (median)"
    assert answers.get_ylim()[1] >= 30
    assert [list(line.get_ydata()) for line in answers.get_lines()][1] == [24, 24]


def test_the_rating_panel_has_one_bar_per_rated_week() -> None:
    figure, _ = drawn(chart("en", [None] * len(DAYS)))
    csat = figure.axes[2]
    assert [round(bar.get_height(), 1) for bar in csat.patches] == [4.5, 2.0, 3.5, 5.0]
    assert csat.get_ylim()[1] > 5 and csat._left_title.get_text().startswith("Service rating")
    assert render_png(chart("ru", [None] * len(DAYS))).startswith(b"\x89PNG")
