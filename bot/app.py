"""The composition root: everything the bot is made of, built from Settings, in one place."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.features import REGISTRY
from bot.polling import Poller
from bot.runtime import BotIdentity, Runtime, StartupFailed
from bot.settings import Settings
from handlers.core.context import ShopConfig
from handlers.core.dispatch import Core, utcnow
from handlers.core.ports import Transient
from handlers.kit.i18n import Translator
from handlers.kit.language import LanguageDetector
from locales import CATALOG_DIR
from scheduler.outbox import OutboxSender
from scheduler.pacing import ChatPacer
from scheduler.ticker import Ticker
from storage.db import create_engine, session_factory, upgrade

log = logging.getLogger(__name__)


class ConfigError(Exception):
    """Settings that parse but cannot work (e.g. a default language with no catalog)."""


def make_runtime(settings: Settings) -> Runtime:
    # Imported here, not for a cycle: only the chosen runtime's framework (aiogram or python-telegram-bot)
    # is loaded, so a process never pays for, or depends on, the other one.
    if settings.runtime == "ptb":
        from bot.ptb_runtime import PtbRuntime

        return PtbRuntime(settings.token, settings.api_url, settings.send_timeout_seconds)
    from bot.aiogram_runtime import AiogramRuntime

    return AiogramRuntime(settings.token, settings.api_url, settings.send_timeout_seconds)


async def upgrade_database(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


class SellerBot:
    """``await bot.start()`` … ``await bot.stop()``; tests drive it the same way the CLI does."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime] = utcnow) -> None:
        self.settings = settings
        self.clock = clock
        self.translator = Translator(CATALOG_DIR, settings.default_language)
        if settings.default_language not in self.translator.locales:
            raise ConfigError(
                f"SELLERBOT_DEFAULT_LANGUAGE: no catalog for {settings.default_language!r} "
                f"(available: {', '.join(self.translator.locales)})"
            )
        self.engine = create_engine(settings.database_url)
        self.sessions = session_factory(self.engine)
        self.runtime = make_runtime(settings)
        self.core = Core(
            self.sessions,
            ShopConfig(
                shop_name=settings.shop_name,
                default_language=settings.default_language,
                seller_ids=settings.sellers,
                album_wait=timedelta(seconds=settings.album_wait_seconds),
                conversation_idle=timedelta(hours=settings.conversation_idle_hours),
            ),
            self.translator,
            LanguageDetector(self.translator.locales),
            REGISTRY,
            clock=clock,
        )
        self.sender = OutboxSender(
            self.sessions,
            self.runtime.api,
            self.core,
            clock=clock,
            max_attempts=settings.max_send_attempts,
            per_second=settings.send_rate,
            bulk_per_second=settings.bulk_send_rate,
            send_timeout=settings.send_timeout_seconds,
            lease=timedelta(seconds=settings.lease_seconds),
            chat_pace=ChatPacer(
                settings.chat_send_rate, settings.chat_send_burst, settings.group_send_per_minute
            ),
        )
        self.core.on_queued = self.sender.kick
        self.ticker = Ticker(
            self.sessions, self.core, self.sender.kick, clock=clock, seconds=settings.tick_seconds
        )
        self.poller = Poller(
            self.runtime,
            self.core.handle,
            self.core.dead_letter,
            timeout=settings.polling_timeout,
            handle_batch=self.core.handle_batch,
        )
        self.identity: BotIdentity | None = None

    async def start(self) -> None:
        """Start everything; on failure, release what was opened and raise (``StartupFailed`` for what
        the operator has to fix)."""
        try:
            await self._start()
        except BaseException:
            await self.stop(quietly=True)
            raise

    async def _start(self) -> None:
        try:
            await upgrade(self.engine)
        except (OSError, SQLAlchemyError) as error:
            raise StartupFailed(
                f"cannot open the database {self.engine.url.render_as_string(hide_password=True)}: "
                f"{_first_line(error)} (check SELLERBOT_DATABASE_URL)"
            ) from None
        try:
            self.identity = await self.runtime.open()
        except Transient as error:
            raise StartupFailed(
                f"cannot reach the Telegram Bot API at {self.settings.api_url} ({error.description}); "
                "check the network, or SELLERBOT_API_URL"
            ) from None
        self.core.config = replace(self.core.config, bot_username=self.identity.username)
        log.info("@%s (%s runtime) starting", self.identity.username, self.settings.runtime)
        await self.core.start()
        self.sender.start()
        self.sender.kick()  # sends left over from the last run
        self.ticker.start()
        await self.poller.start()

    async def stop(self, *, quietly: bool = False) -> None:
        """Stop taking updates, finish the sends under way (the rest stays queued), close. Safe to call
        whatever ``start`` got to."""
        await self.poller.stop()
        await self.ticker.stop()
        await self.sender.stop()
        await self.runtime.close()
        await self.engine.dispose()
        if not quietly:
            log.info("stopped")


def _first_line(error: BaseException) -> str:
    """SQLAlchemy's messages run over lines (the statement, a link to its docs): keep the cause."""
    cause = getattr(error, "orig", None) or error
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


async def run_until_stopped(settings: Settings) -> None:
    bot = SellerBot(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await bot.start()
    try:
        # Polling ends by itself only on a fatal error (another process polls, the token was revoked).
        waiting: set[asyncio.Future[Any]] = {asyncio.ensure_future(stop.wait()), bot.poller.finished}
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        polling = bot.poller.finished
    finally:
        await bot.stop()
    if polling.done() and not polling.cancelled() and (error := polling.exception()) is not None:
        raise StartupFailed(f"polling stopped: {error}") from None
