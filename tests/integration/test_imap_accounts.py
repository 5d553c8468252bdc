"""Accounts and passwords: settings in the database, the password only in the keyring; no keyring means
a clear refusal (never a file of our own); a plain-text keyring only when chosen explicitly. Plus the
``account`` CLI against a real server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select, text

from privacydesk.services.accounts import (
    KEYRING_SERVICE,
    AccountExists,
    AccountNotFound,
    AccountService,
    InvalidAccount,
    KeyringUnavailable,
    NewAccount,
    PasswordMissing,
    keyring_status,
)
from privacydesk.store.models import Account
from tests.integration.conftest import Mailbox
from tests.integration.dovecot import MailFactory, MemoryKeyring, PlaintextTestKeyring
from tests.integration.test_imap_faults import cli, cli_add_account

pytestmark = [pytest.mark.integration, pytest.mark.dovecot]


def new(name: str = "team", **kw: Any) -> NewAccount:
    return NewAccount(**{"name": name, "host": "imap.example.com", "username": "privacy@example.com", **kw})


@pytest.fixture
def installed() -> Iterator[Any]:
    """Install any backend object for one test, restoring the previous one afterwards."""
    previous = keyring.get_keyring()

    def install(backend: Any) -> Any:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_password_lives_only_in_the_keyring(services: Any, memory_keyring: MemoryKeyring) -> None:
    accounts = AccountService(services.db)
    info = accounts.add(new(folders=("INBOX", "Privacy")), "s3cret-app-password")
    assert info.port == 993 and info.security == "ssl" and info.folders == ("INBOX", "Privacy")
    assert memory_keyring.entries == {(KEYRING_SERVICE, "team"): "s3cret-app-password"}
    assert accounts.password("team") == "s3cret-app-password"
    # Nowhere in the database, in any column of any table.
    with services.db.read() as s:
        for table in ("accounts", "folder_states", "audit_events"):
            rows = s.execute(text(f"SELECT * FROM {table}")).all()
            assert "s3cret-app-password" not in repr(rows)
    db_file = Path(services.db.engine.url.database)
    assert b"s3cret-app-password" not in db_file.read_bytes()


def test_add_validates_and_refuses_duplicates(services: Any, memory_keyring: MemoryKeyring) -> None:
    accounts = AccountService(services.db)
    accounts.add(new(), "pw")
    with pytest.raises(AccountExists):
        accounts.add(new(), "pw")
    with pytest.raises(InvalidAccount, match="CA certificate file"):
        accounts.add(new("b", ca_file="/no/such/ca.pem"), "pw")
    with pytest.raises(InvalidAccount, match="empty"):
        accounts.add(new("c"), "")
    assert [a.name for a in accounts.list_accounts()] == ["team"]


def test_no_keyring_means_a_clear_refusal_and_nothing_saved(services: Any, installed: Any) -> None:
    installed(fail.Keyring())
    accounts = AccountService(services.db)
    status = accounts.keyring_status()
    assert not status.usable
    assert "GNOME Keyring" in status.message and "PYTHON_KEYRING_BACKEND" in status.message
    with pytest.raises(KeyringUnavailable, match="never stores passwords in a file"):
        accounts.add(new(), "pw")
    with services.db.read() as s:
        assert s.execute(select(Account)).first() is None  # the settings were not saved either


def test_keyring_failing_while_storing_rolls_back_the_account(services: Any, installed: Any) -> None:
    class Refusing(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("locked collection")

    installed(Refusing())
    accounts = AccountService(services.db)
    with pytest.raises(KeyringUnavailable, match="refused to store"):
        accounts.add(new(), "pw")
    assert accounts.list_accounts() == []


def test_plaintext_backend_not_chosen_explicitly_is_refused(services: Any, installed: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    installed(PlaintextTestKeyring())  # what installing keyrings.alt silently does
    status = keyring_status()
    assert not status.usable and status.plaintext
    assert "plain-text" in status.message and "keyrings.alt" in status.message
    with pytest.raises(KeyringUnavailable):
        AccountService(services.db).add(new(), "pw")


def test_plaintext_backend_chosen_explicitly_is_honoured_with_a_warning(
        services: Any, installed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.integration.dovecot.PlaintextTestKeyring")
    backend = installed(PlaintextTestKeyring())
    status = keyring_status()
    assert status.usable and status.plaintext and status.explicit
    assert status.warning is not None and "unencrypted" in status.warning
    AccountService(services.db).add(new(), "pw")
    assert backend.entries[(KEYRING_SERVICE, "team")] == "pw"


def test_remove_deletes_the_keyring_entry_and_keeps_mail(services: Any, memory_keyring: MemoryKeyring) -> None:
    accounts = AccountService(services.db)
    accounts.add(new(), "pw")
    assert accounts.remove("team") is True
    assert memory_keyring.entries == {}
    with pytest.raises(AccountNotFound, match="no account named 'team'"):
        accounts.get("team")
    with pytest.raises(AccountNotFound):
        accounts.remove("team")


def test_missing_password_is_explained(services: Any, memory_keyring: MemoryKeyring) -> None:
    accounts = AccountService(services.db)
    accounts.add(new(), "pw")
    memory_keyring.entries.clear()  # e.g. the keyring was reset
    with pytest.raises(PasswordMissing, match="No password is stored"):
        accounts.password("team")
    assert accounts.has_password("team") is False


# -- the CLI against a real server ------------------------------------------------------------------

def test_cli_account_add_list_test_sync_remove(mailbox: Mailbox, tmp_path: Path) -> None:
    data = tmp_path / "data"
    mailbox.append(MailFactory(seed=50).request()[0])
    cli_add_account(data, mailbox)

    listing = cli(data, "account", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    accounts = json.loads(listing.stdout)["accounts"]
    assert [(a["name"], a["host"], a["security"], a["folders"], a["password_stored"]) for a in accounts] == [
        ("team", "127.0.0.1", "ssl", ["INBOX"], True)]
    assert mailbox.password not in listing.stdout

    test = cli(data, "account", "test", "team")
    assert test.returncode == 0, test.stderr
    assert "OK: logged in" in test.stdout and "read-only" in test.stdout

    sync = cli(data, "sync", "--account", "team")
    assert sync.returncode == 0, sync.stderr
    assert "1 new message" in sync.stdout and "new requests: 1" in sync.stdout
    assert "syncing team/INBOX: 1/1" in sync.stderr  # progress on stderr

    text_listing = cli(data, "account", "list")
    assert "synced" in text_listing.stdout and "up to UID 1" in text_listing.stdout

    removed = cli(data, "account", "remove", "team")
    assert removed.returncode == 0 and "Removed account 'team'" in removed.stdout
    keyring_file = json.loads(Path(cli_env_keyring()).read_text())
    assert keyring_file == {}  # the keyring entry went with it


def cli_env_keyring() -> str:
    import os

    return os.environ["PRIVACYDESK_TEST_KEYRING"]


def test_cli_usage_errors(tmp_path: Path) -> None:
    data = tmp_path / "data"
    unknown = cli(data, "sync", "--account", "nope")
    assert unknown.returncode == 2 and "no account named 'nope'" in unknown.stderr
    no_password = cli(data, "account", "add", "--name", "x", "--host", "imap.example.com", "--username", "u",
                      stdin="")
    assert no_password.returncode == 2 and "--password-stdin" in no_password.stderr
    plain = cli(data, "account", "add", "--name", "x", "--host", "imap.example.com", "--username", "u",
                "--security", "none", "--password-stdin", stdin="pw\n")
    assert plain.returncode == 2 and "unencrypted" in plain.stderr
    bad_security = cli(data, "account", "add", "--name", "x", "--host", "h", "--username", "u",
                       "--security", "tls", "--password-stdin", stdin="pw\n")
    assert bad_security.returncode == 2 and "valid values: ssl, starttls, none" in bad_security.stderr
    nothing = cli(data, "sync")
    assert nothing.returncode == 1 and "no accounts" in nothing.stderr.lower()


def test_cli_without_a_keyring_says_how_to_fix_it(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.integration.test_imap_faults import CLI, ROOT, cli_env

    data = tmp_path / "data"
    env = cli_env()
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = subprocess.run([sys.executable, "-c", CLI, "--data-dir", str(data), "account", "add", "--name", "x",
                             "--host", "imap.example.com", "--username", "u", "--password-stdin"],
                            cwd=ROOT, env=env, input="Unmistakable-Pa55word\n", capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert "keyring" in result.stderr and "PYTHON_KEYRING_BACKEND" in result.stderr
    # No fallback file anywhere: not in the data folder, not in the test keyring file.
    assert not Path(os.environ["PRIVACYDESK_TEST_KEYRING"]).exists()
    for path in data.rglob("*"):
        if path.is_file():
            assert b"Unmistakable-Pa55word" not in path.read_bytes(), path
