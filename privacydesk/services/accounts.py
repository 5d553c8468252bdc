"""Mail accounts: settings in the database, passwords only in the OS keyring.

Why the keyring and nothing else: the database is a plain file that gets copied into backups and
shared folders; a password in it (even "obfuscated") leaks with it. So the password goes to the OS
keyring through ``keyring`` (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows
Credential Locker) under the service name ``PrivacyDesk`` and the account's name.

When no keyring works (``keyring.backends.fail.Keyring`` on a headless Linux, a locked or missing
Secret Service), we say so and how to fix it, and refuse to store the password; there is no fallback
file. A backend that keeps passwords in plain text (``keyrings.alt``'s ``PlaintextKeyring``) is used
only when the user chose it explicitly (``PYTHON_KEYRING_BACKEND`` or keyring's config file), and then
with a warning. Hazard: merely installing ``keyrings.alt`` makes it the automatic default; we detect
that case (plaintext backend, no explicit choice) and refuse it, so PrivacyDesk must never depend on
``keyrings.alt`` at run time.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from privacydesk.domain.errors import InvalidInput, NotFound, UserError
from privacydesk.mail.imap import (
    DEFAULT_PORTS,
    SECURITY_CHOICES,
    ImapSettings,
    ImapSettingsError,
    check_settings,
)
from privacydesk.mail.imap import (
    LOOPBACK_HOSTS as _LOOPBACK_HOSTS,
)
from privacydesk.mail.smtp import DEFAULT_PORTS as SMTP_PORTS
from privacydesk.mail.smtp import SmtpSettings, SmtpSettingsError, check_smtp_settings
from privacydesk.store.db import Database
from privacydesk.store.models import Account, FolderState

log = logging.getLogger(__name__)

#: The account form offers "no encryption" only for these hosts (the mail layer enforces it).
LOOPBACK_HOSTS: frozenset[str] = _LOOPBACK_HOSTS
#: The usual port of each security choice (the form fills it in).
FORM_PORTS: dict[str, int] = dict(DEFAULT_PORTS)

KEYRING_SERVICE = "PrivacyDesk"
_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,200}$")

KEYRING_HELP = (
    "Passwords are kept only in the system keyring, and none is available. To fix it: on Linux "
    "install and unlock GNOME Keyring or KWallet (e.g. `sudo apt-get install gnome-keyring`, then log "
    "in to a desktop session; on a server run PrivacyDesk under `dbus-run-session` with "
    "`gnome-keyring-daemon --unlock`); on macOS and Windows the system keychain is used automatically. "
    "You can also choose a backend explicitly with PYTHON_KEYRING_BACKEND=<module.Class> "
    "(see `keyring --list-backends`). PrivacyDesk never stores passwords in a file of its own."
)


#: The same advice for a person at a desktop (the accounts dialog): what to install or switch on, in
#: words, without environment variables or commands a non-engineer would have to type.
KEYRING_ADVICE = (
    "PrivacyDesk keeps mail passwords only in your computer's password store (the \"keyring\"), and "
    "no password store is running. To fix it on Linux, install \"GNOME Keyring\" (in Ubuntu or Debian: "
    "the package gnome-keyring, from the Software app) or use KDE Wallet on a KDE desktop, then log out "
    "and log in again so it starts and unlocks with your login. On macOS and Windows the system "
    "keychain is used automatically. Then open this window again. PrivacyDesk never stores passwords "
    "in a file of its own."
)
PLAINTEXT_ADVICE = (
    "The only password store found on this computer keeps passwords in a readable file (it comes with "
    "the \"keyrings.alt\" package), so PrivacyDesk will not use it. Ask whoever looks after this "
    "computer to remove that package and install \"GNOME Keyring\" or KDE Wallet, then log out and in "
    "again. PrivacyDesk never stores passwords in a file of its own."
)


class AccountError(UserError):
    """A problem with an account that the user can fix; ``str()`` says how."""


class AccountNotFound(AccountError, NotFound):
    pass


class AccountExists(AccountError):
    pass


class InvalidAccount(AccountError, InvalidInput):
    pass


class KeyringUnavailable(AccountError):
    """No usable keyring: the password cannot be stored or read."""


class PasswordMissing(AccountError):
    pass


# -- keyring ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # module.Class
    plaintext: bool  # passwords stored unencrypted on disk
    explicit: bool  # chosen by PYTHON_KEYRING_BACKEND or keyring's config file
    message: str  # plain words: what it means / how to fix it
    #: What to install or switch on, for a person at a desktop (no environment variables); empty
    #: when ``message`` already says it plainly.
    advice: str = ""

    @property
    def words(self) -> str:
        """What the window shows."""
        return self.advice or self.message

    @property
    def warning(self) -> str | None:
        return self.words if self.usable and self.plaintext else None


def _class_path(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)  # keyring.backends.chainer.ChainerBackend
    if isinstance(inner, list | tuple):
        return [b for b in inner if isinstance(b, KeyringBackend)]
    return [backend]


def _is_plaintext(backend: KeyringBackend) -> bool:
    path = _class_path(backend)
    name = type(backend).__name__.lower()
    if "plaintext" in name:
        return True
    # keyrings.alt: everything but the encrypted file backend stores readable secrets.
    return path.startswith("keyrings.alt.") and "encrypted" not in name


def _is_unusable(backend: KeyringBackend) -> bool:
    path = _class_path(backend)
    return path.startswith(("keyring.backends.fail.", "keyring.backends.null."))


def _explicit_choice() -> bool:
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        config = Path(keyring.core._config_path())  # type: ignore[no-untyped-call]
        text = config.read_text(encoding="utf-8") if config.is_file() else ""
    except (OSError, AttributeError):
        return False
    return "default-keyring" in text


def keyring_status(backend: KeyringBackend | None = None) -> KeyringStatus:
    """Which keyring would hold the passwords, and can it? Reads nothing from it."""
    explicit = _explicit_choice()
    try:
        chosen = backend if backend is not None else keyring.get_keyring()
    except Exception as exc:  # a broken PYTHON_KEYRING_BACKEND value raises on load
        return KeyringStatus(False, "?", False, explicit,
                             f"The keyring backend could not be loaded ({exc}). {KEYRING_HELP}",
                             "The password store chosen for this computer could not be started. "
                             + KEYRING_ADVICE)
    path = _class_path(chosen)
    leaves = [b for b in _leaf_backends(chosen) if not _is_unusable(b)]
    if _is_unusable(chosen) or not leaves:
        return KeyringStatus(False, path, False, explicit, KEYRING_HELP, KEYRING_ADVICE)
    plaintext = any(_is_plaintext(b) for b in leaves)
    if plaintext and not explicit and backend is None:
        return KeyringStatus(
            False, path, True, False,
            f"The only keyring found ({path}) stores passwords in a plain-text file, probably because "
            "the keyrings.alt package is installed. PrivacyDesk will not use it unless you choose it "
            "explicitly (PYTHON_KEYRING_BACKEND). " + KEYRING_HELP, PLAINTEXT_ADVICE)
    if plaintext:
        return KeyringStatus(True, path, True, explicit,
                             f"Warning: the chosen keyring ({path}) stores passwords unencrypted in a file. "
                             "Anyone who can read your files can read the mail password.",
                             "Warning: the password store chosen for this computer keeps passwords "
                             "unencrypted in a file. Anyone who can read your files can read the mail "
                             "password.")
    return KeyringStatus(True, path, False, explicit, f"Passwords are kept in the system keyring ({path}).")


# -- values ----------------------------------------------------------------------------------------

#: Hosts whose server keeps a copy of every message sent through it in the Sent folder itself
#: (Gmail: "Sent Mail"); copying it there as well would show it twice.
SERVER_KEEPS_SENT = ("smtp.gmail.com", "smtp.googlemail.com")
SMTP_KEY_SUFFIX = " (SMTP)"


@dataclass(frozen=True)
class SmtpConfig:
    """How an account sends (issue 9). Username and password are the IMAP ones unless given."""

    host: str
    port: int | None = None
    security: str = "starttls"
    username: str | None = None  # None: the IMAP username (and its password)
    saves_sent: bool | None = None  # the server keeps a copy in Sent itself; None: known servers only
    from_address: str | None = None  # None: the IMAP username if it is an address

    def as_options(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "security": self.security, "username": self.username,
                "saves_sent": self.saves_sent, "from_address": self.from_address}

    @staticmethod
    def from_options(data: Any) -> SmtpConfig | None:
        if not isinstance(data, dict) or not data.get("host"):
            return None
        port = data.get("port")
        return SmtpConfig(host=str(data["host"]), port=int(port) if isinstance(port, int) else None,
                          security=str(data.get("security") or "starttls"),
                          username=data.get("username") or None,
                          saves_sent=data.get("saves_sent") if isinstance(data.get("saves_sent"), bool) else None,
                          from_address=data.get("from_address") or None)

    @property
    def effective_port(self) -> int:
        return self.port or SMTP_PORTS.get(self.security, 587)

    @property
    def server_keeps_sent(self) -> bool:
        return self.saves_sent if self.saves_sent is not None else self.host.lower() in SERVER_KEEPS_SENT


@dataclass(frozen=True)
class FolderInfo:
    folder: str
    uidvalidity: int | None
    last_uid: int
    highest_modseq: int | None
    last_sync_at: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class AccountInfo:
    name: str
    host: str
    port: int
    security: str
    username: str
    folders: tuple[str, ...]
    ca_file: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    folder_states: tuple[FolderInfo, ...] = ()

    @property
    def smtp(self) -> SmtpConfig | None:
        return SmtpConfig.from_options(self.options.get("smtp"))

    @property
    def sends_mail(self) -> bool:
        return self.smtp is not None

    def from_address(self, fallback: str) -> str:
        """The address replies come from: the SMTP setting, else the login if it is an address."""
        smtp = self.smtp
        if smtp is not None and smtp.from_address:
            return smtp.from_address
        return self.username if "@" in self.username else fallback

    def smtp_settings(self, timeout: float = 60.0) -> SmtpSettings | None:
        smtp = self.smtp
        if smtp is None:
            return None
        return SmtpSettings(host=smtp.host, username=smtp.username or self.username, security=smtp.security,
                            port=smtp.effective_port, ca_file=self.ca_file, timeout=timeout)

    def imap_settings(self, timeout: float = 60.0) -> ImapSettings:
        # Plain text was asked for explicitly when the account was added with security "none";
        # ``check_settings`` still limits it to a loopback host.
        return ImapSettings(host=self.host, username=self.username, security=self.security,
                            port=self.port, ca_file=self.ca_file, allow_plain=self.security == "none",
                            timeout=timeout)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "host": self.host, "port": self.port, "security": self.security,
            "username": self.username, "folders": list(self.folders), "ca_file": self.ca_file,
            "smtp": ({"host": self.smtp.host, "port": self.smtp.effective_port, "security": self.smtp.security,
                      "username": self.smtp.username or self.username,
                      "server_keeps_sent": self.smtp.server_keeps_sent,
                      "from_address": self.smtp.from_address}
                     if self.smtp is not None else None),
            "created_at": self.created_at,
            "folder_states": [
                {"folder": s.folder, "uidvalidity": s.uidvalidity, "last_uid": s.last_uid,
                 "last_sync_at": s.last_sync_at, "last_error": s.last_error}
                for s in self.folder_states],
        }


@dataclass(frozen=True)
class NewAccount:
    name: str
    host: str
    username: str
    port: int | None = None
    security: str = "ssl"
    folders: tuple[str, ...] = ("INBOX",)
    ca_file: str | None = None


def _info(row: Account) -> AccountInfo:
    states = tuple(sorted(
        (FolderInfo(s.folder, s.uidvalidity, s.last_uid or 0, s.highest_modseq, s.last_sync_at, s.last_error)
         for s in row.folder_states), key=lambda s: s.folder))
    return AccountInfo(name=row.name, host=row.host, port=row.port, security=row.security,
                       username=row.username, folders=tuple(row.folders or ["INBOX"]), ca_file=row.ca_file,
                       options=dict(row.options or {}), created_at=row.created_at, folder_states=states)


# -- the service -----------------------------------------------------------------------------------

class AccountService:
    """CRUD for accounts. ``keyring_backend`` pins a backend object (tests, settings); by default
    the one ``keyring`` selects (environment, config file, or the best available)."""

    def __init__(self, db: Database, *, keyring_backend: KeyringBackend | None = None,
                 service_name: str = KEYRING_SERVICE) -> None:
        self.db = db
        self._backend = keyring_backend
        self.service_name = service_name

    # -- keyring ---------------------------------------------------------------------------------
    def keyring_status(self) -> KeyringStatus:
        return keyring_status(self._backend)

    def _keyring(self) -> KeyringBackend:
        status = self.keyring_status()
        if not status.usable:
            raise KeyringUnavailable(status.message)
        if status.plaintext:
            log.warning("passwords are kept by a plain-text keyring backend chosen explicitly")
        return self._backend if self._backend is not None else keyring.get_keyring()

    def set_password(self, name: str, password: str) -> None:
        self.get(name)
        self._store_password(name, password)

    def _store_password(self, name: str, password: str) -> None:
        if not password:
            raise InvalidAccount("The password is empty.")
        backend = self._keyring()
        try:
            backend.set_password(self.service_name, name, password)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringUnavailable(f"The keyring is locked ({exc}); unlock it and try again.") from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"The keyring refused to store the password ({exc}). "
                                     + KEYRING_HELP) from exc

    def password(self, name: str) -> str:
        backend = self._keyring()
        try:
            value = backend.get_password(self.service_name, name)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringUnavailable(f"The keyring is locked ({exc}); unlock it and try again.") from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"The keyring could not be read ({exc}). " + KEYRING_HELP) from exc
        if not value:
            raise PasswordMissing(
                f"No password is stored for account {name!r} in the keyring ({_class_path(backend)}). "
                f"Set it again with: privacydesk account add ... or account password {name}.")
        return value

    def has_password(self, name: str) -> bool | None:
        """True/False, or None when the keyring cannot be asked."""
        try:
            self.password(name)
            return True
        except PasswordMissing:
            return False
        except KeyringUnavailable:
            return None

    # -- accounts --------------------------------------------------------------------------------
    def add(self, new: NewAccount, password: str, smtp: SmtpConfig | None = None,
            smtp_password: str | None = None) -> AccountInfo:
        """Validate, then store the settings and the password(s) together: when the keyring refuses,
        nothing is saved. ``smtp``: how the account sends (issue 9)."""
        spec = self.validate(new)
        smtp_spec = self.validate_smtp(smtp) if smtp is not None else None
        if not password:
            raise InvalidAccount("The password is empty.")
        if smtp_spec is not None and smtp_spec.username and not smtp_password:
            raise InvalidAccount("A separate SMTP username needs its own password.")
        self._keyring()  # fail before writing anything
        try:
            with self.db.write() as session:
                if session.execute(select(Account.id).where(Account.name == spec.name)).first():
                    raise AccountExists(f"An account named {spec.name!r} already exists.")
                row = Account(name=spec.name, host=spec.host, port=spec.port or DEFAULT_PORTS[spec.security],
                              security=spec.security, username=spec.username, folders=list(spec.folders),
                              ca_file=spec.ca_file,
                              options={"smtp": smtp_spec.as_options()} if smtp_spec is not None else {})
                session.add(row)
                session.flush()
                # Inside the transaction: if the keyring fails, the account row is rolled back.
                self._store_password(spec.name, password)
                if smtp_spec is not None and smtp_spec.username and smtp_password:
                    self._store_password(spec.name + SMTP_KEY_SUFFIX, smtp_password)
                info = _info(row)
        except IntegrityError as exc:
            raise AccountExists(f"An account named {spec.name!r} already exists.") from exc
        log.info("account added (security %s)", spec.security)
        return info

    @staticmethod
    def validate(new: NewAccount) -> NewAccount:
        """The cleaned account settings, or ``InvalidAccount`` saying what is wrong."""
        name = (new.name or "").strip()
        if not _NAME.match(name):
            raise InvalidAccount("The account name must be 1-200 printable characters.")
        host = (new.host or "").strip()
        username = (new.username or "").strip()
        if not username:
            raise InvalidAccount("The username is empty.")
        security = (new.security or "ssl").strip().lower()
        folders = tuple(dict.fromkeys(f.strip() for f in (new.folders or ("INBOX",)) if f.strip()))
        if not folders:
            raise InvalidAccount("At least one folder must be watched (e.g. INBOX).")
        ca_file = str(Path(new.ca_file).expanduser().resolve()) if new.ca_file else None
        try:
            check_settings(host, security, new.port, ca_file, allow_plain=security == "none")
        except ImapSettingsError as exc:
            raise InvalidAccount(str(exc)) from exc
        if security not in SECURITY_CHOICES:  # pragma: no cover - check_settings refuses it
            raise InvalidAccount(f"unknown security {security!r}")
        return NewAccount(name=name, host=host, username=username, port=new.port, security=security,
                          folders=folders, ca_file=ca_file)

    def list_accounts(self) -> list[AccountInfo]:
        with self.db.read() as session:
            rows = session.execute(select(Account).order_by(Account.name)).scalars().all()
            return [_info(r) for r in rows]

    def names(self) -> list[str]:
        with self.db.read() as session:
            return list(session.execute(select(Account.name).order_by(Account.name)).scalars())

    def get(self, name: str) -> AccountInfo:
        with self.db.read() as session:
            row = session.execute(select(Account).where(Account.name == name)).scalar_one_or_none()
            if row is None:
                raise AccountNotFound(self._not_found(session, name))
            return _info(row)

    @staticmethod
    def _not_found(session: Any, name: str) -> str:
        names = list(session.execute(select(Account.name).order_by(Account.name)).scalars())
        known = f" Accounts: {', '.join(names)}." if names else " There are no accounts yet (privacydesk account add)."
        return f"There is no account named {name!r}.{known}"

    def update(self, name: str, settings: NewAccount, password: str | None = None) -> AccountInfo:
        """Change an account's server settings (the name stays); a new password replaces the stored
        one. Validated first; when the keyring refuses the password, nothing is changed.

        A change of server or user name starts that folder's sync afresh (the stored positions
        belong to the old mailbox); messages already stored are recognised and not duplicated.
        """
        spec = self.validate(replace(settings, name=name))
        if password is not None and not password:
            raise InvalidAccount("The password is empty.")
        if password is not None:
            self._keyring()
        with self.db.write() as session:
            row = session.execute(select(Account).where(Account.name == name)).scalar_one_or_none()
            if row is None:
                raise AccountNotFound(self._not_found(session, name))
            moved = (row.host, row.username) != (spec.host, spec.username)
            row.host = spec.host
            row.port = spec.port or DEFAULT_PORTS[spec.security]
            row.security = spec.security
            row.username = spec.username
            row.folders = list(spec.folders)
            row.ca_file = spec.ca_file
            if moved:
                row.folder_states.clear()
            session.flush()
            if password is not None:
                self._store_password(name, password)  # inside the transaction: all or nothing
            info = _info(row)
        log.info("account settings changed (security %s)", spec.security)
        return info

    def set_folders(self, name: str, folders: list[str]) -> AccountInfo:
        cleaned = list(dict.fromkeys(f.strip() for f in folders if f.strip()))
        if not cleaned:
            raise InvalidAccount("At least one folder must be watched (e.g. INBOX).")
        with self.db.write() as session:
            row = session.execute(select(Account).where(Account.name == name)).scalar_one_or_none()
            if row is None:
                raise AccountNotFound(self._not_found(session, name))
            row.folders = cleaned
            session.flush()
            return _info(row)

    def remove(self, name: str, *, keep_password: bool = False) -> bool:
        """Delete the account, its sync positions and its keyring entry. Stored messages and
        requests stay (they are records). Returns whether a password was deleted.
        ``keep_password``: leave the keyring entry (the account moved to another data folder)."""
        with self.db.write() as session:
            row = session.execute(select(Account).where(Account.name == name)).scalar_one_or_none()
            if row is None:
                raise AccountNotFound(self._not_found(session, name))
            session.delete(row)
        if keep_password:
            return False
        try:
            backend = self._keyring()
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                backend.delete_password(self.service_name, name + SMTP_KEY_SUFFIX)
            backend.delete_password(self.service_name, name)
            return True
        except keyring.errors.PasswordDeleteError:
            return False
        except (KeyringUnavailable, keyring.errors.KeyringError) as exc:
            log.warning("account removed but its keyring entry could not be deleted: %s", type(exc).__name__)
            return False

    # -- sending (SMTP) --------------------------------------------------------------------------
    @staticmethod
    def validate_smtp(smtp: SmtpConfig) -> SmtpConfig:
        host = (smtp.host or "").strip()
        security = (smtp.security or "starttls").strip().lower()
        try:
            check_smtp_settings(host, security, smtp.port)
        except SmtpSettingsError as exc:
            raise InvalidAccount(str(exc)) from exc
        username = (smtp.username or "").strip() or None
        from_address = (smtp.from_address or "").strip().lower() or None
        if from_address is not None and ("@" not in from_address or " " in from_address):
            raise InvalidAccount(f"{from_address!r} is not an email address.")
        return SmtpConfig(host=host, port=smtp.port, security=security, username=username,
                          saves_sent=smtp.saves_sent, from_address=from_address)

    def set_smtp(self, name: str, smtp: SmtpConfig | None, password: str | None = None) -> AccountInfo:
        """Set (or, with None, remove) how an account sends. A separate SMTP username needs its own
        password, stored in the keyring beside the IMAP one; without a username the IMAP login is
        used for both."""
        spec = self.validate_smtp(smtp) if smtp is not None else None
        if spec is not None and spec.username and password is None and not self._has_smtp_password(name):
            raise InvalidAccount("A separate SMTP username needs its own password (give it with the "
                                 "SMTP password option).")
        if password is not None:
            if not password:
                raise InvalidAccount("The SMTP password is empty.")
            self._keyring()
        with self.db.write() as session:
            row = session.execute(select(Account).where(Account.name == name)).scalar_one_or_none()
            if row is None:
                raise AccountNotFound(self._not_found(session, name))
            options = dict(row.options or {})
            if spec is None:
                options.pop("smtp", None)
            else:
                options["smtp"] = spec.as_options()
            row.options = options
            session.flush()
            if password is not None and spec is not None and spec.username:
                self._store_password(name + SMTP_KEY_SUFFIX, password)
            info = _info(row)
        log.info("account sending settings changed (security %s)", spec.security if spec else "-")
        return info

    def _has_smtp_password(self, name: str) -> bool:
        try:
            backend = self._keyring()
            return bool(backend.get_password(self.service_name, name + SMTP_KEY_SUFFIX))
        except (KeyringUnavailable, keyring.errors.KeyringError):
            return False

    def smtp_password(self, name: str) -> str:
        """The password for sending: the SMTP one when the account has its own SMTP login."""
        info = self.get(name)
        smtp = info.smtp
        if smtp is not None and smtp.username:
            backend = self._keyring()
            try:
                value = backend.get_password(self.service_name, name + SMTP_KEY_SUFFIX)
            except keyring.errors.KeyringError as exc:
                raise KeyringUnavailable(f"The keyring could not be read ({exc}). " + KEYRING_HELP) from exc
            if not value:
                raise PasswordMissing(f"No SMTP password is stored for account {name!r}. Set the sending "
                                      f"settings again with: privacydesk account smtp {name} …")
            return value
        return self.password(name)

    def record_error(self, name: str, folder: str | None, message: str | None) -> None:
        """Remember the last error of a folder (or of every folder) for the window's status."""
        with self.db.write() as session:
            row = session.execute(select(Account).where(Account.name == name)).scalar_one_or_none()
            if row is None:
                return
            folders = [folder] if folder else list(row.folders or ["INBOX"])
            for f in folders:
                state = session.execute(select(FolderState).where(
                    FolderState.account_id == row.id, FolderState.folder == f)).scalar_one_or_none()
                if state is None:
                    if message is None:
                        continue
                    state = FolderState(account_id=row.id, folder=f, last_uid=0)
                    session.add(state)
                state.last_error = message[:2000] if message else None

    def clear_errors(self, name: str, folders: list[str]) -> None:
        """Forget the last error of folders that synced fine (writes only when there is one)."""
        try:
            info = self.get(name)
        except AccountNotFound:
            return
        stale = [s.folder for s in info.folder_states if s.folder in folders and s.last_error]
        for folder in stale:
            self.record_error(name, folder, None)
