"""What the main window does: queries, selection, actions, writes, refreshes.

The controller owns no widgets; it wires the ``MainWindow``'s widgets to the services through the
``TaskRunner``: every service call runs on a worker (reads in parallel, writes on the one writer),
and results come back on the GUI thread.

After a write, the service returns a ``Change`` (which request); the controller refreshes only that
row (the model emits ``dataChanged`` for it), the workspace if it shows that request, and the
status-bar counts (STYLE point 4). A refused change (lifecycle rule, extension refused, invalid
input, concurrent change, storage problem) shows the service's own message and changes nothing;
the workspace is reloaded so it shows what is really stored.

Mail: ``MailController`` (accounts, background sync) announces what a sync brought; the controller
then re-runs the table's query without a reset (``RequestTableModel.requery``: new rows appear, the
selection stays), refreshes the rows of requests that got a reply, the counts and the review queue,
and tells the user (``notify.Notifier``: tray message or banner) how many new requests arrived and
when the next one is due. The "To review" tab is driven by ``review_queue.ReviewController``.

Hazard: answers may arrive after the user moved on; every handler checks that the request it
loaded is still the one selected before touching the workspace.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from privacydesk.services.queries import Counts, RequestQueries
from privacydesk.ui import actions
from privacydesk.ui.errors import is_refusal, user_message
from privacydesk.ui.mail_controller import MailController
from privacydesk.ui.notify import MailNews, Notifier
from privacydesk.ui.review_queue import ReviewController
from privacydesk.ui.sync_worker import SyncSummary

if TYPE_CHECKING:
    from privacydesk.ui.main_window import MainWindow

from privacydesk.ui.qtcompat import emit

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250


def next_due(requests: Any, refs: list[str]) -> tuple[date | None, str | None]:
    """The earliest next due date among these requests, and whose (runs on a read worker)."""
    best: tuple[date | None, str | None] = (None, None)
    for ref in refs[:50]:
        try:
            due = (requests.show(ref).get("clock") or {}).get("due")
        except Exception:  # a request that cannot be shown must not stop the notification
            log.warning("due date of a new request could not be read")
            continue
        if due and (best[0] is None or date.fromisoformat(due) < best[0]):
            best = (date.fromisoformat(due), ref)
    return best


class WindowController(QObject):
    #: The workspace now shows this request (after a load or a refresh).
    request_shown = Signal(str)
    #: A change was saved: (ref, action name).
    request_changed = Signal(str, str)
    #: A change was refused or failed: (action name, message shown).
    change_refused = Signal(str, str)
    #: New counts are in the status bar.
    counts_updated = Signal(object)
    #: The window was told about new mail (a ``notify.MailNews``), after the table was refreshed.
    mail_announced = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.runner = window.runner
        self.model = window.model
        self.queries = RequestQueries(self.services.db, self.services.requests)
        self.current_ref: str | None = None
        self.active_dialog: QDialog | None = None
        self.last_message: QMessageBox | None = None
        self.counts: Counts | None = None
        self._workspace_generation = 0

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        w = window
        self.model.filter = str(w.filter_box.currentData())
        w.filter_box.currentIndexChanged.connect(self._on_filter_box_changed)
        w.search_box.textChanged.connect(self._on_search_box_text_changed)
        w.search_box.returnPressed.connect(self._on_search_timer_timeout)
        w.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.rows_refreshed.connect(self._on_model_rows_refreshed)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.runner.task_failed.connect(self._on_runner_task_failed)

        w.action_refresh.triggered.connect(self.reload)
        w.action_find.triggered.connect(self._on_action_find_triggered)
        w.action_quit.triggered.connect(w.close)
        w.action_import.triggered.connect(self.import_mail)
        w.action_status.triggered.connect(self.change_status)
        w.action_verify.triggered.connect(self.verify)
        w.action_extend.triggered.connect(self.extend)
        w.action_pause.triggered.connect(self.pause)
        w.action_resume.triggered.connect(self.resume)
        w.action_regime.triggered.connect(self.confirm_regime)
        w.action_types.triggered.connect(self.edit_types)
        w.action_assign.triggered.connect(self.assign)
        w.action_note.triggered.connect(self.add_note)

        self.notifier = Notifier(w)
        self.review = ReviewController(w.review_panel, self.services.review, self.runner,
                                       open_dialog=self._open_dialog, show_message=self.show_message,
                                       parent=self)
        self.review.queue_loaded.connect(w.set_review_count)
        self.review.request_filed.connect(self._on_review_request_filed)
        self.mail = MailController(w, w.preferences)
        self.mail.mail_arrived.connect(self._on_mail_arrived)
        self.mail.start()
        self.review.reload()

    # -- queries ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        self.refresh_counts()
        self.review.reload()

    def refresh_counts(self) -> None:
        self.runner.read(self.queries.counts, self._on_counts_done, lambda exc: None, name="counts")

    def _on_counts_done(self, counts: Counts) -> None:
        self.counts = counts
        self.window.counts_label.setText(
            f"Open: {counts.open}   Due soon: {counts.due_soon}   Overdue: {counts.overdue}   "
            f"Paused: {counts.paused}   All: {counts.total}")
        emit(self.counts_updated, counts)

    def _on_filter_box_changed(self, _index: int) -> None:
        self.model.set_query(filter=str(self.window.filter_box.currentData()))

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        text = self.window.search_box.text()
        if text != self.model.search:
            self.model.set_query(search=text)

    def _on_action_find_triggered(self) -> None:
        self.window.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.search_box.selectAll()

    def _on_model_loaded(self) -> None:
        if self.counts is None:
            self.refresh_counts()
        self._reselect()

    def _on_model_load_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(f"The list could not be loaded: {message}")

    def _reselect(self) -> None:
        """Keep the selected request selected across reloads, if it is still listed."""
        table = self.window.table
        if self.current_ref is None:
            return
        row = self.model.row_of_ref(self.current_ref)
        if row is None:
            table.selectionModel().clearSelection()
            return
        index = self.model.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)

    def _on_model_rows_refreshed(self, _ids: list[int]) -> None:
        # A row selected before it was fetched can be shown now.
        if self.current_ref is None:
            index = self.window.table.selectionModel().currentIndex()
            if index.isValid():
                self._select_row(index.row())

    # -- selection and workspace -------------------------------------------------------------------
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._select_row(current.row())

    def _select_row(self, row: int) -> None:
        data = self.model.row_data(row)
        if data is None:
            self.current_ref = None  # wait for the row to arrive (_on_model_rows_refreshed)
            self.window.workspace.show_loading()
            return
        if data.ref == self.current_ref and self.window.workspace.current is not None:
            return
        self.current_ref = data.ref
        self.load_workspace()

    def select_ref(self, ref: str) -> bool:
        """Select a request by reference (if listed and fetched); True if it was found."""
        row = self.model.row_of_ref(ref)
        if row is None:
            return False
        self.window.table.selectRow(row)
        self._select_row(row)
        return True

    def load_workspace(self) -> None:
        ref = self.current_ref
        self._workspace_generation += 1
        generation = self._workspace_generation
        if ref is None:
            self.window.workspace.show_nothing()
            self._update_actions()
            return
        self.window.workspace.show_loading()
        requests = self.services.requests
        self.runner.read(lambda: requests.show(ref),
                         lambda data: self._on_workspace_loaded(generation, ref, data),
                         lambda exc: self._on_workspace_failed(generation, exc), name="show request")

    def _on_workspace_loaded(self, generation: int, ref: str, data: dict[str, Any]) -> None:
        if generation != self._workspace_generation or ref != self.current_ref:
            return
        self.window.workspace.show_request(data)
        self._update_actions()
        emit(self.request_shown, ref)

    def _on_workspace_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._workspace_generation:
            return
        self.window.workspace.show_error(user_message(exc))
        self._update_actions()

    def _update_actions(self) -> None:
        w = self.window
        data = w.workspace.current
        for action in w.request_actions:
            action.setEnabled(data is not None)
        if data is None:
            return
        from privacydesk.domain.vocab import CLOSED_STATUSES

        is_open = data.get("status") not in {s.value for s in CLOSED_STATUSES}
        paused = any(p.get("ended") is None for p in data.get("pauses") or [])
        w.action_verify.setEnabled(is_open)
        w.action_extend.setEnabled(is_open and not data.get("extended"))
        w.action_pause.setEnabled(is_open and not paused)
        w.action_resume.setEnabled(is_open and paused)

    # -- actions -----------------------------------------------------------------------------------
    def _current(self) -> dict[str, Any] | None:
        data = self.window.workspace.current
        if data is None or data.get("ref") != self.current_ref:
            return None
        return data

    def _open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self._close_active_dialog()
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            on_accept()

        def finished(_result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()

    def _close_active_dialog(self) -> None:
        if self.active_dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt (WA_DeleteOnClose)
                self.active_dialog.close()
            self.active_dialog = None

    def _today(self) -> date:
        return self.services.requests.today()

    def _ask(self, dialog: QDialog, action: str, ref: str, submit: Callable[[], Callable[[], Any]]) -> None:
        """Open ``dialog``; on OK, ``submit()`` reads its input (GUI thread) and returns the service
        call, which then runs on the writer with those plain values only."""
        self._open_dialog(dialog, lambda: self._write(action, ref, submit()))

    def change_status(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        dialog = actions.StatusDialog(ref, data["status"], data["verification"], self.window)

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.set_status(ref, c.status, reason=c.reason, outcome=c.outcome)

        self._ask(dialog, "status", ref, submit)

    def verify(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        dialog = actions.VerifyDialog(ref, data["verification"], data.get("flags") or [], self.window)

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.verify(ref, c.method, state=c.state, note=c.note)

        self._ask(dialog, "verify", ref, submit)

    def extend(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        respond_by = (data.get("milestones") or {}).get("respond_by")
        dialog = actions.ExtendDialog(ref, data.get("regime") or "unknown", self._today(),
                                      date.fromisoformat(respond_by) if respond_by else None, self.window)

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.extend(ref, c.reason, to=c.to)

        self._ask(dialog, "extend", ref, submit)

    def pause(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        received = data.get("received_date")
        dialog = actions.PauseDialog(ref, self._today(), date.fromisoformat(received) if received else None,
                                     self.window)

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.pause(ref, c.waiting_for, on=c.on, note=c.note)

        self._ask(dialog, "pause", ref, submit)

    def resume(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        open_pauses = [p for p in data.get("pauses") or [] if p.get("ended") is None]
        since = date.fromisoformat(open_pauses[-1]["started"]) if open_pauses else None
        dialog = actions.ResumeDialog(ref, self._today(), since, self.window)

        def submit() -> Callable[[], Any]:
            on = dialog.choice()
            return lambda: requests.resume(ref, on=on)

        self._ask(dialog, "resume", ref, submit)

    def confirm_regime(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        dialog = actions.RegimeDialog(ref, data.get("regime") or "unknown", bool(data.get("regime_confirmed")),
                                      self.window)

        def submit() -> Callable[[], Any]:
            regime = dialog.choice()
            return lambda: requests.set_regime(ref, regime)

        self._ask(dialog, "regime", ref, submit)

    def edit_types(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        dialog = actions.TypesDialog(ref, data.get("types") or [], self.window)

        def submit() -> Callable[[], Any]:
            types = dialog.choice()
            return lambda: requests.set_types(ref, types)

        self._ask(dialog, "types", ref, submit)

    def assign(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        dialog = actions.AssignDialog(ref, data.get("assignee"), self.window)

        def submit() -> Callable[[], Any]:
            assignee = dialog.choice()
            return lambda: requests.assign(ref, assignee)

        self._ask(dialog, "assign", ref, submit)

    def add_note(self) -> None:
        data = self._current()
        if data is None:
            return
        ref, requests = data["ref"], self.services.requests
        dialog = actions.NoteDialog(ref, self.window)

        def submit() -> Callable[[], Any]:
            text = dialog.choice()
            return lambda: requests.add_note(ref, text)

        self._ask(dialog, "note", ref, submit)

    # -- writes ------------------------------------------------------------------------------------
    def _write(self, action: str, ref: str, call: Callable[[], Any]) -> None:
        """Run one change on the writer; the dialog's input was read before this (default args)."""
        self.window.statusBar().showMessage(f"Saving {ref}…")
        self.runner.write(call, lambda change: self._on_write_done(action, ref, change),
                          lambda exc: self._on_write_failed(action, ref, exc), name=f"write {action}")

    def _on_write_done(self, action: str, ref: str, change: Any) -> None:
        changed_ref = getattr(change, "ref", None) or ref
        self.window.statusBar().showMessage(f"{changed_ref} saved.", 5000)
        self._refresh_after_change(changed_ref)
        emit(self.request_changed, changed_ref, action)

    def _on_write_failed(self, action: str, ref: str, exc: BaseException) -> None:
        message = user_message(exc)
        if not is_refusal(exc):
            log.error("change %s failed unexpectedly: %s", action, type(exc).__name__, exc_info=exc)
        self.window.statusBar().showMessage(f"{ref}: change refused.", 5000)
        self.show_message("Change not made", f"{ref}: {message}\n\nNothing was changed.")
        self._refresh_after_change(ref)
        emit(self.change_refused, action, message)

    def _refresh_after_change(self, ref: str) -> None:
        self.model.refresh_ref(ref)
        if ref == self.current_ref:
            self.load_workspace()
        self.refresh_counts()

    def show_message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        """A non-blocking message box (plain text: messages can quote mail content)."""
        if self.last_message is not None:
            self.last_message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: self._forget_message(box))
        self.last_message = box
        box.open()

    def _forget_message(self, box: QMessageBox) -> None:
        if self.last_message is box:
            self.last_message = None

    def _on_runner_task_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(user_message(exc), 10000)

    # -- mail import and demo ------------------------------------------------------------------------
    def import_mail(self) -> None:
        dialog = QFileDialog(self.window, "Import mail")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(["Mail files (*.eml *.mbox *.mbx *.txt)", "All files (*)"])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, False)
        self._open_dialog(dialog, lambda: None)
        dialog.filesSelected.connect(lambda files: self.import_files([Path(f) for f in files]))

    def import_files(self, paths: list[Path]) -> None:
        if not paths:
            return
        try:
            from privacydesk.services.mailimport import import_paths
        except ImportError:
            self.show_message("Import mail", "Mail import is not available in this version yet.")
            return
        services = self.services
        ingest = getattr(services, "ingest", None)
        if ingest is None:
            self.show_message("Import mail", "Mail import is not available in this version yet.")
            return
        self.window.statusBar().showMessage(f"Importing {len(paths)} file(s)…")
        self.runner.write(lambda: import_paths(ingest, services.profile, paths),
                          self._on_import_done, lambda exc: self._on_import_failed(exc), name="import mail")

    def _on_import_done(self, report: Any) -> None:
        self.window.statusBar().showMessage("Import finished.", 5000)
        self.show_message("Import finished", describe_import(report), QMessageBox.Icon.Information)
        self.reload()

    def _on_import_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        self.show_message("Import failed", user_message(exc))

    def load_demo(self) -> None:
        """Import the bundled demo mailbox (``--demo``) on the writer, then list it."""
        try:
            from privacydesk.services.demo import load_demo
        except ImportError:
            self.window.statusBar().showMessage("The demo mailbox is not available in this version.")
            return
        services = self.services
        self.window.statusBar().showMessage("Loading the demo mailbox…")
        self.runner.write(lambda: load_demo(services), self._on_demo_loaded,
                          lambda exc: self.show_message("Demo", user_message(exc)), name="load demo")

    def _on_demo_loaded(self, report: Any) -> None:
        self.window.statusBar().showMessage("Demo mailbox loaded. Changes are thrown away on exit.", 10000)
        self.reload()

    # -- new mail ------------------------------------------------------------------------------------
    def _on_mail_arrived(self, summary: SyncSummary) -> None:
        """A sync filed mail: narrow refresh of the table, counts, queue; then tell the user."""
        self.model.requery()
        for ref in summary.follow_ups:
            self.model.refresh_ref(ref)
            if ref == self.current_ref:
                self.load_workspace()
        self.refresh_counts()
        if summary.needs_review or summary.new_messages:
            self.review.reload()
        refs = list(summary.new_requests)
        requests = self.services.requests

        def tell(result: tuple[date | None, str | None]) -> None:
            news = MailNews(new_requests=tuple(refs), follow_ups=summary.follow_ups,
                            needs_review=summary.needs_review, next_due=result[0], next_due_ref=result[1])
            self.notifier.notify(news)
            emit(self.mail_announced, news)

        if refs:
            self.runner.read(lambda: next_due(requests, refs), tell, lambda _exc: tell((None, None)),
                             name="next due")
        else:
            tell((None, None))

    def _on_review_request_filed(self, ref: str) -> None:
        self.window.statusBar().showMessage(f"{ref} opened from the review queue.", 8000)
        self.model.requery()
        self.refresh_counts()

    def shutdown(self) -> None:
        self._search_timer.stop()
        self.mail.shutdown()
        if self.notifier.tray is not None:
            self.notifier.tray.hide()
        self.runner.shutdown()


def describe_import(report: Any) -> str:
    """An ``IngestReport`` in words (tolerant of missing fields: the report may grow)."""
    if report is None:
        return "Done."
    parts = []
    for attr, text in (("new_messages", "new messages"), ("duplicates", "already imported"),
                       ("non_requests", "not privacy requests"), ("needs_review", "need a person to look"),
                       ("automated", "automated"), ("unreadable", "unreadable")):
        value = getattr(report, attr, None)
        if isinstance(value, int):
            parts.append(f"{value} {text}")
    new_requests = getattr(report, "new_requests", None)
    if isinstance(new_requests, list):
        parts.append(f"{len(new_requests)} new requests")
    follow_ups = getattr(report, "follow_ups", None)
    if isinstance(follow_ups, list):
        parts.append(f"{len(follow_ups)} follow-ups joined to their request")
    text = ", ".join(parts) + "." if parts else "Done."
    failures = getattr(report, "failures", None) or []
    if failures:
        text += f"\n\n{len(failures)} file(s) could not be read:\n"
        text += "\n".join(f"• {origin}: {why}" for origin, why in failures[:20])
    return text
