"""Files that hold personal data, written readable by the user only (0600; folders 0700).

Every file PrivacyDesk writes outside the database for records — exports, case files, backups, the
audit anchor — goes through here. ``os.open(..., 0o600)`` gives 0600 whatever the umask (a umask
only removes bits); an existing file being replaced gets a fresh private file, never the old mode.
Writes go to a temporary file in the same folder and are renamed into place, so a full disk or a crash
leaves the previous file (or none), never half of one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from privacydesk.domain.errors import StorageProblem

FILE_MODE = 0o600
DIR_MODE = 0o700


class FileProblem(StorageProblem):
    """A file or folder could not be written; the message says which and why, in plain words."""


def describe_os_error(exc: OSError, path: Path) -> str:
    if exc.errno is not None and exc.errno in (28,):  # ENOSPC
        return f"The disk is full, so {path} was not written (nothing was half-written). Free some space and try again."
    if isinstance(exc, PermissionError):
        return f"{path} cannot be written: permission denied. Choose another place."
    if isinstance(exc, IsADirectoryError):
        return f"{path} is a folder; give a file name."
    if isinstance(exc, NotADirectoryError | FileNotFoundError):
        return f"{path} cannot be written: its folder does not exist."
    return f"{path} cannot be written: {exc.strerror or exc}."


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as a private folder; an existing folder is left as is
    unless it is the one we create."""
    try:
        existed = path.exists()
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        if not existed:
            os.chmod(path, DIR_MODE)
    except OSError as exc:
        raise FileProblem(describe_os_error(exc, path)) from exc
    return path


@contextlib.contextmanager
def private_writer(path: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Write ``path`` atomically as a private file (``mode`` "wb" only; wrap for text)."""
    folder = path.parent
    if not folder.exists():
        raise FileProblem(f"{path} cannot be written: the folder {folder} does not exist.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise FileProblem(describe_os_error(exc, path)) from exc
    tmp = Path(tmp_name)
    try:
        if hasattr(os, "fchmod"):  # mkstemp already makes it 0600 on POSIX; be explicit anyway
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise FileProblem(describe_os_error(exc, path)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_private_bytes(path: Path, data: bytes) -> None:
    with private_writer(path) as handle:
        handle.write(data)


def write_private_text(path: Path, text: str) -> None:
    write_private_bytes(path, text.encode("utf-8"))


def is_private(path: Path) -> bool:
    """True when no one but the owner can read or write ``path``."""
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
