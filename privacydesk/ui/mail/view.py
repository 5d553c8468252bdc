"""The mail part's view: its actions (Mail menu) and its widgets in the status bar. Layout only."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar


class MailView(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sync_now = QAction("&Sync now", self)
        self.sync_now.setObjectName("syncNow")
        self.sync_now.setShortcut(QKeySequence("F5"))
        self.sync_now.setStatusTip("Check the mailboxes for new mail now")
        self.sync_now.setToolTip("Check the mailboxes for new mail now (F5)")
        self.keep_watching = QAction("&Keep watching", self)
        self.keep_watching.setObjectName("keepWatching")
        self.keep_watching.setCheckable(True)
        self.keep_watching.setStatusTip("Stay connected and file new mail within seconds")
        self.accounts = QAction("&Accounts…", self)
        self.accounts.setObjectName("mailAccounts")
        self.accounts.setStatusTip("Add, test or remove mail accounts")
        self.import_mail = QAction("&Import mail files…", self)
        self.import_mail.setObjectName("importMail")
        self.import_mail.setShortcut(QKeySequence("Ctrl+I"))
        self.import_mail.setStatusTip("Import .eml, mbox or Maildir files")

        self.label = QLabel()
        self.label.setObjectName("syncState")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setContentsMargins(0, 0, 14, 0)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(16)
        self.progress.setTextVisible(True)
        self.progress.hide()

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.sync_now)
        menu.addAction(self.keep_watching)
        menu.addSeparator()
        menu.addAction(self.accounts)
