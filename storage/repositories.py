"""The core's repository (``ctx.repo``): core data on one AsyncSession (one transaction per event) —
updates, buyers, sellers, conversations, messages and their copies, and the
key/value settings. A feature's own queries live with it, in ``handlers/features/<name>/queries.py``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Buyer,
    Conversation,
    KeyValue,
    Message,
    MessageCopy,
    OutboxItem,
    ProcessedUpdate,
    Seller,
)


def insert_for(session: AsyncSession, table: Any) -> Any:
    """A dialect-specific INSERT that supports ON CONFLICT (SQLite and PostgreSQL both do)."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


@dataclass(frozen=True, slots=True)
class BuyerProfile:
    """What Telegram tells about a buyer, as stored on their row."""

    telegram_id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None


class Repository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # -- updates ---------------------------------------------------------------------------------------
    async def claim_update(self, update_id: int, now: datetime) -> bool:
        """Record ``update_id``; False if it was handled before (Telegram re-delivered it)."""
        stmt = (
            insert_for(self.session, ProcessedUpdate)
            .values(update_id=update_id, processed_at=now)
            .on_conflict_do_nothing(index_elements=["update_id"])
        )
        result = cast(CursorResult[Any], await self.session.execute(stmt))
        return bool(result.rowcount)

    async def forget_updates_before(self, cutoff: datetime) -> None:
        await self.session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < cutoff))

    # -- buyers ----------------------------------------------------------------------------------------
    async def buyer_by_telegram_id(self, telegram_id: int) -> Buyer | None:
        result = await self.session.execute(select(Buyer).where(Buyer.telegram_id == telegram_id))
        return result.scalar_one_or_none()

    async def buyer(self, buyer_id: int) -> Buyer:
        return await self.session.get_one(Buyer, buyer_id)

    async def buyer_by_id(self, buyer_id: int) -> Buyer | None:
        return await self.session.get(Buyer, buyer_id)

    async def upsert_buyer(self, user: BuyerProfile, language: str, now: datetime) -> tuple[Buyer, bool]:
        """The buyer for ``user`` with their profile refreshed; True if they are new."""
        buyer = await self.buyer_by_telegram_id(user.telegram_id)
        if buyer is None:
            buyer = Buyer(
                telegram_id=user.telegram_id,
                first_name=user.first_name,
                last_name=user.last_name,
                username=user.username,
                language_code=user.language_code,
                language=language,
                language_locked=False,
                created_at=now,
                last_seen_at=now,
            )
            self.session.add(buyer)
            await self.session.flush()
            return buyer, True
        buyer.first_name = user.first_name
        buyer.last_name = user.last_name
        buyer.username = user.username
        buyer.language_code = user.language_code or buyer.language_code
        buyer.last_seen_at = now
        return buyer, False

    async def mark_reachable(self, telegram_id: int) -> None:
        await self.session.execute(
            update(Buyer)
            .where(Buyer.telegram_id == telegram_id, Buyer.unreachable_at.is_not(None))
            .values(unreachable_at=None)
        )

    async def recent_texts(self, buyer_id: int, limit: int = 10) -> list[str]:
        """The buyer's own recent text and captions, oldest first."""
        result = await self.session.execute(
            select(Message.text)
            .where(Message.buyer_id == buyer_id, Message.direction == "in", Message.text.is_not(None))
            .order_by(Message.id.desc())
            .limit(limit)
        )
        return [t for t in reversed(result.scalars().all()) if t]

    async def language_verdicts(self, buyer_id: int, limit: int) -> list[str]:
        """The locales of the buyer's latest messages that had one, oldest first (for the vote)."""
        result = await self.session.execute(
            select(Message.language)
            .where(Message.buyer_id == buyer_id, Message.direction == "in", Message.language.is_not(None))
            .order_by(Message.id.desc())
            .limit(limit)
        )
        return [locale for locale in reversed(result.scalars().all()) if locale]

    # -- sellers ---------------------------------------------------------------------------------------
    async def ensure_sellers(self, telegram_ids: Sequence[int], language: str, now: datetime) -> None:
        """Sellers named in the settings are always active sellers, and owners."""
        for telegram_id in telegram_ids:
            seller = await self.session.get(Seller, telegram_id)
            if seller is None:
                self.session.add(
                    Seller(
                        telegram_id=telegram_id,
                        first_name="",
                        language=language,
                        source="config",
                        owner=True,
                        active=True,
                        added_at=now,
                    )
                )
            else:
                seller.active = True
                seller.owner = True  # whoever configured the bot may run the team

    async def seller(self, telegram_id: int) -> Seller | None:
        seller = await self.session.get(Seller, telegram_id)
        return seller if seller is not None and seller.active else None

    async def active_sellers(self) -> list[Seller]:
        result = await self.session.execute(
            select(Seller).where(Seller.active.is_(True)).order_by(Seller.added_at, Seller.telegram_id)
        )
        return list(result.scalars().all())

    async def seller_ever(self, telegram_id: int) -> Seller | None:
        """The seller row even if they were removed (to name who blocked a buyer, say)."""
        return await self.session.get(Seller, telegram_id)

    async def active_owners(self) -> list[Seller]:
        return [s for s in await self.active_sellers() if s.owner]

    async def person(self, telegram_id: int) -> Seller | Buyer | None:
        """Who ``telegram_id`` is to the shop: an active seller, else a buyer, else nobody we know."""
        return await self.seller(telegram_id) or await self.buyer_by_telegram_id(telegram_id)

    # -- conversations ---------------------------------------------------------------------------------
    async def current_conversation(self, buyer_id: int) -> Conversation | None:
        result = await self.session.execute(
            select(Conversation)
            .where(Conversation.buyer_id == buyer_id)
            .order_by(Conversation.id.desc())
            .limit(1)
        )
        return result.scalar_one_or_none()

    async def conversation_for_buyer_message(
        self, buyer_id: int, now: datetime, idle: timedelta
    ) -> tuple[Conversation, bool]:
        """The buyer's open conversation, or a new one after ``idle`` of silence; True if new. A buyer
        still waiting for an answer stays in their conversation however long ago they wrote."""
        conversation = await self.current_conversation(buyer_id)
        if conversation is not None and (
            now - conversation.last_message_at < idle or conversation.waiting_since is not None
        ):
            conversation.last_message_at = now
            if conversation.waiting_since is None:
                conversation.waiting_since = now
            return conversation, False
        conversation = Conversation(buyer_id=buyer_id, opened_at=now, last_message_at=now, waiting_since=now)
        self.session.add(conversation)
        await self.session.flush()
        return conversation, True

    async def count_waiting(self) -> int:
        """Conversations whose last buyer message has no answer yet, without blocked buyers (nobody
        will answer them)."""
        return await self._count_conversations(Conversation.waiting_since.is_not(None))

    async def count_needing_attention(self) -> int:
        """Conversations where the buyer reported a problem after delivery and nobody answered since
        (blocked buyers left out)."""
        return await self._count_conversations(Conversation.needs_attention_at.is_not(None))

    async def _count_conversations(self, condition: Any) -> int:
        result = await self.session.execute(
            select(func.count())
            .select_from(Conversation)
            .join(Buyer, Buyer.id == Conversation.buyer_id)
            .where(condition, Buyer.blocked_at.is_(None))
        )
        return int(result.scalar_one())

    async def conversation(self, conversation_id: int) -> Conversation:
        return await self.session.get_one(Conversation, conversation_id)

    async def conversation_if_any(self, conversation_id: int) -> Conversation | None:
        """Conversation ``conversation_id``, or None (a timer's or a stale button's id)."""
        return await self.session.get(Conversation, conversation_id)

    async def waiting_conversations(self, limit: int) -> list[tuple[Conversation, Buyer]]:
        """Conversations waiting for an answer, longest waiting first (blocked buyers left out)."""
        result = await self.session.execute(
            select(Conversation, Buyer)
            .join(Buyer, Buyer.id == Conversation.buyer_id)
            .where(Conversation.waiting_since.is_not(None), Buyer.blocked_at.is_(None))
            .order_by(Conversation.waiting_since, Conversation.id)
            .limit(limit)
        )
        return [(conversation, buyer) for conversation, buyer in result.all()]

    # -- messages --------------------------------------------------------------------------------------
    async def add_message(self, message: Message) -> Message:
        self.session.add(message)
        await self.session.flush()
        return message

    async def message(self, message_id: int) -> Message:
        return await self.session.get_one(Message, message_id)

    async def message_if_any(self, message_id: int) -> Message | None:
        """Our message ``message_id``, or None (e.g. an id from a stale button)."""
        return await self.session.get(Message, message_id)

    async def message_at(self, chat_id: int, telegram_message_id: int) -> Message | None:
        """Our message whose original is ``telegram_message_id`` in ``chat_id``."""
        result = await self.session.execute(
            select(Message).where(
                Message.chat_id == chat_id, Message.telegram_message_id == telegram_message_id
            )
        )
        return result.scalar_one_or_none()

    async def message_behind(self, chat_id: int, telegram_message_id: int) -> Message | None:
        """Our message that the bot's message ``telegram_message_id`` in ``chat_id`` stands for."""
        result = await self.session.execute(
            select(Message)
            .join(MessageCopy, MessageCopy.message_id == Message.id)
            .where(MessageCopy.chat_id == chat_id, MessageCopy.telegram_message_id == telegram_message_id)
        )
        return result.scalars().first()

    async def copy_in(self, message_id: int, chat_id: int) -> int | None:
        """The first Telegram message standing for ``message_id`` in ``chat_id`` (to reply to it)."""
        result = await self.session.execute(
            select(MessageCopy.telegram_message_id)
            .where(MessageCopy.message_id == message_id, MessageCopy.chat_id == chat_id)
            .order_by(MessageCopy.id)
            .limit(1)
        )
        return result.scalar_one_or_none()

    async def add_copies(
        self, pairs: Sequence[tuple[int, int]], chat_id: int, role: str, now: datetime
    ) -> None:
        """Record (our message id, Telegram message id) pairs sent to ``chat_id``."""
        if not pairs:
            return
        stmt = (
            insert_for(self.session, MessageCopy)
            .values(
                [
                    {
                        "message_id": message_id,
                        "chat_id": chat_id,
                        "telegram_message_id": telegram_id,
                        "role": role,
                        "created_at": now,
                    }
                    for message_id, telegram_id in pairs
                ]
            )
            .on_conflict_do_nothing(index_elements=["chat_id", "telegram_message_id"])
        )
        await self.session.execute(stmt)

    async def pending_messages(self, chat_id: int) -> list[Message]:
        """Messages from ``chat_id`` held back until an album is complete, oldest first."""
        result = await self.session.execute(
            select(Message)
            .where(Message.chat_id == chat_id, Message.status == "pending")
            .order_by(Message.id)
        )
        return list(result.scalars().all())

    async def has_pending(self, chat_id: int) -> bool:
        result = await self.session.execute(
            select(func.count())
            .select_from(Message)
            .where(Message.chat_id == chat_id, Message.status == "pending")
        )
        return bool(result.scalar_one())

    async def set_status(self, message_ids: Sequence[int], status: str) -> None:
        await self.session.execute(update(Message).where(Message.id.in_(message_ids)).values(status=status))

    async def sending_to(self, chat_id: int, now: datetime) -> bool:
        """Whether a send to ``chat_id`` is under way (claimed, no answer from Telegram yet)."""
        result = await self.session.execute(
            select(func.count())
            .select_from(OutboxItem)
            .where(
                OutboxItem.chat_id == chat_id,
                OutboxItem.status == "pending",
                OutboxItem.locked_until > now,  # a lease past its time is a crashed sender's
            )
        )
        return bool(result.scalar_one())

    # -- key/value -------------------------------------------------------------------------------------
    async def get_value(self, key: str) -> dict[str, Any] | None:
        row = await self.session.get(KeyValue, key)
        return row.value if row is not None else None

    async def set_value(self, key: str, value: dict[str, Any]) -> None:
        row = await self.session.get(KeyValue, key)
        if row is None:
            self.session.add(KeyValue(key=key, value=value))
        else:
            row.value = value
