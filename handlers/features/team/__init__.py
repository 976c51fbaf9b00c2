"""The shop's team: claiming a bot that has no configured seller, inviting sellers, listing and removing
them."""

from .feature import FEATURE

__all__ = ["FEATURE"]
