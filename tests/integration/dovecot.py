"""A throwaway Dovecot IMAP server on 127.0.0.1 for the sync tests and the benchmark.

The server runs as a child process (``dovecot -F -c <config>``) with everything inside one temporary
directory: config, passwd-file users, a TLS certificate issued by a test CA made here with
``cryptography``, base_dir/state_dir/logs and the users' maildirs. Nothing on the machine is touched and
no service is started. Facts this relies on (shared/reference/environment.md): the mail uid must not be
0; the ``dovecot`` user must be able to traverse every parent directory (``mkdtemp`` makes 0700: we
chmod 0755); IDLE reports a new message about 0.5 s after it arrives.

Users are added at any time (passwd-file is re-read when it changes), so each test gets a fresh mailbox.
``admin(user)`` opens a *writable* IMAP connection for the tests to change the mailbox (append, create,
delete); the code under test never gets one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ENABLE = "sudo apt-get install -y --no-install-recommends dovecot-core dovecot-imapd"
MAIL_UID = 10000  # any non-zero uid (as root); otherwise our own uid


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)), None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- certificates ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TestCA:
    cert_pem: bytes
    key_pem: bytes


def make_ca(common_name: str) -> tuple[TestCA, object]:
    """A self-signed CA certificate (and its private key object, to sign server certificates)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return TestCA(pem, key_pem), key


def make_server_cert(ca: TestCA, ca_key: object, hosts: Iterable[str] = ("localhost", "127.0.0.1")
                     ) -> tuple[bytes, bytes]:
    """A server certificate for ``hosts`` (DNS names and IP addresses) signed by ``ca``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    ca_cert = x509.load_pem_x509_certificate(ca.cert_pem)
    key = ec.generate_private_key(ec.SECP256R1())
    sans: list[x509.GeneralName] = []
    for host in hosts:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            sans.append(x509.DNSName(host))
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, next(iter(hosts)))]))
        .issuer_name(ca_cert.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()),  # type: ignore[arg-type]
                       critical=False)
        .sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


# -- the server ------------------------------------------------------------------------------------

class DovecotServer:
    """Start with ``start()``, stop with ``stop()`` (or use as a context manager)."""

    def __init__(self, *, fsync: bool = False, pool_size: int = 60) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise FileNotFoundError("the dovecot binary was not found")
        self.binary = binary
        self.root = Path(tempfile.mkdtemp(prefix="pd-dovecot-"))
        self.home = self.root / "home"
        self.users_file = self.root / "users"
        self.config = self.root / "dovecot.conf"
        self.log = self.root / "dovecot.log"
        self.port = free_port()       # plain IMAP / STARTTLS
        self.ssl_port = free_port()   # implicit TLS
        self.fsync = fsync
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        self.mail_uid = MAIL_UID if self.as_root else os.getuid()
        self.mail_gid = MAIL_UID if self.as_root else os.getgid()
        self.ca_file = self.root / "ca.pem"            # the CA that signed the server certificate
        self.other_ca_file = self.root / "other-ca.pem"  # a CA that did not
        self.process: subprocess.Popen[bytes] | None = None
        self.users: dict[str, str] = {}
        self.pool_size = pool_size
        self._pool: list[str] = []

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self, timeout: float = 20.0) -> None:
        os.chmod(self.root, 0o755)
        self.home.mkdir(mode=0o755)
        os.chmod(self.home, 0o755)
        ca, ca_key = make_ca("PrivacyDesk Test CA")
        cert, key = make_server_cert(ca, ca_key)
        other, _ = make_ca("Some Other CA")
        self.ca_file.write_bytes(ca.cert_pem)
        self.other_ca_file.write_bytes(other.cert_pem)
        (self.root / "server.crt").write_bytes(cert + ca.cert_pem)
        (self.root / "server.key").write_bytes(key)
        os.chmod(self.root / "server.key", 0o600)
        self.users_file.write_text("")
        os.chmod(self.users_file, 0o644)
        for _ in range(self.pool_size):
            name = f"user{secrets.token_hex(4)}"
            self._write_user(name, secrets.token_urlsafe(12))
            self._pool.append(name)
        self.config.write_text(self._config())
        self._spawn()
        self._wait_ready(timeout)

    def _spawn(self) -> None:
        with open(self.root / "stderr.log", "ab") as err:  # the child keeps its own copy
            self.process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)

    def restart(self, timeout: float = 20.0) -> None:
        """Stop and start the same server (same users, mail and ports): a server restart."""
        self._terminate()
        self._spawn()
        self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited with {self.process.returncode}:\n{self.diagnostics()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(200).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not start in {timeout} s:\n{self.diagnostics()}")

    def _terminate(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        self._terminate()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def diagnostics(self) -> str:
        parts = []
        for name in ("stderr.log", "dovecot.log"):
            path = self.root / name
            if path.exists():
                parts.append(f"--- {name}\n" + path.read_text(errors="replace")[-4000:])
        return "\n".join(parts)

    def _config(self) -> str:
        if self.as_root:
            users = "default_internal_user = dovecot\ndefault_login_user = dovenull\n"
        else:
            import getpass

            me = getpass.getuser()
            users = f"default_internal_user = {me}\ndefault_login_user = {me}\n"
        r = self.root
        return f"""
instance_name = pd-{secrets.token_hex(4)}
base_dir = {r}/run
state_dir = {r}/state
log_path = {self.log}
info_log_path = {self.log}
protocols = imap
listen = 127.0.0.1
{users}
first_valid_uid = 1
first_valid_gid = 1
ssl = yes
ssl_cert = <{r}/server.crt
ssl_key = <{r}/server.key
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
login_trusted_networks = 127.0.0.1/32
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  # SPECIAL-USE (RFC 6154) under names a client cannot guess, so tests prove folders are found by
  # their flag; created only when a test creates them (auto = no).
  mailbox Brouillons {{
    special_use = \\Drafts
  }}
  mailbox "Mail envoye" {{
    special_use = \\Sent
  }}
}}
mail_fsync = {"optimized" if self.fsync else "never"}
maildir_very_dirty_syncs = no
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.users_file}
}}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={self.home}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.ssl_port}
    ssl = yes
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
"""

    # -- users and mail --------------------------------------------------------------------------
    def _write_user(self, name: str, password: str) -> None:
        home = self.home / name
        home.mkdir(mode=0o700)
        if self.as_root:
            os.chown(home, self.mail_uid, self.mail_gid)
        self.users[name] = password
        with self.users_file.open("a") as f:
            f.write(f"{name}:{password}\n")

    def add_user(self, name: str | None = None, password: str | None = None) -> tuple[str, str]:
        """A new, empty mailbox; returns (username, password).

        Dovecot re-reads passwd-file at most about once a second, so users are created ahead in a
        pool when the server starts; a user with a chosen name or password is written now and we wait
        for the reload.
        """
        if name is None and password is None and self._pool:
            name = self._pool.pop()
            return name, self.users[name]
        name = name or f"user{secrets.token_hex(4)}"
        password = password or secrets.token_urlsafe(12)
        self._write_user(name, password)
        time.sleep(1.2)
        st = self.users_file.stat()
        os.utime(self.users_file, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
        time.sleep(1.2)
        return name, password

    @contextlib.contextmanager
    def admin(self, user: str) -> Iterator[object]:
        """A writable IMAPClient for the test to change ``user``'s mailbox (never given to the code)."""
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        try:
            client.login(user, self.users[user])
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, user: str, raw: bytes | Iterable[bytes], folder: str = "INBOX",
               when: dt.datetime | None = None, flags: Iterable[str] = ()) -> None:
        messages = [raw] if isinstance(raw, bytes) else list(raw)
        with self.admin(user) as c:
            if folder != "INBOX" and not c.folder_exists(folder):  # type: ignore[attr-defined]
                c.create_folder(folder)  # type: ignore[attr-defined]
            for m in messages:
                c.append(folder, m, flags=tuple(flags), msg_time=when)  # type: ignore[attr-defined]

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        base = self.home / user / "Maildir"
        return base if folder == "INBOX" else base / ("." + folder.replace("/", "."))  # Maildir++

    def write_maildir(self, user: str, messages: Iterable[tuple[bytes, float]], folder: str = "INBOX") -> int:
        """Seed a folder fast by writing Maildir files directly (``(raw, received_timestamp)`` pairs).

        Dovecot takes a file's mtime as the message's INTERNALDATE and assigns UIDs in file-name order
        when it first opens the folder. Only for a folder no client has opened yet.
        """
        path = self.maildir(user, folder)
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        count = 0
        host = socket.gethostname().replace("/", "_").replace(":", "_")
        for raw, when in messages:
            count += 1
            name = f"{int(when)}.M{count:07d}P{os.getpid()}.{host},S={len(raw)}:2,"
            file = path / "cur" / name
            file.write_bytes(raw)
            os.utime(file, (when, when))
        if self.as_root:
            for dirpath, _dirnames, filenames in os.walk(self.home / user):
                os.chown(dirpath, self.mail_uid, self.mail_gid)
                for n in filenames:
                    os.chown(os.path.join(dirpath, n), self.mail_uid, self.mail_gid)
        return count

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        return subprocess.run([doveadm, "-c", str(self.config), *args], capture_output=True, text=True,
                              timeout=60, check=True)


# -- keyring backends for tests --------------------------------------------------------------------
# Real ``KeyringBackend`` objects (never monkeypatched functions). Their ``priority`` is below the
# fail backend's (0), so keyring's automatic detection never picks them: they are used only when a
# test installs one with ``keyring.set_keyring()`` or names it in PYTHON_KEYRING_BACKEND (for CLI
# subprocesses; keyring requires a named backend's priority to be readable).

from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

from tests.keyrings import MemoryKeyring  # noqa: E402  (re-exported for the tests)


class FileTestKeyring(KeyringBackend):
    """Passwords in a JSON file named by PRIVACYDESK_TEST_KEYRING: shared with CLI subprocesses.

    Named without "plaintext" on purpose so that it stands for a secure store in tests; the plain-text
    handling is tested with ``PlaintextTestKeyring``.
    """

    priority = -5  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["PRIVACYDESK_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        import json

        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        import json

        path = self._path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._save(data)


class PlaintextTestKeyring(MemoryKeyring):
    """Stands for a backend that keeps passwords in plain text (like keyrings.alt's)."""


# -- realistic mail for the tests and the benchmark ----------------------------------------------

CORPORA = Path(__file__).resolve().parents[1] / "data" / "corpora"  # vendored public corpora

REQUEST_LETTERS = (  # English letters the classifier must file as requests (corpora/requests-public)
    "datenanfragen/access__en-access-default.txt",
    "datenanfragen/erasure__en-erasure-default.txt",
    "dmarti-privacy-docs/know__ccpa-rtk.txt",
    "diogenes-protocol/erasure__account-deletion-request.txt",
    "diogenes-protocol/access__gdpr-dsar.txt",
)

_BUSINESS_SUBJECTS = (
    "Quote request: 40 PLA brackets", "Order #{n} shipped", "Re: STL file for the prototype",
    "Invoice {n} from FilamentWorld", "Meeting on Thursday?", "Your print is ready for pickup",
    "Question about layer resolution", "Newsletter: new resins this month", "Re: Re: delivery address",
    "Payment received - thank you", "Can you print in PETG?", "Updated drawing (rev {n})",
)
_BUSINESS_LINES = (
    "Thanks for the quick turnaround on the last batch.",
    "Could you send a quote for the attached part in black PLA, 0.2 mm layers?",
    "The tolerances on the mounting holes should be +/- 0.1 mm.",
    "We would like 40 pieces by the end of the month if possible.",
    "Please find the invoice attached; payment terms are 30 days.",
    "Let me know if Thursday at 10 works for a call.",
    "The last prints had some stringing on the overhangs, can you adjust the settings?",
    "Our new catalogue is out, with three new engineering resins.",
)


def _b64_lines(data: bytes) -> bytes:
    import base64

    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


class MailFactory:
    """Deterministic, realistic messages (plain, multipart/alternative, attachments, replies)."""

    def __init__(self, seed: int = 7, domain: str = "3dpros.com") -> None:
        import random

        self.rng = random.Random(seed)
        self.domain = domain
        self.count = 0
        self.letters = [(CORPORA / "requests-public" / p).read_text(encoding="utf-8") for p in REQUEST_LETTERS
                        if (CORPORA / "requests-public" / p).exists()]
        if not self.letters:
            self.letters = ["I am writing to request access to all personal data you hold about me, "
                            "under Article 15 GDPR. Please send me a copy within one month."]

    def _headers(self, sender: str, subject: str, msgid: str, when: dt.datetime,
                 extra: tuple[str, ...] = ()) -> list[str]:
        from email.utils import format_datetime

        return [f"Return-Path: <{sender.split('<')[-1].rstrip('>')}>",
                f"Received: from mx.example.net by mail.{self.domain}; {format_datetime(when)}",
                f"From: {sender}", f"To: 3DPros Team <team@{self.domain}>", f"Subject: {subject}",
                f"Date: {format_datetime(when)}", f"Message-ID: {msgid}", "MIME-Version: 1.0", *extra]

    def _when(self) -> dt.datetime:
        base = dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC)
        return base + dt.timedelta(minutes=17 * self.count + self.rng.randrange(0, 15))

    def _noise(self) -> bytes:
        if not hasattr(self, "_noise_block"):
            self._noise_block = self.rng.randbytes(1 << 16)
        return self._noise_block

    def message_id(self) -> str:
        return f"<m{self.count}.{self.rng.randrange(10**9)}@mail.example.net>"

    def request(self, *, reply_to: str | None = None, name: str | None = None,
                attachment_bytes: int = 0) -> tuple[bytes, str]:
        """A privacy request letter (plain text; with an attachment, e.g. an ID scan, if asked),
        returns (raw, Message-ID)."""
        self.count += 1
        n = self.count
        name = name or f"Requester {n}"
        sender = f"{name} <requester{n}@example.org>"
        letter = self.rng.choice(self.letters).replace("{", "").replace("}", "")
        msgid = self.message_id()
        subject = self.rng.choice(("Data subject access request", "Request to delete my personal data",
                                   "Privacy request", "CCPA request"))
        body = f"Hello,\n\n{letter}\n\nKind regards,\n{name}\n".replace("\n", "\r\n")
        if attachment_bytes:
            boundary = f"=_r{n}"
            scan = (self._noise() * (attachment_bytes // len(self._noise()) + 1))[:attachment_bytes]
            headers = self._headers(sender, subject, msgid, self._when(),
                                    (f"Content-Type: multipart/mixed; boundary=\"{boundary}\"",))
            return (("\r\n".join(headers) + f"\r\n\r\n--{boundary}\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
                     + f"\r\n--{boundary}\r\nContent-Type: image/jpeg; name=\"id.jpg\"\r\n"
                     "Content-Disposition: attachment; filename=\"id.jpg\"\r\n"
                     "Content-Transfer-Encoding: base64\r\n\r\n").encode()
                    + _b64_lines(scan) + f"\r\n--{boundary}--\r\n".encode()), msgid
        headers = self._headers(sender, subject, msgid, self._when(),
                                ("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"))
        return ("\r\n".join(headers) + "\r\n\r\n" + body).encode(), msgid

    def follow_up(self, original_id: str, requester: int, text: str = "") -> tuple[bytes, str]:
        """The requester's reply to a thread (In-Reply-To/References to ``original_id``)."""
        self.count += 1
        msgid = self.message_id()
        headers = self._headers(f"Requester {requester} <requester{requester}@example.org>",
                                "Re: Privacy request", msgid, self._when(),
                                (f"In-Reply-To: {original_id}", f"References: {original_id}",
                                 "Content-Type: text/plain; charset=utf-8"))
        body = text or "Hello again,\r\nI have attached a copy of my ID as you asked.\r\nRegards\r\n"
        return ("\r\n".join(headers) + "\r\n\r\n" + body).encode(), msgid

    def business(self, *, attachment_bytes: int = 0, html: bool | None = None,
                 reply_to: str | None = None) -> tuple[bytes, str]:
        """An ordinary business message; optionally HTML alternative and an attachment."""
        self.count += 1
        n = self.count
        rng = self.rng
        sender = f"Customer {n % 500} <customer{n % 500}@{rng.choice(('example.com', 'shop.example', 'acme.test'))}>"
        subject = rng.choice(_BUSINESS_SUBJECTS).format(n=n)
        msgid = self.message_id()
        paragraphs = "\n\n".join(" ".join(rng.choice(_BUSINESS_LINES) for _ in range(rng.randrange(2, 7)))
                                 for _ in range(rng.randrange(1, 6)))
        text = f"Hi team,\n\n{paragraphs}\n\nBest,\nCustomer {n % 500}\n".replace("\n", "\r\n")
        extra: tuple[str, ...] = ()
        if reply_to:
            extra = (f"In-Reply-To: {reply_to}", f"References: {reply_to}")
        html = rng.random() < 0.6 if html is None else html
        boundary = f"=_b{n}_{rng.randrange(10**6)}"
        if not html and not attachment_bytes:
            headers = self._headers(sender, subject, msgid, self._when(),
                                    (*extra, "Content-Type: text/plain; charset=utf-8"))
            return ("\r\n".join(headers) + "\r\n\r\n" + text).encode(), msgid
        parts: list[bytes] = []
        if html:
            alt = f"=_a{n}"
            # Real HTML mail carries a style sheet and layout tables: 5-25 KB for a few lines of text.
            css = "".join(f".c{i}{{font-family:Arial,sans-serif;color:#333;margin:0 0 8px 0}}"
                          for i in range(rng.randrange(60, 300)))
            html_body = ("<html><head><style>" + css + "</style></head><body><table width=\"100%\"><tr><td>"
                         + "".join(f"<p class=\"c1\">{p}</p>" for p in paragraphs.split("\n\n"))
                         + "</td></tr></table></body></html>")
            parts.append((f"Content-Type: multipart/alternative; boundary=\"{alt}\"\r\n\r\n"
                          f"--{alt}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
                          f"--{alt}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html_body}\r\n"
                          f"--{alt}--\r\n").encode())
        else:
            parts.append(f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}".encode())
        if attachment_bytes:
            blob = (self._noise() * (attachment_bytes // len(self._noise()) + 1))[:attachment_bytes]
            parts.append(b"Content-Type: application/octet-stream; name=\"part.stl\"\r\n"
                         b"Content-Disposition: attachment; filename=\"part.stl\"\r\n"
                         b"Content-Transfer-Encoding: base64\r\n\r\n" + _b64_lines(blob) + b"\r\n")
        headers = self._headers(sender, subject, msgid, self._when(),
                                (*extra, f"Content-Type: multipart/mixed; boundary=\"{boundary}\""))
        body = b"".join(f"--{boundary}\r\n".encode() + p for p in parts) + f"--{boundary}--\r\n".encode()
        return ("\r\n".join(headers) + "\r\n\r\n").encode() + body, msgid

    def newsletter(self) -> tuple[bytes, str]:
        self.count += 1
        msgid = self.message_id()
        headers = self._headers("FilamentWorld <news@filamentworld.example>", "This month's offers", msgid,
                                self._when(), ("List-Id: <offers.filamentworld.example>",
                                               "List-Unsubscribe: <https://filamentworld.example/u>",
                                               "Precedence: bulk", "Content-Type: text/plain; charset=utf-8"))
        return ("\r\n".join(headers) + "\r\n\r\n" + "New resins and 10% off PETG this month.\r\n" * 20).encode(), msgid

    def mailbox(self, total: int, request_ratio: float = 0.02, *, large_ratio: float = 0.0025,
                attachment_ratio: float = 0.05, follow_up_ratio: float = 0.3,
                attachment_range: tuple[int, int] = (20_000, 400_000)) -> list[tuple[bytes, str, str]]:
        """``total`` messages: (raw, kind, Message-ID) with kind request/follow_up/business/newsletter.

        Sizes: mostly 1-20 KB; ``attachment_ratio`` carry 20-400 KB attachments and ``large_ratio`` 1-6 MB
        ones. A share of requests get a follow-up later in the mailbox.
        """
        rng = self.rng
        out: list[tuple[bytes, str, str]] = []
        pending_followups: list[tuple[int, str, int]] = []  # (due index, msgid, requester n)
        requests_wanted = max(1, round(total * request_ratio))
        request_slots = set(rng.sample(range(total), requests_wanted)) if total > 1 else {0}
        for i in range(total):
            due = [p for p in pending_followups if p[0] <= i]
            if due and i not in request_slots:
                entry = due[0]
                pending_followups.remove(entry)
                raw, msgid = self.follow_up(entry[1], entry[2])
                out.append((raw, "follow_up", msgid))
                continue
            if i in request_slots:
                # A fifth of requests carry an ID scan or a document (50 KB - 2 MB): fetched whole.
                scan = rng.randrange(50_000, 2_000_000) if rng.random() < 0.2 else 0
                raw, msgid = self.request(attachment_bytes=scan)
                out.append((raw, "request", msgid))
                if rng.random() < follow_up_ratio:
                    pending_followups.append((i + rng.randrange(3, max(4, min(200, total // 4))), msgid, self.count))
                continue
            roll = rng.random()
            if roll < 0.1:
                raw, msgid = self.newsletter()
                out.append((raw, "newsletter", msgid))
                continue
            attachment = 0
            if roll < 0.1 + large_ratio:
                attachment = rng.randrange(1_000_000, 6_000_000)
            elif roll < 0.1 + large_ratio + attachment_ratio:
                attachment = rng.randrange(*attachment_range)
            reply_to = out[-1][2] if out and rng.random() < 0.15 and out[-1][1] == "business" else None
            raw, msgid = self.business(attachment_bytes=attachment, reply_to=reply_to)
            out.append((raw, "business", msgid))
        return out


# -- a TCP proxy that can cut connections ----------------------------------------------------------

class TcpProxy:
    """Forwards 127.0.0.1:<port> to a target port; can drop a connection after N bytes from the server.

    Tests that log in with a wrong password go through one, so that Dovecot's per-IP auth penalty
    does not slow down the tests after them.

    ``drop_after`` maps a connection number (1-based) to the number of server→client bytes after which
    that connection is cut (both directions closed abruptly), e.g. in the middle of a FETCH response.
    ``connections`` counts accepted connections (so a test can see how many logins were tried).
    """

    _next_source = 0

    def __init__(self, target_port: int, drop_after: dict[int, int] | None = None,
                 stall_on: bytes | None = None) -> None:
        import threading

        # Each proxy talks to Dovecot from its own loopback address (127.0.1.x): Dovecot's auth
        # penalty (2-15 s per failed login, by client IP) then stays with the test that failed.
        TcpProxy._next_source += 1
        self.source_ip = f"127.0.{1 + TcpProxy._next_source // 250}.{1 + TcpProxy._next_source % 250}"
        self.target_port = target_port
        self.drop_after = dict(drop_after or {})
        # ``stall_on``: once the client sends these bytes (plain IMAP only), the server's answers on
        # that connection are swallowed: the client waits in a read, as on a server that hangs.
        self.stall_on = stall_on
        self.stalled = threading.Event()
        self._held: set[int] = set()
        self.connections = 0
        self.dropped = 0
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, name="tcp-proxy", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        import threading

        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                number = self.connections
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10,
                                                    source_address=(self.source_ip, 0))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            limit = self.drop_after.get(number)
            threading.Thread(target=self._pump, args=(client, upstream, None, number, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, limit, number, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, limit: int | None, number: int = 0,
              from_client: bool = False) -> None:
        sent = 0
        tail = b""
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if from_client and self.stall_on is not None and not self.stalled.is_set():
                    tail = (tail + data)[-(len(self.stall_on) + 65536):]
                    if self.stall_on in tail:
                        with self._lock:
                            self._held.add(number)
                        self.stalled.set()
                if not from_client and number in self._held:
                    continue  # stalled: the client never gets an answer
                if limit is not None and sent + len(data) >= limit:
                    dst.sendall(data[:max(0, limit - sent)])
                    with self._lock:
                        self.dropped += 1
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (Linux)
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            for s in self._sockets:
                with contextlib.suppress(OSError):
                    s.close()
        self._thread.join(timeout=5)

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
