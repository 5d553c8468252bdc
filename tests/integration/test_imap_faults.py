"""Faults: kill -9 mid-sync, a connection dropped mid-FETCH, a server restart, a wrong password, an
untrusted certificate, unsafe settings. Each ends with every message stored exactly once, or with a
clear refusal, and with the mailbox unchanged."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from privacydesk.mail import imap
from privacydesk.mail.sync import SyncOptions
from privacydesk.paths import resolve_paths
from privacydesk.services.accounts import AccountService, InvalidAccount, NewAccount
from privacydesk.services.app import open_services
from privacydesk.services.sync import RetryPolicy, SyncService
from tests.conftest import FIXED_NOW
from tests.integration.conftest import Mailbox, db_digest, mailbox_snapshot
from tests.integration.dovecot import MailFactory, MemoryKeyring, TcpProxy, free_port

pytestmark = [pytest.mark.integration, pytest.mark.dovecot]

ROOT = Path(__file__).resolve().parents[2]
CLI = "import sys, privacydesk.cli as c; sys.exit(c.main(sys.argv[1:]))"  # the real CLI


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "tests.integration.dovecot.FileTestKeyring"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def cli(data_dir: Path, *args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CLI, "--data-dir", str(data_dir), *args], cwd=ROOT,
                          env=cli_env(), input=stdin, capture_output=True, text=True, timeout=timeout)


def cli_add_account(data_dir: Path, mb: Mailbox, port: int | None = None, password: str | None = None,
                    ca: Path | None = None) -> None:
    result = cli(data_dir, "account", "add", "--name", "team", "--host", "127.0.0.1", "--port",
                 str(port or mb.server.ssl_port), "--username", mb.user, "--ca-file",
                 str(ca or mb.server.ca_file), "--password-stdin", stdin=(password or mb.password) + "\n")
    assert result.returncode == 0, result.stderr


def open_db(data_dir: Path) -> Any:
    return open_services(resolve_paths(data_dir), clock=lambda: FIXED_NOW)


def digest_of(data_dir: Path) -> dict[str, Any]:
    svc = open_db(data_dir)
    try:
        return db_digest(svc.db)
    finally:
        svc.close()


@pytest.fixture
def filled(mailbox: Mailbox) -> Mailbox:
    """150 messages: business mail, newsletters, 6 % requests, follow-ups, some attachments."""
    mails = MailFactory(seed=21).mailbox(150, request_ratio=0.06, large_ratio=0.0, attachment_ratio=0.04,
                                         follow_up_ratio=0.6)
    assert sum(1 for _, kind, _ in mails if kind == "follow_up") >= 2
    mailbox.append([raw for raw, _, _ in mails])
    return mailbox


@pytest.fixture
def reference(filled: Mailbox, tmp_path: Path) -> dict[str, Any]:
    """The result of one undisturbed CLI sync of ``filled``."""
    data = tmp_path / "reference"
    cli_add_account(data, filled)
    result = cli(data, "sync", "--once", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["new_messages"] == 150 and summary["errors"] == []
    assert len(summary["new_requests"]) == 9 and summary["follow_ups"]
    return digest_of(data)


# -- kill -9 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kill_after_lines", "extra_delay"), [(1, 0.0), (2, 0.01), (5, 0.03), (9, 0.0)])
def test_kill_9_mid_sync_then_resume_gives_the_undisturbed_result(
        filled: Mailbox, reference: dict[str, Any], tmp_path: Path, kill_after_lines: int,
        extra_delay: float) -> None:
    data = tmp_path / "killed"
    cli_add_account(data, filled)
    before = mailbox_snapshot(filled)
    proc = subprocess.Popen([sys.executable, "-c", CLI, "--data-dir", str(data), "sync", "--batch-size", "10"],
                            cwd=ROOT, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("syncing team/INBOX:"):
                seen.append(line.strip())
                if len(seen) >= kill_after_lines:
                    break
        time.sleep(extra_delay)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        if proc.stderr is not None:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the sync finished before it could be killed"
    assert len(seen) == kill_after_lines
    partial = digest_of(data)
    assert len(partial["messages"]) < 150  # it really was interrupted

    result = cli(data, "sync", "--once", "--json")
    assert result.returncode == 0, result.stderr
    assert digest_of(data) == reference
    again = json.loads(cli(data, "sync", "--once", "--json").stdout)
    assert again["new_messages"] == 0 and again["accounts"][0]["already_known"] == 0
    assert mailbox_snapshot(filled) == before


# -- dropped connections and restarts --------------------------------------------------------------

@pytest.fixture
def accounts(services: Any, memory_keyring: MemoryKeyring) -> AccountService:
    return AccountService(services.db)


def add_account(accounts: AccountService, mb: Mailbox, *, port: int, password: str | None = None,
                ca_file: str | None = "default", security: str = "ssl", host: str = "127.0.0.1") -> None:
    ca = str(mb.server.ca_file) if ca_file == "default" else ca_file
    accounts.add(NewAccount(name="team", host=host, username=mb.user, port=port, security=security,
                            ca_file=ca), password or mb.password)


def make_sync(services: Any, accounts: AccountService, batch_size: int = 10, attempts: int = 4) -> SyncService:
    return SyncService(accounts, services.ingest, services.profile, options=SyncOptions(batch_size=batch_size),
                       retry=RetryPolicy(attempts=attempts, first=0.05), timeout=10)


@pytest.mark.parametrize("drop_after_bytes", [1_500, 20_000, 90_000, 250_000])
def test_connection_dropped_mid_fetch_is_retried_and_nothing_is_lost_or_doubled(
        services: Any, accounts: AccountService, filled: Mailbox, reference: dict[str, Any],
        drop_after_bytes: int) -> None:
    before = mailbox_snapshot(filled)
    with TcpProxy(filled.server.ssl_port, drop_after={1: drop_after_bytes}) as proxy:
        add_account(accounts, filled, port=proxy.port)
        report = make_sync(services, accounts).sync_account("team")
        assert proxy.dropped == 1 and proxy.connections == 2
    assert report.ok, report.errors
    assert report.attempts == 2
    digest = db_digest(services.db)
    # Same messages, requests and threading as the undisturbed sync (locations name the same UIDs).
    assert digest == reference
    assert mailbox_snapshot(filled) == before


def test_server_restart_mid_sync_is_survived(
        services: Any, accounts: AccountService, filled: Mailbox, reference: dict[str, Any]) -> None:
    add_account(accounts, filled, port=filled.server.ssl_port)
    restarted = []

    def progress(done: int, total: int, folder: str) -> None:
        if done >= 30 and not restarted:
            restarted.append(done)
            filled.server.restart()

    report = make_sync(services, accounts).sync_account("team", progress=progress)
    assert restarted
    assert report.ok, report.errors
    assert report.attempts >= 2
    assert db_digest(services.db) == reference


def test_unreachable_server_gives_up_after_the_retries_with_a_clear_message(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    add_account(accounts, mailbox, port=free_port())  # nothing listens there
    report = make_sync(services, accounts, attempts=3).sync_account("team")
    assert not report.ok and report.attempts == 3 and not report.auth_failed
    assert "refused the connection" in report.errors[0] and "gave up after 3 attempts" in report.errors[0]


# -- refusals --------------------------------------------------------------------------------------

def test_wrong_password_stops_after_one_attempt_with_a_clear_message(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    with TcpProxy(mailbox.server.ssl_port) as proxy:
        add_account(accounts, mailbox, port=proxy.port, password="not-the-password")
        report = make_sync(services, accounts, attempts=5).sync_account("team")
        assert proxy.connections == 1  # one login attempt: no retry storm, no lockout
    assert report.auth_failed and report.attempts == 1
    assert len(report.errors) == 1
    assert "refused the login" in report.errors[0] and mailbox.user in report.errors[0]
    assert "will not retry" in report.errors[0]
    assert accounts.get("team").folder_states[0].last_error == report.errors[0]


def test_wrong_password_in_the_cli(mailbox: Mailbox, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with TcpProxy(mailbox.server.ssl_port) as proxy:
        cli_add_account(data, mailbox, password="wrong", port=proxy.port)
        test = cli(data, "account", "test", "team")
        sync = cli(data, "sync", "--json")
    assert test.returncode == 1
    assert "refused the login" in test.stderr
    assert sync.returncode == 1
    summary = json.loads(sync.stdout)
    assert summary["accounts"][0]["auth_failed"] and summary["accounts"][0]["new_messages"] == 0


@pytest.mark.parametrize(("security", "which_ca"), [("ssl", None), ("ssl", "other"), ("starttls", None),
                                                   ("starttls", "other")])
def test_untrusted_certificate_is_refused(
        services: Any, accounts: AccountService, mailbox: Mailbox, security: str, which_ca: str | None) -> None:
    ca = str(mailbox.server.other_ca_file) if which_ca == "other" else None
    port = mailbox.server.ssl_port if security == "ssl" else mailbox.server.port
    add_account(accounts, mailbox, port=port, ca_file=ca, security=security)
    report = make_sync(services, accounts).sync_account("team")
    assert not report.ok and report.attempts == 1 and not report.auth_failed
    assert "certificate" in report.errors[0] and "refused" in report.errors[0]
    assert "--ca-file" in report.errors[0] or "does not vouch" in report.errors[0]


def test_untrusted_certificate_in_the_cli(mailbox: Mailbox, tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli_add_account(data, mailbox, ca=mailbox.server.other_ca_file)
    result = cli(data, "account", "test", "team")
    assert result.returncode == 1
    assert "certificate" in result.stderr and "refused" in result.stderr


def test_starttls_and_explicit_plain_text_on_loopback_work(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    mailbox.append(MailFactory(seed=30).business()[0])
    add_account(accounts, mailbox, port=mailbox.server.port, security="starttls")
    assert make_sync(services, accounts).sync_account("team").ingest.new_messages == 1
    accounts.remove("team")
    add_account(accounts, mailbox, port=mailbox.server.port, security="none", ca_file=None)
    report = make_sync(services, accounts).sync_account("team")
    assert report.ok and report.ingest.duplicates == 1


@pytest.mark.parametrize(("host", "security", "allow_plain", "words"), [
    ("mail.example.com", "none", True, "only allowed for a server on this computer"),
    ("127.0.0.1", "none", False, "must be asked for explicitly"),
    ("127.0.0.1", "tls", False, "Unknown security"),
])
def test_unsafe_or_unknown_settings_are_refused_before_connecting(
        host: str, security: str, allow_plain: bool, words: str) -> None:
    settings = imap.ImapSettings(host=host, username="u", security=security, port=1, allow_plain=allow_plain)
    with pytest.raises(imap.ImapSettingsError, match=words):
        imap.connect(settings, "pw")


def test_plain_text_to_a_remote_host_cannot_even_be_saved(accounts: AccountService) -> None:
    with pytest.raises(InvalidAccount, match="unencrypted"):
        accounts.add(NewAccount(name="x", host="imap.example.com", username="u", security="none"), "pw")
    assert accounts.list_accounts() == []


def test_a_server_that_does_not_speak_tls_on_the_port_is_explained(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    add_account(accounts, mailbox, port=mailbox.server.port, security="ssl")  # 143 with implicit TLS
    report = make_sync(services, accounts).sync_account("team")
    assert not report.ok and report.attempts == 1
    assert "starttls" in report.errors[0].lower()


def test_last_error_is_shown_until_a_sync_succeeds(
        services: Any, accounts: AccountService, mailbox: Mailbox) -> None:
    with TcpProxy(mailbox.server.ssl_port) as proxy:
        add_account(accounts, mailbox, port=proxy.port, password="wrong")
        sync = make_sync(services, accounts)
        failed = sync.sync_account("team")
        assert failed.auth_failed
        assert accounts.get("team").folder_states[0].last_error == failed.errors[0]
        accounts.set_password("team", mailbox.password)  # the user fixes the password
        assert sync.sync_account("team").ok
        assert accounts.get("team").folder_states[0].last_error is None
        assert sync.sync_account("team").folders["INBOX"].unchanged
        assert accounts.get("team").folder_states[0].last_error is None
