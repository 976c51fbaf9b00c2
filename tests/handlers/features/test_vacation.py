"""Vacation: the auto-response once per buyer and period, the end by itself with its summary, status,
message variants and malformed commands. The fake clock starts on Sunday 2026-11-01 12:00 UTC."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import SendMessage
from handlers.core.events import Content, User
from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from storage.models import Conversation, ShopText, Vacation
from tests.support.chat import last_text, sent_id, texts
from tests.support.harness import Harness
from tests.support.users import ANNA, IVAN, SELLER, SELLER2

LOCALES = Translator(CATALOG_DIR).locales

HOUR = 3600


async def command(shop: Harness, text: str, seller: User = SELLER) -> str:
    """Send a seller command; its (last) answer."""
    await shop.send(seller, text)
    return last_text(shop, seller.id)


@pytest.fixture
async def team(engine: AsyncEngine) -> Harness:
    """Two sellers; Tina reads Russian (her language is learned from her first message)."""
    harness = Harness(engine, sellers=(SELLER, SELLER2))
    await harness.start()
    await harness.send(SELLER2, "/vacation")
    harness.api.calls.clear()
    return harness


# -- the auto-response ------------------------------------------------------------------------------------
async def test_each_buyer_gets_the_auto_response_once_and_messages_still_reach_the_sellers(
    shop: Harness,
) -> None:
    await command(shop, "/vacation on until 3d")
    await shop.send(ANNA, "Is the blue scarf in stock?")
    await shop.send(ANNA, "Hello?")
    await shop.send(IVAN, "Здравствуйте")
    [anna_reply] = texts(shop, ANNA.id)
    assert "Knit Shop is on vacation until Wed, Nov 4, 2026, 12:00\u202fPM" in anna_reply
    assert "within a day" not in anna_reply  # the acknowledgement is replaced, not added
    [ivan_reply] = texts(shop, IVAN.id)
    assert "Knit Shop в отпуске до ср, 4 нояб. 2026\u202fг., 12:00" in ivan_reply
    relayed = [t for t in texts(shop, SELLER.id) if "#" in t.split("\n", 1)[0]]
    assert [t.split("\n", 1)[1] for t in relayed] == ["Is the blue scarf in stock?", "Hello?", "Здравствуйте"]


async def test_a_new_conversation_in_the_same_vacation_gets_nothing_more(shop: Harness) -> None:
    await command(shop, "/vacation on until 5d")
    await shop.send(ANNA, "Hi")
    shop.clock.advance(25 * HOUR)  # a new conversation: it would be acknowledged outside a vacation
    await shop.send(ANNA, "Hi again")
    assert len(texts(shop, ANNA.id)) == 1


async def test_a_new_vacation_period_answers_again(shop: Harness) -> None:
    await command(shop, "/vacation on")
    await shop.send(ANNA, "Hi")
    await command(shop, "/vacation off")
    await command(shop, "/vacation on")
    await shop.send(ANNA, "Hi, still there?")
    assert len(texts(shop, ANNA.id)) == 2
    assert all("away for a while" in t for t in texts(shop, ANNA.id))


async def test_a_date_is_the_start_of_that_day_in_the_shops_time_zone(shop: Harness) -> None:
    await command(shop, "/hours Mon-Fri 09:00-18:00 Europe/Moscow")
    answer = await command(shop, "/vacation on until 2026-11-05")
    assert "until Nov 5, 2026;" in answer  # a whole day: no time shown
    await shop.send(ANNA, "Hi")
    assert "on vacation until Nov 5, 2026." in last_text(shop, ANNA.id)
    shop.clock.advance(3 * 24 * HOUR + 9 * HOUR - 1)  # Nov 4, 20:59:59 UTC = 23:59:59 in Moscow
    await shop.settle()
    assert "vacation is over" not in last_text(shop, SELLER.id)
    shop.clock.advance(1)
    await shop.settle()
    assert "vacation is over" in last_text(shop, SELLER.id)


async def test_the_sellers_own_message_with_its_formatting_and_language_variants(shop: Harness) -> None:
    text = "/vacation on until 2d We're off, back soon!"
    bold = {"type": "bold", "offset": text.index("back"), "length": 4}  # ASCII: UTF-16 offsets alike
    await shop.send(SELLER, Content("text", text=text, entities=(bold,)))
    assert "We're off, back soon!" in last_text(shop, SELLER.id)  # the preview
    assert "Vacation message saved (Russian)" in await command(shop, "/vacation message@ru Мы в отпуске")
    await shop.send(ANNA, "Hi")
    await shop.send(IVAN, "Привет")
    [anna_reply] = [c for c in shop.api.to(ANNA.id) if isinstance(c, SendMessage)]
    assert anna_reply.text == "We're off, back soon!"
    assert list(anna_reply.entities) == [{"type": "bold", "offset": 11, "length": 4}]
    assert texts(shop, IVAN.id) == ["Мы в отпуске"]


async def test_a_variant_can_be_removed(shop: Harness) -> None:
    await command(shop, "/vacation message@ru Мы в отпуске")
    assert "removed (Russian)" in await command(shop, "/vacation message@ru off")
    assert "no vacation message (Russian)" in await command(shop, "/vacation message@ru off")
    await command(shop, "/vacation on")
    await shop.send(IVAN, "Привет")
    assert "Knit Shop сейчас в отпуске." in last_text(shop, IVAN.id)


async def test_vacation_wins_over_business_hours(shop: Harness) -> None:
    await command(shop, "/hours Wed 09:00-18:00 UTC")  # closed now (Sunday)
    await command(shop, "/vacation on until 1d")
    await shop.send(ANNA, "Hi")
    [reply] = texts(shop, ANNA.id)
    assert "on vacation" in reply and "closed" not in reply
    async with shop.sessions() as s:
        conversation = (await s.execute(select(Conversation))).scalar_one()
    assert conversation.away_replied_at is None


# -- the end and its summary ------------------------------------------------------------------------------
async def test_the_vacation_ends_by_itself_with_a_summary_for_every_seller(team: Harness) -> None:
    await command(team, "/vacation on until 2h")
    await team.send(ANNA, "Hi")
    team.clock.advance(30 * 60)
    await team.send(ANNA, "Anyone?")
    team.clock.advance(60 * 60)
    await team.send(IVAN, "Здравствуйте")
    team.clock.advance(30 * 60)
    await team.settle()
    summary = last_text(team, SELLER.id)
    assert "The vacation is over" in summary
    assert "While you were away, 2 buyers sent 3 messages." in summary
    assert "2 conversations are still waiting for an answer:" in summary
    assert "#1 Anna Smith — waiting 2 hours" in summary and "#2 Иван — waiting 30 minutes" in summary
    summary_ru = last_text(team, SELLER2.id)
    assert "Пока вас не было, 2 покупателя прислали 3 сообщения." in summary_ru
    assert "2 диалога ещё ждут ответа:" in summary_ru
    assert "#1 Anna Smith — ждёт 2 часа" in summary_ru
    await team.send(User(9, "Olga"), "Hello")  # the usual answers are back
    assert "within a day" in last_text(team, 9)


@pytest.mark.parametrize(
    ("buyers", "messages", "english", "russian"),
    [
        (1, 1, "1 buyer sent 1 message.", "1 покупатель прислал 1 сообщение."),
        (2, 5, "2 buyers sent 5 messages.", "2 покупателя прислали 5 сообщений."),
        (5, 22, "5 buyers sent 22 messages.", "5 покупателей прислали 22 сообщения."),
    ],
)
async def test_the_summary_counts_in_plural_forms(
    team: Harness, buyers: int, messages: int, english: str, russian: str
) -> None:
    await command(team, "/vacation on until 1h")
    for n in range(messages):
        await team.send(User(1000 + n % buyers, f"Buyer{n % buyers}"), f"message {n}")
    team.clock.advance(HOUR)
    await team.settle()
    assert english in last_text(team, SELLER.id)
    assert russian in last_text(team, SELLER2.id)
    waiting_ru = {1: "1 диалог ещё ждёт", 2: "2 диалога ещё ждут", 5: "5 диалогов ещё ждут"}[buyers]
    assert waiting_ru in last_text(team, SELLER2.id)


async def test_nobody_wrote_and_answered_conversations_are_not_listed(shop: Harness) -> None:
    await shop.send(ANNA, "Before the vacation")
    await shop.send(SELLER, "Answered", reply_to=sent_id(shop, SELLER.id, 0))
    shop.clock.advance(60)
    await command(shop, "/vacation on until 1h")
    shop.clock.advance(HOUR)
    await shop.settle()
    summary = last_text(shop, SELLER.id)
    assert "Nobody wrote while you were away." in summary
    assert "No conversation is waiting for an answer." in summary and "#1" not in summary


async def test_vacation_off_ends_it_now_with_the_same_summary_and_the_timer_stays_quiet(
    shop: Harness,
) -> None:
    await command(shop, "/vacation on until 1h")
    await shop.send(ANNA, "Hi")
    summary = await command(shop, "/vacation off")
    assert "The vacation is over" in summary and "1 buyer sent 1 message." in summary
    assert "#1 Anna Smith — waiting" in summary
    shop.clock.advance(2 * HOUR)
    await shop.settle()
    assert sum("vacation is over" in t for t in texts(shop, SELLER.id)) == 1
    assert "not on" in await command(shop, "/vacation off")


async def test_turning_on_while_on_moves_the_end(shop: Harness) -> None:
    await command(shop, "/vacation on until 1h")
    await shop.send(ANNA, "Hi")
    answer = await command(shop, "/vacation on until 3h")
    assert "until Sun, Nov 1, 2026, 3:00\u202fPM" in answer
    shop.clock.advance(2 * HOUR)
    await shop.settle()
    assert not any("vacation is over" in t for t in texts(shop, SELLER.id))
    await shop.send(ANNA, "Still there?")
    assert len(texts(shop, ANNA.id)) == 1  # the same vacation: no second auto-response
    shop.clock.advance(HOUR)
    await shop.settle()
    assert "2 messages" in last_text(shop, SELLER.id)
    async with shop.sessions() as s:
        assert len((await s.execute(select(Vacation))).scalars().all()) == 1


async def test_a_message_alone_updates_the_message_and_keeps_the_end(shop: Harness) -> None:
    await command(shop, "/vacation on until 1h")
    answer = await command(shop, "/vacation on Back at one!")
    assert "until Sun, Nov 1, 2026, 1:00\u202fPM" in answer and "get your text:\n\nBack at one!" in answer


async def test_a_vacation_past_its_end_is_over_even_before_its_timer_runs(shop: Harness) -> None:
    await command(shop, "/vacation on until 1h")
    shop.clock.advance(2 * HOUR)  # no settle: the timer has not run (the bot was down, say)
    await shop.core.handle(shop.message(ANNA, Content("text", text="Hi")))
    await shop.sender.drain_once()
    assert "within a day" in last_text(shop, ANNA.id)


# -- status and malformed commands ------------------------------------------------------------------------
async def test_status_off_and_on(shop: Harness) -> None:
    status = await command(shop, "/vacation")
    assert "Vacation is off" in status and "not written your own vacation text" in status
    await command(shop, "/vacation on until 2026-11-10 Closed for stocktaking")
    await shop.send(ANNA, "Hi")
    await shop.send(IVAN, "Привет")
    status = await command(shop, "/vacation")
    assert "Vacation is on until Nov 10, 2026" in status
    assert "2 buyers have had the auto-response so far." in status
    assert "You have written your own vacation text in: English." in status
    assert "(English) get your text:\n\nClosed for stocktaking" in status


async def test_status_in_russian(team: Harness) -> None:
    await command(team, "/vacation on until 1d", SELLER2)
    await team.send(IVAN, "Привет")
    status = await command(team, "/vacation", SELLER2)
    assert "Отпуск включён до пн, 2 нояб. 2026\u202fг., 12:00" in status
    assert "Автоответ уже получил 1 покупатель." in status


@pytest.mark.parametrize(
    "text",
    [
        "/vacation sideways",
        "/vacation on until",
        "/vacation on until blah We are away",
        "/vacation on until 3x",
        "/vacation message",
        "/vacation messages hi",
        "/vacation off now",
    ],
)
async def test_a_malformed_command_shows_the_right_form(shop: Harness, text: str) -> None:
    answer = await command(shop, text)
    assert "Write it like this:" in answer and "/vacation on until 2026-12-24" in answer
    async with shop.sessions() as s:
        assert (await s.execute(select(Vacation))).first() is None


async def test_a_past_date_and_an_unknown_language_are_explained(shop: Harness) -> None:
    assert "2026-11-01 has already begun" in await command(shop, "/vacation on until 2026-11-01")
    answer = await command(shop, "/vacation message@xx Hallo")
    assert "does not speak “xx”" in answer and ", ".join(LOCALES) in answer


async def test_the_usage_is_localized(team: Harness) -> None:
    assert "Пишите так:" in await command(team, "/vacation nonsense", SELLER2)


async def test_buyers_cannot_use_the_command(shop: Harness) -> None:
    await shop.send(ANNA, "/vacation on")
    assert "There is no command /vacation" in last_text(shop, ANNA.id)
    async with shop.sessions() as s:
        assert (await s.execute(select(Vacation))).first() is None


async def test_the_commands_are_in_the_sellers_help(shop: Harness) -> None:
    help_text = await command(shop, "/help")
    assert "/vacation — Vacation: an auto-response" in help_text
    assert "/hours — Business hours: an away reply" in help_text


async def test_teammates_learn_at_once_that_a_vacation_started(team: Harness) -> None:
    await command(team, "/vacation on until 2026-10-01")  # a past date: refused, nobody told
    assert not texts(team, SELLER2.id)
    await command(team, "/vacation on until 2h")
    [told] = texts(team, SELLER2.id)
    assert told.startswith("🏖 Отпуск включён продавцом Sam Seller до ")
    await command(team, "/vacation on until 3h")  # moving the end is not news
    assert len(texts(team, SELLER2.id)) == 1
    await command(team, "/vacation off")
    await command(team, "/vacation on", seller=SELLER2)
    assert "Tina switched the vacation on; it lasts until someone" in last_text(team, SELLER.id)


# -- how the end is written -------------------------------------------------------------------------------
async def stored_state(shop: Harness) -> tuple[list[Vacation], list[str]]:
    async with shop.sessions() as s:
        vacations = list((await s.execute(select(Vacation))).scalars())
        messages = list((await s.execute(select(ShopText.text).where(ShopText.kind == "vacation"))).scalars())
    return vacations, messages


@pytest.mark.parametrize(
    ("typed", "until"),
    [
        ("/vacation on 3d", "until Wed, Nov 4, 2026, 12:00\u202fPM"),
        ("/vacation on 3 дня", "until Wed, Nov 4, 2026, 12:00\u202fPM"),
        ("/vacation on until 2 weeks", "until Sun, Nov 15, 2026, 12:00\u202fPM"),
        ("/vacation on 2026-12-31", "until Dec 31, 2026;"),
        ("/vacation on until tomorrow", "until Nov 2, 2026;"),
        ("/vacation on tomorrow", "until Nov 2, 2026;"),
        ("/vacation on until 31.12.2026", "until Dec 31, 2026;"),
        ("/vacation on 31.12.", "until Dec 31, 2026;"),
        ("/vacation on until 01.02", "until Feb 1, 2027;"),  # without a year: the next one to come
    ],
)
async def test_a_leading_date_or_duration_is_the_end_not_the_message(
    shop: Harness, typed: str, until: str
) -> None:
    answer = await command(shop, typed)
    assert until in answer
    await shop.send(ANNA, "Hi")
    assert "Knit Shop is on vacation until" in last_text(shop, ANNA.id)
    assert (await stored_state(shop))[1] == []  # no message of theirs: not "3d"


async def test_a_leading_end_is_followed_by_the_message(shop: Harness) -> None:
    answer = await command(shop, "/vacation on 2d Back on Tuesday")
    assert "until Tue, Nov 3, 2026, 12:00\u202fPM" in answer and "get your text:\n\nBack on Tuesday" in answer
    assert (await stored_state(shop))[1] == ["Back on Tuesday"]


async def test_a_two_word_end_is_followed_by_the_message(shop: Harness) -> None:
    answer = await command(shop, "/vacation on 2 days Back on Tuesday")
    assert "until Tue, Nov 3, 2026, 12:00\u202fPM" in answer and "get your text:\n\nBack on Tuesday" in answer


async def test_a_number_without_a_unit_begins_the_message(shop: Harness) -> None:
    answer = await command(shop, "/vacation on 3 scarves left, back soon")
    assert "until you switch it off" in answer and "3 scarves left, back soon" in answer


async def test_tomorrow_at_the_head_of_a_longer_message_is_just_a_word(shop: Harness) -> None:
    answer = await command(shop, "/vacation on Tomorrow we are closed")
    assert "until you switch it off" in answer and "get your text:\n\nTomorrow we are closed" in answer


@pytest.mark.parametrize(
    ("typed", "until"),
    [
        ("/vacation on до 31.12", "до 31 дек. 2026\u202fг."),
        ("/vacation on до завтра Вернёмся в понедельник", "до 2 нояб. 2026\u202fг."),
        ("/vacation on until завтра", "до 2 нояб. 2026\u202fг."),
        ("/vacation on до 31/12/2026", "до 31 дек. 2026\u202fг."),
    ],
)
async def test_russian_forms_of_the_end(team: Harness, typed: str, until: str) -> None:
    assert until in await command(team, typed, SELLER2)


async def test_a_russian_sentence_that_begins_with_do_is_the_message(team: Harness) -> None:
    answer = await command(team, "/vacation on До встречи в январе!", SELLER2)
    assert "пока вы его не выключите" in answer and "получат ваш текст:\n\nДо встречи в январе!" in answer


@pytest.mark.parametrize(
    "typed", ["/vacation on until blah", "/vacation on until blah Back soon", "/vacation on until 3x"]
)
async def test_until_without_a_date_or_duration_is_refused_and_changes_nothing(
    shop: Harness, typed: str
) -> None:
    await command(shop, "/vacation on until 1h Back at one")
    before = await stored_state(shop)
    answer = await command(shop, typed)
    given = typed.split()[3]
    assert answer.startswith(f"“{given}” is not a date or a duration.") and "Nothing was changed." in answer
    after = await stored_state(shop)
    assert [v.until for v in after[0]] == [v.until for v in before[0]] and after[1] == before[1]


@pytest.mark.parametrize(
    "typed", ["/vacation on until 2026-02-30", "/vacation on 31.02.2027 Hi", "/vacation on до 30.02"]
)
async def test_a_date_that_does_not_exist_is_refused(shop: Harness, typed: str) -> None:
    answer = await command(shop, typed)
    given = typed.split()[-2] if typed.endswith("Hi") else typed.split()[-1]
    assert answer.startswith(f"There is no such date: {given}.")
    assert await stored_state(shop) == ([], [])


async def test_no_such_date_in_russian(team: Harness) -> None:
    assert "Такой даты нет: 2026-02-30." in await command(team, "/vacation on until 2026-02-30", SELLER2)


async def test_the_bad_text_is_not_kept_for_the_next_vacation(shop: Harness) -> None:
    await command(shop, "/vacation on 3d")
    await command(shop, "/vacation off")
    answer = await command(shop, "/vacation on until 3d")
    assert not answer.endswith("3d") and "Knit Shop is on vacation until" in answer


# -- who gets which text ----------------------------------------------------------------------------------
HANS = User(9, "Hans", None, None, "de")
WE_ANSWER_RU = "мы ответим на него, когда вернёмся."
WE_ANSWER_EN = "and we will answer it as soon as we are back."


async def test_the_sellers_text_goes_only_to_buyers_in_the_sellers_language(team: Harness) -> None:
    """Tina writes Russian: her text is the Russian one; an English or German buyer gets the standard
    text in their own language with the shop and the return date, never her Russian."""
    answer = await command(team, "/vacation on until 2026-11-05 Мы в отпуске до четверга", SELLER2)
    assert "Покупатели, которые пишут на вашем языке (русский), получат ваш текст:\n\nМы в отпуске" in answer
    assert "Покупатели, которые пишут на других языках, получат стандартный текст на своём языке." in answer
    assert answer.endswith(
        "🏖 Knit Shop в отпуске до 5 нояб. 2026\u202fг. — ваше сообщение сохранено, " + WE_ANSWER_RU
    )
    await team.send(IVAN, "Привет")
    await team.send(ANNA, "Hi")
    await team.send(HANS, "Hallo")
    assert texts(team, IVAN.id) == ["Мы в отпуске до четверга"]
    [anna_reply] = texts(team, ANNA.id)
    assert anna_reply.startswith("🏖 Knit Shop is on vacation until Nov 5, 2026.")
    [hans_reply] = texts(team, HANS.id)
    assert hans_reply.startswith("🏖 Knit Shop ist bis 5. Nov. 2026 im Urlaub.")


async def test_without_a_text_of_theirs_the_confirmation_shows_the_standard_one(shop: Harness) -> None:
    answer = await command(shop, "/vacation on")
    assert (
        "Every buyer gets the standard text in their own language. In your language (English) it reads:"
        in answer
    )
    assert answer.endswith("🏖 Knit Shop is away for a while. Your message has been saved, " + WE_ANSWER_EN)
    assert "get your text" not in answer


async def test_texts_in_other_languages_are_named(shop: Harness) -> None:
    await command(shop, "/vacation message@ru Мы в отпуске")
    answer = await command(shop, "/vacation on")
    assert "You have also written a text in Russian" in answer and "Мы в отпуске" not in answer
    assert "Buyers who write in any other language get the standard text" in answer
    await shop.send(ANNA, "Hi")
    assert "away for a while" in last_text(shop, ANNA.id)


async def test_a_message_without_a_language_is_the_sellers_languages(team: Harness) -> None:
    saved = await command(team, "/vacation message Мы в отпуске", SELLER2)
    assert saved.startswith("✅ Сообщение на время отпуска сохранено (русский): его получат покупатели")
    assert "(English)" in await command(team, "/vacation message Away till Monday")
    status = await command(team, "/vacation")
    assert "You have written your own vacation text in: English, Russian." in status
    assert "(Russian) removed" not in status
    assert "Vacation message removed (English)" in await command(team, "/vacation message off")
    await command(team, "/vacation on")
    await team.send(ANNA, "Hi")
    await team.send(IVAN, "Привет")
    assert "away for a while" in last_text(team, ANNA.id)
    assert last_text(team, IVAN.id) == "Мы в отпуске"


async def test_the_status_says_in_russian_that_the_standard_text_is_used(team: Harness) -> None:
    status = await command(team, "/vacation", SELLER2)
    assert "по умолчанию" not in status
    assert "Своего текста на время отпуска вы не задали: все покупатели получат стандартный текст" in status
    await command(team, "/vacation on", SELLER2)
    status = await command(team, "/vacation", SELLER2)
    assert (
        "Все покупатели получат стандартный текст на своём языке. Вот он на вашем языке (русский):" in status
    )
    assert status.endswith(
        "Knit Shop сейчас в отпуске. Ваше сообщение сохранено — мы ответим на него, как только вернёмся."
    )
