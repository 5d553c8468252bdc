"""The audit trail cannot be fooled (issue 13): tampering with the database directly — an edited,
deleted, inserted, reordered or re-assigned event, a wiped trail, a truncated tail with its head
rewritten, a database emptied and recreated, a request row edited behind the trail's back, a personal
value changed — makes ``privacydesk audit verify`` exit 1 naming what broke, in plain words."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from privacydesk.cli import main

Tamper = Callable[[sqlite3.Connection], None]


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def worked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Three requests worked through the CLI: 12 events."""
    data = tmp_path / "d"
    for email, name, types in (("ana.silva@example.com", "Ana Silva", ["access"]),
                               ("bo.chen@example.org", "Bo Chen", ["deletion"]),
                               ("cy.diaz@example.net", "Cy Diaz", ["opt_out_sale"])):
        args = ["add", "--email", email, "--name", name, "--regime", "ccpa", "--received", "2026-11-20"]
        for t in types:
            args += ["--type", t]
        assert run(capsys, data, *args)[0] == 0
    steps = [
        ["set-status", "PD-2026-0001", "acknowledged"],
        ["verify", "PD-2026-0001", "--method", "matched_records", "--note", "matched Ana's order 1234"],
        ["set-status", "PD-2026-0001", "completed", "--outcome", "full"],
        ["note", "PD-2026-0002", "called Bo Chen on +1 512 555 0199"],
        ["set-status", "PD-2026-0002", "acknowledged"],
        ["assign", "PD-2026-0002", "Robin"],
        ["set-status", "PD-2026-0003", "completed"],
    ]
    for step in steps:
        assert run(capsys, data, *step)[0] == 0, step
    code, out, _ = run(capsys, data, "audit", "verify", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["events"] == 10 and report["requests"] == 3
    assert report["anchor"]["state"] == "ok" and report["anchor"]["anchor_event"] == 10
    return data


def db(data: Path) -> sqlite3.Connection:
    return sqlite3.connect(data / "privacydesk.sqlite3", isolation_level=None)


def verify(capsys: pytest.CaptureFixture[str], data: Path) -> tuple[int, dict[str, object], str]:
    code, out, err = run(capsys, data, "audit", "verify", "--json")
    return code, json.loads(out), err


def edit_event(c: sqlite3.Connection) -> None:
    c.execute("UPDATE audit_events SET after = json_set(after, '$.status', 'denied') WHERE id = 6")


def edit_actor(c: sqlite3.Connection) -> None:
    c.execute("UPDATE audit_events SET actor = 'Someone else' WHERE id = 4")


def delete_event(c: sqlite3.Connection) -> None:
    c.execute("DELETE FROM audit_events WHERE id = 5")


def insert_event(c: sqlite3.Connection) -> None:
    row = c.execute("SELECT at, hash FROM audit_events WHERE id = 7").fetchone()
    c.execute("UPDATE audit_events SET id = id + 100 WHERE id > 7")
    c.execute("INSERT INTO audit_events (id, at, actor, action, request_id, request_ref, message_pk, before, "
              "after, detail, prev_hash, hash) VALUES (8, ?, 'tester', 'status_changed', 2, 'PD-2026-0002', "
              "NULL, '{}', '{\"status\": \"completed\"}', NULL, ?, ?)", (row[0], row[1], "f" * 64))


def reorder_events(c: sqlite3.Connection) -> None:
    c.execute("UPDATE audit_events SET id = -4 WHERE id = 4")
    c.execute("UPDATE audit_events SET id = 4 WHERE id = 5")
    c.execute("UPDATE audit_events SET id = 5 WHERE id = -4")


def reassign_event(c: sqlite3.Connection) -> None:
    # the note about Bo moved onto Ana's request (the ref column moved too)
    c.execute("UPDATE audit_events SET request_id = 1, request_ref = 'PD-2026-0001' WHERE id = 7")


def reassign_message(c: sqlite3.Connection) -> None:
    c.execute("UPDATE audit_events SET message_pk = 42 WHERE id = 2")


def edit_personal_value(c: sqlite3.Connection) -> None:
    c.execute("UPDATE audit_personal SET value = json_quote('someone@example.com') "
              "WHERE value = json_quote('bo.chen@example.org')")


def delete_personal_value(c: sqlite3.Connection) -> None:
    c.execute("DELETE FROM audit_personal WHERE value = json_quote('called Bo Chen on +1 512 555 0199')")


def head_forward(c: sqlite3.Connection) -> None:
    c.execute("DELETE FROM audit_events WHERE id >= 9")


@pytest.mark.parametrize(("tamper", "first_bad", "words"), [
    (edit_event, 6, "event 6 (status changed on PD-2026-0001"),
    (edit_actor, 4, "changed after it was written"),
    (delete_event, 6, "removed, inserted or moved"),
    (insert_event, 8, "event 8"),
    (reorder_events, 4, "event 4"),
    (reassign_event, 7, "the request it belongs to"),
    (reassign_message, 2, "event 2"),
    (edit_personal_value, 1, "personal detail recorded by event 2"),
    (delete_personal_value, 7, "was deleted outside PrivacyDesk"),
    (head_forward, None, "newest events of the audit trail are missing"),
])
def test_tampered_events_are_named(worked: Path, capsys: pytest.CaptureFixture[str], tamper: Tamper,
                                   first_bad: int | None, words: str) -> None:
    with db(worked) as c:
        tamper(c)
    code, report, err = verify(capsys, worked)
    assert code == 1
    assert report["ok"] is False
    assert words in str(report["problem"]) or words in err
    if first_bad is not None and tamper is not edit_personal_value:
        assert report["first_bad_id"] == first_bad
    assert "does not verify" in err


def test_a_wiped_trail_is_not_ok(worked: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db(worked) as c:
        c.execute("DELETE FROM audit_events")
        c.execute("DELETE FROM audit_head")
        c.execute("DELETE FROM audit_personal")
    code, report, _ = verify(capsys, worked)
    assert code == 1 and report["events"] == 0 and report["requests"] == 3
    assert "PD-2026-0001 has no record of being created" in str(report["problem"])
    assert "this computer saw it reach event 10" in str(report["problem"])  # the anchor too


def test_a_truncated_tail_with_a_rewritten_head_is_caught_by_the_anchor(
        worked: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db(worked) as c:
        # The last event (PD-2026-0003 completed) goes, the head is made consistent, and the row is put
        # back as the trail now says: inside the database everything agrees.
        last_hash = c.execute("SELECT hash FROM audit_events WHERE id = 9").fetchone()[0]
        c.execute("DELETE FROM audit_events WHERE id = 10")
        c.execute("UPDATE audit_head SET last_event_id = 9, last_hash = ?", (last_hash,))
        c.execute("UPDATE requests SET status = 'new', closed_at = NULL, acknowledged_at = NULL, outcome = NULL "
                  "WHERE ref = 'PD-2026-0003'")
    code, report, _ = verify(capsys, worked)
    assert code == 1
    assert report["anchor"] == {"state": "behind", "database_event": 9, "anchor_event": 10}
    assert "ends at event 9, but this computer saw it reach event 10" in str(report["problem"])
    # and every other command says so on stderr, without failing
    code, out, err = run(capsys, worked, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    assert "warning: The audit trail in this database ends at event 9" in err


def test_a_rewritten_chain_is_caught_by_the_anchor(worked: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Someone who knows the hash rule rewrites event 10 and re-hashes it: only the anchor can tell."""
    from privacydesk.domain import audit_trail as trail
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.store.models import AuditEvent, AuditHead

    svc = open_services(resolve_paths(worked))
    svc.audit.close()  # a forger's process leaves no anchor behind
    try:
        with svc.db.write() as s:
            e = s.get(AuditEvent, 10)
            assert e is not None
            e.actor = "Forger"
            e.hash = trail.event_hash(trail.EventFields(e.id, e.prev_hash, e.at, e.actor, e.action, e.request_id,
                                                        e.request_ref, e.message_pk, e.before, e.after, e.detail))
            head = s.get(AuditHead, 1)
            assert head is not None
            head.last_hash = e.hash
    finally:
        svc.db.dispose()
    code, report, _ = verify(capsys, worked)
    assert code == 1 and report["anchor"]["state"] == "diverged"
    assert "Event 10 of the audit trail is not the one this computer saw" in str(report["problem"])


def test_a_database_emptied_and_recreated_is_caught(worked: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = worked / "privacydesk.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"")  # truncated to 0 bytes: refused, never silently made a fresh database (issue 11)
    code, out, err = run(capsys, worked, "list", "--json")
    assert code == 1 and out == "" and "empty (0 bytes)" in err
    path.unlink()  # moved away, as that message says: the app makes a fresh database
    code, out, err = run(capsys, worked, "list", "--json")
    assert code == 0 and json.loads(out) == []
    assert "ends at event 0, but this computer saw it reach event 10" in err
    code, report, _ = verify(capsys, worked)
    assert code == 1 and report["events"] == 0 and report["anchor"]["state"] == "behind"


@pytest.mark.parametrize(("sql", "words"), [
    ("UPDATE requests SET status = 'completed', closed_at = '2026-11-25 15:00:00.000000' WHERE ref = 'PD-2026-0002'",
     "PD-2026-0002 was changed outside PrivacyDesk: its status is completed, but its audit trail says acknowledged"),
    ("UPDATE requests SET respond_by = '2027-03-01' WHERE ref = 'PD-2026-0002'",
     "its response due date is 2027-03-01, but its audit trail says 2027-01-03"),
    ("UPDATE requests SET received_on = '2026-11-01' WHERE ref = 'PD-2026-0001'",
     "its received date is 2026-11-01, but its audit trail says 2026-11-20"),
    ("UPDATE requests SET verification = 'verified' WHERE ref = 'PD-2026-0002'",
     "its identity verification is verified, but its audit trail says pending"),
    ("UPDATE requests SET outcome = 'complied_partial' WHERE ref = 'PD-2026-0001'",
     "its outcome is complied partial, but its audit trail says complied full"),
    ("INSERT INTO requests (ref, types, regime, regime_confirmed, requester_id, received_at, received_on, source,"
     " status, verification, extended, deadline_info, created_at, updated_at, version) VALUES ('PD-2026-0009',"
     " '[\"access\"]', 'ccpa', 1, 1, '2026-11-20 10:00:00', '2026-11-20', 'email', 'completed', 'verified', 0,"
     " '{}', '2026-11-20 10:00:00', '2026-11-20 10:00:00', 1)",
     "PD-2026-0009 has no record of being created"),
    ("DELETE FROM notes; DELETE FROM request_pauses; UPDATE messages SET request_id = NULL;"
     " DELETE FROM requests WHERE ref = 'PD-2026-0003'",
     "Request PD-2026-0003 has events in the audit trail"),
])
def test_a_request_row_edited_behind_the_trail_is_named(worked: Path, capsys: pytest.CaptureFixture[str],
                                                        sql: str, words: str) -> None:
    with db(worked) as c:
        c.executescript(sql)
    code, report, _ = verify(capsys, worked)
    assert code == 1
    assert words in str(report["problem"]), report["problem"]


def test_personal_details_are_kept_apart_from_the_chain(worked: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db(worked) as c:
        events = " ".join(" ".join(str(v) for v in row) for row in c.execute("SELECT * FROM audit_events"))
        digests = c.execute("SELECT digest, salt FROM audit_personal").fetchall()
    for personal in ("ana.silva@example.com", "Ana Silva", "Bo Chen", "555 0199", "order 1234"):
        assert personal not in events
    assert len({d for d, _ in digests}) == len(digests) and all(s and len(s) == 32 for _, s in digests)
    # the trail still reads with the values restored
    code, out, _ = run(capsys, worked, "show", "PD-2026-0002", "--json")
    assert code == 0
    audit = json.loads(out)["audit"]
    assert audit[0]["after"]["requester_email"] == "bo.chen@example.org"
    assert audit[1]["after"]["note"] == "called Bo Chen on +1 512 555 0199"


def test_the_same_address_gets_a_different_digest_each_time(tmp_path: Path) -> None:
    from privacydesk.domain import audit_trail as trail

    a = trail.seal("ana@example.com")
    b = trail.seal("ana@example.com")
    assert a.digest != b.digest and a.salt != b.salt
    assert trail.personal_digest(a.salt, a.value) == a.digest
