"""Issue 13 as the customer checks it, every step a separate `privacydesk` process: import our own
mailbox, work requests to completion, export the register, the metrics (CSV and PDF) and a case file,
check and tamper with the audit trail, purge with "today" two years later — and afterwards no log file
holds a requester's address or name."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.integration.logscan import assert_no_personal_data

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "tests" / "data" / "mail"


def pd(data: Path, *args: str, today: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRIVACYDESK_")}
    env.update({"PRIVACYDESK_USER": "Robin Tester", "QT_QPA_PLATFORM": "offscreen"})
    if today:
        env["PRIVACYDESK_TODAY"] = today
    return subprocess.run([sys.executable, "-m", "privacydesk", "--data-dir", str(data), *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_records_end_to_end(tmp_path: Path) -> None:
    data = tmp_path / "data"
    outputs: list[str] = []

    def ok(*args: str, today: str | None = None) -> str:
        result = pd(data, *args, today=today)
        assert result.returncode == 0, (args, result.stderr)
        outputs.append(result.stderr)
        return result.stdout

    imported = json.loads(ok("import", str(MAIL), "--json"))
    assert imported["new_requests"] and not imported["failures"]
    requests = json.loads(ok("list", "--json"))
    open_refs = [r["ref"] for r in requests if r["status"] == "new"]
    assert len(open_refs) >= 6

    # work five requests to completion, one denial
    closed = open_refs[:5]
    for ref in closed[:4]:
        ok("set-status", ref, "acknowledged")
        ok("verify", ref, "--method", "matched_records", "--note", "matched the order history")
    ok("set-status", closed[0], "completed", "--outcome", "full", "--nature", "copy of the data by email")
    ok("set-status", closed[1], "completed", "--outcome", "partial", "--note", "some data is kept for tax law")
    ok("set-status", closed[2], "completed")
    ok("set-status", closed[3], "denied", "--basis", "=identity could not be verified")
    ok("set-status", closed[4], "withdrawn", "--reason", "the requester withdrew")

    assert "Audit trail OK" in ok("audit", "verify")
    register = list(csv.DictReader(io.StringIO(ok("export", "register", "--format", "csv"))))
    assert len(register) == len([r for r in requests if r["status"] != "not_a_request"])
    by_ref = {r["ref"]: r for r in register}
    assert by_ref[closed[0]]["outcome"] == "complied_full"
    assert by_ref[closed[0]]["response_nature"] == "copy of the data by email"
    assert by_ref[closed[1]]["outcome"] == "complied_partial"
    assert by_ref[closed[3]]["denial_basis"] == "'=identity could not be verified"
    assert by_ref[closed[4]]["outcome"] == "" and by_ref[closed[4]]["status"] == "withdrawn"
    year = date.today().year
    received_years = {r["received"][:4] for r in register}
    year = int(max(received_years))
    metrics_before = ok("report", "metrics", "--year", str(year), "--format", "json")
    total = json.loads(metrics_before)["total"]
    assert total["complied_in_whole"] >= 2 and total["complied_in_part"] >= 1 and total["denied"] >= 1
    ok("report", "metrics", "--year", str(year), "--format", "pdf", "--output", str(tmp_path / "m.pdf"))
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF-")
    ok("export", "case", closed[0], str(tmp_path / "case"))
    assert (tmp_path / "case" / "summary.txt").is_file() and list((tmp_path / "case" / "messages").glob("*.eml"))

    # two years and a day after the last closing, the closed requests are purged; the rest stays
    later = (date.today() + timedelta(days=2 * 366 + 1)).isoformat()
    purge = json.loads(ok("purge", "--yes", "--json", today=later))
    assert sorted(purge["requests"]) == sorted(closed) and purge["mail_metadata"] > 0
    assert ok("report", "metrics", "--year", str(year), "--format", "json", today=later) == metrics_before
    assert "Audit trail OK" in ok("audit", "verify", today=later)
    shown = json.loads(ok("show", closed[0], "--json", today=later))
    assert shown["requester"]["email"] is None and all(m["text"] is None for m in shown["thread"])

    # tampering with the audit table directly is caught
    c = sqlite3.connect(data / "privacydesk.sqlite3")
    c.execute("UPDATE audit_events SET actor = 'Someone' WHERE id = 5")
    c.commit()
    c.close()
    result = pd(data, "audit", "verify")
    assert result.returncode == 1 and "event 5" in result.stderr

    lines = assert_no_personal_data(data, requests, *outputs)
    assert lines > 0, "the run should have written to its log"
