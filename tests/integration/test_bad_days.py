"""Bad days (issue 11): a full disk, a read-only or missing data folder, an empty or damaged database,
a database from a newer version, a bug. Each gets ONE line in plain words on stderr and a non-zero
exit, never a traceback; the log gets the details without personal data; files are private whatever
the umask. The real CLI runs in a subprocess, on real files and (where this machine allows it) a
real small disk."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.smalldisk import can_mount, small_disk

ROOT = Path(__file__).resolve().parents[2]
CLI = "import sys, privacydesk.cli as c; sys.exit(c.main(sys.argv[1:]))"


def run(data: Path, *args: str, umask: int | None = None, code: str = CLI,
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PRIVACYDESK_DATA_DIR", None)

    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run([sys.executable, "-c", code, "--data-dir", str(data), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, preexec_fn=set_umask)


def one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    """The error output is exactly one line of words: no traceback, no internal identifiers."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "sqlalchemy" not in result.stderr.lower(), result.stderr
    assert "[SQL" not in result.stderr and "parameters" not in result.stderr, result.stderr
    return lines[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- files: private whatever the umask ----------------------------------------------------------------------

@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_data_folder_and_files_are_private_under_any_umask(tmp_path: Path, umask: int) -> None:
    data = tmp_path / "data"
    result = run(data, "add", "--email", "jane@example.com", "--type", "access", umask=umask)
    assert result.returncode == 0, result.stderr
    assert mode(data) == 0o700
    assert mode(data / "privacydesk.sqlite3") == 0o600
    assert mode(data / "profile.toml") == 0o600
    assert mode(data / "logs") == 0o700
    assert mode(data / "logs" / "privacydesk.log") == 0o600


def test_an_existing_open_data_folder_is_tightened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "list").returncode == 0
    os.chmod(data, 0o755)
    os.chmod(data / "profile.toml", 0o644)
    os.chmod(data / "logs" / "privacydesk.log", 0o666)
    assert run(data, "list").returncode == 0
    assert mode(data) == 0o700 and mode(data / "profile.toml") == 0o600
    assert mode(data / "logs" / "privacydesk.log") == 0o600


# -- the database: empty, damaged, too new; the folder: missing, read-only ----------------------------------

def test_an_empty_database_file_is_refused_and_not_recreated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "add", "--email", "jane@example.com", "--type", "access").returncode == 0
    db = data / "privacydesk.sqlite3"
    for extra in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        extra.unlink(missing_ok=True)
    db.write_bytes(b"")  # what a failed copy or a full disk leaves behind
    result = run(data, "list")
    assert result.returncode == 1
    line = one_plain_line(result)
    assert "empty (0 bytes)" in line and "backup" in line
    assert "No requests" not in result.stdout
    assert db.stat().st_size == 0  # untouched: not silently recreated as an empty database


def test_a_damaged_database_gives_one_plain_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "privacydesk.sqlite3").write_bytes(b"this is not a database at all " * 200)
    result = run(data, "list")
    assert result.returncode == 1
    assert "not a readable PrivacyDesk database" in one_plain_line(result)


def test_a_database_from_a_newer_version_gives_one_plain_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "list").returncode == 0
    conn = sqlite3.connect(data / "privacydesk.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    result = run(data, "list")
    assert result.returncode == 1
    assert "newer version of PrivacyDesk" in one_plain_line(result)


def test_a_data_folder_on_a_missing_drive_is_not_created(tmp_path: Path) -> None:
    data = tmp_path / "usb-stick" / "PrivacyDesk"
    result = run(data, "list")
    assert result.returncode == 1
    assert "does not exist" in one_plain_line(result)
    assert not data.parent.exists()


def _make_read_only(folder: Path) -> object:
    """Make ``folder`` (a data folder) read-only for the CLI; returns what undoes it."""
    if os.geteuid() != 0:
        for path in [folder, *folder.rglob("*")]:
            os.chmod(path, 0o555 if path.is_dir() else 0o444)
        return None
    pytest.skip("root without the right to mount: no way to make a folder read-only for this user")


def test_a_read_only_data_folder_can_still_be_listed(tmp_path: Path) -> None:
    """An archived copy on a read-only disk (or without write permission): lists and shows work,
    a change is refused in one plain line, and nothing in the folder changes."""
    if can_mount():
        with small_disk(8192) as disk:
            data = disk.path / "data"
            added = run(data, "add", "--email", "jane@example.com", "--type", "access", "--name", "Jane")
            assert added.returncode == 0, added.stderr
            ref = added.stdout.strip()
            disk.read_only()
            _check_read_only(data, ref)
    else:
        data = tmp_path / "data"
        added = run(data, "add", "--email", "jane@example.com", "--type", "access", "--name", "Jane")
        ref = added.stdout.strip()
        _make_read_only(data)
        try:
            _check_read_only(data, ref)
        finally:
            for path in [data, *data.rglob("*")]:
                os.chmod(path, 0o700 if path.is_dir() else 0o600)


def _check_read_only(data: Path, ref: str) -> None:
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    listed = run(data, "list")
    assert listed.returncode == 0, listed.stderr
    assert ref in listed.stdout
    shown = run(data, "show", ref, "--json")
    assert shown.returncode == 0 and '"jane@example.com"' in shown.stdout
    changed = run(data, "note", ref, "called her back")
    assert changed.returncode == 1
    assert "read-only" in one_plain_line(changed)
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before


# -- a bug: one line on stderr, the redacted traceback in the log only ----------------------------------

BUGGY = ("import sys\nimport privacydesk.services.requests as r\n"
         "def broken(self, *a, **k):\n"
         "    raise KeyError('jane.doe@example.com') from ValueError(\"Jane Doe's order 555-0199\")\n"
         "r.RequestService.list = broken\n"
         "import privacydesk.cli as c\nsys.exit(c.main(sys.argv[1:]))\n")


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log_redacted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run(data, "list", code=BUGGY)
    assert result.returncode == 1
    line = one_plain_line(result)
    assert "something went wrong" in line and "log" in line
    log = (data / "logs" / "privacydesk.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "KeyError" in log and "ValueError" in log
    for secret in ("jane.doe", "Jane Doe", "555-0199"):
        assert secret not in log and secret not in result.stderr


# -- a full disk during an import ---------------------------------------------------------------------

def requesters(count: int) -> list[tuple[str, str]]:
    return [(f"Quentina Vandermeer{n:03d}", f"quentina.vandermeer{n:03d}@example.org") for n in range(count)]


def write_requests_mbox(path: Path, people: list[tuple[str, str]]) -> None:
    with path.open("wb") as out:
        for number, (name, email) in enumerate(people):
            out.write(f"From {email} Mon Nov  2 10:{number % 60:02d}:00 2026\n".encode())
            out.write(f"From: {name} <{email}>\nTo: 3dprosteam@gmail.com\nSubject: Delete my data, {name}\n"
                      f"Date: Mon, 2 Nov 2026 10:{number % 60:02d}:00 -0600\nMessage-ID: <full-{number}@example.org>\n\n"
                      f"Please delete all personal information you hold about me. I am a California "
                      f"resident.\nMy name is {name}, my address is {email}.\n{'Padding line. ' * 200}\n"
                      f"{name}\n\n".encode())


# SQLite's own "disk is full" (SQLITE_FULL) through a page limit, for machines where no small disk
# can be mounted: the same error, from the same place, with the same words.
PAGE_LIMITED = ("import sys, sqlalchemy\nfrom sqlalchemy import event\n"
                "@event.listens_for(sqlalchemy.engine.Engine, 'connect')\n"
                "def _limit(conn, record):\n"
                "    count = conn.execute('PRAGMA page_count').fetchone()[0]\n"
                "    conn.execute(f'PRAGMA max_page_count = {count + 40}')\n"
                "import privacydesk.cli as c\nsys.exit(c.main(sys.argv[1:]))\n")


def test_a_full_disk_during_an_import_leaks_nothing_and_says_so_in_one_line(tmp_path: Path) -> None:
    people = requesters(400)
    mbox = tmp_path / "requests.mbox"
    write_requests_mbox(mbox, people)
    if can_mount():
        with small_disk(1536) as disk:
            data = disk.path / "data"
            assert run(data, "list").returncode == 0
            result = run(data, "import", str(mbox))
            logs = "".join(p.read_text(encoding="utf-8", errors="replace")
                           for p in (data / "logs").glob("*") if p.is_file())
            _check_disk_full(result, logs, people)
            disk.writable(65536)  # space freed: the same import finishes, nothing was half-written
            _check_consistent_afterwards(data, mbox, len(people))
    else:
        data = tmp_path / "data"
        assert run(data, "list").returncode == 0
        result = run(data, "import", str(mbox), code=PAGE_LIMITED)
        logs = "".join(p.read_text(encoding="utf-8", errors="replace")
                       for p in (data / "logs").glob("*") if p.is_file())
        _check_disk_full(result, logs, people)
        _check_consistent_afterwards(data, mbox, len(people))


def _check_disk_full(result: subprocess.CompletedProcess[str], logs: str, people: list[tuple[str, str]]) -> None:
    assert result.returncode == 1, result.stderr
    line = one_plain_line(result)
    assert "disk is full" in line.lower() and "import again" in line.lower()
    for name, email in people:
        for secret in (name, email, email.split("@")[0]):
            assert secret not in result.stderr and secret not in logs


def _check_consistent_afterwards(data: Path, mbox: Path, count: int) -> None:
    again = run(data, "import", str(mbox), "--json")
    assert again.returncode == 0, again.stderr
    assert run(data, "audit", "verify").returncode == 0
    listed = run(data, "list", "--json")
    assert listed.returncode == 0
    import json

    assert len(json.loads(listed.stdout)) == count


# -- permission denied and other storage failures met outside the database --------------------------------

DENIED = ("import sys\nimport privacydesk.services.requests as r\n"
          "def denied(self, *a, **k):\n"
          "    raise PermissionError(13, 'Permission denied', '/home/jane.doe/PrivacyDesk/privacydesk.sqlite3')\n"
          "r.RequestService.list = denied\n"
          "import privacydesk.cli as c\nsys.exit(c.main(sys.argv[1:]))\n")


def test_permission_denied_anywhere_is_one_plain_line(tmp_path: Path) -> None:
    """A file PrivacyDesk may not use (found while a command ran, not when opening the database):
    the same plain words as at start-up, never a traceback, no path with a name in it."""
    result = run(tmp_path / "data", "list", code=DENIED)
    assert result.returncode == 1
    line = one_plain_line(result)
    assert "Permission denied" in line and "permissions" in line
    assert "jane" not in line
