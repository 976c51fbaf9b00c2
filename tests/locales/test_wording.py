"""Wording rules the key/variable check cannot see: no "ответил(а)"-style gender patches in Russian and
Ukrainian (the bot does not know anyone's gender, so sentences are built not to need it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from locales import CATALOG_DIR

SLAVIC = ("ru", "uk")
# "(а)", "(-ась)", "(ла)", "(-ла)", "(её)", "(її)": a gendered ending patched in brackets.
GENDER_PATCH = re.compile(r"\((?:-?а|-?ась|-?ла|-?ся|её|ее|її|она|вона)\)")


def catalog_lines(locale: str) -> list[tuple[str, int, str]]:
    return [
        (path.name, number, line)
        for path in sorted((CATALOG_DIR / locale).glob("*.ftl"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if not line.lstrip().startswith("#")
    ]


@pytest.mark.parametrize("locale", SLAVIC)
def test_no_bracketed_gender_endings(locale: str) -> None:
    lines = catalog_lines(locale)
    found = [f"{name}:{n}: {line.strip()}" for name, n, line in lines if GENDER_PATCH.search(line)]
    assert not found, "\n".join(found)


def test_the_gender_check_catches_the_usual_patches() -> None:
    patched = ("Sam ответил(а)", "присоединился(-ась)", "відповів(ла)", "надіслав(-ла)", "Его (её) сообщения")
    for text in patched:
        assert GENDER_PATCH.search(text), text
    assert not GENDER_PATCH.search("по номеру (#12) и дате (ГГГГ-ММ-ДД)")


def test_catalog_dir_holds_the_slavic_locales() -> None:
    assert all(Path(CATALOG_DIR / locale).is_dir() for locale in SLAVIC)


# What may stay in Latin capitals: time zones, the settings variable, and ORDER where the text points at
# that literal word inside the link the bot shows ("вместо ORDER").
LATIN_CAPITALS = re.compile(r"(?<![\w@])[A-Z][A-Z_]{2,}\b")
NOT_PLACEHOLDERS = {"IANA", "UTC", "CET", "EET", "EST", "SELLERBOT_SELLERS"}
LITERAL_ORDER = re.compile(r"(?:вместо|замість) ORDER\b")


@pytest.mark.parametrize("locale", SLAVIC)
def test_help_placeholders_are_in_the_language(locale: str) -> None:
    found = [
        f"{name}:{n}: {word}"
        for name, n, line in catalog_lines(locale)
        for word in LATIN_CAPITALS.findall(LITERAL_ORDER.sub("", line))
        if word not in NOT_PLACEHOLDERS
    ]
    assert not found, "\n".join(found)
