"""What every handler gets: the event's unit of work (``ctx.session``, one transaction, and ``ctx.repo``,
the core data over that same session), the shop's configuration, the catalogs, the installed features
(``ctx.features``) and the current time. Built per event by ``handlers.core.dispatch.Core``, which owns
the session: it begins the transaction, commits it with the event's effects, or rolls it back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.core.registry import Registry
from handlers.kit.i18n import Translator
from handlers.kit.language import LanguageDetector
from storage.repositories import Repository


@dataclass(frozen=True, slots=True)
class ShopConfig:
    shop_name: str
    default_language: str
    seller_ids: tuple[int, ...]  # from the settings: always sellers
    album_wait: timedelta = timedelta(seconds=1)
    conversation_idle: timedelta = timedelta(hours=24)
    bot_username: str = ""  # learned from getMe at start; deep links need it


@dataclass(slots=True)
class Context:
    session: AsyncSession  # feature queries take it; never commit or close it, the core does
    repo: Repository
    config: ShopConfig
    t: Translator
    detector: LanguageDetector
    features: Registry
    now: datetime
    # False on the last try of an event: decide with what is known rather than raise NotYet.
    may_wait: bool = True


class NotYet(Exception):
    """The event depends on a send still under way (a seller replied to a copy whose id Telegram has
    not told us yet): roll back and handle it again in a moment."""
