"""The "To review" queue: messages the classifier was unsure about, for a person to decide.

``ReviewService.messages(review_only=True)`` lists them (sender, subject, received, the classifier's
verdict and evidence); the panel shows one at a time with its text as **plain text** (mail is
untrusted: a read-only ``QPlainTextEdit``, every label ``Qt.PlainText``, nothing fetched) and two
decisions:

* "This is a request…" asks which request types apply (prefilled from the classifier) and calls
  ``ReviewService.mark_request`` on the writer: a request is opened, the decision audited;
* "Not a request" calls ``ReviewService.mark_not_request``: the content is dropped (only metadata
  stays, DESIGN invariant 5) and the decision audited.

Both leave the queue; the window then lists the new request (``request_filed``). The list is small
(the service caps it at 500), so the model holds the rows themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.ui import actions, labels
from privacydesk.ui.errors import is_refusal, user_message
from privacydesk.ui.listmodel import SmallTableModel
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.request_view import plain_label
from privacydesk.ui.workers import TaskRunner

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
NO_TEXT = "(No readable text was kept for this message.)"


def _when(value: str | None) -> str:
    if not value:
        return "—"
    try:
        return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value


def why_flagged(row: dict[str, Any]) -> str:
    if row.get("kind") == "unreadable":
        return "Could not be read as an email"
    evidence = (row.get("classification") or {}).get("evidence") or []
    return str(evidence[0]) if evidence else "The classifier was unsure"


def suggested_types(row: dict[str, Any]) -> list[str]:
    return [str(t) for t in (row.get("classification") or {}).get("types") or []]


class ReviewModel(SmallTableModel):
    HEADERS = ("From", "Subject", "Received", "Why it is here")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        try:
            if role == IdRole:
                return row.get("id")
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                column = index.column()
                if column == 0:
                    text = row.get("from") or f"(someone at {row.get('sender_domain') or 'an unknown address'})"
                elif column == 1:
                    text = row.get("subject") or "(no subject)"
                elif column == 2:
                    text = _when(row.get("received"))
                else:
                    text = why_flagged(row)
                return labels.tooltip_html(text) if role == Qt.ItemDataRole.ToolTipRole else text
        except Exception:
            log.exception("rendering a review row failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None
        return None

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, message_pk: int) -> int | None:
        for n, row in enumerate(self.rows):
            if row.get("id") == message_pk:
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
                                 "is recorded in the audit trail.", selectable=False)
        layout.addWidget(self.intro)
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
        self.fields = {key: plain_label() for key in ("from", "subject", "received", "types", "confidence",
                                                      "evidence")}
        for key, title in (("from", "From:"), ("subject", "Subject:"), ("received", "Received:"),
                           ("types", "Classifier suggests:"), ("confidence", "Confidence:"),
                           ("evidence", "Why:")):
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
        self.not_request_button.setToolTip("Ordinary mail: keep only what the audit needs, drop the content")
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

    def show_message(self, row: dict[str, Any] | None) -> None:
        enabled = row is not None
        self.request_button.setEnabled(enabled)
        self.not_request_button.setEnabled(enabled)
        if row is None:
            for label in self.fields.values():
                label.setText("")
            self.text.setPlainText("")
            self.status.setText("" if self.model.rows else "Nothing to review.")
            return
        c = row.get("classification") or {}
        self.fields["from"].setText(row.get("from") or f"(someone at {row.get('sender_domain') or '?'})")
        self.fields["subject"].setText(row.get("subject") or "(no subject)")
        self.fields["received"].setText(_when(row.get("received")))
        self.fields["types"].setText(labels.types(suggested_types(row)) if suggested_types(row) else
                                     "no request type recognised")
        confidence = c.get("confidence")
        self.fields["confidence"].setText(f"{float(confidence):.0%}" if isinstance(confidence, int | float)
                                          else "—")
        evidence = [str(e) for e in c.get("evidence") or []]
        self.fields["evidence"].setText("\n".join(f"• {e}" for e in evidence[:8]) or why_flagged(row))
        self.text.setPlainText("Loading…")
        self.status.setText("")

    def show_text(self, text: str | None) -> None:
        self.text.setPlainText(text if text else NO_TEXT)


class ReviewController(QObject):
    """Loads the queue, shows a message, carries out the decisions (reads and writes on workers)."""

    #: The queue was (re)loaded: number of messages.
    queue_loaded = Signal(int)
    #: A message became a request: its reference.
    request_filed = Signal(str)
    #: A message was marked "not a request": its id.
    message_dismissed = Signal(int)
    #: A decision was refused or failed: the message shown.
    decision_failed = Signal(str)

    def __init__(self, panel: ReviewPanel, review: Any, runner: TaskRunner, *,
                 open_dialog: Callable[[QDialog, Callable[[], None]], None],
                 show_message: Callable[[str, str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.review = review
        self.runner = runner
        self._open_dialog = open_dialog
        self._show_message = show_message
        self.current: dict[str, Any] | None = None
        self.count = 0
        self._generation = 0
        self._text_generation = 0
        self._loading = False
        self._deciding = False
        panel.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        panel.request_button.clicked.connect(self.mark_request)
        panel.not_request_button.clicked.connect(self.mark_not_request)

    def is_busy(self) -> bool:
        return self._loading or self._deciding

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        review = self.review
        self.runner.read(lambda: review.messages(review_only=True),
                         lambda rows: self._on_loaded(generation, rows),
                         lambda exc: self._on_load_failed(generation, exc), name="review queue")

    def _on_loaded(self, generation: int, rows: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        previous = self.current.get("id") if self.current else None
        old_row = self.panel.table.selectionModel().currentIndex().row()
        self.panel.model.set_rows(rows)
        self.count = len(rows)
        row = self.panel.model.row_of(previous) if previous is not None else None
        if row is None and rows:
            row = min(max(old_row, 0), len(rows) - 1)
        if row is None:
            self.current = None
            self.panel.show_message(None)
        else:
            index = self.panel.model.index(row, 0)
            self.panel.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self._show_row(row)
        emit(self.queue_loaded, len(rows))

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        log.warning("review queue could not be loaded: %s", type(exc).__name__)
        self.panel.status.setText(f"The list could not be loaded: {exc}")

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_row(current.row())

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.panel.model.rows):
            return
        data = self.panel.model.rows[row]
        if self.current is not None and self.current.get("id") == data.get("id") \
                and self.panel.text.toPlainText() not in ("", "Loading…"):
            self.current = data
            return
        self.current = data
        self.panel.show_message(data)
        self._text_generation += 1
        generation = self._text_generation
        pk = int(data["id"])
        review = self.review
        self.runner.read(lambda: review.message_text(pk), lambda text: self._on_text_loaded(generation, text),
                         lambda exc: self._on_text_loaded(generation, None), name="review text")

    def _on_text_loaded(self, generation: int, text: str | None) -> None:
        if generation == self._text_generation:
            self.panel.show_text(text)

    # -- decisions -------------------------------------------------------------------------------
    def mark_request(self) -> None:
        data = self.current
        if data is None or self._deciding:
            return
        pk = int(data["id"])
        dialog = actions.TypesDialog("this message", suggested_types(data), self.panel.window())
        dialog.setWindowTitle("This is a privacy request")
        review = self.review

        def accepted() -> None:
            types = dialog.choice()
            self._decide(lambda: review.mark_request(pk, types), self._on_marked_request, "mark request")

        self._open_dialog(dialog, accepted)

    def mark_not_request(self) -> None:
        data = self.current
        if data is None or self._deciding:
            return
        pk = int(data["id"])
        review = self.review
        self._decide(lambda: review.mark_not_request(pk), lambda _r: self._on_marked_not_request(pk),
                     "mark not request")

    def _decide(self, call: Callable[[], Any], done: Callable[[Any], None], name: str) -> None:
        self._deciding = True
        self.panel.request_button.setEnabled(False)
        self.panel.not_request_button.setEnabled(False)
        self.panel.status.setText("Saving…")
        self.runner.write(call, lambda result: self._on_decided(done, result), self._on_decision_failed,
                          name=name)

    def _on_decided(self, done: Callable[[Any], None], result: Any) -> None:
        self._deciding = False
        self.current = None
        done(result)
        self.reload()

    def _on_marked_request(self, ref: Any) -> None:
        self.panel.status.setText(f"Filed as {ref}.")
        emit(self.request_filed, str(ref))

    def _on_marked_not_request(self, pk: int) -> None:
        self.panel.status.setText("Marked as not a request.")
        emit(self.message_dismissed, pk)

    def _on_decision_failed(self, exc: BaseException) -> None:
        self._deciding = False

        refused = is_refusal(exc) or isinstance(exc, ValueError | LookupError)
        message = str(exc) if refused else user_message(exc)
        if not refused:
            log.error("a review decision failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
        self.panel.status.setText("Not saved.")
        self._show_message("Decision not saved", f"{message}\n\nNothing was changed.")
        emit(self.decision_failed, message)
        self.reload()
