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


def _free_port() -> int:
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

    def __init__(self, *, fsync: bool = False) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise FileNotFoundError("the dovecot binary was not found")
        self.binary = binary
        self.root = Path(tempfile.mkdtemp(prefix="pd-dovecot-"))
        self.home = self.root / "home"
        self.users_file = self.root / "users"
        self.config = self.root / "dovecot.conf"
        self.log = self.root / "dovecot.log"
        self.port = _free_port()       # plain IMAP / STARTTLS
        self.ssl_port = _free_port()   # implicit TLS
        self.fsync = fsync
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        self.mail_uid = MAIL_UID if self.as_root else os.getuid()
        self.mail_gid = MAIL_UID if self.as_root else os.getgid()
        self.ca_file = self.root / "ca.pem"            # the CA that signed the server certificate
        self.other_ca_file = self.root / "other-ca.pem"  # a CA that did not
        self.process: subprocess.Popen[bytes] | None = None
        self.users: dict[str, str] = {}

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
        self.config.write_text(self._config())
        self._spawn()
        self._wait_ready(timeout)

    def _spawn(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=open(self.root / "stderr.log", "ab"),  # noqa: SIM115
            start_new_session=True)

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
mail_location = maildir:~/Maildir
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
    def add_user(self, name: str | None = None, password: str | None = None) -> tuple[str, str]:
        """A new, empty mailbox; returns (username, password)."""
        name = name or f"user{secrets.token_hex(4)}"
        password = password or secrets.token_urlsafe(12)
        home = self.home / name
        home.mkdir(mode=0o700)
        if self.as_root:
            os.chown(home, self.mail_uid, self.mail_gid)
        self.users[name] = password
        with self.users_file.open("a") as f:
            f.write(f"{name}:{password}\n")
        # passwd-file is re-read when its mtime changes; make sure it does even within one second.
        st = self.users_file.stat()
        os.utime(self.users_file, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
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
        return base if folder == "INBOX" else base / f".{folder}"

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
            for dirpath, dirnames, filenames in os.walk(self.home / user):
                os.chown(dirpath, self.mail_uid, self.mail_gid)
                for n in filenames:
                    os.chown(os.path.join(dirpath, n), self.mail_uid, self.mail_gid)
        return count

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        return subprocess.run([doveadm, "-c", str(self.config), *args], capture_output=True, text=True,
                              timeout=60, check=True)


# -- keyring backends for tests --------------------------------------------------------------------
# Real ``KeyringBackend`` objects (never monkeypatched functions). Their ``priority`` raises, so
# keyring's automatic detection never picks them: they are used only when a test installs one with
# ``keyring.set_keyring()`` or names it in PYTHON_KEYRING_BACKEND (for CLI subprocesses).

from keyring.backend import KeyringBackend  # noqa: E402
from keyring.compat import properties  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict: for one test process."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        raise RuntimeError("test backend: never chosen automatically")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class FileTestKeyring(KeyringBackend):
    """Passwords in a JSON file named by PRIVACYDESK_TEST_KEYRING: shared with CLI subprocesses.

    Named without "plaintext" on purpose so that it stands for a secure store in tests; the plain-text
    handling is tested with ``PlaintextTestKeyring``.
    """

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        raise RuntimeError("test backend: never chosen automatically")

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
