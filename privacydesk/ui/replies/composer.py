"""The composer's layout: a window of its own to write one letter to one requester. A view only.

Left, what the letter is: the letters that fit the request (or all, greyed when they do not fit,
with the reason), its language, what it is for, the details it needs from staff (a form built from
the template's declared inputs) and the attachments. Right, the letter itself as it will go out:
From, To, Subject, the text (editable), and which law and date each legal sentence relies on.
Bottom, what sending it does to the request — or why it cannot be sent now — and the buttons.

``ComposerController`` (``composer_controller.py``) decides everything; this module only lays out
and offers small setters. Text that comes from mail or from staff is always shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.replies import words
from privacydesk.ui.replies.models import AttachmentListModel, FittingLetters, LetterListModel, SourcesModel

PROBLEM_STYLE = ("QFrame#composerProblem { background: #fbe3e4; border: 1px solid #d9a2a5; border-radius: 4px; } "
                 "QLabel { color: #8e1116; }")
NOTE_STYLE = ("QFrame#editedNote { background: #fff1c7; border: 1px solid #e0a100; border-radius: 4px; } "
              "QLabel { color: #6b4500; }")
REFUSAL_COLOUR = "color: #8e1116;"


class InputsForm(QWidget):
    """The details a letter needs from staff, one field per declared input."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: fields full width
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, QWidget] = {}
        self.date_toggles: dict[str, QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.required: tuple[str, ...] = ()
        self.empty = plain_label("This letter needs nothing more from you.", selectable=False)
        self.form.addRow(self.empty)

    def set_inputs(self, required: Sequence[str], optional: Sequence[str], today: date,
                   values: Mapping[str, str] | None = None) -> None:
        """One field per input (required first), keeping values the user already typed."""
        values = dict(values or {})
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors, self.date_toggles, self.labels = {}, {}, {}
        self.required = tuple(required)
        names = list(required) + [n for n in optional if n not in required]
        self.empty = plain_label("This letter needs nothing more from you.", selectable=False)
        self.form.addRow(self.empty)
        self.empty.setVisible(not names)
        for name in names:
            needed = name in required
            title = words.input_label(name) + ("" if needed else " (optional)") + ":"
            label = plain_label(title, wrap=False, selectable=False)
            self.labels[name] = label
            editor: QWidget
            if words.is_date_input(name):
                row = QWidget()
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                toggle = QCheckBox("Set")
                edit = QDateEdit(QDate(today.year, today.month, today.day))
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("ddd d MMM yyyy")
                edit.setMinimumDate(QDate(today.year, today.month, today.day))
                given = values.get(name)
                if given:
                    try:
                        day = date.fromisoformat(given)
                        edit.setDate(QDate(day.year, day.month, day.day))
                        toggle.setChecked(True)
                    except ValueError:
                        pass
                if needed:
                    toggle.setChecked(True)
                    toggle.hide()
                edit.setEnabled(toggle.isChecked())
                toggle.toggled.connect(edit.setEnabled)
                toggle.toggled.connect(self._on_edited)
                edit.dateChanged.connect(self._on_edited)
                row_layout.addWidget(toggle)
                row_layout.addWidget(edit, 1)
                self.date_toggles[name] = toggle
                self.editors[name] = edit
                editor = row
            else:
                text = QPlainTextEdit()
                text.setTabChangesFocus(True)
                text.setPlaceholderText(words.input_hint(name))
                text.setFixedHeight(64)
                text.setPlainText(values.get(name, ""))
                text.textChanged.connect(self._on_edited)
                self.editors[name] = text
                editor = text
            editor.setObjectName(f"input_{name}")
            editor.setToolTip(words.input_hint(name))
            self.form.addRow(label, editor)

    def _on_edited(self, *_args: object) -> None:
        emit(self.changed)

    def values(self) -> dict[str, str]:
        """What staff filled in (empty fields left out; a date as YYYY-MM-DD)."""
        out: dict[str, str] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QDateEdit):
                if self.date_toggles[name].isChecked():
                    out[name] = editor.date().toString("yyyy-MM-dd")
            elif isinstance(editor, QPlainTextEdit):
                text = editor.toPlainText().strip()
                if text:
                    out[name] = text
        return out

    def set_value(self, name: str, value: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QDateEdit):
            day = date.fromisoformat(value)
            self.date_toggles[name].setChecked(True)
            editor.setDate(QDate(day.year, day.month, day.day))

    def mark_missing(self, names: Sequence[str]) -> None:
        for name, label in self.labels.items():
            font = QFont(label.font())
            font.setBold(name in names)
            label.setFont(font)
            label.setStyleSheet(REFUSAL_COLOUR if name in names else "")

    def set_editable(self, editable: bool) -> None:
        for editor in self.editors.values():
            editor.setEnabled(editable and (not isinstance(editor, QDateEdit)
                                            or self.date_toggles[self._name_of(editor)].isChecked()))
        for toggle in self.date_toggles.values():
            toggle.setEnabled(editable)

    def _name_of(self, editor: QWidget) -> str:
        return next(n for n, e in self.editors.items() if e is editor)


class ComposerWindow(QWidget):
    """One letter to one requester (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("composer")
        self.setWindowTitle("Reply")
        self.resize(1200, 700)
        #: Asked when the window is about to close; False keeps it open (unsaved letter, sending).
        self.close_guard: Callable[[], bool] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        self.problem_frame = QFrame()
        self.problem_frame.setObjectName("composerProblem")
        self.problem_frame.setStyleSheet(PROBLEM_STYLE)
        problem_layout = QHBoxLayout(self.problem_frame)
        problem_layout.setContentsMargins(8, 4, 8, 4)
        self.problem = plain_label()
        self.problem.setObjectName("composerProblemText")
        problem_layout.addWidget(self.problem, 1)
        self.problem_frame.hide()
        outer.addWidget(self.problem_frame)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)

        # -- left: which letter, its details, its attachments --------------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        letters = QGroupBox("Letter")
        letters_layout = QVBoxLayout(letters)
        self.letter_model = LetterListModel(self)
        self.letter_filter = FittingLetters(self)
        self.letter_filter.setSourceModel(self.letter_model)
        self.letter_list = QListView()
        self.letter_list.setObjectName("letterList")
        self.letter_list.setModel(self.letter_filter)
        self.letter_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.letter_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.letter_list.setMinimumHeight(self.letter_list.fontMetrics().height() * 9 + 8)
        letters_layout.addWidget(self.letter_list, 1)
        self.show_all = QCheckBox("Show all letters, also those that do not fit")
        self.show_all.setObjectName("showAllLetters")
        letters_layout.addWidget(self.show_all)
        language_row = QHBoxLayout()
        language_row.addWidget(plain_label("Language:", wrap=False, selectable=False))
        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        language_row.addWidget(self.language, 1)
        letters_layout.addLayout(language_row)
        self.description = plain_label(selectable=False)
        self.description.setObjectName("letterDescription")
        self.description.setStyleSheet("color: palette(dark);")
        letters_layout.addWidget(self.description)
        self.letter_note = plain_label(selectable=False)
        self.letter_note.setObjectName("letterNote")
        letters_layout.addWidget(self.letter_note)
        left_layout.addWidget(letters, 0)

        details = QGroupBox("Details for this letter")
        details_layout = QVBoxLayout(details)
        self.inputs = InputsForm()
        details_layout.addWidget(self.inputs)
        self.missing = plain_label(selectable=False)
        self.missing.setObjectName("missingInputs")
        self.missing.setStyleSheet(REFUSAL_COLOUR)
        details_layout.addWidget(self.missing)
        left_layout.addWidget(details, 1)

        files = QGroupBox("Attachments")
        files_layout = QVBoxLayout(files)
        self.attachment_model = AttachmentListModel(self)
        self.attachment_list = QListView()
        self.attachment_list.setObjectName("attachmentList")
        self.attachment_list.setModel(self.attachment_model)
        self.attachment_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachment_list.setWordWrap(True)  # long generated names wrap instead of scrolling sideways
        self.attachment_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachment_list.setMaximumHeight(self.attachment_list.fontMetrics().height() * 4 + 10)
        files_layout.addWidget(self.attachment_list)
        file_buttons = QHBoxLayout()
        self.add_file_button = QPushButton("Add file…")
        self.add_file_button.setObjectName("addFile")
        self.remove_file_button = QPushButton("Remove")
        self.remove_file_button.setObjectName("removeFile")
        self.view_file_button = QPushButton("View")
        self.view_file_button.setObjectName("viewFile")
        self.view_file_button.setToolTip("Read the file PrivacyDesk made (the requester's data)")
        for button in (self.add_file_button, self.remove_file_button, self.view_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_layout.addLayout(file_buttons)
        left_layout.addWidget(files, 0)
        split.addWidget(left)

        # -- right: the letter as it will go out --------------------------------------------------
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        header = QFormLayout()
        header.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        from_row = QHBoxLayout()
        self.from_label = plain_label(wrap=False)
        self.from_label.setObjectName("letterFrom")
        from_row.addWidget(self.from_label, 1)
        self.account = QComboBox()
        self.account.setObjectName("sendFrom")
        self.account.setToolTip("Which mailbox sends the letter")
        self.account.hide()
        from_row.addWidget(self.account)
        header.addRow("From:", from_row)
        self.to_label = plain_label(wrap=False)
        self.to_label.setObjectName("letterTo")
        header.addRow("To:", self.to_label)
        self.subject_label = plain_label()
        self.subject_label.setObjectName("letterSubject")
        header.addRow("Subject:", self.subject_label)
        right_layout.addLayout(header)

        self.edited_note = QFrame()
        self.edited_note.setObjectName("editedNote")
        self.edited_note.setStyleSheet(NOTE_STYLE)
        note_layout = QHBoxLayout(self.edited_note)
        note_layout.setContentsMargins(8, 2, 4, 2)
        note_layout.addWidget(plain_label("You edited the letter: the details on the left are no longer written "
                                          "into it.", selectable=False), 1)
        self.restart_button = QPushButton("Start again from the template")
        self.restart_button.setObjectName("restartLetter")
        note_layout.addWidget(self.restart_button)
        self.edited_note.hide()
        right_layout.addWidget(self.edited_note)

        body_split = QSplitter(Qt.Orientation.Vertical)
        body_split.setChildrenCollapsible(False)
        self.body = QPlainTextEdit()
        self.body.setObjectName("letterBody")
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.body.setPlaceholderText("Choose a letter on the left: it appears here, ready to read and edit.")
        body_split.addWidget(self.body)
        sources = QWidget()
        sources_layout = QVBoxLayout(sources)
        sources_layout.setContentsMargins(0, 4, 0, 0)
        self.sources_title = plain_label("Which law and date each sentence relies on", wrap=False,
                                         selectable=False)
        bold = QFont(self.sources_title.font())
        bold.setBold(True)
        self.sources_title.setFont(bold)
        sources_layout.addWidget(self.sources_title)
        self.sources_model = SourcesModel(self)
        self.sources_table = QTableView()
        self.sources_table.setObjectName("sourcesTable")
        self.sources_table.setModel(self.sources_model)
        self.sources_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources_table.setWordWrap(False)
        self.sources_table.verticalHeader().setVisible(False)
        self.sources_table.verticalHeader().setDefaultSectionSize(self.sources_table.fontMetrics().height() + 6)
        self.sources_table.setShowGrid(False)
        head = self.sources_table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(1, 200)
        head.resizeSection(2, 290)
        sources_layout.addWidget(self.sources_table, 1)
        self.source_rule = plain_label()
        self.source_rule.setObjectName("sourceRule")
        sources_layout.addWidget(self.source_rule)
        body_split.addWidget(sources)
        body_split.setSizes([400, 170])
        right_layout.addWidget(body_split, 1)
        split.addWidget(right)
        split.setSizes([360, 840])
        split.setStretchFactor(1, 1)

        # -- bottom: what sending does, progress, buttons ----------------------------------------------
        self.changes = plain_label()
        self.changes.setObjectName("sendingChanges")
        outer.addWidget(self.changes)
        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("sendProgress")
        self.progress.setRange(0, words.PHASE_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        bottom.addWidget(self.progress)
        self.status = plain_label(selectable=False)
        self.status.setObjectName("composerStatus")
        bottom.addWidget(self.status, 1)
        self.close_button = QPushButton("Close")
        self.close_button.setObjectName("closeComposer")
        self.draft_button = QPushButton("Save draft")
        self.draft_button.setObjectName("saveDraft")
        self.draft_button.setToolTip("Save the letter in the mailbox's Drafts folder, to finish here or in "
                                     "your mail program. The request does not change.")
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("sendLetter")
        for button in (self.close_button, self.draft_button, self.send_button):
            button.setAutoDefault(False)
            bottom.addWidget(button)
        outer.addLayout(bottom)
        self.close_button.clicked.connect(self.close)
        self.send_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.send_shortcut.activated.connect(self.send_button.click)

    # -- setters the controller uses ------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem_frame.setVisible(bool(text))

    def set_changes(self, text: str, refused: bool) -> None:
        self.changes.setText(text)
        self.changes.setStyleSheet(REFUSAL_COLOUR if refused else "")

    def set_body(self, text: str) -> None:
        """Show the letter's text without it counting as an edit (the controller blocks the signal)."""
        self.body.blockSignals(True)
        try:
            position = self.body.textCursor().position()
            self.body.setPlainText(text)
            cursor = self.body.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.body.setTextCursor(cursor)
        finally:
            self.body.blockSignals(False)

    def set_busy(self, busy: bool) -> None:
        """While a letter is being saved or sent, nothing about it can change."""
        for widget in (self.letter_list, self.show_all, self.language, self.account, self.add_file_button,
                       self.remove_file_button, self.restart_button):
            widget.setEnabled(not busy)
        self.inputs.set_editable(not busy)
        self.body.setReadOnly(busy)
        self.progress.setVisible(busy)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        super().closeEvent(event)
