"""issue 12: put back the SQLite triggers that keep the full-text index in step with ``messages``

Revision ID: i12_fts_triggers
Revises: i11_hardening

On SQLite, migration ``i11_hardening`` adds a column to ``messages`` in batch mode, which copies the
table into a new one: the three triggers of ``i12_calendar`` that feed ``message_fts`` went with the
old table. From then on no new message was indexed and "In messages" found nothing (FTS5's integrity
check failed). This re-creates the triggers exactly as ``i12_calendar`` defines them (``IF NOT
EXISTS``: harmless where they survived) and rebuilds the index from the messages. Must run after
every migration that rebuilds ``messages`` in batch mode. PostgreSQL's expression index is unaffected.
"""

from __future__ import annotations

from alembic import op

revision = "i12_fts_triggers"
down_revision = "i11_hardening"
branch_labels = None
depends_on = None

TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS message_fts_after_insert AFTER INSERT ON messages BEGIN
      INSERT INTO message_fts(rowid, subject, sender_name, text)
      VALUES (new.id, new.subject, new.sender_name, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS message_fts_after_delete AFTER DELETE ON messages BEGIN
      INSERT INTO message_fts(message_fts, rowid, subject, sender_name, text)
      VALUES ('delete', old.id, old.subject, old.sender_name, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS message_fts_after_update AFTER UPDATE OF subject, sender_name, text
    ON messages BEGIN
      INSERT INTO message_fts(message_fts, rowid, subject, sender_name, text)
      VALUES ('delete', old.id, old.subject, old.sender_name, old.text);
      INSERT INTO message_fts(rowid, subject, sender_name, text)
      VALUES (new.id, new.subject, new.sender_name, new.text);
    END""",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO message_fts(message_fts) VALUES ('rebuild')")


def downgrade() -> None:
    """Nothing: the triggers belong to ``i12_calendar`` and go with its downgrade."""
