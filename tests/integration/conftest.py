"""Fixtures for the IMAP tests: one Dovecot server per session, a fresh mailbox per test, and a real
in-memory keyring backend installed for each test (restored afterwards)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest

from tests.integration.dovecot import ENABLE, DovecotServer, MemoryKeyring, dovecot_binary
from tests.servers import missing_server


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    if dovecot_binary() is None:
        missing_server("Dovecot (the IMAP server these tests run against)", ENABLE)
    server = DovecotServer()
    try:
        server.start()
    except Exception as exc:
        diagnostics = server.diagnostics()
        server.stop()
        pytest.fail(f"Dovecot could not be started: {exc}\n{diagnostics}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Mailbox:
    """A fresh Dovecot user for one test."""

    server: DovecotServer
    user: str
    password: str

    def append(self, raw: bytes | list[bytes], folder: str = "INBOX", **kw: Any) -> None:
        self.server.append(self.user, raw, folder, **kw)

    def admin(self) -> Any:
        return self.server.admin(self.user)


@pytest.fixture
def mailbox(dovecot_server: DovecotServer) -> Mailbox:
    user, password = dovecot_server.add_user()
    return Mailbox(dovecot_server, user, password)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A real keyring backend object for this test, installed with ``keyring.set_keyring``."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _no_keyring_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # No test may pick up the developer's keyring settings or write to their keyring.
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("PRIVACYDESK_TEST_KEYRING", str(tmp_path / "keyring.json"))


def mailbox_snapshot(mb: Mailbox) -> dict[str, Any]:
    """Every folder's UIDVALIDITY, UIDs, flags and content hashes, read with EXAMINE/PEEK.

    Compared before and after a sync: PrivacyDesk must leave the mailbox exactly as it was (no \\Seen,
    nothing moved, deleted or added). \\Recent is included: EXAMINE must not consume it either.
    """
    import hashlib

    out: dict[str, Any] = {}
    with mb.admin() as c:
        for flags, _delim, name in c.list_folders():
            if b"\\Noselect" in flags or b"\\NonExistent" in flags:
                continue
            info = c.select_folder(name, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
            out[name] = {
                "uidvalidity": info[b"UIDVALIDITY"],
                "messages": {uid: (tuple(sorted(d[b"FLAGS"])), hashlib.sha256(d[b"BODY[]"]).hexdigest())
                             for uid, d in data.items()},
            }
    return out


def db_digest(db: Any) -> dict[str, Any]:
    """The stored result of a sync, without timestamps: what must be equal between an undisturbed
    sync and one that was killed and resumed."""
    from collections import Counter

    from sqlalchemy import select

    from privacydesk.store.models import AuditEvent, FolderState, Message, MessageLocation, Request

    with db.read() as s:
        refs = dict(s.execute(select(Request.id, Request.ref)).all())
        messages = sorted(
            (m.fingerprint, m.kind, refs.get(m.request_id), m.needs_review, m.has_full_raw,
             m.subject, m.sender_email)
            for m in s.execute(select(Message)).scalars())
        fps = dict(s.execute(select(Message.id, Message.fingerprint)).all())
        locations = sorted((fps[loc.message_pk], loc.account, loc.folder, loc.uidvalidity, loc.uid)
                           for loc in s.execute(select(MessageLocation)).scalars())
        requests = sorted((r.ref, tuple(r.types), r.status, r.requester.primary_email, r.received_at.isoformat())
                          for r in s.execute(select(Request)).unique().scalars())
        states = sorted((st.folder, st.uidvalidity, st.last_uid) for st in s.execute(select(FolderState)).scalars())
        audit = Counter(s.execute(select(AuditEvent.action)).scalars())
    return {"messages": messages, "locations": locations, "requests": requests, "folder_states": states,
            "audit": dict(audit)}


# -- issue 9: a real SMTP server (aiosmtpd, STARTTLS + AUTH) ----------------------------------------

@pytest.fixture(scope="session")
def smtp_session() -> Iterator[Any]:
    from tests.integration.smtpserver import SmtpServer

    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_server(smtp_session: Any) -> Any:
    """The session's SMTP server, emptied and well-behaved for each test."""
    smtp_session.clear()
    return smtp_session
