"""An in-process fake of the Telegram Bot API for end-to-end tests of the real bot."""

from .faults import FloodLimits
from .recording import Call, RateStats
from .server import DEFAULT_TOKEN, FakeBotApi
from .users import SimulatedUser

__all__ = ["DEFAULT_TOKEN", "Call", "FakeBotApi", "FloodLimits", "RateStats", "SimulatedUser"]
