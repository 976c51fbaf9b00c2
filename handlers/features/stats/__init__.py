"""Response statistics: ``/stats [DURATION]`` (default 30 days) and ``/stats chart [DURATION]``."""

from .chart import ChartData, answer_scale, build_figure, render_png
from .feature import COMMANDS

__all__ = ["COMMANDS", "ChartData", "answer_scale", "build_figure", "render_png"]
