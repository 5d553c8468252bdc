"""The request's messages with our replies and their outbox state, in the workspace. A view only.

Top: replies found in the Sent folder whose status change is offered ("A reply in the Sent folder
looks like “Confirm receipt” — mark the request acknowledged?"), each with its two answers. Then the
thread — what arrived and what we sent, with each reply's state in words (waiting to be sent, sent,
not sent, may have been sent, saved as a draft) — and the selected message as plain text. For a reply
that was not sent, or may have been, the actions that settle it sit right above its text.

The view also holds the part's actions (Reply…, Mail → Outbox…) so that the composition root can put
them in the menus and the toolbar. ``controller.RepliesController`` decides everything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.replies.models import ThreadModel

SUGGESTION_STYLE = ("QFrame#suggestion { background: #e1ebf8; border: 1px solid #3f76c0; border-radius: 4px; } "
                    "QLabel { color: #1d4e89; }")
ATTENTION_STYLE = ("QFrame#replyAttention { background: #fbe3e4; border: 1px solid #d9a2a5; border-radius: 4px; } "
                   "QLabel { color: #8e1116; }")


@dataclass(frozen=True)
class SuggestionOffer:
    """One offered status change, in words, with what its two buttons say and do."""

    key: int
    text: str
    yes: str
    on_yes: Callable[[], None]
    on_no: Callable[[], None]
    yes_allowed: bool = True


class ThreadView(QWidget):
    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadView")
        self.reply_action = QAction("&Reply…", self)
        self.reply_action.setObjectName("reply")
        self.reply_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.reply_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.reply_action.setStatusTip("Write to the requester: choose a letter, check it, save it as a draft or send it")
        self.reply_action.setToolTip("Write to the requester with a letter (Ctrl+Shift+Y)")
        self.outbox_action = QAction("&Outbox…", self)
        self.outbox_action.setObjectName("outbox")
        self.outbox_action.setStatusTip("Replies waiting to be sent, not sent, or that may have been sent")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.suggestions = QVBoxLayout()
        self.suggestions.setSpacing(4)
        layout.addLayout(self.suggestions)
        self.suggestion_frames: list[QFrame] = []

        top = QHBoxLayout()
        self.reply_button = QToolButton()
        self.reply_button.setObjectName("replyButton")
        self.reply_button.setDefaultAction(self.reply_action)
        self.reply_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top.addWidget(self.reply_button)
        self.summary = plain_label(selectable=False)
        self.summary.setObjectName("threadSummary")
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.model = ThreadModel(tz, self)
        self.table = QTableView()
        self.table.setObjectName("threadTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 64), (2, 200), (4, 200)):
            header.resizeSection(column, width)
        split.addWidget(self.table)

        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(4)
        self.attention = QFrame()
        self.attention.setObjectName("replyAttention")
        self.attention.setStyleSheet(ATTENTION_STYLE)
        attention_layout = QHBoxLayout(self.attention)
        attention_layout.setContentsMargins(8, 4, 4, 4)
        self.attention_text = plain_label()
        self.attention_text.setObjectName("replyAttentionText")
        attention_layout.addWidget(self.attention_text, 1)
        self.retry_button = QPushButton("Send again")
        self.retry_button.setObjectName("retryReply")
        self.sent_button = QPushButton("It was sent")
        self.sent_button.setObjectName("replyWasSent")
        self.not_sent_button = QPushButton("It was not sent")
        self.not_sent_button.setObjectName("replyWasNotSent")
        self.withdraw_button = QPushButton("Do not send it")
        self.withdraw_button.setObjectName("withdrawReply")
        for button in (self.retry_button, self.withdraw_button, self.sent_button, self.not_sent_button):
            attention_layout.addWidget(button)
        self.attention.hide()
        reading_layout.addWidget(self.attention)
        self.text = QPlainTextEdit()
        self.text.setObjectName("threadText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        reading_layout.addWidget(self.text, 1)
        split.addWidget(reading)
        split.setSizes([110, 260])
        layout.addWidget(split, 1)

    # -- setters -------------------------------------------------------------------------------------
    def show_suggestions(self, offers: Sequence[SuggestionOffer]) -> None:
        for frame in self.suggestion_frames:
            self.suggestions.removeWidget(frame)
            frame.deleteLater()
        self.suggestion_frames = []
        for offer in offers:
            frame = QFrame()
            frame.setObjectName("suggestion")
            frame.setStyleSheet(SUGGESTION_STYLE)
            row = QHBoxLayout(frame)
            row.setContentsMargins(8, 4, 4, 4)
            label = plain_label(offer.text)
            label.setObjectName("suggestionText")
            row.addWidget(label, 1)
            yes = QPushButton(offer.yes)
            yes.setObjectName("applySuggestion")
            yes.setEnabled(offer.yes_allowed)
            yes.clicked.connect(offer.on_yes)
            no = QPushButton("No, leave it")
            no.setObjectName("dismissSuggestion")
            no.clicked.connect(offer.on_no)
            row.addWidget(yes)
            row.addWidget(no)
            self.suggestions.addWidget(frame)
            self.suggestion_frames.append(frame)

    def show_attention(self, text: str, *, retry: bool = False, settle: bool = False) -> None:
        """What to do about the selected reply (``text`` empty: nothing to do)."""
        self.attention_text.setText(text)
        self.retry_button.setVisible(retry)
        self.withdraw_button.setVisible(retry)
        self.sent_button.setVisible(settle)
        self.not_sent_button.setVisible(settle)
        self.attention.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for button in (self.retry_button, self.withdraw_button, self.sent_button, self.not_sent_button):
            button.setEnabled(not busy)
