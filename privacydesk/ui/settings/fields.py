"""Widgets for declared settings: one editor per ``domain.settings.Setting``, laid out from its
declaration (label, one-sentence doc, type, range, choices) — nothing here names a setting twice.

``SettingsForm`` lays out any sequence of settings (a section of the settings dialog) and reports
each edit with ``edited(setting, value)``; the controller stores it (``SettingsService.set``, which
validates with the same declaration) and hands back a problem to show under the field, in the
declaration's own words. Text is stored a moment after typing stops, ticks and numbers at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain import settings as decl
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.qtcompat import emit

ERROR_STYLE = "color: #c62828;"
DOC_STYLE = "color: palette(placeholder-text);"
TYPING_DELAY_MS = 600


def doc_label(text: str) -> QLabel:
    label = plain_label(text, selectable=False)
    label.setStyleSheet(DOC_STYLE)
    return label


def problem_label() -> QLabel:
    label = plain_label(selectable=False)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def object_name(key: str) -> str:
    """``calendar.feed_port`` → ``setting_calendar_feed_port`` (tests and accessibility tools)."""
    return "setting_" + key.replace(".", "_")


class SettingEditor(QWidget):
    """One setting: its editor, its doc sentence and a place for a problem."""

    #: The user changed the value (after typing stopped, for text).
    edited = Signal(object)

    def __init__(self, setting: decl.Setting[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = setting
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.editor: QWidget
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        if setting.kind is bool:
            box = QCheckBox(setting.label)
            box.toggled.connect(lambda _checked: self._emit())
            self.editor = box
        elif setting.kind is int:
            spin = QSpinBox()
            spin.setRange(setting.minimum if setting.minimum is not None else -(2**31),
                          setting.maximum if setting.maximum is not None else 2**31 - 1)
            spin.setKeyboardTracking(False)  # valueChanged when typing ends, not per digit
            spin.valueChanged.connect(lambda _value: self._emit())
            spin.setMaximumWidth(140)
            self.editor = spin
        elif setting.choices:
            combo = QComboBox()
            combo.addItems(list(setting.choices))
            combo.currentTextChanged.connect(lambda _text: self._emit())
            self.editor = combo
        elif setting.multiline:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().height() * 5 + 12)
            text.textChanged.connect(self._timer.start)
            self.editor = text
        else:
            line = QLineEdit()
            line.textEdited.connect(lambda _text: self._timer.start())
            line.editingFinished.connect(self.flush)
            self.editor = line
        self.editor.setObjectName(object_name(setting.key))
        self.editor.setAccessibleName(setting.label)
        self.editor.setAccessibleDescription(setting.doc)
        self.editor.setToolTip(setting.doc)
        layout.addWidget(self.editor)
        self.doc = doc_label(setting.doc)
        layout.addWidget(self.doc)
        self.problem = problem_label()
        self.problem.setObjectName(object_name(setting.key) + "_problem")
        layout.addWidget(self.problem)
        self._loading = False

    # -- value ---------------------------------------------------------------------------------
    def value(self) -> Any:
        editor = self.editor
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentText()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QLineEdit):
            return editor.text()
        return None

    def set_value(self, value: Any) -> None:
        """Show ``value`` (the stored one) without reporting it as an edit."""
        self._loading = True
        try:
            editor = self.editor
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentText(str(value))
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != str(value):
                    editor.setPlainText(str(value))
            elif isinstance(editor, QLineEdit) and editor.text() != str(value):
                editor.setText(str(value))
        finally:
            self._loading = False
        self._timer.stop()

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    def flush(self) -> None:
        """Report a pending text edit now (the dialog is closing, or the field lost focus)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self._timer.stop()
            emit(self.edited, self.value())


class SettingsForm(QWidget):
    """The settings of one section, laid out from their declarations."""

    #: A setting was edited: (the ``Setting``, the new value).
    edited = Signal(object, object)

    def __init__(self, settings: Sequence[decl.Setting[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.editors: dict[str, SettingEditor] = {}
        for setting in settings:
            editor = SettingEditor(setting)
            editor.edited.connect(lambda value, s=setting: emit(self.edited, s, value))
            self.editors[setting.key] = editor
            if setting.kind is bool:
                self.form.addRow("", editor)  # the check box carries the label
            else:
                label = QLabel(f"{setting.label}:")
                label.setBuddy(editor.editor)
                self.form.addRow(label, editor)

    def set_values(self, values: dict[str, Any]) -> None:
        for key, editor in self.editors.items():
            if key in values:
                editor.set_value(values[key])
                editor.show_problem(None)

    def flush(self) -> None:
        for editor in self.editors.values():
            editor.flush()
