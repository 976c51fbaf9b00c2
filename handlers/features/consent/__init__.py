"""Marketing consent. Nothing promotional goes to a buyer whose latest stored decision is not yes."""

from .feature import (
    FEATURE,
    PROMOTION,
    consents,
    has_decided,
    question,
    unsubscribe_keyboard,
    withdraw_promotions,
)

__all__ = [
    "FEATURE",
    "PROMOTION",
    "consents",
    "has_decided",
    "question",
    "unsubscribe_keyboard",
    "withdraw_promotions",
]
