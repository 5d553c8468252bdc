"""Push: ``watch`` delivers new mail through IMAP IDLE, re-issues IDLE, falls back to polling, survives
a server restart, and stops cleanly (stop event in the service, Ctrl-C in the CLI)."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from privacydesk.mail import imap
from privacydesk.mail.sync import SyncOptions
from privacydesk.services.accounts import AccountService, NewAccount
from privacydesk.services.sync import RetryPolicy, SyncReport, SyncService
from tests.integration.conftest import Mailbox, mailbox_snapshot
from tests.integration.dovecot import MailFactory, MemoryKeyring, TcpProxy
from tests.integration.test_imap_faults import CLI, ROOT, cli, cli_add_account, cli_env

pytestmark = [pytest.mark.integration, pytest.mark.dovecot]

WAIT = 30.0  # generous upper bound for a report to arrive; IDLE itself answers within ~0.5 s


@pytest.fixture
def accounts(services: Any, memory_keyring: MemoryKeyring, mailbox: Mailbox) -> AccountService:
    svc = AccountService(services.db)
    svc.add(NewAccount(name="team", host="127.0.0.1", username=mailbox.user, port=mailbox.server.ssl_port,
                       ca_file=str(mailbox.server.ca_file)), mailbox.password)
    return svc


class Watcher:
    """Runs ``SyncService.watch`` in a thread and collects its reports."""

    def __init__(self, sync: SyncService, **kw: Any) -> None:
        self.reports: queue.Queue[SyncReport] = queue.Queue()
        self.stop = threading.Event()
        self.result: list[SyncReport | None] = []
        self.thread = threading.Thread(
            target=lambda: self.result.append(sync.watch("team", self.stop, on_report=self.reports.put, **kw)),
            daemon=True)

    def next_with(self, predicate: Any, timeout: float = WAIT) -> SyncReport:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            assert left > 0, "no matching report arrived"
            report = self.reports.get(timeout=left)
            if predicate(report):
                return report


@pytest.fixture
def watcher_factory(services: Any, accounts: AccountService) -> Iterator[Any]:
    started: list[Watcher] = []

    def make(connector: Any = None, **kw: Any) -> Watcher:
        sync = SyncService(accounts, services.ingest, services.profile, options=SyncOptions(),
                           retry=RetryPolicy(first=0.2, longest=1.0), connector=connector, timeout=10)
        w = Watcher(sync, **kw)
        started.append(w)
        w.thread.start()
        return w

    yield make
    for w in started:
        w.stop.set()
        w.thread.join(timeout=15)
        assert not w.thread.is_alive(), "watch did not stop after the stop event"


def test_idle_delivers_a_new_request_within_seconds(watcher_factory: Any, mailbox: Mailbox) -> None:
    mail = MailFactory(seed=40)
    mailbox.append(mail.business()[0])
    # Polling effectively off: only IDLE can bring the next message in time.
    w = watcher_factory(poll_interval=3600, idle_seconds=3600)
    first = w.next_with(lambda r: r.ingest.new_messages == 1)
    assert first.ok
    time.sleep(1.0)  # let the watcher enter IDLE
    mailbox.append(mail.request()[0])
    before = mailbox_snapshot(mailbox)
    report = w.next_with(lambda r: r.ingest.new_requests)
    assert len(report.ingest.new_requests) == 1 and report.ingest.new_messages == 1
    w.stop.set()
    w.thread.join(timeout=15)
    assert w.result == [None]  # a clean stop, not an error
    assert mailbox_snapshot(mailbox) == before


def test_idle_is_reissued_and_still_delivers(watcher_factory: Any, mailbox: Mailbox) -> None:
    mail = MailFactory(seed=41)
    w = watcher_factory(poll_interval=3600, idle_seconds=1.0)  # re-issued every second
    time.sleep(3.5)  # several IDLE rounds
    mailbox.append(mail.request()[0])
    report = w.next_with(lambda r: r.ingest.new_requests)
    assert report.ok and report.ingest.new_messages == 1


def test_polling_when_the_server_has_no_idle(watcher_factory: Any, mailbox: Mailbox) -> None:
    def without_idle(settings: imap.ImapSettings, password: str) -> imap.ImapConnection:
        conn = imap.connect(settings, password)
        conn.capabilities = conn.capabilities - {"IDLE"}
        return conn

    w = watcher_factory(connector=without_idle, poll_interval=1.0)
    time.sleep(1.5)
    mailbox.append(MailFactory(seed=42).request()[0])
    report = w.next_with(lambda r: r.ingest.new_requests)
    assert report.ok


def test_watch_reconnects_after_a_server_restart(watcher_factory: Any, mailbox: Mailbox) -> None:
    mail = MailFactory(seed=43)
    mailbox.append(mail.business()[0])
    w = watcher_factory(poll_interval=3600, idle_seconds=3600)
    w.next_with(lambda r: r.ingest.new_messages == 1)
    time.sleep(1.0)
    mailbox.server.restart()
    w.next_with(lambda r: not r.ok)  # the lost connection is reported...
    mailbox.append(mail.request()[0])
    report = w.next_with(lambda r: r.ingest.new_requests)  # ...and mail still arrives afterwards
    assert len(report.ingest.new_requests) == 1


def test_watch_stops_on_a_wrong_password(services: Any, memory_keyring: MemoryKeyring, mailbox: Mailbox) -> None:
    accounts = AccountService(services.db)
    with TcpProxy(mailbox.server.ssl_port) as proxy:
        accounts.add(NewAccount(name="team", host="127.0.0.1", username=mailbox.user, port=proxy.port,
                                ca_file=str(mailbox.server.ca_file)), "wrong")
        sync = SyncService(accounts, services.ingest, services.profile, retry=RetryPolicy(first=0.05))
        report = sync.watch("team", threading.Event(), poll_interval=3600)
        assert proxy.connections == 1
    assert report is not None and report.auth_failed


#: An upper bound that only stops a hung test: the watch must stop at once, whatever it was doing.
STOP_GUARD = 20.0


class CliWatch:
    """``privacydesk watch --json`` in a subprocess, its stdout lines in a queue, stderr collected."""

    def __init__(self, data: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", CLI, "--data-dir", str(data), "watch", "--json"],
                                     cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self.lines: queue.Queue[str] = queue.Queue()
        self.errors: list[str] = []
        stdout, stderr = self.proc.stdout, self.proc.stderr
        self.first_error_line = stderr.readline()
        self.readers = [
            threading.Thread(target=lambda: [self.lines.put(line) for line in stdout], daemon=True),
            threading.Thread(target=lambda: [self.errors.append(line) for line in stderr], daemon=True)]
        for reader in self.readers:
            reader.start()

    def ctrl_c(self) -> int:
        self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=STOP_GUARD)
        for reader in self.readers:  # the process ended: its pipes are at end of file
            reader.join(timeout=STOP_GUARD)
        return code

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def test_cli_watch_prints_new_requests_and_stops_on_ctrl_c(mailbox: Mailbox, tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli_add_account(data, mailbox)
    watch = CliWatch(data)
    try:
        assert "Watching team" in watch.first_error_line
        # No waiting for IDLE: whether the first sync or IDLE brings it in, it is reported once.
        mailbox.append(MailFactory(seed=44).request()[0])
        event = json.loads(watch.lines.get(timeout=WAIT))
        assert len(event["new_requests"]) == 1
        assert watch.ctrl_c() == 0
        errors = "".join(watch.errors)
        assert "Traceback" not in errors and "did not stop in time" not in errors
    finally:
        watch.close()


@pytest.mark.parametrize("hangs_at", [b"IDLE\r\n", b"UID FETCH"], ids=["waiting-for-mail", "fetching"])
def test_cli_watch_stops_on_ctrl_c_while_the_server_hangs(mailbox: Mailbox, tmp_path: Path,
                                                           hangs_at: bytes) -> None:
    """Ctrl+C while the watcher is blocked in a network read (a server that stopped answering, or a
    busy machine): the read is interrupted and the command ends cleanly, instead of waiting for the
    socket's timeout (60 s) while ignoring Ctrl+C (issue 11). What was not committed is not lost:
    the next sync files it."""
    data = tmp_path / "data"
    mailbox.append(MailFactory(seed=45).request()[0])  # something to fetch
    with TcpProxy(mailbox.server.port, stall_on=hangs_at) as proxy:
        result = cli(data, "account", "add", "--name", "team", "--host", "127.0.0.1", "--port", str(proxy.port),
                     "--security", "none", "--username", mailbox.user, "--password-stdin",
                     stdin=mailbox.password + "\n")
        assert result.returncode == 0, result.stderr
        watch = CliWatch(data)
        try:
            assert "Watching team" in watch.first_error_line
            assert proxy.stalled.wait(WAIT), "the watcher never reached the point where the server hangs"
            assert watch.ctrl_c() == 0
            errors = "".join(watch.errors)
            assert "Stopping" in errors and "Traceback" not in errors
            # The blocked read was interrupted and the watcher ended by itself, not abandoned.
            assert "did not stop in time" not in errors
        finally:
            watch.close()
    # Nothing lost or half-written: the same mailbox, read directly, gives exactly one request.
    assert cli(data, "account", "remove", "team").returncode == 0
    result = cli(data, "account", "add", "--name", "team", "--host", "127.0.0.1", "--port",
                 str(mailbox.server.port), "--security", "none", "--username", mailbox.user,
                 "--password-stdin", stdin=mailbox.password + "\n")
    assert result.returncode == 0, result.stderr
    assert cli(data, "sync", "--once").returncode == 0
    listed = cli(data, "list", "--json")
    assert len(json.loads(listed.stdout)) == 1
