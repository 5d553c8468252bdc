"""The window's user preferences, each declared once with its type and default.

Preferences (what the user chose: "keep watching the mailbox") live apart from window state
(geometry, column widths: ``main_window.STATE_FILE``), in their own INI file in the data folder, so
tests and ``--demo`` get their own and never touch the real user's (STYLE point 7, Electrum's
``ConfigVar``). Reading never raises: a value that cannot be understood (hand-edited file, older
version) gives the declared default.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

PREFERENCES_FILE = "preferences.ini"

T = TypeVar("T", bool, int, str)


@dataclass(frozen=True)
class Pref(Generic[T]):
    key: str
    kind: type[T]
    default: T
    doc: str


#: Stay connected to every mail account (IMAP IDLE) while the window is open.
KEEP_WATCHING = Pref("mail/keep_watching", bool, True,
                     "Stay connected to the mailboxes and file new mail within seconds.")
#: Seconds between checks of a server without IDLE, or of folders other than the first.
POLL_SECONDS = Pref("mail/poll_seconds", int, 300, "How often to check for new mail without IDLE.")

ALL: tuple[Pref[bool] | Pref[int] | Pref[str], ...] = (KEEP_WATCHING, POLL_SECONDS)


def _convert(pref: Pref[T], value: object) -> T:
    """``value`` (from the INI file: usually a string) as the preference's type; ValueError if not."""
    if pref.kind is bool:
        if isinstance(value, bool):
            return pref.kind(value)
        text = str(value).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return pref.kind(True)
        if text in ("false", "0", "no", "off"):
            return pref.kind(False)
        raise ValueError(text)
    return pref.kind(str(value))


class Preferences:
    """Typed access to the preferences file. ``QSettings`` keeps it in step across instances."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @classmethod
    def in_folder(cls, data_dir: Path) -> Preferences:
        return cls(QSettings(str(data_dir / PREFERENCES_FILE), QSettings.Format.IniFormat))

    def get(self, pref: Pref[T]) -> T:
        value = self.settings.value(pref.key)
        if value is None:
            return pref.default
        try:
            return _convert(pref, value)
        except (TypeError, ValueError):
            log.warning("preference %s has an unreadable value; using the default", pref.key)
            return pref.default

    def set(self, pref: Pref[T], value: T) -> None:
        self.settings.setValue(pref.key, _convert(pref, value))
        self.settings.sync()
