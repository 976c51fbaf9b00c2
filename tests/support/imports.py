"""What a source file imports, read from its syntax tree: for the tests that keep the core and
bot/bot_api_calls.py free of the frameworks."""

from __future__ import annotations

import ast
from pathlib import Path

FRAMEWORKS = {"aiogram", "telegram"}


def imported_modules(path: Path) -> set[str]:
    """Every absolute module ``path`` imports, at any depth (inside functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names
