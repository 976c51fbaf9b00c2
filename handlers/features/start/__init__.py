"""/start and /help for buyers and sellers."""

from .feature import FEATURE, greeting_with, seller_help

__all__ = ["FEATURE", "greeting_with", "seller_help"]
