"""Migration i13_records converts trails written by earlier versions and keeps them verifiable
(issue 13): a database at revision 0001 with events written the old way (personal data inline,
request_id not hashed, free-text outcome) is migrated; ``audit verify`` then passes, personal values
have left the chain, and the old chain's state is recorded honestly."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from privacydesk.cli import main
from privacydesk.store.db import Database, alembic_config

GENESIS = "0" * 64


def old_hash(prev: str, at: datetime, actor: str, action: str, ref: str | None, before: dict[str, Any],
             after: dict[str, Any], detail: str | None) -> str:
    """services/audit.py's rule before issue 13 (written out again here, independently)."""
    payload = json.dumps({"prev": prev, "at": at.isoformat(), "actor": actor, "action": action, "ref": ref,
                          "before": before, "after": after, "detail": detail},
                         sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def sqlite_time(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def build_old_database(data: Path, *, break_event: int | None = None) -> Path:
    """What PrivacyDesk 0001 wrote for two requests worked through (events as its services wrote them)."""
    data.mkdir(parents=True)
    path = data / "privacydesk.sqlite3"
    db = Database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    db.dispose()
    c = sqlite3.connect(path, isolation_level=None)
    t0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    c.execute("INSERT INTO requesters (id, name, postal_address, phone, identifiers, created_at) VALUES "
              "(1, 'Ana Silva', '1 Main St, Austin TX', NULL, '{}', ?), (2, NULL, NULL, NULL, '{}', ?)",
              (sqlite_time(t0), sqlite_time(t0)))
    c.execute("INSERT INTO requester_emails (id, requester_id, email) VALUES (1, 1, 'ana.silva@example.com'), "
              "(2, 2, 'bo@example.org')")
    common = ("types, regime, regime_confirmed, requester_id, received_at, received_on, source, status, "
              "verification, verification_method, outcome, acknowledged_at, closed_at, extended, "
              "acknowledge_by, respond_by, extension_notice_by, respond_by_extended, deadline_info, created_at, "
              "updated_at, version, ref, id")
    c.execute(f"INSERT INTO requests ({common}) VALUES ('[\"access\"]', 'ccpa', 1, 1, ?, '2026-03-02', 'email', "
              "'completed', 'verified', 'matched_records', 'Sent Ana her data on a USB stick', ?, ?, 0, "
              "'2026-03-17', '2026-04-16', '2026-04-16', '2026-05-31', '{}', ?, ?, 4, 'PD-2026-0001', 1)",
              (sqlite_time(t0), sqlite_time(t0), sqlite_time(datetime(2026, 3, 20, 15, tzinfo=UTC)),
               sqlite_time(t0), sqlite_time(t0)))
    c.execute(f"INSERT INTO requests ({common}) VALUES ('[\"deletion\"]', 'unknown', 0, 2, ?, '2026-03-02', "
              "'email', 'new', 'pending', NULL, NULL, NULL, NULL, 0, '2026-03-17', '2026-04-01', '2026-04-01', "
              "'2026-05-16', '{}', ?, ?, 1, 'PD-2026-0002', 2)",
              (sqlite_time(t0), sqlite_time(t0), sqlite_time(t0)))
    c.execute("INSERT INTO notes (request_id, created_at, author, text) VALUES (2, ?, 'Robin', 'Bo phoned')",
              (sqlite_time(t0),))
    milestones1 = {"acknowledge_by": "2026-03-17", "respond_by": "2026-04-16", "extension_notice_by": "2026-04-16",
                   "respond_by_extended": "2026-05-31"}
    milestones2 = {"acknowledge_by": "2026-03-17", "respond_by": "2026-04-01", "extension_notice_by": "2026-04-01",
                   "respond_by_extended": "2026-05-16"}
    events: list[tuple[str, str, int | None, str | None, int | None, dict[str, Any], dict[str, Any], str | None]] = [
        ("mail", "request_created", 1, "PD-2026-0001", 7, {}, {
            "status": "new", "verification": "pending", "types": ["access"], "regime": "ccpa",
            "received": "2026-03-02T09:00:00-06:00", "requester_email": "ana.silva@example.com",
            "agent_email": None, **milestones1}, "source: email"),
        ("mail", "request_created", 2, "PD-2026-0002", 8, {}, {
            "status": "new", "verification": "pending", "types": ["deletion"], "regime": "unknown",
            "received": "2026-03-02T09:00:00-06:00", "requester_email": "bo@example.org", "agent_email": None,
            **milestones2}, "source: email"),
        ("Robin", "status_changed", 1, "PD-2026-0001", None, {"status": "new"},
         {"status": "acknowledged", "acknowledged": "2026-03-02T15:00:00+00:00"}, None),
        ("Robin", "verification_changed", 1, "PD-2026-0001", None,
         {"verification": "pending", "verification_method": None},
         {"verification": "verified", "verification_method": "matched_records"}, "Ana's order number matched"),
        ("Robin", "status_changed", 1, "PD-2026-0001", None, {"status": "acknowledged", "closed": None,
                                                               "outcome": None},
         {"status": "completed", "closed": "2026-03-20T15:00:00+00:00",
          "outcome": "Sent Ana her data on a USB stick"}, None),
        ("Robin", "note_added", 2, "PD-2026-0002", None, {}, {"note": "Bo phoned"}, None),
        ("Robin", "message_marked_not_request", None, None, 9, {"kind": "review", "needs_review": True},
         {"kind": "not_request"}, "content dropped (not a request)"),
    ]
    prev = GENESIS
    for index, (actor, action, rid, ref, mpk, before, after, detail) in enumerate(events, start=1):
        at = datetime(2026, 3, 2, 15, 0, tzinfo=UTC).replace(minute=index)
        digest = old_hash(prev, at, actor, action, ref, before, after, detail)
        if index == break_event:
            after = {**after, "status": "denied"}  # tampered with before the upgrade
        c.execute("INSERT INTO audit_events (id, at, actor, action, request_id, request_ref, message_pk, before, "
                  "after, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (index, sqlite_time(at), actor, action, rid, ref, mpk, json.dumps(before), json.dumps(after),
                   detail, prev, digest))
        prev = digest
    c.execute("INSERT INTO audit_head (id, last_event_id, last_hash) VALUES (1, ?, ?)", (len(events), prev))
    c.close()
    return path


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_old_trail_is_converted_and_verifies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    path = build_old_database(data)
    code, out, err = run(capsys, data, "audit", "verify", "--json")  # opening migrates
    report = json.loads(out)
    assert code == 0, report
    assert report["ok"] and report["requests"] == 2 and report["notes"] == []

    c = sqlite3.connect(path)
    # migrated all the way: to the newest schema this PrivacyDesk ships (i13_records and after it)
    assert [r[0] for r in c.execute("SELECT version_num FROM alembic_version")] == \
        ScriptDirectory.from_config(alembic_config()).get_heads()
    chain = " ".join(str(r) for r in c.execute("SELECT before, after, detail FROM audit_events"))
    for personal in ("ana.silva@example.com", "bo@example.org", "USB stick", "Bo phoned", "order number"):
        assert personal not in chain
    actions = [r[0] for r in c.execute("SELECT action FROM audit_events ORDER BY id")]
    assert actions[:7] == ["request_created", "request_created", "status_changed", "verification_changed",
                           "status_changed", "note_added", "message_marked_not_request"]
    assert actions[7:11] == ["note_added", "facts_recorded", "facts_recorded", "audit_trail_converted"]
    # then only the first start of the stored-dates version (issue 12): dates the engine now computes
    # differently from the ones written by hand above are recomputed, each move on the record
    assert actions[11:] == ["milestones_recomputed"] * 2
    converted = json.loads(c.execute("SELECT after FROM audit_events WHERE action = 'audit_trail_converted'")
                           .fetchone()[0])
    assert converted == {"events_converted": 7, "old_chain_intact": True, "old_chain_first_broken_event": None,
                         "requests_without_history": []}
    c.close()

    # The free-text outcome became a note; outcome is the code the register needs.
    code, out, _ = run(capsys, data, "show", "PD-2026-0001", "--json")
    shown = json.loads(out)
    assert shown["outcome"] == "complied_full"
    assert [n["text"] for n in shown["notes"]] == [
        "Outcome written when the request was closed: Sent Ana her data on a USB stick"]
    # the old events still read with their personal values
    assert shown["audit"][0]["after"]["requester_email"] == "ana.silva@example.com"
    assert shown["audit"][2]["detail"] == "Ana's order number matched"
    recorded = next(e for e in shown["audit"] if e["action"] == "facts_recorded")
    assert recorded["after"]["source"] == "email" and recorded["after"]["outcome"] == "complied_full"
    assert "earlier versions did not record these facts" in recorded["detail"]

    # and the converted trail is a live one: new work verifies, tampering is caught
    assert run(capsys, data, "set-status", "PD-2026-0002", "acknowledged")[0] == 0
    assert run(capsys, data, "audit", "verify")[0] == 0
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("UPDATE requests SET status = 'denied' WHERE ref = 'PD-2026-0002'")
    c.close()
    code, _, err = run(capsys, data, "audit", "verify")
    assert code == 1 and "PD-2026-0002 was changed outside PrivacyDesk" in err


def test_an_old_trail_already_broken_is_said_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    build_old_database(data, break_event=3)
    code, out, err = run(capsys, data, "audit", "verify", "--json")
    report = json.loads(out)
    assert code == 0  # the converted trail itself is intact…
    assert report["notes"] and "already broken at event 3" in report["notes"][0]  # …but it is said
    assert "already broken at event 3" in err


def test_requests_without_history_are_recorded_and_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    path = build_old_database(data)
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("DELETE FROM audit_events WHERE request_id = 2")  # wiped before the upgrade
    c.close()
    code, out, _ = run(capsys, data, "audit", "verify", "--json")
    report = json.loads(out)
    assert code == 0 and report["requests"] == 2
    assert any("1 request(s) had no history (PD-2026-0002)" in n for n in report["notes"])
    assert any("already broken" in n for n in report["notes"])  # deleting events broke the old chain
