"""Marketing consent. Nothing promotional goes to a buyer whose latest stored decision is not yes."""

from .feature import (
    BUTTONS,
    COMMANDS,
    PROMOTION,
    consents,
    has_decided,
    question,
    unsubscribe_keyboard,
    withdraw_promotions,
)

__all__ = [
    "BUTTONS",
    "COMMANDS",
    "PROMOTION",
    "consents",
    "has_decided",
    "question",
    "unsubscribe_keyboard",
    "withdraw_promotions",
]
