"""The View menu's keys and the Help menu (issue 12), pressed as a staff member would: Ctrl+1/2/3 switch
pages, Ctrl+. and Ctrl+, step through the requests, Ctrl+Shift+F searches the words of the messages
(the "In messages" toggle), and Help shows About, the keyboard shortcuts and the user guide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTableWidget

from privacydesk import __version__
from privacydesk.ui.app import Desk

from .helpers import table_refs, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: Any, gui: Desk, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    focus = QApplication.focusWidget() or gui.window
    qtbot.keyClick(focus, key, modifiers)


def selected_ref(gui: Desk) -> str | None:
    index = gui.page.table.selectionModel().currentIndex()
    return gui.model.ref_at(index.row()) if index.isValid() else None


def test_ctrl_1_2_3_switch_between_requests_calendar_and_review(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    add_request("ann@example.com", ["access"], regime="gdpr")
    gui = open_desk(desk)
    press(qtbot, gui, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: gui.window.current_nav() == "calendar" and gui.calendar_page.isVisible())
    press(qtbot, gui, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: gui.window.current_nav() == "review" and gui.review_panel.isVisible())
    press(qtbot, gui, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: gui.window.current_nav() == "queue:open" and gui.page.isVisible())
    wait_idle(qtbot, gui)


def test_ctrl_period_and_comma_step_through_the_requests(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    for n, email in enumerate(("ann@example.com", "ben@example.com", "cy@example.com")):
        add_request(email, ["access"], regime="gdpr", received=f"2026-11-2{n}T10:00")
    gui = open_desk(desk)
    refs = table_refs(gui)
    assert len(refs) == 3
    # From the calendar, "next request" comes back to the list and selects its first request.
    gui.window.select_nav("calendar")
    press(qtbot, gui, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: gui.page.isVisible() and selected_ref(gui) == refs[0])
    press(qtbot, gui, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: selected_ref(gui) == refs[1])
    qtbot.waitUntil(lambda: gui.requests.shown() is not None and gui.requests.shown().ref == refs[1])
    press(qtbot, gui, Qt.Key.Key_Comma)
    qtbot.waitUntil(lambda: selected_ref(gui) == refs[0])
    # At the top, "previous" says so instead of doing nothing silently.
    press(qtbot, gui, Qt.Key.Key_Comma)
    qtbot.waitUntil(lambda: gui.window.statusBar().currentMessage() == "This is the first request of the list.")
    assert selected_ref(gui) == refs[0]


def test_ctrl_shift_f_finds_a_request_by_a_word_in_its_message(
        qtbot: Any, desk: Any, mailed: str, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    other = add_request("ben@example.com", ["access"], regime="gdpr")
    gui = open_desk(desk)
    assert set(table_refs(gui)) == {mailed, other}
    # "erasure" is only in the body of the mailed request, not in its subject or the requester's name.
    gui.page.search_box.setText("erasure")
    qtbot.waitUntil(lambda: gui.model.search == "erasure" and not gui.model.is_loading() and gui.runner.is_idle())
    assert table_refs(gui) == []
    gui.window.select_nav("calendar")
    press(qtbot, gui, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: gui.page.isVisible() and gui.page.search_box.hasFocus())
    assert gui.page.search_messages.isChecked()
    assert gui.page.search_box.placeholderText() == "Search: words in the messages"
    qtbot.waitUntil(lambda: gui.model.text == "erasure" and not gui.model.is_loading() and gui.runner.is_idle())
    assert table_refs(gui) == [mailed]
    assert "whose messages contain “erasure”" in gui.page.result_count.text()
    # The toggle off: back to searching references, names and addresses.
    qtbot.mouseClick(gui.page.search_messages, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.model.text == "" and not gui.model.is_loading() and gui.runner.is_idle())
    assert table_refs(gui) == []


def test_the_help_menu_about_shortcuts_and_guide(qtbot: Any, desk: Any, open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    gui.action_about.trigger()
    box = gui.window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible() and box.windowTitle() == "About PrivacyDesk"
    assert __version__ in box.text() and str(desk.paths.data_dir) in box.text()
    assert "SQLite" in box.text()
    box.accept()
    gui.action_shortcuts.trigger()
    window = gui.shortcuts_window
    table = window.findChild(QTableWidget, "shortcutTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Calendar"] == "Ctrl+2" and rows["Requests"] == "Ctrl+1" and rows["Search in messages"] == "Ctrl+Shift+F"
    assert rows["Next request"] == "Ctrl+." and rows["Previous request"] == "Ctrl+,"
    window.close()
    gui.action_guide.trigger()
    guide = getattr(gui, "guide_window", None)
    if guide is not None and guide.isVisible():
        assert isinstance(guide, QDialog) and guide.windowTitle() == "PrivacyDesk user guide"
        assert guide.browser.toPlainText().strip()
        guide.close()
    else:
        assert (Path(__file__).resolve().parents[2] / "docs" / "guide.md").exists() is False
        assert gui.dialogs.last_message is not None and "user guide is not installed" in gui.dialogs.last_message.text()
