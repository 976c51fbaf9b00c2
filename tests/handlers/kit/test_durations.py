"""Durations as sellers write them: short forms, and unit words in every language with their plural and
case forms."""

from __future__ import annotations

from datetime import timedelta

import pytest

from handlers.kit.durations import parse_duration

H, D = timedelta(hours=1), timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30s", timedelta(seconds=30)),
        ("15m", timedelta(minutes=15)),
        ("20h", 20 * H),
        ("3d", 3 * D),
        ("2w", 14 * D),
        ("1y", 365 * D),
        ("1h30m", 90 * timedelta(minutes=1)),
        ("1.5h", 90 * timedelta(minutes=1)),
        ("20 hours", 20 * H),
        ("1 hour", H),
        ("week", 7 * D),
        ("Month", 30 * D),
        ("2 years", 730 * D),
        ("20 часов", 20 * H),
        ("1 час", H),
        ("2 часа", 2 * H),
        ("20ч", 20 * H),
        ("5 дней", 5 * D),
        ("1 день", D),
        ("2 дня", 2 * D),
        ("1,5 дня", 36 * H),
        ("неделя", 7 * D),
        ("1 неделю", 7 * D),
        ("2 недели", 14 * D),
        ("5 недель", 35 * D),
        ("3 месяца", 90 * D),
        ("2 года", 730 * D),
        ("5 лет", 5 * 365 * D),
        ("20 годин", 20 * H),
        ("2 години", 2 * H),
        ("5 днів", 5 * D),
        ("2 дні", 2 * D),
        ("тиждень", 7 * D),
        ("3 тижні", 21 * D),
        ("2 роки", 730 * D),
        ("3 Tage", 3 * D),
        ("1 Tag", D),
        ("20 Stunden", 20 * H),
        ("20 Std.", 20 * H),
        ("2 Wochen", 14 * D),
        ("1 Jahr", 365 * D),
        ("3 jours", 3 * D),
        ("20 heures", 20 * H),
        ("2 semaines", 14 * D),
        ("1 mois", 30 * D),
        ("2 ans", 730 * D),
        ("3 días", 3 * D),
        ("3 dias", 3 * D),
        ("20 horas", 20 * H),
        ("2 semanas", 14 * D),
        ("1 año", 365 * D),
    ],
)
def test_durations_in_every_language(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


def test_a_word_two_languages_read_differently_follows_the_sellers_language() -> None:
    assert parse_duration("1 год", ("ru",)) == 365 * D  # Russian: a year
    assert parse_duration("5 год", ("uk",)) == 5 * H  # Ukrainian: short for годин


@pytest.mark.parametrize(
    "text",
    ["", "20", "h", "h20", "0h", "off", "chart", "sometimes", "1 day hour", "20 parsecs", "-3d", "200y"],
)
def test_what_is_no_duration(text: str) -> None:
    assert parse_duration(text) is None


def test_no_slow_reading_of_long_nonsense() -> None:
    assert parse_duration("a" * 5000 + "1") is None
