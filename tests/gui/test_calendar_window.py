"""The calendar page in the window (issue 12), driven as a staff member would: Ctrl+2, the month grid
with its counts by urgency, choosing a day, the agenda (overdue first), opening a request from either
list, switching months and exporting an ``.ics`` file that the icalendar library reads back.

"Today" is Wednesday 25 November 2026 in Chicago (``GUI_NOW``); Thursday 26 November is Thanksgiving.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableView

from privacydesk.ui.app import Desk
from privacydesk.ui.calendar.models import DayRole, ItemColumn

from .conftest import OFFSCREEN_NOISE
from .helpers import wait_idle

# Opening a request brings the window forward, which the offscreen platform only notes. (The closest
# qt_log_ignore mark wins, so the conftest's offscreen noise is named again.)
brings_window_forward = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")

THANKSGIVING = date(2026, 11, 26)
TODAY = date(2026, 11, 25)


@pytest.fixture
def three(add_request: Callable[..., str]) -> dict[str, str]:
    return {
        # CCPA deletion received 12 Nov: acknowledge by Fri 27 Nov (10 US business days).
        "ccpa": add_request("cal@example.com", ["deletion"], name="Cal Ifornia", regime="ccpa",
                            received="2026-11-12T10:00"),
        # GDPR access received 26 Oct: one month → Thu 26 Nov (Thanksgiving: the company is closed).
        "gdpr": add_request("eu@example.com", ["access"], name="Eva Union", regime="gdpr",
                            received="2026-10-26T10:00"),
        # Opt-out received 1 Nov under the 3DPros 15-day promise: Mon 16 Nov, overdue.
        "late": add_request("late@example.com", ["opt_out_sale"], name="Lou Late", regime="ccpa",
                            received="2026-11-01T10:00"),
    }


def calendar_ready(gui: Desk) -> bool:
    page = gui.calendar_page
    return (gui.runner.is_idle() and page.month_model.view is not None and page.agenda_model.agenda is not None
            and page.day_model.day == gui.calendar.day)


def press(qtbot: Any, gui: Desk, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier,
          target: Any = None) -> None:
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    qtbot.keyClick(target if target is not None else gui.window, key, modifiers)


def open_calendar(qtbot: Any, gui: Desk) -> None:
    """Ctrl+2, as the sidebar's tooltip says."""
    press(qtbot, gui, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: gui.window.current_nav() == "calendar" and calendar_ready(gui))


def cell_words(gui: Desk, day: date) -> str:
    """What a day of the grid says (its tooltip, also read out by screen readers)."""
    index = gui.calendar_page.month_model.index_of(day)
    assert index.isValid(), day
    return str(index.data(Qt.ItemDataRole.ToolTipRole))


def click(qtbot: Any, table: QTableView, index: QModelIndex, *, double: bool = False) -> None:
    table.scrollTo(index)
    pos = table.visualRect(index).center()
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def choose_day(qtbot: Any, gui: Desk, day: date) -> None:
    page = gui.calendar_page
    click(qtbot, page.grid, page.month_model.index_of(day))
    qtbot.waitUntil(lambda: page.day_model.day == day and gui.runner.is_idle())


def answer_later(qtbot: Any, button: QMessageBox.StandardButton) -> None:
    """Click ``button`` of the modal question that is about to open (it runs its own event loop)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.button(button) is not None:
            box.button(button).click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def listed(model: Any) -> list[tuple[str, str]]:
    """(reference, what is due) of each row of a day list or the agenda (headings left out)."""
    out = []
    for row in range(model.rowCount()):
        item = model.item_at(row)
        if item is not None:
            out.append((item.ref, item.milestone))
    return out


def test_the_month_grid_shows_each_due_date_on_its_day_with_its_urgency(
        qtbot: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_calendar(qtbot, gui)
    page = gui.calendar_page
    assert page.isVisible() and page.title.text() == "November 2026"
    assert page.month_total.text().strip() == "4 due dates"  # 16, 26 (two) and 27 November
    # Mon 16 Nov: the opt-out's overdue answer; Thanksgiving: the GDPR answer, due soon, on a closed day.
    assert "1 due date: 1 overdue" in cell_words(gui, date(2026, 11, 16))
    thanksgiving = cell_words(gui, THANKSGIVING)
    assert thanksgiving == ("Thursday 26 November 2026. 2 due dates: 1 due soon, 1 to decide. Public holiday: "
                            "Thanksgiving Day. The legal dates do not move: have them done on the working day before.")
    assert cell_words(gui, date(2026, 11, 27)).startswith("Friday 27 November 2026. 1 due date: 1 due soon")
    assert cell_words(gui, date(2026, 11, 24)) == "Tuesday 24 November 2026. Nothing due."
    assert cell_words(gui, date(2026, 11, 28)) == "Saturday 28 November 2026. Nothing due. Not a working day for you " \
        "(Saturday)."
    assert "(today)" in cell_words(gui, TODAY)
    summary = page.month_model.index_of(date(2026, 11, 16)).data(DayRole)
    assert summary.by_urgency == (("overdue", 1),)
    # Today is chosen when the page opens: its list says so.
    assert page.day_title.text().startswith("Wednesday 25 November 2026 — today")


def test_choosing_a_day_lists_its_requests_and_warns_of_a_closed_day(
        qtbot: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_calendar(qtbot, gui)
    page = gui.calendar_page
    choose_day(qtbot, gui, THANKSGIVING)
    assert page.day_title.text() == "Thursday 26 November 2026 · 2 due dates"
    # The answer, and the last day to tell of an extension (a decision, not a deadline), most urgent first.
    assert listed(page.day_model) == [(three["gdpr"], "respond_by"), (three["gdpr"], "extension_notice_by")]
    ref_column = page.day_model.COLUMNS.index(ItemColumn.REF)
    assert page.day_model.index(0, ref_column).data() == three["gdpr"]
    when = page.day_model.index(0, page.day_model.COLUMNS.index(ItemColumn.DEADLINE)).data()
    assert when == "Due soon · due tomorrow"
    # Closed for Thanksgiving: the date stays, with a warning that says when to have it done.
    assert page.day_note.isVisible() and "Thanksgiving Day" in page.day_note.text()
    assert "Wednesday 25 Nov" in page.day_note.text()
    # A day with nothing on it says so in words, not with an empty table.
    choose_day(qtbot, gui, date(2026, 11, 24))
    assert page.day_empty.isVisible() and page.day_empty.text() == "Nothing was due on this day."
    assert not page.day_table.isVisible()


@brings_window_forward
def test_opening_a_due_date_from_the_day_list_selects_the_request_on_the_requests_page(
        qtbot: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_calendar(qtbot, gui)
    page = gui.calendar_page
    choose_day(qtbot, gui, date(2026, 11, 27))
    assert listed(page.day_model) == [(three["ccpa"], "acknowledge_by")]
    click(qtbot, page.day_table, page.day_model.index(0, 0))
    qtbot.waitUntil(lambda: gui.requests.shown() is not None and gui.requests.shown().ref == three["ccpa"])
    assert (gui.window.current_nav() or "").startswith("queue:") and gui.page.isVisible()
    row = gui.page.table.selectionModel().currentIndex().row()
    assert gui.model.ref_at(row) == three["ccpa"]
    assert gui.page.workspace.isVisible()


@brings_window_forward
def test_the_agenda_lists_overdue_first_and_a_line_opens_its_request(
        qtbot: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_calendar(qtbot, gui)
    agenda = gui.calendar_page.agenda_model
    headings = [agenda.index(row, 0).data() for row in agenda.heading_rows()]
    assert headings[0].startswith("Overdue (") and agenda.sections()[0] == "overdue"
    order = ["overdue", "today", "tomorrow", "this_week", "later"]
    assert agenda.sections() == sorted(agenda.sections(), key=order.index)
    first = agenda.item_at(1)
    assert first is not None and first.ref == three["late"] and first.urgency == "overdue"
    assert (three["gdpr"], "respond_by") in listed(agenda)
    assert "Click a line to open the request" in gui.calendar_page.agenda_hint.text()
    # Headings are not something to open: clicking one leaves the calendar on screen.
    click(qtbot, gui.calendar_page.agenda_table, agenda.index(0, 0))
    wait_idle(qtbot, gui)
    assert gui.window.current_nav() == "calendar"
    row = next(r for r in range(agenda.rowCount()) if agenda.item_at(r) and agenda.item_at(r).ref == three["gdpr"])
    click(qtbot, gui.calendar_page.agenda_table, agenda.index(row, 1))
    qtbot.waitUntil(lambda: gui.requests.shown() is not None and gui.requests.shown().ref == three["gdpr"])
    assert gui.page.isVisible()


def test_switching_months_with_the_buttons_and_keys(
        qtbot: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_calendar(qtbot, gui)
    page = gui.calendar_page
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.title.text() == "December 2026" and calendar_ready(gui))
    assert page.month_model.view is not None and (page.month_model.view.year, page.month_model.view.month) == (2026, 12)
    # The CCPA deletion's answer (and the last day to extend) is due 45 days after 12 Nov: Sat 26 Dec 2026.
    assert "2 due dates: 1 on track, 1 to decide" in cell_words(gui, date(2026, 12, 26))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: page.title.text() == "November 2026" and calendar_ready(gui))
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: page.title.text() == "October 2026" and calendar_ready(gui))
    assert page.month_total.text().strip() == "nothing due"
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.title.text() == "November 2026" and calendar_ready(gui))
    assert page.day_model.day == TODAY


def test_a_change_to_a_request_moves_it_on_the_calendar(
        qtbot: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_calendar(qtbot, gui)
    assert "1 overdue" in cell_words(gui, date(2026, 11, 16))
    # Another staff member completes the overdue opt-out; the window's "Refresh list" shows it.
    desk.requests.set_status(three["late"], "completed", outcome="full")
    press(qtbot, gui, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: calendar_ready(gui) and "Nothing due" in cell_words(gui, date(2026, 11, 16)))
    assert three["late"] not in {ref for ref, _ in listed(gui.calendar_page.agenda_model)}


def test_export_writes_an_ics_file_with_references_only(
        qtbot: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk], tmp_path: Path) -> None:
    gui = open_desk(desk)
    open_calendar(qtbot, gui)
    target = tmp_path / "due dates.ics"

    def export() -> bytes:
        qtbot.mouseClick(gui.calendar_page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(gui.dialogs.active_dialog, QFileDialog))
        dialog = gui.dialogs.active_dialog
        assert isinstance(dialog, QFileDialog) and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        dialog.selectFile(str(target))
        if target.exists():
            answer_later(qtbot, QMessageBox.StandardButton.Yes)  # "already exists. Replace it?"
        dialog.accept()
        qtbot.waitUntil(lambda: gui.dialogs.last_message is not None and gui.dialogs.last_message.isVisible()
                        and gui.dialogs.last_message.windowTitle() == "Calendar exported")
        box = gui.dialogs.last_message
        assert isinstance(box, QMessageBox)
        assert "only the request references, not who asked" in box.text()
        box.accept()
        return target.read_bytes()

    first = export()
    calendar = Calendar.from_ical(first)
    events = list(calendar.walk("VEVENT"))
    summaries = " ".join(str(e["SUMMARY"]) + str(e.get("DESCRIPTION", "")) for e in events)
    for ref in three.values():
        assert ref in summaries
    for personal in ("Cal Ifornia", "Eva Union", "Lou Late", "cal@example.com", "eu@example.com", "late@example"):
        assert personal.encode() not in first
    on_thanksgiving = [e for e in events if e.decoded("DTSTART") == THANKSGIVING]
    assert on_thanksgiving and three["gdpr"] in str(on_thanksgiving[0]["SUMMARY"])
    # Exporting again gives the same events (a calendar app updates them instead of adding twice).
    again = Calendar.from_ical(export())
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(str(e["UID"]) for e in events)


def test_the_file_menu_export_and_calendar_apps_button(
        qtbot: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    gui.action_export_calendar.trigger()
    qtbot.waitUntil(lambda: isinstance(gui.dialogs.active_dialog, QFileDialog))
    assert gui.dialogs.active_dialog.windowTitle() == "Export calendar"
    gui.dialogs.active_dialog.reject()
    open_calendar(qtbot, gui)
    qtbot.mouseClick(gui.calendar_page.keep_current_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.settings_part.dialog is not None and gui.runner.is_idle())
    assert gui.settings_part.dialog.current_page() == "calendar"
    gui.settings_part.dialog.reject()


def test_the_calendar_models_pass_the_model_tester(
        qtbot: Any, qtmodeltester: Any, desk: Any, three: dict[str, str], open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_calendar(qtbot, gui)
    choose_day(qtbot, gui, THANKSGIVING)
    page = gui.calendar_page
    for model in (page.month_model, page.day_model, page.agenda_model):
        qtmodeltester.check(model, force_py=True)
