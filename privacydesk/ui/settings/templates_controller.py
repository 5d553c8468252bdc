"""What the reply-templates page does: list, open, preview live, save (refused with the line), restore.

``TemplatesController(edit, runner, page, parent_widget, status)`` receives the template editing
service (``services/template_edit.py``), the runner, its page and a widget to ask questions on.
Every edit is rendered a moment after typing stops, on a read worker, against the service's sample
request with the same strict renderer that sends letters; the preview shows the letter or the
problem with its line (marked in the editor). "Save template" tries once more and writes only a
template that renders; "Restore the shipped version…" asks first, then deletes the user's copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from privacydesk.domain.replies import TemplateEntry, TemplateError
from privacydesk.domain.wording import readable
from privacydesk.services.template_edit import TemplateEditService, TemplateText, TemplateTrial
from privacydesk.ui.errors import user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.settings.templates import EntryRole, TemplateListModel, TemplatesPage
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 400


def problem_words(exc: BaseException, edited: Path | None = None) -> tuple[str, int | None]:
    """A refusal as the page shows it: "Line 7: the field 'nmae' is not known …" and the line of the
    editor to mark (None when the problem is elsewhere, e.g. in a shared piece it includes)."""
    if isinstance(exc, TemplateError):
        text = str(exc)
        in_editor = exc.path is not None and edited is not None and exc.path == edited
        if not in_editor:
            return text, None
        # The service names the file ("…/acknowledgement.txt, line 7: …"); the editor is that file.
        if text.startswith(str(exc.path)) and ": " in text:
            text = text.split(": ", 1)[1]
        return (f"Line {exc.line}: {text}" if exc.line else text), exc.line
    return user_message(exc), None


class TemplatesController(QObject):
    #: A template was saved or restored (name, language): letters use it from now on.
    template_saved = Signal(str, str)
    #: The preview was rendered (or refused): for tests.
    preview_done = Signal(bool)

    def __init__(self, edit: TemplateEditService, runner: Runner, page: TemplatesPage,
                 parent_widget: Callable[[], QWidget | None], status: Callable[[str, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.runner = runner
        self.page = page
        self.model: TemplateListModel = page.model
        self._parent_widget = parent_widget
        self._status = status
        self.loaded: TemplateText | None = None
        self._generation = 0
        self._switching = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.preview)
        page.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        page.language.currentIndexChanged.connect(self._on_language_changed)
        page.editor.textChanged.connect(self._on_editor_text_changed)
        page.save_button.clicked.connect(self.save)
        page.revert_button.clicked.connect(self.revert)
        page.restore_button.clicked.connect(self.ask_restore)

    # -- the list ------------------------------------------------------------------------------------
    def load(self, select: str | None = None) -> None:
        edit = self.edit
        self.runner.read(lambda: (edit.entries(), edit.languages()), lambda r: self._on_listed(r[0], r[1], select),
                         lambda exc: self.page.show_problem(user_message(exc)), name="templates")

    def _on_listed(self, entries: list[TemplateEntry], languages: list[str], select: str | None) -> None:
        self.languages = languages
        current = select or (self.loaded.name if self.loaded else None)
        self._switching = True
        try:
            self.model.set_entries(entries)
        finally:
            self._switching = False
        row = self.model.row_of(current) if current else (0 if entries else None)
        if row is not None:
            self.page.list.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                           QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_entry(self) -> TemplateEntry | None:
        index = self.page.list.selectionModel().currentIndex()
        entry = index.data(EntryRole) if index.isValid() else None
        return entry if isinstance(entry, TemplateEntry) else None

    def _on_list_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching:
            return
        entry = current.data(EntryRole) if current.isValid() else None
        if not isinstance(entry, TemplateEntry):
            return
        if self.is_dirty() and (self.loaded is None or entry.name != self.loaded.name):
            self._ask_discard(lambda: self._open_entry(entry),
                              lambda: self._reselect(previous))
            return
        self._open_entry(entry)

    def _reselect(self, index: QModelIndex) -> None:
        self._switching = True
        try:
            self.page.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._switching = False

    def _open_entry(self, entry: TemplateEntry) -> None:
        language = self.loaded.language if self.loaded and self.loaded.language in entry.languages else \
            entry.languages[0]
        combo = self.page.language
        combo.blockSignals(True)
        combo.clear()
        for lang in sorted(set(entry.languages) | set(getattr(self, "languages", []))):
            combo.addItem(lang + ("" if lang in entry.languages else " (new)"), lang)
        combo.setCurrentIndex(max(0, combo.findData(language)))
        combo.blockSignals(False)
        self.open(entry.name, language)

    def _on_language_changed(self, _index: int) -> None:
        entry = self.current_entry()
        language = self.page.language.currentData()
        if entry is None or not language or (self.loaded and self.loaded.language == language
                                             and self.loaded.name == entry.name):
            return
        if self.is_dirty():
            previous = self.loaded.language if self.loaded else None

            def back() -> None:
                combo = self.page.language
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(previous)))
                combo.blockSignals(False)

            self._ask_discard(lambda: self.open(entry.name, str(language)), back)
            return
        self.open(entry.name, str(language))

    # -- one template --------------------------------------------------------------------------------
    def open(self, name: str, language: str) -> None:
        edit = self.edit
        self.runner.read(lambda: edit.text(name, language), self._on_opened,
                         lambda exc: self.page.show_problem(user_message(exc)), name="template text")

    def _on_opened(self, text: TemplateText) -> None:
        self.loaded = text
        page = self.page
        page.title.setText(readable(text.name))
        if text.own_copy:
            origin = f"Your own copy ({text.path}). Letters use it instead of the shipped one."
        elif text.has_shipped:
            origin = "The shipped version. Saving keeps your edited copy in your data folder; this one stays."
        else:
            origin = (f"There is no {text.language!r} version yet: this is the English text to translate. "
                      "Saving creates it.")
        page.origin.setText(origin)
        page.restore_button.setEnabled(text.own_copy and text.has_shipped)
        page.editor.blockSignals(True)
        page.editor.setPlainText(text.text)
        page.editor.blockSignals(False)
        page.show_problem(None)
        self.preview()

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.page.editor.toPlainText() != self.loaded.text

    def _on_editor_text_changed(self) -> None:
        self.page.save_button.setEnabled(True)
        self._timer.start()

    def preview(self) -> None:
        """Render the editor's text against the sample request (on a read worker)."""
        self._timer.stop()
        if self.loaded is None:
            return
        self._generation += 1
        generation = self._generation
        name, language, text = self.loaded.name, self.loaded.language, self.page.editor.toPlainText()
        edit = self.edit
        self.runner.read(lambda: edit.trial(name, language, text),
                         lambda trial: self._on_previewed(generation, trial),
                         lambda exc: self._on_preview_refused(generation, exc), name="template preview")

    def _on_previewed(self, generation: int, trial: TemplateTrial) -> None:
        if generation != self._generation:
            return
        self.page.show_problem(None)
        self.page.show_preview(trial.subject, trial.body, trial.sample)
        emit(self.preview_done, True)

    def _on_preview_refused(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        text, line = problem_words(exc, self.loaded.path if self.loaded else None)
        self.page.show_problem("This letter could not be sent as it is. " + text, line)
        emit(self.preview_done, False)

    # -- saving ----------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.loaded is None:
            return
        name, language, text = self.loaded.name, self.loaded.language, self.page.editor.toPlainText()
        edit = self.edit
        self.runner.read(lambda: edit.save(name, language, text), self._on_saved, self._on_save_refused,
                         name="save template")

    def _on_saved(self, text: TemplateText) -> None:
        self._status(f"Template “{readable(text.name)}” ({text.language}) saved: letters use it from now on.", 8000)
        self._on_opened(text)
        self.load(select=text.name)
        emit(self.template_saved, text.name, text.language)

    def _on_save_refused(self, exc: BaseException) -> None:
        text, line = problem_words(exc, self.loaded.path if self.loaded else None)
        self.page.show_problem("Not saved: " + text, line)
        if line is not None:
            cursor = self.page.editor.textCursor()
            block = self.page.editor.document().findBlockByNumber(line - 1)
            if block.isValid():
                cursor.setPosition(block.position())
                self.page.editor.setTextCursor(cursor)
                self.page.editor.centerCursor()

    def revert(self) -> None:
        if self.loaded is not None:
            self._on_opened(self.loaded)

    def ask_restore(self) -> None:
        loaded = self.loaded
        if loaded is None or not loaded.own_copy:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Restore the shipped version?",
                          f"Your copy of “{readable(loaded.name)}” ({loaded.language}) will be deleted and letters "
                          "will use the shipped version again.", QMessageBox.StandardButton.NoButton,
                          self._parent_widget())
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton("Delete my copy", QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.restore() if box.clickedButton() is yes else None)
        self.question = box
        box.open()

    def restore(self) -> None:
        if self.loaded is None:
            return
        name, language = self.loaded.name, self.loaded.language
        edit = self.edit
        self.runner.read(lambda: edit.restore(name, language), self._on_saved,
                         lambda exc: self.page.show_problem(user_message(exc)), name="restore template")

    # -- asking ----------------------------------------------------------------------------------------
    def _ask_discard(self, discard: Callable[[], None], keep: Callable[[], None]) -> None:
        loaded = self.loaded
        box = QMessageBox(QMessageBox.Icon.Question, "Discard your changes?",
                          f"Your changes to “{readable(loaded.name) if loaded else ''}” are not saved.",
                          QMessageBox.StandardButton.NoButton, self._parent_widget())
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton("Discard changes", QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton("Keep editing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: discard() if box.clickedButton() is yes else keep())
        self.question = box
        box.open()
