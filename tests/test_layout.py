"""Tests share helpers through tests/support (and tests/fakeapi), never by importing another test module:
importing one runs its module-level setup and ties two test files together."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_test_modules(tree: ast.AST) -> set[str]:
    """The test modules (``test_*``) an import names, by module or by name imported from a package."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            modules = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        found.update(m for m in modules if m.rsplit(".", 1)[-1].startswith("test_"))
    return found


def test_no_test_module_imports_another() -> None:
    offenders = {
        str(path.relative_to(TESTS)): imported
        for path in sorted(TESTS.rglob("*.py"))
        if (imported := imported_test_modules(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert not offenders


def test_the_check_sees_both_spellings() -> None:
    source = "from tests.a.test_b import x\nfrom tests.a import test_c\nfrom .support import helpers\n"
    assert imported_test_modules(ast.parse(source)) == {"tests.a.test_b", "tests.a.test_c"}
