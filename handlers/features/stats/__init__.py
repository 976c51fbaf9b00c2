"""Response statistics: ``/stats [DURATION]`` (default 30 days) and ``/stats chart [DURATION]``."""

from .chart import ChartData, answer_scale, build_figure, render_png
from .feature import FEATURE

__all__ = ["FEATURE", "ChartData", "answer_scale", "build_figure", "render_png"]
