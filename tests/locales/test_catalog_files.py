"""A package's texts live in the catalog file named after it (``locales/<lang>/<package>.ftl``), so a
newcomer finds a feature's keys in one hop: ``handlers/features/orders/`` says ``orders.ftl``,
``handlers/relay/`` says ``relay.ftl``, ``handlers/core/`` says ``core.ftl``. A package may also use the
texts of the layers below it (a feature those of the relay and the core), never a sibling feature's."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent

from handlers.kit.i18n import REFERENCE_LOCALE, locale_folders
from locales import CATALOG_DIR

HANDLERS = Path(__file__).resolve().parents[2] / "handlers"
SHARED_BELOW = {"core": (), "relay": ("core",)}  # a feature may use relay and core texts


def key_files(folder: Path) -> dict[str, str]:
    """Each key of a locale folder and the file (stem) that defines it."""
    where: dict[str, str] = {}
    for path in sorted(folder.glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fluent.Message | fluent.Term):
                where[entry.id.name] = path.stem
    return where


REFERENCE = key_files(CATALOG_DIR / REFERENCE_LOCALE)


def package_of(module: Path) -> str:
    parts = module.relative_to(HANDLERS).parts
    return parts[1] if parts[0] == "features" else parts[0]


def literal_keys(module: Path, known: dict[str, str]) -> Iterator[str]:
    """The catalog keys a module names as whole string literals (keys built at run time, like
    f"order-status-{status}", are not seen: their file is checked by the prefix's owner's tests)."""
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in known:
            yield node.value


def misplaced_keys(known: dict[str, str]) -> list[str]:
    wrong = []
    for module in sorted(HANDLERS.rglob("*.py")):
        if module.parent == HANDLERS:
            continue
        package = package_of(module)
        allowed = {package, *SHARED_BELOW.get(package, ("relay", "core"))}
        for key in literal_keys(module, known):
            if known[key] not in allowed:
                wrong.append(f"{module.relative_to(HANDLERS)} uses {key!r} from {known[key]}.ftl")
    return wrong


def test_each_package_uses_its_own_catalog_file_or_the_layers_below() -> None:
    wrong = misplaced_keys(REFERENCE)
    assert not wrong, "\n".join(wrong)


def test_every_feature_and_layer_with_texts_has_its_file() -> None:
    files = set(REFERENCE.values())
    packages = {p.name for p in (HANDLERS / "features").iterdir() if (p / "__init__.py").exists()}
    assert files <= packages | {"core", "relay"}, f"files named after no package: {files - packages}"


def test_the_check_sees_a_key_in_a_sibling_features_file() -> None:
    moved = dict(REFERENCE, **{"block-usage": "orders"})
    assert any("'block-usage' from orders.ftl" in line for line in misplaced_keys(moved))


@pytest.mark.parametrize(
    "folder", [p for p in locale_folders(CATALOG_DIR) if p.name != REFERENCE_LOCALE], ids=lambda p: p.name
)
def test_every_locale_keeps_each_key_in_the_same_file_as_en(folder: Path) -> None:
    where = key_files(folder)
    differ = sorted(
        f"{k}: {where[k]}.ftl, en {REFERENCE[k]}.ftl"
        for k in REFERENCE
        if where.get(k, REFERENCE[k]) != REFERENCE[k]
    )
    assert not differ, "\n".join(differ)
