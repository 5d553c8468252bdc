"""Raw mail bytes on disk instead of in memory: temporary spool files outside the data folder.

An import reads every message, parses it, and stores the lot sorted by arrival (so a reply is filed
after the request it answers). Holding the raw bytes of every possible request until then made memory
grow with the input (a 1.4 GB mbox of 5 MB requests peaked at 1.4 GB); a single 300 MB message,
read whole, peaked at 3.2 GB (issue 11). So:

- ``SpoolWriter`` receives a message piece by piece (the mbox splitter writes lines into it): the
  first ``memory_limit`` bytes stay in memory, the rest goes to a spool file;
- ``Spool.keep(data)`` moves bytes already in memory to disk until the store step needs them;
- ``SpooledBytes`` names bytes on disk (a spool file, or the user's own message file — never
  copied, never deleted) and reads them back whole, by pieces, or just the beginning.

Spool files live in one private (0700) temporary folder per ``Spool``, in the system's temporary
directory (never the data folder: they are not data, and a backup must not pick them up); closing
the spool removes the folder. Hazard: the files hold mail content — they are 0600, and a crash
leaves them in the temporary directory until the system cleans it (``privacydesk-spool-*``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

log = logging.getLogger(__name__)

#: Bytes of one message kept in memory while it is read; beyond that it goes to a spool file.
MEMORY_LIMIT = 1024 * 1024
#: Spool files are rolled over at about this size (so one huge file is never needed).
FILE_LIMIT = 256 * 1024 * 1024
READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class SpooledBytes:
    """``length`` bytes at ``offset`` of ``path`` (a spool file or the user's own file)."""

    path: Path
    offset: int
    length: int

    def read(self) -> bytes:
        """All of it, in memory: only for messages small enough to parse (the maximum size)."""
        with self.path.open("rb") as handle:
            handle.seek(self.offset)
            data = handle.read(self.length)
        if len(data) != self.length:
            raise OSError(f"spooled message is shorter than expected ({len(data)} of {self.length} bytes)")
        return data

    def head(self, limit: int) -> bytes:
        with self.path.open("rb") as handle:
            handle.seek(self.offset)
            return handle.read(min(limit, self.length))

    def chunks(self, size: int = READ_CHUNK) -> Iterator[bytes]:
        """The bytes in pieces of at most ``size``: memory stays bounded however large it is."""
        left = self.length
        with self.path.open("rb") as handle:
            handle.seek(self.offset)
            while left > 0:
                piece = handle.read(min(size, left))
                if not piece:
                    raise OSError("spooled message ended early")
                left -= len(piece)
                yield piece


class Spool:
    """A private temporary folder of spool files; ``close()`` (or ``with``) removes it."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="privacydesk-spool-", dir=directory))  # 0700
        self._file: BinaryIO | None = None
        self._path: Path | None = None
        self._size = 0
        self._count = 0

    def _current(self, *, new_item: bool = True) -> tuple[BinaryIO, Path]:
        """The file to append to; a new one only between items (an item is never split)."""
        if self._file is None or self._path is None or (new_item and self._size >= FILE_LIMIT):
            if self._file is not None:
                self._file.close()
            self._count += 1
            path = self.folder / f"spool-{self._count}"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            self._file, self._path, self._size = os.fdopen(fd, "wb"), path, 0
        return self._file, self._path

    def keep(self, data: bytes) -> SpooledBytes:
        """Move ``data`` to disk; read it back later with ``SpooledBytes.read``."""
        handle, path = self._current()
        offset = self._size
        handle.write(data)
        handle.flush()
        self._size += len(data)
        return SpooledBytes(path, offset, len(data))

    def writer(self, memory_limit: int = MEMORY_LIMIT) -> SpoolWriter:
        return SpoolWriter(self, memory_limit)

    def _append(self, data: bytes | bytearray, *, continuing: bool = False) -> tuple[Path, int]:
        handle, path = self._current(new_item=not continuing)
        offset = self._size
        handle.write(data)
        self._size += len(data)
        return path, offset

    def _flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class SpoolWriter:
    """One message written piece by piece: in memory up to ``memory_limit``, then on disk."""

    def __init__(self, spool: Spool, memory_limit: int) -> None:
        self._spool = spool
        self._limit = memory_limit
        self._buffer = bytearray()
        self._start: tuple[Path, int] | None = None
        self.size = 0

    def write(self, data: bytes) -> None:
        self.size += len(data)
        if self._start is None:
            self._buffer += data
            if len(self._buffer) > self._limit:
                # Spool files are only appended to, and one writer is active at a time, so this
                # message's bytes are contiguous from here on.
                self._start = self._spool._append(self._buffer)
                self._buffer = bytearray()
        else:
            self._spool._append(data, continuing=True)

    def drop_last(self, count: int) -> None:
        """Forget the last ``count`` bytes written (the mbox separator's blank line), while they
        are still in memory; on disk they are cut from the length instead."""
        self.size -= count
        if self._start is None:
            del self._buffer[len(self._buffer) - count:]

    def finish(self) -> bytes | SpooledBytes:
        """The message: bytes if it stayed small, else where it is on disk."""
        if self._start is None:
            data = bytes(self._buffer)
            self._buffer = bytearray()
            return data
        self._spool._flush()
        path, offset = self._start
        return SpooledBytes(path, offset, self.size)


__all__ = ["MEMORY_LIMIT", "Spool", "SpoolWriter", "SpooledBytes"]
