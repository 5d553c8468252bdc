"""The database: migrations, safety settings, refusing foreign or newer databases (issue 2)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from privacydesk.store.db import Database, DatabaseTooNew, StorageError
from privacydesk.store.models import Base, is_modelled


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_migrations_from_empty_create_the_whole_schema(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "pd.sqlite3"))
    db.migrate()
    tables = set(inspect(db.engine).get_table_names())
    assert {"requests", "requesters", "messages", "audit_events", "accounts", "folder_states"} <= tables
    assert db.schema_revision() is not None
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": is_modelled}),
                                Base.metadata)
    assert diff == [], f"models and migrations disagree; write a migration: {diff}"
    db.migrate()  # idempotent
    db.dispose()


def test_database_file_is_private_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "pd.sqlite3"
    db = Database(sqlite_url(path))
    db.migrate()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as session:
        session.execute(text("INSERT INTO notes (request_id, created_at, author, text) "
                             "VALUES (999, '2026-01-01 00:00:00', 'x', 'y')"))
    db.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "pd.sqlite3"
    db = Database(sqlite_url(path))
    db.migrate()
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    db = Database(sqlite_url(path))
    with pytest.raises(DatabaseTooNew, match="newer version of PrivacyDesk"):
        db.migrate()
    db.dispose()
    assert _digest(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_from_the_future"
    conn.close()


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    db = Database(sqlite_url(path))
    with pytest.raises(StorageError, match="not created by PrivacyDesk"):
        db.migrate()
    db.dispose()
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["invoices"]
    conn.close()


def test_a_file_that_is_not_a_database_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    db = Database(sqlite_url(path))
    with pytest.raises(StorageError, match="not a readable PrivacyDesk database"):
        db.migrate()
    db.dispose()
