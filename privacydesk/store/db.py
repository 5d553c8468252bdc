"""Opening the database: engine, SQLite safety settings, migrations, units of work.

SQLite (the default) runs in WAL mode with foreign keys on and ``synchronous=FULL``: a crash or a
``kill -9`` at any moment leaves the last committed state, never a half-written one. Write sessions
start with ``BEGIN IMMEDIATE`` so two processes (the window and ``privacydesk watch``) queue for the
write lock instead of failing half-way. The file is created with mode 0600.

Migrations (Alembic) run automatically on open. A database stamped by a *newer* PrivacyDesk is
refused with ``DatabaseTooNew`` and left untouched.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from privacydesk.domain.errors import StorageProblem
from privacydesk.store import search_keys

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_WRITE_OPTION = "privacydesk_write"


class StorageError(StorageProblem, RuntimeError):
    """The database cannot be used; the message says what to do."""


class DatabaseTooNew(StorageError):
    pass


def alembic_config(connection: Any = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _prepare_sqlite_file(url: str) -> None:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        # Create it ourselves so it is private from the first byte (SQLite would use the umask).
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see "begin").
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database: an engine plus read and write units of work."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        if self.is_sqlite:
            _prepare_sqlite_file(url)
            self.engine = create_engine(url, connect_args={"timeout": 15})
            _install_sqlite_hooks(self.engine)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        self._write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(self._write_engine, expire_on_commit=False)
        search_keys.install(self._write_factory)  # every write keeps the requests' search keys

    # -- schema ------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to the newest version; refuse a database from a newer PrivacyDesk."""
        try:
            with self.engine.begin() as conn:
                self._check_version(conn)
                command.upgrade(alembic_config(conn), "head")
        except StorageError:
            raise
        except DBAPIError as exc:
            raise StorageError(describe_db_error(exc, self.url)) from exc

    def _check_version(self, conn: Any) -> None:
        current = MigrationContext.configure(conn).get_current_heads()
        script = ScriptDirectory.from_config(alembic_config())
        for revision in current:
            try:
                known = script.get_revision(revision)
            except CommandError:
                known = None
            if known is None:
                raise DatabaseTooNew(
                    f"This database was written by a newer version of PrivacyDesk (schema {revision}). "
                    "It has not been changed. Install the newer PrivacyDesk to open it, or choose "
                    "another data folder with --data-dir."
                )
        if not current:
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
            if tables:
                raise StorageError(
                    "This database was not created by PrivacyDesk (it has tables but no PrivacyDesk "
                    "schema version). It has not been changed; choose another data folder or database."
                )

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            heads = MigrationContext.configure(conn).get_current_heads()
        return heads[0] if heads else None

    # -- units of work -----------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_factory() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception."""
        with self._write_factory() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def describe_db_error(exc: BaseException, url: str) -> str:
    """Turn a driver error into words a non-engineer can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    where = make_url(url).render_as_string(hide_password=True)
    if "disk is full" in text or "no space" in text:
        return ("The disk is full, so the change was not saved (nothing was half-written). "
                "Free some disk space and try again.")
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return (f"The database at {where} is read-only for this user. Check the folder's permissions "
                "or choose another data folder with --data-dir.")
    if "database is locked" in text or "busy" in text:
        return ("The database is busy in another PrivacyDesk window or command. Wait a moment and "
                "try again.")
    if "not a database" in text or "malformed" in text:
        return (f"The file at {where} is not a readable PrivacyDesk database (it may be damaged). "
                "Restore it from a backup or choose another data folder.")
    if "could not connect" in text or "connection refused" in text:
        return f"Cannot reach the database server at {where}. Check that it is running and the URL is right."
    return f"Database error at {where}: {getattr(exc, 'orig', exc)}"
