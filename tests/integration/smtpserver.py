"""A real SMTP server for the tests (aiosmtpd) with STARTTLS or implicit TLS and required AUTH.

Messages are kept as the exact bytes the server received (``envelope.original_content``), parsed by
the tests with ``email.policy.default`` (aiosmtpd's own Message handler would hand back encoded
headers: shared/reference/environment.md). The certificate is issued by a test CA made here; clients
verify it with that CA file, as PrivacyDesk does with an account's ``--ca-file``.

``behaviour`` lets a test make the server misbehave: ``"reject"`` answers the message text with 554,
``"reject_rcpt"`` refuses the recipient, ``"drop_after_data"`` keeps the message and closes the
connection before answering (the client cannot know whether it was delivered).
"""

from __future__ import annotations

import ssl
import tempfile
import threading
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

from tests.integration.dovecot import free_port, make_ca, make_server_cert

USER = "team@3dpros.test"
PASSWORD = "s3cret-smtp-pass"


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        msg = message_from_bytes(self.data, policy=default)
        assert isinstance(msg, EmailMessage)
        return msg


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if self.server.behaviour == "reject_rcpt":
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = envelope.original_content or envelope.content
        if self.server.behaviour == "reject":
            return "554 5.7.1 Message rejected as spam"
        with self.server.lock:
            self.server.received.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(data)))
            self.server.lock.notify_all()
        if self.server.behaviour == "drop_after_data":
            server.transport.close()
            return "250 OK (never read)"
        return "250 2.0.0 Ok: queued"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode()
          and auth_data.password == PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


class SmtpServer:
    """``start()``/``stop()``; ``implicit_tls=True`` for port-465 style, else STARTTLS required."""

    def __init__(self, *, implicit_tls: bool = False) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="pd-smtp-"))
        self.port = free_port()
        self.implicit_tls = implicit_tls
        self.ca_file = self.root / "ca.pem"
        self.received: list[Received] = []
        self.lock = threading.Condition()
        self.behaviour = "ok"
        self._controller: Any = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        ca, ca_key = make_ca("PrivacyDesk SMTP Test CA")
        cert, key = make_server_cert(ca, ca_key)
        self.ca_file.write_bytes(ca.cert_pem)
        (self.root / "server.crt").write_bytes(cert + ca.cert_pem)
        (self.root / "server.key").write_bytes(key)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.root / "server.crt", self.root / "server.key")
        params: dict[str, Any] = {"authenticator": _authenticator, "auth_required": True,
                                  "auth_require_tls": True}
        if self.implicit_tls:
            # aiosmtpd only counts STARTTLS as TLS when deciding whether to offer AUTH; the whole
            # connection is TLS here, so AUTH is offered from the start (and checked when used;
            # "required" would warn about plain text, which this connection is not).
            params["auth_require_tls"] = False
            params["auth_required"] = False
            self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port,
                                          ssl_context=context, server_hostname="localhost", **params)
        else:
            self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port,
                                          tls_context=context, require_starttls=True, **params)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def messages(self) -> list[Received]:
        with self.lock:
            return list(self.received)

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Received]:
        """The messages once at least ``count`` have arrived (the server handles a message after the
        client may already be gone)."""
        with self.lock:
            self.lock.wait_for(lambda: len(self.received) >= count, timeout=timeout)
            return list(self.received)

    def clear(self) -> None:
        with self.lock:
            self.received.clear()
        self.behaviour = "ok"

    def __enter__(self) -> SmtpServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
