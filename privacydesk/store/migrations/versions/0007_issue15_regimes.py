"""issue 15: an appeal is linked to the request it contests; follow-ups flagged as likely appeals

Revision ID: i15_regimes
Revises: 0001
Create Date: 2026-12-01 10:00:00

Two nullable columns and their indexes: ``requests.appeal_of_id`` (a plain id like
``audit_events.request_id``, so a retention purge is never blocked) and ``messages.likely_appeal``.
Adding nullable columns and indexes needs no table rebuild on SQLite.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i15_regimes"
down_revision = "i10_learning"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("appeal_of_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_requests_appeal_of_id"), ["appeal_of_id"], unique=False)
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("likely_appeal", sa.Boolean(), nullable=True))
        batch_op.create_index(batch_op.f("ix_messages_likely_appeal"), ["likely_appeal"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_likely_appeal"))
        batch_op.drop_column("likely_appeal")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_requests_appeal_of_id"))
        batch_op.drop_column("appeal_of_id")
