"""The core (handlers/, storage/, scheduler/) never imports aiogram or telegram: only bot/ does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.imports import FRAMEWORKS, imported_modules

ROOT = Path(__file__).resolve().parents[3]
CORE_PACKAGES = ("handlers", "storage", "scheduler", "locales")


def core_files() -> list[Path]:
    return [p for package in CORE_PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_imports_no_framework(path: Path) -> None:
    frameworks = {m for m in imported_modules(path) if m.split(".")[0] in FRAMEWORKS}
    assert not frameworks, f"{path.relative_to(ROOT)} imports {frameworks}"


def test_the_check_sees_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from aiogram import Bot\n", encoding="utf-8")
    assert "aiogram" in imported_modules(sample)


def test_core_does_not_import_the_bot_package() -> None:
    offenders = [p for p in core_files() if any(m.split(".")[0] == "bot" for m in imported_modules(p))]
    assert not offenders
