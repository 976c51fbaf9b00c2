"""/start and /help for buyers and sellers, and the answer to a command that does not exist."""

from .feature import COMMANDS, greeting_with, seller_help, unknown_command

__all__ = ["COMMANDS", "greeting_with", "seller_help", "unknown_command"]
