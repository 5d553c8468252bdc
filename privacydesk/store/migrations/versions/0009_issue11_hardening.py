"""issue 11: request flags and messages' uncertain received dates; raw bytes of oversized messages in chunks

Revision ID: i11_hardening
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i11_hardening"
down_revision = "i12_calendar"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("flags", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("received_uncertain", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_table(
        "message_raw_chunks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["message_pk"], ["messages.id"],
                                name=op.f("fk_message_raw_chunks_message_pk_messages"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_raw_chunks")),
        sa.UniqueConstraint("message_pk", "seq", name="uq_message_raw_chunks_message_seq"),
    )
    op.create_index(op.f("ix_message_raw_chunks_message_pk"), "message_raw_chunks", ["message_pk"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_message_raw_chunks_message_pk"), table_name="message_raw_chunks")
    op.drop_table("message_raw_chunks")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("received_uncertain")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("flags")
