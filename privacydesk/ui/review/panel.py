"""The "To review" page's layout: the queue of messages the classifier was unsure about, one
message's details as **plain text** (mail is untrusted: a read-only ``QPlainTextEdit``, every label
``Qt.PlainText``, nothing fetched) and the two decisions. A view only; ``controller.py`` decides.

The list is small (the service caps it at 500), so the model holds the rows themselves, as frozen
``ReviewItem`` values made from the service's rows.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain import display
from privacydesk.ui import labels
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.listmodel import SmallTableModel
from privacydesk.ui.review.evidence import evidence_line, evidence_words


def evidence_line_learned(evidence: Sequence[str]) -> str | None:
    """The learned model's line, if it weighed in on this message."""
    for item in evidence:
        if str(item).startswith("learned:"):
            line = evidence_line(str(item))
            if line:
                return line
    return None

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
NO_TEXT = "(No readable text was kept for this message.)"


@dataclass(frozen=True)
class ReviewItem:
    """One message waiting for a decision (from ``ReviewService.messages``)."""

    id: int
    sender: str | None
    sender_domain: str | None
    subject: str | None
    received: datetime | None
    unreadable: bool
    types: tuple[str, ...]
    confidence: float | None
    evidence: tuple[str, ...]
    #: Why the classifier put it here, in plain words (issue 10: ``Classification.review_reason``).
    review_reason: str | None = None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> ReviewItem:
        c = row.get("classification") or {}
        received = None
        if row.get("received"):
            try:
                received = datetime.fromisoformat(str(row["received"]))
            except ValueError:
                received = None
        confidence = c.get("confidence")
        reason = row.get("review_reason") or c.get("review_reason")
        return cls(id=int(row["id"]), sender=row.get("from"), sender_domain=row.get("sender_domain"),
                   subject=row.get("subject"), received=received, unreadable=row.get("kind") == "unreadable",
                   types=tuple(str(t) for t in c.get("types") or ()),
                   confidence=float(confidence) if isinstance(confidence, int | float) else None,
                   evidence=tuple(str(e) for e in c.get("evidence") or ()),
                   review_reason=str(reason).strip() or None if reason else None)

    @property
    def who(self) -> str:
        return self.sender or f"(someone at {self.sender_domain or 'an unknown address'})"

    def why(self) -> str:
        """Why it is in the queue, in a few words."""
        if self.unreadable:
            return "Could not be read as an email"
        if self.review_reason:
            return self.review_reason
        words = evidence_words(self.evidence, limit=1)
        return words[0] if words else "The classifier was unsure"


class ReviewModel(SmallTableModel):
    HEADERS = ("From", "Subject", "Received", "Why it is here")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewItem] = []

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        try:
            if role == IdRole:
                return row.id
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                column = index.column()
                if column == 0:
                    text = display.line(row.who)
                elif column == 1:
                    text = display.line(row.subject, "(no subject)")
                elif column == 2:
                    text = labels.moment(row.received)
                else:
                    text = row.why()
                return labels.tooltip_html(text) if role == Qt.ItemDataRole.ToolTipRole else text
        except Exception:
            log.exception("rendering a review row failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None
        return None

    def set_rows(self, rows: Sequence[ReviewItem]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, message_pk: int) -> int | None:
        for n, row in enumerate(self.rows):
            if row.id == message_pk:
                return n
        return None


class ReviewPanel(QWidget):
    """Layout only: the queue over one message's details and the two decisions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReviewModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.intro = plain_label("Messages that may be privacy requests. Decide for each one; the decision "
                                 "is recorded in the audit trail, and PrivacyDesk learns from it.", selectable=False)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        #: The page's own menu ("Forget what PrivacyDesk learned…"); the controller fills it.
        self.menu = QMenu("More", self)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("reviewMenuButton")
        self.menu_button.setText("More")
        self.menu_button.setToolTip("What PrivacyDesk learned from your decisions")
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 220), (1, 320), (2, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        # No "how sure" percentage: a rule score shown as a percentage reads as more precise than it
        # is, and for mail in review it contradicted "not clearly enough" (the reason says why).
        self.fields = {key: plain_label() for key in ("from", "subject", "received", "reason", "types",
                                                      "evidence")}
        for key, title in (("from", "From:"), ("subject", "Subject:"), ("received", "Received:"),
                           ("reason", "Why it is here:"), ("types", "Might ask for:"),
                           ("evidence", "What PrivacyDesk noticed:")):
            form.addRow(title, self.fields[key])
        detail_layout.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reviewText")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText("Select a message to read it.")
        detail_layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.request_button = QPushButton("This is a &request…")
        self.request_button.setToolTip("Open a privacy request from this message")
        self.not_request_button = QPushButton("&Not a request")
        self.not_request_button.setToolTip("Ordinary mail: keep only what the audit needs, drop the content "
                                           "(you are asked to confirm)")
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.not_request_button)
        buttons.addStretch(1)
        self.status = plain_label(selectable=False)
        buttons.addWidget(self.status)
        detail_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([300, 500])
        layout.addWidget(self.splitter, 1)
        self.show_message(None)

    def show_message(self, row: ReviewItem | None) -> None:
        enabled = row is not None
        self.request_button.setEnabled(enabled)
        self.not_request_button.setEnabled(enabled)
        if row is None:
            for label in self.fields.values():
                label.setText("")
            self.text.setPlainText("")
            self.status.setText("" if self.model.rows else "Nothing to review.")
            return
        self.fields["from"].setText(display.line(row.who))
        self.fields["subject"].setText(display.line(row.subject, "(no subject)"))
        self.fields["received"].setText(labels.moment(row.received))
        self.fields["reason"].setText(row.why())
        self.fields["types"].setText(labels.types(row.types) if row.types else "no request type recognised")
        words = evidence_words(row.evidence, limit=8)
        learned = evidence_line_learned(row.evidence)
        if learned and learned not in words:
            words.append(learned)  # always shown, even past the limit: it is the team's own teaching
        self.fields["evidence"].setText("\n".join(f"• {e}" for e in words) or "Nothing in particular.")
        self.text.setPlainText("Loading…")
        self.status.setText("")

    def show_text(self, text: str | None) -> None:
        self.text.setPlainText(text if text else NO_TEXT)
