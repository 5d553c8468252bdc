"""What a staff member reads from the command line is plain words (issue 8: no "1 new messages", no
"None days left", no timestamps with microseconds), found by an outside check of main."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacydesk.cli import main

REQUEST = (b"From: Dana Whitfield <dana.whitfield@example.com>\r\nTo: 3dprosteam@gmail.com\r\n"
           b"Subject: Delete my data\r\nDate: Mon, 2 Nov 2026 10:00:00 -0600\r\nMessage-ID: <tx1@example.com>\r\n\r\n"
           b"I live in Austin, Texas. Under the Texas Data Privacy and Security Act I ask you to delete all "
           b"personal data you hold about me.\r\n\r\nDana Whitfield\r\n")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_import_of_one_message_says_one_new_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mail = tmp_path / "one.eml"
    mail.write_bytes(REQUEST)
    code, out, _ = run(capsys, tmp_path / "d", "import", str(mail))
    assert code == 0
    assert out.startswith("Imported 1 new message (0 already known).")
    code, out, _ = run(capsys, tmp_path / "d", "import", str(mail))
    assert out.startswith("Imported 0 new messages (1 already known).")


def test_show_and_status_changes_say_the_clock_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    code, out, _ = run(capsys, data, "add", "--email", "ana@example.com", "--type", "opt_out_sale",
                       "--regime", "ccpa", "--received", "2026-11-02T10:00")
    ref = out.strip()
    code, out, _ = run(capsys, data, "show", ref)
    assert code == 0
    clock = next(line for line in out.splitlines() if line.strip().startswith("clock:"))
    assert "opt_out" not in clock and "_" not in clock and "None" not in clock
    assert any(word in clock for word in ("On track", "Due soon", "Overdue"))
    code, out, _ = run(capsys, data, "set-status", ref, "completed", "--nature", "opt-out recorded")
    assert code == 0
    assert "None" not in out and "days left)" not in out and "respond_by 2026" not in out.split("milestones:")[0]
    code, out, _ = run(capsys, data, "show", ref)
    clock = next(line for line in out.splitlines() if line.strip().startswith("clock:"))
    assert "None" not in clock and clock.split("clock:")[1].strip().startswith("Closed")
    audit = out.split("  audit:")[1].splitlines()[1:]
    assert audit and all(not line.strip()[:4].isdigit() for line in audit)  # "Mon 2 Nov 2026, 10:00", not ISO


def test_applying_a_notice_proposal_saves_the_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``profile from-notice FILE --apply FIELD`` failed with "something went wrong" after writing the
    file (a service's profile is read-only); it must save and say so."""
    notice = tmp_path / "notice.txt"
    notice.write_text('This privacy notice for Acme Prints Ltd ("Company," "we," "us," or "our") describes '
                      "how we use your information. Contact us at privacy@acme.example.\n")
    data = tmp_path / "d"
    code, out, err = run(capsys, data, "profile", "from-notice", str(notice), "--apply", "company.legal_name")
    assert code == 0, err
    assert out.startswith("Applied 1 proposal to ")
    assert "Acme Prints Ltd" in (data / "profile.toml").read_text()
    code, out, err = run(capsys, data, "profile", "show", "--json")
    assert code == 0 and "Acme Prints Ltd" in out
