"""A duration that is the object of a Russian or Ukrainian sentence is in the accusative: "ждёт 1 минуту",
"через 1 хвилину", not the nominative CLDR gives ("1 минута")."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.kit.durations import spell_duration
from tests.support.chat import last_text
from tests.support.harness import Harness
from tests.support.users import SELLER2

M, H = timedelta(minutes=1), timedelta(hours=1)


@pytest.mark.parametrize(
    ("delta", "locale", "expected"),
    [
        (M, "ru", "1 минуту"),
        (21 * M, "ru", "21 минуту"),
        (2 * M, "ru", "2 минуты"),
        (timedelta(seconds=1), "ru", "1 секунду"),
        (H + M, "ru", "1 час 1 минуту"),
        (H, "uk", "1 годину"),
        (21 * H, "uk", "21 годину"),
        (M, "uk", "1 хвилину"),
        (5 * H, "uk", "5 годин"),
        (M, "en", "1 minute"),
        (M, "de", "1 Minute"),
    ],
)
def test_accusative(delta: timedelta, locale: str, expected: str) -> None:
    assert spell_duration(delta, locale, "long", "accusative") == expected


def test_nominative_is_the_default() -> None:
    assert spell_duration(M, "ru", "long") == "1 минута"
    assert spell_duration(H, "uk", "long") == "1 година"


async def test_remind_confirms_in_the_accusative(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER2,))
    await shop.start()
    await shop.send(SELLER2, "/remind 1m")
    assert "прождёт ответа 1 минуту." in last_text(shop, SELLER2.id)
    await shop.send(SELLER2, "/remind")
    assert "ждёт ответа уже 1 минуту." in last_text(shop, SELLER2.id)
    await shop.send(SELLER2, "/followup 21m")
    assert "через 21 минуту после" in last_text(shop, SELLER2.id)
