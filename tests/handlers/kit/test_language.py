"""Language detection: each message judged once (seeded, restricted to our locales, Telegram's
language_code as the prior; no verdict for noise, pastes and quotes), the buyer's language a
recency-weighted vote that one odd message cannot flip."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.core.events import User
from handlers.kit.i18n import Translator
from handlers.kit.language import MAX_CHARS, SWITCH_AFTER, LanguageDetector
from locales import CATALOG_DIR
from storage.models import Buyer
from tests.support.harness import Harness
from tests.support.users import SELLER

LOCALES = Translator(CATALOG_DIR).locales
detector = LanguageDetector(LOCALES)

DHL = (
    "Here is what DHL wrote me: Sehr geehrte Kundin, Ihre Sendung konnte heute leider nicht zugestellt "
    "werden. Sie liegt ab morgen in Ihrer Filiale zur Abholung bereit."
)

RUSSIAN = ("Извините, я напишу по-русски.", "Когда придёт моя посылка?", "Подскажите номер для отслеживания.")


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
    assert detector.judge(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "ok thx",  # too few letters: "merci" alone comes out Spanish
        "x" * 5000,
        "x" * 40,  # short, but the same letter over and over
        "hahahahahahahahaha",
        "buy buy buy buy buy buy buy now",
        "12345 678 !!! ??? 2026-12-02",
        "Bitte " + "Ihre Sendung ist unterwegs, bald ist sie da. " * 20,  # pasted-long
        DHL,  # English around a German quote
        "Here is what DHL wrote me:\nSehr geehrte Kundin, Ihre Sendung konnte nicht zugestellt werden.",
    ],
)
def test_noise_pastes_and_quotes_are_no_evidence(text: str) -> None:
    assert detector.judge(text, "en") is None


def test_a_long_own_message_under_the_limit_still_counts() -> None:
    text = (
        "Hello, I ordered the blue scarf last week and would like to know when it ships. My sister's "
        "birthday is on the twelfth, so it would be great if it arrived before then. Could you also "
        "wrap it as a gift and add a small card? Thank you very much for your help, the hat I bought "
        "from you in spring is lovely."
    )
    assert len(text) <= MAX_CHARS and detector.judge(text, "en") == "en"


def test_it_is_deterministic() -> None:
    text = "Merci beaucoup, c'est parfait"
    assert len({LanguageDetector(LOCALES).judge(text, None) for _ in range(5)}) == 1


def test_only_our_locales_come_out() -> None:
    # Italian is not one of ours: the answer must still be one of the shop's locales (or none).
    assert detector.judge("Buongiorno, la sciarpa blu è ancora disponibile?", "en") in (*LOCALES, None)


def test_no_verdicts_keep_the_current_language() -> None:
    assert detector.decide([], "de") == "de"


def test_first_clear_messages_override_telegrams_language_code() -> None:
    # Nothing the buyer wrote speaks for "en" (it came from the phone's setting): Russian at once.
    assert detector.decide(["ru"], "en") == "ru"


def test_one_odd_message_does_not_flip_an_established_language() -> None:
    assert detector.decide(["en", "en", "de"], "en") == "en"
    assert detector.decide(["en", "de", "de"], "en") == "en"


def test_several_consistent_messages_switch() -> None:
    assert detector.decide(["en", "en", "en"] + ["ru"] * SWITCH_AFTER, "en") == "ru"


def test_a_language_left_from_noise_gives_way_to_the_first_normal_message() -> None:
    # A buyer made French by an old 5000 × "x" (no verdict backs "fr") returns to English at once.
    assert detector.decide(["en"], "fr") == "en"


async def test_the_stored_vote_survives_pastes_and_noise(shop: Harness) -> None:
    kim = User(9, "Kim", language_code="en")
    await shop.send(kim, "Hello, where is my parcel? It has been two weeks.")
    await shop.send(kim, DHL)
    await shop.send(kim, "x" * 5000)
    assert await language_of(shop) == "en"
    for text in RUSSIAN:
        await shop.send(kim, text)
    assert await language_of(shop) == "ru"
    header = shop.api.to(SELLER.id)[-1].text.split("\n", 1)[0]  # type: ignore[union-attr]
    assert "Russian" in header


async def language_of(shop: Harness) -> str:
    async with shop.sessions() as s:
        return (await s.execute(select(Buyer))).scalar_one().language
