"""The shop's team: claiming a bot that has no configured seller, inviting sellers, listing and removing
them."""

from .feature import COMMANDS, START_PAYLOADS, on_start

__all__ = ["COMMANDS", "START_PAYLOADS", "on_start"]
