"""The team: claiming a bot with no configured seller, invitations, /team and removing sellers."""

from __future__ import annotations

import logging
import re

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.features import REGISTRY as registry
from handlers.core.events import User
from handlers.core.routing import in_buyer_menu
from handlers.kit.i18n import Translator
from locales import CATALOG_DIR
from storage.models import Invite, Seller
from tests.support.chat import last_text, menus_for, texts
from tests.support.harness import Harness
from tests.support.users import ANNA, SELLER, SELLER2

OLGA = User(9, "Olga", "Ivanova", "olga", "ru")
NEW = User(300, "Nick", "New", "nick", "en")
BOT = "knit_bot"
INVITE_RE = re.compile(r"https://t\.me/knit_bot\?start=(inv_[A-Za-z0-9_-]+)")
CLAIM_RE = re.compile(r"/claim (\S+)")
t = Translator(CATALOG_DIR)


@pytest.fixture
async def shop(engine: AsyncEngine) -> Harness:
    harness = Harness(engine, bot_username=BOT)
    await harness.start()
    return harness


async def invite_payload(shop: Harness, owner: User = SELLER) -> str:
    await shop.send(owner, "/invite")
    match = INVITE_RE.search(last_text(shop, owner.id))
    assert match is not None, last_text(shop, owner.id)
    return match.group(1)


async def join(shop: Harness, user: User, owner: User = SELLER) -> None:
    await shop.send(user, "/start " + await invite_payload(shop, owner))


async def seller_row(shop: Harness, telegram_id: int) -> Seller | None:
    async with shop.sessions() as s:
        return await s.get(Seller, telegram_id)


def unknown(name: str, locale: str = "en", side: str = "buyer") -> str:
    return t(locale, f"{side}-unknown-command", command=f"/{name}")


# -- sellers from the settings ---------------------------------------------------------------------------


async def test_sellers_from_the_settings_are_owners(shop: Harness) -> None:
    seller = await seller_row(shop, SELLER.id)
    assert seller is not None and seller.owner and seller.source == "config"
    await shop.send(SELLER, "/help")
    assert "/invite" in last_text(shop, SELLER.id) and "/team" in last_text(shop, SELLER.id)


async def test_a_configured_seller_who_was_a_plain_seller_becomes_an_owner(engine: AsyncEngine) -> None:
    first = Harness(engine, sellers=(SELLER,), bot_username=BOT)
    await first.start()
    await join(first, NEW)
    again = Harness(engine, sellers=(SELLER, NEW), bot_username=BOT)  # NEW is now in the settings
    await again.start()
    seller = await seller_row(again, NEW.id)
    assert seller is not None and seller.owner and seller.active


# -- invitations ------------------------------------------------------------------------------------------


async def test_invite_gives_a_one_time_deep_link_valid_for_seven_days(shop: Harness) -> None:
    payload = await invite_payload(shop)
    assert len(payload) <= 64 and re.fullmatch(r"[A-Za-z0-9_-]+", payload)
    assert "8 Nov 2026" in last_text(shop, SELLER.id) or "Nov 8, 2026" in last_text(shop, SELLER.id)
    async with shop.sessions() as s:
        invite = (await s.execute(select(Invite))).scalar_one()
    assert payload.removeprefix("inv_") not in invite.code  # only a hash of the code is kept
    assert invite.created_by == SELLER.id and invite.used_by is None


async def test_opening_an_invite_makes_a_seller_and_tells_the_owners(shop: Harness) -> None:
    await join(shop, NEW)
    welcome, help_text = texts(shop, NEW.id)
    assert "Welcome to the team of Knit Shop" in welcome
    assert help_text.startswith(t("en", "seller-help", shop="Knit Shop").splitlines()[0])
    assert "/invite" not in help_text  # a plain seller, not an owner
    assert "Nick New @nick (300) joined the team" in last_text(shop, SELLER.id)
    seller = await seller_row(shop, NEW.id)
    assert seller is not None and seller.active and not seller.owner and seller.source == "invite"
    new_menu = menus_for(shop, NEW.id)
    assert new_menu and "block" in dict(new_menu[-1].commands)
    shop.api.calls.clear()
    await shop.send(ANNA, "Hello?")
    assert any(t.endswith("Hello?") for t in texts(shop, NEW.id))  # relayed to the new seller too


async def test_an_invite_works_once(shop: Harness) -> None:
    payload = await invite_payload(shop)
    await shop.send(NEW, "/start " + payload)
    await shop.send(ANNA, "/start " + payload)
    assert texts(shop, ANNA.id) == [t("en", "team-invite-invalid", reason="used")]
    assert await seller_row(shop, ANNA.id) is None
    shop.api.calls.clear()
    await shop.send(ANNA, "So can I buy?")  # still a buyer: relayed
    assert any(t.endswith("So can I buy?") for t in texts(shop, SELLER.id))


async def test_an_invite_expires_after_seven_days(shop: Harness) -> None:
    payload = await invite_payload(shop)
    shop.clock.advance(7 * 86400 + 1)
    await shop.send(OLGA, "/start " + payload)
    assert texts(shop, OLGA.id) == [t("ru", "team-invite-invalid", reason="expired")]
    assert "истёк" in texts(shop, OLGA.id)[0]
    assert await seller_row(shop, OLGA.id) is None


@pytest.mark.parametrize("payload", ["inv_nosuchcode", "inv_", "inv"])
async def test_an_unknown_invite_is_refused(shop: Harness, payload: str) -> None:
    await shop.send(ANNA, "/start " + payload)
    assert texts(shop, ANNA.id) == [t("en", "team-invite-invalid", reason="unknown")]
    assert await seller_row(shop, ANNA.id) is None


async def test_a_seller_opening_an_invite_leaves_it_for_someone_else(shop: Harness) -> None:
    payload = await invite_payload(shop)
    await shop.send(SELLER, "/start " + payload)
    assert last_text(shop, SELLER.id) == t("en", "team-invite-already-seller")
    await shop.send(NEW, "/start " + payload)
    assert (await seller_row(shop, NEW.id)) is not None


async def test_a_plain_seller_cannot_invite(shop: Harness) -> None:
    await join(shop, NEW)
    await shop.send(NEW, "/invite")
    assert last_text(shop, NEW.id) == unknown("invite", side="seller")


# -- /team ------------------------------------------------------------------------------------------------


async def test_team_lists_the_sellers(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2), bot_username=BOT)
    await shop.start()
    await shop.send(SELLER, "/help")  # the profile is learned when a seller writes
    shop.clock.advance(60)  # listed in the order they joined
    await join(shop, OLGA)
    await shop.send(SELLER, "/team")
    header, sam, tina, olga, _, footer = last_text(shop, SELLER.id).split("\n")
    assert header == "👥 Knit Shop: 3 sellers"
    assert sam == "• Sam Seller @sam · 100 · owner · in the settings · English"
    assert tina == "• 101 · owner · in the settings · English"  # has not written yet
    assert olga == "• Olga Ivanova @olga · 9 · invited · Russian"
    assert "/team remove ID" in footer


async def test_a_plain_seller_sees_the_team_in_their_language_without_the_owner_hint(shop: Harness) -> None:
    await join(shop, OLGA)
    await shop.send(OLGA, "/team")
    text = last_text(shop, OLGA.id)
    assert text.startswith("👥 Knit Shop: 2 продавца") and "владелец" in text
    assert "/team remove" not in text


async def test_removing_a_seller_makes_them_a_buyer_again(shop: Harness) -> None:
    await join(shop, NEW)
    shop.api.calls.clear()
    await shop.send(SELLER, f"/team remove {NEW.id}")
    assert texts(shop, NEW.id) == [t("en", "team-you-were-removed", shop="Knit Shop")]
    assert last_text(shop, SELLER.id) == t("en", "team-removed", seller="Nick New @nick (300)")
    seller = await seller_row(shop, NEW.id)
    assert seller is not None and not seller.active and not seller.owner
    [menu] = menus_for(shop, NEW.id)
    buyer_menu = {c.name for c in registry.commands().values() if in_buyer_menu(c)}
    assert set(dict(menu.commands)) == buyer_menu  # the buyers' menu, not the sellers'
    shop.api.calls.clear()
    await shop.send(ANNA, "Anyone?")
    assert texts(shop, NEW.id) == []  # no longer gets buyers' messages
    await shop.send(NEW, "I want to order")
    assert any(t.endswith("I want to order") for t in texts(shop, SELLER.id))  # now they are a buyer


async def test_a_removed_seller_can_be_invited_back(shop: Harness) -> None:
    await join(shop, NEW)
    await shop.send(SELLER, f"/team remove {NEW.id}")
    await join(shop, NEW)
    seller = await seller_row(shop, NEW.id)
    assert seller is not None and seller.active and seller.source == "invite"


async def test_sellers_from_the_settings_cannot_be_removed(engine: AsyncEngine) -> None:
    shop = Harness(engine, sellers=(SELLER, SELLER2), bot_username=BOT)
    await shop.start()
    await shop.send(SELLER, f"/team remove {SELLER2.id}")
    assert "SELLERBOT_SELLERS" in last_text(shop, SELLER.id)
    await shop.send(SELLER, f"/team remove {SELLER.id}")
    assert "SELLERBOT_SELLERS" in last_text(shop, SELLER.id)
    assert (await seller_row(shop, SELLER2.id)).active  # type: ignore[union-attr]


async def test_only_owners_remove_sellers(shop: Harness) -> None:
    await join(shop, NEW)
    await join(shop, OLGA)
    await shop.send(NEW, f"/team remove {OLGA.id}")
    assert last_text(shop, NEW.id) == t("en", "team-remove-owners-only")
    assert (await seller_row(shop, OLGA.id)).active  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "command",
    [
        "/team remove",
        "/team remove abc",
        "/team remove 1 2",
        "/team remove -300",
        "/team remove 12345678901234567890",  # longer than any Telegram id
        "/team kick 300",
        "/team 300",
    ],
)
async def test_malformed_team_commands_get_the_usage(shop: Harness, command: str) -> None:
    await shop.send(SELLER, command)
    assert last_text(shop, SELLER.id) == t("en", "team-usage")


async def test_removing_someone_who_is_no_seller(shop: Harness) -> None:
    await shop.send(ANNA, "hi")
    await shop.send(SELLER, f"/team remove {ANNA.id}")
    assert last_text(shop, SELLER.id) == t("en", "team-remove-not-found", id=str(ANNA.id))


# -- claiming a bot with no configured seller ------------------------------------------------------------


async def claimable(engine: AsyncEngine, caplog: pytest.LogCaptureFixture) -> tuple[Harness, str]:
    """A shop started with no configured seller, and the claim code it logged."""
    shop = Harness(engine, sellers=(), bot_username=BOT)
    with caplog.at_level(logging.WARNING, logger="handlers.features.team.feature"):
        await shop.start()
    [record] = [r for r in caplog.records if "/claim" in r.getMessage()]
    assert record.levelno == logging.WARNING and "@knit_bot" in record.getMessage()
    match = CLAIM_RE.search(record.getMessage())
    assert match is not None
    caplog.clear()
    return shop, match.group(1)


async def test_the_claim_code_makes_the_sender_the_owner(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    shop, code = await claimable(engine, caplog)
    await shop.send(NEW, "/start")
    await shop.send(NEW, f"/claim {code}")
    claimed, help_text = texts(shop, NEW.id)[1:]
    assert "You are now the owner of Knit Shop" in claimed and "/invite" in help_text
    seller = await seller_row(shop, NEW.id)
    assert seller is not None and seller.owner and seller.source == "claim"
    await shop.send(ANNA, "Hello shop")
    assert any(t.endswith("Hello shop") for t in texts(shop, NEW.id))


async def test_the_claim_code_is_forgiving_about_case_and_dashes(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    shop, code = await claimable(engine, caplog)
    await shop.send(NEW, f"/claim {code.replace('-', '').lower()}")
    assert (await seller_row(shop, NEW.id)) is not None


@pytest.mark.parametrize("argument", ["", " WRONG-CODE-1234", " x"])
async def test_a_wrong_claim_looks_like_an_unknown_command(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture, argument: str
) -> None:
    shop, _ = await claimable(engine, caplog)
    await shop.send(NEW, "/claim" + argument)
    assert texts(shop, NEW.id) == [unknown("claim")]
    assert await seller_row(shop, NEW.id) is None


async def test_a_claim_code_works_once(engine: AsyncEngine, caplog: pytest.LogCaptureFixture) -> None:
    shop, code = await claimable(engine, caplog)
    await shop.send(NEW, f"/claim {code}")
    await shop.send(ANNA, f"/claim {code}")
    assert texts(shop, ANNA.id) == [unknown("claim")]
    await shop.send(NEW, f"/claim {code}")
    assert last_text(shop, NEW.id) == unknown("claim", side="seller")


async def test_the_same_code_is_logged_at_each_start_until_claimed(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    shop, code = await claimable(engine, caplog)
    _, again = await claimable(engine, caplog)  # a restart: a new process on the same database
    assert again == code
    await shop.send(NEW, f"/claim {code}")
    with caplog.at_level(logging.WARNING, logger="handlers.features.team.feature"):
        await Harness(engine, sellers=(), bot_username=BOT).start()
    assert not [r for r in caplog.records if "/claim" in r.getMessage()]


async def test_no_claim_code_when_sellers_are_configured(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="handlers.features.team.feature"):
        await Harness(engine, bot_username=BOT).start()
    assert not [r for r in caplog.records if "/claim" in r.getMessage()]


async def test_an_unused_code_dies_once_sellers_are_configured(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    _, code = await claimable(engine, caplog)
    shop = Harness(engine, sellers=(SELLER,), bot_username=BOT)
    await shop.start()
    await shop.send(NEW, f"/claim {code}")
    assert texts(shop, NEW.id) == [unknown("claim")]


async def test_the_last_owner_cannot_remove_themselves(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    shop, code = await claimable(engine, caplog)
    await shop.send(NEW, f"/claim {code}")
    await shop.send(NEW, f"/team remove {NEW.id}")
    assert last_text(shop, NEW.id) == t("en", "team-remove-last-owner")
    assert (await seller_row(shop, NEW.id)).active  # type: ignore[union-attr]


async def test_an_owner_may_leave_when_another_owner_stays(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    shop, code = await claimable(engine, caplog)
    await shop.send(NEW, f"/claim {code}")
    await join(shop, OLGA, owner=NEW)
    async with shop.sessions() as s, s.begin():
        (await s.get_one(Seller, OLGA.id)).owner = True
    await shop.send(NEW, f"/team remove {NEW.id}")
    assert texts(shop, NEW.id)[-1] == t("en", "team-you-were-removed", shop="Knit Shop")
    assert not (await seller_row(shop, NEW.id)).active  # type: ignore[union-attr]
