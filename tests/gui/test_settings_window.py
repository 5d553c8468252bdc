"""The settings dialog in the window (issue 12), driven as a staff member would: File → Settings…, a
setting typed in is stored in settings.toml and used, a wrong value is refused in plain words naming
the field, the company profile editor saves a valid change and refuses a bad one without touching the
file, a promise changed there moves the due dates, and the reply template editor's try / save /
restore. Real services on SQLite in a temporary folder; the dialogs are the real ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from privacydesk.domain import settings as decl
from privacydesk.ui.app import Desk
from privacydesk.ui.settings.dialog import SettingsDialog
from privacydesk.ui.settings.fields import object_name

from .helpers import wait_idle

NOTICE = Path(__file__).resolve().parents[1] / "data" / "notices" / "uk-ltd.txt"


def open_settings(qtbot: Any, gui: Desk, page: str | None = None) -> SettingsDialog:
    """File → Settings… (and a page of it, chosen in the list on the left)."""
    gui.action_settings.trigger()
    qtbot.waitUntil(lambda: gui.settings_part.dialog is not None and gui.settings_part.dialog.isVisible())
    wait_idle(qtbot, gui)
    dialog = gui.settings_part.dialog
    assert dialog is not None
    if page is not None:
        titles = [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())]
        keys = list(dialog.pages)
        dialog.page_list.setCurrentRow(keys.index(page))
        assert dialog.current_page() == page, titles
    return dialog


def editor(dialog: SettingsDialog, setting: decl.Setting[Any]) -> Any:
    widget = dialog.findChild(QWidget, object_name(setting.key))
    assert widget is not None, setting.key
    return widget


def problem_of(dialog: SettingsDialog, setting: decl.Setting[Any]) -> QLabel:
    label = dialog.findChild(QLabel, object_name(setting.key) + "_problem")
    assert label is not None
    return label


def type_into(qtbot: Any, line: QLineEdit, text: str) -> None:
    """Select what is there, type the new text and leave the field (Tab)."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    line.editingFinished.emit()


def answer_later(button_text: str) -> None:
    """Click the button named ``button_text`` of the question that is about to open."""
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button.text() == button_text:
                        button.click()
                        return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_settings_open_from_the_file_menu_with_their_pages(qtbot: Any, desk: Any,
                                                           open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    dialog = open_settings(qtbot, gui)
    titles = [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())]
    assert titles == ["You", "Mail accounts", "Company", "Business calendar", "Reply templates", "Reminders",
                      "Calendar apps", "Identity checks", "Keeping records"]
    assert dialog.windowTitle() == "Settings" and dialog.current_page() == "staff"
    # Mail → Accounts… opens the same dialog at the mail accounts, which the mail part lists there.
    dialog.reject()
    qtbot.waitUntil(lambda: gui.settings_part.dialog is None)
    gui.mail_view.accounts.trigger()
    qtbot.waitUntil(lambda: gui.settings_part.dialog is not None)
    assert gui.settings_part.dialog.current_page() == "accounts"
    assert gui.settings_part.dialog.findChild(QWidget, "accountsPage").findChildren(QPushButton)


def test_a_setting_typed_in_is_stored_in_settings_toml_and_used(qtbot: Any, desk: Any, open_desk: Callable[..., Desk],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRIVACYDESK_USER")  # the tests' stand-in name would win over the setting
    gui = open_desk(desk)
    dialog = open_settings(qtbot, gui, "staff")
    with qtbot.waitSignal(gui.settings_part.setting_changed):
        type_into(qtbot, editor(dialog, decl.STAFF_NAME), "Ana Ruiz")
    text = desk.paths.settings_file.read_text(encoding="utf-8")
    assert 'name = "Ana Ruiz"' in text
    assert desk.requests.actor() == "Ana Ruiz"  # the audit trail names her from now on
    assert gui.window.statusBar().currentMessage() == "Saved: Your name."
    # A tick on another page applies at once too.
    dialog.page_list.setCurrentRow(list(dialog.pages).index("reminders"))
    with qtbot.waitSignal(gui.settings_part.setting_changed):
        editor(dialog, decl.REMINDERS_DAILY_SUMMARY).click()
    assert desk.settings.get(decl.REMINDERS_DAILY_SUMMARY) is False
    assert "daily_summary = false" in desk.paths.settings_file.read_text(encoding="utf-8")


def test_a_wrong_value_is_refused_in_plain_words_naming_the_field(qtbot: Any, desk: Any,
                                                                  open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    dialog = open_settings(qtbot, gui, "staff")
    before = desk.paths.settings_file.read_text(encoding="utf-8") if desk.paths.settings_file.exists() else ""
    type_into(qtbot, editor(dialog, decl.STAFF_EMAIL), "ana at 3dpros")
    problem = problem_of(dialog, decl.STAFF_EMAIL)
    qtbot.waitUntil(problem.isVisible)
    assert problem.text() == "Your email address: 'ana at 3dpros' is not an email address — not saved."
    assert editor(dialog, decl.STAFF_EMAIL).text() == "ana at 3dpros"  # left on screen to correct
    settings_file = desk.paths.settings_file
    assert (settings_file.read_text(encoding="utf-8") if settings_file.exists() else "") == before
    # Corrected: stored, and the problem goes away.
    with qtbot.waitSignal(gui.settings_part.setting_changed):
        type_into(qtbot, editor(dialog, decl.STAFF_EMAIL), "ana@3dpros.example")
    assert not problem.isVisible()
    assert desk.settings.get(decl.STAFF_EMAIL) == "ana@3dpros.example"


def test_the_calendar_file_setting_writes_the_file_and_refuses_a_name_without_ics(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk],
        tmp_path: Path) -> None:
    ref = add_request("cal@example.com", ["deletion"], name="Cal Ifornia", regime="ccpa", received="2026-11-12T10:00")
    gui = open_desk(desk)
    dialog = open_settings(qtbot, gui, "calendar")
    field = editor(dialog, decl.CALENDAR_FILE)
    type_into(qtbot, field, str(tmp_path / "due.txt"))
    problem = problem_of(dialog, decl.CALENDAR_FILE)
    qtbot.waitUntil(problem.isVisible)
    assert problem.text().startswith("Keep a calendar file up to date: give a file name ending in .ics")
    assert not (tmp_path / "due.txt").exists() and desk.settings.get(decl.CALENDAR_FILE) == ""
    target = tmp_path / "due.ics"
    type_into(qtbot, field, str(target))
    qtbot.waitUntil(lambda: target.exists() and gui.runner.is_idle())
    written = target.read_text(encoding="utf-8")
    assert ref in written and "Cal Ifornia" not in written
    # "Show requesters' names in calendar files": the file follows.
    with qtbot.waitSignal(gui.settings_part.setting_changed):
        editor(dialog, decl.CALENDAR_INCLUDE_NAMES).click()
    qtbot.waitUntil(lambda: "Cal Ifornia" in target.read_text(encoding="utf-8"))


def test_the_profile_editor_saves_a_valid_change_and_the_window_follows(qtbot: Any, desk: Any,
                                                                        open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    dialog = open_settings(qtbot, gui, "company")
    page = gui.settings_part.profile_pages["company"]
    qtbot.waitUntil(lambda: page.legal_name.text() == "3DPros LLC")
    type_into(qtbot, page.legal_name, "Harbour Lane Ceramics Ltd")
    with qtbot.waitSignal(gui.settings_part.profile_saved, timeout=10000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert 'legal_name = "Harbour Lane Ceramics Ltd"' in desk.paths.profile_file.read_text(encoding="utf-8")
    assert gui.window.windowTitle() == "PrivacyDesk — Harbour Lane Ceramics Ltd"
    qtbot.waitUntil(page.saved.isVisible)
    assert page.saved.text() == "Saved (1 field changed)."
    wait_idle(qtbot, gui)  # the form is read back from the saved file
    assert not gui.settings_part.profile.is_dirty()
    dialog.reject()
    qtbot.waitUntil(lambda: gui.settings_part.dialog is None)  # nothing unsaved: it closes without asking


def test_the_profile_editor_refuses_bad_fields_naming_each_and_writes_nothing(
        qtbot: Any, desk: Any, open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_settings(qtbot, gui, "company")
    page = gui.settings_part.profile_pages["company"]
    qtbot.waitUntil(lambda: page.legal_name.text() == "3DPros LLC")
    profile_file = desk.paths.profile_file
    before = profile_file.read_bytes() if profile_file.exists() else None
    page.legal_name.clear()
    page.time_zone.setCurrentText("Mars/Olympus")
    with qtbot.waitSignal(gui.settings_part.profile.save_refused, timeout=10000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert (profile_file.read_bytes() if profile_file.exists() else None) == before
    assert page.problems["legal_name"].isVisible() and page.problems["time_zone"].isVisible()
    assert "Mars/Olympus" in page.problems["time_zone"].text()
    summary = page.summary.text()
    assert summary.startswith("Not saved — fix 2 fields:")
    assert "• Company name: " in summary and "• Time zone: unknown time zone 'Mars/Olympus'" in summary
    assert gui.window.windowTitle() == "PrivacyDesk — 3DPros LLC"
    # Closing with the changes still there asks first.
    gui.settings_part.dialog.reject()
    qtbot.waitUntil(lambda: isinstance(getattr(gui.settings_part, "question", None), QMessageBox)
                    and gui.settings_part.question.isVisible())
    assert gui.settings_part.question.text() == "Your changes to the company profile are not saved."
    assert gui.settings_part.dialog is not None


def test_a_changed_promise_moves_the_due_dates_on_the_calendar(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    # An opt-out received 20 Nov: the notice promises 15 days, so it is due Sat 5 Dec.
    ref = add_request("opt@example.com", ["opt_out_sale"], regime="ccpa", received="2026-11-20T10:00")
    assert reply_due(desk, ref) == date(2026, 12, 5)
    gui = open_desk(desk)
    open_settings(qtbot, gui, "company")
    page = gui.settings_part.profile_pages["company"]
    qtbot.waitUntil(lambda: page.commitments.table.rowCount() > 0)
    promises = page.commitments.commitments()
    row = next(n for n, c in enumerate(promises) if c.type == "opt_out_sale")
    days = page.commitments.table.cellWidget(row, 1)
    assert days.value() == 15
    days.setValue(10)
    with qtbot.waitSignal(gui.settings_part.profile_saved, timeout=15000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert reply_due(desk, ref) == date(2026, 11, 30)
    qtbot.waitUntil(lambda: "The due dates of 1 request moved" in page.saved.text())
    gui.settings_part.dialog.reject()
    gui.window.select_nav("calendar")
    qtbot.waitUntil(lambda: gui.calendar_page.month_model.view is not None and gui.runner.is_idle())
    assert "1 due date" in str(gui.calendar_page.month_model.index_of(date(2026, 11, 30)).data(
        Qt.ItemDataRole.ToolTipRole))
    gui.calendar.next_month()
    qtbot.waitUntil(lambda: gui.calendar_page.title.text() == "December 2026" and gui.runner.is_idle())
    assert "Nothing due" in str(gui.calendar_page.month_model.index_of(date(2026, 12, 5)).data(
        Qt.ItemDataRole.ToolTipRole))


def reply_due(desk: Any, ref: str) -> date | None:
    line = desk.requests.show(ref).milestone("respond_by")
    return line.due if line is not None else None


def template_page(qtbot: Any, gui: Desk, name: str) -> Any:
    open_settings(qtbot, gui, "templates")
    templates = gui.settings_part.templates
    assert templates is not None
    qtbot.waitUntil(lambda: templates.model.rowCount() > 0 and templates.loaded is not None and gui.runner.is_idle())
    row = templates.model.row_of(name)
    assert row is not None
    templates.page.list.selectionModel().setCurrentIndex(templates.model.index(row, 0),
                                                        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: templates.loaded is not None and templates.loaded.name == name and gui.runner.is_idle())
    return templates


def test_the_template_editor_tries_refuses_an_unknown_field_with_its_line_saves_and_restores(
        qtbot: Any, desk: Any, add_request: Callable[..., str], open_desk: Callable[..., Desk]) -> None:
    ref = add_request("ana@example.com", ["access"], regime="gdpr", received="2026-11-20T10:00")
    gui = open_desk(desk)
    templates = template_page(qtbot, gui, "acknowledgement")
    page = templates.page
    qtbot.waitUntil(lambda: "PD-2026-0042" in page.preview.toPlainText())  # the sample request
    assert "Alex Sample" in page.sample.text()
    shipped = page.editor.toPlainText()
    own = desk.template_edit.own_path("acknowledgement", "en")

    # An unknown field: the preview says which line, and saving is refused with nothing written.
    lines = shipped.splitlines()
    lines.insert(len(lines) - 1, "Your case number is {{ request.case_number }}.")
    broken_line = len(lines) - 1
    with qtbot.waitSignal(templates.preview_done, timeout=10000) as done:
        page.editor.setPlainText("\n".join(lines) + "\n")
    assert done.args == [False]
    assert page.problem.isVisible() and page.problem.text().startswith(
        f"This letter could not be sent as it is. Line {broken_line}: ")
    assert "case_number" in page.problem.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problem.text().startswith("Not saved: Line"))
    wait_idle(qtbot, gui)
    assert not own.exists()

    # A good edit: previewed, saved as the user's own copy, used by letters.
    mine = shipped.replace('{% include "signature" %}', 'We answer every request ourselves.\n{% include "signature" %}')
    assert mine != shipped
    with qtbot.waitSignal(templates.preview_done, timeout=10000) as done:
        page.editor.setPlainText(mine)
    assert done.args == [True] and "We answer every request ourselves." in page.preview.toPlainText()
    with qtbot.waitSignal(gui.settings_part.template_saved, timeout=10000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert own.read_text(encoding="utf-8") == mine
    assert "We answer every request ourselves." in desk.replies.preview(ref, "acknowledgement").body
    qtbot.waitUntil(lambda: page.restore_button.isEnabled() and page.origin.text().startswith("Your own copy"))

    # Restore the shipped version: asked first, then the copy is gone.
    answer_later("Delete my copy")
    with qtbot.waitSignal(gui.settings_part.template_saved, timeout=10000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert not own.exists()
    qtbot.waitUntil(lambda: page.editor.toPlainText() == shipped)
    assert "We answer every request ourselves." not in desk.replies.preview(ref, "acknowledgement").body


@pytest.mark.skipif(not NOTICE.exists(), reason="the sample notice is missing")
def test_set_up_from_a_privacy_notice_proposes_with_sentences_and_applies_only_the_chosen(
        qtbot: Any, desk: Any, open_desk: Callable[..., Desk]) -> None:
    gui = open_desk(desk)
    open_settings(qtbot, gui, "company")
    page = gui.settings_part.profile_pages["company"]
    qtbot.waitUntil(lambda: page.legal_name.text() == "3DPros LLC")
    qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
    chooser = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
    chooser.selectFile(str(NOTICE))
    chooser.accept()
    profile = gui.settings_part.profile
    qtbot.waitUntil(lambda: profile.notice_dialog is not None and profile.notice_dialog.isVisible())
    notice = profile.notice_dialog
    model = notice.table.model()
    rows = {model.proposals[r].field: r for r in range(model.rowCount())}
    assert "company.legal_name" in rows
    texts = [" ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
             for r in range(model.rowCount())]
    assert any("Harbour Lane Ceramics Ltd" in t for t in texts)
    assert all(p.sentence for p in model.proposals)  # each with the sentence it came from
    assert desk.profile.legal_name == "3DPros LLC"  # nothing applied yet
    notice.tick_none.click()
    model.setData(model.index(rows["company.legal_name"], 0), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(gui.settings_part.profile_saved, timeout=10000):
        notice.accept()
    assert desk.profile.legal_name == "Harbour Lane Ceramics Ltd"
    assert gui.window.windowTitle() == "PrivacyDesk — Harbour Lane Ceramics Ltd"
    qtbot.waitUntil(lambda: page.legal_name.text() == "Harbour Lane Ceramics Ltd")
    assert page.retention_years.value() != 6  # not ticked, not applied
