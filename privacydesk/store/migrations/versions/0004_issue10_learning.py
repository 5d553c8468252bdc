"""issue 10: the learned model's examples and hashing key

Revision ID: i10_learning
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import privacydesk.store.models

revision = "i10_learning"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learning_examples",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("types", sa.JSON(), nullable=False),
        sa.Column("words", sa.JSON(), nullable=False),
        sa.Column("grams", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", privacydesk.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_examples")),
    )
    with op.batch_alter_table("learning_examples", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learning_examples_message_pk"), ["message_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_learning_examples_created_at"), ["created_at"], unique=False)
    op.create_table(
        "learning_key",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_key")),
    )


def downgrade() -> None:
    op.drop_table("learning_key")
    with op.batch_alter_table("learning_examples", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_examples_created_at"))
        batch_op.drop_index(batch_op.f("ix_learning_examples_message_pk"))
    op.drop_table("learning_examples")
