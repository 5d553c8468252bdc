"""The whole window on real services (real worker threads): queues, sorting, searching, the
workspace, the actions and their refusals, window state. Part-by-part controller tests with the
inline runner are in ``test_*_controller.py``."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QToolBar, QToolButton

from privacydesk.services.request_detail import ThreadMessage
from privacydesk.ui import labels
from privacydesk.ui.app import Desk
from privacydesk.ui.requests import dialogs
from privacydesk.ui.requests.table import Column

from .helpers import choose_queue, table_refs, wait_idle


def cell(gui: Desk, row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return gui.model.data(gui.model.index(row, column), role)


def select(qtbot: Any, gui: Desk, ref: str) -> None:
    row = gui.model.row_of_ref(ref)
    assert row is not None, f"{ref} is not listed"
    table = gui.page.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(gui.model.index(row, Column.REF)).center())
    qtbot.waitUntil(lambda: gui.requests.shown() is not None and gui.requests.shown().ref == ref)
    wait_idle(qtbot, gui)


def click_header(qtbot: Any, gui: Desk, column: Column) -> None:
    header = gui.page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_idle(qtbot, gui)


def counts_in_sidebar(gui: Desk) -> dict[str, int | None]:
    return {e.key: e.count for e in gui.window.nav.entries if not e.heading}


# -- listing -----------------------------------------------------------------------------------------

def test_window_opens_on_an_empty_database(qtbot: Any, window: Desk) -> None:
    assert window.model.rowCount() == 0
    assert window.page.workspace.current is None
    assert window.page.is_empty_shown() and "No open requests" in window.page.empty.text()
    qtbot.waitUntil(lambda: window.requests.counts is not None)
    assert counts_in_sidebar(window)["queue:open"] == 0
    assert not window.request_actions.status.isEnabled()
    assert "Select a request" in window.request_actions.status.toolTip()
    assert window.request_actions.new_request.isEnabled()


def test_rows_show_requests_in_due_order_with_words_and_colours(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    late = add_request("bob@example.com", ["deletion"], name="Bob", received="2026-10-01T10:00")
    soon = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-01T10:00")
    fresh = add_request("cy@example.com", ["access"], name="Cy", regime="gdpr", received="2026-11-24T10:00")
    gui = open_desk(desk)
    assert table_refs(gui) == [late, soon, fresh]
    assert cell(gui, 0, Column.DAYS_LEFT) == "Overdue · 40 days late"
    assert cell(gui, 0, Column.NEXT_MILESTONE) == "Confirm receipt"
    assert cell(gui, 0, Column.REGIME) == "Law not known yet"
    assert cell(gui, 1, Column.REGIME) == "EU (GDPR)"
    assert cell(gui, 1, Column.DAYS_LEFT) == "Due soon · 6 days left"
    assert cell(gui, 1, Column.DUE) == "Tue 1 Dec"
    assert cell(gui, 2, Column.DAYS_LEFT).startswith("On track · ")
    overdue_bg = cell(gui, 0, Column.DAYS_LEFT, Qt.ItemDataRole.BackgroundRole).color()
    on_track_bg = cell(gui, 2, Column.DAYS_LEFT, Qt.ItemDataRole.BackgroundRole).color()
    assert overdue_bg != on_track_bg
    tip = cell(gui, 1, Column.DUE, Qt.ItemDataRole.ToolTipRole)
    assert "GDPR Art. 12(3)" in tip and "respond_by" not in tip and "2026-" not in tip
    qtbot.waitUntil(lambda: gui.requests.counts is not None)
    counts = counts_in_sidebar(gui)
    assert (counts["queue:open"], counts["queue:due_soon"], counts["queue:overdue"], counts["queue:new"]) == (3, 1, 1, 3)


def test_clicking_headers_sorts_in_the_database(qtbot: Any, desk: Any, add_request: Callable[..., str],
                                               open_desk: Callable[..., Desk]) -> None:
    zed = add_request("zed@example.com", ["access"], name="Zed", regime="gdpr", received="2026-11-02T10:00")
    amy = add_request("amy@example.com", ["access"], name="amy", regime="gdpr", received="2026-11-10T10:00")
    max_ = add_request("max@example.com", ["access"], name="Max", regime="gdpr", received="2026-11-05T10:00")
    gui = open_desk(desk)
    assert table_refs(gui) == [zed, max_, amy]  # next due first
    click_header(qtbot, gui, Column.REQUESTER)
    assert table_refs(gui) == [amy, max_, zed]  # case-insensitive
    click_header(qtbot, gui, Column.REQUESTER)
    assert table_refs(gui) == [zed, max_, amy]
    gui.page.table.horizontalHeader().setSectionHidden(Column.RECEIVED, False)  # hidden at first
    click_header(qtbot, gui, Column.RECEIVED)
    assert gui.model.sort_column == Column.RECEIVED
    assert table_refs(gui) in ([zed, max_, amy], [amy, max_, zed])


def test_queues_and_search(qtbot: Any, desk: Any, add_request: Callable[..., str],
                           open_desk: Callable[..., Desk]) -> None:
    late = add_request("bob@example.com", ["deletion"], name="Bob", received="2026-10-01T10:00")
    soon = add_request("ann.lee@example.com", ["access"], name="Ann Lee", regime="gdpr", received="2026-11-01T10:00")
    closed = add_request("cy@example.com", ["access"], name="Cy", regime="gdpr", received="2026-11-20T10:00")
    desk.requests.set_status(closed, "withdrawn")
    gui = open_desk(desk)
    assert set(table_refs(gui)) == {late, soon}
    assert gui.page.queue_title.text() == "All open"
    choose_queue(qtbot, gui, "all")
    assert set(table_refs(gui)) == {late, soon, closed} and gui.page.queue_title.text() == "All requests"
    choose_queue(qtbot, gui, "overdue")
    assert table_refs(gui) == [late]
    choose_queue(qtbot, gui, "due_soon")
    assert table_refs(gui) == [soon]
    choose_queue(qtbot, gui, "closed")
    assert table_refs(gui) == [closed]
    choose_queue(qtbot, gui, "in_progress")
    assert table_refs(gui) == [] and gui.page.empty.text() == "No request is in progress."
    choose_queue(qtbot, gui, "all")
    qtbot.keyClicks(gui.page.search_box, "LEE@EX")
    qtbot.waitUntil(lambda: gui.model.search == "LEE@EX")
    wait_idle(qtbot, gui)
    assert table_refs(gui) == [soon] and "matching “LEE@EX”" in gui.page.result_count.text()
    gui.page.search_box.setText(closed.lower())
    qtbot.waitUntil(lambda: table_refs(gui) == [closed])
    gui.page.search_box.setText("nobody")
    qtbot.waitUntil(lambda: gui.model.rowCount() == 0 and gui.page.is_empty_shown())
    assert gui.page.empty.text().startswith("No request in any request matches “nobody”") or \
        "matches “nobody”" in gui.page.empty.text()


def test_search_ignores_accents_and_case(qtbot: Any, desk: Any, add_request: Callable[..., str],
                                         open_desk: Callable[..., Desk]) -> None:
    kruger = add_request("sk@example.de", ["access"], name="Sabine Krüger", regime="gdpr")
    emile = add_request("ed@example.fr", ["deletion"], name="ÉMILE Dubois", regime="gdpr")
    gui = open_desk(desk)
    for text, expected in (("kruger", [kruger]), ("KRÜGER", [kruger]), ("émile", [emile]), ("emile d", [emile])):
        gui.page.search_box.setText(text)
        qtbot.waitUntil(lambda text=text: gui.model.search == text)
        wait_idle(qtbot, gui)
        assert table_refs(gui) == expected, text
    gui.page.search_box.setText("krugerx")
    qtbot.waitUntil(lambda: gui.page.is_empty_shown())
    assert "matches “krugerx”" in gui.page.empty.text()


# -- workspace -----------------------------------------------------------------------------------------

def test_selecting_a_row_shows_what_to_do_next(qtbot: Any, desk: Any, add_request: Callable[..., str],
                                               open_desk: Callable[..., Desk]) -> None:
    ref = add_request("opt@example.com", ["opt_out_marketing"], name="Olive", received="2026-11-20T10:00",
                      agent_name="Agency", agent_email="agent@agency.example")
    gui = open_desk(desk)
    select(qtbot, gui, ref)
    ws = gui.page.workspace
    assert ws.title.text() == f"{ref} — Olive"
    step = ws.next_step.text()
    assert step.startswith("Stop the marketing now") and "Mon 7 Dec" in step and "10 business days" in step
    assert "respond_by" not in step and "opt_out" not in step and "2026-" not in step
    assert ws.fields["agent"].text() == "Agency <agent@agency.example>"
    assert ws.fields["types"].text() == "stop marketing"
    when, why = ws.milestone_labels["respond_by"]
    assert when.text() == labels.day(ws.current.milestone("respond_by").due)
    assert why.text() and "CAN-SPAM" in why.text()
    # The full computation with its citation: one click away, not the first thing read.
    assert not ws.why.isVisible()
    qtbot.mouseClick(ws.why_button, Qt.MouseButton.LeftButton)
    assert ws.why.isVisible() and "15 U.S.C. §7704(a)(4)" in ws.why.text()
    assert "respond_by" not in ws.why.text() and "uk_gdpr" not in ws.why.text()
    flags = {label.objectName() for label in ws.flag_labels}
    assert {"flag_stop_now", "flag_agent", "flag_verification_not_allowed"} <= flags
    texts = " ".join(label.text() for label in ws.flag_labels)
    assert "Stop now" in texts and "Do not ask for proof of identity" in texts
    assert ws.audit_sentences() == ["tester opened the request by hand."]
    assert gui.request_actions.status.isEnabled() and not gui.request_actions.resume.isEnabled()
    # The actions that fit now sit under the sentence.
    assert [b.defaultAction() for b in ws.step_buttons][:1] == [gui.request_actions.acknowledge]


def test_thread_is_plain_text(qtbot: Any, desk: Any, add_request: Callable[..., str],
                              open_desk: Callable[..., Desk]) -> None:
    evil = "<b>bold?</b><img src='http://tracker.example/p.gif'>"
    ref = add_request("x@example.com", ["access"], name=evil, regime="gdpr")
    gui = open_desk(desk)
    moment = datetime(2026, 11, 20, 10, tzinfo=UTC)
    detail = dataclasses.replace(desk.requests.show(ref), thread=(ThreadMessage(
        1, "<m@x>", "in", "request", evil, "x@example.com", evil, moment, moment, evil),))
    ws = gui.page.workspace
    ws.show_request(detail)
    assert ws.title.textFormat() == Qt.TextFormat.PlainText
    assert ws.fields["name"].textFormat() == Qt.TextFormat.PlainText
    assert ws.fields["name"].text() == evil
    assert evil in ws.message_text.toPlainText()
    assert ws.message_list.topLevelItem(0).text(3) == evil


# -- actions ---------------------------------------------------------------------------------------------

def open_dialog(qtbot: Any, gui: Desk, action: Any) -> Any:
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    qtbot.waitUntil(lambda: gui.dialogs.active_dialog is not None and gui.dialogs.active_dialog.isVisible())
    return gui.dialogs.active_dialog


def test_status_change_through_the_window(qtbot: Any, desk: Any, add_request: Callable[..., str],
                                          open_desk: Callable[..., Desk]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    other = add_request("bea@example.com", ["access"], name="Bea", regime="gdpr", received="2026-11-21T10:00")
    gui = open_desk(desk)
    select(qtbot, gui, ref)
    dialog = open_dialog(qtbot, gui, gui.request_actions.status)
    assert isinstance(dialog, dialogs.StatusDialog)
    # Only allowed next statuses; 'completed' needs verification first; nothing chosen yet.
    assert dialog.options == ["acknowledged", "awaiting_verification", "in_progress", "denied", "withdrawn",
                              "duplicate", "not_a_request"]
    assert dialog.status.currentData() is None and not dialog.ok_button.isEnabled()
    dialog.choose("acknowledged")
    changed: list[int] = []
    gui.model.dataChanged.connect(lambda a, b, _roles=(): changed.append(a.row()) if a.row() == b.row() else None)
    with qtbot.waitSignal(gui.requests.request_changed):
        dialog.accept()
    wait_idle(qtbot, gui)
    assert desk.requests.show(ref).status == "acknowledged"
    assert desk.requests.show(other).status == "new"
    row = gui.model.row_of_ref(ref)
    assert cell(gui, row, Column.STATUS) == "Acknowledged"
    assert changed == [row]  # only that row was refreshed
    qtbot.waitUntil(lambda: gui.page.workspace.fields["status"].text() == "Acknowledged")
    assert gui.page.workspace.audit_sentences()[-1] == (
        "tester changed the status from New to Acknowledged, recording that receipt was confirmed.")


def test_a_refused_change_shows_the_reason_and_changes_nothing(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    gui = open_desk(desk)
    select(qtbot, gui, ref)
    dialog = open_dialog(qtbot, gui, gui.request_actions.status)
    # Meanwhile someone closes the request from the command line.
    desk.requests.set_status(ref, "withdrawn")
    before = desk.requests.show(ref)
    dialog.choose("acknowledged")
    with qtbot.waitSignal(gui.requests.change_refused) as refused:
        dialog.accept()
    wait_idle(qtbot, gui)
    assert "closed" in refused.args[1]
    box = gui.dialogs.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert ref in box.text() and "Nothing was changed" in box.text()
    after = desk.requests.show(ref)
    assert after.status == "withdrawn" and after.audit == before.audit
    # The window now shows what is really stored.
    qtbot.waitUntil(lambda: gui.page.workspace.fields["status"].text() == "Withdrawn")


def test_only_the_actions_that_apply_with_the_reason_in_the_tooltip(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    opt = add_request("opt@example.com", ["opt_out_sale"], name="Opal", regime="ccpa", received="2026-11-20T10:00")
    ccpa = add_request("cal@example.com", ["access"], name="Cal", regime="ccpa", received="2026-11-20T10:00")
    late = add_request("old@example.com", ["access"], name="Old", regime="ccpa", received="2026-09-01T10:00")
    gui = open_desk(desk)
    a = gui.request_actions
    select(qtbot, gui, opt)
    assert not a.extend.isEnabled() and "No extension is possible" in a.extend.toolTip()
    select(qtbot, gui, ccpa)
    assert not a.pause.isEnabled() and "no stop-the-clock" in a.pause.toolTip() and "UK GDPR" in a.pause.toolTip()
    assert not a.complete.isEnabled() and "Verify the requester's identity first" in a.complete.toolTip()
    assert a.extend.isEnabled()
    select(qtbot, gui, late)
    assert not a.extend.isEnabled() and "Too late to extend" in a.extend.toolTip()
    assert "2026-" not in a.extend.toolTip()


def test_the_toolbar_acts_only_on_a_visible_selected_request(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    gui = open_desk(desk)
    select(qtbot, gui, ref)
    assert gui.request_actions.status.isEnabled()
    choose_queue(qtbot, gui, "closed")  # the request is not in this queue
    assert gui.requests.shown() is None and gui.page.workspace.current is None
    assert not gui.request_actions.status.isEnabled() and not gui.request_actions.note.isEnabled()
    gui.request_actions.note.trigger()  # a stray shortcut does nothing
    assert gui.dialogs.active_dialog is None
    choose_queue(qtbot, gui, "open")
    gui.page.search_box.setText("nobody")
    qtbot.waitUntil(lambda: gui.page.is_empty_shown())
    assert not gui.request_actions.status.isEnabled()


def test_request_actions_are_off_while_another_page_is_shown(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    gui = open_desk(desk)
    select(qtbot, gui, ref)
    a = gui.request_actions
    assert a.status.isEnabled() and a.verify.isEnabled()
    gui.window.select_nav("review")  # "To review": no request is on screen
    assert gui.requests.shown() is None
    assert not any(action.isEnabled() for action in a.on_request.values())
    assert "Select a request" in a.verify.toolTip()
    a.note.trigger()  # a stray shortcut does nothing
    assert gui.dialogs.active_dialog is None
    assert a.new_request.isEnabled()  # not about the selected request
    gui.window.select_nav("queue:open")
    qtbot.waitUntil(lambda: gui.requests.shown() is not None and gui.requests.shown().ref == ref)
    assert a.status.isEnabled() and a.verify.isEnabled()


def test_menus_for_records_and_the_installed_icon(qtbot: Any, window: Desk) -> None:
    from PySide6.QtGui import QGuiApplication

    from privacydesk.ui.app import application
    from privacydesk.ui.main_window import default_size

    titles = [a.text() for a in window.window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Request", "&Mail", "Re&ports", "&Help"]  # Help stays last
    texts = {m: [a.text() for a in window.window.menu(m).actions() if a.text()] for m in ("&File", "Re&ports", "&Help")}
    assert {"&Back up…", "&Restore…", "Remove &old personal data…"} <= set(texts["&File"])
    assert texts["Re&ports"] == ["Export the &register…", "Yearly &figures…", "Case &file…"]
    assert "Check the &audit trail" in texts["&Help"]
    assert "&Forget what PrivacyDesk learned…" in [a.text() for a in window.window.menu("&Mail").actions()]
    application()
    assert QGuiApplication.desktopFileName() == "privacydesk"
    assert not window.window.windowIcon().isNull()
    # The first size fits a 1366×768 laptop with a panel, and a bigger screen gets 1366×700.
    from PySide6.QtCore import QSize

    laptop = default_size(QSize(1366, 736))
    assert laptop.width() <= 1366 and laptop.height() + 30 <= 736
    assert default_size(QSize(1920, 1050)) == QSize(1366, 700)


def test_verification_starts_unselected_then_complete(qtbot: Any, desk: Any, add_request: Callable[..., str],
                                                      open_desk: Callable[..., Desk]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    gui = open_desk(desk)
    select(qtbot, gui, ref)
    dialog = open_dialog(qtbot, gui, gui.request_actions.verify)
    assert dialog.state.currentData() is None and dialog.method.currentData() is None
    assert not dialog.ok_button.isEnabled() and "result" in dialog.problem.text()
    dialog.state.setCurrentIndex(dialog.state.findData("verified"))
    assert not dialog.ok_button.isEnabled()  # how?
    dialog.method.setCurrentIndex(dialog.method.findData("code_reply"))
    with qtbot.waitSignal(gui.requests.request_changed):
        dialog.accept()
    wait_idle(qtbot, gui)
    assert desk.requests.show(ref).verification_method == "code_reply"
    qtbot.waitUntil(lambda: gui.page.workspace.fields["verification"].text() == "Verified (replied with a code)")
    assert gui.page.workspace.audit_sentences()[-1] == "tester marked identity verified (replied with a code)."
    dialog = open_dialog(qtbot, gui, gui.request_actions.complete)
    # issue 13: in full or in part, nothing pre-selected; what was sent; an internal note
    assert dialog.outcome.currentData() is None and not dialog.ok_button.isEnabled()
    assert "only part of it" in dialog.problem.text()
    dialog.choose("partial")
    dialog.facts.nature.setText("copy of the data by email")
    dialog.facts.note.setPlainText("the order history before 2020 is archived offline")
    with qtbot.waitSignal(gui.requests.request_changed):
        dialog.accept()
    wait_idle(qtbot, gui)
    shown = desk.requests.show(ref)
    assert shown.status == "completed" and shown.outcome == "complied_partial"
    assert shown.response_nature == "copy of the data by email"
    assert [n.text for n in shown.notes] == ["the order history before 2020 is archived offline"]
    qtbot.waitUntil(lambda: gui.page.workspace.fields.get("outcome") is not None
                    and gui.page.workspace.fields["outcome"].text() == "Done in part")
    assert gui.page.workspace.fields["response_nature"].text() == "copy of the data by email"
    choose_queue(qtbot, gui, "closed")
    assert cell(gui, gui.model.row_of_ref(ref), Column.DAYS_LEFT) == "Closed on time"


def test_reopening_needs_a_reason(qtbot: Any, desk: Any, add_request: Callable[..., str],
                                  open_desk: Callable[..., Desk]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    desk.requests.set_status(ref, "denied")
    gui = open_desk(desk)
    choose_queue(qtbot, gui, "all")
    select(qtbot, gui, ref)
    assert not gui.request_actions.verify.isEnabled() and "closed" in gui.request_actions.verify.toolTip()
    dialog = open_dialog(qtbot, gui, gui.request_actions.status)
    assert dialog.options == ["in_progress"]
    dialog.choose("in_progress")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter with no reason: nothing happens
    assert dialog.isVisible()
    dialog.reason.setText("the requester sent new information")
    with qtbot.waitSignal(gui.requests.request_changed):
        dialog.accept()
    wait_idle(qtbot, gui)
    assert desk.requests.show(ref).status == "in_progress"


def test_pause_resume_assign_note_types_law(qtbot: Any, desk: Any, add_request: Callable[..., str],
                                            open_desk: Callable[..., Desk]) -> None:
    ref = add_request("uk@example.com", ["access"], name="Una", regime="uk_gdpr", received="2026-11-02T10:00")
    gui = open_desk(desk)
    select(qtbot, gui, ref)
    a = gui.request_actions

    def run(action: Any, fill: Callable[[Any], None]) -> None:
        dialog = open_dialog(qtbot, gui, action)
        fill(dialog)
        with qtbot.waitSignal(gui.requests.request_changed):
            dialog.accept()
        wait_idle(qtbot, gui)

    def pause(d: Any) -> None:
        assert d.waiting_for.currentData() is None and not d.ok_button.isEnabled()
        d.waiting_for.setCurrentIndex(d.waiting_for.findData("clarification"))
        d.on.setDate(QDate(2026, 11, 20))

    run(a.pause, pause)
    assert cell(gui, gui.model.row_of_ref(ref), Column.DAYS_LEFT) == "Paused · waiting for the requester"
    assert a.resume.isEnabled() and not a.pause.isEnabled()
    assert gui.page.workspace.next_step.text().startswith("Waiting for the requester (waiting for clarification)")
    run(a.resume, lambda d: None)
    assert desk.requests.show(ref).pauses[0].ended.isoformat() == "2026-11-25"
    run(a.assign, lambda d: d.assignee.setText("dana"))
    assert desk.requests.show(ref).assignee == "dana"
    run(a.note, lambda d: d.text.setPlainText("Called the requester"))
    assert "Called the requester" in gui.page.workspace.notes_text.toPlainText()
    run(a.types, lambda d: d.set_checked("deletion", True))
    assert desk.requests.show(ref).types == ("access", "deletion")

    def law(d: Any) -> None:
        assert d.regime.currentData() is None
        d.choose("gdpr")

    run(a.regime, law)
    assert cell(gui, gui.model.row_of_ref(ref), Column.REGIME) == "EU (GDPR)"
    sentences = gui.page.workspace.audit_sentences()
    assert any(s.startswith("tester stopped the clock, waiting for clarification (since Fri 20 Nov)") for s in sentences)
    assert any(s.startswith("tester changed the law from United Kingdom (UK GDPR) to EU (GDPR)") for s in sentences)


# -- window state and layout ------------------------------------------------------------------------------

def test_window_geometry_is_remembered_in_the_data_folder(qtbot: Any, desk: Any,
                                                          open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    gui.window.resize(700, 520)  # within the offscreen screen, which clamps restored geometry
    gui.page.table.horizontalHeader().resizeSection(Column.REF, 203)
    gui.window.close()
    assert (desk.paths.data_dir / "window-state.ini").exists()
    again = open_desk(desk)
    assert (again.window.width(), again.window.height()) == (700, 520)
    assert again.page.table.horizontalHeader().sectionSize(Column.REF) == 203


def test_fits_a_laptop_screen(qtbot: Any, desk: Any, add_request: Callable[..., str],
                              open_desk: Callable[..., Desk]) -> None:
    """At 1366×768: every toolbar action visible (no "»"), no table column cut beside the sidebar, and
    the next deadline at the top of the workspace. (The offscreen screen is smaller than a laptop's,
    so widths are checked against 1366 pixels; tools/screenshot.py shows the real thing.)"""
    ref = add_request("ann@example.com", ["access", "deletion"], name="Margaux Lefèvre", regime="ccpa",
                      received="2026-11-01T10:00")
    gui = open_desk(desk)
    select(qtbot, gui, ref)
    toolbar = gui.window.findChild(QToolBar, "requestToolbar")
    assert toolbar.sizeHint().width() <= 1366
    table = gui.page.table
    header = table.horizontalHeader()
    visible = [c for c in Column if not header.isSectionHidden(c)]
    assert Column.RECEIVED in visible  # the clock counts from it
    # Every column as wide as its sample; together they fit beside the sidebar (the last column,
    # "Deadline", takes what is left, so its sample width is what must fit).
    needed = sum(header.sectionSize(c) for c in visible if c != Column.DAYS_LEFT) + gui.page.widths[Column.DAYS_LEFT]
    sidebar = gui.window.body.sizes()[0] if gui.window.width() >= 1366 else 160
    assert needed <= 1366 - sidebar - 20  # the splitter handle, the table's frame and scroll bar
    metrics = table.fontMetrics()
    row = gui.model.row_of_ref(ref)
    for c in visible:
        text = str(cell(gui, row, c) or "")
        extra = 24 if c == Column.DAYS_LEFT else 0  # the clock icon
        assert metrics.horizontalAdvance(text) + extra <= header.sectionSize(c), (c, text)
    # The next deadline is the first thing in the workspace, above the tabs.
    ws = gui.page.workspace
    assert ws.next_step.text().startswith("Confirm receipt now: it was due Mon 16 Nov (9 days late)")
    assert ws.next_step.mapTo(ws, QPoint(0, 0)).y() < ws.tabs.mapTo(ws, QPoint(0, 0)).y()


def test_keyboard_shortcuts(qtbot: Any, desk: Any, add_request: Callable[..., str],
                            open_desk: Callable[..., Desk]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    gui = open_desk(desk)
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    select(qtbot, gui, ref)
    gui.page.table.setFocus()
    qtbot.keyClick(gui.page.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(gui.dialogs.active_dialog, dialogs.NoteDialog))
    gui.dialogs.active_dialog.reject()
    qtbot.keyClick(gui.page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(gui.page.search_box.hasFocus)


def test_news_in_the_banner_does_not_hide_news_not_yet_closed(qtbot: Any, window: Desk) -> None:
    # Without a tray, mail news and the daily summary share the banner and may arrive in either order.
    shell = window.window
    shell.show_banner("1 new privacy request. New: PD-2026-0001.")
    shell.show_banner("Today's privacy requests: Nothing due today.")
    assert shell.banner.isVisible()
    assert shell.banner_label.text().split("\n") == [
        "Today's privacy requests: Nothing due today.", "1 new privacy request. New: PD-2026-0001."]
    for n in range(5):
        shell.show_banner(f"news {n}")
    assert shell.banner_label.text().split("\n") == ["news 4", "news 3", "news 2"]
    # Closing the banner clears it: the next news stands alone.
    close = shell.banner.findChild(QToolButton)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not shell.banner.isVisible()
    shell.show_banner("1 new privacy request. New: PD-2026-0002.")
    assert shell.banner_label.text() == "1 new privacy request. New: PD-2026-0002."
