"""The settings dialog: one window, a list of pages on the left. Layout only.

Pages are added by the settings controller (``controller.py``): "You", "Mail accounts" (the mail
part's accounts list, moved in here), "Company", "Business calendar", "Reply templates",
"Reminders", "Calendar apps", "Identity checks". Simple settings apply as they are changed; the
company profile and the templates have their own Save buttons (they are checked first), and closing
with unsaved changes there asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from privacydesk.ui.qtcompat import emit
from privacydesk.ui.settings.fields import DOC_STYLE

PageKeyRole = Qt.ItemDataRole.UserRole + 1


class SettingsDialog(QDialog):
    #: The user switched to this page (its key).
    page_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.page_list = QListWidget()
        self.page_list.setObjectName("settingsPages")
        self.page_list.setAccessibleName("Settings pages")
        self.page_list.setFixedWidth(180)
        self.page_list.setIconSize(QSize(16, 16))
        self.stack = QStackedWidget()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pages: dict[str, QWidget] = {}
        #: Asked before closing; False keeps the dialog open (unsaved changes: the controller asks).
        self.close_guard: Callable[[], bool] | None = None
        self.page_list.currentRowChanged.connect(self._on_page_list_current_row_changed)
        self.resize(1040, 660)

    def add_page(self, key: str, title: str, intro: str, widget: QWidget, *, scroll: bool = False) -> None:
        holder = QWidget()
        holder.setObjectName(f"settingsPage_{key}")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 0, 0, 0)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        layout.addWidget(heading)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setStyleSheet(DOC_STYLE)
            layout.addWidget(note)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(widget)
            layout.addWidget(area, 1)
        else:
            layout.addWidget(widget, 1)
        self.pages[key] = holder
        self.stack.addWidget(holder)
        item = QListWidgetItem(title)
        item.setData(PageKeyRole, key)
        self.page_list.addItem(item)

    def show_page(self, key: str) -> None:
        for row in range(self.page_list.count()):
            if self.page_list.item(row).data(PageKeyRole) == key:
                self.page_list.setCurrentRow(row)
                return

    def current_page(self) -> str | None:
        item = self.page_list.currentItem()
        return str(item.data(PageKeyRole)) if item is not None else None

    def _on_page_list_current_row_changed(self, row: int) -> None:
        item = self.page_list.item(row)
        if item is None:
            return
        key = str(item.data(PageKeyRole))
        self.stack.setCurrentWidget(self.pages[key])
        emit(self.page_changed, key)

    def reject(self) -> None:
        if self.close_guard is not None and not self.close_guard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        super().closeEvent(event)
