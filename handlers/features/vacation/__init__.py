"""Vacation: while it lasts, buyers' messages are still relayed and stored, and each buyer gets an
auto-response once per vacation; when it ends (by itself at ``until``, or ``/vacation off``) the
sellers get a summary of what came in and what still waits."""

from .feature import FEATURE, current_vacation
from .queries import latest_vacation_end

__all__ = ["FEATURE", "current_vacation", "latest_vacation_end"]
