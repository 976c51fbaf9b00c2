"""The buyer's language through the real bot (both runtimes): it follows the buyer's own messages, not a
pasted notice or a keyboard smash, and still switches when the buyer really writes another language."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import SELLER_ID, Shop
from tests.fakeapi import FakeBotApi
from tests.fakeapi.users import SimulatedUser

DHL_NOTICE = (
    "Here is what DHL wrote me: Sehr geehrte Kundin, sehr geehrter Kunde, Ihre Sendung konnte heute "
    "leider nicht zugestellt werden. Sie liegt ab morgen in Ihrer Filiale zur Abholung bereit."
)
ENGLISH_HELP = "Just write to this chat"
RUSSIAN_HELP = "Просто пишите в этот чат"


async def header_of(api: FakeBotApi, body_start: str) -> str:
    """The header line of the seller's copy of the buyer message that starts with ``body_start``."""

    def copy() -> Any:
        for message in api.received(SELLER_ID):
            head, _, body = str(message.get("text") or "").partition("\n")
            if body.startswith(body_start):
                return head
        return None

    return str(await api.wait_for(copy, what=f"the seller's copy of {body_start[:20]!r}"))


async def help_answer(api: FakeBotApi, buyer: SimulatedUser) -> str:
    before = len(api.received(buyer.id))
    buyer.send_command("help")
    return str((await buyer.wait_received(before + 1))[-1]["text"])


async def test_a_pasted_notice_and_a_keyboard_smash_keep_the_buyers_language(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "John", language_code="en")
    buyer.send_text("Hello, my parcel has not arrived yet. Can you check it?")
    assert "English" in await header_of(api, "Hello, my parcel")
    buyer.send_text(DHL_NOTICE)
    assert "English" in await header_of(api, "Here is what DHL")
    buyer.send_text("What should I do now? Should I go to the post office?")
    assert "English" in await header_of(api, "What should I do now")
    assert ENGLISH_HELP in await help_answer(api, buyer)

    buyer.send_text("x" * 5000)
    buyer.send_text("Sorry, my cat walked over the keyboard.")
    assert "English" in await header_of(api, "Sorry, my cat")
    assert ENGLISH_HELP in await help_answer(api, buyer)


async def test_several_clear_messages_in_another_language_switch_it(shop: Shop) -> None:
    api = shop.api
    buyer = api.user(1001, "John", language_code="en")
    buyer.send_text("Hello, my parcel has not arrived yet. Can you check it?")
    assert "English" in await header_of(api, "Hello, my parcel")
    buyer.send_text("Извините, мне проще писать по-русски.")
    assert "English" in await header_of(api, "Извините")  # one message is not enough
    buyer.send_text("Когда придёт моя посылка?")
    buyer.send_text("Подскажите, пожалуйста, номер для отслеживания.")
    assert "Russian" in await header_of(api, "Подскажите")
    assert RUSSIAN_HELP in await help_answer(api, buyer)
