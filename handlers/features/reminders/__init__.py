"""The reminder before a buyer has waited a day: ``/remind DURATION`` (default 20h), ``/remind off``."""

from .feature import FEATURE, plan

__all__ = ["FEATURE", "plan"]
