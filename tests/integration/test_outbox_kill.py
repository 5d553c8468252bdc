"""At most once (issue 9, DESIGN invariant 3): a process killed (SIGKILL) at any point of a send and
started again never delivers a reply twice; an interrupted send ends ``sent`` or ``uncertain`` — never
silently lost, never resent on its own — and staff settle an uncertain one."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import keyring
import pytest

from privacydesk.domain.errors import Refused
from tests.integration.conftest import Mailbox
from tests.integration.dovecot import FileTestKeyring
from tests.integration.smtpserver import SmtpServer
from tests.integration.test_replies import add_team, arrive, one_request, request_mail

pytestmark = [pytest.mark.integration, pytest.mark.dovecot, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]

SENDER = textwrap.dedent("""
    import os, signal, sys
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services

    data, ref, point = sys.argv[1:4]
    svc = open_services(resolve_paths(data))

    def die(*_args, **_kw):
        os.kill(os.getpid(), signal.SIGKILL)

    def phase(name):
        if name == point:
            die()

    if point == "claimed":  # after the claim is committed, before the server is contacted
        svc.replies.smtp_send = die
    if point == "copying":  # accepted and recorded, killed while copying to Sent
        svc.replies.open_writer = die
    svc.replies.send(ref, "acknowledgement", on_phase=phase)
    print("finished", flush=True)
""")

#: Where the process dies, whether the server has the message then, and the state it is left in.
POINTS = [
    ("claimed", 0, "uncertain"),
    ("connected", 0, "uncertain"),
    ("authenticated", 0, "uncertain"),
    ("envelope", 0, "uncertain"),
    ("data_sent", 1, "uncertain"),
    ("accepted", 1, "uncertain"),
    ("copying", 1, "sent"),
]


@pytest.fixture
def file_keyring(monkeypatch: pytest.MonkeyPatch) -> Any:
    previous = keyring.get_keyring()
    keyring.set_keyring(FileTestKeyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.integration.dovecot.FileTestKeyring")
    yield
    keyring.set_keyring(previous)


@pytest.mark.parametrize(("point", "delivered", "state"), POINTS)
def test_a_send_killed_at_any_point_is_never_delivered_twice(
        point: str, delivered: int, state: str, tmp_path: Path, mailbox: Mailbox, smtp_server: SmtpServer,
        file_keyring: Any) -> None:
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services

    data = tmp_path / "data"
    svc = open_services(resolve_paths(data))
    try:
        add_team(svc, mailbox, smtp_server, tmp_path)
        arrive(svc, mailbox, request_mail()[0])
        ref = one_request(svc)
    finally:
        svc.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", SENDER, str(data), ref, point], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stdout + proc.stderr  # killed where we said
    assert len(smtp_server.wait_for(delivered)) == delivered

    # Started again: the interrupted reply is found in the state it must be in, and nothing resends it.
    svc = open_services(resolve_paths(data))
    try:
        [item] = svc.replies.outbox()
        assert item.state == state, item
        with pytest.raises(Refused):
            svc.replies.retry(item.id)
        assert len(smtp_server.messages()) == delivered
        if state == "uncertain":
            assert item.error and "interrupted" in item.error
            svc.replies.check_uncertain()  # nothing in Sent: still for staff to settle
            assert svc.replies.item(item.id).state == "uncertain"
            if delivered:
                svc.replies.resolve(item.id, sent=True)
            else:
                svc.replies.resolve(item.id, sent=False)
                svc.replies.retry(item.id)
        final = svc.replies.item(item.id)
        assert final.state == "sent"
        assert len(smtp_server.wait_for(1)) == 1  # exactly once, whatever happened
        assert svc.requests.show(ref).as_json()["status"] == "acknowledged"
        with pytest.raises(Refused):
            svc.replies.retry(item.id)
    finally:
        svc.close()
    assert len(smtp_server.messages()) == 1
