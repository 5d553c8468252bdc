"""Help menu: About PrivacyDesk, the user guide (the local docs, shown inside the app) and the keyboard
shortcuts.

The guide is ``docs/guide.md`` beside the package in a checkout, rendered from Markdown by Qt's own
``QTextBrowser`` (no browser, no network: links to the other local docs open in the same window,
web links in the user's browser). A build that ships without the docs says where to find them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from privacydesk.buildinfo import build_info
from privacydesk.resources import RESOURCES_DIR

GUIDE = "guide.md"


def docs_dir() -> Path | None:
    """The local documentation folder, if this installation has one."""
    candidates = [RESOURCES_DIR.parent / "docs"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "docs")
    for candidate in candidates:
        if (candidate / GUIDE).is_file():
            return candidate
    return None


def about_text(data_dir: Path, database: str) -> str:
    info = build_info()
    return (f"PrivacyDesk {info.version}" + (f" (build {info.commit})" if info.commit else "") + "\n\n"
            "A privacy inbox for a small business: it reads the team mailbox, turns privacy requests into tracked "
            "requests with their legal due dates, drafts the replies and keeps an audit trail.\n\n"
            f"Your data: {data_dir}\nDatabase: {database}\n\n"
            "Deadline rules are kept as data and explained date by date; they are not legal advice.")


def about_box(parent: QWidget | None, data_dir: Path, database: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, "About PrivacyDesk", about_text(data_dir, database),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


class GuideWindow(QDialog):
    """The local docs, rendered (Markdown), starting at the user guide."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle("PrivacyDesk user guide")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName("User guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(folder / GUIDE)))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        back = buttons.addButton("Back", QDialogButtonBox.ButtonRole.ActionRole)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        layout.addWidget(buttons)
        self.resize(820, 640)


class ShortcutsWindow(QDialog):
    """Every action with a keyboard shortcut, as the menus have them."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        rows = [(a.text().replace("&", "").rstrip("…"),
                 a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)) for a in actions
                if not a.shortcut().isEmpty()]
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels(["What", "Keys"])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)
