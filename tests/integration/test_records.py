"""The register, the yearly metrics and the case file (issue 13), checked against a hand-computed
fixture: eight requests of 2025-2026 with known channels, outcomes and closing days."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from privacydesk.cli import main

MAIL = Path(__file__).resolve().parents[1] / "data" / "mail"
HEADER = ("ref,received,types,manner,agent,regime,status,outcome,response_date,response_nature,denial_basis,"
          "assignee,acknowledge_by,respond_by,respond_by_extended,deadline_met")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 16, 0, tzinfo=UTC)

    def at(self, day: str) -> None:
        self.now = datetime.fromisoformat(day + "T17:00:00+00:00")  # 11:00 in Chicago

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[Any, Clock]]:
    from privacydesk.paths import resolve_paths
    from privacydesk.services.app import open_services

    clock = Clock()
    svc = open_services(resolve_paths(tmp_path / "data"), clock=clock)
    try:
        yield svc, clock
    finally:
        svc.close()


def build_year(svc: Any, clock: Clock) -> None:
    """R8 (2025) … R7. Days to respond are hand-computed in the tests below."""
    from privacydesk.services import audit
    from privacydesk.services.requests import NewRequest
    from privacydesk.store.models import Request

    r = svc.requests

    def new(email: str, types: list[str], received: str, source: str, **kw: Any) -> str:
        clock.at(received)
        return str(r.create(NewRequest(email=email, types=types, regime="ccpa", received=datetime.fromisoformat(
            received + "T10:00"), source=source, **kw)).ref)

    def close(ref: str, day: str, status: str, **kw: Any) -> None:
        clock.at(day)
        r.set_status(ref, status, **kw)

    r8 = new("old@example.com", ["access"], "2025-12-30", "email")
    r.verify(r8, "matched_records")
    close(r8, "2026-01-10", "completed")
    r1 = new("ana@example.com", ["access"], "2026-01-05", "email", name="Ana Silva")
    r.set_status(r1, "acknowledged")
    r.verify(r1, "matched_records")
    close(r1, "2026-01-25", "completed", outcome="full", nature="copy of personal data by email")
    r2 = new("bo@example.org", ["access", "deletion"], "2026-02-01", "phone", agent_name="Privacy Helpers Inc",
             agent_email="agent@helpers.example")
    r.set_status(r2, "acknowledged")
    r.assign(r2, '=HYPERLINK("http://evil.example","click")')
    r.verify(r2, "agent_proof")
    close(r2, "2026-03-03", "completed", outcome="partial")
    r3 = new("cy@example.net", ["deletion"], "2026-03-10", "form")
    close(r3, "2026-05-01", "denied", basis="@SUM(1+1) identity could not be verified")
    r4 = new("di@example.com", ["opt_out_sale"], "2026-04-01", "post")
    r.set_status(r4, "acknowledged")
    clock.at("2026-04-05")
    with svc.db.write() as session:  # what issue 9's reply records when the closing letter is sent
        req = session.query(Request).filter_by(ref=r4).one()
        audit.record(session, "reply_sent", actor="tester", request=req, after={"template": "opt_out_sale_done"})
    close(r4, "2026-04-05", "completed")
    new("ed@example.com", ["access"], "2026-05-01", "in_person")
    r6 = new("fay@example.com", ["access"], "2026-06-01", "email")
    close(r6, "2026-06-02", "not_a_request")
    r7 = new("cy@example.net", ["deletion"], "2026-06-02", "email")
    close(r7, "2026-06-03", "duplicate", reason=None)
    clock.at("2026-12-01")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_metrics_match_the_hand_computed_table(desk: tuple[Any, Clock]) -> None:
    svc, clock = desk
    build_year(svc, clock)
    m = svc.records.metrics(2026).as_json()
    assert m["year"] == 2026
    assert m["types"] == [
        # access: R1 (20 days, whole), R2 (30 days, part), R5 (open)
        {"type": "access", "received": 3, "complied_in_whole": 1, "complied_in_part": 1, "denied": 0,
         "median_days": 25.0, "mean_days": 25.0},
        # deletion: R2 (30, part), R3 (52, denied); R7 is a duplicate and does not count
        {"type": "deletion", "received": 2, "complied_in_whole": 0, "complied_in_part": 1, "denied": 1,
         "median_days": 41.0, "mean_days": 41.0},
        {"type": "opt_out_sale", "received": 1, "complied_in_whole": 1, "complied_in_part": 0, "denied": 0,
         "median_days": 4.0, "mean_days": 4.0},
    ]
    # each request once: days 20, 30, 52, 4
    assert m["total"] == {"type": "all", "received": 5, "complied_in_whole": 2, "complied_in_part": 1,
                          "denied": 1, "median_days": 25.0, "mean_days": 26.5}
    assert svc.records.metrics(2025).as_json()["total"]["received"] == 1
    assert svc.records.metrics(2026).csv().splitlines() == [
        "type,received,complied_in_whole,complied_in_part,denied,median_days,mean_days",
        "access,3,1,1,0,25.0,25.0", "deletion,2,0,1,1,41.0,41.0", "opt_out_sale,1,1,0,0,4.0,4.0"]


def test_register_rows_match_the_fixture_and_are_spreadsheet_safe(
        desk: tuple[Any, Clock], capsys: pytest.CaptureFixture[str]) -> None:
    svc, clock = desk
    build_year(svc, clock)
    shown = {row.ref: row.as_json() for row in svc.requests.list()}
    data = svc.paths.data_dir
    svc.close()
    code, out, _ = run(capsys, data, "export", "register", "--format", "csv", "--from", "2026-01-01",
                       "--to", "2026-12-31")
    assert code == 0
    lines = out.split("\r\n")
    assert lines[0] == HEADER
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["ref"] for r in rows] == ["PD-2026-0001", "PD-2026-0002", "PD-2026-0003", "PD-2026-0004",
                                        "PD-2026-0005", "PD-2026-0007"]  # not-a-request and 2025 left out
    _, r2, r3, r4, r5, r7 = rows
    ms = shown["PD-2026-0001"]["milestones"]
    assert lines[1] == (f"PD-2026-0001,2026-01-05,access,email,false,ccpa,completed,complied_full,2026-01-25,"
                        f"copy of personal data by email,,,{ms['acknowledge_by']},{ms['respond_by']},,true")
    assert (r2["types"], r2["manner"], r2["agent"], r2["outcome"], r2["response_date"]) == (
        "access;deletion", "phone", "true", "complied_partial", "2026-03-03")
    assert r2["assignee"] == '\'=HYPERLINK("http://evil.example","click")'  # neutralised
    assert (r3["manner"], r3["status"], r3["outcome"], r3["response_date"], r3["deadline_met"]) == (
        "form", "denied", "denied", "2026-05-01", "false")  # 52 days: past the 45-day deadline
    assert r3["denial_basis"] == "'@SUM(1+1) identity could not be verified"
    assert (r4["manner"], r4["response_nature"], r4["deadline_met"]) == ("post", "opt_out_sale_done", "true")
    assert (r5["manner"], r5["status"], r5["outcome"], r5["response_date"], r5["deadline_met"]) == (
        "in_person", "new", "", "", "")
    assert (r7["status"], r7["outcome"]) == ("duplicate", "")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value

    out_file = data.parent / "register.json"
    code, _, err = run(capsys, data, "export", "register", "--format", "json", "--output", str(out_file))
    assert code == 0 and "register (7 requests)" in err
    assert stat.S_IMODE(os.stat(out_file).st_mode) == 0o600
    items = json.loads(out_file.read_text())
    assert items[0]["ref"] == "PD-2025-0001"
    first = items[1]
    assert list(first) == HEADER.split(",")
    assert first["types"] == ["access"] and first["agent"] is False and first["deadline_met"] is True
    assert items[2]["assignee"].startswith("=HYPERLINK")  # JSON is data, not a spreadsheet: kept as typed


def test_metrics_files_csv_json_and_pdf(desk: tuple[Any, Clock], capsys: pytest.CaptureFixture[str]) -> None:
    svc, clock = desk
    build_year(svc, clock)
    data = svc.paths.data_dir
    svc.close()
    code, out, _ = run(capsys, data, "report", "metrics", "--year", "2026")
    assert code == 0 and out.splitlines()[1] == "access,3,1,1,0,25.0,25.0"
    code, out, _ = run(capsys, data, "report", "metrics", "--year", "2026", "--format", "json")
    assert json.loads(out)["total"]["mean_days"] == 26.5
    pdf = data.parent / "metrics.pdf"
    code, _, err = run(capsys, data, "report", "metrics", "--year", "2026", "--format", "pdf", "--output", str(pdf))
    assert code == 0, err
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
    assert content.count(b"/Type /Page\n") + content.count(b"/Type /Page ") + content.count(b"/Type/Page") >= 1
    assert stat.S_IMODE(os.stat(pdf).st_mode) == 0o600


def test_case_file_holds_the_messages_replies_timeline_and_decisions(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    files = [MAIL / "en-request-access-gdpr-art15-formal.eml", MAIL / "en-outgoing-ack-fiona-access.eml",
             MAIL / "en-followup-fiona-verification-reply.eml"]
    code, out, _ = run(capsys, data, "import", *map(str, files), "--json")
    summary = json.loads(out)
    assert code == 0 and len(summary["new_requests"]) == 1
    ref = summary["new_requests"][0]
    assert run(capsys, data, "verify", ref, "--method", "code_reply")[0] == 0
    assert run(capsys, data, "set-status", ref, "completed", "--note", "sent the export")[0] == 0
    folder = tmp_path / "case"
    code, out, _ = run(capsys, data, "export", "case", ref, str(folder), "--json")
    assert code == 0
    written = json.loads(out)
    assert written["messages_missing"] == 0
    assert sorted(written["files"]) == sorted(["summary.txt", "case.json", "messages/001-2026-11-05.eml",
                                               "messages/002-2026-11-06.eml", "replies/001-2026-11-05.eml"])
    originals = {f.read_bytes() for f in files}
    assert {(folder / name).read_bytes() for name in written["files"] if name.endswith(".eml")} == originals
    case = json.loads((folder / "case.json").read_text())
    assert case["ref"] == ref and case["request"]["outcome"] == "complied_full"
    assert [e["action"] for e in case["decisions"]] == ["request_created", "verification_changed",
                                                        "status_changed"]
    assert "message_joined" in [e["action"] for e in case["timeline"]]
    text = (folder / "summary.txt").read_text()
    for words in (f"Case file {ref}", "Fiona Gallagher", "Outcome:         complied full", "Decisions",
                  "received: messages/001-2026-11-05.eml", "sent: replies/001-2026-11-05.eml", "sent the export"):
        assert words in text
    assert "None" not in text
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    for path in folder.rglob("*"):
        assert stat.S_IMODE(os.stat(path).st_mode) == (0o700 if path.is_dir() else 0o600), path
    code, _, err = run(capsys, data, "export", "case", ref, str(folder))
    assert code == 1 and "not an empty folder" in err


def test_closing_options_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    ref = run(capsys, data, "add", "--email", "a@example.com", "--type", "deletion", "--source", "in_person")[1].strip()
    code, _, err = run(capsys, data, "set-status", ref, "withdrawn", "--basis", "no reason")
    assert code == 2 and "--basis" in err
    code, _, err = run(capsys, data, "add", "--email", "b@example.com", "--type", "access", "--source", "pigeon")
    assert code == 2 and "in_person" in err
    assert run(capsys, data, "set-status", ref, "denied", "--basis", "not a California resident",
               "--nature", "denial letter")[0] == 0
    shown = json.loads(run(capsys, data, "show", ref, "--json")[1])
    assert (shown["outcome"], shown["denial_basis"], shown["response_nature"], shown["source"]) == (
        "denied", "not a California resident", "denial letter", "in_person")
    # reopening clears the closing facts (audited), closing again sets them
    assert run(capsys, data, "set-status", ref, "in_progress", "--reason", "new facts")[0] == 0
    shown = json.loads(run(capsys, data, "show", ref, "--json")[1])
    assert (shown["outcome"], shown["denial_basis"], shown["response_nature"]) == (None, None, None)
    assert run(capsys, data, "audit", "verify")[0] == 0
