"""A button press acts only on a message in the presser's own chat, and only on data the bot made:
every other press is answered plainly and changes nothing (issue 9)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.features import REGISTRY as registry
from handlers.core.effects import AnswerCallbackQuery
from handlers.core.events import CallbackPress, User
from storage.models import Base, Consent
from tests.support.harness import Harness
from tests.support.scenarios import delivered_order
from tests.support.users import ANNA, SELLER

BOB = User(9, "Bob", None, None, "en")
GROUP = -100123

# One press per button prefix that, in the presser's own chat, does something: an edit, a message,
# an alert or a stored row. Anna (#1) has conversation 1, message 1 and delivered order 1.
ACTING: dict[str, tuple[User, str]] = {
    "buyer": (SELLER, "buyer:1"),
    "guide": (SELLER, "guide:2"),
    "saved": (SELLER, "saved:open:1"),
    "ord": (SELLER, "ord:keep:1"),
    "fu": (ANNA, "fu:ok:1"),
    "cs": (ANNA, "cs:1:5"),
    "mk": (ANNA, "mk:yes:followup"),
    "lang": (ANNA, "lang:de"),
    "policies": (ANNA, "policies"),
    "policy": (ANNA, "policy:shipping"),
}

# Data no button of ours carries, one or more per prefix: each is answered plainly, nothing changes.
MALFORMED = [
    (SELLER, "buyer:²"),  # str.isdigit() says yes, int() refuses: the update used to fail
    (SELLER, "buyer:" + "9" * 40),  # too big for any id column
    (SELLER, "guide:²"),
    (SELLER, "guide:02"),
    (SELLER, "saved:open:²"),
    (SELLER, "saved:cancel:1:²"),
    (SELLER, "saved:send:²:1:thanks"),
    (SELLER, "ord:back:²"),
    (SELLER, "ord:back:" + "9" * 40),
    (ANNA, "fu:ok:²"),
    (ANNA, "fu:ok:" + "9" * 40),
    (ANNA, "cs:1:²"),
    (ANNA, "cs:²:5"),
    (ANNA, "mk:yes:anything"),  # a forged consent source
    (ANNA, "mk:no:"),
    (ANNA, "mk:yes"),
    (ANNA, "mk:unsub:x"),
    (ANNA, "lang:de:x"),
    (ANNA, "policies:x"),
    (ANNA, "policy:nonsense"),
]


@pytest.fixture
async def busy(shop: Harness) -> Harness:
    """Anna wrote, her order A-100 is delivered; Sam opened the guide and has a shipping policy."""
    await delivered_order(shop, ANNA)
    await shop.send(SELLER, "/policy shipping We ship in 2 days")
    await shop.send(BOB, "Hello")
    shop.api.calls.clear()
    return shop


def _is_callback_answer(row: tuple[Any, ...]) -> bool:
    return any(isinstance(value, dict) and value.get("method") == "answerCallbackQuery" for value in row)


async def snapshot(shop: Harness) -> dict[str, list[Any]]:
    """Every row of every table but the record of processed updates; the outbox too (a press that
    sends or edits anything adds rows there), less the press's own answer."""
    async with shop.sessions() as s:
        return {
            table.name: [
                tuple(row)
                for row in (await s.execute(select(table))).all()
                if not _is_callback_answer(tuple(row))
            ]
            for table in Base.metadata.sorted_tables
            if table.name != "processed_updates"
        }


async def forged(shop: Harness, user: User, data: str, chat_id: int | None, message_id: int | None) -> None:
    shop.api.pressed("forged", user, chat_id, message_id, data)
    await shop.core.handle(CallbackPress(next(shop._update_ids), "forged", user, chat_id, message_id, data))
    await shop.settle()


def test_every_button_prefix_is_covered() -> None:
    assert set(ACTING) == set(registry.buttons())


@pytest.mark.parametrize("chat", ["another buyer's chat", "a group", "no message"])
@pytest.mark.parametrize("prefix", sorted(ACTING))
async def test_a_press_on_a_message_outside_the_pressers_chat_changes_nothing(
    busy: Harness, prefix: str, chat: str
) -> None:
    user, data = ACTING[prefix]
    places = {"another buyer's chat": (BOB.id, 1), "a group": (GROUP, 1), "no message": (None, None)}
    chat_id, message_id = places[chat]
    before = await snapshot(busy)
    await forged(busy, user, data, chat_id, message_id)
    assert busy.api.calls == [AnswerCallbackQuery("forged")]
    assert await snapshot(busy) == before


@pytest.mark.parametrize("prefix", sorted(ACTING))
async def test_the_same_press_in_the_pressers_own_chat_acts(busy: Harness, prefix: str) -> None:
    """The control for the test above: these presses do act where they belong."""
    user, data = ACTING[prefix]
    before = await snapshot(busy)
    await forged(busy, user, data, user.id, 1)
    acted = busy.api.calls != [AnswerCallbackQuery("forged")] or await snapshot(busy) != before
    assert acted


@pytest.mark.parametrize(("user", "data"), MALFORMED, ids=[data for _, data in MALFORMED])
async def test_malformed_data_gets_the_plain_answer_and_changes_nothing(
    busy: Harness, user: User, data: str
) -> None:
    before = await snapshot(busy)
    await forged(busy, user, data, user.id, 1)
    assert busy.api.calls == [AnswerCallbackQuery("forged")]
    assert await snapshot(busy) == before


async def test_the_consent_source_stored_is_only_one_the_bot_asked_from(busy: Harness) -> None:
    await forged(busy, ANNA, "mk:yes:my-own-source", ANNA.id, 1)
    await forged(busy, ANNA, "mk:yes:followup", ANNA.id, 1)
    async with busy.sessions() as s:
        rows = (await s.execute(select(Consent.source, Consent.granted))).all()
    assert [tuple(row) for row in rows] == [("followup", True)]
