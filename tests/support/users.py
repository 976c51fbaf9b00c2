"""The people in the tests: two configured sellers and the buyers most tests talk to."""

from __future__ import annotations

from handlers.core.events import User

SELLER = User(100, "Sam", "Seller", "sam", "en")
SELLER2 = User(101, "Tina", None, None, "ru")
ANNA = User(7, "Anna", "Smith", "anna", "en")
IVAN = User(8, "Иван", None, None, "ru")
