"""The request commands, driven as a user would: add, list, show, set-status, verify (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from privacydesk.cli import main
from privacydesk.resources import DEFAULT_PROFILE


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process; argparse's own exit (bad input) is returned like any other status."""
    try:
        code = main(["--data-dir", str(data), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_add_then_list_json_shows_the_request(tmp_path: Path) -> None:
    data = tmp_path / "d"
    exe = [sys.executable, "-m", "privacydesk", "--data-dir", str(data)]
    added = subprocess.run([*exe, "add", "--email", "Maria.Lopez@Example.ES", "--type", "access", "--type",
                            "deletion", "--name", "María López", "--regime", "gdpr",
                            "--received", "2026-01-31T16:20"], capture_output=True, text=True, check=True)
    ref = added.stdout.strip()
    assert ref == "PD-2026-0001"
    listed = subprocess.run([*exe, "list", "--json"], capture_output=True, text=True, check=True)
    rows = json.loads(listed.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert row["ref"] == ref and row["status"] == "new" and row["verification"] == "pending"
    assert row["types"] == ["access", "deletion"] and row["regime"] == "gdpr"
    assert row["requester"] == row["requester"] | {"name": "María López", "email": "maria.lopez@example.es"}
    assert row["agent"] is None
    assert row["received"] == "2026-01-31T16:20:00-06:00"
    assert row["milestones"]["respond_by"] == "2026-02-28"  # spec worked example 1
    assert row["milestones"]["respond_by_extended"] == "2026-04-28"
    assert row["messages"] == 0


def test_illegal_status_change_exits_nonzero_and_changes_nothing(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    code, out, _ = run(capsys, data, "add", "--email", "a@example.com", "--type", "deletion")
    ref = out.strip()
    code, before, _ = run(capsys, data, "show", ref, "--json")
    code, out, err = run(capsys, data, "set-status", ref, "completed")
    assert code == 1
    assert "verified" in err
    code, after, _ = run(capsys, data, "show", ref, "--json")
    assert json.loads(after) == json.loads(before)


def test_full_lifecycle_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    _, out, _ = run(capsys, data, "add", "--email", "b@example.com", "--type", "access", "--regime", "ccpa",
                    "--received", "2026-11-25")
    ref = out.strip()
    assert run(capsys, data, "set-status", ref, "acknowledged")[0] == 0
    assert run(capsys, data, "verify", ref, "--method", "code_reply")[0] == 0
    assert run(capsys, data, "set-status", ref, "completed", "--outcome", "full", "--note", "data sent")[0] == 0
    _, out, _ = run(capsys, data, "show", ref, "--json")
    closed = json.loads(out)
    assert closed["outcome"] == "complied_full" and [n["text"] for n in closed["notes"]] == ["data sent"]
    # free text is not an outcome any more (issue 13): it goes to --note
    code, _, err = run(capsys, data, "set-status", ref, "completed", "--outcome", "data sent")
    assert code == 2 and "full, partial" in err
    code, out, err = run(capsys, data, "set-status", ref, "in_progress")
    assert code == 1 and "reason" in err
    assert run(capsys, data, "set-status", ref, "in_progress", "--reason", "customer found more")[0] == 0
    _, out, _ = run(capsys, data, "show", ref, "--json")
    shown = json.loads(out)
    actions = [e["action"] for e in shown["audit"]]
    assert actions == ["request_created", "status_changed", "verification_changed", "status_changed",
                       "status_changed"]
    reopen = shown["audit"][-1]
    assert reopen["before"]["status"] == "completed" and reopen["after"]["status"] == "in_progress"
    assert reopen["detail"] == "customer found more" and reopen["actor"] == "tester"
    assert shown["status"] == "in_progress" and shown["closed"] is None
    assert run(capsys, data, "audit", "verify")[0] == 0


@pytest.mark.parametrize(("args", "needle"), [
    (["add", "--email", "a@example.com", "--type", "teleport"], "valid values: access, deletion"),
    (["add", "--email", "a@example.com", "--type", "access", "--regime", "narnia"], "valid values: gdpr"),
    (["add", "--email", "a@example.com", "--type", "access", "--received", "2026-02-30"], "ISO 8601"),
    (["add", "--email", "not an email", "--type", "access"], "not an email address"),
    (["list", "--status", "sleeping"], "valid values: new, acknowledged"),
    (["set-status", "PD-2026-0001", "finished"], "valid values"),
    (["verify", "PD-2026-0001", "--method", "vibes"], "matched_records"),
])
def test_invalid_input_exits_2_with_the_valid_values(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    args: list[str], needle: str) -> None:
    code, _, err = run(capsys, tmp_path / "d", *args)
    assert code == 2
    assert needle in err


def test_unknown_reference_is_a_failure_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, tmp_path / "d", "show", "PD-2026-0042")
    assert code == 1 and "no request PD-2026-0042" in err


def test_profile_show_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    code, out, _ = run(capsys, data, "profile", "show", "--json")
    assert code == 0 and json.loads(out)["company"]["legal_name"] == "3DPros LLC"
    assert run(capsys, data, "profile", "check")[0] == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(DEFAULT_PROFILE.read_text(encoding="utf-8").replace(
        'time_zone = "America/Chicago"', 'time_zone = "Chicago"'), encoding="utf-8")
    code, out, err = run(capsys, data, "profile", "check", "--file", str(bad))
    assert code == 1 and "company.time_zone" in err


# -- issue 8: edit, merge, the next step in plain words ----------------------------------------------------

def test_edit_corrects_the_requester_and_is_audited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    _, out, _ = run(capsys, data, "add", "--email", "ana@example.com", "--type", "access", "--name", "Ana Smyth")
    ref = out.strip()
    code, _, err = run(capsys, data, "edit", ref, "--name", "Ana Smith")
    assert code == 2 and "--reason" in err  # the reason is required
    code, out, err = run(capsys, data, "edit", ref, "--name", "Ana Smith", "--email", "ana@example.com",
                         "--email", "Ana.Smith@Example.org", "--type", "access", "--type", "deletion",
                         "--regime", "uk_gdpr", "--reason", "phone call", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["requester"]["name"] == "Ana Smith"
    assert shown["requester"]["emails"] == ["ana@example.com", "ana.smith@example.org"]
    assert shown["types"] == ["access", "deletion"] and shown["regime"] == "uk_gdpr" and shown["regime_confirmed"]
    event = shown["audit"][-1]
    assert event["action"] == "request_edited" and event["detail"] == "phone call"
    assert event["before"]["requester_name"] == "Ana Smyth" and event["after"]["requester_name"] == "Ana Smith"
    assert event["after"]["requester_emails"] == ["ana@example.com", "ana.smith@example.org"]
    assert {"requester_phone", "requester_address"}.isdisjoint(event["after"])  # only what changed
    code, _, err = run(capsys, data, "edit", ref, "--name", "Ana Smith", "--reason", "again")
    assert code == 2 and "nothing to change" in err
    # An address that belongs to someone else is refused (merge instead).
    _, out, _ = run(capsys, data, "add", "--email", "bo@example.com", "--type", "access")
    code, _, err = run(capsys, data, "edit", out.strip(), "--email", "ana@example.com", "--reason", "x")
    assert code == 2 and "merge" in err
    assert run(capsys, data, "audit", "verify")[0] == 0


def test_merge_closes_the_duplicate_and_keeps_both_trails(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    _, out, _ = run(capsys, data, "add", "--email", "ana@example.com", "--type", "access", "--regime", "gdpr")
    kept = out.strip()
    _, out, _ = run(capsys, data, "add", "--email", "ana.work@example.com", "--type", "deletion", "--name", "Ana")
    dup = out.strip()
    assert run(capsys, data, "note", dup, "called twice")[0] == 0
    code, _, err = run(capsys, data, "merge", dup, "--into", dup)
    assert code == 2 and "itself" in err
    code, out, err = run(capsys, data, "merge", dup, "--into", kept, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["ref"] == kept and shown["types"] == ["access", "deletion"]
    assert shown["requester"]["emails"] == ["ana@example.com", "ana.work@example.com"]
    assert shown["requester"]["name"] == "Ana"
    assert [n["text"] for n in shown["notes"]] == ["called twice"]
    actions = [e["action"] for e in shown["audit"]]
    assert actions.count("request_created") == 2 and "request_merged" in actions
    merged = [e for e in shown["audit"] if e["action"] == "request_merged"]
    assert {"merged_from": dup}.items() <= merged[0]["after"].items()
    assert {"merged_into": kept, "status": "duplicate"}.items() <= merged[1]["after"].items()
    _, out, _ = run(capsys, data, "show", dup, "--json")
    assert json.loads(out)["status"] == "duplicate"
    code, out, _ = run(capsys, data, "show", dup)
    assert f"merged into:  {kept}" in out
    code, _, err = run(capsys, data, "merge", dup, "--into", kept)
    assert code == 1 and "closed" in err
    assert run(capsys, data, "audit", "verify")[0] == 0


def test_show_says_what_to_do_next(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    _, out, _ = run(capsys, data, "add", "--email", "a@example.com", "--type", "access", "--regime", "ccpa",
                    "--received", "2026-11-25T10:00")
    code, out, _ = run(capsys, data, "show", out.strip())
    assert code == 0
    assert "next step:    Confirm receipt by" in out and "California (CCPA) requires it within 10 business days" in out


def test_show_and_list_json_keep_their_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``show --json`` and ``list --json`` are contracts (docs/cli.md): the same keys as before."""
    data = tmp_path / "d"
    _, out, _ = run(capsys, data, "add", "--email", "a@example.com", "--type", "access", "--agent-name", "Ag",
                    "--agent-email", "ag@example.com")
    ref = out.strip()
    _, out, _ = run(capsys, data, "list", "--json")
    row = json.loads(out)[0]
    assert list(row) == ["ref", "status", "verification", "verification_method", "types", "regime",
                         "regime_confirmed", "requester", "agent", "received", "received_date", "milestones",
                         "clock", "flags", "messages", "source", "language", "assignee", "outcome",
                         "denial_basis", "response_nature", "extended", "extension_reason", "acknowledged",
                         "closed"]
    assert list(row["requester"]) == ["name", "email", "emails", "postal_address", "phone"]
    assert row["agent"] == {"name": "Ag", "email": "ag@example.com"}
    assert list(row["milestones"]) == ["acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended"]
    assert list(row["clock"]) == ["status", "next_milestone", "due", "days_left"]
    _, out, _ = run(capsys, data, "show", ref, "--json")
    shown = json.loads(out)
    assert list(shown) == [*row, "explanations", "notes_deadline", "pauses", "notes", "thread", "audit",
                           "appeal_of", "appeals", "appeal_suggestions"]
    assert list(shown["audit"][0]) == ["id", "at", "actor", "action", "before", "after", "detail"]
