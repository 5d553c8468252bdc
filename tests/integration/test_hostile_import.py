"""Hostile mail imported through the real CLI (issue 11): one message of each class, as files in a
folder and as one mbox. Every request is filed or waits for review with its raw bytes; the sender is
the real address; no control or bidi character reaches the terminal raw; a +2500 date gives a readable
request flagged for its date; a huge message is kept whole without being read whole."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.integration.test_bad_days import run

REQUEST = ("Please delete all personal information you hold about me. I am a California resident.\r\n"
           "Thank you,\r\nJane Doe\r\n")
RLO = "\u202e"
UNSAFE = ["\x1b", "\r", "\x07", "\x00", RLO, "\u2028", "\x9b", "\x85"]


def mail(*headers: str, body: str = REQUEST, extra: bytes = b"") -> bytes:
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + body.encode() + extra


def nested(depth: int) -> bytes:
    inner = f"Content-Type: text/plain\r\n\r\n{REQUEST}".encode()
    for level in range(depth):
        inner = (f'Content-Type: multipart/mixed; boundary="n{level}"\r\n\r\n--n{level}\r\n'.encode() + inner
                 + f"\r\n--n{level}--\r\n".encode())
    return (b"From: Nina Deep <nina@example.net>\r\nTo: 3dprosteam@gmail.com\r\nSubject: fwd fwd fwd\r\n"
            b"Message-ID: <deep@example.net>\r\nDate: Mon, 2 Nov 2026 10:00:00 -0600\r\n" + inner)


def many_parts(count: int) -> bytes:
    parts = b"".join(b"--p\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n" for _ in range(count))
    return (b"From: Pat Parts <pat@example.net>\r\nTo: 3dprosteam@gmail.com\r\nSubject: documents\r\n"
            b"Message-ID: <parts@example.net>\r\nDate: Mon, 2 Nov 2026 10:00:00 -0600\r\n"
            b"Content-Type: multipart/mixed; boundary=p\r\n\r\n" + parts
            + f"--p\r\nContent-Type: text/plain\r\n\r\n{REQUEST}\r\n--p--\r\n".encode())


HOSTILE = {
    "spoofed-name.eml": mail("From: jane@example.com <jane.real@example.org>", "To: 3dprosteam@gmail.com",
                             "Subject: Delete my data", "Message-ID: <s1@example.org>",
                             "Date: Mon, 2 Nov 2026 10:00:00 -0600"),
    "own-domain-name.eml": mail('From: "privacy@3dpros.com" <mallory@evil.example>', "To: 3dprosteam@gmail.com",
                                "Subject: Delete my data", "Message-ID: <s2@evil.example>",
                                "Date: Mon, 2 Nov 2026 10:05:00 -0600"),
    "bad-date.eml": mail("From: Dana Date <dana@example.com>", "To: 3dprosteam@gmail.com",
                         "Subject: Delete my data", "Message-ID: <d1@example.com>",
                         "Date: Tue, 10 Nov 2026 10:00:00 +2500"),
    "nul-header.eml": mail("From: Nul Person <nul@example.com>", "To: 3dprosteam@gmail.com",
                           "Subject: Delete\x00 my data", "Message-ID: <n1@example.com>",
                           "Date: Mon, 2 Nov 2026 10:10:00 -0600"),
    "controls.eml": mail(f"From: =?utf-8?q?Eve_=E2=80=AEtsriL?= <eve{RLO}@example.com>", "To: 3dprosteam@gmail.com",
                         "Subject: =?utf-8?q?Delete=0D=0AX-Injected:_yes=1B[2J?=", "Message-ID: <c1@example.com>",
                         "Date: Mon, 2 Nov 2026 10:15:00 -0600",
                         body="Name: Eve \x1b]0;pwned\x07 Lister\r\nEmail: eve@example.com\r\n" + REQUEST),
    "huge-subject.eml": mail("From: Hugo Subject <hugo@example.com>", "To: 3dprosteam@gmail.com",
                             "Subject: " + "Delete " * 300_000, "Message-ID: <h1@example.com>",
                             "Date: Mon, 2 Nov 2026 10:20:00 -0600"),
}
HIDDEN = {  # requests the parser cannot read whole: they must wait for a person, never be dropped
    "deep.eml": nested(40),
    "many-parts.eml": many_parts(450),
}


def as_mbox(messages: dict[str, bytes]) -> bytes:
    out = b""
    for number, raw in enumerate(messages.values()):
        body = b"\n".join((b">" + line) if line.startswith(b"From ") else line for line in raw.split(b"\n"))
        out += f"From sender{number}@example.com Mon Nov  2 10:{number:02d}:00 2026\n".encode() + body + b"\n\n"
    return out


def kept_raw(db: Path) -> dict[str, tuple[str, bool]]:
    """message_id -> (kind, raw bytes kept)."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT m.message_id, m.kind, m.raw IS NOT NULL OR EXISTS (SELECT 1 FROM "
                            "message_raw_chunks c WHERE c.message_pk = m.id) FROM messages m").fetchall()
    finally:
        conn.close()
    return {mid: (kind, bool(raw)) for mid, kind, raw in rows}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Every hostile message imported from a folder; returns (data folder, message-id -> ref)."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, raw in {**HOSTILE, **HIDDEN}.items():
        (folder / name).write_bytes(raw)
    data = tmp_path_factory.mktemp("desk") / "data"
    result = run(data, "import", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["skipped"] == [] and summary["failures"] == []
    refs: dict[str, str] = {}
    for ref in summary["new_requests"]:
        shown = json.loads(run(data, "show", ref, "--json").stdout)
        refs[shown["thread"][0]["message_id"]] = ref
    return data, refs


def test_every_request_is_filed_or_waits_for_review_with_its_raw_bytes(imported: tuple[Path, dict[str, str]]) -> None:
    data, refs = imported
    kinds = kept_raw(data / "privacydesk.sqlite3")
    for mid in ("<s1@example.org>", "<s2@evil.example>", "<d1@example.com>", "<n1@example.com>",
                "<c1@example.com>", "<h1@example.com>"):
        assert mid in refs, f"{mid} was not filed as a request"
        assert kinds[mid] == ("request", True)
    for mid in ("<deep@example.net>", "<parts@example.net>"):
        kind, raw = kinds[mid]
        assert kind in ("request", "review") and raw, (mid, kind)
    review = json.loads(run(data, "messages", "--review", "--json").stdout)
    reasons = {m["subject"]: " ".join(m["classification"]["evidence"]) for m in review}
    assert any("not read whole" in why for why in reasons.values())


def test_the_sender_is_the_real_address(imported: tuple[Path, dict[str, str]]) -> None:
    data, refs = imported
    spoofed = json.loads(run(data, "show", refs["<s1@example.org>"], "--json").stdout)
    assert spoofed["requester"]["email"] == "jane.real@example.org"
    assert spoofed["thread"][0]["from"]["email"] == "jane.real@example.org"
    assert spoofed["requester"]["name"] != "jane@example.com"
    posing = json.loads(run(data, "show", refs["<s2@evil.example>"], "--json").stdout)
    assert posing["requester"]["email"] == "mallory@evil.example"
    assert posing["thread"][0]["direction"] == "in"  # not taken for the company's own mail


def test_a_bad_date_gives_a_readable_request_flagged_for_its_date(imported: tuple[Path, dict[str, str]]) -> None:
    data, refs = imported
    ref = refs["<d1@example.com>"]
    shown = json.loads(run(data, "show", ref, "--json").stdout)
    assert "received_date_uncertain" in shown["flags"]
    assert shown["received"].startswith("2026-11-09T14:00:00-06:00")  # 10:00 at UTC+14: the earliest
    assert "delete all personal information" in shown["thread"][0]["text"]
    human = run(data, "show", ref).stdout
    assert "received date uncertain — confirm it" in human
    confirmed = run(data, "confirm-received", ref, "--received", "2026-11-10T10:00")
    assert confirmed.returncode == 0, confirmed.stderr
    after = json.loads(run(data, "show", ref, "--json").stdout)
    assert "received_date_uncertain" not in after["flags"] and after["received_date"] == "2026-11-10"


def test_no_control_or_bidi_character_reaches_the_terminal(imported: tuple[Path, dict[str, str]]) -> None:
    data, refs = imported
    ref = refs["<c1@example.com>"]
    outputs = [run(data, *args) for args in (("show", ref), ("show", ref, "--json"), ("list",), ("list", "--json"),
                                             ("messages",), ("messages", "--json"))]
    for result in outputs:
        assert result.returncode == 0, result.stderr
        for char in UNSAFE:
            assert char not in result.stdout, (result.args, repr(char))
    shown = json.loads(outputs[1].stdout)
    assert shown["thread"][0]["subject"] == "Delete\r\nX-Injected: yes[2J"  # JSON stays faithful
    assert "␍␊" in outputs[0].stdout  # the human view shows where the line breaks were


def test_a_huge_subject_is_shown_bounded(imported: tuple[Path, dict[str, str]]) -> None:
    data, refs = imported
    human = run(data, "show", refs["<h1@example.com>"]).stdout
    assert len(human) < 20_000 and "more characters not shown" in human


def test_a_nul_in_a_header_gives_the_same_result_by_folder_and_by_mbox(tmp_path: Path) -> None:
    raw = HOSTILE["nul-header.eml"]
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "message.eml").write_bytes(raw)
    (tmp_path / "one.mbox").write_bytes(as_mbox({"x": raw}))
    by_folder = json.loads(run(tmp_path / "a", "import", str(folder), "--json").stdout)
    by_mbox = json.loads(run(tmp_path / "b", "import", str(tmp_path / "one.mbox"), "--json").stdout)
    assert len(by_folder["new_requests"]) == len(by_mbox["new_requests"]) == 1
    assert by_folder["skipped"] == []


def test_the_same_hostile_mail_by_mbox_is_filed_the_same_way(tmp_path: Path,
                                                            imported: tuple[Path, dict[str, str]]) -> None:
    mbox = tmp_path / "hostile.mbox"
    mbox.write_bytes(as_mbox({**HOSTILE, **HIDDEN}))
    data = tmp_path / "data"
    result = run(data, "import", str(mbox), "--json")
    assert result.returncode == 0, result.stderr
    assert kept_raw(data / "privacydesk.sqlite3").keys() == kept_raw(imported[0] / "privacydesk.sqlite3").keys()
    assert {k: v[0] for k, v in kept_raw(data / "privacydesk.sqlite3").items() if k != "<d1@example.com>"} == {
        k: v[0] for k, v in kept_raw(imported[0] / "privacydesk.sqlite3").items() if k != "<d1@example.com>"}


# -- memory: a huge message is kept whole, never read whole ------------------------------------------------

BIG_MB = 60


def write_big_mbox(path: Path) -> None:
    with path.open("wb") as out:
        out.write(b"From hugh@example.com Mon Nov  2 10:00:00 2026\n")
        out.write(b"From: Hugh Large <hugh@example.com>\nTo: 3dprosteam@gmail.com\nSubject: my documents\n"
                  b"Message-ID: <big@example.com>\nDate: Mon, 2 Nov 2026 10:00:00 -0600\nMIME-Version: 1.0\n"
                  b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
                  b"Here are the scans you asked for.\n\n--b\nContent-Type: application/pdf\n"
                  b"Content-Transfer-Encoding: base64\n\n")
        line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n"
        block = line * 13_000
        for _ in range(BIG_MB * 1024 * 1024 // len(block)):
            out.write(block)
        out.write(b"--b--\n\n")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)")
def test_a_huge_message_is_kept_whole_in_bounded_memory(tmp_path: Path) -> None:
    """An mbox with a 60 MB message: the import's peak memory stays far below the message's size
    times the parser's overhead (it used to be ~25x), the bytes are all kept, and a person can
    still decide that it is a request."""
    mbox = tmp_path / "big.mbox"
    write_big_mbox(mbox)
    data = tmp_path / "data"
    # The peak of this process's own memory since it started the CLI (VmHWM: not ru_maxrss, which
    # also counts the test process's pages the child shared between fork and exec).
    code = ("import sys, privacydesk.cli as c\nstatus = c.main(sys.argv[1:])\n"
            "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1], file=sys.stderr)\n"
            "sys.exit(status)\n")
    result = run(data, "import", str(mbox), "--json", code=code)
    assert result.returncode == 0, result.stderr
    peak_mb = int(result.stderr.strip().splitlines()[-1]) / 1024
    assert peak_mb < 250, f"peak memory {peak_mb:.0f} MB for a {BIG_MB} MB message"
    conn = sqlite3.connect(data / "privacydesk.sqlite3")
    try:
        pk, kind, size = conn.execute("SELECT id, kind, size FROM messages WHERE message_id = "
                                      "'<big@example.com>'").fetchone()
        stored = conn.execute("SELECT sum(length(data)) FROM message_raw_chunks WHERE message_pk = ?",
                              (pk,)).fetchone()[0]
    finally:
        conn.close()
    assert kind == "review" and stored == size > (BIG_MB - 2) * 1024 * 1024
    messages = json.loads(run(data, "messages", "--review", "--json").stdout)
    why = " ".join(messages[0]["classification"]["evidence"])
    assert "larger than the maximum message size" in why
    marked = run(data, "mark", str(pk), "request", "--type", "access")
    assert marked.returncode == 0, marked.stderr


def test_the_maximum_message_size_is_a_setting(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "list").returncode == 0
    (data / "settings.toml").write_text("[mail]\nmax_message_mb = 1\n", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "two-mb.eml").write_bytes(mail("From: Sam Size <sam@example.com>", "To: 3dprosteam@gmail.com",
                                             "Subject: Delete my data", "Message-ID: <two@example.com>",
                                             "Date: Mon, 2 Nov 2026 10:00:00 -0600",
                                             extra=b"\r\n" + b"padding " * 300_000))
    result = json.loads(run(data, "import", str(folder), "--json").stdout)
    # Its beginning says it is a request: filed, with all its bytes kept in pieces.
    assert len(result["new_requests"]) == 1
    kinds = kept_raw(data / "privacydesk.sqlite3")
    assert kinds["<two@example.com>"] == ("request", True)
