"""Files, mbox files, Maildir folders and plain folders become messages or plain-words failures."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from privacydesk.mail.parse import parse_message
from privacydesk.mail.sources import SourceFailure, SourceItem, SourceMessage, iter_sources, sniff

CORPORA = Path(__file__).resolve().parents[1] / "data" / "corpora"  # vendored public corpora

ONE = b"From: Ann <ann@example.com>\nTo: privacy@3dpros.example\nSubject: Delete my data\n\nPlease delete it.\n"
TWO = b"From: bo@example.org\r\nSubject: Auskunft\r\n\r\nBitte Auskunft.\r\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def messages(items: list[SourceItem]) -> list[SourceMessage]:
    return [i for i in items if isinstance(i, SourceMessage)]


def failures(items: list[SourceItem]) -> list[SourceFailure]:
    return [i for i in items if isinstance(i, SourceFailure)]


@pytest.mark.parametrize("name", ["request.eml", "request.txt", "request", "weird.name.msg2"])
def test_single_message_file_whatever_its_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(ONE)
    items = list(iter_sources([path]))
    assert items == [SourceMessage(raw=ONE, origin=str(path), received=None)]


def _mbox() -> bytes:
    return (b"From ann@example.com Mon Mar  2 10:00:00 2026\n" + ONE +
            b"From here on the body has a From line that is not a separator\n"
            b"\n"
            b">From the escaped line\n"
            b">>From a doubly escaped line\n"
            b"\n"
            b"From bo@example.org Tue Mar  3 23:30:05 2026\n" + TWO.replace(b"\r\n", b"\n") +
            b"\n"
            b"From MAILER-DAEMON Wed Mar  4 08:00:00 2026 +0100\n"
            b"From: mailer-daemon@x.example\nSubject: bounce\n\nreturned\n")


@pytest.mark.parametrize("name", ["archive.mbox", "archive.txt", "archive"])
def test_mbox_recognised_by_content_and_split(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_mbox())
    chicago = ZoneInfo("America/Chicago")
    items = list(iter_sources([path], naive_tz=chicago))
    found = messages(items)
    assert not failures(items)
    assert [m.origin for m in found] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert found[0].raw == (ONE + b"From here on the body has a From line that is not a separator\n\n"
                            b"From the escaped line\n>From a doubly escaped line\n")
    assert found[1].raw == TWO.replace(b"\r\n", b"\n")  # separator blank line removed
    assert found[0].received == datetime(2026, 3, 2, 10, 0, tzinfo=chicago)
    assert found[1].received == datetime(2026, 3, 3, 23, 30, 5, tzinfo=chicago)
    assert found[2].received == datetime(2026, 3, 4, 7, 0, tzinfo=UTC)  # the line named its zone
    assert parse_message(found[1].raw).message.subject == "Auskunft"


def test_mbox_with_crlf_lines(tmp_path: Path) -> None:
    path = tmp_path / "crlf.mbox"
    path.write_bytes(_mbox().replace(b"\n", b"\r\n"))
    found = messages(list(iter_sources([path])))
    assert len(found) == 3
    assert found[1].raw == TWO


def _maildir(root: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    (root / "new" / "1772445600.M1P2.host").write_bytes(ONE)
    (root / "cur" / "1772532000.M3P4.host:2,S").write_bytes(TWO)
    no_stamp = root / "cur" / "imported-by-hand:2,S"
    no_stamp.write_bytes(ONE)
    os.utime(no_stamp, (1700000000, 1700000000))
    (root / "tmp" / "1772600000.M5P6.host").write_bytes(b"From: partial delivery\n")


def test_maildir_delivery_time_from_file_name_else_mtime(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    _maildir(root)
    sent = root / ".Sent"
    for sub in ("cur", "new", "tmp"):
        (sent / sub).mkdir(parents=True)
    (sent / "cur" / "1772000000.M9P9.host:2,S").write_bytes(TWO)
    items = list(iter_sources([root]))
    assert not failures(items)
    got = {Path(m.origin).name: m.received for m in messages(items)}
    assert got == {
        "1772445600.M1P2.host": datetime.fromtimestamp(1772445600, UTC),
        "1772532000.M3P4.host:2,S": datetime.fromtimestamp(1772532000, UTC),
        "imported-by-hand:2,S": datetime.fromtimestamp(1700000000, UTC),
        "1772000000.M9P9.host:2,S": datetime.fromtimestamp(1772000000, UTC),
    }  # tmp/ (deliveries in progress) is not read


def test_plain_folder_is_searched_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.eml").write_bytes(ONE)
    (tmp_path / "a" / "b" / "two").write_bytes(TWO)
    (tmp_path / "a" / "b" / "box.mbox").write_bytes(_mbox())
    (tmp_path / "a" / "README.txt").write_text("These are the exported mails.\n")
    (tmp_path / "a" / "scan.png").write_bytes(PNG)
    (tmp_path / "a" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_bytes(ONE)
    _maildir(tmp_path / "a" / "md")
    items = list(iter_sources([tmp_path]))
    origins = sorted(Path(m.origin.split("#")[0]).name for m in messages(items))
    assert origins == sorted(["one.eml", "two", "box.mbox", "box.mbox", "box.mbox",
                              "1772445600.M1P2.host", "1772532000.M3P4.host:2,S", "imported-by-hand:2,S"])
    skipped = {Path(f.origin).name: f for f in failures(items)}
    assert set(skipped) == {"README.txt", "scan.png"}
    assert all(f.skipped for f in skipped.values())
    assert "PNG image" in skipped["scan.png"].error


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (PNG, "not an email: this is a PNG image"),
        (b"%PDF-1.7\n...", "not an email: this is a PDF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(50), "Outlook .msg"),
        (b"", "empty file"),
    ],
)
def test_files_that_are_not_mail_give_plain_failures(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "file.eml"
    path.write_bytes(content)
    items = list(iter_sources([path]))
    assert len(items) == 1 and isinstance(items[0], SourceFailure)
    assert expected in items[0].error
    assert not items[0].skipped  # it was named explicitly: a real failure


@pytest.mark.parametrize("content", [b"Dear team,\nplease delete my data.\n",
                                     b"Note: remember the milk\nTodo: buy bread\n"])
def test_text_that_is_not_mail_is_kept_for_a_person(tmp_path: Path, content: bytes) -> None:
    """Named explicitly, a text file without mail headers is still imported (nothing is lost);
    the parser then marks it as not understood, so a person looks at it."""
    path = tmp_path / "letter.txt"
    path.write_bytes(content)
    items = list(iter_sources([path]))
    assert items == [SourceMessage(content, str(path), None)]
    assert not parse_message(content).understood


def test_broken_mail_is_passed_on_for_the_parser(tmp_path: Path) -> None:
    path = tmp_path / "broken.eml"
    path.write_bytes(b"   \nSubject: half a message\nContent-Type: multipart/mixed; boundary=\"x\"\n\n--x\nContent-")
    items = list(iter_sources([path]))
    assert isinstance(items[0], SourceMessage)
    assert parse_message(items[0].raw).understood


def test_missing_and_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(ONE)
    locked = tmp_path / "locked.eml"
    locked.write_bytes(ONE)
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "locked.eml":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)
    items = list(iter_sources([tmp_path / "missing.eml", locked, good]))
    assert items[0] == SourceFailure(str(tmp_path / "missing.eml"), "file not found")
    assert items[1] == SourceFailure(str(locked), "permission denied")
    assert items[2] == SourceMessage(ONE, str(good), None)


def test_directory_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "one.eml").write_bytes(ONE)
    (tmp_path / "mail" / "loop").symlink_to(tmp_path / "mail")
    assert len(messages(list(iter_sources([tmp_path, tmp_path / "mail"])))) == 1


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"From a@b.c Mon Jan  1 00:00:00 2024\nSubject: x\n\nhi", "mbox"),
        (b"From: a@b.c\nSubject: x\n\nhi", "message"),
        (b"\xef\xbb\xbfReceived: from x by y; Mon, 1 Jan 2024 00:00:00 +0000\n\nhi", "message"),
        (b"\n\n  \nFrom: a@b.c\n\nhi", "message"),
        (b"From the desk of Ann: please delete my data", "other"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head)[0] == kind


def test_every_mime_corpus_file_imports(tmp_path: Path) -> None:
    """Each file of the MIME corpus gives a message; only the catalogue is skipped. All are
    understood except the bare digest body (no header at all), which is kept for a person."""
    items = list(iter_sources([CORPORA / "mime"]))
    refused = sorted(Path(f.origin).name for f in failures(items))
    assert refused == ["SOURCES.tsv"]
    found = messages(items)
    assert len(found) >= 76
    not_understood = [Path(m.origin).name for m in found
                      if not parse_message(m.raw, received=m.received).understood]
    assert not_understood == ["msg_19.txt"]


def test_maildir_subfolder_or_file_given_directly_keeps_delivery_time(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    _maildir(root)
    file = root / "cur" / "1772532000.M3P4.host:2,S"
    from_folder = messages(list(iter_sources([root / "cur"])))
    from_file = messages(list(iter_sources([file])))
    assert {m.received for m in from_folder} == {datetime.fromtimestamp(1772532000, UTC),
                                                 datetime.fromtimestamp(1700000000, UTC)}
    assert from_file == [SourceMessage(TWO, str(file), datetime.fromtimestamp(1772532000, UTC))]
