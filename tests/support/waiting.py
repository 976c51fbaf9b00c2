"""Reading and waiting for what the real bot put into the chats of the fake Bot API (tests/fakeapi),
for the end-to-end tests: messages are the JSON Telegram would hold, edits applied."""

from __future__ import annotations

from typing import Any

from tests.fakeapi import FakeBotApi

Json = dict[str, Any]


def text_of(message: Json) -> str:
    """A message's text, or its caption."""
    return str(message.get("text") or message.get("caption") or "")


def callback_data(message: Json) -> list[str]:
    """The callback data of each inline button under ``message`` (a message or a call's parameters)."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row if "callback_data" in button]


async def wait_text(api: FakeBotApi, chat_id: int, fragment: str, timeout: float = 10.0) -> Json:  # noqa: ASYNC109
    """The first message the bot put into ``chat_id`` whose text contains ``fragment`` (edits applied)."""

    def found() -> Json:
        return next((m for m in api.received(chat_id) if fragment in text_of(m)), {})

    return await api.wait_for(found, timeout, f"a message with {fragment!r} in chat {chat_id}")
