"""Commands in the words sellers actually write, through the real bot (both runtimes): durations in
their own language, any /stats period."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import SELLER_ID, Shop


class Seller:
    """A seller who sends a command and reads the one answer it gets."""

    def __init__(self, shop: Shop, name: str, language: str) -> None:
        self.user = shop.api.user(SELLER_ID, name, language_code=language)
        self.seen = 0

    async def ask(self, command: str, argument: str = "") -> str:
        self.user.send_command(command, argument)
        self.seen += 1
        received: list[dict[str, Any]] = await self.user.wait_received(self.seen)
        self.seen = len(received)
        return str(received[-1].get("text") or received[-1].get("caption") or "")


async def test_durations_and_periods_in_the_sellers_words(shop: Shop) -> None:
    tina = Seller(shop, "Тина", "ru")
    assert "20 часов" in await tina.ask("remind", "20 часов")
    assert "5 дней" in await tina.ask("followup", "5 дней")
    assert "7 дней" in await tina.ask("stats", "week")
    assert "365 дней" in await tina.ask("stats", "1y")
    assert "14 дней" in await tina.ask("stats", "2 недели")
    assert "/stats 7d" in await tina.ask("stats", "когда-нибудь")  # still the usage for nonsense


async def test_hours_and_commands_in_the_sellers_words(shop: Shop) -> None:
    tina = Seller(shop, "Тина", "ru")
    for hours in ("9-18", "Mon-Fri 9:00-18:00"):  # no zone yet: asked for, nothing saved
        answer = await tina.ask("hours", hours)
        assert "В каком часовом поясе" in answer and "Ничего не изменено" in answer
    assert "Часы работы не заданы" in await tina.ask("hours")
    answer = await tina.ask("hours", "Пн-Пт 9:00-18:00 мск")
    assert "Пн–Пт: 09:00–18:00" in answer and "Часовой пояс: Europe/Moscow" in answer
    answer = await tina.ask("hours", "9-18")  # every day, in the zone set before
    assert "Пн–Вс: 09:00–18:00" in answer and "Часовой пояс: Europe/Moscow" in answer
    answer = await tina.ask("hours", "Mon-Fri 9:00-18:00")
    assert "Пн–Пт: 09:00–18:00" in answer and "Часовой пояс: Europe/Moscow" in answer
    assert "Раздел «Доставка» сохранён" in await tina.ask("policy", "доставка Отправляем за 2 дня.")
    assert "Раздел «Возврат» сохранён" in await tina.ask("policy", "Возврат 14 дней.")
    answer = await tina.ask("vaction", "on")  # a typo: the closest commands offered
    assert answer.startswith("Команды /vaction нет. Может быть, вы имели в виду /vacation?")
    assert "/stats" in await tina.ask("stast")
    buyer = shop.api.user(1001, "Anna", language_code="en")  # a buyer is offered no seller command
    for typed in ("/stast", "/team remove 2002"):
        buyer.send_text(typed)
    answers = [str(m.get("text")) for m in await buyer.wait_received(2)]
    assert answers == [
        "There is no command /stast. To write to the shop, just send your message; /help explains more.",
        "There is no command /team. To write to the shop, just send your message; /help explains more.",
    ]
