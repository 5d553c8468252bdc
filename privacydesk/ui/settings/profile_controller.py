"""What the company-profile pages do: load the form, save it (refused field by field), set it up from
the company's privacy notice.

``ProfileController(profile_edit, runner, company_page, calendar_page, parent_widget, status,
recompute)`` receives the profile editing service, the runner, its two pages, the widget to hang its
dialogs on (the settings dialog), a status line and the call that recomputes every request's dates
when a change moves them (``RequestService.recompute_all``). It announces ``profile_saved`` with the
``SavedProfile``; the composition root refreshes the window (title, lists, calendar).

Saving runs ``ProfileEditService.save`` on the writer: a refusal (``ProfileInvalid``) names each bad
field, shown under it and summed up at the top of both pages; nothing is written then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from privacydesk.domain.notice import Proposal
from privacydesk.domain.wording import plural
from privacydesk.services.profile_edit import (
    FieldProblem,
    ProfileEditService,
    ProfileForm,
    ProfileInvalid,
    SavedProfile,
)
from privacydesk.ui.errors import user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.settings.notice import NoticeDialog
from privacydesk.ui.settings.profile import CALENDAR_FIELDS, BusinessCalendarPage, CompanyPage
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)


class ProfileController(QObject):
    #: The profile was saved (a ``SavedProfile``); due dates were recomputed first when they moved.
    profile_saved = Signal(object)
    #: A save was refused: the problems (``FieldProblem``) shown.
    save_refused = Signal(object)

    def __init__(self, profile_edit: ProfileEditService, runner: Runner, company: CompanyPage,
                 calendar: BusinessCalendarPage, parent_widget: Callable[[], QWidget | None],
                 status: Callable[[str, int], None], recompute: Callable[[], int],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = profile_edit
        self.runner = runner
        self.company = company
        self.calendar = calendar
        self._parent_widget = parent_widget
        self._status = status
        self.recompute = recompute
        self.base: ProfileForm | None = None
        self.notice_dialog: NoticeDialog | None = None
        self.saving = False
        for page in (company, calendar):
            page.save_requested.connect(self.save)
            page.undo_requested.connect(self.load)
        company.notice_requested.connect(self.choose_notice)

    # -- loading -------------------------------------------------------------------------------------
    def load(self) -> None:
        service = self.service
        self.runner.read(service.form, self._on_loaded, lambda exc: self._show_summary(user_message(exc), True),
                         name="profile form")

    def _on_loaded(self, form: ProfileForm) -> None:
        self.base = form
        self.company.fill(form)
        self.calendar.fill(form)
        for page in (self.company, self.calendar):
            page.show_field_problems(())
            page.show_summary("", error=False)

    def current(self) -> ProfileForm | None:
        if self.base is None:
            return None
        return self.calendar.read(self.company.read(self.base))

    def is_dirty(self) -> bool:
        return self.base is not None and self.current() != self.base

    # -- saving --------------------------------------------------------------------------------------
    def save(self) -> None:
        form = self.current()
        if form is None or self.saving:
            return
        self.saving = True
        service = self.service
        self._status("Checking and saving the company profile…", 0)
        self.runner.write(lambda: service.save(form), self._on_saved, self._on_save_failed, name="save profile")

    def _on_save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self._status("The company profile was not saved.", 8000)
        if isinstance(exc, ProfileInvalid):
            self.show_problems(exc.problems)
            emit(self.save_refused, exc.problems)
            return
        self._show_summary(f"Not saved: {user_message(exc)}", True)

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        self.company.show_field_problems(problems)
        self.calendar.show_field_problems(problems)
        lines = [f"• {p.label}: {p.message}" + (" (Business calendar page)" if p.field in CALENDAR_FIELDS
                                                  else " (Company page)") for p in problems]
        self._show_summary("Not saved — fix " + plural(len(problems), "field") + ":\n" + "\n".join(lines), True)

    def _on_saved(self, saved: SavedProfile) -> None:
        if saved.dates_affected:
            recompute = self.recompute
            self._status("Saved. Recomputing the due dates of every request…", 0)
            self.runner.write(recompute, lambda moved: self._finish(saved, moved),
                              lambda exc: self._finish(saved, -1), name="recompute dates")
        else:
            self._finish(saved, 0)

    def _finish(self, saved: SavedProfile, moved: int) -> None:
        self.saving = False
        self.load()
        changed = len(saved.changed)
        if not changed:
            text = "Nothing had changed."
        else:
            text = f"Saved ({plural(changed, 'field')} changed)."
            if moved > 0:
                text += f" The due dates of {plural(moved, 'request')} moved; the history says why."
            elif moved < 0:
                text += " The due dates could not all be recomputed; they will be at the next start."
        self._status(text, 10000)
        self.company.show_summary(text, error=False)
        self.calendar.show_summary(text, error=False)
        emit(self.profile_saved, saved)

    def _show_summary(self, text: str, error: bool) -> None:
        self.company.show_summary(text, error=error)
        self.calendar.show_summary(text, error=error)

    # -- from the privacy notice ---------------------------------------------------------------------
    def choose_notice(self) -> QFileDialog:
        dialog = QFileDialog(self._parent_widget(), "Your privacy notice")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(["Privacy notice (*.txt *.html *.htm *.md)", "All files (*)"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.read_notice(Path(name)))
        dialog.open()
        return dialog

    def read_notice(self, path: Path) -> None:
        service = self.service
        self._status(f"Reading {path.name}…", 0)
        def show(found: Any) -> None:
            self.show_proposals(path, found)

        self.runner.read(lambda: service.proposals(path), show,
                         lambda exc: self._on_notice_failed(exc), name="read notice")

    def _on_notice_failed(self, exc: BaseException) -> None:
        self._status("", 0)
        box = QMessageBox(QMessageBox.Icon.Warning, "The notice could not be read", user_message(exc),
                          QMessageBox.StandardButton.Ok, self._parent_widget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_proposals(self, path: Path, proposals: Sequence[Proposal]) -> NoticeDialog:
        self._status("", 0)
        if self.notice_dialog is not None:
            self.notice_dialog.close()
        dialog = NoticeDialog(path.name, proposals, self._parent_widget())
        self.notice_dialog = dialog
        dialog.accepted.connect(lambda: self.apply(dialog.choice()))
        dialog.finished.connect(lambda _r: self._forget_notice(dialog))
        dialog.open()
        return dialog

    def _forget_notice(self, dialog: NoticeDialog) -> None:
        if self.notice_dialog is dialog:
            self.notice_dialog = None
        dialog.deleteLater()

    def apply(self, chosen: Sequence[Proposal]) -> None:
        if not chosen:
            return
        service = self.service
        items = list(chosen)
        self._status(f"Applying {plural(len(items), 'detail')} from your notice…", 0)
        self.runner.write(lambda: service.apply(items), self._on_saved, self._on_save_failed, name="apply notice")
