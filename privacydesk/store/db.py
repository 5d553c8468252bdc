"""Opening the database: engine, SQLite safety settings, migrations, units of work.

SQLite (the default) runs in WAL mode with foreign keys on and ``synchronous=FULL``: a crash or a
``kill -9`` at any moment leaves the last committed state, never a half-written one. Write sessions
start with ``BEGIN IMMEDIATE`` so two processes (the window and ``privacydesk watch``) queue for the
write lock instead of failing half-way. The file is created with mode 0600.

Migrations (Alembic) run automatically on open. A database stamped by a *newer* PrivacyDesk is
refused with ``DatabaseTooNew`` and left untouched.

Bad days (issue 11): every driver error a person can meet — a full disk, a read-only or missing
folder, permission denied, a damaged or empty file — leaves a unit of work as a ``StorageError``
subclass whose message says what to do (``storage_error``); the window and the CLI show it as it is.
The engines run with ``hide_parameters=True``, so a failed statement's text never carries the
values (names, addresses, mail text) into a log or a traceback. A database file of 0 bytes is
refused, never silently recreated as an empty database (it is what a failed copy or a full disk
leaves behind). A data folder that cannot be written to (an archived copy, a read-only mount) is
opened read-only: lists and reports work, changes are refused in plain words.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
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
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from privacydesk.domain.errors import StorageProblem
from privacydesk.store import search_keys

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_WRITE_OPTION = "privacydesk_write"


class StorageError(StorageProblem, RuntimeError):
    """The database cannot be used; the message says what to do."""


class DatabaseTooNew(StorageError):
    """Written by a newer PrivacyDesk: refused, left untouched."""


class DiskFull(StorageError):
    """No space left: the change was rolled back whole."""


class ReadOnlyStorage(StorageError):
    """The folder or the database file cannot be written (read-only copy, mount or permissions)."""


class StoragePermissionDenied(StorageError):
    """This user may not read the folder or the database file."""


class DataDirMissing(StorageError):
    """The data folder (or the folder it should be in) does not exist."""


class DatabaseDamaged(StorageError):
    """The file is not a readable SQLite database."""


class DatabaseEmpty(DatabaseDamaged):
    """The database file has 0 bytes: never silently treated as a new, empty database."""


class DatabaseBusy(StorageError):
    """Another PrivacyDesk holds the write lock for too long."""


class DatabaseUnreachable(StorageError):
    """The database server cannot be reached."""


def alembic_config(connection: Any = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _sqlite_path(url: str) -> Path | None:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _prepare_sqlite_file(path: Path) -> bool:
    """Make sure ``path`` is a usable database file; returns True when it must be opened read-only.

    A new database is created private (0600) and initialised under a temporary name, then renamed
    into place: so a file of 0 bytes at ``path`` was never written by us, and is refused.
    """
    folder = path.parent
    try:
        if not folder.is_dir():
            if not folder.parent.is_dir():
                raise DataDirMissing(
                    f"The data folder {folder} does not exist, and neither does {folder.parent}. If it is on "
                    "a removable drive or a network share, connect it; otherwise check the path "
                    "(--data-dir or PRIVACYDESK_DATA_DIR).")
            folder.mkdir(mode=0o700)
        if path.exists():
            size = path.stat().st_size
            if size == 0:
                raise DatabaseEmpty(
                    f"The database file {path} is empty (0 bytes): it was probably cut short by a failed "
                    "copy or a full disk. Nothing was changed. Restore it from a backup; if you really "
                    "want to start again with no data, move the empty file away first.")
            if not (os.access(path, os.W_OK) and os.access(folder, os.W_OK)):
                if not os.access(path, os.R_OK):
                    raise StoragePermissionDenied(
                        f"This user may not read the database {path}. Check its permissions, or run "
                        "PrivacyDesk as the user who owns it.")
                return True
            _private(path)
            return False
        if not os.access(folder, os.W_OK):
            raise ReadOnlyStorage(
                f"The data folder {folder} is read-only, so no database can be created in it. Choose "
                "another data folder with --data-dir.")
        tmp = folder / f".{path.name}.new-{os.getpid()}"
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        try:
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode=WAL")  # writes the header: the file is never empty
            finally:
                conn.close()
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
    except OSError as exc:
        raise os_storage_error(exc, folder) from exc
    except sqlite3.Error as exc:
        raise storage_error(exc, f"sqlite:///{path}") or StorageError(
            f"The database {path} could not be created ({exc}).") from exc
    return False


def _private(path: Path) -> None:
    """Owner-only (0600) for a file we own; a copy owned by someone else is left alone."""
    try:
        info = path.stat()
        if info.st_uid == os.geteuid() and info.st_mode & 0o077:
            os.chmod(path, 0o600)
    except OSError:
        pass


def _install_sqlite_hooks(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see "begin").
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if not read_only:
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
        #: True for a database in a folder this user cannot write (an archived copy): reads only.
        self.read_only = False
        path = _sqlite_path(url) if self.is_sqlite else None
        if path is not None:
            self.read_only = _prepare_sqlite_file(path)
        if self.read_only and path is not None:
            self.engine = _read_only_engine(path)
        elif self.is_sqlite:
            self.engine = create_engine(url, connect_args={"timeout": 15}, hide_parameters=True)
            _install_sqlite_hooks(self.engine)
        else:
            self.engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        self._write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(self._write_engine, expire_on_commit=False)
        search_keys.install(self._write_factory)  # every write keeps the requests' search keys

    # -- schema ------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to the newest version; refuse a database from a newer PrivacyDesk."""
        try:
            with self.engine.connect() as conn:
                # SQLite rebuilds a table to alter it (batch mode): with foreign keys on, dropping the
                # old ``requests`` would cascade and delete every note, pause, milestone … of every
                # request. Off for the migration (only possible outside a transaction), checked after.
                fk_off = self.is_sqlite and not self.read_only
                if fk_off:
                    conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
                try:
                    with conn.begin():
                        self._check_version(conn)
                        if self.read_only:
                            self._check_current(conn)
                            return
                        before = set(MigrationContext.configure(conn).get_current_heads())
                        command.upgrade(alembic_config(conn), "head")
                        migrated = set(MigrationContext.configure(conn).get_current_heads()) != before
                        # Checked only when a migration ran: a link broken by other means (a row
                        # deleted behind PrivacyDesk's back) is the audit check's to name, and must
                        # not stop the data from opening.
                        if fk_off and migrated and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                            raise StorageError("Updating the database to this version of PrivacyDesk left "
                                               "records that point nowhere, so nothing was changed. Keep the "
                                               "data folder as it is and ask for help.")
                finally:
                    if fk_off:
                        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
        except StorageError:
            raise
        except DBAPIError as exc:
            raise (storage_error(exc, self.url)
                   or StorageError(describe_db_error(exc, self.url))) from exc

    def _check_current(self, conn: Any) -> None:
        """A read-only database can only be opened at the newest schema (it cannot be upgraded)."""
        current = set(MigrationContext.configure(conn).get_current_heads())
        heads = set(ScriptDirectory.from_config(alembic_config()).get_heads())
        if current != heads:
            raise ReadOnlyStorage(
                "This data folder is read-only and its database was written by an older PrivacyDesk, "
                "which this version would have to upgrade. Copy the folder somewhere you can write to "
                "and open the copy (--data-dir).")

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
        try:
            with self._read_factory() as session:
                yield session
        except DBAPIError as exc:
            raise self._translated(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception.

        A storage failure (full disk, read-only, damaged file …) leaves as a ``StorageError``
        subclass with plain words; other database errors (constraint violations: bugs or races
        the caller handles) leave unchanged.
        """
        if self.read_only:
            raise ReadOnlyStorage(_read_only_words(self.url))
        try:
            with self._write_factory() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise self._translated(exc) from exc

    def _translated(self, exc: DBAPIError) -> BaseException:
        return storage_error(exc, self.url) or exc

    def dispose(self) -> None:
        self.engine.dispose()


def _read_only_engine(path: Path) -> Engine:
    """An engine that never writes: ``mode=ro``; if SQLite cannot even create its shared-memory
    file next to a WAL database (a read-only folder), ``immutable=1`` as well (no locks, nothing
    written; the copy is assumed not to change while it is open)."""
    for query in ("mode=ro", "mode=ro&immutable=1"):
        uri = f"file:{path.as_posix()}?{query}"
        engine = create_engine("sqlite://", creator=_connector(uri), hide_parameters=True)
        _install_sqlite_hooks(engine, read_only=True)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            return engine
        except DBAPIError as exc:
            engine.dispose()
            translated = storage_error(exc, f"sqlite:///{path}")
            if isinstance(translated, DatabaseDamaged):
                raise translated from exc
            log.debug("read-only open with %s failed; trying the next way", query)
    raise ReadOnlyStorage(f"The database {path} is in a read-only folder and could not be opened for "
                          "reading. Copy the folder somewhere you can write to and open the copy.")


def _connector(uri: str) -> Any:
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=15, check_same_thread=False)
    return connect


def _read_only_words(url: str) -> str:
    where = make_url(url).render_as_string(hide_password=True).removeprefix("sqlite:///")
    return (f"This data folder is read-only ({where}), so nothing can be changed in it: you can list "
            "and read requests, not change them. To work on it, copy the folder somewhere you can write "
            "to and open the copy with --data-dir.")


_DISK_FULL = ("database or disk is full", "disk is full", "no space left", "disk quota")
_READ_ONLY = ("readonly database", "read-only", "readonly", "read only file system")
_PERMISSION = ("permission denied", "access denied")
_DAMAGED = ("file is not a database", "not a database", "malformed", "file is encrypted")
_CANNOT_OPEN = ("unable to open database file",)
_BUSY = ("database is locked", "database table is locked", "database is busy")
_UNREACHABLE = ("could not connect", "connection refused", "could not translate host name",
                "server closed the connection", "connection timed out", "no route to host")


def storage_error(exc: BaseException, url: str | None = None) -> StorageError | None:
    """The plain-words ``StorageError`` for a driver or OS error a person can meet, or None.

    Looks at the error itself and every error it was raised from (a disk-full ``OSError`` can hide
    under a driver error). Constraint violations are not storage failures: None.
    """
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, IntegrityError):
        return None
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and not isinstance(current, sqlite3.Error):
            found = _os_kind(current, None)
            if found is not None:
                return found
        if isinstance(current, DBAPIError | sqlite3.Error) or type(current).__module__.startswith("psycopg"):
            found = _classify_db_text(current, url)
            if found is not None:
                return found
        current = current.__cause__ or current.__context__
    return None


def _classify_db_text(exc: BaseException, url: str | None) -> StorageError | None:
    text = str(getattr(exc, "orig", exc)).lower().split("\n", 1)[0]
    where = make_url(url).render_as_string(hide_password=True) if url else "the database"
    if any(k in text for k in _DISK_FULL):
        return DiskFull(describe_db_error(exc, url or ""))
    if any(k in text for k in _READ_ONLY):
        return ReadOnlyStorage(describe_db_error(exc, url or ""))
    if any(k in text for k in _PERMISSION):
        return StoragePermissionDenied(
            f"This user may not read or write the database at {where}. Check the permissions of the data "
            "folder and its files, or run PrivacyDesk as the user who owns them.")
    if any(k in text for k in _DAMAGED):
        return DatabaseDamaged(describe_db_error(exc, url or ""))
    if any(k in text for k in _CANNOT_OPEN):
        return StorageError(
            f"The database at {where} cannot be opened: its folder may be missing, read-only or not "
            "accessible to this user. Check the folder, or choose another one with --data-dir.")
    if any(k in text for k in _BUSY):
        return DatabaseBusy(describe_db_error(exc, url or ""))
    if any(k in text for k in _UNREACHABLE):
        return DatabaseUnreachable(describe_db_error(exc, url or ""))
    if "disk i/o error" in text:
        return StorageError(
            "The disk reported an error while saving, so the change was not saved (nothing was half-"
            "written). The disk may be full, failing or disconnected: check it and try again.")
    return None


def os_storage_error(exc: OSError, where: Path | None) -> StorageError:
    """Plain words for a file-system error met while using the data folder."""
    return _os_kind(exc, where) or StorageError(
        f"The data folder cannot be used{_place(where)}: {exc.strerror or type(exc).__name__}.")


def _place(where: Path | None) -> str:
    return f" ({where})" if where is not None else ""


def _os_kind(exc: OSError, where: Path | None) -> StorageError | None:
    """The kinds of file-system trouble a person can fix: full, read-only, permission, missing."""
    place = _place(where)
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull("The disk is full, so the change was not saved (nothing was half-written). Free "
                        "some disk space and try again.")
    if code == errno.EROFS:
        return ReadOnlyStorage(f"The data folder is on a read-only disk{place}. Choose another data folder "
                               "with --data-dir, or copy it somewhere you can write to.")
    if code in (errno.EACCES, errno.EPERM):
        return StoragePermissionDenied(
            f"Permission denied{place}: this user may not use the data folder or a file in it. Check its "
            "permissions, or run PrivacyDesk as the user who owns it.")
    if code == errno.ENOENT:
        return DataDirMissing(f"A folder or file PrivacyDesk needs is missing{place}. If the data folder is "
                              "on a removable drive or a network share, connect it; otherwise check the "
                              "path (--data-dir).")
    return None


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
