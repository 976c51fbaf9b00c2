"""What a coupon code may be: both halves of marketing read codes typed by sellers."""

from __future__ import annotations

import re

CODE_RE = re.compile(r"^[A-Za-z0-9_-]{2,32}$")


def coupon_code(text: str) -> str | None:
    """``text`` as a stored code (upper case: marketplaces treat codes case-insensitively), or None."""
    return text.upper() if CODE_RE.match(text) else None
