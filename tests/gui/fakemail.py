"""A fake mail server for the window's tests: a ``SyncService`` connector without a network.

``FakeServer.connector`` has the signature of ``mail.imap.connect`` and returns a ``FakeConnection``
that answers the calls ``SyncService`` and ``SyncEngine`` make (STATUS, EXAMINE, UID SEARCH, the
first-pass and full FETCH, LIST). It holds messages in memory, so a test can "deliver" one and sync
again. ``error`` makes the next logins fail the way the real connection does (the mail layer's own
exception classes), which is how the window's error wording is tested. Real-server behaviour is
covered by the Dovecot tests in ``tests/integration``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from privacydesk.mail.imap import TEXT_PREFIX_BYTES, FirstPass, FolderStatus, ImapFolderError


def make_mail(subject: str, body: str, *, sender: str = "Ann Example <ann@example.com>",
              to: str = "privacy@3dpros.example", when: datetime | None = None, message_id: str = "") -> bytes:
    when = when or datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    mid = message_id or f"<{abs(hash((subject, body, sender)))}@example.com>"
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Date: {format_datetime(when)}",
             f"Message-ID: {mid}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: 8bit", "", body]
    return "\r\n".join(lines).encode("utf-8")


DELETION_REQUEST = make_mail(
    "Request to delete my personal data",
    "Hello,\r\n\r\nUnder Article 17 of the GDPR I ask you to delete all personal data you hold about me, "
    "including my customer account and order history.\r\n\r\nPlease confirm the erasure.\r\n\r\n"
    "Regards,\r\nAnn Example\r\n",
)
ACCESS_REQUEST = make_mail(
    "Data access request",
    "Hi,\r\n\r\nI would like a copy of all personal data you hold about me (a data subject access "
    "request under the GDPR, Article 15).\r\n\r\nThanks,\r\nBen Sample\r\n",
    sender="Ben Sample <ben@example.org>",
)
ORDER_MAIL = make_mail("Order 4411 shipped", "Your order of PLA filament has shipped.\r\n",
                       sender="Shop <orders@supplier.example>")


class FakeServer:
    def __init__(self, folders: dict[str, list[bytes]] | None = None, uidvalidity: int = 7) -> None:
        self.folders: dict[str, list[bytes]] = folders if folders is not None else {"INBOX": []}
        self.uidvalidity = uidvalidity
        self.error: BaseException | None = None
        self.logins = 0
        self.passwords: list[str] = []
        self.settings: list[Any] = []
        self.lock = threading.Lock()
        #: set by a test to hold a sync inside its first FETCH (to see progress, or to close mid-sync)
        self.gate: threading.Event | None = None

    def deliver(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.lock:
            self.folders.setdefault(folder, []).append(raw)

    def connector(self, settings: Any, password: str) -> FakeConnection:
        with self.lock:
            self.logins += 1
            self.passwords.append(password)
            self.settings.append(settings)
            error = self.error
        if error is not None:
            raise error
        return FakeConnection(self)


class FakeConnection:
    capabilities: frozenset[str] = frozenset({"IMAP4REV1"})
    has_idle = False
    has_condstore = False
    is_gmail = False

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.selected: str | None = None

    def _messages(self, folder: str) -> list[bytes]:
        with self.server.lock:
            if folder not in self.server.folders:
                raise ImapFolderError(f"The folder {folder!r} does not exist on the fake server.")
            return list(self.server.folders[folder])

    def list_folders(self) -> list[str]:
        with self.server.lock:
            return list(self.server.folders)

    def status(self, folder: str) -> FolderStatus:
        messages = self._messages(folder)
        return FolderStatus(folder, self.server.uidvalidity, len(messages) + 1, len(messages), None)

    def examine(self, folder: str) -> FolderStatus:
        status = self.status(folder)
        self.selected = folder
        return status

    def uids_after(self, last_uid: int) -> list[int]:
        assert self.selected is not None
        return [uid for uid in range(1, len(self._messages(self.selected)) + 1) if uid > last_uid]

    def fetch_first_pass(self, uids: Sequence[int]) -> list[FirstPass]:
        assert self.selected is not None
        if self.server.gate is not None:
            self.server.gate.wait(10)
        messages = self._messages(self.selected)
        out = []
        for uid in uids:
            raw = messages[uid - 1]
            header, _sep, body = raw.partition(b"\r\n\r\n")
            out.append(FirstPass(uid=uid, size=len(raw), internaldate=datetime(2026, 11, 24, 15, 0, tzinfo=UTC),
                                 header=header + b"\r\n\r\n", text=body[:TEXT_PREFIX_BYTES]))
        return out

    def fetch_full(self, uids: Sequence[int]) -> dict[int, bytes]:
        assert self.selected is not None
        messages = self._messages(self.selected)
        return {uid: messages[uid - 1] for uid in uids}

    def idle_wait(self, timeout: float, should_stop: Any = None, slice_seconds: float = 1.0) -> bool:
        raise AssertionError("the fake server does not offer IDLE")

    def noop(self) -> None:
        pass

    def close(self) -> None:
        self.selected = None

    def __enter__(self) -> FakeConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
