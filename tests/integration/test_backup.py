"""Backups (issue 13): ``backup FILE`` takes a consistent copy while an import keeps writing;
``restore FILE`` refuses what it must (a newer schema, not a database, no confirmation), keeps the
current database, re-anchors the audit trail and records that it did."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from privacydesk.cli import main
from privacydesk.store.db import alembic_config


def newest_schema() -> str:
    """The schema a backup made by this PrivacyDesk is at: the newest migration it ships."""
    [head] = ScriptDirectory.from_config(alembic_config()).get_heads()
    return str(head)


WRITER = textwrap.dedent("""
    import sys, tempfile
    from pathlib import Path
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.services.mailimport import import_paths

    svc = open_services(resolve_paths(sys.argv[1]))
    spool = Path(tempfile.mkdtemp())
    n = 0
    while True:
        batch = spool / f"batch{n}"
        batch.mkdir()
        for i in range(15):
            k = n * 15 + i
            (batch / f"{k}.eml").write_bytes((
                f"From: Person {k} <person{k}@example.com>\\r\\nTo: 3dprosteam@gmail.com\\r\\n"
                f"Subject: Delete my data\\r\\nMessage-ID: <m{k}@example.com>\\r\\n"
                f"Date: Wed, 18 Nov 2026 10:00:00 -0600\\r\\n\\r\\n"
                f"Hello, I am a California resident. Please delete all personal information you hold "
                f"about me under the CCPA. My account email is person{k}@example.com. Number {k}.\\r\\n"
                + ("Thanks, and please also keep me off your lists.\\r\\n" if k % 3 == 0 else "")
            ).encode())
        report = import_paths(svc.ingest, svc.profile, [batch])
        assert not report.failures, report.failures
        print(f"batch {n} {len(report.new_requests)}", flush=True)
        n += 1
""")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def check_backup(path: Path) -> int:
    """A backup is a whole database: SQLite's check passes, every request came with its creation event
    and its message, and the audit trail verifies inside it. Returns the number of requests."""
    from privacydesk.services import audit
    from privacydesk.store.db import Database

    c = sqlite3.connect(path)
    try:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        requests = c.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
        created = c.execute("SELECT COUNT(*) FROM audit_events WHERE action = 'request_created'").fetchone()[0]
        filed = c.execute("SELECT COUNT(*) FROM messages WHERE kind = 'request'").fetchone()[0]
        assert requests == created == filed
        assert requests % 15 == 0, "a backup must never hold part of an import batch"
    finally:
        c.close()
    db = Database(f"sqlite:///{path}")
    try:
        with db.read() as session:
            report = audit.verify_chain(session)
        assert report.ok, report.problem
    finally:
        db.dispose()
    return int(requests)


@pytest.mark.slow
def test_backups_taken_during_an_import_are_consistent_and_restore(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    counts = []
    try:
        for round_ in range(4):
            line = proc.stdout.readline()
            assert line.startswith("batch "), line
            target = tmp_path / f"backup{round_}.sqlite3"
            code, out, err = run(capsys, data, "backup", str(target), "--json")
            assert code == 0, err
            info = json.loads(out)
            assert info["requests"] == check_backup(target)
            assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
            counts.append(info["requests"])
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
    assert counts == sorted(counts) and counts[-1] > counts[0] > 0
    # a backup taken in the middle of the import restores to a consistent, verified database
    fresh = tmp_path / "fresh"
    code, _, err = run(capsys, fresh, "restore", str(tmp_path / "backup1.sqlite3"), "--yes")
    assert code == 0, err
    assert len(json.loads(run(capsys, fresh, "list", "--json")[1])) == counts[1]
    assert run(capsys, fresh, "audit", "verify")[0] == 0


def test_restore_confirms_keeps_the_current_database_and_reanchors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    for i in range(3):
        assert run(capsys, data, "add", "--email", f"p{i}@example.com", "--type", "access")[0] == 0
    backup = tmp_path / "b.sqlite3"
    assert run(capsys, data, "backup", str(backup))[0] == 0
    for i in range(3, 5):
        assert run(capsys, data, "add", "--email", f"p{i}@example.com", "--type", "access")[0] == 0

    # without a terminal and without --yes: refused as invalid input, nothing changed
    code, _, err = run(capsys, data, "restore", str(backup))
    assert code == 2 and "--yes" in err
    assert len(json.loads(run(capsys, data, "list", "--json")[1])) == 5
    code, _, err = run(capsys, data, "backup", str(backup))
    assert code == 2 and "exists" in err

    code, out, err = run(capsys, data, "restore", str(backup), "--yes", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["restored"]["requests"] == 3
    safety = Path(result["previous_database"])
    assert safety.parent == data and stat.S_IMODE(os.stat(safety).st_mode) == 0o600
    c = sqlite3.connect(safety)
    assert c.execute("SELECT COUNT(*) FROM requests").fetchone()[0] == 5
    c.close()
    assert len(json.loads(run(capsys, data, "list", "--json")[1])) == 3

    # the restored trail is shorter than what this computer saw: accepted, on the record
    code, out, err = run(capsys, data, "audit", "verify", "--json")
    assert code == 0, out
    assert "warning" not in run(capsys, data, "list")[2]
    c = sqlite3.connect(data / "privacydesk.sqlite3")
    action, after = c.execute("SELECT action, after FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()
    c.close()
    assert action == "database_restored"
    assert json.loads(after) | {"previous_anchor_hash": None} == {
        "schema": newest_schema(), "requests": 3, "events_in_backup": 3, "previous_anchor_event": 5,
        "previous_anchor_hash": None}


def test_restore_refuses_a_newer_schema_and_files_that_are_not_backups(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(capsys, data, "add", "--email", "a@example.com", "--type", "access")[0] == 0
    backup = tmp_path / "b.sqlite3"
    assert run(capsys, data, "backup", str(backup))[0] == 0
    c = sqlite3.connect(backup)
    c.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    c.commit()
    c.close()
    before = (data / "privacydesk.sqlite3").stat().st_mtime_ns
    code, _, err = run(capsys, data, "restore", str(backup), "--yes")
    assert code == 1 and "newer version of PrivacyDesk" in err and "Nothing was changed" in err
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 50)
    code, _, err = run(capsys, data, "restore", str(junk), "--yes")
    assert code == 1 and "not a PrivacyDesk backup" in err
    code, _, err = run(capsys, data, "restore", str(tmp_path / "missing.sqlite3"), "--yes")
    assert code == 1 and "no backup file" in err
    assert (data / "privacydesk.sqlite3").stat().st_mtime_ns == before
    assert len(json.loads(run(capsys, data, "list", "--json")[1])) == 1


def test_an_older_backup_is_migrated_when_restored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.integration.test_audit_migration import build_old_database

    old = build_old_database(tmp_path / "old")
    data = tmp_path / "d"
    code, _, err = run(capsys, data, "restore", str(old), "--yes")
    assert code == 0, err
    code, out, _ = run(capsys, data, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["requests"] == 2


def test_backups_are_private_whatever_the_umask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(capsys, data, "add", "--email", "a@example.com", "--type", "access")[0] == 0
    previous = os.umask(0)
    try:
        assert run(capsys, data, "backup", str(tmp_path / "open.sqlite3"))[0] == 0
        assert run(capsys, data, "export", "register", "--output", str(tmp_path / "r.csv"))[0] == 0
        assert run(capsys, data, "export", "case", "PD-2026-0001", str(tmp_path / "case"))[0] == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(tmp_path / "open.sqlite3").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "r.csv").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "case").st_mode) == 0o700
    assert stat.S_IMODE(os.stat(data / "audit-anchor.json").st_mode) == 0o600
