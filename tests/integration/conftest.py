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
