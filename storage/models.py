"""The schema. Every table the bot uses; migrations in ``storage/migrations`` must match it
(tests/storage/test_migrations.py compares them)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy import text as sql
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend. SQLite keeps no time zone, so values are stored as naive
    UTC and handed back aware; comparing aware with naive datetimes would raise."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use datetime.now(UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    # Named constraints: Alembic's batch mode (SQLite) can only drop or alter what has a name.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Buyer(Base):
    """A Telegram user who writes to the shop. ``id`` is the conversation number sellers see (#N)."""

    __tablename__ = "buyers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    first_name: Mapped[str] = mapped_column(String(256))
    last_name: Mapped[str | None] = mapped_column(String(256))
    username: Mapped[str | None] = mapped_column(String(64))
    language_code: Mapped[str | None] = mapped_column(String(16))  # as Telegram reports it
    language: Mapped[str] = mapped_column(String(16))  # the locale we speak to them in
    language_locked: Mapped[bool] = mapped_column(Boolean, default=False)  # chosen by hand: no detection
    start_payload: Mapped[str | None] = mapped_column(String(64))
    unreachable_at: Mapped[datetime | None]  # 403: blocked the bot or deactivated
    blocked_at: Mapped[datetime | None]  # blocked by a seller: stored, not relayed
    blocked_by: Mapped[int | None] = mapped_column(BigInteger)
    order_code: Mapped[str | None] = mapped_column(String(64))  # the latest order linked: in headers
    # An order link opened but not linked (another buyer's order, or past the bound on link-created
    # orders): headers tell sellers, who may link it with /order (handlers/features/orders/).
    opened_order_code: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class Seller(Base):
    __tablename__ = "sellers"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(256), default="")
    last_name: Mapped[str | None] = mapped_column(String(256))
    username: Mapped[str | None] = mapped_column(String(64))
    language_code: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))
    language_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(16), default="config")  # config | invite | claim
    owner: Mapped[bool] = mapped_column(Boolean, default=False)  # may invite and remove sellers
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    unreachable_at: Mapped[datetime | None]
    added_at: Mapped[datetime]


class Conversation(Base):
    """One stretch of talk with a buyer. A new one opens when the buyer writes after a long silence."""

    __tablename__ = "conversations"
    __table_args__ = (Index("ix_conversations_buyer_opened", "buyer_id", "opened_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    opened_at: Mapped[datetime]
    last_message_at: Mapped[datetime]
    first_answered_at: Mapped[datetime | None]
    # Set when a buyer message waits for an answer; cleared when a seller answers.
    waiting_since: Mapped[datetime | None] = mapped_column(index=True)
    last_answered_at: Mapped[datetime | None]  # the latest seller answer
    away_replied_at: Mapped[datetime | None]  # the latest business-hours away reply
    reminded_for: Mapped[datetime | None]  # the waiting_since the sellers were reminded of
    needs_attention_at: Mapped[datetime | None]  # the buyer reported a problem; cleared by an answer
    csat_asked_at: Mapped[datetime | None]  # the satisfaction question went out (once per conversation)


class Message(Base):
    """Every message in both directions. ``direction``: ``in`` (buyer -> shop) or ``out`` (seller ->
    buyer). ``chat_id``/``telegram_message_id`` are where the original lives."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("chat_id", "telegram_message_id", name="uq_messages_origin"),
        Index("ix_messages_media_group", "media_group_id"),
        Index("ix_messages_buyer_created", "buyer_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))
    seller_id: Mapped[int | None] = mapped_column(BigInteger)  # the author, for ``out``
    chat_id: Mapped[int] = mapped_column(BigInteger)
    telegram_message_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str | None] = mapped_column(Text)
    entities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    file_id: Mapped[str | None] = mapped_column(String(256))
    media_group_id: Mapped[str | None] = mapped_column(String(64))
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    # relayed | pending (album part waiting) | unsupported | blocked (buyer blocked by a seller)
    status: Mapped[str] = mapped_column(String(16), default="relayed")
    created_at: Mapped[datetime]
    edited_at: Mapped[datetime | None]
    # A buyer's message: the locale it is written in, or None when it is no evidence of the buyer's own
    # language (too short, pasted, repetitive, mixed, unsure; see handlers/kit/language.py).
    language: Mapped[str | None] = mapped_column(String(16))


class MessageCopy(Base):
    """A Telegram message the bot sent that stands for one of our messages (a relayed copy, its
    header, a teammate note, the delivery to the buyer). A reply to it leads back to the message."""

    __tablename__ = "message_copies"
    __table_args__ = (UniqueConstraint("chat_id", "telegram_message_id", name="uq_copies_chat_message"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    telegram_message_id: Mapped[int] = mapped_column(BigInteger)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]


class ProcessedUpdate(Base):
    """Update ids already handled: a re-delivered update takes effect at most once."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(index=True)


class DeadLetter(Base):
    """An update the bot could not parse or handle, kept as Telegram sent it (``raw``, JSON text) with
    the error, then skipped so the stream goes on. ``told_at``: when the sellers' digest counted it;
    ``chat_id``: the private chat it came from, if one could be read."""

    __tablename__ = "dead_letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    update_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    asked: Mapped[bool] = mapped_column(Boolean, default=False)  # its sender was asked to resend
    raw: Mapped[str] = mapped_column(Text)
    error: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(index=True)
    told_at: Mapped[datetime | None] = mapped_column(index=True)


# Outbox rows still to send or being sent: a chat's queue (the rest are history, kept for a while).
UNFINISHED_ROWS = "status IN ('pending', 'sending')"


class OutboxItem(Base):
    """A Bot API call to make. Rows of one chat go out strictly in id order."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_pending", "status", "due_at"),
        Index("ix_outbox_chat", "chat_id", "status", "id"),
        # Each chat's queue head in one seek (storage/outbox.py: CHAT_HEADS): only unfinished rows, so
        # the index stays the size of the backlog, not of the history.
        Index(
            "ix_outbox_unfinished",
            "chat_id",
            "id",
            sqlite_where=sql(UNFINISHED_ROWS),
            postgresql_where=sql(UNFINISHED_ROWS),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)  # 0 for calls bound to no chat
    effect: Mapped[dict[str, Any]] = mapped_column(JSON)
    message_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)  # our messages it carries
    role: Mapped[str] = mapped_column(String(16), default="service")
    reply_to_item_id: Mapped[int | None] = mapped_column(Integer)
    context: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    # pending | sending (an at-most-once row being sent) | sent | failed | cancelled
    status: Mapped[str] = mapped_column(String(9), default="pending")
    at_most_once: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    due_at: Mapped[datetime]
    locked_until: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    result: Mapped[list[Any] | None] = mapped_column(JSON)  # Telegram message ids produced
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class Timer(Base):
    """Core work due at a time (album flushes now; follow-ups, reminders, vacation ends later)."""

    __tablename__ = "timers"
    __table_args__ = (
        UniqueConstraint("kind", "key", name="uq_timers_kind_key"),
        Index("ix_timers_due", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    due_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    locked_until: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class KeyValue(Base):
    """Small bits of shop-wide state (e.g. the hash of the command menus last registered)."""

    __tablename__ = "kv"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class ShopText(Base):
    """Texts sellers write, per locale: saved replies (kind ``saved``), policy sections (``policy``),
    the vacation message (``vacation``). ``locale`` is ``""`` for the default variant."""

    __tablename__ = "shop_texts"
    __table_args__ = (UniqueConstraint("kind", "name", "locale", name="uq_shop_texts_kind_name_locale"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(16), default="")
    text: Mapped[str] = mapped_column(Text)
    entities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_by: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[datetime]


class Vacation(Base):
    """A vacation period: auto-responses while it lasts, a summary when it ends."""

    __tablename__ = "vacations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime]
    until: Mapped[datetime | None]  # None: until switched off
    ended_at: Mapped[datetime | None] = mapped_column(index=True)
    started_by: Mapped[int | None] = mapped_column(BigInteger)
    # True while it lasts, NULL once ended: the unique constraint allows one open vacation, even when
    # two sellers (or two instances) switch it on in the same instant. NULLs never collide.
    is_open: Mapped[bool | None] = mapped_column(Boolean, unique=True)


class VacationReply(Base):
    """Which buyer got the auto-response of which vacation (once per period)."""

    __tablename__ = "vacation_replies"
    __table_args__ = (UniqueConstraint("vacation_id", "buyer_id", name="uq_vacation_replies_vacation_buyer"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vacation_id: Mapped[int] = mapped_column(ForeignKey("vacations.id", ondelete="CASCADE"))
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    replied_at: Mapped[datetime]


class Invite(Base):
    """A one-time deep link that makes whoever opens it a seller."""

    __tablename__ = "invites"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_by: Mapped[int | None] = mapped_column(BigInteger)
    used_at: Mapped[datetime | None]


class Order(Base):
    """A marketplace order a buyer is linked to (by deep link ``o_<code>`` or a seller's ``/order``)."""

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | shipped | delivered
    # Created by a buyer opening its link, and no seller has linked it with /order since: such open
    # orders are bounded per buyer (handlers/features/orders/).
    by_link: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime] = mapped_column(index=True)
    shipped_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    followup_sent_at: Mapped[datetime | None]
    followup_answer: Mapped[str | None] = mapped_column(String(16))  # ok | problem
    followup_answered_at: Mapped[datetime | None]


class Consent(Base):
    """Every marketing-consent decision a buyer made, newest last: the latest one is in force.
    ``source``: where it was asked or given (followup, command, unsubscribe-button…); ``wording``: the
    version of the question the buyer saw."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_buyer_id_id", "buyer_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    granted: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(32))
    wording: Mapped[str] = mapped_column(String(16))
    decided_at: Mapped[datetime]


class Coupon(Base):
    __tablename__ = "coupons"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    created_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]


class Nudge(Base):
    """A coupon sent to consenting buyers: at once (``now``: one campaign with a progress message) or
    as a standing rule (``after``: each buyer ``delay_seconds`` after an order is delivered)."""

    __tablename__ = "nudges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))  # now | after
    code: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text)  # as it was when the nudge started
    delay_seconds: Mapped[int | None] = mapped_column(Integer)
    started_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]  # a rule switched off, or a campaign fully reported
    progress_message_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_text: Mapped[str | None] = mapped_column(Text)  # what the progress message says now


class NudgeSend(Base):
    """One buyer's part of a nudge, so a restart resumes without sending anyone the coupon twice."""

    __tablename__ = "nudge_sends"
    __table_args__ = (
        UniqueConstraint("nudge_id", "buyer_id", name="uq_nudge_sends_nudge_buyer"),
        Index("ix_nudge_sends_buyer_status", "buyer_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    nudge_id: Mapped[int] = mapped_column(ForeignKey("nudges.id", ondelete="CASCADE"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    order_id: Mapped[int | None] = mapped_column(Integer)  # the delivery a rule answered
    status: Mapped[str] = mapped_column(String(8))  # pending | sent | failed | skipped
    reason: Mapped[str | None] = mapped_column(String(32))  # why failed or skipped
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime] = mapped_column(index=True)


class CsatRating(Base):
    """A buyer's 1–5 rating of the service in one conversation (handlers/features/csat/): one per
    conversation.
    ``answered_by``: the seller whose answer came last before the question, if known."""

    __tablename__ = "csat_ratings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), unique=True
    )
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    score: Mapped[int] = mapped_column(Integer)
    answered_by: Mapped[int | None] = mapped_column(BigInteger)
    rated_at: Mapped[datetime] = mapped_column(index=True)
