"""Settings → Reply templates: the list of letters, the editor, and the live preview on a sample request.

Views only (``templates_controller.py`` decides). ``TemplateListModel`` lists the templates
(``TemplateEntry``: name, description, languages, which are the user's own copies, broken copies).
The editor shows the whole template file — its ``+++`` metadata and the letter — with line numbers
in the status under it; a refused edit names its line, and that line is marked in the editor.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain.replies import TemplateEntry
from privacydesk.domain.wording import readable
from privacydesk.ui import style
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.settings.fields import DOC_STYLE, ERROR_STYLE

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2


class TemplateListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TemplateEntry] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        try:
            return self._data(self.entries[index.row()], role)
        except Exception:
            log.exception("rendering a template entry failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None

    @staticmethod
    def _data(entry: TemplateEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            marks = []
            if entry.overridden:
                marks.append("your copy")
            if entry.problems:
                marks.append("cannot be used")
            return readable(entry.name) + (f"  ({', '.join(marks)})" if marks else "")
        if role == EntryRole:
            return entry
        if role == NameRole:
            return entry.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [readable(entry.name)]
            if entry.meta is not None and entry.meta.description:
                lines.append(entry.meta.description)
            lines.append("Languages: " + ", ".join(entry.languages))
            if entry.overridden:
                lines.append("Your own copy in: " + ", ".join(entry.overridden))
            lines.extend(entry.problems)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and entry.problems:
            return QColor(style.urgency_tint("overdue").accent)
        if role == Qt.ItemDataRole.FontRole and entry.overridden:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def set_entries(self, entries: Sequence[TemplateEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def row_of(self, name: str) -> int | None:
        for row, entry in enumerate(self.entries):
            if entry.name == name:
                return row
        return None


class TemplatesPage(QWidget):
    def __init__(self, model: TemplateListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(
            "Edit the letters PrivacyDesk writes. Your edited copy is kept in your data folder and used instead of "
            "the shipped one; the preview renders it against an invented sample request exactly as a real letter "
            "is rendered, so a letter that could not be sent is refused here first.", selectable=False))

        self.list = QListView()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName("Reply templates")
        self.list.setModel(model)
        self.list.setMinimumWidth(200)

        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("templateTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        top.addWidget(self.title, 1)
        top.addWidget(QLabel("Language:"))
        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        self.language.setAccessibleName("Language of the letter")
        top.addWidget(self.language)
        editor_layout.addLayout(top)
        self.origin = plain_label(selectable=False)
        self.origin.setObjectName("templateOrigin")
        self.origin.setStyleSheet(DOC_STYLE)
        editor_layout.addWidget(self.origin)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateEditor")
        self.editor.setAccessibleName("Template text")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        editor_layout.addWidget(self.editor, 1)
        self.position = plain_label(selectable=False)
        self.position.setObjectName("templateCursor")
        self.position.setStyleSheet(DOC_STYLE)
        editor_layout.addWidget(self.position)
        self.problem = plain_label()
        self.problem.setObjectName("templateProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        editor_layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton("Restore the shipped version…")
        self.restore_button.setObjectName("restoreTemplate")
        self.revert_button = QPushButton("Undo changes")
        self.save_button = QPushButton("Save template")
        self.save_button.setObjectName("saveTemplate")
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)

        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("Preview")
        heading.setFont(bold)
        preview_layout.addWidget(heading)
        self.sample = plain_label(selectable=False)
        self.sample.setObjectName("templateSample")
        self.sample.setStyleSheet(DOC_STYLE)
        preview_layout.addWidget(self.sample)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("templatePreview")
        self.preview.setAccessibleName("Preview of the letter")
        self.preview.setReadOnly(True)
        preview_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("templatesSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(editor_box)
        self.splitter.addWidget(preview_box)
        self.splitter.setSizes([190, 420, 320])
        layout.addWidget(self.splitter, 1)
        self.editor.cursorPositionChanged.connect(self._on_editor_cursor_position_changed)

    def show_problem(self, text: str | None, line: int | None = None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        selections: list[QTextEdit.ExtraSelection] = []
        if line is not None and 1 <= line <= self.editor.blockCount():
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(style.urgency_tint("overdue").background))
            selection.format.setForeground(QColor(style.urgency_tint("overdue").foreground))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(self.editor.document().findBlockByNumber(line - 1))
            selection.cursor = cursor
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def show_preview(self, subject: str, body: str, sample: str) -> None:
        self.sample.setText(sample)
        self.preview.setPlainText(f"Subject: {subject}\n\n{body}")

    def _on_editor_cursor_position_changed(self) -> None:
        cursor = self.editor.textCursor()
        self.position.setText(f"Line {cursor.blockNumber() + 1}, column {cursor.positionInBlock() + 1}")
