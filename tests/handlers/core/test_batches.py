"""Core.handle_batch: several updates in one transaction do what handling each in turn does, and a
batch with a failing update leaves nothing behind (the poller then handles them one by one)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.features import INSTALLED
from handlers.core.context import Context
from handlers.core.effects import Effect
from handlers.core.events import Content, IncomingMessage, User
from handlers.core.registry import Feature, Registry
from handlers.core.routing import Command, CommandCall
from handlers.relay.entry import RELAY
from storage.models import Message, OutboxItem, ProcessedUpdate
from tests.support.chat import texts
from tests.support.harness import Harness
from tests.support.users import ANNA, IVAN, SELLER


async def boom(call: CommandCall, ctx: Context) -> list[Effect]:
    raise RuntimeError("a bug in a handler")


async def count(shop: Harness, model: type) -> int:
    async with shop.sessions() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


def text(shop: Harness, user: User, words: str) -> IncomingMessage:
    return shop.message(user, Content("text", text=words))


async def test_a_batch_does_what_handling_each_in_turn_does(shop: Harness) -> None:
    events = [text(shop, ANNA, "Hi, is the scarf still available?"), text(shop, IVAN, "Здравствуйте!")]
    events.append(text(shop, ANNA, "And in blue?"))
    await shop.core.handle_batch(events)
    await shop.settle()
    relayed = texts(shop, SELLER.id)
    assert (
        len(relayed) == 3 and "scarf" in relayed[0] and "Здравствуйте" in relayed[1] and "blue" in relayed[2]
    )
    assert len(texts(shop, ANNA.id)) == 1 and len(texts(shop, IVAN.id)) == 1  # one acknowledgement each
    assert await count(shop, Message) == 3 and await count(shop, ProcessedUpdate) == 3


async def test_an_update_handled_before_does_nothing_in_a_batch(shop: Harness) -> None:
    first = text(shop, ANNA, "Hi, is the scarf still available?")
    await shop.core.handle(first)
    await shop.core.handle_batch([first, text(shop, ANNA, "And in blue?")])
    await shop.settle()
    assert len(texts(shop, SELLER.id)) == 2 and await count(shop, Message) == 2


async def test_a_failing_update_rolls_the_whole_batch_back(shop: Harness) -> None:
    shop.core.features = Registry(
        RELAY, (*INSTALLED, Feature("boom", commands=(Command("boom", "everyone", boom),)))
    )
    events = [text(shop, ANNA, "Hi, is the scarf still available?"), text(shop, IVAN, "/boom")]
    queued = await count(shop, OutboxItem)  # (the menus, from the start)
    with pytest.raises(RuntimeError, match="a bug"):
        await shop.core.handle_batch(events)
    assert await count(shop, Message) == 0 and await count(shop, ProcessedUpdate) == 0
    assert await count(shop, OutboxItem) == queued
    await shop.core.handle(events[0])  # what the poller does next: one by one
    await shop.settle()
    assert len(texts(shop, SELLER.id)) == 1
