"""Business hours: parsing (several ranges, overnight ranges, time zones, day names in the bot's
languages), the away reply's rules, status and malformed commands. The fake clock starts on Sunday
2026-11-01 12:00 UTC (the day New York leaves daylight saving time)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.events import User
from handlers.features.hours import BadHours, BusinessHours, Segment, parse_hours
from storage.models import Conversation, KeyValue
from tests.support.chat import last_text, sent_id, texts
from tests.support.harness import Harness
from tests.support.users import ANNA, IVAN, SELLER, SELLER2

LOCALES = ("en", "ru")
SUNDAY_NOON = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
HOUR = 3600
CLOSED_NOW = "/hours Wed 09:00-18:00 UTC"  # Sunday to Tuesday closed


def hours(text: str) -> BusinessHours:
    return parse_hours(text, LOCALES)


async def command(shop: Harness, text: str, seller: User = SELLER) -> str:
    await shop.send(seller, text)
    return last_text(shop, seller.id)


def newest_telegram_id(shop: Harness, chat_id: int) -> int:
    """The Telegram id of the last message the bot put in ``chat_id``."""
    return sent_id(shop, chat_id, -1)


# -- parsing ----------------------------------------------------------------------------------------------
def test_one_range_on_weekdays() -> None:
    parsed = hours("Mon-Fri 09:00-18:00 Europe/Moscow")
    assert parsed.zone.key == "Europe/Moscow"
    [segment] = parsed.segments
    assert segment.days == (0, 1, 2, 3, 4) and segment.ranges == ((540, 1080),)


def test_several_ranges_with_or_without_commas() -> None:
    with_commas = hours("Mon-Fri 09:00-13:00 14:00-18:00, Sat 10:00-14:00 UTC")
    without = hours("Mon-Fri 09:00-13:00 14:00-18:00 Sat 10:00-14:00 UTC")
    assert with_commas == without
    weekdays, saturday = with_commas.segments
    assert weekdays.ranges == ((540, 780), (840, 1080))
    assert saturday.days == (5,) and saturday.ranges == ((600, 840),)


def test_lenient_forms_russian_day_names_and_the_zones_letter_case() -> None:
    parsed = hours("Пн – Пт 9-18, сб 10.00-14.00 europe/moscow")
    assert parsed == hours("Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow")
    assert hours("monday,wednesday 10:00-12:00 UTC").segments[0].days == (0, 2)


@pytest.mark.parametrize(
    ("zone", "key"),
    [
        ("мск", "Europe/Moscow"),
        ("MSK", "Europe/Moscow"),
        ("Москва", "Europe/Moscow"),
        ("Киев", "Europe/Kyiv"),
        ("Київ", "Europe/Kyiv"),
        ("Kyiv", "Europe/Kyiv"),
        ("Berlin", "Europe/Berlin"),
        ("UTC", "UTC"),
        ("GMT", "UTC"),
        ("CET", "CET"),
        ("MEZ", "CET"),
        ("EET", "EET"),
        ("EST", "America/New_York"),
        ("UTC+3", "Etc/GMT-3"),
        ("GMT-5", "Etc/GMT+5"),
        ("europe/moscow", "Europe/Moscow"),
    ],
)
def test_zones_as_sellers_write_them(zone: str, key: str) -> None:
    assert hours(f"Mon-Fri 09:00-18:00 {zone}").zone.key == key


def test_hours_without_days_are_every_day() -> None:
    assert hours("9-18 мск").segments == (Segment(tuple(range(7)), ((540, 1080),)),)
    assert hours("9-13 14-18 UTC").segments[0].ranges == ((540, 780), (840, 1080))


def test_without_a_zone_the_one_set_before() -> None:
    moscow = ZoneInfo("Europe/Moscow")
    assert parse_hours("Mon-Fri 09:00-18:00", LOCALES, moscow).zone == moscow
    assert parse_hours("9-18", LOCALES, moscow).segments[0].days == tuple(range(7))
    with pytest.raises(BadHours) as raised:
        parse_hours("9-18", LOCALES)
    assert raised.value.key == "hours-no-zone"


def test_a_day_span_wraps_round_the_weekend() -> None:
    assert hours("Fri-Mon 10:00-16:00 UTC").segments[0].days == (4, 5, 6, 0)


def test_an_overnight_range_runs_into_the_next_day() -> None:
    parsed = hours("Fri 22:00-02:00 UTC")
    assert not parsed.is_open(datetime(2026, 11, 6, 21, 59, tzinfo=UTC))
    assert parsed.is_open(datetime(2026, 11, 6, 22, 0, tzinfo=UTC))
    assert parsed.is_open(datetime(2026, 11, 7, 1, 59, tzinfo=UTC))  # Saturday night, Friday's range
    assert not parsed.is_open(datetime(2026, 11, 7, 2, 0, tzinfo=UTC))
    assert not parsed.is_open(datetime(2026, 11, 7, 23, 0, tzinfo=UTC))


def test_a_whole_day() -> None:
    parsed = hours("Sun 00:00-24:00 UTC")
    assert parsed.is_open(SUNDAY_NOON)
    assert parsed.next_opening(datetime(2026, 11, 2, 0, 0, tzinfo=UTC)) == datetime(2026, 11, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Mon-Fri 09:00-18:00 Europe/Moscow", datetime(2026, 11, 2, 6, 0, tzinfo=UTC)),  # UTC+3
        ("Mon 09:00-17:00 America/New_York", datetime(2026, 11, 2, 14, 0, tzinfo=UTC)),  # EST from today
        ("Sun 10:00-18:00 Asia/Tokyo", datetime(2026, 11, 8, 1, 0, tzinfo=UTC)),  # today's is over
        ("Sun 22:00-23:00 Asia/Kolkata", datetime(2026, 11, 1, 16, 30, tzinfo=UTC)),  # later today
    ],
)
def test_the_next_opening_in_the_shops_time_zone(text: str, opens: datetime) -> None:
    parsed = hours(text)
    assert not parsed.is_open(SUNDAY_NOON)
    assert parsed.next_opening(SUNDAY_NOON) == opens


def test_daylight_saving_time_moves_the_opening_in_utc() -> None:
    summer = datetime(2026, 7, 5, 12, 0, tzinfo=UTC)  # a Sunday in July: New York is UTC-4
    assert hours("Mon 09:00-17:00 America/New_York").next_opening(summer) == datetime(
        2026, 7, 6, 13, 0, tzinfo=UTC
    )


def test_open_in_the_shops_time_zone() -> None:
    assert hours("Sun 14:00-16:00 Europe/Moscow").is_open(SUNDAY_NOON)  # 15:00 in Moscow
    assert not hours("Sun 14:00-16:00 UTC").is_open(SUNDAY_NOON)


def test_stored_as_json_and_read_back() -> None:
    parsed = hours("Mon-Fri 09:00-18:00, Sat 22:00-02:00 Europe/Moscow")
    assert BusinessHours.from_json(parsed.to_json()) == parsed
    assert BusinessHours.from_json({"zone": "Europe/Moscow"}) is None  # switched off


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mon-Fri 09:00-18:00", "hours-no-zone"),
        ("Mon-Fri 09:00-18:00 Mars/Olympus", "hours-bad-zone"),
        ("Mon-Fri 25:00-18:00 UTC", "hours-bad-time"),
        ("Mon-Fri 09:60-18:00 UTC", "hours-bad-time"),
        ("Mon 10:00-10:00 UTC", "hours-bad-time"),
        ("Mon 24:00-02:00 UTC", "hours-bad-time"),
        ("Mo-Fry 09:00-18:00 UTC", "hours-bad-day"),
        ("Mon-Wed-Fri 09:00-18:00 UTC", "hours-bad-day"),
        ("Mon 09:00-12:00 10:00-14:00 Tue", "hours-bad-zone"),
        ("Mon-Fri UTC", "hours-usage"),
        ("Mon 09:00-12:00, Tue UTC", "hours-usage"),
        ("UTC", "hours-usage"),
    ],
)
def test_malformed_hours_say_what_is_wrong(text: str, key: str) -> None:
    with pytest.raises(BadHours) as raised:
        hours(text)
    assert raised.value.key == key


# -- /hours -----------------------------------------------------------------------------------------------
async def test_setting_hours_shows_how_they_were_understood(shop: Harness) -> None:
    answer = await command(shop, "/hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow")
    assert "Business hours saved" in answer
    assert "Mon–Fri: 9:00\u202fAM–6:00\u202fPM" in answer and "Sat: 10:00\u202fAM–2:00\u202fPM" in answer
    assert "Time zone: Europe/Moscow" in answer
    assert "Closed now; opens again on Mon, Nov 2, 2026, 9:00\u202fAM MSK." in answer
    async with shop.sessions() as s:
        stored = await s.get(KeyValue, "business-hours")
    assert stored is not None and stored.value["zone"] == "Europe/Moscow"
    assert stored.value["segments"][0] == {"days": [0, 1, 2, 3, 4], "ranges": [[540, 1080]]}


async def test_status_in_the_sellers_language(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2))
    await shop.start()
    await command(shop, "/hours Mon-Fri 09:00-18:00, Sun 10:00-16:00 Europe/Moscow")
    status = await command(shop, "/hours", SELLER2)
    assert "Пн–Пт: 09:00–18:00" in status and "Вс: 10:00–16:00" in status
    assert "Часовой пояс: Europe/Moscow" in status and "Сейчас открыто." in status


async def test_status_when_none_are_set_and_hours_off(shop: Harness) -> None:
    assert "No business hours are set" in await command(shop, "/hours")
    await command(shop, CLOSED_NOW)
    assert "Business hours are off" in await command(shop, "/hours off")
    assert "No business hours are set" in await command(shop, "/hours")
    await shop.send(ANNA, "Hi")
    assert "within a day" in last_text(shop, ANNA.id)  # the usual acknowledgement again


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/hours Mon-Fri 09:00-18:00", "Which time zone are these hours in?"),
        ("/hours 9-18", "Which time zone are these hours in?"),
        ("/hours Mon-Fri 09:00-18:00 Mars", "“Mars” is not a time zone I know."),
        ("/hours Mon-Fri 9:00-25:00 UTC", "“9:00-25:00” is not a time range"),
        ("/hours Someday 09:00-18:00 UTC", "“Someday” is not a day of the week"),
        ("/hours nine to five", "Write the business hours like this:"),
    ],
)
async def test_a_malformed_command_says_what_is_wrong_and_shows_the_right_form(
    shop: Harness, text: str, expected: str
) -> None:
    answer = await command(shop, text)
    assert expected in answer and "/hours Mon-Fri 09:00-18:00, Sat 10:00-14:00 Europe/Moscow" in answer
    async with shop.sessions() as s:
        assert await s.get(KeyValue, "business-hours") is None


async def test_hours_without_a_zone_keep_the_zone_set_before(shop: Harness) -> None:
    answer = await command(shop, "/hours Mon-Fri 09:00-18:00")
    assert "Which time zone are these hours in?" in answer and "Nothing was changed" in answer
    async with shop.sessions() as s:
        assert await s.get(KeyValue, "business-hours") is None
    assert "Time zone: Europe/Moscow" in await command(shop, "/hours Mon-Fri 9:00-18:00 мск")
    answer = await command(shop, "/hours 9-18")
    assert "Mon–Sun: 9:00\u202fAM–6:00\u202fPM" in answer and "Time zone: Europe/Moscow" in answer
    await command(shop, "/hours off")  # the zone stays for the next /hours
    assert "Time zone: Europe/Moscow" in await command(shop, "/hours Sat 10-14")
    assert "Time zone: UTC+3" in await command(shop, "/hours 9-18 UTC+3")


# -- the away reply ---------------------------------------------------------------------------------------
async def test_outside_the_hours_the_buyer_learns_when_the_shop_is_back(shop: Harness) -> None:
    await command(shop, "/hours Mon-Fri 09:00-18:00 Europe/Moscow")
    await shop.send(ANNA, "Hi")
    await shop.send(IVAN, "Привет")
    [to_anna] = texts(shop, ANNA.id)
    assert "Knit Shop is closed right now" in to_anna
    assert "We open again on Mon, Nov 2, 9:00\u202fAM MSK." in to_anna
    assert "within a day" not in to_anna  # it replaces the acknowledgement
    [to_ivan] = texts(shop, IVAN.id)
    assert "Снова на связи: пн, 2 нояб., 09:00 MSK." in to_ivan
    assert len([t for t in texts(shop, SELLER.id) if "#" in t]) == 2  # still relayed


async def test_inside_the_hours_the_usual_acknowledgement(shop: Harness) -> None:
    await command(shop, "/hours Sat-Sun 10:00-02:00 UTC")
    await shop.send(ANNA, "Hi")
    assert "within a day" in last_text(shop, ANNA.id)


async def test_the_away_reply_comes_at_most_once_a_day_per_conversation(shop: Harness) -> None:
    await command(shop, CLOSED_NOW)
    await shop.send(ANNA, "Hi")
    for hours_later in (8, 8, 7):  # never a day of silence: the same conversation all along
        shop.clock.advance(hours_later * HOUR)
        await shop.send(ANNA, "Anyone?")
    assert len(texts(shop, ANNA.id)) == 1
    shop.clock.advance(2 * HOUR)  # 25 h after the away reply
    await shop.send(ANNA, "Hello??")
    assert len(texts(shop, ANNA.id)) == 2
    async with shop.sessions() as s:
        assert len((await s.execute(select(Conversation))).scalars().all()) == 1


@pytest.mark.parametrize("ended_by", ["timer", "off"])
async def test_after_a_vacation_ended_the_same_day_the_night_gets_its_away_reply(
    shop: Harness, ended_by: str
) -> None:
    """The away reply given before a vacation does not count after it: since then the buyer heard
    "on vacation until…", and now, at night, they must learn when the shop opens."""
    await command(shop, CLOSED_NOW)
    await shop.send(ANNA, "Hi")  # Sunday noon: the away reply
    await command(shop, "/vacation on until 3h")
    await shop.later(HOUR)
    await shop.send(ANNA, "Still closed?")
    assert "on vacation until" in last_text(shop, ANNA.id)
    if ended_by == "off":
        await command(shop, "/vacation off")
    await shop.later(8 * HOUR)  # 21:00, the vacation over for hours, 9 hours after the away reply
    await shop.send(ANNA, "Hello? Anyone tonight?")
    [*_, night] = texts(shop, ANNA.id)
    assert "Knit Shop is closed right now" in night and "We open again on Wed, Nov 4, 9:00" in night
    await shop.later(HOUR)
    await shop.send(ANNA, "And now?")
    assert len(texts(shop, ANNA.id)) == 3  # once a day again from that reply on


async def test_no_away_reply_within_five_minutes_of_a_seller_answer(shop: Harness) -> None:
    await shop.send(ANNA, "Hi")  # no hours yet: acknowledged
    await shop.send(SELLER, "Hello Anna!", reply_to=newest_telegram_id(shop, SELLER.id))
    await command(shop, CLOSED_NOW)
    shop.clock.advance(4 * 60)
    await shop.send(ANNA, "Thanks! One more thing")
    assert not any("closed right now" in t for t in texts(shop, ANNA.id))
    shop.clock.advance(60)  # five minutes since the answer
    await shop.send(ANNA, "…are you there?")
    assert "closed right now" in last_text(shop, ANNA.id)


async def test_another_conversation_is_answered_on_its_own(shop: Harness) -> None:
    await command(shop, CLOSED_NOW)
    await shop.send(ANNA, "Hi")
    await shop.send(IVAN, "Привет")
    assert len(texts(shop, ANNA.id)) == 1 and len(texts(shop, IVAN.id)) == 1


async def test_hours_commands_are_for_sellers(shop: Harness) -> None:
    await shop.send(ANNA, CLOSED_NOW)
    assert "There is no command /hours" in last_text(shop, ANNA.id)


def test_a_short_day_name_means_the_sellers_language_first() -> None:
    french = parse_hours("di 10:00-12:00 Europe/Paris", ("fr", *LOCALES))
    german = parse_hours("Di 10:00-12:00 Europe/Berlin", ("de", *LOCALES))
    assert tuple(french.segments[0].days) == (6,)  # dimanche
    assert tuple(german.segments[0].days) == (1,)  # Dienstag


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("UTC", "UTC"),
        ("Europe/Moscow", "MSK"),
        ("Asia/Dubai", "UTC+4"),
        ("Etc/GMT-3", "UTC+3"),
        ("Asia/Kathmandu", "UTC+5:45"),
        ("America/New_York", "EST"),
    ],
)
def test_moments_name_the_zone_compactly_without_seconds(zone: str, shown: str) -> None:
    from handlers.core.moments import format_moment

    text = format_moment(datetime(2026, 11, 22, 12, 0, 30, tzinfo=UTC), "ru", ZoneInfo(zone))
    assert text.endswith(f" {shown}") and ":30" not in text
