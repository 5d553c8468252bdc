"""The main window on real services: listing, sorting, filtering, searching, the workspace, actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from privacydesk.ui import actions, labels
from privacydesk.ui.main_window import MainWindow
from privacydesk.ui.request_table import Column

from .helpers import table_refs, wait_idle


def cell(win: MainWindow, row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return win.model.data(win.model.index(row, column), role)


def select(qtbot: Any, win: MainWindow, ref: str) -> None:
    row = win.model.row_of_ref(ref)
    assert row is not None, f"{ref} is not listed"
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.table.visualRect(win.model.index(row, Column.REF)).center())
    qtbot.waitUntil(lambda: (win.workspace.current or {}).get("ref") == ref)
    wait_idle(qtbot, win)


def click_header(qtbot: Any, win: MainWindow, column: Column) -> None:
    header = win.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_idle(qtbot, win)


# -- listing -----------------------------------------------------------------------------------------

def test_window_opens_on_an_empty_database(window: MainWindow) -> None:
    assert window.model.rowCount() == 0
    assert window.workspace.current is None
    assert window.counts_label.text().startswith("Open: 0")
    assert not window.action_status.isEnabled()


def test_rows_show_requests_in_due_order_with_words_and_colours(
        qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    late = add_request("bob@example.com", ["deletion"], name="Bob", received="2026-10-01T10:00")
    soon = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-01T10:00")
    fresh = add_request("cy@example.com", ["access"], name="Cy", regime="gdpr", received="2026-11-24T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    assert table_refs(win) == [late, soon, fresh]
    assert cell(win, 0, Column.DAYS_LEFT) == "Overdue · 40 days late"
    assert cell(win, 0, Column.NEXT_MILESTONE) == "Acknowledge by"
    assert cell(win, 0, Column.REGIME) == "Unknown (not confirmed)"
    assert cell(win, 1, Column.DAYS_LEFT) == "Due soon · 6 days left"
    assert cell(win, 2, Column.DAYS_LEFT).startswith("On track · ")
    overdue_bg = cell(win, 0, Column.DAYS_LEFT, Qt.ItemDataRole.BackgroundRole).color()
    on_track_bg = cell(win, 2, Column.DAYS_LEFT, Qt.ItemDataRole.BackgroundRole).color()
    assert overdue_bg != on_track_bg
    assert "GDPR Art. 12(3)" in cell(win, 1, Column.DUE, Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: win.controller.counts is not None)
    assert win.counts_label.text().startswith("Open: 3   Due soon: 1   Overdue: 1")
    win.controller.shutdown()


def test_clicking_headers_sorts_in_the_database(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    zed = add_request("zed@example.com", ["access"], name="Zed", regime="gdpr", received="2026-11-02T10:00")
    amy = add_request("amy@example.com", ["access"], name="amy", regime="gdpr", received="2026-11-10T10:00")
    max_ = add_request("max@example.com", ["access"], name="Max", regime="gdpr", received="2026-11-05T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    assert table_refs(win) == [zed, max_, amy]  # next due first
    click_header(qtbot, win, Column.REQUESTER)
    assert table_refs(win) == [amy, max_, zed]  # case-insensitive
    click_header(qtbot, win, Column.REQUESTER)
    assert table_refs(win) == [zed, max_, amy]
    click_header(qtbot, win, Column.RECEIVED)
    assert win.model.sort_column == Column.RECEIVED
    received = [cell(win, r, Column.RECEIVED) for r in range(3)]
    assert received == sorted(received) or received == sorted(received, reverse=True)
    win.controller.shutdown()


def test_filter_and_search(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    late = add_request("bob@example.com", ["deletion"], name="Bob", received="2026-10-01T10:00")
    soon = add_request("ann.lee@example.com", ["access"], name="Ann Lee", regime="gdpr", received="2026-11-01T10:00")
    closed = add_request("cy@example.com", ["access"], name="Cy", regime="gdpr", received="2026-11-20T10:00")
    desk.requests.set_status(closed, "withdrawn")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    assert set(table_refs(win)) == {late, soon}

    def choose(filter_id: str) -> None:
        win.filter_box.setCurrentIndex(win.filter_box.findData(filter_id))
        wait_idle(qtbot, win)

    choose("all")
    assert set(table_refs(win)) == {late, soon, closed}
    choose("overdue")
    assert table_refs(win) == [late]
    choose("due_soon")
    assert table_refs(win) == [soon]
    choose("withdrawn")
    assert table_refs(win) == [closed]
    choose("all")
    qtbot.keyClicks(win.search_box, "LEE@EX")
    qtbot.waitUntil(lambda: win.model.search == "LEE@EX")
    wait_idle(qtbot, win)
    assert table_refs(win) == [soon]
    win.search_box.setText(closed.lower())
    qtbot.waitUntil(lambda: table_refs(win) == [closed])
    win.search_box.setText("nobody")
    qtbot.waitUntil(lambda: win.model.rowCount() == 0)
    win.controller.shutdown()


# -- workspace -----------------------------------------------------------------------------------------

def test_selecting_a_row_shows_the_workspace(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("opt@example.com", ["opt_out_marketing"], name="Olive", received="2026-11-20T10:00",
                      agent_name="Agency", agent_email="agent@agency.example")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    select(qtbot, win, ref)
    ws = win.workspace
    assert ws.title.text() == f"{ref} — Olive"
    assert ws.fields["agent"].text() == "Agency <agent@agency.example>"
    assert ws.fields["types"].text() == "stop marketing"
    when, why = ws.milestone_labels["respond_by"]
    assert when.text() == ws.current["milestones"]["respond_by"]
    assert why.text() == ws.current["explanations"]["respond_by"] and why.text()
    flags = {label.objectName() for label in ws.flag_labels}
    assert {"flag_stop_now", "flag_agent", "flag_verification_not_allowed"} <= flags
    texts = " ".join(label.text() for label in ws.flag_labels)
    assert "Stop now" in texts and "Do not ask for proof of identity" in texts
    assert ws.audit_list.topLevelItemCount() == 1
    assert ws.audit_list.topLevelItem(0).text(2) == labels.AUDIT_ACTIONS["request_created"]
    assert win.action_status.isEnabled() and not win.action_resume.isEnabled()
    win.controller.shutdown()


def test_thread_is_plain_text(qtbot: Any, window: MainWindow) -> None:
    evil = "<b>bold?</b><img src='http://tracker.example/p.gif'>"
    window.workspace.show_request({
        "ref": "PD-2026-0099", "requester": {"name": evil, "emails": ["x@example.com"]},
        "types": ["access"], "regime": "gdpr", "regime_confirmed": True, "status": "new",
        "verification": "pending", "milestones": {}, "clock": {}, "flags": [], "notes": [], "audit": [],
        "thread": [{"from": {"name": evil, "email": "x@example.com"}, "subject": evil, "text": evil,
                    "date": "2026-11-20T10:00:00+00:00", "received": "2026-11-20T10:00:00+00:00"}],
    })
    ws = window.workspace
    assert ws.title.textFormat() == Qt.TextFormat.PlainText
    assert ws.fields["name"].textFormat() == Qt.TextFormat.PlainText
    assert ws.fields["name"].text() == evil
    assert evil in ws.message_text.toPlainText()
    assert ws.message_list.topLevelItem(0).text(3) == evil


# -- actions ---------------------------------------------------------------------------------------------

def open_dialog(qtbot: Any, win: MainWindow, action: Any) -> Any:
    action.trigger()
    qtbot.waitUntil(lambda: win.controller.active_dialog is not None and win.controller.active_dialog.isVisible())
    return win.controller.active_dialog


def test_status_change_through_the_window(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    other = add_request("bea@example.com", ["access"], name="Bea", regime="gdpr", received="2026-11-21T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    select(qtbot, win, ref)
    dialog = open_dialog(qtbot, win, win.action_status)
    assert isinstance(dialog, actions.StatusDialog)
    # Only allowed next statuses; 'completed' needs verification first.
    assert dialog.options == ["acknowledged", "awaiting_verification", "in_progress", "denied", "withdrawn",
                              "duplicate", "not_a_request"]
    dialog.status.setCurrentIndex(dialog.status.findData("acknowledged"))
    changed: list[int] = []
    win.model.dataChanged.connect(lambda a, b, _roles=(): changed.append(a.row()) if a.row() == b.row() else None)
    with qtbot.waitSignal(win.controller.request_changed):
        dialog.accept()
    wait_idle(qtbot, win)
    assert desk.requests.show(ref)["status"] == "acknowledged"
    assert desk.requests.show(other)["status"] == "new"
    row = win.model.row_of_ref(ref)
    assert cell(win, row, Column.STATUS) == "Acknowledged"
    assert changed == [row]  # only that row was refreshed
    qtbot.waitUntil(lambda: win.workspace.fields["status"].text() == "Acknowledged")
    assert win.workspace.audit_list.topLevelItem(1).text(2) == "Status changed"
    win.controller.shutdown()


def test_a_refused_change_shows_the_reason_and_changes_nothing(
        qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    select(qtbot, win, ref)
    dialog = open_dialog(qtbot, win, win.action_status)
    # Meanwhile someone closes the request from the command line.
    desk.requests.set_status(ref, "withdrawn")
    before = desk.requests.show(ref)
    dialog.status.setCurrentIndex(dialog.status.findData("acknowledged"))
    with qtbot.waitSignal(win.controller.change_refused) as refused:
        dialog.accept()
    wait_idle(qtbot, win)
    assert "closed" in refused.args[1]
    box = win.controller.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert ref in box.text() and "Nothing was changed" in box.text()
    after = desk.requests.show(ref)
    assert after["status"] == "withdrawn" and after["audit"] == before["audit"]
    # The window now shows what is really stored.
    qtbot.waitUntil(lambda: cell(win, win.model.row_of_ref(ref), Column.STATUS) == "Withdrawn")
    qtbot.waitUntil(lambda: win.workspace.fields["status"].text() == "Withdrawn")
    win.controller.shutdown()


def test_extension_refused_where_the_law_allows_none(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("opt@example.com", ["opt_out_sale"], name="Opal", regime="ccpa", received="2026-11-20T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    select(qtbot, win, ref)
    dialog = open_dialog(qtbot, win, win.action_extend)
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.reason.setPlainText("We need to check three systems")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(win.controller.change_refused):
        dialog.accept()
    wait_idle(qtbot, win)
    assert desk.requests.show(ref)["extended"] is False
    assert "Nothing was changed" in win.controller.last_message.text()
    win.controller.shutdown()


def test_verify_then_complete(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    select(qtbot, win, ref)
    dialog = open_dialog(qtbot, win, win.action_verify)
    dialog.method.setCurrentIndex(dialog.method.findData("code_reply"))
    with qtbot.waitSignal(win.controller.request_changed):
        dialog.accept()
    wait_idle(qtbot, win)
    assert desk.requests.show(ref)["verification_method"] == "code_reply"
    qtbot.waitUntil(lambda: win.workspace.fields["verification"].text() == "Verified (replied with a code)")
    dialog = open_dialog(qtbot, win, win.action_status)
    assert "completed" in dialog.options
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    dialog.outcome.setText("copy of data sent")
    with qtbot.waitSignal(win.controller.request_changed):
        dialog.accept()
    wait_idle(qtbot, win)
    shown = desk.requests.show(ref)
    # issue 13: the outcome is the register's code; the window's free text is kept as a note
    assert shown["status"] == "completed" and shown["outcome"] == "complied_full"
    assert [n["text"] for n in shown["notes"]] == ["copy of data sent"]
    assert cell(win, win.model.row_of_ref(ref), Column.DAYS_LEFT) == "Closed on time"
    win.controller.shutdown()


def test_reopening_needs_a_reason(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    desk.requests.set_status(ref, "denied")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    win.filter_box.setCurrentIndex(win.filter_box.findData("all"))
    wait_idle(qtbot, win)
    select(qtbot, win, ref)
    dialog = open_dialog(qtbot, win, win.action_status)
    assert dialog.options == ["in_progress"]
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter with no reason: nothing happens
    assert dialog.isVisible()
    dialog.reason.setText("the requester sent new information")
    with qtbot.waitSignal(win.controller.request_changed):
        dialog.accept()
    wait_idle(qtbot, win)
    assert desk.requests.show(ref)["status"] == "in_progress"
    win.controller.shutdown()


def test_pause_resume_assign_note_types_regime(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("uk@example.com", ["access"], name="Una", regime="uk_gdpr", received="2026-11-02T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    select(qtbot, win, ref)

    def run(action: Any, fill: Callable[[Any], None]) -> None:
        dialog = open_dialog(qtbot, win, action)
        fill(dialog)
        with qtbot.waitSignal(win.controller.request_changed):
            dialog.accept()
        wait_idle(qtbot, win)

    def pause(d: Any) -> None:
        d.waiting_for.setCurrentIndex(d.waiting_for.findData("clarification"))
        d.on.setDate(QDate(2026, 11, 20))

    run(win.action_pause, pause)
    assert cell(win, win.model.row_of_ref(ref), Column.DAYS_LEFT) == "Paused · waiting for the requester"
    assert win.action_resume.isEnabled() and not win.action_pause.isEnabled()
    run(win.action_resume, lambda d: None)
    assert desk.requests.show(ref)["pauses"][0]["ended"] == "2026-11-25"
    run(win.action_assign, lambda d: d.assignee.setText("dana"))
    assert cell(win, win.model.row_of_ref(ref), Column.ASSIGNEE) == "dana"
    run(win.action_note, lambda d: d.text.setPlainText("Called the requester"))
    assert "Called the requester" in win.workspace.notes_text.toPlainText()
    run(win.action_types, lambda d: d.set_checked("deletion", True))
    assert desk.requests.show(ref)["types"] == ["access", "deletion"]
    run(win.action_regime, lambda d: d.regime.setCurrentIndex(d.regime.findData("gdpr")))
    assert cell(win, win.model.row_of_ref(ref), Column.REGIME) == "GDPR"
    win.controller.shutdown()


# -- window state -------------------------------------------------------------------------------------------

def test_window_geometry_is_remembered_in_the_data_folder(qtbot: Any, desk: Any) -> None:
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    win.resize(640, 480)  # within the offscreen screen, which clamps restored geometry
    win.table.horizontalHeader().resizeSection(Column.REF, 203)
    win.close()
    state_file = desk.paths.data_dir / "window-state.ini"
    assert state_file.exists()
    again = MainWindow(desk)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)
    assert again.table.horizontalHeader().sectionSize(Column.REF) == 203
    again.controller.shutdown()


def test_keyboard_shortcuts(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    wait_idle(qtbot, win)
    select(qtbot, win, ref)
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(win.controller.active_dialog, actions.NoteDialog))
    win.controller.active_dialog.reject()
    qtbot.keyClick(win.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.search_box.hasFocus)
    win.controller.shutdown()
