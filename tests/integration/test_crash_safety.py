"""SIGKILL in the middle of writes leaves a consistent database (issue 2)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

WRITER = textwrap.dedent("""
    import sys
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest
    svc = open_services(resolve_paths(sys.argv[1]))
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        change = svc.requests.create(NewRequest(email=f"person{i}@example.com", types=["access", "deletion"],
                                                name=f"Person {i}", regime="gdpr"))
        svc.requests.set_status(change.ref, "acknowledged")
        svc.requests.add_note(change.ref, "x" * 2000)
""")


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.4, 0.9, 1.7])
def test_kill_during_writes_leaves_a_consistent_database(tmp_path: Path, delay: float) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()

    db = data / "privacydesk.sqlite3"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    requests = conn.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
    created = conn.execute("SELECT COUNT(*) FROM audit_events WHERE action='request_created'").fetchone()[0]
    counter = conn.execute("SELECT COALESCE(SUM(last), 0) FROM ref_counters").fetchone()[0]
    assert requests > 0, "the writer should have committed something before the kill"
    # Each request exists together with its audit event and its reference number: nothing half-written.
    assert requests == created == counter
    notes = conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    noted = conn.execute("SELECT COUNT(*) FROM audit_events WHERE action='note_added'").fetchone()[0]
    assert notes == noted
    conn.close()

    # The app opens it again and the audit chain still verifies.
    from privacydesk.paths import resolve_paths
    from privacydesk.services import audit
    from privacydesk.services.app import open_services

    svc = open_services(resolve_paths(data))
    try:
        with svc.db.read() as session:
            assert audit.verify_chain(session).ok
        assert len(svc.requests.list()) == requests
    finally:
        svc.close()
