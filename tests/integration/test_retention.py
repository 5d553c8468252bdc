"""Retention (issue 13): with "today" two years later, ``purge`` removes exactly what is past the
profile's 24 months — personal data of requests closed before the cutoff, metadata of old mail that is
not part of a request — keeps the register and the metrics unchanged, leaves nothing readable in the
database file, never brings purged mail back on a re-import, and is audited by count and reference."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from privacydesk.cli import main

MAIL = Path(__file__).resolve().parents[1] / "data" / "mail"
NEGATIVES = sorted(MAIL.glob("en-negative-*.eml"))[:5]  # ordinary business mail
TO_REVIEW = MAIL / "en-negative-customer-asks-about-account.eml"  # the classifier asks a person
TWO_YEARS_LATER = "2028-11-26"  # cutoff 2026-11-26: closed on 2026-11-25 is past it, 2026-11-26 is not


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def build(data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """Bo's request closed 2026-11-20 (past), Ana's first closed 2026-11-25 (past) and second closed
    2026-11-26 (kept, so Ana's details stay), Cy's open; and some ordinary mail of November 2026."""
    refs: dict[str, str] = {}

    def at(day: str) -> None:
        monkeypatch.setenv("PRIVACYDESK_TODAY", day)

    at("2026-11-18")
    for key, args in {
        "bo": ["--email", "bo.chen@example.org", "--name", "Bo Chen", "--type", "deletion",
               "--agent-name", "Helpers Inc", "--agent-email", "agent@helpers.example"],
        "ana1": ["--email", "ana.silva@example.com", "--name", "Ana Silva", "--type", "access"],
        "ana2": ["--email", "ana.silva@example.com", "--type", "deletion"],
        "cy": ["--email", "cy.diaz@example.net", "--name", "Cy Diaz", "--type", "access"],
    }.items():
        code, out, _ = run(capsys, data, "add", *args, "--regime", "ccpa", "--received", "2026-11-18T10:00")
        assert code == 0
        refs[key] = out.strip()
    assert run(capsys, data, "note", refs["bo"], "Bo Chen lives at 9 Elm Street")[0] == 0
    assert run(capsys, data, "verify", refs["bo"], "--method", "agent_proof", "--note", "Bo's passport")[0] == 0
    at("2026-11-20")
    assert run(capsys, data, "set-status", refs["bo"], "completed", "--note", "deleted Bo Chen's account")[0] == 0
    assert run(capsys, data, "verify", refs["ana1"], "--method", "matched_records")[0] == 0
    assert run(capsys, data, "verify", refs["ana2"], "--method", "matched_records")[0] == 0
    at("2026-11-25")
    assert run(capsys, data, "set-status", refs["ana1"], "completed", "--outcome", "partial")[0] == 0
    at("2026-11-26")
    assert run(capsys, data, "set-status", refs["ana2"], "denied", "--basis", "nothing to delete")[0] == 0
    code, out, _ = run(capsys, data, "import", *map(str, NEGATIVES), str(TO_REVIEW), "--json")
    assert code == 0 and json.loads(out)["non_requests"] == len(NEGATIVES)
    assert json.loads(out)["needs_review"] == 1
    return refs


def personal_values(data: Path, ref: str) -> list[Any]:
    c = sqlite3.connect(data / "privacydesk.sqlite3")
    try:
        rid = c.execute("SELECT id FROM requests WHERE ref = ?", (ref,)).fetchone()[0]
        return [r[0] for r in c.execute("SELECT value FROM audit_personal WHERE request_id = ?", (rid,))]
    finally:
        c.close()


def test_purge_two_years_later(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    refs = build(data, monkeypatch, capsys)
    monkeypatch.setenv("PRIVACYDESK_TODAY", TWO_YEARS_LATER)
    register_before = run(capsys, data, "export", "register", "--format", "csv")[1]
    metrics_before = run(capsys, data, "report", "metrics", "--year", "2026", "--format", "json")[1]
    shown_before = {ref: json.loads(run(capsys, data, "show", ref, "--json")[1]) for ref in refs.values()}

    # --dry-run lists what would go and changes nothing
    code, out, _ = run(capsys, data, "purge", "--dry-run", "--json")
    plan = json.loads(out)
    assert code == 0
    assert plan == plan | {"dry_run": True, "purged": False, "retention_months": 24, "cutoff": "2026-11-26",
                           "today": TWO_YEARS_LATER, "requests": [refs["bo"], refs["ana1"]], "request_messages": 0,
                           "mail_metadata": len(NEGATIVES), "requesters": 1}
    assert {ref: json.loads(run(capsys, data, "show", ref, "--json")[1]) for ref in refs.values()} == shown_before
    code, out, _ = run(capsys, data, "purge", "--dry-run")
    assert "Would remove:" in out and f"{refs['bo']}, {refs['ana1']}" in out and "Nothing was" not in out

    # without --yes and without a terminal: refuse as invalid input, change nothing
    code, _, err = run(capsys, data, "purge")
    assert code == 2 and "--yes" in err

    code, out, _ = run(capsys, data, "purge", "--yes", "--json")
    done = json.loads(out)
    assert code == 0 and done["purged"] is True and done["requests"] == [refs["bo"], refs["ana1"]]

    # the register and the metrics are unchanged; the trail still verifies
    assert run(capsys, data, "export", "register", "--format", "csv")[1] == register_before
    assert run(capsys, data, "report", "metrics", "--year", "2026", "--format", "json")[1] == metrics_before
    assert run(capsys, data, "audit", "verify")[0] == 0

    bo = json.loads(run(capsys, data, "show", refs["bo"], "--json")[1])
    assert bo["requester"] == {"name": None, "email": None, "emails": [], "postal_address": None, "phone": None}
    assert bo["agent"] is None and bo["notes"] == [] and bo["status"] == "completed"
    assert bo["outcome"] == "complied_full" and bo["milestones"] == shown_before[refs["bo"]]["milestones"]
    created = bo["audit"][0]["after"]
    assert created["requester_email"] == created["requester_name"] == "(deleted after the retention period)"
    assert created["status"] == "new" and created["types"] == ["deletion"]  # the rest of history stays
    assert bo["audit"][-1]["action"] == "request_purged"
    assert all(v is None for v in personal_values(data, refs["bo"]))
    # Ana keeps her details: her second request is not past retention
    ana1 = json.loads(run(capsys, data, "show", refs["ana1"], "--json")[1])
    assert ana1["requester"]["email"] == "ana.silva@example.com" and ana1["requester"]["name"] == "Ana Silva"
    for key in ("ana2", "cy"):
        assert json.loads(run(capsys, data, "show", refs[key], "--json")[1]) == shown_before[refs[key]]
        assert all(v is not None for v in personal_values(data, refs[key]))

    # The purge is audited by count and reference only
    c = sqlite3.connect(data / "privacydesk.sqlite3")
    after, detail = c.execute("SELECT after, detail FROM audit_events WHERE action = 'retention_purge'").fetchone()
    summary = json.loads(after)
    assert summary["refs"] == [refs["bo"], refs["ana1"]] and summary["requesters"] == 1
    assert summary["mail_metadata"] == len(NEGATIVES) and detail is None
    # ordinary mail: metadata gone, fingerprint kept
    rows = c.execute("SELECT fingerprint, sender_domain, received_at, classification, purged_at FROM messages "
                     "WHERE kind != 'review'").fetchall()
    assert len(rows) == len(NEGATIVES)
    assert all(fp and dom is None and rec is None and cls == "{}" and purged for fp, dom, rec, cls, purged in rows)
    # mail waiting for a person's decision keeps its content until someone decides
    assert c.execute("SELECT text IS NOT NULL, purged_at FROM messages WHERE kind = 'review'").fetchone() == (1, None)
    c.close()

    # nothing of Bo is left in the database file (secure delete, WAL emptied)
    raw = (data / "privacydesk.sqlite3").read_bytes()
    wal = data / "privacydesk.sqlite3-wal"
    raw += wal.read_bytes() if wal.exists() else b""
    for secret in (b"bo.chen@example.org", b"Bo Chen", b"9 Elm Street", b"passport", b"agent@helpers.example"):
        assert secret not in raw, secret

    # a re-import never brings purged mail back; a second purge finds nothing
    code, out, _ = run(capsys, data, "import", *map(str, NEGATIVES), "--json")
    assert json.loads(out)["new_messages"] == 0 and json.loads(out)["duplicates"] == len(NEGATIVES)
    c = sqlite3.connect(data / "privacydesk.sqlite3")
    assert c.execute("SELECT COUNT(*) FROM messages WHERE kind != 'review' AND "
                     "(sender_domain IS NOT NULL OR text IS NOT NULL)").fetchone() == (0,)
    c.close()
    code, out, _ = run(capsys, data, "purge", "--yes")
    assert code == 0 and "Nothing is past the retention period." in out


def test_purge_removes_request_mail_and_calls_the_forgetters(tmp_path: Path) -> None:
    """Messages of a purged request lose their content; the full-text index and the learned model are
    told which messages went (hooks other services register), inside the same transaction."""
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services
    from privacydesk.services.mailimport import import_paths
    from privacydesk.store.models import Message

    now = {"t": datetime(2026, 11, 26, 18, 0, tzinfo=UTC)}
    svc = open_services(resolve_paths(tmp_path / "data"), clock=lambda: now["t"])
    try:
        files = [MAIL / "en-request-access-gdpr-art15-formal.eml", MAIL / "en-outgoing-ack-fiona-access.eml",
                 MAIL / "en-followup-fiona-verification-reply.eml", *NEGATIVES[:2]]
        report = import_paths(svc.ingest, svc.profile, files)
        ref = report.new_requests[0]
        svc.requests.verify(ref, "code_reply")
        svc.requests.set_status(ref, "completed")
        with svc.db.read() as s:
            request_ids = sorted(m.id for m in s.query(Message).filter(Message.request_id.is_not(None)))
            other_ids = sorted(m.id for m in s.query(Message).filter(Message.request_id.is_(None)))
        assert len(request_ids) == 3
        calls: list[tuple[list[int], datetime]] = []

        def forget(session: Any, message_ids: Sequence[int], older_than: datetime) -> int:
            assert session.in_transaction()
            calls.append((sorted(message_ids), older_than))
            return len(message_ids)

        svc.retention.forgetters["full_text"] = forget
        now["t"] = datetime(2028, 11, 27, 18, 0, tzinfo=UTC)
        assert svc.retention.plan().requests == (ref,)
        result = svc.retention.purge(actor="tester")
        assert result.forgotten["full_text"] == 5  # ours, beside the ones the app wires (search, learning)
        assert result.forgotten.get("search") == 5
        assert calls == [(sorted(request_ids + other_ids), datetime(2026, 11, 27, tzinfo=svc.profile.tz))]
        with svc.db.read() as s:
            for m in s.query(Message).filter(Message.id.in_(request_ids)):
                assert (m.raw, m.text, m.subject, m.sender_email, m.sender_name, m.message_id) == (None,) * 6
                assert m.attachments == [] and m.purged_at is not None and m.request_id is not None
                assert m.received_at is not None  # the thread's dates stay with the register row
        shown = svc.requests.show(ref).as_json()
        assert [t["text"] for t in shown["thread"]] == [None, None, None]
        assert svc.audit.verify().ok
    finally:
        svc.close()


def test_without_a_retention_promise_nothing_is_purged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(capsys, data, "list")[0] == 0  # the first start writes the user's profile copy
    profile = data / "profile.toml"
    text = profile.read_text().replace("retention_years = 2\n", "").replace("retention_months = 24\n", "")
    profile.write_text(text)
    code, out, _ = run(capsys, data, "purge", "--yes", "--json")
    assert code == 0 and json.loads(out)["cutoff"] is None and json.loads(out)["requests"] == []


@pytest.mark.parametrize(("answer", "purged"), [("y", True), ("n", False)])
def test_purge_asks_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str], answer: str, purged: bool) -> None:
    import os
    import pty
    import subprocess
    import sys

    data = tmp_path / "d"
    monkeypatch.setenv("PRIVACYDESK_TODAY", "2026-11-20")
    ref = run(capsys, data, "add", "--email", "a@example.com", "--type", "opt_out_sale")[1].strip()
    assert run(capsys, data, "set-status", ref, "completed")[0] == 0
    master, slave = pty.openpty()
    env = {**os.environ, "PRIVACYDESK_TODAY": TWO_YEARS_LATER}
    proc = subprocess.Popen([sys.executable, "-m", "privacydesk", "--data-dir", str(data), "purge"], stdin=slave,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    os.close(slave)
    os.write(master, f"{answer}\n".encode())
    out, err = proc.communicate(timeout=120)
    os.close(master)
    assert proc.returncode == 0, err
    assert "Would remove:" in out and ref in out
    assert ("Removed:" in out) is purged and ("Nothing was removed." in out) is not purged
    shown = json.loads(run(capsys, data, "show", ref, "--json")[1])
    assert (shown["requester"]["email"] is None) is purged
