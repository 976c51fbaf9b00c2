"""Every malformed seller command gets a short answer in the seller's language; nothing reaches a
buyer and the bot keeps working."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import SELLER_ID, Shop

MALFORMED = [
    "/saved add",
    "/saved add bad!name hello",
    "/saved add thanks@xx hello",
    "/saved add promo Hi {coupon}",
    "/saved del",
    "/saved frobnicate",
    "/r",
    "/r thanks",  # not a reply
    "/vacation on until someday",
    "/vacation maybe",
    "/hours Mon-Fri 9-25 Europe/Moscow",  # (9-18 is fine: it reads as 09:00-18:00)
    "/hours Mon-Fri 09:00-18:00 Mars/Olympus_Mons",
    "/hours Funday 09:00-18:00 UTC",
    "/policy shipping",
    "/policy teleport Beam me up",
    "/team remove abc",
    "/block",  # not a reply
    "/unblock #999",
    "/language klingon",
]
CYRILLIC = re.compile("[а-яА-ЯёЁ]")


@pytest.mark.parametrize("command", MALFORMED)
async def test_malformed_command_gets_a_localized_answer(shop: Shop, command: str) -> None:
    api = shop.api
    seller = api.user(SELLER_ID, "Тина", language_code="ru")
    buyer = api.user(1001, "Anna")
    buyer.send_text("hello")
    await api.wait_received(SELLER_ID, 1)
    seller.send_text(command)
    answers = await api.wait_received(SELLER_ID, 2)
    assert CYRILLIC.search(answers[1]["text"]), answers[1]["text"]
    assert len(buyer.received()) == 1  # only the acknowledgement: nothing leaked to the buyer
    buyer.send_text("still working?")
    relayed = await api.wait_received(SELLER_ID, 3)
    assert relayed[2]["text"].endswith("still working?")
