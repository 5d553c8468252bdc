"""Logging: a rotating file in the data folder, warnings on stderr — and no personal data.

Modules log with ``logging.getLogger(__name__)`` and never put names, addresses or mail text in a
message. As a second line of defence every record passes ``RedactPersonalData``, which masks
anything shaped like an email address or a phone number before it is written anywhere.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from typing import Any

from privacydesk.paths import AppPaths

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d ()./-]{7,}\d(?!\w)")
_FILE_HANDLER_NAME = "privacydesk-file"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now (tests and the GUI may replace it)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


class RedactPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = PHONE.sub("<phone>", EMAIL.sub("<email>", message))
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def configure_logging(paths: AppPaths | None = None, *, stderr_level: int = logging.WARNING) -> None:
    """Idempotent: a stderr handler once; a file handler once per process when a data folder is open."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    redact = RedactPersonalData()
    if not any(getattr(h, "name", None) == "privacydesk-stderr" for h in root.handlers):
        stream = _StderrHandler()
        stream.name = "privacydesk-stderr"
        stream.setLevel(stderr_level)
        stream.setFormatter(logging.Formatter("privacydesk: %(levelname)s: %(message)s"))
        stream.addFilter(redact)
        root.addHandler(stream)
    if paths is None:
        return
    target = str(paths.log_dir / "privacydesk.log")
    for existing in [h for h in root.handlers if getattr(h, "name", None) == _FILE_HANDLER_NAME]:
        if getattr(existing, "baseFilename", None) == target:
            return
        root.removeHandler(existing)  # another data folder was opened in this process
        existing.close()
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: Any = logging.handlers.RotatingFileHandler(
            paths.log_dir / "privacydesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # a read-only or full disk must not stop the app; stderr still works
    handler.name = _FILE_HANDLER_NAME
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redact)
    root.addHandler(handler)
