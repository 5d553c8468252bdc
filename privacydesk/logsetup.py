"""Logging: a rotating file in the data folder, warnings on stderr — and no personal data.

Modules log with ``logging.getLogger(__name__)`` and never put names, addresses or mail text in a
message. As a second line of defence every record is redacted before it is written anywhere:

- the message: anything shaped like an email address or a phone number is masked;
- tracebacks (issue 11): frames (file, line, code) are kept, but the *text* of every exception in
  the chain is where values end up (``KeyError('jane@…')``, a driver error's statement
  parameters): it is kept only for exceptions whose text is written by known code (driver and OS
  errors, our own errors, errors about code), with addresses, phone numbers, quoted values and
  ``[parameters: …]`` blocks masked and cut short; any other exception keeps only its type. The
  database engine runs with ``hide_parameters=True`` as well (``store/db.py``).

Tracebacks go to the log file only. stderr (which reaches cron mail for ``sync --once``) gets one
line per warning, never a traceback; records marked ``extra={"stderr": False}`` skip it entirely
(the CLI's handler for unexpected errors prints its own single line).

The log file is created 0600 (its folder 0700) whatever the umask, and a log that cannot be
written (a full disk, a read-only folder) is dropped silently instead of spilling logging's own
error reports onto stderr.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import traceback
from pathlib import Path
from typing import Any

from privacydesk.paths import AppPaths, private_mode, private_open

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d ()./-]{7,}\d(?!\w)")
_FILE_HANDLER_NAME = "privacydesk-file"
_STDERR_HANDLER_NAME = "privacydesk-stderr"
#: Longest exception text kept in a traceback (after redaction).
MAX_EXCEPTION_TEXT = 400

# SQLAlchemy appends the statement's values: "[parameters: (...)]" (possibly over several lines,
# up to the next "[SQL" / "(Background on this error" line or the end).
_PARAMETERS = re.compile(r"\[parameters: .*?(?=\n\(Background|\n\[SQL|\Z)", re.S)
_QUOTED = re.compile(r"""b?'(?:[^'\\\n]|\\.){0,2000}'|b?"(?:[^"\\\n]|\\.){0,2000}\"""")
#: Exceptions whose text is written by code we know (driver and OS errors, our own plain-words
#: errors, errors about code such as a missing attribute): their text is kept, with addresses,
#: phone numbers and quoted values masked. Any other exception's text (``KeyError('jane@…')``,
#: ``ValueError(f"… {name}")``) may hold anything: only its type is kept.
_TEXT_KEPT_MODULES = ("sqlalchemy", "sqlite3", "_sqlite3", "alembic", "privacydesk", "imapclient", "imaplib",
                      "ssl", "socket", "psycopg", "keyring", "tomlkit", "concurrent", "multiprocessing")
_TEXT_KEPT_TYPES: tuple[type[BaseException], ...] = (
    OSError, MemoryError, RecursionError, UnicodeError, AttributeError, TypeError, NameError, ImportError,
    NotImplementedError, KeyboardInterrupt, SystemExit)
HIDDEN = "<text hidden: it may hold personal data>"


def redact(text: str) -> str:
    """Mask email addresses and phone numbers in a log message."""
    return PHONE.sub("<phone>", EMAIL.sub("<email>", text))


def redact_exception_message(exc_type: type[BaseException] | None, text: str) -> str:
    """The text of one exception as the log may keep it (see ``_TEXT_KEPT_*``), cut short."""
    if not text:
        return text
    kept = exc_type is not None and (
        issubclass(exc_type, _TEXT_KEPT_TYPES)
        or (exc_type.__module__ or "").split(".")[0] in _TEXT_KEPT_MODULES)
    if not kept:
        return HIDDEN
    text = _QUOTED.sub("<value>", redact(_PARAMETERS.sub("[parameters hidden]", text)))
    if len(text) > MAX_EXCEPTION_TEXT:
        text = text[:MAX_EXCEPTION_TEXT] + " …(cut)"
    return text


def format_exception_redacted(exc_type: type[BaseException] | None, value: BaseException | None,
                              tb: Any) -> str:
    """A traceback with every frame (file, line, code) and every exception of the chain (causes,
    contexts, groups), each exception's text redacted (``redact_exception_message``); notes dropped."""
    if value is None:
        return ""
    formatted = traceback.TracebackException(type(value), value, tb, compact=True)
    seen: set[int] = set()
    pending = [formatted]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        # ``_str`` is the exception's text as ``format()`` prints it (CPython 3.11-3.13); without it
        # nothing could be redacted, so the caller writes only the exception's type.
        if not hasattr(current, "_str"):
            raise RuntimeError("this Python formats tracebacks differently")
        current._str = redact_exception_message(current.exc_type, getattr(current, "_str", "") or "")
        if getattr(current, "__notes__", None):
            current.__notes__ = [HIDDEN]
        for nxt in (current.__cause__, current.__context__, *(getattr(current, "exceptions", None) or ())):
            if nxt is not None:
                pending.append(nxt)
    return "".join(formatted.format()).rstrip("\n")


class RedactPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    """Formats tracebacks through ``format_exception_redacted`` (stacks through ``redact``), never
    from another handler's (unredacted) cached ``exc_text``."""

    def format(self, record: logging.LogRecord) -> str:
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        try:
            return format_exception_redacted(*ei)
        except Exception:  # never lose the record over its traceback
            return f"(traceback not available: {getattr(ei[0], '__name__', '?')})"

    def formatStack(self, stack_info: str) -> str:
        return redact(stack_info)


class OneLineFormatter(logging.Formatter):
    """``privacydesk: LEVEL: message`` on one line: no traceback, no stack, no line breaks."""

    def format(self, record: logging.LogRecord) -> str:
        message = " ".join(record.getMessage().split())
        return f"privacydesk: {record.levelname}: {message}"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now (tests and the GUI may replace it)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "stderr", True) is False:
            return False
        return bool(super().filter(record))

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # stderr closed (a pipe to a pager that quit): nothing else to tell


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log file, 0600 from its first byte (and after every rollover) whatever the umask.

    A write that fails (full disk, read-only folder) is dropped without logging's default report on
    stderr, which would put a traceback there."""

    def _open(self) -> Any:
        fd = private_open(Path(self.baseFilename))
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)

    def doRollover(self) -> None:
        super().doRollover()
        for number in range(1, self.backupCount + 1):
            private_mode(Path(f"{self.baseFilename}.{number}"), 0o600)

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def log_file(paths: AppPaths) -> Path:
    return paths.log_dir / "privacydesk.log"


def configure_logging(paths: AppPaths | None = None, *, stderr_level: int = logging.WARNING) -> None:
    """Idempotent: a stderr handler once; a file handler once per process when a data folder is open."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    redact_filter = RedactPersonalData()
    if not any(getattr(h, "name", None) == _STDERR_HANDLER_NAME for h in root.handlers):
        stream = _StderrHandler()
        stream.name = _STDERR_HANDLER_NAME
        stream.setLevel(stderr_level)
        stream.setFormatter(OneLineFormatter())
        stream.addFilter(redact_filter)
        root.addHandler(stream)
    if paths is None:
        return
    target = str(log_file(paths))
    for existing in [h for h in root.handlers if getattr(h, "name", None) == _FILE_HANDLER_NAME]:
        if getattr(existing, "baseFilename", None) == target:
            return
        root.removeHandler(existing)  # another data folder was opened in this process
        existing.close()
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        private_mode(paths.log_dir, 0o700)
        handler: Any = PrivateRotatingFileHandler(target, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # a read-only or full disk must not stop the app; stderr still works
    handler.name = _FILE_HANDLER_NAME
    handler.setLevel(logging.INFO)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redact_filter)
    root.addHandler(handler)
