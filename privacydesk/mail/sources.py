"""Read messages from files: single message files, mbox files, Maildir folders, plain folders.

``iter_sources`` turns the paths a person hands to ``privacydesk import`` into a stream of
``SourceMessage`` (raw bytes + a stable origin label + when it reached the mailbox) and
``SourceFailure`` items. It never raises for one bad file: an unreadable file, a PNG, or a text
file without mail headers becomes a failure item with a plain-words reason, and the import goes
on. Bytes that look like mail but are broken are passed on as messages: the parser decides
(and keeps them raw, flagged for a person, if it cannot understand them).

Formats are recognised by content, not by extension: a file whose first line is an mbox
``From `` line with a date is an mbox; a file that starts with mail header lines is one message.
A folder with ``cur``/``new`` subfolders is a Maildir (``tmp`` holds deliveries in progress and
is skipped). Other folders are searched recursively.

The received time follows deadlines principle 1: the mbox ``From `` line date, or the Maildir
delivery time (the leading Unix timestamp of the file name, else the file's mtime). mbox dates
carry no zone; they are read in ``naive_tz`` (pass the company's time zone).

Memory (issue 11): mbox files are split while streaming, and with a ``Spool`` a message larger than
``spool.MEMORY_LIMIT`` never sits in memory whole: the splitter writes it to a spool file, and a
large single-message file is simply pointed to (``SpooledBytes``), so reading a mailbox with a
120 MB message costs a few megabytes. Without a spool (re-reading one message) everything is bytes.

Hazards: folder walks do not follow directory symlinks (loops); origins contain file paths, which
may name people, so they are not logged above DEBUG.
"""

from __future__ import annotations

import errno
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from email.utils import parsedate_to_datetime
from pathlib import Path

from privacydesk.mail.spool import MEMORY_LIMIT, Spool, SpooledBytes

log = logging.getLogger(__name__)

#: A message larger than this is refused (no real message is; a disk image might be). Anything
#: smaller is kept, if need be raw-only (the maximum message size setting decides what is parsed).
MAX_MESSAGE_BYTES = 1024 * 1024 * 1024
_SNIFF_BYTES = 64 * 1024

# mbox separator: "From " + sender + an asctime-like date (a time of day is always there).
_FROM_LINE = re.compile(rb"^From \S*[ \t]+\S.*\d{1,2}:\d\d")
_LEADING_BLANK_LINES = re.compile(rb"\A(?:[ \t]*(?:\r\n|\n|\r))+")
_ESCAPED_FROM = re.compile(rb"^>+From ")
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,100}:")
_MAILDIR_TIME = re.compile(r"^(\d{9,11})(?:[._]|$)")
_KNOWN_HEADERS = (
    b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"received", b"return-path",
    b"sender", b"reply-to", b"mime-version", b"content-type", b"delivered-to", b"x-mailer",
    b"in-reply-to", b"references", b"envelope-to", b"x-original-to", b"list-id",
)
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an Outlook .msg or old Office file (save the message as .eml instead)"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3", "a database file"),
)


@dataclass(frozen=True)
class SourceMessage:
    """One message read from a file: raw bytes exactly as stored (mbox escapes undone), in memory
    or — with a spool, for a large message — on disk (``SpooledBytes``)."""

    raw: bytes | SpooledBytes
    origin: str  # "path", or "path#3" for the 3rd message of an mbox
    received: datetime | None  # timezone-aware when known

    @property
    def size(self) -> int:
        return len(self.raw) if isinstance(self.raw, bytes) else self.raw.length

    def data(self) -> bytes:
        """The whole message in memory (read back from disk if it was spooled)."""
        return self.raw if isinstance(self.raw, bytes) else self.raw.read()


@dataclass(frozen=True)
class SourceFailure:
    """A path that gave no message. ``skipped`` marks files met while searching a folder that
    are simply not mail (a README, a picture): report them, but they are not errors."""

    origin: str
    error: str
    skipped: bool = False


SourceItem = SourceMessage | SourceFailure


def iter_sources(paths: Iterable[Path], *, naive_tz: tzinfo = UTC,
                 spool: Spool | None = None) -> Iterator[SourceItem]:
    """Every message (or failure) found under ``paths``, in a stable order. Never raises
    for a bad file; ``naive_tz`` is the zone of mbox ``From `` line dates (they have none).
    With ``spool``, large messages are handed over on disk (see the module docstring)."""
    seen_dirs: set[str] = set()
    for path in paths:
        path = Path(path)
        try:
            if path.is_dir():
                yield from _iter_dir(path, naive_tz, seen_dirs, spool)
            elif path.exists():
                yield from _iter_file(path, naive_tz, spool, in_folder=False)
            else:
                yield SourceFailure(str(path), "file not found")
        except OSError as exc:
            yield SourceFailure(str(path), _os_error(exc))


# -- folders ----------------------------------------------------------------------------------

def is_maildir(path: Path) -> bool:
    """A Maildir has ``cur`` and ``new`` subfolders (``tmp`` too, but some tools omit it)."""
    try:
        return (path / "cur").is_dir() and (path / "new").is_dir()
    except OSError:
        return False


def _iter_dir(path: Path, tz: tzinfo, seen: set[str], spool: Spool | None) -> Iterator[SourceItem]:
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        real = str(path)
    if real in seen:
        return
    seen.add(real)
    if is_maildir(path):
        yield from _iter_maildir(path, seen, spool)
        return
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as exc:
        yield SourceFailure(str(path), _os_error(exc))
        return
    for entry in entries:
        child = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                if entry.name.startswith(".") and not is_maildir(child):
                    continue  # .git, .Trash ... (Maildir++ subfolders like ".Sent" are kept)
                yield from _iter_dir(child, tz, seen, spool)
            elif entry.is_file():
                if entry.name.startswith("."):
                    continue  # .DS_Store and friends
                yield from _iter_file(child, tz, spool, in_folder=True)
        except OSError as exc:
            yield SourceFailure(str(child), _os_error(exc))


def _iter_maildir(path: Path, seen: set[str], spool: Spool | None) -> Iterator[SourceItem]:
    """Messages in ``new`` then ``cur`` (by name: delivery order), then Maildir++ subfolders."""
    for sub in ("new", "cur"):
        folder = path / sub
        try:
            names = sorted(e.name for e in os.scandir(folder) if not e.name.startswith("."))
        except OSError as exc:
            yield SourceFailure(str(folder), _os_error(exc))
            continue
        for name in names:
            file = folder / name
            try:
                if not file.is_file():
                    continue
                yield _read_single(file, _maildir_received(file), spool, in_folder=True)
            except OSError as exc:
                yield SourceFailure(str(file), _os_error(exc))
    try:
        subfolders = sorted(e.name for e in os.scandir(path)
                            if e.name.startswith(".") and e.is_dir(follow_symlinks=False))
    except OSError:
        subfolders = []
    for name in subfolders:
        sub_path = path / name
        if is_maildir(sub_path) and os.path.realpath(sub_path) not in seen:
            seen.add(os.path.realpath(sub_path))
            yield from _iter_maildir(sub_path, seen, spool)


def _in_maildir(file: Path) -> bool:
    return file.parent.name in ("cur", "new") and is_maildir(file.parent.parent)


def _maildir_received(file: Path) -> datetime | None:
    """Delivery time: the file name's leading Unix timestamp, else the file's mtime."""
    match = _MAILDIR_TIME.match(file.name)
    if match:
        try:
            return datetime.fromtimestamp(int(match.group(1)), UTC)
        except (OverflowError, OSError, ValueError):
            pass
    try:
        return datetime.fromtimestamp(file.stat().st_mtime, UTC)
    except (OSError, OverflowError, ValueError):
        return None


# -- files ------------------------------------------------------------------------------------

def _iter_file(path: Path, tz: tzinfo, spool: Spool | None, *, in_folder: bool) -> Iterator[SourceItem]:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as exc:
        yield SourceFailure(str(path), _os_error(exc))
        return
    kind, reason = sniff(head)
    if kind == "mbox":
        yield from _iter_mbox(path, tz, spool)
    elif kind == "message":
        # A file of a Maildir's cur/new handed over on its own still has its delivery time.
        received = _maildir_received(path) if _in_maildir(path) else None
        try:
            yield _read_single(path, received, spool, in_folder=in_folder)
        except OSError as exc:
            yield SourceFailure(str(path), _os_error(exc))
    elif _keep_as_unreadable(path, head, reason, in_folder=in_folder):
        # Text that does not look like mail (a pasted letter, a digest body without headers): keep
        # it as a message so nothing is lost; the parser flags it for a person ("lose nothing").
        try:
            yield _read_single(path, None, spool, in_folder=in_folder)
        except OSError as exc:
            yield SourceFailure(str(path), _os_error(exc))
    else:
        yield SourceFailure(str(path), reason, skipped=in_folder)


_MAIL_LIKE_SUFFIXES = {"", ".eml", ".txt", ".msg", ".mail", ".email", ".mbx"}


def _keep_as_unreadable(path: Path, head: bytes, reason: str, *, in_folder: bool) -> bool:
    if not head.strip() or reason.startswith("not an email: this is") or looks_binary(head):
        return False  # empty, or a known binary format
    # A README or script met while searching a folder is not mail; a file named explicitly is kept.
    return not in_folder or (path.suffix.lower() in _MAIL_LIKE_SUFFIXES
                             and path.stem.lower() not in _NOT_MAIL_NAMES)


_NOT_MAIL_NAMES = {"readme", "license", "licence", "copying", "changelog", "sources", "notes", "index"}


def sniff(head: bytes) -> tuple[str, str]:
    """What the first bytes of a file are: ("mbox" | "message" | "other", reason in plain words)."""
    if not head.strip():
        return "other", "empty file"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return "other", f"not an email: this is {what}"
    text = _LEADING_BLANK_LINES.sub(b"", head.removeprefix(b"\xef\xbb\xbf"), count=1)
    first_line = text.split(b"\n", 1)[0]
    if _FROM_LINE.match(first_line):
        return "mbox", "mbox file"
    block = re.split(rb"\r?\n\r?\n", text, maxsplit=1)[0]
    if not _HEADER_LINE.match(first_line):
        return "other", "not an email: it does not start with mail header lines (From:, Subject: ...)"
    if looks_binary(block):
        return "other", "not an email: binary data"
    names = {m.group(1).lower() for m in re.finditer(rb"(?m)^([!-9;-~]{1,100}):", block)}
    if not names.intersection(_KNOWN_HEADERS):
        return "other", "not an email: no mail header (From:, To:, Subject:, Date: ...) found"
    return "message", "message"


def looks_binary(data: bytes) -> bool:
    """Binary data rather than text with a stray control byte: a NUL in one header of a real
    message (hostile or broken mail) must not make a folder import skip it as "not mail" when the
    same bytes by mbox or IMAP are read as mail (issue 11)."""
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return controls > max(8, len(sample) // 20)


def _read_single(path: Path, received: datetime | None, spool: Spool | None, *,
                 in_folder: bool) -> SourceItem:
    size = path.stat().st_size
    if size > MAX_MESSAGE_BYTES:
        return SourceFailure(str(path), f"file too large for one message ({size // (1024 * 1024)} MB)",
                             skipped=in_folder)
    if spool is not None and size > MEMORY_LIMIT:
        # Large: point to the file itself (nothing copied, nothing held in memory).
        spooled = SpooledBytes(path, 0, size)
        if not spooled.head(_SNIFF_BYTES).strip():
            return SourceFailure(str(path), "empty file", skipped=in_folder)
        return SourceMessage(raw=spooled, origin=str(path), received=received)
    raw = path.read_bytes()
    if not raw.strip():
        return SourceFailure(str(path), "empty file", skipped=in_folder)
    return SourceMessage(raw=raw, origin=str(path), received=received)


class _Collector:
    """The lines of one mbox message: a list while small (or without a spool), else a spool writer."""

    def __init__(self, spool: Spool | None) -> None:
        self.spool = spool
        self.lines: list[bytes] = []
        self.size = 0
        self.writer = None if spool is None else spool.writer()
        self.last = b""
        self.has_text = False

    def add(self, line: bytes) -> None:
        self.size += len(line)
        self.last = line
        if not self.has_text and line.strip():
            self.has_text = True
        if self.writer is not None:
            self.writer.write(line)
        else:
            self.lines.append(line)

    def result(self) -> bytes | SpooledBytes:
        trailing = len(self.last) if self.last in (b"\n", b"\r\n") else 0
        # The empty line before the next "From " belongs to the separator.
        if self.writer is not None:
            if trailing:
                self.writer.drop_last(trailing)
            return self.writer.finish()
        body = self.lines[:-1] if trailing else self.lines
        return b"".join(body)


def _iter_mbox(path: Path, tz: tzinfo, spool: Spool | None) -> Iterator[SourceItem]:
    """Split an mbox while streaming. A message starts at a ``From `` line that has a date and
    follows an empty line (or starts the file); ``>From `` escapes are undone (mboxrd rule).
    With a spool, a message larger than ``spool.MEMORY_LIMIT`` is written to disk as it is read."""
    number = 0
    current = _Collector(spool)
    from_line: bytes | None = None
    previous_blank = True
    started = False

    def finish() -> SourceItem:
        origin = f"{path}#{number}"
        if current.size > MAX_MESSAGE_BYTES:
            return SourceFailure(origin, f"message too large ({current.size // (1024 * 1024)} MB)")
        raw = current.result()
        if not current.has_text:
            return SourceFailure(origin, "empty message in mbox")
        received = _from_line_date(from_line, tz) if from_line else None
        return SourceMessage(raw=raw, origin=origin, received=received)

    try:
        with path.open("rb") as handle:
            for line in handle:
                if previous_blank and line.startswith(b"From ") and _FROM_LINE.match(line):
                    if started:
                        yield finish()
                    number += 1
                    current = _Collector(spool)
                    from_line = line
                    started = True
                    previous_blank = False
                    continue
                previous_blank = line in (b"\n", b"\r\n")
                if line.startswith(b">") and _ESCAPED_FROM.match(line):
                    line = line[1:]
                current.add(line)
                started = True
        if started:
            yield finish()
    except OSError as exc:
        yield SourceFailure(f"{path}#{number + 1}" if number else str(path), _os_error(exc))


def _from_line_date(line: bytes, tz: tzinfo) -> datetime | None:
    """``From sender Wed May 16 00:40:34 2001`` → that time, in ``tz`` unless it names a zone."""
    try:
        text = line.decode("ascii", "replace").strip()
        parts = text.split(None, 2)
        if len(parts) < 3:
            return None
        value = parsedate_to_datetime(parts[2])
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value


def _os_error(exc: OSError) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return f"cannot read: {exc.strerror or type(exc).__name__}"


__all__ = [
    "MAX_MESSAGE_BYTES",
    "SourceFailure",
    "SourceItem",
    "SourceMessage",
    "is_maildir",
    "iter_sources",
    "sniff",
]
