"""Language detection: seeded, restricted to our locales, Telegram's language_code as the prior."""

from __future__ import annotations

import pytest

from handlers.i18n import Translator
from handlers.language import LanguageDetector
from locales import CATALOG_DIR

LOCALES = Translator(CATALOG_DIR).locales
detector = LanguageDetector(LOCALES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, is the blue scarf still available in size M?", "en"),
        ("Здравствуйте, есть ли синий шарф в размере M?", "ru"),
        ("Добрий день, чи є синій шарф у розмірі M?", "uk"),
        ("Guten Tag, ist der blaue Schal in Größe M noch verfügbar?", "de"),
        ("Bonjour, l'écharpe bleue est-elle encore disponible en taille M ?", "fr"),
        ("Hola, ¿la bufanda azul todavía está disponible en talla M?", "es"),
    ],
)
def test_each_catalog_language_is_recognised(text: str, expected: str) -> None:
    assert detector.detect([text], "en", "en") == expected


def test_a_few_words_trust_telegrams_language_code() -> None:
    assert detector.detect(["ok thx"], "de", "en") == "de"


def test_unknown_language_code_falls_back() -> None:
    assert detector.detect(["ok"], "pt", "en") == "en"


def test_it_is_deterministic() -> None:
    texts = ["Merci beaucoup", "c'est parfait"]
    assert len({LanguageDetector(LOCALES).detect(texts, None, "en") for _ in range(5)}) == 1


def test_only_our_locales_come_out() -> None:
    # Italian is not one of ours: the answer must still be one of the shop's locales.
    assert detector.detect(["Buongiorno, la sciarpa blu è ancora disponibile?"], "en", "en") in LOCALES
