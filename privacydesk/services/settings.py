"""Reading and writing the user's settings (``<data dir>/settings.toml``).

The declarations (type, default, label) are in ``domain/settings.py``; this is only storage. Reading
never raises: a missing file, a hand-edit that is not TOML, or a value of the wrong type gives the
declared default (and one warning in the log, without the value). Writing validates first, keeps
the rest of the file (comments included, via tomlkit) and replaces the file atomically with mode
0600, so a crash or a full disk leaves the old file whole.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any, TypeVar

import tomlkit
from tomlkit.exceptions import TOMLKitError

from privacydesk.domain import settings as decl
from privacydesk.domain.errors import StorageProblem

log = logging.getLogger(__name__)

T = TypeVar("T", bool, int, str)

ENV_USER = "PRIVACYDESK_USER"


def os_full_name() -> str:
    """The computer account's full name (the GECOS field on Unix), or "" when there is none or it
    is only the login name again (``root``)."""
    try:
        import pwd  # Unix only

        entry = pwd.getpwuid(os.getuid())
        full = entry.pw_gecos.split(",", 1)[0].strip()
        return "" if not full or full.lower() == entry.pw_name.lower() else full
    except (ImportError, KeyError, OSError, AttributeError):
        return ""


def os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class SettingsService:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    # -- reading -------------------------------------------------------------------------------
    def _document(self) -> tomlkit.TOMLDocument:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return tomlkit.document()
        except OSError as exc:
            log.warning("settings file cannot be read (%s); using the defaults", type(exc).__name__)
            return tomlkit.document()
        try:
            return tomlkit.parse(text)
        except TOMLKitError:
            log.warning("settings file is not valid TOML; using the defaults")
            return tomlkit.document()

    def get(self, setting: decl.Setting[T]) -> T:
        doc = self._document()
        table = doc.get(setting.section)
        if not isinstance(table, dict) or setting.name not in table:
            return setting.default
        raw = table[setting.name]
        value = raw.unwrap() if hasattr(raw, "unwrap") else raw
        try:
            return setting.convert(value)
        except ValueError:
            log.warning("setting %s has an unusable value; using the default", setting.key)
            return setting.default

    def values(self) -> dict[str, Any]:
        """Every declared setting's current value, by key."""
        return {s.key: self.get(s) for s in decl.ALL}

    # -- writing -------------------------------------------------------------------------------
    def set(self, setting: decl.Setting[T], value: Any) -> T:
        """Validate and store one value; returns it as stored. ``InvalidInput`` names the setting."""
        clean = setting.convert(value)
        with self._lock:
            doc = self._document()
            table = doc.get(setting.section)
            if not isinstance(table, dict):
                table = tomlkit.table()
                doc[setting.section] = table
            table[setting.name] = clean
            self._write(tomlkit.dumps(doc))
        return clean

    def reset(self, setting: decl.Setting[Any]) -> None:
        with self._lock:
            doc = self._document()
            table = doc.get(setting.section)
            if isinstance(table, dict) and setting.name in table:
                del table[setting.name]
                self._write(tomlkit.dumps(doc))

    def _write(self, text: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".toml", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                os.fchmod(handle.fileno(), 0o600)
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StorageProblem(
                f"Your settings could not be saved ({exc.strerror or type(exc).__name__}). Check that "
                f"the data folder {self.path.parent} is writable and the disk is not full; "
                "the previous settings are unchanged.") from exc

    # -- who is acting -------------------------------------------------------------------------
    def staff_name(self) -> str:
        """The staff member's name for the audit trail and signatures: ``PRIVACYDESK_USER``, else the
        configured name, else the computer account's full name, else its login name."""
        return (os.environ.get(ENV_USER, "").strip() or self.get(decl.STAFF_NAME)
                or os_full_name() or os_login())

    def staff_name_is_known(self) -> bool:
        """False when only a login name such as ``root`` is available: the window asks for a name."""
        return bool(os.environ.get(ENV_USER, "").strip() or self.get(decl.STAFF_NAME) or os_full_name())
