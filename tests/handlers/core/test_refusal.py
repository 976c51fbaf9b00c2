"""Commands a user may not use look exactly like commands that do not exist, so nobody can probe for
them: every seller command refused to buyers, every owner command refused to plain sellers."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.features import REGISTRY as registry
from handlers.core.events import User
from handlers.core.routing import Command
from storage.models import Seller
from tests.support.chat import texts
from tests.support.harness import Harness
from tests.support.users import ANNA, SELLER, SELLER2

PLAIN = User(300, "Nick", "New", "nick", "en")  # a seller who is no owner
NO_SUCH_COMMAND = "nosuchcommand"


def registered(*audiences: str) -> list[Command]:
    return [c for c in registry.commands().values() if c.audience in audiences]


SELLER_COMMANDS = registered("seller", "owner")
OWNER_COMMANDS = registered("owner")
# With and without arguments: an argument must not change the answer either.
FORMS = ["/{}", "/{} 1", "/{} remove 100", "/{}@knit_bot"]


def test_the_lists_are_not_empty() -> None:
    names = {c.name for c in SELLER_COMMANDS}
    assert {"block", "unblock", "blocked", "team", "invite"} <= names
    assert "invite" in {c.name for c in OWNER_COMMANDS}


async def unknown_answer(shop: Harness, user: User, name: str) -> str:
    """What ``user`` is told for a command that does not exist, with ``name`` in place of its name."""
    shop.api.calls.clear()
    await shop.send(user, f"/{NO_SUCH_COMMAND}")
    [answer] = texts(shop, user.id)
    shop.api.calls.clear()
    return answer.replace(f"/{NO_SUCH_COMMAND}", f"/{name}")


async def add_plain_seller(shop: Harness) -> None:
    async with shop.sessions() as s, s.begin():
        s.add(
            Seller(
                telegram_id=PLAIN.id,
                first_name=PLAIN.first_name,
                language="en",
                source="invite",
                owner=False,
                added_at=shop.clock.now,
            )
        )


@pytest.mark.parametrize("command", SELLER_COMMANDS, ids=lambda c: c.name)
async def test_a_buyer_gets_the_unknown_command_answer(shop: Harness, command: Command) -> None:
    await shop.send(ANNA, "Hello")  # a buyer with a conversation: a stray command must not join it
    expected = await unknown_answer(shop, ANNA, command.name)
    for form in FORMS:
        await shop.send(ANNA, form.format(command.name))
        assert texts(shop, ANNA.id) == [expected], form
        assert shop.api.to(SELLER.id) == [], form  # nothing relayed, nothing told to the sellers
        shop.api.calls.clear()


@pytest.mark.parametrize("command", SELLER_COMMANDS, ids=lambda c: c.name)
async def test_a_buyer_replying_with_a_seller_command_gets_the_same_answer(
    shop: Harness, command: Command
) -> None:
    greeting = await shop.send(ANNA, "/start")
    expected = await unknown_answer(shop, ANNA, command.name)
    await shop.send(ANNA, f"/{command.name}", reply_to=greeting.message_id)
    assert texts(shop, ANNA.id) == [expected]
    assert shop.api.to(SELLER.id) == []


@pytest.mark.parametrize("command", OWNER_COMMANDS, ids=lambda c: c.name)
async def test_a_plain_seller_gets_the_unknown_command_answer(shop: Harness, command: Command) -> None:
    await add_plain_seller(shop)
    expected = await unknown_answer(shop, PLAIN, command.name)
    assert expected.startswith("There is no command") and "/help lists" in expected  # the sellers' answer
    for form in FORMS:
        await shop.send(PLAIN, form.format(command.name))
        assert texts(shop, PLAIN.id) == [expected], form
        assert shop.api.to(SELLER.id) == [], form
        shop.api.calls.clear()


@pytest.mark.parametrize("command", OWNER_COMMANDS, ids=lambda c: c.name)
async def test_owner_commands_are_not_offered_to_plain_sellers(shop: Harness, command: Command) -> None:
    await add_plain_seller(shop)
    await shop.send(PLAIN, "/help")
    assert f"/{command.name} " not in texts(shop, PLAIN.id)[-1]
    await shop.send(SELLER, "/help")
    assert f"/{command.name} " in texts(shop, SELLER.id)[-1]


async def test_a_removed_seller_is_refused_like_a_buyer(engine: AsyncEngine) -> None:
    shop = Harness(engine)
    await shop.start()
    await add_plain_seller(shop)
    await shop.send(SELLER, f"/team remove {PLAIN.id}")
    expected = await unknown_answer(shop, PLAIN, "block")
    assert expected.startswith("There is no command /block. To write to the shop")  # the buyers' answer
    await shop.send(PLAIN, "/block")
    assert texts(shop, PLAIN.id) == [expected]


# -- mistyped commands -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("vaction", "/vacation"), ("stast", "/stats"), ("remid on", "/remind"), ("Hour 9-18", "/hours")],
)
async def test_a_seller_who_mistypes_is_offered_the_closest_commands(
    shop: Harness, typed: str, suggested: str
) -> None:
    await shop.send(SELLER, f"/{typed}")
    [answer] = texts(shop, SELLER.id)
    assert (
        answer.startswith(f"There is no command /{typed.split()[0].lower()}. Did you mean ")
        and suggested in answer
    )
    assert "/help lists the commands" in answer


async def test_nothing_close_gets_the_plain_answer(shop: Harness) -> None:
    await shop.send(SELLER, f"/{NO_SUCH_COMMAND}")
    assert texts(shop, SELLER.id) == [f"There is no command /{NO_SUCH_COMMAND}. /help lists the commands."]


async def test_suggestions_in_the_sellers_language(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2))
    await shop.start()
    await shop.send(SELLER2, "/vaction")
    assert texts(shop, SELLER2.id) == [
        "Команды /vaction нет. Может быть, вы имели в виду /vacation? Список команд — /help."
    ]


@pytest.mark.parametrize("typed", ["vaction", "stast", "blok", "invit", "tem", "polcy"])
async def test_a_buyer_who_mistypes_gets_no_seller_command_named(shop: Harness, typed: str) -> None:
    expected = await unknown_answer(shop, ANNA, typed)
    await shop.send(ANNA, f"/{typed}")
    assert texts(shop, ANNA.id) == [expected] and "Did you mean" not in expected


async def test_a_plain_seller_is_never_offered_an_owner_command(shop: Harness) -> None:
    await add_plain_seller(shop)
    await shop.send(PLAIN, "/invit")
    assert "/invite" not in texts(shop, PLAIN.id)[-1]
    await shop.send(SELLER, "/invit")
    assert "Did you mean /invite?" in texts(shop, SELLER.id)[-1]
