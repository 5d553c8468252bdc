"""A read-only IMAP connection (IMAPClient) with certificate checks and errors in plain words.

Why a wrapper instead of handing ``IMAPClient`` around: the promise "PrivacyDesk never disturbs the
mailbox" (no \\Seen, no move, no delete) is easiest to keep when the only object the sync engine sees
has no method that could break it. Folders are opened with ``EXAMINE`` (``select_folder(readonly=True)``)
and a server that answers EXAMINE with READ-WRITE is refused; every body fetch uses ``BODY.PEEK``, which
by definition does not set \\Seen. There is no append/store/copy/move/expunge here on purpose: the
only code that writes to a mailbox is ``mail.mailbox`` (a reply saved to Drafts or copied to Sent,
when a person asks for it), which opens its own session with ``open_client``.

Security: ``ssl`` (implicit TLS, port 993, the default) or ``starttls`` (port 143); plain text only
to a loopback host and only when the caller explicitly allows it (tests, a local bridge such as
ProtonMail Bridge). Certificates are always verified against the system store, or against the CA file
the user gave for a self-hosted server (``ssl.create_default_context(cafile=...)``: the file *replaces*
the system store). A certificate that does not verify is never accepted; the error says so.

Errors: every failure leaves as one of the ``ImapError`` subclasses below, whose message is meant for
the user. ``ImapConnectionError`` is the only one worth retrying; ``ImapAuthError`` must stop the
caller at once (retrying a wrong password can lock the account).

IMAPClient 4.1 hazards handled here (shared/reference/environment.md): ``fetch`` raises ValueError on
range strings such as ``"1:*"``, so UIDs are searched first and fetched as explicit lists;
INTERNALDATE is converted to naive *local* time unless ``normalise_times`` is off, so it is switched
off and dates are made UTC. IMAPClient logs the whole protocol (bodies included) at DEBUG to the
``imapclient`` loggers; we cap those at INFO so no mail content can reach a log file.
"""

from __future__ import annotations

import contextlib
import errno
import imaplib
import logging
import os
import socket
import ssl
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Literal

from imapclient import IMAPClient
from imapclient import exceptions as imap_exc

from privacydesk.mail.imapparts import sections_of

log = logging.getLogger(__name__)

# Personal data must not reach logs (STYLE 11): IMAPClient logs every protocol line at DEBUG.
logging.getLogger("imapclient").setLevel(logging.INFO)

Security = Literal["ssl", "starttls", "none"]
SECURITY_CHOICES: Final = ("ssl", "starttls", "none")
DEFAULT_PORTS: Final = {"ssl": 993, "starttls": 143, "none": 143}
LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})

#: What the first pass fetches: enough to fingerprint, thread and classify, never the whole message.
TEXT_PREFIX_BYTES: Final = 8192
FIRST_PASS_ITEMS: Final = ("UID", "RFC822.SIZE", "INTERNALDATE", "BODY.PEEK[HEADER]",
                           f"BODY.PEEK[TEXT]<0.{TEXT_PREFIX_BYTES}>")
FULL_ITEMS: Final = ("UID", "BODY.PEEK[]")


# -- errors ----------------------------------------------------------------------------------------

class ImapError(Exception):
    """Something went wrong talking to the mail server; ``str()`` is meant for the user."""

    retryable: bool = False


class ImapSettingsError(ImapError, ValueError):
    """The account settings cannot work (bad security choice, missing CA file, ...)."""


class ImapAuthError(ImapError):
    """The server refused the username or password. Do not retry: it may lock the account."""


class ImapSecurityError(ImapError):
    """A secure connection could not be set up (no STARTTLS, TLS handshake failed)."""


class ImapCertificateError(ImapSecurityError):
    """The server's certificate did not verify; the connection was refused."""


class ImapConnectionError(ImapError):
    """The network or the server failed (refused, timed out, dropped). Worth retrying later."""

    retryable = True


class ImapFolderError(ImapError):
    """A folder does not exist or cannot be opened."""


class ImapProtocolError(ImapError):
    """The server answered something we cannot use (a refusal or a broken response)."""


# -- settings --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImapSettings:
    """How to reach one mailbox. The password is never here (it lives in the OS keyring)."""

    host: str
    username: str
    security: str = "ssl"
    port: int | None = None
    ca_file: str | None = None
    allow_plain: bool = False  # "none" needs this AND a loopback host
    timeout: float = 60.0

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS.get(self.security, 993)

    def check(self) -> None:
        """Raise ``ImapSettingsError`` (in plain words) for settings that cannot work safely."""
        check_settings(self.host, self.security, self.port, self.ca_file, allow_plain=self.allow_plain)


def check_settings(host: str, security: str, port: int | None, ca_file: str | None, *,
                   allow_plain: bool) -> None:
    if not host or any(c.isspace() for c in host):
        raise ImapSettingsError(f"{host!r} is not a valid server name.")
    if security not in SECURITY_CHOICES:
        raise ImapSettingsError(
            f"Unknown security {security!r}; choose one of: {', '.join(SECURITY_CHOICES)}.")
    if security == "none":
        if host.lower() not in LOOPBACK_HOSTS:
            raise ImapSettingsError(
                f"Refusing to send the password unencrypted to {host}: security 'none' is only "
                "allowed for a server on this computer (127.0.0.1 or localhost). Use 'ssl' or 'starttls'.")
        if not allow_plain:
            raise ImapSettingsError(
                "Security 'none' (no encryption) must be asked for explicitly, and only for a server "
                "on this computer.")
    if port is not None and not 0 < port < 65536:
        raise ImapSettingsError(f"Port {port} is not valid (1-65535).")
    if ca_file is not None:
        if not os.path.isfile(ca_file):
            raise ImapSettingsError(f"The CA certificate file {ca_file} does not exist.")
        if not os.access(ca_file, os.R_OK):
            raise ImapSettingsError(f"The CA certificate file {ca_file} cannot be read by this user.")


def ssl_context(ca_file: str | None) -> ssl.SSLContext:
    """A verifying context: hostname checked, certificates required, TLS 1.2 or newer."""
    try:
        context = ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise ImapSettingsError(
            f"The CA certificate file {ca_file} could not be loaded ({exc}). It must contain one or "
            "more PEM certificates (-----BEGIN CERTIFICATE-----).") from exc
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


# -- values ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FolderStatus:
    name: str
    uidvalidity: int
    uidnext: int | None
    messages: int
    highest_modseq: int | None


@dataclass(frozen=True)
class FirstPass:
    """What the first pass brought for one message (headers and a text prefix, never the whole)."""

    uid: int
    size: int
    internaldate: datetime | None
    header: bytes
    text: bytes


# -- error mapping ---------------------------------------------------------------------------------

def _server_text(exc: BaseException) -> str:
    text = str(exc).strip()
    for prefix in ("b'", 'b"'):
        if text.startswith(prefix) and text.endswith(text[1]):
            text = text[2:-1]
    return text[:300]


@contextlib.contextmanager
def _mapped(settings: ImapSettings, doing: str) -> Iterator[None]:
    """Turn library and socket errors into ``ImapError`` subclasses with a readable message."""
    where = f"{settings.host}:{settings.effective_port}"
    try:
        yield
    except ImapError:
        raise
    except ssl.SSLCertVerificationError as exc:
        reason = exc.verify_message or exc.reason or str(exc)
        hint = ("If this is your own server with its own certificate authority, add the authority's "
                "certificate with --ca-file." if settings.ca_file is None else
                f"The CA file {settings.ca_file} does not vouch for this server.")
        raise ImapCertificateError(
            f"The certificate of {settings.host} was refused ({reason}), so PrivacyDesk did not connect. "
            f"{hint} Never connect to a server whose certificate you cannot verify.") from exc
    except (ssl.SSLEOFError, ssl.SSLZeroReturnError) as exc:
        raise ImapConnectionError(f"The secure connection to {where} was closed while {doing}.") from exc
    except ssl.SSLError as exc:
        reason = exc.reason or str(exc)
        if reason in ("WRONG_VERSION_NUMBER", "UNKNOWN_PROTOCOL", "RECORD_LAYER_FAILURE") \
                or "wrong version" in str(exc).lower():
            hint = (" The server on this port does not speak TLS directly: check the port, or use "
                    "--security starttls (port 143).")
        else:
            hint = ""
        raise ImapSecurityError(f"Secure connection to {where} failed ({reason}).{hint}") from exc
    except imap_exc.LoginError as exc:
        text = _server_text(exc)
        if "[UNAVAILABLE]" in text.upper():
            raise ImapConnectionError(f"{settings.host} cannot log you in right now ({text}). "
                                      "It will be tried again later.") from exc
        hint = ""
        if "application-specific password" in text.lower() or "app password" in text.lower():
            hint = " This account needs an app password (see docs/accounts.md)."
        raise ImapAuthError(
            f"{settings.host} refused the login for {settings.username}: {text}.{hint} Check the "
            "username and password (PrivacyDesk will not retry, to avoid locking the account).") from exc
    except ConnectionRefusedError as exc:
        raise ImapConnectionError(f"{where} refused the connection. Check the server name, the port "
                                  "and that the server is running.") from exc
    except (imap_exc.IMAPClientAbortError, EOFError, ConnectionError) as exc:
        raise ImapConnectionError(f"The connection to {where} was lost while {doing} ({exc}).") from exc
    except TimeoutError as exc:  # socket.timeout is an alias
        raise ImapConnectionError(f"{where} did not answer in time while {doing}.") from exc
    except socket.gaierror as exc:
        raise ImapConnectionError(f"The server name {settings.host} could not be found ({exc.strerror}). "
                                  "Check the name and the internet connection.") from exc
    except OSError as exc:
        if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            raise ImapConnectionError(f"{where} cannot be reached (no network route). Check the "
                                      "internet connection.") from exc
        raise ImapConnectionError(f"Network error talking to {where} while {doing}: "
                                  f"{exc.strerror or exc}.") from exc
    except imap_exc.IMAPClientError as exc:
        raise ImapProtocolError(f"{settings.host} refused {doing}: {_server_text(exc)}") from exc
    except ValueError as exc:  # IMAPClient's response parser on a malformed answer
        raise ImapProtocolError(f"{settings.host} sent a response that could not be read while "
                                f"{doing}.") from exc


# -- the connection --------------------------------------------------------------------------------

def open_client(settings: ImapSettings, password: str) -> IMAPClient:
    """A verified, logged-in ``IMAPClient`` (exactly one login attempt). Only ``connect`` (read-only)
    and ``mail.mailbox`` (the one place that writes: drafts and sent copies) call this."""
    settings.check()
    context = ssl_context(settings.ca_file) if settings.security != "none" else None
    with _mapped(settings, "connecting"):
        client = IMAPClient(settings.host, port=settings.effective_port, ssl=settings.security == "ssl",
                            ssl_context=context, timeout=settings.timeout)
    try:
        with _mapped(settings, "starting TLS"):
            if settings.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise ImapSecurityError(
                        f"{settings.host} does not offer STARTTLS on port {settings.effective_port}, so "
                        "the password would travel unencrypted; PrivacyDesk did not log in. Use "
                        "--security ssl (port 993).")
                client.starttls(context)
        with _mapped(settings, "logging in"):
            client.login(settings.username, password)
        return client
    except BaseException:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise


def connect(settings: ImapSettings, password: str) -> ImapConnection:
    """Open a verified connection and log in. Exactly one login attempt is made."""
    client = open_client(settings, password)
    try:
        conn = ImapConnection(client, settings)
        with _mapped(settings, "reading the server's capabilities"):
            conn._load_capabilities()
        return conn
    except BaseException:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise


#: ``mapped(settings, doing)``: turn library and socket errors into ``ImapError`` subclasses.
mapped = _mapped


class ImapConnection:
    """One logged-in, read-only session. Not thread-safe: one owner at a time."""

    def __init__(self, client: IMAPClient, settings: ImapSettings) -> None:
        self._client = client
        self.settings = settings
        client.normalise_times = False  # keep INTERNALDATE's zone; we convert to UTC
        self.capabilities: frozenset[str] = frozenset()
        self.selected: str | None = None
        self._idling = False

    def _load_capabilities(self) -> None:
        self.capabilities = frozenset(c.decode("ascii", "replace").upper()
                                      for c in self._client.capabilities())

    @property
    def has_condstore(self) -> bool:
        return "CONDSTORE" in self.capabilities

    @property
    def has_idle(self) -> bool:
        return "IDLE" in self.capabilities

    @property
    def is_gmail(self) -> bool:
        return "X-GM-EXT-1" in self.capabilities

    # -- folders ---------------------------------------------------------------------------------
    def list_folders(self) -> list[str]:
        with _mapped(self.settings, "listing folders"):
            rows = self._client.list_folders()
        names = []
        for flags, _delim, name in rows:
            if b"\\Noselect" in flags or b"\\NonExistent" in flags:
                continue
            names.append(name if isinstance(name, str) else name.decode("utf-8", "replace"))
        return names

    def find_special(self, flag: bytes) -> str | None:
        """The folder carrying a SPECIAL-USE flag (``b"\\Sent"``, RFC 6154), else one with a usual
        name ("Sent", "Sent Items" …), else None. Only LIST: nothing is opened or changed."""
        with _mapped(self.settings, "looking for a folder"):
            found = self._client.find_special_folder(flag)
        if found is None:
            return None
        return found if isinstance(found, str) else bytes(found).decode("utf-8", "replace")

    def status(self, folder: str) -> FolderStatus:
        """UIDVALIDITY/UIDNEXT/MESSAGES (+HIGHESTMODSEQ with CONDSTORE) without opening the folder."""
        items = ["MESSAGES", "UIDNEXT", "UIDVALIDITY"]
        if self.has_condstore:
            items.append("HIGHESTMODSEQ")
        if self.selected is not None:
            # STATUS on the selected folder answers from the session's (possibly stale) view, and
            # RFC 3501 discourages it: leave the folder first (UNSELECT never expunges).
            self._leave_folder()
        with self._folder_errors(folder, "reading the folder status"):
            data = self._client.folder_status(folder, items)
        return self._folder_status(folder, data)

    def examine(self, folder: str) -> FolderStatus:
        """Open ``folder`` read-only (EXAMINE). Refuses a server that opens it read-write."""
        with self._folder_errors(folder, "opening the folder read-only"):
            data = self._client.select_folder(folder, readonly=True)
        if data.get(b"READ-WRITE"):
            raise ImapProtocolError(
                f"{self.settings.host} opened {folder} read-write although PrivacyDesk asked for "
                "read-only (EXAMINE); stopping so that the mailbox cannot be changed.")
        self.selected = folder
        # HIGHESTMODSEQ is only in EXAMINE's answer after ENABLE CONDSTORE, which would also add a
        # MODSEQ to every FETCH response; ``status`` reports it instead.
        return self._folder_status(folder, data)

    def _leave_folder(self) -> None:
        with _mapped(self.settings, "leaving the folder"):
            if "UNSELECT" in self.capabilities:
                self._client.unselect_folder()
            else:
                # CLOSE on a folder opened with EXAMINE removes nothing (RFC 3501 6.4.2).
                self._client.close_folder()
        self.selected = None

    @contextlib.contextmanager
    def _folder_errors(self, folder: str, doing: str) -> Iterator[None]:
        try:
            with _mapped(self.settings, f"{doing} ({folder})"):
                yield
        except ImapProtocolError as exc:
            text = str(exc).lower()
            if any(w in text for w in ("nonexistent", "doesn't exist", "does not exist", "not exist",
                                       "unknown mailbox", "no such", "not found")):
                raise ImapFolderError(f"The folder {folder!r} does not exist on {self.settings.host}. "
                                      "Check the account's folders (privacydesk account test).") from exc
            raise

    @staticmethod
    def _folder_status(folder: str, data: dict[Any, Any]) -> FolderStatus:
        def get(key: bytes) -> int | None:
            value = data.get(key)
            if value is None:
                return None
            if isinstance(value, list | tuple):
                value = value[0] if value else None
            try:
                return int(value) if value is not None else None
            except (TypeError, ValueError):
                return None

        uidvalidity = get(b"UIDVALIDITY")
        if uidvalidity is None:
            raise ImapProtocolError(f"The server did not report the UIDVALIDITY of {folder!r}; "
                                    "it cannot be synced safely.")
        return FolderStatus(name=folder, uidvalidity=uidvalidity, uidnext=get(b"UIDNEXT"),
                            messages=get(b"MESSAGES") or get(b"EXISTS") or 0,
                            highest_modseq=get(b"HIGHESTMODSEQ"))

    # -- messages (in the folder opened by ``examine``) ------------------------------------------
    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above ``last_uid``, ascending. (``UID n:*`` also matches the highest UID even when
        it is below n — RFC 3501 — hence the filter.)"""
        criteria: list[str] = ["ALL"] if last_uid <= 0 else ["UID", f"{last_uid + 1}:*"]
        with _mapped(self.settings, "searching the folder"):
            found = self._client.search(criteria)
        return sorted(u for u in (int(x) for x in found) if u > last_uid)

    def fetch_first_pass(self, uids: Sequence[int]) -> list[FirstPass]:
        """Headers + the first 8 KiB of the body text, size and INTERNALDATE (all with PEEK)."""
        if not uids:
            return []
        with _mapped(self.settings, "fetching message headers"):
            data = self._client.fetch(list(uids), list(FIRST_PASS_ITEMS))
        out: list[FirstPass] = []
        for uid in uids:
            item = data.get(uid)
            if item is None:  # expunged meanwhile: nothing to store, nothing lost
                continue
            header = item.get(b"BODY[HEADER]") or b""
            text = b""
            for key, value in item.items():
                if isinstance(key, bytes) and key.startswith(b"BODY[TEXT]"):
                    text = value or b""
                    break
            out.append(FirstPass(uid=uid, size=int(item.get(b"RFC822.SIZE") or 0),
                                 internaldate=_utc(item.get(b"INTERNALDATE")),
                                 header=bytes(header), text=bytes(text)))
        return out

    def fetch_full(self, uids: Sequence[int]) -> dict[int, bytes]:
        """The whole messages (``BODY.PEEK[]``: does not set \\Seen)."""
        if not uids:
            return {}
        with _mapped(self.settings, "fetching whole messages"):
            data = self._client.fetch(list(uids), list(FULL_ITEMS))
        wanted = set(uids)
        return {uid: bytes(item.get(b"BODY[]") or b"") for uid, item in data.items() if uid in wanted}

    def fetch_structure(self, uids: Sequence[int]) -> dict[int, Any]:
        """Each message's BODYSTRUCTURE (its parts, their types and sizes; nothing of the content)."""
        if not uids:
            return {}
        with _mapped(self.settings, "reading the shape of messages"):
            data = self._client.fetch(list(uids), ["BODYSTRUCTURE"])
        wanted = set(uids)
        return {uid: item.get(b"BODYSTRUCTURE") for uid, item in data.items()
                if uid in wanted and item.get(b"BODYSTRUCTURE") is not None}

    def fetch_sections(self, uids: Sequence[int], sections: Sequence[str]) -> dict[int, dict[str, bytes]]:
        """The same body sections (``"1.MIME"``, ``"2"`` …) of several messages, with
        ``BODY.PEEK`` (does not set \\Seen): a message's text without its attachments."""
        if not uids or not sections:
            return {}
        with _mapped(self.settings, "fetching the text of messages"):
            data = self._client.fetch(list(uids), [f"BODY.PEEK[{s}]" for s in sections])
        wanted = set(uids)
        return {uid: sections_of(item, sections) for uid, item in data.items() if uid in wanted}

    def fetch_part(self, uid: int, offset: int, length: int) -> bytes | None:
        """``length`` bytes of a message from ``offset`` (``BODY.PEEK[]<offset.length>``; does not
        set \\Seen): a message too large to hold in memory is fetched piece by piece into a
        spool file. None if the message is gone (expunged meanwhile)."""
        with _mapped(self.settings, "fetching a large message"):
            data = self._client.fetch([uid], [f"BODY.PEEK[]<{int(offset)}.{int(length)}>"])
        item = data.get(uid)
        if item is None:
            return None
        for key, value in item.items():
            if isinstance(key, bytes) and key.startswith(b"BODY[]"):
                return bytes(value or b"")
        return b""

    # -- waiting for new mail --------------------------------------------------------------------
    def idle_wait(self, timeout: float, should_stop: Any = None, slice_seconds: float = 1.0) -> bool:
        """IDLE on the examined folder until the server reports a change, ``timeout`` passes or
        ``should_stop()`` is true (checked every ``slice_seconds``). Returns True on a change.

        The caller re-issues IDLE well before the 29 minutes after which servers may drop it.
        """
        if self.selected is None:
            raise ImapProtocolError("IDLE needs an opened folder")
        deadline = time.monotonic() + timeout
        changed = False
        with _mapped(self.settings, "waiting for new mail"):
            self._client.idle()
            self._idling = True
            try:
                while not changed:
                    left = deadline - time.monotonic()
                    if left <= 0 or (should_stop is not None and should_stop()):
                        break
                    wait = min(slice_seconds, left)
                    started = time.monotonic()
                    responses = self._client.idle_check(timeout=wait)
                    changed = self._announces_change(responses)
                    if not responses and time.monotonic() - started < wait / 2:
                        # Back early with nothing: IMAPClient hides an EOF here, so the server may
                        # have closed the connection. Leaving IDLE tells (it fails on a dead one).
                        self._idling = False
                        changed = self._announces_change(self._idle_done())
                        if not changed:
                            self._client.idle()
                            self._idling = True
            finally:
                if self._idling:
                    self._idling = False
                    changed = self._announces_change(self._idle_done()) or changed
        return changed

    def _idle_done(self) -> list[Any]:
        done = self._client.idle_done()
        return list(done[1]) if isinstance(done, tuple) and len(done) > 1 else []

    def _announces_change(self, responses: Sequence[Any]) -> bool:
        changed = False
        for response in responses:
            if len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT", b"EXPUNGE"):
                changed = True
            elif response and response[0] == b"BYE":
                raise ImapConnectionError(f"{self.settings.host} closed the connection.")
        return changed

    def noop(self) -> None:
        with _mapped(self.settings, "checking the connection"):
            self._client.noop()

    # -- closing ---------------------------------------------------------------------------------
    def interrupt(self) -> None:
        """Break a blocking read in progress in another thread, now (Ctrl+C, closing the window):
        the socket is shut down at the TCP level, so the waiting call fails at once with
        ``ImapConnectionError`` instead of after its timeout. The TLS layer is not touched (the
        other thread is using it). Never raises; ``close()`` still runs afterwards."""
        try:
            sock = self._client.socket()
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except Exception:
            log.debug("interrupting a connection: it was already closed")

    def close(self) -> None:
        """Log out politely; never raises (the connection may already be gone)."""
        try:
            with contextlib.suppress(Exception):
                self._client.socket().settimeout(5)
            self._client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                self._client.shutdown()

    def __enter__(self) -> ImapConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _utc(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:  # should not happen with normalise_times off; assume UTC
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def describe(exc: BaseException) -> str:
    """A one-line message for any error raised while talking to a server."""
    if isinstance(exc, ImapError):
        return str(exc)
    if isinstance(exc, imaplib.IMAP4.error):
        return f"Mail server error: {_server_text(exc)}"
    return f"Unexpected error: {type(exc).__name__}"
