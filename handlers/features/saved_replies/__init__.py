"""Saved replies: answers the shop writes once and sends to buyers by name."""

from .feature import FEATURE, fill, name_token, picker_keyboard

__all__ = ["FEATURE", "fill", "name_token", "picker_keyboard"]
