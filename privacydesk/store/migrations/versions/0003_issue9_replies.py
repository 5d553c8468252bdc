"""issue 9: replies — outbox (drafts and at-most-once sending), one-time verification codes, the
customers file, and status suggestions for replies found in the Sent folder.

Revision ID: i9_replies
Revises: 0001
Create Date: 2026-12-07 19:36:37.607422
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import privacydesk.store.models

revision = 'i9_replies'
down_revision = 'i13_records'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=True),
    sa.Column('imported_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('email', name=op.f('uq_customers_email'))
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('template', sa.String(length=100), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('account', sa.String(length=200), nullable=True),
    sa.Column('message_id', sa.String(length=998), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('implied', sa.JSON(), nullable=False),
    sa.Column('auto', sa.Boolean(), nullable=False),
    sa.Column('auto_key', sa.String(length=100), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('claimed_by', sa.String(length=200), nullable=True),
    sa.Column('claimed_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('sent_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('sent_copy', sa.String(length=20), nullable=True),
    sa.Column('sent_copy_error', sa.Text(), nullable=True),
    sa.Column('folder', sa.String(length=1000), nullable=True),
    sa.Column('uid', sa.BigInteger(), nullable=True),
    sa.Column('message_pk', sa.Integer(), nullable=True),
    sa.Column('created_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_outbox_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('auto_key', name=op.f('uq_outbox_auto_key')),
    sa.UniqueConstraint('message_id', name=op.f('uq_outbox_message_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)

    op.create_table('reply_suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('template', sa.String(length=100), nullable=True),
    sa.Column('implied', sa.JSON(), nullable=False),
    sa.Column('created_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided', sa.String(length=12), nullable=True),
    sa.Column('decided_by', sa.String(length=200), nullable=True),
    sa.Column('decided_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_reply_suggestions_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reply_suggestions')),
    sa.UniqueConstraint('message_pk', name=op.f('uq_reply_suggestions_message_pk'))
    )
    with op.batch_alter_table('reply_suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reply_suggestions_request_id'), ['request_id'], unique=False)

    op.create_table('verification_codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('created_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('max_attempts', sa.Integer(), nullable=False),
    sa.Column('used_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', privacydesk.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_verification_codes_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification_codes'))
    )
    with op.batch_alter_table('verification_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verification_codes_request_id'), ['request_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('verification_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verification_codes_request_id'))

    op.drop_table('verification_codes')
    with op.batch_alter_table('reply_suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reply_suggestions_request_id'))

    op.drop_table('reply_suggestions')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state'))
        batch_op.drop_index(batch_op.f('ix_outbox_request_id'))

    op.drop_table('outbox')
    op.drop_table('customers')
