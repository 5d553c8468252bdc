"""Driver and OS errors become one plain-words StorageError each (issue 11): the words a person reads
when the disk is full, the folder is read-only, permission is denied, the file is damaged."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from privacydesk.store import db


def driver_error(text: str) -> OperationalError:
    return OperationalError("INSERT INTO messages (subject) VALUES (?)", ("Jane's request",), sqlite3.OperationalError(text))


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("database or disk is full", db.DiskFull, "disk is full"),
    ("attempt to write a readonly database", db.ReadOnlyStorage, "read-only"),
    ("file is not a database", db.DatabaseDamaged, "not a readable PrivacyDesk database"),
    ("database disk image is malformed", db.DatabaseDamaged, "damaged"),
    ("database is locked", db.DatabaseBusy, "busy"),
    ("unable to open database file", db.StorageError, "cannot be opened"),
    ("disk I/O error", db.StorageError, "disk reported an error"),
])
def test_driver_errors_get_plain_words(text: str, kind: type[db.StorageError], words: str) -> None:
    found = db.storage_error(driver_error(text), "sqlite:////data/privacydesk.sqlite3")
    assert isinstance(found, kind) and words in str(found)
    assert "Jane" not in str(found) and "INSERT" not in str(found)


@pytest.mark.parametrize(("code", "kind", "words"), [
    (errno.ENOSPC, db.DiskFull, "disk is full"),
    (errno.EDQUOT, db.DiskFull, "disk is full"),
    (errno.EROFS, db.ReadOnlyStorage, "read-only disk"),
    (errno.EACCES, db.StoragePermissionDenied, "Permission denied"),
    (errno.ENOENT, db.DataDirMissing, "missing"),
])
def test_os_errors_get_plain_words(code: int, kind: type[db.StorageError], words: str) -> None:
    found = db.storage_error(OSError(code, "os words", "/home/jane/file"))
    assert isinstance(found, kind) and words in str(found) and "jane" not in str(found)


def test_an_os_error_under_a_driver_error_is_found() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("while writing") from inner
    except RuntimeError as outer:
        assert isinstance(db.storage_error(outer), db.DiskFull)


def test_bugs_and_races_are_not_storage_failures() -> None:
    assert db.storage_error(IntegrityError("stmt", {}, sqlite3.IntegrityError("UNIQUE constraint failed"))) is None
    assert db.storage_error(KeyError("x")) is None
    assert db.storage_error(OSError(errno.EINVAL, "invalid")) is None
