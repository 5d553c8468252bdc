"""Mail → Outbox…: the replies that are waiting, were not sent, or may have been sent. A view only.

A small window beside the main one (not modal: staff look things up in the requests while it is
open). The same actions as in a request's Messages settle each reply; ``RepliesController`` decides.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.replies.models import OutboxModel

EMPTY = "Nothing is waiting: every reply written in PrivacyDesk has been sent."


class OutboxDialog(QDialog):
    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle("Outbox")
        self.setModal(False)
        self.resize(980, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Replies that are waiting to be sent, were not sent, or may have been sent. "
                                     "A reply that may have been sent is never sent again by itself: check the "
                                     "Sent folder or ask the requester, then say what happened."))
        self.model = OutboxModel(tz, self)
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (1, 190), (2, 210), (3, 200), (4, 120)):
            header.resizeSection(column, width)
        self.empty = plain_label(EMPTY, selectable=False)
        self.empty.setObjectName("outboxEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.detail = plain_label()
        self.detail.setObjectName("outboxDetail")
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton("Send again")
        self.retry_button.setObjectName("outboxRetry")
        self.withdraw_button = QPushButton("Do not send it")
        self.withdraw_button.setObjectName("outboxWithdraw")
        self.sent_button = QPushButton("It was sent")
        self.sent_button.setObjectName("outboxWasSent")
        self.not_sent_button = QPushButton("It was not sent")
        self.not_sent_button.setObjectName("outboxWasNotSent")
        self.check_button = QPushButton("Look in the Sent folder")
        self.check_button.setObjectName("outboxCheck")
        self.check_button.setToolTip("Look for the replies that may have been sent in each mailbox's Sent folder")
        self.close_button = QPushButton("Close")
        for button in (self.retry_button, self.withdraw_button, self.sent_button, self.not_sent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.close_button)
        for button in (self.retry_button, self.withdraw_button, self.sent_button, self.not_sent_button,
                       self.check_button, self.close_button):
            button.setAutoDefault(False)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.close)

    def show_rows(self) -> None:
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
