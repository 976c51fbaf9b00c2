"""The core's entry points. Each event runs in one database transaction that records the update id
(so a re-delivered update does nothing), lets the feature handler decide, and stores the effects it
returns in the outbox — the "middleware persists the effect" pattern. Nothing here talks to Telegram.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from handlers.core import dead_letters, delivery
from handlers.core.buttons import handle_press
from handlers.core.context import Context, NotYet, ShopConfig
from handlers.core.effects import SECRET, Effect
from handlers.core.events import CallbackPress, Event, IncomingMessage, User
from handlers.core.menus import register_menus
from handlers.core.outbox import persist_effects, scrub_secret
from handlers.core.registry import Registry
from handlers.core.replies import unknown_command
from handlers.core.routing import CommandCall, allowed, parse_command
from handlers.core.timers import run_timer
from handlers.kit.i18n import Translator
from handlers.kit.language import LanguageDetector
from storage.models import Buyer, Seller, Timer
from storage.outbox import finish_timer, mark_failed, mark_sent
from storage.repositories import BuyerProfile, Repository

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
DB_ATTEMPTS = 3
NOT_YET_TRIES = 20  # × NOT_YET_PAUSE: how long an event may wait for a send under way
NOT_YET_PAUSE = 0.1

# One event's (or timer's, or send's) work in a unit of work: the effects to store with it.
Decide = Callable[[Context], Awaitable[list[Effect] | None]]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Core:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        config: ShopConfig,
        translator: Translator,
        detector: LanguageDetector,
        features: Registry,
        clock: Clock = utcnow,
        on_queued: Callable[[], None] = lambda: None,
    ) -> None:
        self.sessions = sessions
        self.config = config
        self.t = translator
        self.detector = detector
        self.features = features  # the installed features and the relay (bot/features.py)
        self.clock = clock
        # Told when new sends are in the outbox, so they go out now rather than at the next tick.
        self.on_queued = on_queued

    async def _run(self, decide: Decide, may_wait: bool = False) -> None:
        await self._run_all([decide], may_wait)

    async def _run_all(self, steps: Sequence[Decide], may_wait: bool = False) -> None:
        """Each step in turn, in ONE transaction (the unit of work): each gets a context of its own
        (its own ``now``) on the shared session, and its effects are stored with it."""
        queued = 0
        async with self.sessions() as session, session.begin():
            repo = Repository(session)
            for decide in steps:
                ctx = Context(
                    session, repo, self.config, self.t, self.detector, self.features, self.clock(), may_wait
                )
                queued += await persist_effects(session, await decide(ctx) or [], ctx.now)
        if queued:
            self.on_queued()

    async def start(self) -> None:
        """Make the configured sellers sellers and register the command menus."""

        async def decide(ctx: Context) -> list[Effect]:
            await ctx.repo.ensure_sellers(self.config.seller_ids, self.config.default_language, ctx.now)
            await ctx.session.flush()
            effects: list[Effect] = []
            for on_start in ctx.features.on_start:  # seeding defaults, say
                effects += await on_start(ctx)
            return effects + await register_menus(ctx, retry_all=True)

        await self._run(decide)

    def _handling(self, event: Event) -> Decide:
        async def decide(ctx: Context) -> list[Effect] | None:
            if not await ctx.repo.claim_update(event.update_id, ctx.now):
                log.info("update %s was handled before: ignored", event.update_id)
                return None
            return await self._route(event, ctx)

        return decide

    async def handle(self, event: Event) -> None:
        decide = self._handling(event)
        # A database hiccup (a dropped connection, a lock that timed out, a unique row another
        # instance inserted first) must not lose the buyer's message, and an event that races a send
        # (NotYet) must wait for it: the transaction rolled back whole, so trying again is safe.
        db_failures = waits = 0
        while True:
            try:
                await self._run(decide, may_wait=waits < NOT_YET_TRIES)
                return
            except NotYet as why:
                waits += 1
                log.debug("update %s waits: %s", event.update_id, why)
                await asyncio.sleep(NOT_YET_PAUSE)
            except (OperationalError, IntegrityError):
                # IntegrityError: another instance (or a concurrent update) inserted the same unique
                # row first — an order, a coupon, the open vacation. Tried again, the handler sees it.
                db_failures += 1
                if db_failures >= DB_ATTEMPTS:
                    raise
                log.warning("update %s: database error, trying again", event.update_id, exc_info=True)
                await asyncio.sleep(0.2 * db_failures)

    async def handle_batch(self, events: Sequence[Event]) -> None:
        """``events`` in one transaction, in order: what ``handle`` on each in turn would do, for one
        commit instead of one each (a getUpdates batch under load). If any of them fails - one that
        must wait for a send (NotYet), a database error, a bug - the whole batch rolls back and the
        error is raised: the caller then hands the events to ``handle`` one by one, where the retries,
        the waits and the dead letters are."""
        await self._run_all([self._handling(event) for event in events], may_wait=True)

    async def _route(self, event: Event, ctx: Context) -> list[Effect]:
        if isinstance(event, CallbackPress):
            return await handle_press(event, ctx)
        if not isinstance(event, IncomingMessage) or not event.private or event.sender.is_bot:
            return []  # the bot lives in private chats; groups and channels are not its business
        seller = await ctx.repo.seller(event.sender.id)
        if seller is None:
            language = ctx.t.supported(event.sender.language_code) or ctx.config.default_language
            buyer, _ = await ctx.repo.upsert_buyer(_profile(event.sender), language, ctx.now)
            effects = await self._command(event, None, buyer, ctx)
            return (
                effects if effects is not None else await ctx.features.relay.buyer_message(event, buyer, ctx)
            )
        ctx.features.relay.seller_seen(seller, event, ctx)
        effects = await self._command(event, seller, None, ctx)
        if effects is None:
            effects = await ctx.features.relay.seller_message(event, seller, ctx)
        # The seller's language may have changed, or Telegram refused their menu before they opened
        # the bot: whatever differs from what Telegram has goes out (usually nothing).
        return effects + await register_menus(ctx, retry_chat=seller.telegram_id)

    async def _command(
        self, event: IncomingMessage, seller: Seller | None, buyer: Buyer | None, ctx: Context
    ) -> list[Effect] | None:
        """The effects of a command, or None if the message is no command."""
        parsed = None if event.edited else parse_command(event)
        if parsed is None:
            return None
        name, argument = parsed
        command = ctx.features.commands().get(name)
        person = seller or buyer
        assert person is not None
        if command is None or not allowed(command, seller):
            return unknown_command(name, person, ctx)
        return await command.handler(CommandCall(event, name, argument, seller, buyer), ctx)

    async def dead_letter(self, update: dict[str, Any], error: BaseException) -> None:
        """An update that could not be parsed or handled (its own transaction rolled back): kept, its
        sender asked to resend, the sellers' digest planned. Polling skips it after this."""

        async def decide(ctx: Context) -> list[Effect]:
            return await dead_letters.record(update, error, ctx)

        await self._run(decide)

    # The calls below finish a timer or an outbox row in the same transaction as the work it causes,
    # so a crash in between can neither lose that work nor do it twice.

    @staticmethod
    def _timing(timer: Timer) -> Decide:
        async def decide(ctx: Context) -> list[Effect]:
            effects = await run_timer(timer.kind, timer.key, timer.payload, ctx)
            await finish_timer(ctx.session, timer)
            return effects

        return decide

    async def run_timer(self, timer: Timer) -> None:
        await self._run(self._timing(timer))

    async def run_timers(self, timers: Sequence[Timer]) -> None:
        """Several due timers in one transaction, each as ``run_timer`` would run it. Any failure rolls
        them all back and is raised: the caller then runs them one by one, where a failing timer is
        told apart from the rest."""
        await self._run_all([self._timing(timer) for timer in timers])

    async def sent(self, done: Sequence[tuple[int, delivery.Sent]]) -> None:
        """Outbox rows that went out (id, outcome): marked sent, their copies recorded."""

        async def decide(ctx: Context) -> list[Effect]:
            effects: list[Effect] = []
            for item_id, outcome in done:
                await mark_sent(ctx.session, item_id, list(outcome.telegram_ids), ctx.now)
                await _scrub_if_secret(ctx, item_id, outcome.context)
                effects += await delivery.on_sent(outcome, ctx)
            return effects

        await self._run(decide)

    async def failed(self, item_id: int, attempts: int, outcome: delivery.Failed) -> None:
        async def decide(ctx: Context) -> list[Effect]:
            await mark_failed(ctx.session, item_id, attempts, outcome.error.description)
            await _scrub_if_secret(ctx, item_id, outcome.context)
            return await delivery.on_failed(outcome, ctx)

        await self._run(decide)


def _profile(user: User) -> BuyerProfile:
    return BuyerProfile(user.id, user.first_name, user.last_name, user.username, user.language_code)


async def _scrub_if_secret(ctx: Context, item_id: int, context: dict[str, Any] | None) -> None:
    """In the transaction that finishes the row: a working invite link does not stay in the outbox."""
    if context and context.get(SECRET):
        await scrub_secret(ctx.session, item_id)
