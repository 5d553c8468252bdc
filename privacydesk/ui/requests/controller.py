"""What the requests part does: queues, search, selection, the workspace, the actions and their writes.

``RequestsController(requests, queries, runner, page, actions, dialogs, status)`` receives exactly
what it uses: the request service (reads and writes), the table queries, the task runner, its view
(``page.RequestsPage``), its actions (``actions.RequestActions``), the dialog host and a way to put a
line in the status bar. It knows nothing of the main window or of other parts; the composition root
(``ui/app.py``) connects its signals to them.

Every service call runs on the runner (reads in parallel, writes on the one writer); results come
back on the GUI thread. After a write the service returns a ``Change``; only that row is refreshed
(the model emits ``dataChanged`` for it), the workspace if it shows that request, and the counts
(STYLE point 4). A refused change shows the service's own words and changes nothing; the workspace
is reloaded so it shows what is really stored.

The actions act only on the request the workspace shows, and only while it is selected in the
list and the requests page is the one on screen (``set_active``): choosing another queue, a search
that hides it, or another page ("To review") disables them.

Closing a request asks for the register's facts (issue 13): done in full or in part, why it was
denied, what was sent when no letter sent from PrivacyDesk records it, and an internal note. A
decided request can be appealed ("Record appeal…"), and a reply that looks like an appeal is offered
in the workspace (issue 15); links between an appeal and the request it contests open the other one.

Hazard: answers may arrive after the user moved on; every handler checks that the request it loaded
is still the one selected before touching the workspace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog

from privacydesk.domain import wording
from privacydesk.domain.wording import plural
from privacydesk.services.queries import Counts, RequestQueries
from privacydesk.services.request_detail import RequestDetail, RequestSummary
from privacydesk.services.requests import NewRequest, RequestService
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import is_refusal, user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.requests import dialogs
from privacydesk.ui.requests.actions import RequestActions
from privacydesk.ui.requests.page import RequestsPage
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
#: Typed before words, searches the text of the messages (full text) instead of names and references.
TEXT_PREFIX = "text:"

#: The sidebar's request queues: filter name → (label, what an empty queue means).
QUEUES: dict[str, tuple[str, str]] = {
    "open": ("All open", "No open requests. New ones appear here as mail arrives (connect the privacy "
                         "mailbox with Mail → Accounts…); a request that came by phone, post or in person is "
                         "added with New request…"),
    "new": ("New", "No new requests: every request has been acknowledged."),
    "due_soon": ("Due soon", "Nothing is due in the next few days."),
    "overdue": ("Overdue", "Nothing is overdue."),
    "awaiting_verification": ("Awaiting verification", "No request is waiting for identity verification."),
    "in_progress": ("In progress", "No request is in progress."),
    "closed": ("Closed", "No closed requests yet."),
    "all": ("All requests", "No requests yet."),
}

StatusLine = Callable[[str, int], None]


def letter_words(detail: RequestDetail) -> str | None:
    """The letter sent from PrivacyDesk that records what was sent (the register names the template of
    the newest reply event), in words; None when no letter records it and staff should say."""
    for entry in reversed(detail.audit):
        template = entry.after.get("template")
        if isinstance(template, str) and template:
            return (f"the letter “{wording.readable(template)}” of {labels.day(entry.at.date())}, recorded "
                    "when it was sent")
    return None


class RequestsController(QObject):
    #: The workspace now shows this request (after a load or a refresh).
    request_shown = Signal(str)
    #: A change was saved: (ref, action name).
    request_changed = Signal(str, str)
    #: A change was refused or failed: (action name, message shown).
    change_refused = Signal(str, str)
    #: New counts for every queue (a ``Counts``).
    counts_updated = Signal(object)
    #: A request was created from the window ("New request…"): its reference.
    request_created = Signal(str)
    #: The controller wants this sidebar queue shown (to open a request listed only there).
    queue_wanted = Signal(str)
    #: A dialog's "Write …" was chosen instead of a plain change: (ref, template). The composition
    #: root opens the composer with that letter.
    letter_requested = Signal(str, str)

    def __init__(self, requests: RequestService, queries: RequestQueries, runner: Runner, page: RequestsPage,
                 actions: RequestActions, dialogs_host: DialogHost, status: StatusLine,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests = requests
        self.queries = queries
        self.runner = runner
        self.page = page
        self.model = page.model
        self.workspace = page.workspace
        self.actions = actions
        self.dialogs = dialogs_host
        self._status = status
        self.queue = self.model.filter
        self.current_ref: str | None = None
        self.counts: Counts | None = None
        self.active = True  # the requests page is on screen (``set_active``)
        self._open_after_requery: str | None = None
        #: HOOK(issue 11): ``confirm_received(ref, day) -> Change`` when the request service can
        #: confirm or correct a received date; None until then (the action stays disabled, saying so).
        self.confirm_received_call: Callable[[str, date], Any] | None = None
        #: The letters a dialog offers, given by the replies part: (ref, action) → [(template, title)].
        #: Actions: "acknowledge", "verify", "extend", "close", "deny".
        self.letter_offers: Callable[[str, str], list[tuple[str, str]]] | None = None
        self._workspace_generation = 0
        self._closed = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        page.search_box.textChanged.connect(self._on_search_box_text_changed)
        page.search_box.returnPressed.connect(self._on_search_timer_timeout)
        page.search_messages.toggled.connect(self._on_search_messages_toggled)
        page.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.requeried.connect(self._on_model_requeried)
        self.model.rows_refreshed.connect(self._on_model_rows_refreshed)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.workspace.set_note_action(actions.note)
        self.workspace.flag_actions["received_date_uncertain"] = actions.confirm_received
        self.workspace.ref_link_activated.connect(self.open_ref)
        self.workspace.appeal_suggestion_accepted.connect(self.open_suggested_appeal)
        self.workspace.appeal_suggestion_dismissed.connect(self.dismiss_suggested_appeal)

        a = actions
        a.new_request.triggered.connect(self.new_request)
        a.acknowledge.triggered.connect(self.acknowledge)
        a.verify.triggered.connect(self.verify)
        a.extend.triggered.connect(self.extend)
        a.pause.triggered.connect(self.pause)
        a.resume.triggered.connect(self.resume)
        a.complete.triggered.connect(self.complete)
        a.status.triggered.connect(self.change_status)
        a.regime.triggered.connect(self.confirm_regime)
        a.types.triggered.connect(self.edit_types)
        a.edit_requester.triggered.connect(self.edit_requester)
        a.merge.triggered.connect(self.merge)
        a.assign.triggered.connect(self.assign)
        a.note.triggered.connect(self.add_note)
        a.appeal.triggered.connect(self.record_appeal)
        a.confirm_received.triggered.connect(self.confirm_received)
        self._show_title()

    # -- queues and search -------------------------------------------------------------------------
    def start(self) -> None:
        """The first query (the view's sort indicator decides the order)."""
        self.model.reload()
        self.refresh_counts()

    def set_queue(self, queue: str) -> None:
        if queue not in QUEUES:
            raise KeyError(queue)
        self.queue = queue
        self._show_title()
        self.model.set_query(filter=queue)

    def reload(self) -> None:
        self.model.reload()
        self.refresh_counts()

    def set_active(self, active: bool) -> None:
        """The requests page is shown (True) or another page is (False): the request actions act only
        on a request the user can see."""
        self.active = active
        self._update_actions()

    def set_confirm_received(self, call: Callable[[str, date], Any] | None) -> None:
        """HOOK(issue 11): give the service call that confirms a received date, when it exists."""
        self.confirm_received_call = call
        self.actions.can_confirm_received = call is not None
        self._update_actions()

    def focus_search(self) -> None:
        self.page.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.page.search_box.selectAll()

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        search, text = self.search_terms()
        if (search, text) != (self.model.search, self.model.text):
            self.model.set_query(search=search, text=text)

    def search_terms(self) -> tuple[str, str]:
        """(reference/name/email/subject words, words in the messages) of the search box: the box
        searches message text when "In messages" is on, or when it starts with "text:"."""
        typed = self.page.search_box.text()
        if typed.strip().lower().startswith(TEXT_PREFIX):
            return "", typed.strip()[len(TEXT_PREFIX):].strip()
        if self.page.search_messages.isChecked():
            return "", typed
        return typed, ""

    def search_in_messages(self) -> None:
        """Ctrl+Shift+F: search the messages' text (the box takes the focus)."""
        self.page.search_messages.setChecked(True)
        self.focus_search()

    def _on_search_messages_toggled(self, checked: bool) -> None:
        self.page.show_search_mode(checked)
        self._on_search_timer_timeout()

    def _show_title(self) -> None:
        self.page.queue_title.setText(QUEUES[self.queue][0])

    def _show_result(self) -> None:
        rows = self.model.rowCount()
        search = self.model.search.strip()
        text = self.model.text.strip()
        name = QUEUES[self.queue][0]
        if rows:
            matching = (f" matching “{search}”" if search else "") + (
                f" whose messages contain “{text}”" if text else "")
            self.page.result_count.setText(f"  {plural(rows, 'request')}{matching}")
            self.page.show_table()
        elif text:
            self.page.result_count.setText("")
            where = "" if self.queue == "all" else f" in “{name}”"
            hint = "" if self.queue == "all" else " Try “All requests”, or fewer words."
            self.page.show_empty(f"No request{where} has a message containing “{text}”.{hint}")
        elif search:
            self.page.result_count.setText("")
            where = "any request" if self.queue == "all" else f"“{name}”"
            hint = "" if self.queue == "all" else " Try “All requests”, or fewer letters."
            self.page.show_empty(f"No request in {where} matches “{search}”.{hint}")
        else:
            self.page.result_count.setText("")
            self.page.show_empty(QUEUES[self.queue][1])

    # -- counts ------------------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        self.runner.read(self.queries.counts, self._on_counts_done,
                         lambda exc: log.warning("counts failed: %s", type(exc).__name__), name="counts")

    def _on_counts_done(self, counts: Counts) -> None:
        self.counts = counts
        emit(self.counts_updated, counts)

    # -- the list ----------------------------------------------------------------------------------
    def _on_model_loaded(self) -> None:
        self._show_result()
        pending, self._open_after_requery = self._open_after_requery, None
        if pending is not None:
            self.open_ref(pending)
            return
        self._reselect()

    def _on_model_requeried(self) -> None:
        self._show_result()
        pending, self._open_after_requery = self._open_after_requery, None
        if pending is not None:
            self.open_ref(pending)
            return
        if self.current_ref is None:
            return
        row = self.model.row_of_ref(self.current_ref)
        if row is None and self.model.id_for_ref(self.current_ref) is None:
            self._clear_selection()
        elif row is not None and self.page.table.selectionModel().currentIndex().row() != row:
            self._reselect()

    def _on_model_load_failed(self, message: str) -> None:
        self._status(f"The list could not be loaded: {message}", 0)

    def _reselect(self) -> None:
        """Keep the selected request selected across reloads, if it is still listed; else nothing is."""
        if self.current_ref is None:
            return
        row = self.model.row_of_ref(self.current_ref)
        if row is None:
            self._clear_selection()
            return
        index = self.model.index(row, 0)
        self.page.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.page.table.scrollTo(index)

    def _clear_selection(self) -> None:
        self.page.table.selectionModel().clearSelection()
        self.page.table.selectionModel().setCurrentIndex(QModelIndex(),
                                                         QItemSelectionModel.SelectionFlag.NoUpdate)
        self.current_ref = None
        self._workspace_generation += 1
        self.workspace.show_nothing()
        self._update_actions()

    def _on_model_rows_refreshed(self, _ids: list[int]) -> None:
        # A row selected before it was fetched can be shown now.
        if self.current_ref is None:
            index = self.page.table.selectionModel().currentIndex()
            if index.isValid():
                self._select_row(index.row())

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._select_row(current.row())

    def _select_row(self, row: int) -> None:
        data = self.model.row_data(row)
        if data is None:
            self.current_ref = None  # wait for the row to arrive (_on_model_rows_refreshed)
            self.workspace.show_loading()
            self._update_actions()
            return
        if data.ref == self.current_ref and self.workspace.current is not None:
            return
        self.current_ref = data.ref
        self.load_workspace()

    def select_ref(self, ref: str) -> bool:
        """Select a request by reference (if listed and fetched); True if it was found."""
        row = self.model.row_of_ref(ref)
        if row is None:
            return False
        self.page.table.selectRow(row)
        self._select_row(row)
        return True

    def open_ref(self, ref: str) -> None:
        """Show request ``ref``: selected in the list when listed; else found by its reference in
        "All requests" (the search box says so, and clearing it shows the whole list again)."""
        if self.select_ref(ref):
            return
        self.current_ref = ref
        self._workspace_generation += 1
        self.workspace.show_nothing("Loading…")
        self._search_timer.stop()
        quiet = (self.page.search_box, self.page.search_messages)
        for widget in quiet:
            widget.blockSignals(True)
        self.page.search_box.setText(ref)
        self.page.search_messages.setChecked(False)
        for widget in quiet:
            widget.blockSignals(False)
        self.page.show_search_mode(False)
        self.model.search, self.model.text = ref, ""
        if self.queue != "all":
            emit(self.queue_wanted, "all")  # the composition root selects it in the sidebar
        if self.queue != "all":
            self.queue = "all"
            self._show_title()
        self.model.set_query(filter="all", search=ref, text="")

    def select_next(self, step: int = 1) -> bool:
        """Select the next (``step`` 1) or previous (-1) request of the list; False at either end."""
        rows = self.model.rowCount()
        if not rows:
            return False
        current = self.page.table.selectionModel().currentIndex()
        row = (current.row() + step) if current.isValid() else (0 if step > 0 else rows - 1)
        if not 0 <= row < rows:
            return False
        index = self.model.index(row, 0)
        self.page.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.page.table.scrollTo(index)
        return True

    # -- the workspace -----------------------------------------------------------------------------
    def load_workspace(self) -> None:
        ref = self.current_ref
        self._workspace_generation += 1
        generation = self._workspace_generation
        if ref is None:
            self.workspace.show_nothing()
            self._update_actions()
            return
        self.workspace.show_loading()
        requests = self.requests
        self.runner.read(lambda: requests.show(ref),
                         lambda detail: self._on_workspace_loaded(generation, ref, detail),
                         lambda exc: self._on_workspace_failed(generation, exc), name="show request")

    def _on_workspace_loaded(self, generation: int, ref: str, detail: RequestDetail) -> None:
        if generation != self._workspace_generation or ref != self.current_ref:
            return
        self.workspace.show_request(detail)
        self.workspace.set_step_actions(self.actions.step_actions(detail))
        self._update_actions()
        emit(self.request_shown, ref)

    def _on_workspace_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._workspace_generation:
            return
        self.workspace.show_error(user_message(exc))
        self._update_actions()

    def _update_actions(self) -> None:
        self.actions.apply(self.shown())

    def shown(self) -> RequestDetail | None:
        """The request the actions act on: shown in the workspace *and* selected in the list, on the
        page on screen."""
        if not self.active:
            return None
        detail = self.workspace.current
        if detail is None or detail.ref != self.current_ref:
            return None
        index = self.page.table.selectionModel().currentIndex()
        if not index.isValid() or self.model.ref_at(index.row()) != detail.ref:
            return None
        return detail

    # -- the actions -------------------------------------------------------------------------------
    def _ask(self, dialog: QDialog, action: str, ref: str, submit: Callable[[], Callable[[], Any]]) -> None:
        """Open ``dialog``; on OK, ``submit()`` reads its input (GUI thread) and returns the service
        call, which then runs on the writer with those plain values only."""
        self.dialogs.open_dialog(dialog, lambda: self._write(action, ref, submit()))

    def _offer_letters(self, dialog: Any, ref: str, *actions: str) -> None:
        """Let ``dialog`` offer the letters that go with it (see ``letter_offers``)."""
        if self.letter_offers is None:
            return
        letters = [offer for action in actions for offer in self.letter_offers(ref, action)]
        if letters:
            dialog.offer_letters(letters, lambda name: emit(self.letter_requested, ref, name))

    def _parent(self) -> Any:
        return self.dialogs.parent_widget

    def new_request(self) -> None:
        dialog = dialogs.NewRequestDialog(self.requests.today(), self._parent(),
                                          covered=self.requests.profile.covered_regimes)
        requests = self.requests

        def accepted() -> None:
            c = dialog.choice()
            received = datetime.combine(c.received, time(12, 0)) if c.received != requests.today() else None
            new = NewRequest(email=c.emails[0] if c.emails else None, types=list(c.types), name=c.name,
                             regime=c.regime, received=received, agent_name=c.agent_name,
                             agent_email=c.agent_email, source=c.source, postal_address=c.postal_address,
                             phone=c.phone, extra_emails=c.emails[1:])
            self._status("Saving the new request…", 0)
            self.runner.write(lambda: requests.create(new), self._on_created,
                              lambda exc: self._on_write_failed("new request", "New request", exc),
                              name="new request")

        self.dialogs.open_dialog(dialog, accepted)

    def _show_after_requery(self, ref: str) -> None:
        """Select ``ref`` once the list has been queried again (it may be new, or rows may go)."""
        self.page.table.selectionModel().clear()
        self.current_ref = ref
        self.model.requery()

    def _on_created(self, change: Any) -> None:
        ref = str(change.ref)
        self._status(f"{ref} added.", 5000)
        self._show_after_requery(ref)
        self.model.requery()
        self.refresh_counts()
        self.load_workspace()
        emit(self.request_created, ref)
        emit(self.request_changed, ref, "new request")

    def acknowledge(self) -> None:
        d = self.shown()
        if d is None or not d.can("acknowledge").allowed:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.AcknowledgeDialog(ref, self._parent())
        self._offer_letters(dialog, ref, "acknowledge")
        self._ask(dialog, "acknowledge", ref, lambda: lambda: requests.set_status(ref, "acknowledged"))

    def complete(self) -> None:
        d = self.shown()
        if d is None or not d.can("complete").allowed:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.CompleteDialog(ref, self._parent(), letter=letter_words(d))
        self._offer_letters(dialog, ref, "close")

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.set_status(ref, "completed", outcome=c.outcome, nature=c.nature, note=c.note)

        self._ask(dialog, "complete", ref, submit)

    def change_status(self) -> None:
        d = self.shown()
        if d is None:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.StatusDialog(ref, d.status, d.verification, self._parent(), letter=letter_words(d))
        if d.is_open:
            self._offer_letters(dialog, ref, "deny")

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.set_status(ref, c.status, reason=c.reason, outcome=c.outcome, basis=c.basis,
                                               nature=c.nature, note=c.note)

        self._ask(dialog, "status", ref, submit)

    def verify(self) -> None:
        d = self.shown()
        if d is None or not d.can("verify").allowed:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.VerifyDialog(ref, d.verification, d.flags, self._parent())
        if d.verification in ("pending", "failed"):
            self._offer_letters(dialog, ref, "verify")

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.verify(ref, c.method, state=c.state, note=c.note)

        self._ask(dialog, "verify", ref, submit)

    def extend(self) -> None:
        d = self.shown()
        if d is None or not d.can("extend").allowed:
            return
        requests, ref = self.requests, d.ref
        respond_by = d.milestone_dates.get("respond_by")
        dialog = dialogs.ExtendDialog(ref, d.regime, self.requests.today(), respond_by, self._parent(),
                                      notice_by=d.milestone_dates.get("extension_notice_by"))
        self._offer_letters(dialog, ref, "extend")

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.extend(ref, c.reason, to=c.to)

        self._ask(dialog, "extend", ref, submit)

    def pause(self) -> None:
        d = self.shown()
        if d is None or not d.can("pause").allowed:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.PauseDialog(ref, self.requests.today(), d.received_date, self._parent())

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.pause(ref, c.waiting_for, on=c.on, note=c.note)

        self._ask(dialog, "pause", ref, submit)

    def resume(self) -> None:
        d = self.shown()
        if d is None or d.open_pause is None:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.ResumeDialog(ref, self.requests.today(), d.open_pause.started, self._parent())

        def submit() -> Callable[[], Any]:
            on = dialog.choice()
            return lambda: requests.resume(ref, on=on)

        self._ask(dialog, "resume", ref, submit)

    def confirm_regime(self) -> None:
        d = self.shown()
        if d is None or not d.can("regime").allowed:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.RegimeDialog(ref, d.regime, d.regime_confirmed, self._parent(),
                                      covered=self.requests.profile.covered_regimes)

        def submit() -> Callable[[], Any]:
            regime = dialog.choice()
            return lambda: requests.set_regime(ref, regime)

        self._ask(dialog, "regime", ref, submit)

    def edit_types(self) -> None:
        d = self.shown()
        if d is None:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.TypesDialog(ref, d.types, self._parent())

        def submit() -> Callable[[], Any]:
            types = dialog.choice()
            return lambda: requests.set_types(ref, types)

        self._ask(dialog, "types", ref, submit)

    def edit_requester(self) -> None:
        d = self.shown()
        if d is None:
            return
        requests, ref, person = self.requests, d.ref, d.requester
        dialog = dialogs.EditRequesterDialog(ref, person.name, person.emails, person.phone, person.postal_address,
                                             self._parent())

        def submit() -> Callable[[], Any]:
            c = dialog.choice()
            return lambda: requests.edit(ref, name=c.name, emails=c.emails, phone=c.phone,
                                         postal_address=c.postal_address, reason=c.reason)

        self._ask(dialog, "edit requester", ref, submit)

    def merge(self) -> None:
        d = self.shown()
        if d is None or not d.can("merge").allowed:
            return
        requests, ref, person = self.requests, d.ref, d.requester

        def candidates() -> list[RequestSummary]:
            return [r for r in requests.list(status="open") if r.ref != ref]

        def loaded(rows: list[RequestSummary]) -> None:
            if self.shown() is None or self.shown() is not d:
                return
            emails = set(person.emails)
            name = (person.name or "").strip().casefold()
            choices = [dialogs.MergeCandidate(
                r.ref, f"{r.requester.label}, {labels.types(r.types)}",
                bool(emails & set(r.requester.emails)) or bool(name and (r.requester.name or "").strip().casefold() == name))
                for r in rows]
            dialog = dialogs.MergeDialog(ref, choices, self._parent())

            def submit() -> Callable[[], Any]:
                into = dialog.choice()
                return lambda: requests.merge(ref, into=into)

            self._ask(dialog, "merge", ref, submit)

        def failed(exc: BaseException) -> None:
            self.dialogs.show_error(exc)

        self.runner.read(candidates, loaded, failed, name="merge candidates")

    def assign(self) -> None:
        d = self.shown()
        if d is None:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.AssignDialog(ref, d.assignee, self._parent())

        def submit() -> Callable[[], Any]:
            assignee = dialog.choice()
            return lambda: requests.assign(ref, assignee)

        self._ask(dialog, "assign", ref, submit)

    def add_note(self) -> None:
        d = self.shown()
        if d is None:
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.NoteDialog(ref, self._parent())

        def submit() -> Callable[[], Any]:
            text = dialog.choice()
            return lambda: requests.add_note(ref, text)

        self._ask(dialog, "note", ref, submit)

    # -- appeals (issue 15) ---------------------------------------------------------------------------
    def record_appeal(self) -> None:
        """"Record appeal…": the requester contests the decision; the appeal opens as its own request."""
        d = self.shown()
        if d is None or not self.actions.appeal.isEnabled():
            return
        requests, ref = self.requests, d.ref
        dialog = dialogs.AppealDialog(ref, d.status, requests.today(), d.received_date, self._parent())

        def accepted() -> None:
            day = dialog.choice()
            self._open_appeal(ref, lambda: requests.open_appeal(ref, received=day))

        self.dialogs.open_dialog(dialog, accepted)

    def open_suggested_appeal(self, message_pk: int) -> None:
        """"Open as an appeal" on a reply that looks like one: that reply opens the appeal's thread."""
        d = self.workspace.current
        if d is None:
            return
        requests, ref = self.requests, d.ref
        self._open_appeal(ref, lambda: requests.open_appeal(ref, message_pk=message_pk))

    def _open_appeal(self, ref: str, call: Callable[[], Any]) -> None:
        self._status(f"Recording the appeal of {ref}…", 0)
        self.runner.write(call, lambda change: self._on_appeal_opened(ref, change),
                          lambda exc: self._on_write_failed("appeal", ref, exc), name="open appeal")

    def _on_appeal_opened(self, contested: str, change: Any) -> None:
        appeal = str(change.ref)
        self._status(f"{appeal} opened: the appeal of {contested}, with its own deadline.", 8000)
        self.model.refresh_ref(contested)
        emit(self.request_changed, contested, "appeal")
        # Show the new appeal: in this list if it belongs here (after the list is queried again),
        # else found by its reference in "All requests".
        self._open_after_requery = appeal
        self.model.requery()
        self.refresh_counts()
        emit(self.request_created, appeal)

    def dismiss_suggested_appeal(self, message_pk: int) -> None:
        """"Not an appeal": the suggestion goes (audited); the reply stays in the thread."""
        d = self.workspace.current
        if d is None:
            return
        requests = self.requests
        self._write("not an appeal", d.ref, lambda: requests.dismiss_appeal_suggestion(message_pk))

    # -- the received date (issue 11) -------------------------------------------------------------------
    def confirm_received(self) -> None:
        d = self.shown()
        call = self.confirm_received_call
        if d is None or call is None or not self.actions.confirm_received.isEnabled():
            return
        ref = d.ref
        dialog = dialogs.ReceivedDateDialog(ref, d.received_date, self.requests.today(), self._parent())

        def submit() -> Callable[[], Any]:
            day = dialog.choice()
            return lambda: call(ref, day)

        self._ask(dialog, "received date", ref, submit)

    # -- writes ------------------------------------------------------------------------------------
    def _write(self, action: str, ref: str, call: Callable[[], Any]) -> None:
        """Run one change on the writer; the dialog's input was read before this."""
        self._status(f"Saving {ref}…", 0)
        self.runner.write(call, lambda change: self._on_write_done(action, ref, change),
                          lambda exc: self._on_write_failed(action, ref, exc), name=f"write {action}")

    def _on_write_done(self, action: str, ref: str, change: Any) -> None:
        changed_ref = getattr(change, "ref", None) or ref
        self._status(f"{changed_ref} saved.", 5000)
        if action == "merge":
            self._show_after_requery(changed_ref)
        self._refresh_after_change(changed_ref)
        emit(self.request_changed, changed_ref, action)

    def _on_write_failed(self, action: str, ref: str, exc: BaseException) -> None:
        message = user_message(exc)
        if not is_refusal(exc):
            log.error("change %s failed unexpectedly: %s", action, type(exc).__name__, exc_info=exc)
        self._status(f"{ref}: not changed.", 5000)
        self.dialogs.show_message("Change not made", f"{ref}: {message}\n\nNothing was changed.")
        if ref.startswith("PD-"):
            self._refresh_after_change(ref)
        emit(self.change_refused, action, message)

    def refresh_request(self, ref: str) -> None:
        """Another part changed ``ref`` (a letter was sent): refresh its row, the workspace, the counts."""
        self._refresh_after_change(ref)

    def _refresh_after_change(self, ref: str) -> None:
        self.model.refresh_ref(ref)
        if ref == self.current_ref:
            self.load_workspace()
        self.refresh_counts()

    # -- news from other parts -----------------------------------------------------------------------
    def on_mail_filed(self, follow_ups: tuple[str, ...] = ()) -> None:
        """New mail was filed: narrow refresh of the list, the replied-to rows and the counts."""
        self.model.requery()
        for ref in follow_ups:
            self.model.refresh_ref(ref)
            if ref == self.current_ref:
                self.load_workspace()
        self.refresh_counts()

    def on_request_filed(self, ref: str) -> None:
        """A request was opened elsewhere (the review queue): list it and count it."""
        self._status(f"{ref} opened from the review queue.", 8000)
        self.model.requery()
        self.refresh_counts()

    def next_due(self, refs: list[str]) -> tuple[date | None, str | None]:
        """The earliest next due date among these requests, and whose (run on a read worker)."""
        best: tuple[date | None, str | None] = (None, None)
        for ref in refs[:50]:
            try:
                due = self.requests.show(ref).clock.due
            except Exception:  # a request that cannot be shown must not stop the notification
                log.warning("due date of a new request could not be read")
                continue
            if due and (best[0] is None or due < best[0]):
                best = (due, ref)
        return best

    def shutdown(self) -> None:
        self._closed = True
        self._search_timer.stop()
