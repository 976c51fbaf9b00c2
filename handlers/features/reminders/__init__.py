"""The reminder before a buyer has waited a day: ``/remind DURATION`` (default 20h), ``/remind off``."""

from .feature import COMMANDS, TIMERS, plan

__all__ = ["COMMANDS", "TIMERS", "plan"]
