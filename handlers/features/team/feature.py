"""The shop's team: claiming a bot that has no configured seller, inviting sellers, listing and removing
them.

Owners run the team. Sellers named in the settings are owners (they configured the bot) and cannot be
removed here; the first seller of a bot started without any claims it with a code from the log.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
import secrets
from datetime import timedelta

from handlers.core.context import Context
from handlers.core.effects import Effect, Outgoing, SetMyCommands
from handlers.core.events import IncomingMessage, User
from handlers.core.menus import register_menus
from handlers.core.moments import shop_moment
from handlers.core.registry import Feature
from handlers.core.replies import reply, say, unknown_command
from handlers.core.routing import Command, CommandCall, in_buyer_menu
from handlers.features.start import seller_help
from handlers.features.team import queries
from handlers.relay.seller import refresh_profile
from storage.models import Seller

log = logging.getLogger(__name__)

CLAIM_KEY = "claim-code"
# No 0/O, 1/I/L: the code is read off a log and typed by hand.
CLAIM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CLAIM_GROUPS, CLAIM_GROUP_SIZE = 3, 4
INVITE_PREFIX = "inv"
INVITE_LIFETIME = timedelta(days=7)
INVITE_BYTES = 24  # 32 URL-safe characters: "inv_" + 32 is well under Telegram's 64
# Telegram user ids fit in 52 bits; a longer number would overflow the BIGINT column it is looked up in.
SELLER_ID_RE = re.compile(r"^\d{1,16}$")


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def _language_of(user: User, ctx: Context) -> str:
    return ctx.t.supported(user.language_code) or ctx.config.default_language


# -- claiming a bot with no configured seller -------------------------------------------------------------


def _new_claim_code() -> str:
    groups = (
        "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(CLAIM_GROUP_SIZE)) for _ in range(CLAIM_GROUPS)
    )
    return "-".join(groups)


def _normalized(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


async def on_start(ctx: Context) -> list[Effect]:
    """Log the claim code while the bot has no owner and was never claimed (the same code each start)."""
    stored = await ctx.repo.get_value(CLAIM_KEY) or {}
    if "claimed_by" in stored:
        return []
    if await ctx.repo.active_owners():
        if "code" in stored:  # owners came from the settings after all: nobody may claim any more
            await ctx.repo.set_value(CLAIM_KEY, {})
        return []
    code = stored.get("code")
    if not isinstance(code, str):
        # Kept in clear, not hashed: it must be logged again at the next start, and whoever can read
        # the database could make themselves a seller there anyway.
        code = _new_claim_code()
        await ctx.repo.set_value(CLAIM_KEY, {"code": code})
    bot = f"@{ctx.config.bot_username}" if ctx.config.bot_username else "the bot"
    log.warning(
        "No seller is configured (SELLERBOT_SELLERS is empty). To become the shop's owner, open %s in "
        "Telegram and send:  /claim %s  (this code works once). Then add sellers with /invite.",
        bot,
        code,
    )
    return []


async def claim(call: CommandCall, ctx: Context) -> list[Effect]:
    """``/claim CODE``: the sender becomes the owner. Any other use looks like an unknown command, so
    nobody learns the command exists."""
    person = call.seller or call.buyer
    assert person is not None
    stored = await ctx.repo.get_value(CLAIM_KEY) or {}
    code = stored.get("code")
    given = _normalized(call.argument.text)
    if not isinstance(code, str) or not secrets.compare_digest(given, _normalized(code)):
        return unknown_command(call.name, person, ctx)
    seller = await _make_seller(call.event, ctx, source="claim", owner=True)
    claimed = {"claimed_by": seller.telegram_id, "claimed_at": ctx.now.isoformat()}
    await ctx.repo.set_value(CLAIM_KEY, claimed)  # spent: never logged or accepted again
    log.info("the shop was claimed by %s", seller.telegram_id)
    return [
        say(ctx, seller, "team-claimed", shop=ctx.config.shop_name),
        await seller_help(seller, ctx),
        *await register_menus(ctx),
    ]


async def _make_seller(event: IncomingMessage, ctx: Context, *, source: str, owner: bool) -> Seller:
    language = _language_of(event.sender, ctx)
    seller = await queries.add_seller(
        ctx.session, event.sender.id, language, source=source, owner=owner, now=ctx.now
    )
    refresh_profile(seller, event, ctx)
    return seller


# -- invitations ------------------------------------------------------------------------------------------


async def invite(call: CommandCall, ctx: Context) -> list[Effect]:
    """``/invite``: a one-time deep link that makes whoever opens it a seller. Only its hash is kept,
    so the database does not hold working links."""
    assert call.seller is not None
    code = secrets.token_urlsafe(INVITE_BYTES)
    expires = ctx.now + INVITE_LIFETIME
    await queries.add_invite(ctx.session, _hash(code), call.seller.telegram_id, ctx.now, expires)
    link = f"https://t.me/{ctx.config.bot_username}?start={INVITE_PREFIX}_{code}"
    text = ctx.t(
        call.locale, "team-invite-link", link=link, expires=await shop_moment(ctx, expires, call.locale)
    )
    return [dataclasses.replace(reply(call, text), secret=True)]  # the sent row keeps no link


async def open_invite(event: IncomingMessage, payload: str, ctx: Context) -> list[Effect] | None:
    """``/start inv_<code>``: the opener joins the team, or is told why the link does not work."""
    code = payload.removeprefix(f"{INVITE_PREFIX}_")
    already = await ctx.repo.seller(event.sender.id)
    if already is not None:
        # Left unused: the owner may have meant it for someone else.
        return [say(ctx, already, "team-invite-already-seller")]
    buyer = await ctx.repo.buyer_by_telegram_id(event.sender.id)
    assert buyer is not None  # the core records whoever writes before routing their command
    if not await queries.use_invite(ctx.session, _hash(code), event.sender.id, ctx.now):
        return [say(ctx, buyer, "team-invite-invalid", reason=await _why_invalid(code, ctx))]
    seller = await _make_seller(event, ctx, source="invite", owner=False)
    log.info("%s joined the team with an invitation", seller.telegram_id)
    return [
        say(ctx, seller, "team-welcome", shop=ctx.config.shop_name),
        await seller_help(seller, ctx),
        *await _tell_owners_joined(seller, ctx),
        *await register_menus(ctx),
    ]


async def _why_invalid(code: str, ctx: Context) -> str:
    found = await queries.invite(ctx.session, _hash(code))
    if found is None:
        return "unknown"
    return "used" if found.used_by is not None else "expired"


async def _tell_owners_joined(seller: Seller, ctx: Context) -> list[Effect]:
    owners = [o for o in await ctx.repo.active_owners() if o.telegram_id != seller.telegram_id]
    return [say(ctx, owner, "team-joined", seller=_who(seller)) for owner in owners]


def _name_and_handle(seller: Seller) -> str:
    """``Tina Brown @tina``; empty for a seller from the settings who has not written to the bot yet."""
    name = f"{seller.first_name} {seller.last_name or ''}".strip()
    handle = f"@{seller.username}" if seller.username else ""
    return f"{name} {handle}".strip()


def _who(seller: Seller) -> str:
    """``Tina Brown @tina (101)``: enough to recognise someone and to remove them."""
    return f"{_name_and_handle(seller)} ({seller.telegram_id})".strip()


# -- the team list, and removing sellers ----------------------------------------------------------------


async def team(call: CommandCall, ctx: Context) -> list[Effect]:
    """``/team`` lists the sellers; ``/team remove ID`` removes one (owners only)."""
    assert call.seller is not None
    words = call.words()
    if not words:
        return [reply(call, await _team_list(call.seller, ctx))]
    if words[0].lower() != "remove" or len(words) != 2 or not SELLER_ID_RE.match(words[1]):
        return [say(ctx, call.seller, "team-usage")]
    if not call.seller.owner:
        return [say(ctx, call.seller, "team-remove-owners-only")]
    return await _remove(call.seller, int(words[1]), ctx)


async def _team_list(viewer: Seller, ctx: Context) -> str:
    t, locale = ctx.t, viewer.language
    sellers = await ctx.repo.active_sellers()
    lines = [t(locale, "team-header", shop=ctx.config.shop_name, count=len(sellers))]
    lines += [_team_line(seller, locale, ctx) for seller in sellers]
    if viewer.owner:
        lines += ["", t(locale, "team-footer-owner")]
    return "\n".join(lines)


def _team_line(seller: Seller, locale: str, ctx: Context) -> str:
    """``• Sam Seller @sam · 100 · owner · in the settings · English``"""
    parts = [p for p in (_name_and_handle(seller), str(seller.telegram_id)) if p]
    if seller.owner:
        parts.append(ctx.t(locale, "team-role-owner"))
    source = "config" if seller.telegram_id in ctx.config.seller_ids else seller.source
    parts.append(ctx.t(locale, "team-source", source=source))
    parts.append(ctx.t.language_name(seller.language, locale))
    return "• " + " · ".join(parts)


async def _remove(owner: Seller, telegram_id: int, ctx: Context) -> list[Effect]:
    target = await ctx.repo.seller(telegram_id)
    if target is None:
        return [say(ctx, owner, "team-remove-not-found", id=str(telegram_id))]
    if telegram_id in ctx.config.seller_ids:
        return [say(ctx, owner, "team-remove-config", seller=_who(target))]
    removes_self = target.telegram_id == owner.telegram_id
    if removes_self and len(await ctx.repo.active_owners()) == 1:
        return [say(ctx, owner, "team-remove-last-owner")]
    target.active = False
    target.owner = False  # brought back by a new invitation, they come back as a plain seller
    log.info("%s removed seller %s", owner.telegram_id, telegram_id)
    effects: list[Effect] = [say(ctx, target, "team-you-were-removed", shop=ctx.config.shop_name)]
    if not removes_self:
        effects.append(say(ctx, owner, "team-removed", seller=_who(target)))
    effects.append(_buyer_menu_for(target, ctx))
    return effects + await register_menus(ctx)


def _buyer_menu_for(former: Seller, ctx: Context) -> Outgoing:
    """Their chat still shows the seller menu Telegram was given for it: replace it with the buyers'."""
    locale = former.language
    buyer_commands = [c.name for c in ctx.features.commands().values() if in_buyer_menu(c)]
    commands = tuple((name, ctx.t(locale, f"buyer-command-{name}")) for name in buyer_commands)
    menu = SetMyCommands(commands, scope={"type": "chat", "chat_id": former.telegram_id})
    return Outgoing(menu, role="service")


COMMANDS = (
    Command("claim", "everyone", claim, in_menu=False),
    Command("invite", "owner", invite),
    Command("team", "seller", team),
)
START_PAYLOADS = {INVITE_PREFIX: open_invite}
FEATURE = Feature("team", commands=COMMANDS, start_payloads=START_PAYLOADS, on_start=on_start)
