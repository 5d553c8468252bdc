"""Backups of the SQLite database, and restoring one.

``backup`` uses SQLite's online backup API in a single step: it reads one consistent snapshot of
the committed database while the window, a sync or an import keeps writing (WAL mode lets writers go
on), so a backup never holds half of a transaction. The copy is written to a temporary private file
(0600), checked (``PRAGMA quick_check``), switched to a self-contained single file and renamed into
place.

``restore`` refuses a file that is not a PrivacyDesk database or that was written by a newer version
(its schema revision is unknown here), keeps a safety copy of the current database, copies the backup
in through the same backup API (other PrivacyDesk processes see the restored content, never a torn
file), migrates it if it is older, and re-anchors the audit trail — an audited event that records the
anchor it replaces, since a restored trail is legitimately shorter than the one this computer saw.

PostgreSQL (team mode) is backed up with the server's own tools: ``pg_dump`` / ``pg_restore``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.engine import make_url

from privacydesk.domain.errors import InvalidInput, NotFound, Refused
from privacydesk.services.audit import AuditService
from privacydesk.services.privatefiles import FileProblem, describe_os_error
from privacydesk.store.db import Database, alembic_config

log = logging.getLogger(__name__)

PG_DUMP_HINT = ("This PrivacyDesk uses a PostgreSQL database server, which is backed up with the "
                "server's own tools: 'pg_dump --format=custom --file=privacydesk.dump DATABASE' to back up "
                "and 'pg_restore --clean --dbname=DATABASE privacydesk.dump' to restore.")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str | None
    requests: int
    events: int
    newest_event: str | None  # ISO time of the newest audit event
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: Path


def _open_for_reading(path: Path) -> sqlite3.Connection:
    """Open a database file without writing to it; a file copied in WAL mode (without its ``-shm``)
    cannot be opened read-only, so fall back to a normal connection, which only reads here."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return conn
    except sqlite3.OperationalError:
        return sqlite3.connect(str(path))


def _known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


class BackupService:
    def __init__(self, db: Database, data_dir: Path, audit: AuditService) -> None:
        self.db = db
        self.data_dir = data_dir
        self.audit = audit

    def _database_file(self) -> Path:
        if not self.db.is_sqlite:
            raise Refused(PG_DUMP_HINT)
        database = make_url(self.db.url).database
        if not database or database == ":memory:":
            raise Refused("This database lives only in memory; there is nothing to back up.")
        return Path(database)

    # -- backup ------------------------------------------------------------------------------------
    def backup(self, target: Path, *, overwrite: bool = False) -> BackupInfo:
        source = self._database_file()
        target = target.expanduser()
        if target.is_dir():
            raise InvalidInput(f"{target} is a folder; give the backup a file name, e.g. {target / 'privacydesk-backup.sqlite3'}")
        if target.exists() and not overwrite:
            raise Refused(f"{target} already exists; choose another name, or confirm replacing it (--yes).")
        if not target.parent.is_dir():
            raise FileProblem(f"{target} cannot be written: the folder {target.parent} does not exist.")
        if target.resolve() == source.resolve():
            raise InvalidInput("a backup cannot replace the database itself; choose another file")
        tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            self._copy(source, tmp, check=True)
            os.replace(tmp, target)
        except OSError as exc:
            raise FileProblem(describe_os_error(exc, target)) from exc
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        info = self.inspect(target)
        log.info("backup written: %d requests, %d audit events", info.requests, info.events)
        return info

    @staticmethod
    def _copy(source: Path, target: Path, *, check: bool) -> None:
        """One consistent snapshot of ``source`` into ``target`` (a new, self-contained file)."""
        src = sqlite3.connect(str(source), timeout=30)
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)  # pages=-1: the whole database in one step, from one read snapshot
                dst.execute("PRAGMA journal_mode=DELETE")
                if check:
                    result = dst.execute("PRAGMA quick_check").fetchone()[0]
                    if result != "ok":
                        raise Refused("The backup copy did not pass SQLite's check; the database may be "
                                      "damaged. Nothing was written.")
                dst.commit()
            finally:
                dst.close()
            with open(target, "rb+") as handle:
                os.fsync(handle.fileno())
        except sqlite3.DatabaseError as exc:
            raise Refused(f"The database could not be copied ({exc}). Nothing was written.") from exc
        finally:
            src.close()

    def inspect(self, path: Path) -> BackupInfo:
        """What a backup file holds; refuses anything that is not a PrivacyDesk database."""
        path = path.expanduser()
        if not path.is_file():
            raise NotFound(f"no backup file {path}")
        try:
            conn = _open_for_reading(path)
        except sqlite3.DatabaseError as exc:
            raise Refused(f"{path} is not a PrivacyDesk backup (not an SQLite database).") from exc
        except sqlite3.Error as exc:
            raise Refused(f"{path} cannot be opened as a PrivacyDesk backup ({exc}).") from exc
        try:
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            except sqlite3.DatabaseError as exc:
                raise Refused(f"{path} is not a PrivacyDesk backup (not an SQLite database).") from exc
            if "alembic_version" not in tables or "requests" not in tables:
                raise Refused(f"{path} is not a PrivacyDesk backup (it has no PrivacyDesk tables).")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            requests = conn.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
            events, newest = conn.execute("SELECT COUNT(*), MAX(at) FROM audit_events").fetchone()
        finally:
            conn.close()
        return BackupInfo(path, revision, int(requests), int(events),
                          str(newest)[:16] if newest else None, path.stat().st_size)

    # -- restore -----------------------------------------------------------------------------------
    def check_restorable(self, path: Path) -> BackupInfo:
        self._database_file()
        info = self.inspect(path)
        if info.revision is None or not _known_revision(info.revision):
            raise Refused(f"{path} was made by a newer version of PrivacyDesk (schema {info.revision}). Nothing "
                          "was changed. Install that version to restore it.")
        conn = _open_for_reading(path.expanduser())
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise Refused(f"{path} is damaged (it fails SQLite's check). Nothing was changed.")
        finally:
            conn.close()
        return info

    def current(self) -> BackupInfo:
        return self.inspect(self._database_file())

    def restore(self, path: Path, actor: str) -> RestoreResult:
        """Replace the database with the backup at ``path`` (the caller has confirmed)."""
        info = self.check_restorable(path)
        live = self._database_file()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = self.data_dir / f"privacydesk-before-restore-{stamp}.sqlite3"
        self.backup(safety)
        self.db.dispose()
        source = _open_for_reading(path.expanduser())
        try:
            target = sqlite3.connect(str(live), timeout=30)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=WAL")
            finally:
                target.close()
        except sqlite3.Error as exc:
            raise Refused(f"The backup could not be restored ({exc}). The database before it is kept as "
                          f"{safety}.") from exc
        finally:
            source.close()
        self.db.migrate()
        self.audit.reanchor(actor, "database_restored", {
            "schema": info.revision, "requests": info.requests, "events_in_backup": info.events,
        }, detail=f"restored from the backup {path.name}; the database before it is kept as {safety.name}")
        log.info("database restored from a backup (%d requests)", info.requests)
        return RestoreResult(info, safety)
