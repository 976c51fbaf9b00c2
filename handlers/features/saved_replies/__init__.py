"""Saved replies: answers the shop writes once and sends to buyers by name."""

from .feature import BUTTONS, COMMANDS, fill, name_token, on_start, picker_keyboard

__all__ = ["BUTTONS", "COMMANDS", "fill", "name_token", "on_start", "picker_keyboard"]
