"""What the "To review" page does: load the queue, show a message, carry out the decisions.

``ReviewController(panel, review, runner, dialogs)`` receives its view, the review service, the task
runner and the dialog host. Two decisions:

* "This is a request…" asks which request types apply (prefilled from the classifier) and calls
  ``ReviewService.mark_request`` on the writer: a request is opened, the decision audited;
* "Not a request" first asks for confirmation (the content is dropped for good), then calls
  ``ReviewService.mark_not_request``: only metadata stays (DESIGN invariant 5), the decision audited.

Both leave the queue; the composition root then lists the new request (``request_filed``).

PrivacyDesk learns from both decisions (issue 10). "Forget what PrivacyDesk learned…" (the page's
More menu, and the Mail menu) says what it has learned from and, once confirmed, calls
``LearningService.reset`` on the writer (audited by the service).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from privacydesk.domain.wording import plural
from privacydesk.services.ingest import ReviewService
from privacydesk.services.learning import LearningService, LearningSummary
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import for_people, is_refusal, user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.requests.dialogs import TypesDialog
from privacydesk.ui.review.panel import ReviewItem, ReviewPanel
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)


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
    #: "Forget what PrivacyDesk learned" was done: how many decisions were forgotten.
    learning_forgotten = Signal(int)

    def __init__(self, panel: ReviewPanel, review: ReviewService, runner: Runner, dialogs_host: DialogHost,
                 parent: QObject | None = None, *, learning: LearningService | None = None) -> None:
        super().__init__(parent)
        self.learning = learning
        self.panel = panel
        self.review = review
        self.runner = runner
        self.dialogs = dialogs_host
        self.current: ReviewItem | None = None
        self.confirmation: QMessageBox | None = None
        self.count = 0
        self._generation = 0
        self._text_generation = 0
        self._loading = False
        self._deciding = False
        panel.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        panel.request_button.clicked.connect(self.mark_request)
        panel.not_request_button.clicked.connect(self.mark_not_request)
        self.forget_action = QAction("&Forget what PrivacyDesk learned…", self)
        self.forget_action.setObjectName("forgetLearning")
        self.forget_action.setStatusTip("PrivacyDesk learns from each decision on “To review”; start again "
                                        "from the built-in rules only")
        self.forget_action.setEnabled(learning is not None)
        self.forget_action.triggered.connect(self.forget_learning)
        panel.menu.addAction(self.forget_action)

    def is_busy(self) -> bool:
        return self._loading or self._deciding

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        review = self.review
        self.runner.read(lambda: [ReviewItem.of(row) for row in review.messages(review_only=True)],
                         lambda rows: self._on_loaded(generation, rows),
                         lambda exc: self._on_load_failed(generation, exc), name="review queue")

    def _on_loaded(self, generation: int, rows: list[ReviewItem]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        previous = self.current.id if self.current else None
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
        if self.current is not None and self.current.id == data.id \
                and self.panel.text.toPlainText() not in ("", "Loading…"):
            self.current = data
            return
        self.current = data
        self.panel.show_message(data)
        self._text_generation += 1
        generation = self._text_generation
        pk = data.id
        review = self.review
        self.runner.read(lambda: review.message_text(pk), lambda text: self._on_text_loaded(generation, text),
                         lambda exc: self._on_text_loaded(generation, None), name="review text")

    def _on_text_loaded(self, generation: int, text: str | None) -> None:
        if generation == self._text_generation:
            self.panel.show_text(text)

    # -- what PrivacyDesk learned -----------------------------------------------------------------------
    def forget_learning(self) -> None:
        """Say what was learned, ask, then forget it all (the service audits it)."""
        learning = self.learning
        if learning is None:
            return
        self.runner.read(learning.summary, self._on_learning_summary, lambda exc: self._on_forget_failed(exc),
                         name="learning summary")

    def _on_learning_summary(self, summary: LearningSummary) -> None:
        total = summary.requests + summary.not_requests
        if total == 0:
            self.dialogs.show_message(
                "Nothing learned yet",
                "PrivacyDesk has not learned anything yet. It learns from each “This is a request” and "
                "“Not a request” decision on “To review”.", QMessageBox.Icon.Information)
            return
        since = f" since {labels.day(summary.oldest.date())}" if summary.oldest else ""
        self.confirmation = self.dialogs.ask(
            "Forget what PrivacyDesk learned?",
            f"PrivacyDesk has learned from {plural(total, 'decision')} your team made{since}: "
            f"{plural(summary.requests, 'message')} filed as "
            f"{'a request' if summary.requests == 1 else 'requests'} and {summary.not_requests} marked "
            "“Not a request”. It uses them to judge new mail that resembles them.\n\n"
            "Forgetting them means new mail is judged by the built-in rules only, until the team decides "
            "again. The requests and the decisions in the audit trail stay as they are. This cannot be "
            "undone.",
            "Forget it", self._confirmed_forget, no="Keep it")

    def _confirmed_forget(self) -> None:
        learning = self.learning
        if learning is None:
            return
        actor = self.review.requests.actor()
        self.panel.status.setText("Forgetting…")
        self.runner.write(lambda: learning.reset(actor), self._on_forgotten, self._on_forget_failed,
                          name="forget learning")

    def _on_forgotten(self, dropped: int) -> None:
        self.panel.status.setText(f"PrivacyDesk forgot what it learned ({plural(dropped, 'decision')}).")
        emit(self.learning_forgotten, int(dropped))

    def _on_forget_failed(self, exc: BaseException) -> None:
        self.panel.status.setText("")
        self.dialogs.show_error(exc, "Nothing was forgotten: ")

    # -- decisions -------------------------------------------------------------------------------
    def mark_request(self) -> None:
        data = self.current
        if data is None or self._deciding:
            return
        pk = data.id
        dialog = TypesDialog("this message", data.types, self.dialogs.parent_widget)
        dialog.setWindowTitle("This is a privacy request")
        review = self.review

        def accepted() -> None:
            types = dialog.choice()
            self._decide(lambda: review.mark_request(pk, types), self._on_marked_request, "mark request")

        self.dialogs.open_dialog(dialog, accepted)

    def mark_not_request(self) -> None:
        """Ask first: the message's content is dropped for good."""
        data = self.current
        if data is None or self._deciding:
            return
        self.confirmation = self.dialogs.ask(
            "Not a request?",
            f"Mark the message from {data.who} as not a privacy request?\n\nIts text is deleted and only "
            "what the audit needs is kept (sender's domain, date). This cannot be undone.",
            "Not a request", lambda: self._confirmed_not_request(data.id), no="Keep it in the queue")

    def _confirmed_not_request(self, pk: int) -> None:
        if self._deciding:
            return
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
        message = for_people(str(exc)) if refused else user_message(exc)
        if not refused:
            log.error("a review decision failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
        self.panel.status.setText("Not saved.")
        self.dialogs.show_message("Decision not saved", f"{message}\n\nNothing was changed.")
        emit(self.decision_failed, message)
        self.reload()
