"""Hostile mail in the window (issue 11): a 2 MB subject is shown bounded (no widget lays out
megabytes), control and bidi characters are shown as visible markers, and a request whose date could
not be read says "received date uncertain — confirm it"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from privacydesk.domain import display
from privacydesk.services.mailimport import import_paths
from tests.gui.test_main_window import select

BODY = b"\r\nPlease delete all personal information you hold about me. I am a California resident.\r\n"


def import_one(desk: Any, tmp_path: Path, name: str, raw: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(raw)
    report = import_paths(desk.ingest, desk.profile, [path])
    assert len(report.new_requests) == 1
    return str(report.new_requests[0])


def test_a_two_megabyte_subject_is_shown_bounded(qtbot: Any, desk: Any, tmp_path: Path,
        open_desk: Callable[..., Any]) -> None:
    subject = "Löschung " * 230_000  # about 2 MB
    raw = (b"From: Jane Doe <jane@example.com>\r\nTo: 3dprosteam@gmail.com\r\nSubject: "
           + subject.encode() + b"\r\nDate: Mon, 2 Nov 2026 10:00:00 -0600\r\n" + BODY)
    ref = import_one(desk, tmp_path, "huge.eml", raw)
    win = open_desk(desk)
    select(qtbot, win, ref)
    ws = win.page.workspace
    shown = ws.message_list.topLevelItem(0).text(3)
    assert shown.startswith("Löschung Löschung") and len(shown) < display.MAX_LINE_CHARS + 60
    assert "more characters not shown" in shown
    assert len(ws.message_text.toPlainText()) < 20_000


def test_controls_and_bidi_are_visible_markers_in_the_thread(qtbot: Any, desk: Any, tmp_path: Path,
        open_desk: Callable[..., Any]) -> None:
    raw = (b"From: =?utf-8?q?Eve_=E2=80=AEtsriL?= <eve@example.com>\r\nTo: 3dprosteam@gmail.com\r\n"
           b"Subject: =?utf-8?q?Delete=0D=0Amy_data?=\r\nDate: Mon, 2 Nov 2026 10:00:00 -0600\r\n"
           + BODY + b"Name: Eve \x1b]0;pwned\x07 Lister\r\n")
    ref = import_one(desk, tmp_path, "controls.eml", raw)
    win = open_desk(desk)
    select(qtbot, win, ref)
    ws = win.page.workspace
    item = ws.message_list.topLevelItem(0)
    assert item.text(3) == "Delete␍␊my data"
    assert "\u202e" not in item.text(2) and "[U+202E]" in item.text(2)
    text = ws.message_text.toPlainText()
    assert "\x1b" not in text and "␛]0;pwned␇" in text


def test_an_unreadable_date_is_flagged_in_words(qtbot: Any, desk: Any, tmp_path: Path,
        open_desk: Callable[..., Any]) -> None:
    raw = (b"From: Dana Date <dana@example.com>\r\nTo: 3dprosteam@gmail.com\r\nSubject: Delete my data\r\n"
           b"Date: Tue, 10 Nov 2026 10:00:00 +2500\r\n" + BODY)
    ref = import_one(desk, tmp_path, "bad-date.eml", raw)
    win = open_desk(desk)
    select(qtbot, win, ref)
    texts = " ".join(label.text() for label in win.page.workspace.flag_labels)
    assert "received date uncertain — confirm it" in texts.lower()
