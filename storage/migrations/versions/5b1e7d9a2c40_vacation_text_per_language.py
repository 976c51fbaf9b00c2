"""vacation text per language

The vacation message used to have a default variant (locale ``""``) that went to buyers in every
language without one of their own, so an English buyer got the seller's Russian text. Now each text
belongs to one language and everybody else gets the bot's standard text in their language. A default
text becomes the text of the language of the seller who wrote it (else of the first seller); where that
language already has a text, or there is no seller at all, the default is dropped.

Revision ID: 5b1e7d9a2c40
Revises: 6c082f18fee7
Create Date: 2026-12-02 22:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b1e7d9a2c40"
down_revision: str | Sequence[str] | None = "6c082f18fee7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXTS = sa.table(
    "shop_texts",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("name", sa.String),
    sa.column("locale", sa.String),
    sa.column("updated_by", sa.BigInteger),
)
_SELLERS = sa.table(
    "sellers",
    sa.column("telegram_id", sa.BigInteger),
    sa.column("language", sa.String),
    sa.column("added_at"),
)
_VACATION = sa.and_(_TEXTS.c.kind == "vacation", _TEXTS.c.name == "message")


def upgrade() -> None:
    conn = op.get_bind()
    defaults = conn.execute(
        sa.select(_TEXTS.c.id, _TEXTS.c.updated_by).where(_VACATION, _TEXTS.c.locale == "")
    )
    for row_id, updated_by in defaults.all():
        language = (
            conn.execute(sa.select(_SELLERS.c.language).where(_SELLERS.c.telegram_id == updated_by)).scalar()
            or conn.execute(sa.select(_SELLERS.c.language).order_by(_SELLERS.c.added_at).limit(1)).scalar()
        )
        taken = (
            language is None
            or conn.execute(sa.select(_TEXTS.c.id).where(_VACATION, _TEXTS.c.locale == language)).first()
        )
        if taken:
            conn.execute(sa.delete(_TEXTS).where(_TEXTS.c.id == row_id))
        else:
            conn.execute(sa.update(_TEXTS).where(_TEXTS.c.id == row_id).values(locale=language))


def downgrade() -> None:
    pass  # each text keeps its language: the old code reads it as that language's variant
