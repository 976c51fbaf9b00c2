"""Every locale has every key of ``en`` with the same variables, and plurals come out right."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.kit.i18n import REFERENCE_LOCALE, Translator, keys_and_variables, locale_folders
from locales import CATALOG_DIR

REFERENCE = keys_and_variables(CATALOG_DIR / REFERENCE_LOCALE)
OTHERS = [p for p in locale_folders(CATALOG_DIR) if p.name != REFERENCE_LOCALE]


def test_en_and_ru_are_present() -> None:
    assert {p.name for p in locale_folders(CATALOG_DIR)} >= {"en", "ru"}


@pytest.mark.parametrize("folder", OTHERS, ids=lambda p: p.name)
def test_locale_has_every_key_of_en(folder: Path) -> None:
    keys = keys_and_variables(folder)
    missing = sorted(set(REFERENCE) - set(keys))
    assert not missing, f"{folder.name} lacks {missing}"
    extra = sorted(set(keys) - set(REFERENCE))
    assert not extra, f"{folder.name} has keys en does not: {extra}"


@pytest.mark.parametrize("folder", OTHERS, ids=lambda p: p.name)
def test_locale_uses_the_same_placeholders(folder: Path) -> None:
    keys = keys_and_variables(folder)
    differ = {k: (REFERENCE[k], keys[k]) for k in REFERENCE if k in keys and keys[k] != REFERENCE[k]}
    assert not differ, f"{folder.name}: placeholders differ from en: {differ}"


def test_the_check_catches_a_missing_key_and_a_renamed_placeholder(tmp_path: Path) -> None:
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "a.ftl").write_text("buyer-ack = Danke, { $shopname }\n", encoding="utf-8")
    keys = keys_and_variables(tmp_path / "xx")
    assert "buyer-greeting" in set(REFERENCE) - set(keys)
    assert keys["buyer-ack"] != REFERENCE["buyer-ack"]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 диалог ждёт"),
        (2, "2 диалога ждут"),
        (5, "5 диалогов ждут"),
        (21, "21 диалог ждёт"),
        (11, "11 диалогов ждут"),
        (22, "22 диалога ждут"),
    ],
)
def test_russian_plurals(count: int, expected: str) -> None:
    t = Translator(CATALOG_DIR)
    assert t("ru", "seller-status", waiting=count).startswith(expected)


@pytest.mark.parametrize(("count", "expected"), [(1, "1 conversation is"), (2, "2 conversations are")])
def test_english_plurals(count: int, expected: str) -> None:
    assert Translator(CATALOG_DIR)("en", "seller-status", waiting=count).startswith(expected)


def test_missing_key_falls_back_to_english_not_to_the_key() -> None:
    t = Translator(CATALOG_DIR)
    assert t("xx", "buyer-ack", shop="S").startswith("✅ Thank you")


def test_catalogs_are_read_without_a_compile_step() -> None:
    assert not list(CATALOG_DIR.rglob("*.mo"))
    assert list(CATALOG_DIR.glob("*/*.ftl"))
