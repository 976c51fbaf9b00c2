"""FakeBotApi driven by both real clients: aiogram 3 and python-telegram-bot 22."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
import telegram
from aiogram import Bot as AiogramBot
from aiogram import Dispatcher
from aiogram import types as ag
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
)
from telegram.ext import Application, MessageHandler, filters
from telegram.request import HTTPXRequest

from tests.fakeapi import FakeBotApi, FloodLimits, SimulatedUser
from tests.fakeapi.errors import ApiError
from tests.fakeapi.formatting import parse_formatted

SELLER_ID = 2002


@pytest_asyncio.fixture
async def aiogram_bot(fake_api: FakeBotApi) -> AsyncIterator[AiogramBot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(fake_api.base_url))
    bot = AiogramBot(fake_api.token, session=session)
    yield bot
    await session.close()


@pytest_asyncio.fixture
async def ptb_bot(fake_api: FakeBotApi) -> AsyncIterator[telegram.Bot]:
    bot = telegram.Bot(
        fake_api.token,
        base_url=f"{fake_api.base_url}/bot",
        base_file_url=f"{fake_api.base_url}/file/bot",
        request=HTTPXRequest(read_timeout=2),
    )
    await bot.initialize()
    yield bot
    await bot.shutdown()


@pytest.fixture
def buyer(fake_api: FakeBotApi) -> SimulatedUser:
    return fake_api.user(1001, "Ann", "Buyer", username="ann_buys", language_code="de")


@pytest.fixture
def seller(fake_api: FakeBotApi) -> SimulatedUser:
    return fake_api.user(SELLER_ID, "Sam", username="sam_sells")


async def started(fake_api: FakeBotApi, method: str, count: int = 1) -> None:
    """Wait until `count` requests of `method` reached the server (answered or not)."""
    await fake_api.wait_for(lambda: len(fake_api.calls_to(method)) >= count)


# --- identity ------------------------------------------------------------------------------------


async def test_get_me_in_both_frameworks(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot
) -> None:
    me = await aiogram_bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123456789, True, "sellerbot_test_bot")
    assert ptb_bot.username == "sellerbot_test_bot"  # PTB's initialize() already called getMe
    assert [call.method for call in fake_api.calls] == ["getMe", "getMe"]


async def test_wrong_token_is_unauthorized(fake_api: FakeBotApi) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{fake_api.base_url}/bot1:wrong/getMe") as response,
    ):
        assert response.status == 401
        assert await response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_method_names_are_case_insensitive_and_json_bodies_work(
    fake_api: FakeBotApi, buyer: SimulatedUser
) -> None:
    url = f"{fake_api.base_url}/bot{fake_api.token}/SENDMESSAGE"
    body = {"chat_id": buyer.id, "text": "hi", "reply_markup": {"inline_keyboard": [[]]}}
    async with aiohttp.ClientSession() as http, http.post(url, json=body) as response:
        assert (await response.json())["result"]["text"] == "hi"
    assert fake_api.calls_to("sendMessage")[0].params["chat_id"] == buyer.id


# --- getUpdates ----------------------------------------------------------------------------------


async def test_aiogram_long_poll_gets_text_and_photo_queued_while_waiting(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser
) -> None:
    poll = asyncio.create_task(aiogram_bot.get_updates(timeout=10))
    await started(fake_api, "getUpdates")
    text = buyer.send_text("Is it in stock?", [{"type": "bold", "offset": 6, "length": 2}])
    photo = buyer.send_photo(
        caption="this one", caption_entities=[{"type": "italic", "offset": 0, "length": 4}]
    )
    updates = await asyncio.wait_for(poll, 2)

    assert [u.message.message_id for u in updates if u.message] == [text["message_id"], photo["message_id"]]
    assert updates[0].message.text == "Is it in stock?"
    assert updates[0].message.entities[0].type == "bold"
    assert updates[1].message.photo[-1].file_id == photo["photo"][-1]["file_id"]
    assert updates[1].message.caption_entities[0].type == "italic"
    assert updates[0].message.from_user.language_code == "de"

    assert await aiogram_bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == []
    assert fake_api.pending_updates == []


async def test_ptb_long_poll_gets_text_and_photo(
    fake_api: FakeBotApi, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    poll = asyncio.create_task(ptb_bot.get_updates(timeout=10))
    await started(fake_api, "getUpdates")
    buyer.send_text("/start ref42")
    buyer.send_photo()
    updates = await asyncio.wait_for(poll, 2)

    assert updates[0].message.text == "/start ref42"
    assert updates[0].message.entities[0].type == "bot_command"
    assert updates[1].message.photo[-1].width == 1280
    next_batch = await ptb_bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert next_batch == ()


async def test_long_poll_times_out_empty(fake_api: FakeBotApi, aiogram_bot: AiogramBot) -> None:
    loop = asyncio.get_running_loop()
    begun = loop.time()
    assert await aiogram_bot.get_updates(timeout=1) == []
    assert 0.9 <= loop.time() - begun < 3


async def test_limit_and_allowed_updates(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser
) -> None:
    menu = await aiogram_bot.send_message(
        buyer.id,
        "menu",
        reply_markup=ag.InlineKeyboardMarkup(
            inline_keyboard=[[ag.InlineKeyboardButton(text="Go", callback_data="go")]]
        ),
    )
    buyer.send_text("one")
    buyer.press_button(menu.message_id, data="go")
    buyer.send_text("two")

    first = await aiogram_bot.get_updates(limit=1, allowed_updates=["message"])
    assert [u.message.text for u in first] == ["one"]
    rest = await aiogram_bot.get_updates(offset=first[0].update_id + 1)  # allowed_updates is remembered
    assert [u.message.text for u in rest] == ["two"]
    assert [next(iter(u.keys() - {"update_id"})) for u in fake_api.filtered_updates] == ["callback_query"]


async def test_second_poller_terminates_the_first_with_409(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot
) -> None:
    first = asyncio.create_task(aiogram_bot.get_updates(timeout=10))
    await started(fake_api, "getUpdates")
    second = asyncio.create_task(aiogram_bot.get_updates(timeout=0))
    with pytest.raises(Exception, match="terminated by other getUpdates request") as error:
        await asyncio.wait_for(first, 2)
    assert type(error.value).__name__ == "TelegramConflictError"
    assert await second == []


async def test_redelivered_update_comes_back_with_same_id_and_content(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    buyer.send_text("pay me back")
    [update] = await aiogram_bot.get_updates()
    assert await aiogram_bot.get_updates(offset=update.update_id + 1) == []

    again = fake_api.redeliver(update.update_id)
    assert again["update_id"] == update.update_id

    # Served whatever the offset (a restarted bot), then confirmed as usual.
    [replayed] = await ptb_bot.get_updates(offset=update.update_id + 1)
    assert (replayed.update_id, replayed.message.text) == (update.update_id, "pay me back")
    assert replayed.message.message_id == update.message.message_id
    assert await ptb_bot.get_updates(offset=update.update_id + 1) == ()


# --- sending -------------------------------------------------------------------------------------


async def test_send_message_with_entities_and_reply_parameters(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    question = buyer.send_text("Where is my order?")
    sent = await aiogram_bot.send_message(
        buyer.id,
        "Order 🚚 shipped",
        entities=[ag.MessageEntity(type="bold", offset=6, length=2)],
        reply_parameters=ag.ReplyParameters(message_id=question["message_id"]),
    )
    assert sent.reply_to_message.text == "Where is my order?"
    assert sent.from_user.id == fake_api.bot_user["id"]
    assert sent.chat.id == buyer.id and sent.chat.type == "private"

    ptb_sent = await ptb_bot.send_message(
        buyer.id,
        "again",
        entities=[telegram.MessageEntity("italic", 0, 5)],
        reply_parameters=telegram.ReplyParameters(question["message_id"]),
    )
    assert ptb_sent.reply_to_message.message_id == question["message_id"]

    received = buyer.received()
    assert [m["text"] for m in received] == ["Order 🚚 shipped", "again"]
    assert received[0]["entities"] == [{"type": "bold", "offset": 6, "length": 2}]
    assert received[1]["entities"] == [{"type": "italic", "offset": 0, "length": 5}]
    assert [m["message_id"] for m in fake_api.messages(buyer.id)] == [1, 2, 3]


async def test_send_message_validation_errors(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    emoji_text = "😀" * 2049  # 4098 UTF-16 code units though only 2049 characters
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await aiogram_bot.send_message(buyer.id, emoji_text)
    with pytest.raises(telegram.error.BadRequest, match="Message is too long"):
        await ptb_bot.send_message(buyer.id, "x" * 4097)
    assert (await ptb_bot.send_message(buyer.id, "x" * 4096)).text == "x" * 4096
    with pytest.raises(telegram.error.BadRequest, match="Message text is empty"):
        await ptb_bot.send_message(buyer.id, " ")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await aiogram_bot.send_message(424242, "nobody")
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await aiogram_bot.send_message(buyer.id, "hi", reply_parameters=ag.ReplyParameters(message_id=99))
    with pytest.raises(TelegramBadRequest, match=r"Character '\.' is reserved"):
        await aiogram_bot.send_message(buyer.id, "Total: 5.00", parse_mode="MarkdownV2")
    assert fake_api.calls_to("sendMessage")[0].status == 400


async def test_copy_message_of_photo_with_caption_override(
    fake_api: FakeBotApi,
    aiogram_bot: AiogramBot,
    ptb_bot: telegram.Bot,
    buyer: SimulatedUser,
    seller: SimulatedUser,
) -> None:
    photo = buyer.send_photo(caption="original")
    copied = await aiogram_bot.copy_message(
        SELLER_ID,
        buyer.id,
        photo["message_id"],
        caption="From buyer #1: original",
        caption_entities=[ag.MessageEntity(type="bold", offset=0, length=13)],
    )
    ptb_copied = await ptb_bot.copy_message(SELLER_ID, buyer.id, photo["message_id"])

    first, second = seller.received()
    assert first["message_id"] == copied.message_id and second["message_id"] == ptb_copied.message_id
    assert first["photo"] == photo["photo"]
    assert first["caption"] == "From buyer #1: original"
    assert first["caption_entities"] == [{"type": "bold", "offset": 0, "length": 13}]
    assert second["caption"] == "original"
    for message in (first, second):
        assert "forward_origin" not in message and message["from"]["is_bot"]
        assert message["chat"]["id"] == SELLER_ID

    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await aiogram_bot.copy_message(SELLER_ID, buyer.id, photo["message_id"], caption="c" * 1025)
    with pytest.raises(telegram.error.BadRequest, match="Message to copy not found"):
        await ptb_bot.copy_message(SELLER_ID, buyer.id, 999)


async def test_copy_messages_keeps_the_album_together(
    fake_api: FakeBotApi,
    aiogram_bot: AiogramBot,
    ptb_bot: telegram.Bot,
    buyer: SimulatedUser,
    seller: SimulatedUser,
) -> None:
    album = buyer.send_album(["photo", "video", "photo"], caption="three views")
    ids = [m["message_id"] for m in album]
    result = await aiogram_bot.copy_messages(SELLER_ID, buyer.id, ids)
    assert len(result) == 3
    ptb_result = await ptb_bot.copy_messages(SELLER_ID, buyer.id, ids)
    assert len(ptb_result) == 3

    received = seller.received()
    first_group = {m["media_group_id"] for m in received[:3]}
    second_group = {m["media_group_id"] for m in received[3:]}
    assert len(first_group) == len(second_group) == 1
    assert first_group != second_group != {album[0]["media_group_id"]}
    assert received[0]["caption"] == "three views" and "video" in received[1]


async def test_send_media_group(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    photos = [buyer.send_photo()["photo"][-1]["file_id"] for _ in range(3)]
    sent = await aiogram_bot.send_media_group(
        buyer.id,
        [
            ag.InputMediaPhoto(media=photos[0], caption="set"),
            *(ag.InputMediaPhoto(media=p) for p in photos[1:]),
        ],
    )
    assert len({m.media_group_id for m in sent}) == 1 and sent[0].caption == "set"

    ptb_sent = await ptb_bot.send_media_group(buyer.id, [telegram.InputMediaPhoto(p) for p in photos[:2]])
    assert ptb_sent[0].media_group_id == ptb_sent[1].media_group_id != sent[0].media_group_id

    uploaded = await aiogram_bot.send_media_group(
        buyer.id, [ag.InputMediaPhoto(media=ag.BufferedInputFile(b"jpg", "a.jpg")) for _ in range(2)]
    )
    assert uploaded[0].photo[-1].file_id not in photos  # an upload becomes a new file

    with pytest.raises(TelegramBadRequest, match="too many messages to send as an album"):
        await aiogram_bot.send_media_group(buyer.id, [ag.InputMediaPhoto(media=photos[0])] * 11)
    with pytest.raises(TelegramBadRequest, match="wrong file identifier"):
        await aiogram_bot.send_media_group(buyer.id, [ag.InputMediaPhoto(media="nope")] * 2)
    assert len(buyer.received()) == 7


async def test_edit_message_text(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    sent = await aiogram_bot.send_message(buyer.id, "Status: new")
    edited = await aiogram_bot.edit_message_text(
        "Status: <b>paid</b>", chat_id=buyer.id, message_id=sent.message_id, parse_mode="HTML"
    )
    assert isinstance(edited, ag.Message) and edited.edit_date is not None
    ptb_edited = await ptb_bot.edit_message_text("Status: sent", chat_id=buyer.id, message_id=sent.message_id)
    assert ptb_edited.text == "Status: sent"
    assert buyer.received()[0]["text"] == "Status: sent" and "entities" not in buyer.received()[0]

    with pytest.raises(telegram.error.BadRequest, match="Message is not modified"):
        await ptb_bot.edit_message_text("Status: sent", chat_id=buyer.id, message_id=sent.message_id)
    own = buyer.send_text("mine")
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await aiogram_bot.edit_message_text("hacked", chat_id=buyer.id, message_id=own["message_id"])


async def test_set_my_commands_with_chat_scope_and_language(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, seller: SimulatedUser
) -> None:
    await aiogram_bot.set_my_commands(
        [ag.BotCommand(command="orders", description="Open orders")],
        scope=ag.BotCommandScopeChat(chat_id=SELLER_ID),
        language_code="de",
    )
    await ptb_bot.set_my_commands([("help", "How it works")], language_code="en")

    scope = {"type": "chat", "chat_id": SELLER_ID}
    assert fake_api.commands(scope, "de") == [{"command": "orders", "description": "Open orders"}]
    assert fake_api.commands(scope) == [] and fake_api.commands(language_code="en")[0]["command"] == "help"
    ptb_view = await ptb_bot.get_my_commands(
        scope=telegram.BotCommandScopeChat(SELLER_ID), language_code="de"
    )
    assert [c.command for c in ptb_view] == ["orders"]
    assert await aiogram_bot.delete_my_commands(language_code="en")
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await aiogram_bot.set_my_commands([ag.BotCommand(command="Orders", description="x")])


async def test_forward_message_is_recorded_and_reveals_origin(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser, seller: SimulatedUser
) -> None:
    text = buyer.send_text("secret identity")
    forwarded = await aiogram_bot.forward_message(SELLER_ID, buyer.id, text["message_id"])
    assert forwarded.forward_origin.sender_user.id == buyer.id
    assert len(fake_api.calls_to("forwardMessage")) == 1


async def test_other_send_methods_and_deletion(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    voice = buyer.send_voice()["voice"]["file_id"]
    await aiogram_bot.send_voice(buyer.id, voice, caption="listen")
    await ptb_bot.send_location(buyer.id, latitude=1.5, longitude=2.5)
    await ptb_bot.send_contact(buyer.id, phone_number="+1", first_name="Shop")
    await aiogram_bot.send_chat_action(buyer.id, "typing")
    with pytest.raises(TelegramBadRequest, match="can't use file of type Voice as Photo"):
        await aiogram_bot.send_photo(buyer.id, voice)
    kinds = [next(k for k in ("voice", "location", "contact") if k in m) for m in buyer.received()]
    assert kinds == ["voice", "location", "contact"]
    assert await ptb_bot.delete_message(buyer.id, buyer.received()[0]["message_id"])
    assert len(buyer.received()) == 2 and len(fake_api.received(buyer.id, include_deleted=True)) == 3


@pytest.mark.parametrize(
    ("source", "mode", "text", "entities"),
    [
        (
            "<b>Hi <i>you</i></b> &lt;3 😀<a href='https://x.test'>l</a>",
            "HTML",
            "Hi you <3 😀l",
            [
                {"type": "bold", "offset": 0, "length": 6},
                {"type": "italic", "offset": 3, "length": 3},
                {"type": "text_link", "url": "https://x.test", "offset": 12, "length": 1},  # 😀 is 2 units
            ],
        ),
        (
            "*Total:* 5\\.00 ||secret|| [shop](https://s.test)",
            "MarkdownV2",
            "Total: 5.00 secret shop",
            [
                {"type": "bold", "offset": 0, "length": 6},
                {"type": "spoiler", "offset": 12, "length": 6},
                {"type": "text_link", "url": "https://s.test", "offset": 19, "length": 4},
            ],
        ),
        ("*b* 1.5", "Markdown", "b 1.5", [{"type": "bold", "offset": 0, "length": 1}]),
    ],
)
def test_parse_modes(source: str, mode: str, text: str, entities: list[dict[str, Any]]) -> None:
    assert parse_formatted(source, mode) == (text, entities)


@pytest.mark.parametrize(
    ("source", "mode"), [("<b>open", "HTML"), ("<x>y</x>", "HTML"), ("a_b", "MarkdownV2")]
)
def test_malformed_markup_is_rejected(source: str, mode: str) -> None:
    with pytest.raises(ApiError, match="can't parse entities"):
        parse_formatted(source, mode)


async def test_delete_webhook_can_drop_pending_updates(
    fake_api: FakeBotApi, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    buyer.send_text("old news")
    assert await ptb_bot.delete_webhook(drop_pending_updates=True)
    assert fake_api.pending_updates == []


# --- failures ------------------------------------------------------------------------------------


# PTB's own RetryAfter reads its deprecated int attribute while building its message; the bot never
# uses that class (bot/ptb_runtime.py maps the HTTP status itself).
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_injected_429_surfaces_as_retry_after(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    fake_api.fail("sendMessage", 429, retry_after=3, times=2)
    with pytest.raises(TelegramRetryAfter) as aiogram_error:
        await aiogram_bot.send_message(buyer.id, "hi")
    assert aiogram_error.value.retry_after == 3
    # PTB 22.8 warns when reading RetryAfter.retry_after (int now, timedelta with PTB_TIMEDELTA=1);
    # its message carries the seconds either way.
    with pytest.raises(telegram.error.RetryAfter, match=r"Retry in (3 seconds|0:00:03)"):
        await ptb_bot.send_message(buyer.id, "hi")
    assert (await ptb_bot.send_message(buyer.id, "hi")).text == "hi"
    assert fake_api.calls_to("sendMessage")[0].response == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    assert buyer.received()[0]["message_id"] == 1  # failed calls performed nothing


async def test_failure_can_target_one_chat(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser, seller: SimulatedUser
) -> None:
    fake_api.fail("copyMessage", 502, chat_id=SELLER_ID)
    text = buyer.send_text("hello")
    await aiogram_bot.copy_message(buyer.id, buyer.id, text["message_id"])
    with pytest.raises(Exception, match="Bad Gateway") as error:
        await aiogram_bot.copy_message(SELLER_ID, buyer.id, text["message_id"])
    assert type(error.value).__name__ == "TelegramServerError"


async def test_a_migrated_group_answers_its_new_id(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot
) -> None:
    group = fake_api.group(-5, "Knitters", type="group")
    moved = "Bad Request: group chat was upgraded to a supergroup chat"
    fake_api.fail("sendMessage", 400, description=moved, migrate_to_chat_id=-1005, times=2)
    with pytest.raises(TelegramMigrateToChat) as aiogram_error:
        await aiogram_bot.send_message(group["id"], "hi")
    assert aiogram_error.value.migrate_to_chat_id == -1005
    with pytest.raises(telegram.error.ChatMigrated) as ptb_error:
        await ptb_bot.send_message(group["id"], "hi")
    assert ptb_error.value.new_chat_id == -1005
    assert fake_api.calls_to("sendMessage")[0].response == {
        "ok": False,
        "error_code": 400,
        "description": moved,
        "parameters": {"migrate_to_chat_id": -1005},
    }


async def test_proxy_error_answers_a_page_that_is_no_json(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser
) -> None:
    fake_api.proxy_error("sendMessage", 502, page="<html>bad gateway</html>")
    url = f"{fake_api.base_url}/bot{fake_api.token}/sendMessage"
    body = {"chat_id": buyer.id, "text": "lost"}
    async with aiohttp.ClientSession() as http, http.post(url, json=body) as response:
        assert (response.status, response.content_type) == (502, "text/html")
        assert await response.text() == "<html>bad gateway</html>"
    [call] = fake_api.calls_to("sendMessage")
    assert (call.status, call.response, call.note) == (502, None, "injected 502 page")
    assert buyer.received() == []  # nothing was performed
    assert (await aiogram_bot.send_message(buyer.id, "next")).text == "next"  # one call only


async def test_blocked_user_gets_403(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    buyer.block_bot()
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await aiogram_bot.send_message(buyer.id, "promo")
    with pytest.raises(telegram.error.Forbidden, match="bot was blocked by the user"):
        await ptb_bot.copy_message(buyer.id, buyer.id, 1)
    [update] = await aiogram_bot.get_updates()
    assert update.my_chat_member.new_chat_member.status == "kicked"
    buyer.unblock_bot()
    assert (await aiogram_bot.send_message(buyer.id, "welcome back")).text == "welcome back"


async def test_hang_and_disconnect_are_network_errors(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    fake_api.hang("sendMessage", deliver=True)
    with pytest.raises(TelegramNetworkError, match="timeout"):
        await aiogram_bot.send_message(buyer.id, "maybe sent", request_timeout=1)
    assert [m["text"] for m in buyer.received()] == ["maybe sent"]  # performed, answer lost

    fake_api.disconnect("sendMessage")
    with pytest.raises(telegram.error.NetworkError, match="Server disconnected"):
        await ptb_bot.send_message(buyer.id, "lost")
    fake_api.hang("sendMessage")
    with pytest.raises(telegram.error.TimedOut):
        await ptb_bot.send_message(buyer.id, "slow", read_timeout=0.5)
    assert len(buyer.received()) == 1
    notes = [call.note for call in fake_api.calls_to("sendMessage")]
    assert notes[0] == "hung after performing the call" and notes[1] == "connection dropped"


async def test_delay(fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser) -> None:
    fake_api.delay("sendMessage", 0.3)
    await aiogram_bot.send_message(buyer.id, "late")
    [call] = fake_api.calls_to("sendMessage")
    assert call.finished_at is not None and call.finished_at - call.started_at >= 0.3


async def test_rate_stats_and_flood_limits(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser, seller: SimulatedUser
) -> None:
    for chat in (buyer.id, buyer.id, seller.id):
        await aiogram_bot.send_message(chat, "burst")
    stats = fake_api.rate_stats()
    assert stats.max_per_second == 3 and stats.max_per_second_by_chat == {buyer.id: 2, seller.id: 1}
    assert stats.max_per_second_in_one_chat == 2

    fake_api.enforce_flood_limits(overall_per_second=30, per_chat_per_second=2)
    with pytest.raises(TelegramRetryAfter):
        await aiogram_bot.send_message(buyer.id, "third within a second")
    await aiogram_bot.send_message(seller.id, "other chat is fine")


async def test_flood_limits_with_a_burst_per_chat(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser, seller: SimulatedUser
) -> None:
    fake_api.enforce_flood_limits(overall_per_second=30, per_chat_per_second=1, per_chat_burst=3)
    for n in range(3):
        await aiogram_bot.send_message(buyer.id, f"burst {n}")
    with pytest.raises(TelegramRetryAfter) as error:
        await aiogram_bot.send_message(buyer.id, "a fourth at once")
    assert error.value.retry_after == 1
    await aiogram_bot.send_message(seller.id, "other chat is fine")
    assert [call.note for call in fake_api.calls_to("sendMessage")] == ["", "", "", "flood limit", ""]
    assert len(buyer.received()) == 3


def test_flood_bucket_refills_at_the_chat_rate() -> None:
    limits = FloodLimits(per_chat_per_second=1, per_chat_burst=3)
    for _ in range(3):
        assert not limits.chat_bucket_full(7, 100.0)
        limits.count_send(7, 100.0)
    assert limits.chat_bucket_full(7, 100.0) and limits.chat_bucket_full(7, 100.9)
    assert not limits.chat_bucket_full(8, 100.0)  # per chat
    assert not limits.chat_bucket_full(7, 101.0)  # one second later: room for one
    limits.count_send(7, 101.0)
    assert limits.chat_bucket_full(7, 101.5)
    assert not limits.chat_bucket_full(7, 102.0)
    for _ in range(3):  # quiet for a while: a full burst again
        assert not limits.chat_bucket_full(7, 110.0)
        limits.count_send(7, 110.0)
    assert limits.chat_bucket_full(7, 110.0)


async def test_wait_received_times_out_with_a_readable_dump(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser
) -> None:
    await aiogram_bot.send_message(buyer.id, "only one")
    with pytest.raises(AssertionError) as error:
        await fake_api.wait_received(buyer.id, 2, timeout=0.05)
    assert "2 message(s) received" in str(error.value) and "sendMessage" in str(error.value)


# --- simulated users -----------------------------------------------------------------------------


def all_kinds(user: SimulatedUser) -> list[dict[str, Any]]:
    first = user.send_text("hi")
    return [
        first,
        user.send_command("start", "abc"),
        user.send_photo("p", reply_to=first),
        user.send_video("v"),
        user.send_animation(),
        user.send_document("d", file_name="invoice.pdf"),
        user.send_audio(),
        user.send_voice(),
        user.send_video_note(),
        user.send_sticker(),
        user.send_location(),
        user.send_venue(),
        user.send_contact(),
        user.send_poll(),
        user.send_dice(),
        *user.send_album(["photo", "video"], "album"),
    ]


async def test_every_simulated_message_parses_in_both_frameworks(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, buyer: SimulatedUser
) -> None:
    sent = all_kinds(buyer)
    aiogram_updates = await aiogram_bot.get_updates()
    ptb_updates = await ptb_bot.get_updates()
    assert len(aiogram_updates) == len(ptb_updates) == len(sent) == 17
    assert [u.message.content_type for u in aiogram_updates][:4] == ["text", "text", "photo", "video"]
    assert ptb_updates[2].message.reply_to_message.text == "hi"
    assert ptb_updates[5].message.document.file_name == "invoice.pdf"
    assert aiogram_updates[13].message.poll.options[1].text == "B"
    assert ptb_updates[15].message.media_group_id == ptb_updates[16].message.media_group_id


async def test_reply_edit_and_button_press(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, ptb_bot: telegram.Bot, seller: SimulatedUser
) -> None:
    relayed = await aiogram_bot.send_message(
        SELLER_ID,
        "Buyer asks: size?",
        reply_markup=ag.InlineKeyboardMarkup(
            inline_keyboard=[[ag.InlineKeyboardButton(text="Close ticket", callback_data="close:7")]]
        ),
    )
    answer = seller.send_text("M", reply_to=relayed.message_id)
    seller.edit(answer, text="L")
    query_id = seller.press_button(relayed.message_id, text="Close ticket")

    updates = await ptb_bot.get_updates()
    reply, edit, press = (u.message or u.edited_message or u.callback_query for u in updates)
    assert reply.reply_to_message.message_id == relayed.message_id
    assert reply.reply_to_message.from_user.is_bot
    assert edit.text == "L" and edit.edit_date is not None
    assert press.data == "close:7" and press.message.message_id == relayed.message_id

    assert await ptb_bot.answer_callback_query(query_id, text="Closed")
    assert fake_api.callback_answer(query_id)["text"] == "Closed"
    with pytest.raises(telegram.error.BadRequest, match="Query is too old"):
        await ptb_bot.answer_callback_query(query_id)


# --- real runtimes -------------------------------------------------------------------------------


async def test_aiogram_dispatcher_polls_and_replies(
    fake_api: FakeBotApi, aiogram_bot: AiogramBot, buyer: SimulatedUser
) -> None:
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: ag.Message) -> None:
        await message.copy_to(message.chat.id)

    polling = asyncio.create_task(
        dispatcher.start_polling(aiogram_bot, handle_signals=False, polling_timeout=1)
    )
    buyer.send_text("echo me")
    [echoed] = await buyer.wait_received(1)
    assert echoed["text"] == "echo me"
    await dispatcher.stop_polling()
    await polling


async def test_ptb_application_polls_and_replies(fake_api: FakeBotApi, buyer: SimulatedUser) -> None:
    async def echo(update: telegram.Update, context: Any) -> None:
        await update.effective_message.copy(update.effective_chat.id)

    application = (
        Application.builder()
        .token(fake_api.token)
        .base_url(f"{fake_api.base_url}/bot")
        .base_file_url(f"{fake_api.base_url}/file/bot")
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)
        buyer.send_text("echo me")
        [echoed] = await buyer.wait_received(1)
        assert echoed["text"] == "echo me"
        await application.updater.stop()
        await application.stop()
