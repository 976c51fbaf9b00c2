"""Saved replies through the core: /saved, /r, the picker under relayed messages, the defaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.effects import (
    AnswerCallbackQuery,
    BotEffect,
    CopyMessage,
    EditMessageText,
    SendMediaGroup,
    SendMessage,
    from_json,
)
from handlers.core.events import CallbackPress, Content, User
from handlers.features.saved_replies import fill, name_token, picker_keyboard
from handlers.kit.i18n import Translator
from handlers.kit.text import Rich, utf16_len
from locales import CATALOG_DIR
from storage.models import Conversation, Message, OutboxItem, ShopText
from tests.support.chat import last_shown, sent_id, texts
from tests.support.harness import Harness
from tests.support.users import ANNA, IVAN, SELLER, SELLER2

T = Translator(CATALOG_DIR)
LOCALES = T.locales
VARIANTS = ("", *(locale for locale in LOCALES if locale != "en"))  # "" is the default (en)
SEEDED = 3 * len(VARIANTS)  # thanks, shipping, custom in every locale

ROSE = User(9, "Rose 🌸", None, None, "en")  # an astral emoji: 2 UTF-16 units, 1 Python character


def piece(text: str, entity: dict[str, Any]) -> str:
    """The text an entity covers (offsets in UTF-16 units)."""
    units = text.encode("utf-16-le")
    return units[entity["offset"] * 2 : (entity["offset"] + entity["length"]) * 2].decode("utf-16-le")


async def rows(shop: Harness, model: Any) -> list[Any]:
    async with shop.sessions() as s:
        return list((await s.execute(select(model).order_by(model.id))).scalars().all())


async def telegram_id_of(shop: Harness, wanted: Callable[[BotEffect], bool]) -> int:
    """The Telegram message id the bot's latest matching send produced (from the outbox)."""
    for item in reversed(await rows(shop, OutboxItem)):
        if item.result and wanted(from_json(item.effect)):
            return int(item.result[0])
    raise AssertionError("no such send")


def is_picker(effect: BotEffect) -> bool:
    return isinstance(effect, SendMessage) and "saved:cancel" in str(effect.reply_markup)


async def press_on(shop: Harness, user: User, message_id: int, data: str) -> None:
    """A press on a button of message ``message_id``."""
    shop.api.pressed("cb", user, user.id, message_id, data)
    await shop.core.handle(CallbackPress(next(shop._update_ids), "cb", user, user.id, message_id, data))
    await shop.settle()


async def ask(shop: Harness, buyer: User, text: str = "Hello!") -> int:
    """The buyer writes; returns the Telegram id of the relayed copy in the seller's chat."""
    await shop.send(buyer, text)
    return await telegram_id_of(shop, lambda e: isinstance(e, SendMessage) and e.text.endswith(text))


# -- /saved ----------------------------------------------------------------------------------------


async def test_a_new_shop_starts_with_replies_in_english_and_russian(shop: Harness) -> None:
    saved = await rows(shop, ShopText)
    assert {(r.name, r.locale) for r in saved} == {
        (name, locale) for name in ("thanks", "shipping", "custom") for locale in VARIANTS
    }
    thanks = {r.locale: r.text for r in saved if r.name == "thanks"}
    assert "{first_name}" in thanks[""] and thanks[""].startswith("Thank you")
    assert "{first_name}" in thanks["ru"] and thanks["ru"].startswith("Спасибо")
    await shop.send(SELLER, "/saved")
    listing = last_shown(shop, SELLER.id)
    assert "3 saved replies" in listing and "• thanks (default, " in listing and "Russian" in listing
    assert "/saved add NAME TEXT" in listing


async def test_defaults_are_seeded_once_so_a_deletion_sticks(shop: Harness) -> None:
    await shop.send(SELLER, "/saved del thanks")
    assert f"{len(VARIANTS)} variants" in last_shown(shop, SELLER.id)
    await shop.core.start()  # the next process start
    assert {r.name for r in await rows(shop, ShopText)} == {"shipping", "custom"}


async def test_add_keeps_lines_and_formatting(shop: Harness) -> None:
    command = "/saved add Promo Hello {buyer_name}!\nOur *sale* ends Friday."
    start = command.index("*sale*")
    bold = {"type": "bold", "offset": utf16_len(command[:start]), "length": 6}
    await shop.send(SELLER, Content("text", text=command, entities=(bold,)))
    [promo] = [r for r in await rows(shop, ShopText) if r.name == "promo"]
    assert promo.locale == "" and promo.text == "Hello {buyer_name}!\nOur *sale* ends Friday."
    [entity] = promo.entities
    assert piece(promo.text, entity) == "*sale*"
    assert "added" in last_shown(shop, SELLER.id) and "/r promo" in last_shown(shop, SELLER.id)


async def test_add_again_replaces_and_names_ignore_case(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add promo first")
    await shop.send(SELLER, "/saved ADD PROMO second")
    [promo] = [r for r in await rows(shop, ShopText) if r.name == "promo"]
    assert promo.text == "second" and promo.updated_by == SELLER.id
    assert "replaced" in last_shown(shop, SELLER.id)


async def test_a_language_variant_is_added_for_an_available_locale_only(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add promo@RU Скидки до пятницы")
    assert ("promo", "ru") in {(r.name, r.locale) for r in await rows(shop, ShopText)}
    assert "(Russian)" in last_shown(shop, SELLER.id)
    await shop.send(SELLER, "/saved add promo@xx Rabatt")
    refusal = last_shown(shop, SELLER.id)
    assert "xx" in refusal and ", ".join(LOCALES) in refusal
    assert ("promo", "xx") not in {(r.name, r.locale) for r in await rows(shop, ShopText)}


async def test_a_bad_name_is_refused_with_the_rule(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add hi! Hello")
    assert "letters, digits, _ or -" in last_shown(shop, SELLER.id)
    await shop.send(SELLER, "/saved add " + "n" * 33 + " Hello")
    assert "up to 32" in last_shown(shop, SELLER.id)
    assert len(await rows(shop, ShopText)) == SEEDED  # the defaults only


async def test_names_may_use_any_letters_digits_underscore_and_dash(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add Доставка_2-дня Два дня")
    assert "доставка_2-дня" in {r.name for r in await rows(shop, ShopText)}


async def test_an_unknown_variable_is_refused_naming_the_known_ones(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add promo Hi {name}, order {order} {order_id}")
    refusal = last_shown(shop, SELLER.id)
    assert "Not saved" in refusal and "{name}, {order}" in refusal
    assert "{buyer_name}, {first_name}, {shop_name}, {order_id}" in refusal
    assert "promo" not in {r.name for r in await rows(shop, ShopText)}


async def test_braces_that_are_no_variables_are_kept_as_written(shop: Harness) -> None:
    text = 'Sizes {S, M, L}, {} and { } or {"a": 1} {'
    await shop.send(SELLER, f"/saved add sizes {text}")
    relayed = await ask(shop, ANNA, "sizes?")
    await shop.send(SELLER, "/r sizes", reply_to=relayed)
    assert last_shown(shop, ANNA.id) == text


async def test_delete_removes_every_variant_or_just_one(shop: Harness) -> None:
    await shop.send(SELLER, "/saved del shipping@ru")
    assert {r.locale for r in await rows(shop, ShopText) if r.name == "shipping"} == set(VARIANTS) - {"ru"}
    assert "Russian" in last_shown(shop, SELLER.id)
    await shop.send(SELLER, "/saved del Custom")
    assert "custom" not in {r.name for r in await rows(shop, ShopText)}
    assert "1 variant)" not in last_shown(shop, SELLER.id) and f"{len(VARIANTS)} variants" in last_shown(
        shop, SELLER.id
    )


async def test_deleting_an_unknown_name_lists_the_names(shop: Harness) -> None:
    await shop.send(SELLER, "/saved del nope")
    answer = last_shown(shop, SELLER.id)
    assert "no saved reply “nope”" in answer and "custom, shipping, thanks" in answer


async def test_malformed_saved_commands_show_the_right_forms(shop: Harness) -> None:
    for command in ("/saved add", "/saved add promo", "/saved frobnicate", "/saved del", "/saved del a b"):
        await shop.send(SELLER, command)
        answer = last_shown(shop, SELLER.id)
        assert "not quite right" in answer and "/saved add NAME TEXT" in answer, command
        assert "/saved del NAME" in answer and "/r NAME" in answer
    assert len(await rows(shop, ShopText)) == SEEDED


async def test_the_list_is_in_the_sellers_language(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER2,))
    await shop.start()
    await shop.send(SELLER2, "/saved")
    listing = last_shown(shop, SELLER2.id)
    assert "3 сохранённых ответа" in listing and "thanks (по умолчанию, " in listing and "русский" in listing


async def test_buyers_cannot_use_the_commands(shop: Harness) -> None:
    for command in ("/saved add x y", "/r thanks"):
        shop.api.calls.clear()
        await shop.send(ANNA, command)
        # Told the command does not exist, as for any made-up one: nothing more, nothing less.
        expected = T("en", "buyer-unknown-command", command=command.split()[0])
        assert texts(shop, ANNA.id) == [expected], command
    assert len(await rows(shop, ShopText)) == SEEDED


async def test_help_and_menu_list_the_commands(shop: Harness) -> None:
    await shop.send(SELLER, "/help")
    help_text = last_shown(shop, SELLER.id)
    assert "/saved — Saved replies" in help_text and "/r — Send a saved reply" in help_text
    menu = shop.api.menu({"type": "chat", "chat_id": SELLER.id})  # the seller's menu as Telegram keeps it
    assert menu["saved"] == T("en", "seller-command-saved") and menu["r"] == T("en", "seller-command-r")
    buyers = shop.api.menu({"type": "default"})
    assert buyers and "saved" not in buyers and "r" not in buyers


# -- /r --------------------------------------------------------------------------------------------


async def test_r_sends_the_buyers_language_with_variables_filled(shop: Harness) -> None:
    asked = await shop.send(IVAN, "Здравствуйте, спасибо за шарф!")
    command = await shop.send(SELLER, "/r thanks", reply_to=sent_id(shop, SELLER.id, 0))
    delivered = shop.api.to(IVAN.id)[-1]
    assert isinstance(delivered, SendMessage)
    assert delivered.text.startswith("Спасибо, Иван! ") and "Knit Shop" in delivered.text
    assert delivered.reply_to_message_id == asked.message_id
    confirmation = shop.api.to(SELLER.id)[-1]
    assert isinstance(confirmation, SendMessage)
    assert confirmation.text.startswith("✅ Sent “thanks” to #1 Иван (Russian):\nСпасибо, Иван!")
    assert confirmation.reply_to_message_id == command.message_id


async def test_r_falls_back_to_the_default_variant(shop: Harness) -> None:
    await shop.send(ANNA, "Thanks for the scarf!")
    await shop.send(SELLER, "/r thanks", reply_to=sent_id(shop, SELLER.id, 0))
    assert last_shown(shop, ANNA.id).startswith("Thank you, Anna! ")  # {first_name}: not "Anna Smith"


async def test_a_reply_with_only_other_languages_still_goes_out(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add only_ru@ru Только по-русски")
    relayed = await ask(shop, ANNA, "hi")
    await shop.send(SELLER, "/r only_ru", reply_to=relayed)
    assert last_shown(shop, ANNA.id) == "Только по-русски"


async def test_the_fallback_form_is_used_when_the_value_is_empty(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add status Hi {buyer_name|there}, order {order_id|not placed yet}.")
    relayed = await ask(shop, ANNA, "status?")
    await shop.send(SELLER, "/r status", reply_to=relayed)
    assert last_shown(shop, ANNA.id) == "Hi Anna Smith, order not placed yet."


async def test_a_line_with_an_empty_variable_disappears(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add status Hi {first_name}!\nOrder: {order_id}\n\nWe ship within 3 days.")
    relayed = await ask(shop, ANNA, "when?")
    await shop.send(SELLER, "/r status", reply_to=relayed)
    assert last_shown(shop, ANNA.id) == "Hi Anna!\n\nWe ship within 3 days."
    await shop.send(SELLER, "/order A-7", reply_to=relayed)  # once she has an order, the line is there
    await shop.send(SELLER, "/r status", reply_to=relayed)
    assert last_shown(shop, ANNA.id) == "Hi Anna!\nOrder: A-7\n\nWe ship within 3 days."


async def test_first_name_is_the_first_name_only(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add hi Hi {first_name}, this is {buyer_name}'s order.")
    relayed = await ask(shop, ANNA, "hello")
    await shop.send(SELLER, "/r hi", reply_to=relayed)
    assert last_shown(shop, ANNA.id) == "Hi Anna, this is Anna Smith's order."


async def test_a_reply_that_comes_out_empty_is_not_sent(shop: Harness) -> None:
    await shop.send(SELLER, "/saved add blank {order_id}")
    relayed = await ask(shop, ANNA, "hi")
    sent_before = len(shop.api.to(ANNA.id))
    await shop.send(SELLER, "/r blank", reply_to=relayed)
    assert len(shop.api.to(ANNA.id)) == sent_before
    assert "empty" in last_shown(shop, SELLER.id)


async def test_entities_stay_on_their_words_after_substitution(shop: Harness) -> None:
    template = "Hi {buyer_name}, our *sale* ends {order_id|soon}! ✨ {shop_name}"
    command = f"/saved add sale {template}"
    at = utf16_len(command[: command.index("*sale*")])
    name_at = utf16_len(command[: command.index("{buyer_name}")])
    entities = (
        {"type": "bold", "offset": at, "length": 6},
        {"type": "italic", "offset": name_at, "length": len("{buyer_name}")},
    )
    await shop.send(SELLER, Content("text", text=command, entities=entities))
    relayed = await ask(shop, ROSE, "sale?")
    await shop.send(SELLER, "/r sale", reply_to=relayed)
    delivered = shop.api.to(ROSE.id)[-1]
    assert isinstance(delivered, SendMessage)
    assert delivered.text == "Hi Rose 🌸, our *sale* ends soon! ✨ Knit Shop"
    covered = {e["type"]: piece(delivered.text, e) for e in delivered.entities}
    assert covered == {"bold": "*sale*", "italic": "Rose 🌸"}


async def test_r_counts_as_the_sellers_answer(shop: Harness) -> None:
    await shop.send(ANNA, "shipping?")
    [waiting] = await rows(shop, Conversation)
    assert waiting.waiting_since is not None and waiting.first_answered_at is None
    shop.clock.advance(60)
    command = await shop.send(SELLER, "/r shipping", reply_to=sent_id(shop, SELLER.id, 0))
    [conversation] = await rows(shop, Conversation)
    assert conversation.waiting_since is None
    assert conversation.first_answered_at == conversation.last_answered_at == shop.clock.now
    out = [m for m in await rows(shop, Message) if m.direction == "out"]
    assert len(out) == 1 and out[0].seller_id == SELLER.id and out[0].reply_to_id == 1
    assert (out[0].chat_id, out[0].telegram_message_id) == (SELLER.id, command.message_id)
    assert out[0].text == last_shown(shop, ANNA.id) and out[0].extra["saved_reply"] == "shipping"
    await shop.send(SELLER, "/help")
    assert "No conversation is waiting" in last_shown(shop, SELLER.id)


async def test_a_later_answer_keeps_the_first_answer_time(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await shop.send(SELLER, "hello!", reply_to=sent_id(shop, SELLER.id, 0))
    first = shop.clock.now
    shop.clock.advance(300)
    await shop.send(SELLER, "/r thanks", reply_to=sent_id(shop, SELLER.id, 0))
    [conversation] = await rows(shop, Conversation)
    assert conversation.first_answered_at == first and conversation.last_answered_at == shop.clock.now


async def test_teammates_get_the_same_note_as_for_a_real_reply(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2))
    await shop.start()
    await shop.send(SELLER2, "/help")  # Tina writes in Russian: her language is learned
    await shop.send(ANNA, "price?")
    shop.api.calls.clear()
    await shop.send(SELLER, "/r custom", reply_to=sent_id(shop, SELLER.id, 0))
    [note] = shop.api.to(SELLER2.id)
    assert isinstance(note, SendMessage) and note.reply_markup is None  # no saved-replies button
    assert "Ответ продавца Sam Seller" in note.text and note.text.endswith(last_shown(shop, ANNA.id))
    assert note.reply_to_message_id == sent_id(shop, SELLER2.id, 1)  # under Tina's copy (0 answered /help)


async def test_a_buyer_reply_to_a_saved_reply_threads_under_the_confirmation(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await shop.send(SELLER, "/r thanks", reply_to=sent_id(shop, SELLER.id, 0))
    delivered = await telegram_id_of(shop, lambda e: e.chat_id == ANNA.id and isinstance(e, SendMessage))
    confirmation = await telegram_id_of(shop, lambda e: e.chat_id == SELLER.id and "✅ Sent" in str(e))
    await shop.send(ANNA, "you're welcome", reply_to=delivered)
    relay = shop.api.to(SELLER.id)[-1]
    assert isinstance(relay, SendMessage) and relay.reply_to_message_id == confirmation
    await shop.send(SELLER, "see you", reply_to=confirmation)  # a reply to the confirmation
    answer = shop.api.to(ANNA.id)[-1]
    assert isinstance(answer, CopyMessage) and answer.reply_to_message_id == delivered


async def test_r_that_is_no_reply_shows_how_and_lists_the_names(shop: Harness) -> None:
    await shop.send(SELLER, "/r thanks")
    answer = last_shown(shop, SELLER.id)
    assert "/r works as a reply" in answer and "/r thanks" in answer
    assert "custom, shipping, thanks" in answer


async def test_r_with_an_unknown_name_lists_the_names(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await shop.send(SELLER, "/r thanx", reply_to=sent_id(shop, SELLER.id, 0))
    answer = last_shown(shop, SELLER.id)
    assert "no saved reply “thanx”" in answer and "custom, shipping, thanks" in answer
    assert len(shop.api.to(ANNA.id)) == 1  # only the acknowledgement


async def test_r_without_a_name_or_with_more_shows_the_form(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    for command in ("/r", "/r thanks and more"):
        await shop.send(SELLER, command, reply_to=sent_id(shop, SELLER.id, 0))
        assert "reply to a buyer's message with /r NAME" in last_shown(shop, SELLER.id)
    assert len(shop.api.to(ANNA.id)) == 1


async def test_editing_the_r_command_changes_nothing_for_the_buyer(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    command = await shop.send(SELLER, "/r thanks", reply_to=sent_id(shop, SELLER.id, 0))
    calls = len(shop.api.calls)
    await shop.send(SELLER, Content("text", text="/r shipping"), edit_of=command.message_id)
    assert len(shop.api.calls) == calls


# -- the button and the picker ----------------------------------------------------------------------


def saved_button_data(effect: BotEffect) -> list[str]:
    markup = getattr(effect, "reply_markup", None) or {}
    datas = [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]
    return [d for d in datas if d.startswith("saved:")]


async def test_relayed_messages_carry_the_saved_replies_button(shop: Harness) -> None:
    await shop.send(ANNA, "text")
    await shop.send(ANNA, Content("photo", text="this one", file_id="p1"))
    await shop.send(ANNA, Content("sticker", file_id="s1"))
    await shop.send(ANNA, Content("photo", text="x" * 1020, file_id="p2"))  # header apart
    text, photo, sticker, header, long_photo = shop.api.to(SELLER.id)
    assert saved_button_data(text) == ["saved:open:1"]
    assert saved_button_data(photo) == ["saved:open:2"]
    assert isinstance(sticker, CopyMessage) and sticker.reply_markup is not None
    first_row, second_row = sticker.reply_markup["inline_keyboard"]
    assert first_row[0]["callback_data"] == "buyer:1"
    assert second_row == [{"text": "💬 Saved replies", "callback_data": "saved:open:3"}]
    assert saved_button_data(header) == [] and saved_button_data(long_photo) == ["saved:open:4"]


async def test_a_long_text_has_the_button_on_every_part(shop: Harness) -> None:
    await shop.send(ANNA, "word " * 2000)
    parts = shop.api.to(SELLER.id)
    assert len(parts) == 3
    assert [saved_button_data(p) for p in parts] == [["saved:open:1"]] * 3  # each part answerable


async def test_albums_and_buyer_side_messages_have_no_button(shop: Harness) -> None:
    for i in range(2):
        content = Content("photo", file_id=f"p{i}", media_group_id="g1")
        await shop.core.handle(shop.message(ANNA, content))
    shop.clock.advance(2)
    await shop.settle()
    [album] = shop.api.to(SELLER.id)
    assert isinstance(album, SendMediaGroup)
    assert all(saved_button_data(c) == [] for c in shop.api.to(ANNA.id))


async def test_the_button_label_is_in_the_sellers_language(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2))
    await shop.start()
    await shop.send(SELLER2, "/help")
    await shop.send(ANNA, "hi")
    to_tina = shop.api.to(SELLER2.id)[-1]
    assert isinstance(to_tina, SendMessage) and to_tina.reply_markup is not None
    assert to_tina.reply_markup["inline_keyboard"][0][0]["text"] == "💬 Сохранённые ответы"


async def test_the_picker_sends_the_chosen_reply_once(shop: Harness) -> None:
    asked = await shop.send(IVAN, "Можно сделать на заказ?")
    relayed = await telegram_id_of(shop, lambda e: e.chat_id == SELLER.id)
    await press_on(shop, SELLER, relayed, "saved:open:1")
    picker = shop.api.to(SELLER.id)[-1]
    assert isinstance(picker, SendMessage) and picker.reply_to_message_id == relayed
    assert picker.text == "💬 Choose a saved reply for #1 Иван:" and picker.reply_markup is not None
    buttons = [row[0] for row in picker.reply_markup["inline_keyboard"]]
    assert [b["callback_data"] for b in buttons] == [
        "saved:send:1:1:custom",
        "saved:send:1:1:shipping",
        "saved:send:1:1:thanks",
        "saved:cancel:1:1",
    ]
    assert buttons[0]["text"].startswith("custom — Yes, we make items to order!")
    picker_id = await telegram_id_of(shop, is_picker)

    await press_on(shop, SELLER, picker_id, "saved:send:1:1:custom")
    delivered = shop.api.to(IVAN.id)[-1]
    assert isinstance(delivered, SendMessage) and delivered.text.startswith("Да, мы делаем вещи на заказ!")
    assert delivered.reply_to_message_id == asked.message_id
    done = shop.api.to(SELLER.id)[-1]
    assert isinstance(done, EditMessageText) and done.message_id == picker_id and done.reply_markup is None
    assert done.text.startswith("✅ Sent “custom” to #1 Иван (Russian):\nДа, мы делаем")

    calls = len(shop.api.calls)
    await press_on(shop, SELLER, picker_id, "saved:send:1:1:thanks")  # a second press on the same picker
    [refusal] = shop.api.calls[calls:]
    assert isinstance(refusal, AnswerCallbackQuery) and refusal.show_alert
    assert refusal.text is not None and "already" in refusal.text
    out = [m for m in await rows(shop, Message) if m.direction == "out"]
    assert [(m.chat_id, m.telegram_message_id) for m in out] == [(SELLER.id, picker_id)]
    [conversation] = await rows(shop, Conversation)
    assert conversation.waiting_since is None and conversation.first_answered_at is not None


async def test_the_picker_can_be_cancelled(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await press_on(shop, SELLER, sent_id(shop, SELLER.id, 0), "saved:open:1")
    picker_id = await telegram_id_of(shop, is_picker)
    await press_on(shop, SELLER, picker_id, "saved:cancel:1:1")
    closed = shop.api.to(SELLER.id)[-1]
    assert isinstance(closed, EditMessageText) and closed.message_id == picker_id
    assert "no saved reply was sent" in closed.text and closed.reply_markup is None
    assert len(shop.api.to(ANNA.id)) == 1  # only the acknowledgement
    assert sum(isinstance(c, AnswerCallbackQuery) for c in shop.api.calls) == 2


async def test_an_old_button_of_a_cancelled_picker_sends_nothing(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await press_on(shop, SELLER, sent_id(shop, SELLER.id, 0), "saved:open:1")
    picker_id = await telegram_id_of(shop, is_picker)
    await press_on(shop, SELLER, picker_id, "saved:cancel:1:1")
    await press_on(shop, SELLER, picker_id, "saved:send:1:1:thanks")  # a stale keyboard still shown
    refusal = shop.api.calls[-1]
    assert isinstance(refusal, AnswerCallbackQuery) and refusal.show_alert
    assert refusal.text is not None and "menu is closed" in refusal.text
    assert len(shop.api.to(ANNA.id)) == 1  # only the acknowledgement


async def test_a_newer_picker_closes_the_older_one(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await press_on(shop, SELLER, sent_id(shop, SELLER.id, 0), "saved:open:1")
    old_picker = await telegram_id_of(shop, is_picker)
    await press_on(shop, SELLER, sent_id(shop, SELLER.id, 0), "saved:open:1")
    new_picker = await telegram_id_of(shop, is_picker)
    assert "saved:cancel:1:2" in str(shop.api.to(SELLER.id)[-1])
    await press_on(shop, SELLER, old_picker, "saved:send:1:1:thanks")
    refusal = shop.api.calls[-1]
    assert isinstance(refusal, AnswerCallbackQuery) and refusal.text and "menu is closed" in refusal.text
    assert len(shop.api.to(ANNA.id)) == 1
    await press_on(shop, SELLER, old_picker, "saved:cancel:1:1")  # closing the old one leaves the new
    await press_on(shop, SELLER, new_picker, "saved:send:1:2:thanks")
    assert shop.api.to(ANNA.id)[-1].text.startswith("Thank you, Anna!")  # type: ignore[union-attr]


async def test_a_picker_for_a_reply_deleted_meanwhile_says_so(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await press_on(shop, SELLER, sent_id(shop, SELLER.id, 0), "saved:open:1")
    picker_id = await telegram_id_of(shop, is_picker)
    await shop.send(SELLER, "/saved del thanks")
    await press_on(shop, SELLER, picker_id, "saved:send:1:1:thanks")
    refusal = shop.api.calls[-1]
    assert isinstance(refusal, AnswerCallbackQuery) and refusal.text and "no longer exists" in refusal.text
    assert len(shop.api.to(ANNA.id)) == 1


async def test_with_no_saved_replies_the_button_explains(shop: Harness) -> None:
    for name in ("thanks", "shipping", "custom"):
        await shop.send(SELLER, f"/saved del {name}")
    relayed = await ask(shop, ANNA, "hi")
    await press_on(shop, SELLER, relayed, "saved:open:1")
    alert = shop.api.calls[-1]
    assert isinstance(alert, AnswerCallbackQuery) and alert.text and "/saved add NAME TEXT" in alert.text


async def test_only_sellers_can_use_the_buttons(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await press_on(shop, ANNA, 1, "saved:open:1")
    await press_on(shop, ANNA, 1, "saved:send:1:1:thanks")
    assert [type(c) for c in shop.api.calls[-2:]] == [AnswerCallbackQuery, AnswerCallbackQuery]
    assert len(shop.api.to(ANNA.id)) == 1 and len(shop.api.to(SELLER.id)) == 1


async def test_stale_or_forged_button_data_is_answered_quietly(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    for data in ("saved:open:999", "saved:open:x", "saved:send:999:thanks", "saved:what"):
        await press_on(shop, SELLER, sent_id(shop, SELLER.id, 0), data)
        assert isinstance(shop.api.calls[-1], AnswerCallbackQuery)
    assert len(shop.api.to(ANNA.id)) == 1


# -- pieces ----------------------------------------------------------------------------------------


def test_fill_moves_entities_by_utf16_units() -> None:
    text = "{buyer_name}: 🎁 gift"
    template = Rich(text, ({"type": "bold", "offset": utf16_len(text) - 4, "length": 4},))
    filled = fill(template, {"buyer_name": "Zoë 🌸"})
    assert filled.text == "Zoë 🌸: 🎁 gift"
    [bold] = filled.entities
    assert piece(filled.text, bold) == "gift"


def test_fill_stretches_entities_that_touch_a_placeholder() -> None:
    template = Rich(
        "Order {order_id} for {buyer_name}",
        (
            {"type": "bold", "offset": 0, "length": 8},  # "Order {o": cut into the placeholder
            {"type": "code", "offset": 6, "length": 10},  # exactly "{order_id}"
            {"type": "italic", "offset": 21, "length": 3},  # "{bu": starts on a placeholder
        ),
    )
    filled = fill(template, {"order_id": "7", "buyer_name": "Anna"})
    assert filled.text == "Order 7 for Anna"
    assert [(e["type"], piece(filled.text, e)) for e in filled.entities] == [
        ("bold", "Order 7"),
        ("code", "7"),
        ("italic", "Anna"),
    ]


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Order: {order_id}\nThanks", "Thanks"),
        ("Thanks\nOrder: {order_id}", "Thanks"),
        ("Hi\nOrder: {order_id}\nThanks", "Hi\nThanks"),
        ("Hi\n\nOrder: {order_id}\n\nThanks", "Hi\n\nThanks"),  # no double gap left behind
        ("Hi\n\nOrder: {order_id}", "Hi"),
        ("Order: {order_id}\n\nThanks", "Thanks"),
        ("Hi\n\n\nThanks", "Hi\n\n\nThanks"),  # the seller's own blank lines stay
        ("Order: {order_id|none yet}\nThanks", "Order: none yet\nThanks"),
        ("{order_id}", ""),
    ],
)
def test_a_line_with_an_empty_variable_is_left_out_whole(template: str, expected: str) -> None:
    assert fill(Rich(template), {"order_id": "", "buyer_name": "Anna"}).text == expected


def test_entities_survive_a_left_out_line() -> None:
    text = "Hi {buyer_name}!\nOrder: {order_id}\nSee you 🌸 soon"
    lines = text.split("\n")
    soon = utf16_len(text) - 4
    template = Rich(
        text,
        (
            {"type": "bold", "offset": utf16_len(lines[0]) + 1, "length": 6},  # "Order:" goes with its line
            {"type": "italic", "offset": soon, "length": 4},
            {"type": "underline", "offset": 0, "length": utf16_len(text)},  # everything: shrinks
        ),
    )
    filled = fill(template, {"order_id": "", "buyer_name": "Zoë 🌸"})
    assert filled.text == "Hi Zoë 🌸!\nSee you 🌸 soon"
    assert [(e["type"], piece(filled.text, e)) for e in filled.entities] == [
        ("italic", "soon"),
        ("underline", filled.text),
    ]


def test_callback_data_fits_64_bytes_for_any_name() -> None:
    long_name = "д" * 32  # 64 bytes in UTF-8
    assert name_token(long_name) != long_name
    keyboard = picker_keyboard(10**12, {long_name: [ShopText(text="x")]}, "Cancel")
    datas = [b["callback_data"] for row in keyboard["inline_keyboard"] for b in row]
    assert all(len(d.encode()) <= 64 for d in datas)
