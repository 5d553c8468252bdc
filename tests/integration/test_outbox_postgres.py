"""Team mode (issue 9): two PrivacyDesk processes on one PostgreSQL database cannot send the same reply
— the claim is a conditional UPDATE that exactly one of them wins."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from privacydesk.domain.errors import Refused
from tests.integration.dovecot import MemoryKeyring, free_port
from tests.integration.postgres import ENABLE, PostgresServer, pg_bin
from tests.integration.smtpserver import PASSWORD, USER, SmtpServer
from tests.servers import missing_server

pytestmark = [pytest.mark.integration, pytest.mark.postgres]


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    if pg_bin() is None:
        missing_server("PostgreSQL", ENABLE)
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_two_processes_on_postgresql_send_a_reply_once(postgres: PostgresServer, tmp_path: Path,
                                                      smtp_server: SmtpServer, memory_keyring: MemoryKeyring) -> None:
    from privacydesk.paths import resolve_paths
    from privacydesk.services.accounts import NewAccount, SmtpConfig
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest

    url = postgres.create_database("pd_outbox")
    first = open_services(resolve_paths(tmp_path / "a"), url)
    second = open_services(resolve_paths(tmp_path / "b"), url)
    try:
        # No IMAP server: the copy to Sent fails and is reported, which is not a failed send.
        first.accounts.add(NewAccount(name="team", host="127.0.0.1", username="team", port=free_port(),
                                      ca_file=str(smtp_server.ca_file)), "imap-password",
                           SmtpConfig(host="127.0.0.1", port=smtp_server.port, username=USER,
                                      from_address="3dprosteam@gmail.com"), PASSWORD)
        ref = first.requests.create(NewRequest(email="ana@example.pt", types=["access"], name="Ana",
                                               regime="gdpr")).ref
        entry = first.replies.queue(ref, "acknowledgement")
        barrier = threading.Barrier(2)
        outcomes: list[Any] = []

        def deliver(svc: Any) -> None:
            barrier.wait()
            try:
                outcomes.append(svc.replies.deliver(entry))
            except Refused as exc:
                outcomes.append(exc)

        threads = [threading.Thread(target=deliver, args=(s,)) for s in (first, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        sent = [o for o in outcomes if not isinstance(o, Exception)]
        refused = [o for o in outcomes if isinstance(o, Refused)]
        assert len(sent) == 1 and len(refused) == 1, outcomes
        assert "copy in the Sent folder could not be saved" in " ".join(sent[0].notes)
        assert sent[0].item.state == "sent" and sent[0].item.sent_copy == "failed"
        assert len(smtp_server.messages()) == 1
        assert second.requests.show(ref).as_json()["status"] == "acknowledged"
    finally:
        first.close()
        second.close()
