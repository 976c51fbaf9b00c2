"""order links: opened_order_code on buyers, by_link on orders

Revision ID: face5036848c
Revises: 5b1e7d9a2c40
Create Date: 2026-12-03 08:39:52.948874
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "face5036848c"
down_revision: str | Sequence[str] | None = "5b1e7d9a2c40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("buyers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("opened_order_code", sa.String(length=64), nullable=True))

    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("by_link", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("by_link")

    with op.batch_alter_table("buyers", schema=None) as batch_op:
        batch_op.drop_column("opened_order_code")
