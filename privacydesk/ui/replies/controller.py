"""What the replies part does: the thread with our replies' states, offered status changes, the outbox,
and the composers.

``RepliesController(replies, accounts, runner, view, dialogs, status)`` receives the reply service,
the account service (for the composers), the task runner, its view (``thread.ThreadView``, shown in
the workspace's Messages tab), the dialog host and a status line. It knows nothing of the main window
or of other parts: the composition root tells it which request is shown (``show_request``) and hears
``request_changed`` when a letter, a settled reply or an applied suggestion changed a request.

* **Thread**: the request's messages (``ReplyService.thread``) merged with its outbox entries that are
  not messages (waiting, not sent, may have been sent, drafts) and the suggestions from the Sent
  folder, read in one task. Replies that need a person offer "Send again" / "Do not send it" (not
  sent) or "It was sent" / "It was not sent" (may have been sent).
* **Letters for the request actions**: the same read asks ``letters_for`` each action, so that the
  Acknowledge, Verify, Extend, Complete and Change status dialogs can offer their letter at once
  (``offers_for``).
* **Composers**: one window per request (``composer_controller``); opening it again brings it forward.
* **Outbox** (Mail → Outbox…): a small window with the same actions, and "Look in the Sent folder".

Writes go to the writer; sending again and looking in Sent go to the network lane.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from privacydesk.domain import display
from privacydesk.domain.wording import plural
from privacydesk.services.accounts import AccountService
from privacydesk.services.replies import (
    DraftResult,
    OutboxItem,
    ReplyService,
    SendFailed,
    SendResult,
    SendUncertain,
    StatusSuggestion,
    ThreadEntry,
)
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import is_refusal, user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.replies import words
from privacydesk.ui.replies.composer import ComposerWindow
from privacydesk.ui.replies.composer_controller import About, ComposerController
from privacydesk.ui.replies.models import RowRole, ThreadRow
from privacydesk.ui.replies.outbox import OutboxDialog
from privacydesk.ui.replies.thread import SuggestionOffer, ThreadView
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

#: The request actions that offer letters (``ReplyService.letters_for``).
LETTER_ACTIONS = ("acknowledge", "verify", "extend", "close", "deny")
NEEDS_A_PERSON = ("queued", "sending", "failed", "uncertain")
StatusLine = Callable[[str, int], None]


@dataclass(frozen=True)
class ThreadState:
    """Everything the Messages tab shows for one request (read in one task)."""

    ref: str
    rows: tuple[ThreadRow, ...]
    suggestions: tuple[StatusSuggestion, ...] = ()
    letters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def bring_forward(window: QWidget) -> None:
    """Show a window that is already open in front. The offscreen platform (tests) has no stacking of
    windows and warns on ``raise_()``, so there it is only shown."""
    window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
        window.activateWindow()


def letter_text(raw: bytes) -> str | None:
    """The plain text of a letter we wrote (from its exact bytes)."""
    try:
        message = message_from_bytes(raw, policy=default_policy)
        if not isinstance(message, EmailMessage):
            return None
        body = message.get_body(("plain",))
        content = body.get_content() if body is not None else None
        return str(content) if content is not None else None
    except Exception:  # our own bytes: should never fail, but the thread must show regardless
        log.warning("a reply's text could not be read back")
        return None


def thread_rows(entries: Sequence[ThreadEntry], items: Sequence[OutboxItem],
                texts: Mapping[int, str | None] | None = None) -> list[ThreadRow]:
    """The thread as rows: each message (ours with its outbox state) and each outbox entry that is not a
    message yet (waiting, not sent, uncertain, a draft), oldest first."""
    texts = texts or {}
    by_id = {item.id: item for item in items}
    rows: list[ThreadRow] = []
    shown: set[int] = set()
    for entry in entries:
        item = by_id.get(entry.outbox_id) if entry.outbox_id is not None else None
        outgoing = entry.direction == "out"
        to_known = outgoing and item is not None and bool(item.to)
        if to_known and item is not None:
            who = ", ".join(item.to)
        else:  # received, or found in Sent without being ours: by its sender
            who = display.line(entry.sender_name or entry.sender_email, "(unknown sender)")
        if outgoing:
            state = words.state_words(entry.outbox_state, item.kind if item else "send") if entry.outbox_state \
                else words.FOUND_IN_SENT
        else:
            state = words.RECEIVED
        address = who
        if not to_known and entry.sender_name and entry.sender_email:
            address = display.line(f"{entry.sender_name} <{entry.sender_email}>")
        names = tuple(a.filename or "(unnamed)" for a in entry.attachments)
        rows.append(ThreadRow(entry.when, outgoing, who, display.line(entry.subject), state, entry.outbox_state,
                              entry.outbox_id, item.kind if item else "send", entry.text, names,
                              words.problem(item.error) if item is not None and item.error else None, entry.id,
                              address, to_known or not outgoing))
        if entry.outbox_id is not None:
            shown.add(entry.outbox_id)
    for item in items:
        if item.id in shown or item.state in ("sent", "withdrawn"):
            continue
        rows.append(ThreadRow(item.created_at, True, ", ".join(item.to) or "—", item.subject,
                              words.state_words(item.state, item.kind), item.state, item.id, item.kind,
                              texts.get(item.id), (), words.problem(item.error) if item.error else None))
    rows.sort(key=lambda r: (r.when is None, r.when.timestamp() if r.when else 0.0))
    return rows


def attention(row: ThreadRow | OutboxItem) -> tuple[str, bool, bool]:
    """(what to do about a reply in words, offer "Send again", offer "It was / was not sent")."""
    state = row.state_code if isinstance(row, ThreadRow) else row.state
    kind = row.kind
    problem = row.problem if isinstance(row, ThreadRow) else (words.problem(row.error) if row.error else None)
    if kind != "send":
        if state == "drafted":
            return ("Saved in the mailbox's Drafts folder: finish and send it there, or write it again here. "
                    "When it is found in the Sent folder, the change it makes is offered above.", False, False)
        return "", False, False
    if state == "failed":
        why = f" {problem}" if problem else ""
        return f"This letter was not sent.{why}", True, False
    if state == "uncertain":
        return ("The connection broke after the letter went out: it may have reached the requester, so it is "
                "not sent again by itself. Check the Sent folder or ask the requester, then say what happened.",
                False, True)
    if state in ("queued", "sending"):
        return "This letter is being sent.", False, False
    return "", False, False


def suggestion_offer_words(s: StatusSuggestion, tz: Any = None) -> tuple[str, str]:
    """(the sentence, the "yes" button) for a status change offered by a reply found in Sent."""
    found = "A reply in the Sent folder"
    if s.subject:
        found += f" (“{s.subject}”" + (f", {labels.moment(s.sent_at, tz)})" if s.sent_at else ")")
    what = f"looks like the letter “{words.letter_title(s.template)}”" if s.template else "was written to the requester"
    implied = s.implied
    if implied.verification == "failed":
        question, yes = "record that identity could not be verified", "Record it"
    elif implied.status:
        status = labels.word(labels.STATUSES, implied.status).lower()
        question, yes = f"mark the request {status}", f"Mark it {status}"
    elif implied.extend_reason:
        question, yes = "extend the deadline", "Extend it"
    elif implied.pause:
        question, yes = "stop the clock while waiting for the requester", "Stop the clock"
    else:
        question, yes = "apply what it implies", "Apply"
    text = f"{found} {what} — {question}?"
    if s.refused:
        text += f" This is not possible now: {words.problem(s.refused)}"
    return text, yes


class RepliesController(QObject):
    #: A request changed because of a reply (sent, settled as sent, a suggestion applied): its reference.
    request_changed = Signal(str)
    #: The Messages tab shows this request's thread (after a load).
    thread_loaded = Signal(str)
    #: The outbox window was (re)loaded: number of replies in it.
    outbox_loaded = Signal(int)
    #: A composer was opened (its ``ComposerController``).
    composer_opened = Signal(object)

    def __init__(self, replies: ReplyService, accounts: AccountService, runner: Runner, view: ThreadView,
                 dialogs_host: DialogHost, status: StatusLine, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.replies = replies
        self.accounts = accounts
        self.runner = runner
        self.view = view
        self.dialogs = dialogs_host
        self._status = status
        self.about: About | None = None
        self.state: ThreadState | None = None
        self.composers: dict[str, tuple[ComposerWindow, ComposerController]] = {}
        self.outbox_dialog: OutboxDialog | None = None
        self.busy = False
        self._generation = 0
        self._outbox_generation = 0
        view.table.selectionModel().currentRowChanged.connect(self._on_thread_current_row_changed)
        view.reply_action.triggered.connect(self.reply)
        view.outbox_action.triggered.connect(self.open_outbox)
        view.retry_button.clicked.connect(self._on_retry_clicked)
        view.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        view.sent_button.clicked.connect(self._on_sent_clicked)
        view.not_sent_button.clicked.connect(self._on_not_sent_clicked)
        view.reply_action.setEnabled(False)

    # -- the shown request -----------------------------------------------------------------------------
    def show_request(self, about: About | None) -> None:
        """The workspace shows this request (None: none)."""
        self.about = about
        self.view.reply_action.setEnabled(about is not None)
        if about is None:
            self._generation += 1
            self.state = None
            return
        if self.state is not None and self.state.ref != about.ref:
            self.state = None
            self.view.model.set_rows([])
            self.view.show_suggestions([])
            self.view.show_attention("")
            self.view.text.clear()
        self.reload()

    def reload(self) -> None:
        if self.about is None:
            return
        self._generation += 1
        generation, ref, replies = self._generation, self.about.ref, self.replies

        def load() -> ThreadState:
            entries = replies.thread(ref)
            items = replies.outbox(ref=ref, include_drafts=True)
            texts = {i.id: letter_text(replies.message_bytes(i.id)) for i in items
                     if i.state != "sent" and not any(e.outbox_id == i.id for e in entries)}
            suggestions = tuple(replies.suggestions(ref))
            letters = {action: tuple(replies.letters_for(ref, action)) for action in LETTER_ACTIONS}
            return ThreadState(ref, tuple(thread_rows(entries, items, texts)), suggestions, letters)

        self.runner.read(load, lambda state: self._on_loaded(generation, state),
                         lambda exc: self._on_load_failed(generation, exc), name="thread")

    def _on_loaded(self, generation: int, state: ThreadState) -> None:
        if generation != self._generation:
            return
        previous = self._selected_row()
        self.state = state
        v = self.view
        v.model.set_rows(state.rows)
        sent = sum(1 for r in state.rows if r.outgoing)
        received = len(state.rows) - sent
        need = sum(1 for r in state.rows if r.needs_attention)
        summary = f"{plural(received, 'message')} received, {plural(sent, 'reply', 'replies')} from us"
        if need:
            summary += f" — {plural(need, 'reply needs', 'replies need')} you"
        v.summary.setText(summary + ".")
        v.show_suggestions([self._offer(s) for s in state.suggestions])
        self._reselect(previous)
        emit(self.thread_loaded, state.ref)

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not is_refusal(exc):
            log.error("the thread could not be loaded: %s", type(exc).__name__, exc_info=exc)
        self.view.summary.setText(f"The messages could not be shown: {user_message(exc)}")

    def _selected_row(self) -> ThreadRow | None:
        index = self.view.table.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return row if isinstance(row, ThreadRow) else None

    def _reselect(self, previous: ThreadRow | None) -> None:
        rows = self.view.model.rows
        if not rows:
            self.view.text.setPlainText("No messages: this request was entered by hand.")
            self.view.show_attention("")
            return
        number = len(rows) - 1
        if previous is not None:
            for n, row in enumerate(rows):
                if (row.outbox_id is not None and row.outbox_id == previous.outbox_id) or \
                        (row.message_id is not None and row.message_id == previous.message_id):
                    number = n
                    break
        else:  # what needs a person first, else the newest
            number = next((n for n, r in enumerate(rows) if r.needs_attention), number)
        self.view.table.setCurrentIndex(self.view.model.index(number, 0))
        self._show_row(rows[number])

    def _on_thread_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RowRole) if current.isValid() else None
        if isinstance(row, ThreadRow):
            self._show_row(row)

    def _show_row(self, row: ThreadRow) -> None:
        tz = self.view.model.tz
        lines = [f"{'To' if row.outgoing and row.to_known else 'From'}: {row.address or row.who}",
                 f"{'Written' if row.outgoing and row.state_code not in (None, 'sent') else 'Date'}: "
                 f"{labels.moment(row.when, tz) if row.when else '—'}",
                 f"Subject: {row.subject or '(no subject)'}", f"State: {row.state}"]
        if row.attachments:
            lines.append("Attachments (not opened): " + ", ".join(row.attachments))
        body = row.text if row.text is not None else "(the text of this message was not kept)"
        self.view.text.setPlainText("\n".join(lines) + "\n\n" + body)
        text, retry, settle = attention(row)
        self.view.show_attention(text, retry=retry, settle=settle)
        self.view.set_busy(self.busy)

    # -- letters for the request actions -------------------------------------------------------------------
    def offers_for(self, ref: str, action: str) -> list[tuple[str, str]]:
        """The letters that go with a request action (template, title), if the thread of ``ref`` is loaded."""
        if self.state is None or self.state.ref != ref:
            return []
        return [(name, words.letter_title(name)) for name in self.state.letters.get(action, ())]

    # -- composers ---------------------------------------------------------------------------------------
    def reply(self) -> ComposerController | None:
        if self.about is None:
            self._status("Select a request in the list first.", 5000)
            return None
        return self.open_composer(self.about)

    def open_composer(self, about: About, template: str | None = None) -> ComposerController:
        """The composer for ``about`` (brought forward if it is open), with ``template`` chosen."""
        existing = self.composers.get(about.ref)
        if existing is not None:
            view, controller = existing
            bring_forward(view)
            if template is not None and not controller.edited and not controller.busy:
                controller.choose_letter(template)
            return controller
        view = ComposerWindow(self.dialogs.parent_widget)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        controller = ComposerController(self.replies, self.accounts, self.runner, view, DialogHost(view), about,
                                        template=template, parent=self)
        controller.sent.connect(self._on_composer_sent)
        controller.drafted.connect(self._on_composer_drafted)
        controller.outbox_changed.connect(self._on_composer_outbox_changed)
        controller.closed.connect(lambda: self._on_composer_closed(about.ref, controller))
        self.composers[about.ref] = (view, controller)
        view.show()
        controller.start()
        emit(self.composer_opened, controller)
        return controller

    def _on_composer_closed(self, ref: str, controller: ComposerController) -> None:
        if self.composers.get(ref, (None, None))[1] is controller:
            del self.composers[ref]
        controller.deleteLater()

    def on_request_changed(self, ref: str) -> None:
        """``ref`` changed (in the requests part, or by a letter): an open composer checks its letter again."""
        existing = self.composers.get(ref)
        if existing is not None:
            existing[1].request_changed()

    def unsent_letters(self) -> list[str]:
        """References whose composer holds a letter not sent or saved (or on its way)."""
        return [ref for ref, (_view, c) in self.composers.items() if c.busy or (c.is_dirty() and not c.done)]

    def close_composers(self) -> None:
        for view, controller in list(self.composers.values()):
            controller.done = True
            view.close()

    def _on_composer_sent(self, ref: str, result: SendResult) -> None:
        title = words.letter_title(result.item.template)
        changes = " ".join(c for c in result.changes)
        self._status(f"{ref}: “{title}” sent." + (f" {changes}" if changes else ""), 10000)
        if result.notes:
            self.dialogs.show_message("Sent", f"{ref}: the letter was sent. " + " ".join(words.problem(n)
                                                                                     for n in result.notes),
                                      QMessageBox.Icon.Information)
        self._after_change(ref, changed=True)

    def _on_composer_drafted(self, ref: str, result: DraftResult) -> None:
        text = f"{ref}: the letter is in the Drafts folder ({result.folder}) of the mailbox."
        if result.notes:
            text += " " + " ".join(result.notes)
        self._status(text, 10000)
        self._after_change(ref, changed=False)

    def _on_composer_outbox_changed(self, ref: str) -> None:
        self._after_change(ref, changed=False)

    def _after_change(self, ref: str, *, changed: bool) -> None:
        if self.about is not None and self.about.ref == ref:
            self.reload()
        self.reload_outbox()
        if changed:
            emit(self.request_changed, ref)

    # -- settling a reply (thread and outbox) ------------------------------------------------------------
    def _selected_entry(self) -> tuple[str, int] | None:
        row = self._selected_row()
        if row is None or row.outbox_id is None or self.state is None:
            return None
        return self.state.ref, row.outbox_id

    def _on_retry_clicked(self) -> None:
        chosen = self._selected_entry()
        if chosen is not None:
            self.retry(*chosen)

    def _on_withdraw_clicked(self) -> None:
        chosen = self._selected_entry()
        if chosen is not None:
            self.withdraw(*chosen)

    def _on_sent_clicked(self) -> None:
        chosen = self._selected_entry()
        if chosen is not None:
            self.settle(*chosen, sent=True)

    def _on_not_sent_clicked(self) -> None:
        chosen = self._selected_entry()
        if chosen is not None:
            self.settle(*chosen, sent=False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.view.set_busy(busy)
        if self.outbox_dialog is not None:
            self._update_outbox_buttons()

    def retry(self, ref: str, entry_id: int) -> None:
        """Send a reply that was not sent, again (the same letter: its exact bytes)."""
        if self.busy:
            return
        self._set_busy(True)
        self._status(f"{ref}: sending the letter again…", 0)
        replies = self.replies
        self.runner.network(lambda: replies.retry(entry_id), lambda result: self._on_retried(ref, result),
                            lambda exc: self._on_settle_failed(ref, "Not sent", exc), name="send again")

    def _on_retried(self, ref: str, result: SendResult) -> None:
        self._set_busy(False)
        self._on_composer_sent(ref, result)

    def withdraw(self, ref: str, entry_id: int) -> QMessageBox:
        return self.dialogs.ask("Do not send this letter?",
                                f"{ref}: this letter was not sent. Take it out of the outbox? It will not be sent, "
                                "and it stays in the request's history.", "Do not send it",
                                lambda: self._write(ref, "withdraw", lambda: self.replies.withdraw(entry_id),
                                                    f"{ref}: the letter was taken out of the outbox.", False))

    def settle(self, ref: str, entry_id: int, *, sent: bool) -> QMessageBox:
        if sent:
            return self.dialogs.ask(
                "Was the letter sent?",
                f"{ref}: record that this letter reached the requester? It is then never sent again, and the "
                "request is updated as the letter says (for example marked acknowledged).", "It was sent",
                lambda: self._write(ref, "settle", lambda: self.replies.resolve(entry_id, True),
                                    f"{ref}: the letter is recorded as sent.", True))
        return self.dialogs.ask(
            "Was the letter not sent?",
            f"{ref}: record that this letter did not reach the requester? You can then send it again.",
            "It was not sent",
            lambda: self._write(ref, "settle", lambda: self.replies.resolve(entry_id, False),
                                f"{ref}: the letter is recorded as not sent; you can send it again.", False))

    def _write(self, ref: str, name: str, call: Callable[[], Any], done: str, changed: bool) -> None:
        self._set_busy(True)
        self.runner.write(call, lambda _result: self._on_written(ref, done, changed),
                          lambda exc: self._on_settle_failed(ref, "Not done", exc), name=name)

    def _on_written(self, ref: str, done: str, changed: bool) -> None:
        self._set_busy(False)
        self._status(done, 10000)
        self._after_change(ref, changed=changed)

    def _on_settle_failed(self, ref: str, title: str, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, SendUncertain | SendFailed):
            text = words.problem(exc.reason)
        else:
            if not is_refusal(exc):
                log.error("settling a reply failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
            text = words.problem(user_message(exc))
        self._status(f"{ref}: {title.lower()}.", 10000)
        self.dialogs.show_message(title, f"{ref}: {text}")
        self._after_change(ref, changed=False)

    # -- suggestions from the Sent folder ----------------------------------------------------------------
    def _offer(self, s: StatusSuggestion) -> SuggestionOffer:
        text, yes = suggestion_offer_words(s, self.view.model.tz)
        return SuggestionOffer(s.id, text, yes, lambda: self.apply_suggestion(s), lambda: self.dismiss_suggestion(s),
                               yes_allowed=s.refused is None)

    def apply_suggestion(self, s: StatusSuggestion) -> None:
        self._write(s.ref, "apply suggestion", lambda: self.replies.apply_suggestion(s.id),
                    f"{s.ref}: changed as the reply in the Sent folder says.", True)

    def dismiss_suggestion(self, s: StatusSuggestion) -> None:
        self._write(s.ref, "dismiss suggestion", lambda: self.replies.dismiss_suggestion(s.id),
                    f"{s.ref}: left as it is.", False)

    # -- the outbox window ---------------------------------------------------------------------------------
    def open_outbox(self) -> OutboxDialog:
        dialog = self.outbox_dialog
        if dialog is not None:
            bring_forward(dialog)
        else:
            dialog = OutboxDialog(self.view.model.tz, self.dialogs.parent_widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._on_outbox_destroyed)
            dialog.table.selectionModel().currentRowChanged.connect(self._on_outbox_current_row_changed)
            dialog.retry_button.clicked.connect(lambda: self._outbox_action("retry"))
            dialog.withdraw_button.clicked.connect(lambda: self._outbox_action("withdraw"))
            dialog.sent_button.clicked.connect(lambda: self._outbox_action("sent"))
            dialog.not_sent_button.clicked.connect(lambda: self._outbox_action("not sent"))
            dialog.check_button.clicked.connect(self.check_sent_folder)
            self.outbox_dialog = dialog
            self._update_outbox_buttons()
            dialog.show()
        self.reload_outbox()
        return dialog

    def _on_outbox_destroyed(self, *_args: Any) -> None:
        self.outbox_dialog = None

    def reload_outbox(self) -> None:
        if self.outbox_dialog is None:
            return
        self._outbox_generation += 1
        generation, replies = self._outbox_generation, self.replies
        self.runner.read(lambda: replies.outbox(states=NEEDS_A_PERSON),
                         lambda rows: self._on_outbox_loaded(generation, rows),
                         lambda exc: self._on_outbox_failed(generation, exc), name="outbox")

    def _on_outbox_loaded(self, generation: int, rows: list[OutboxItem]) -> None:
        dialog = self.outbox_dialog
        if dialog is None or generation != self._outbox_generation:
            return
        index = dialog.table.currentIndex()
        previous = index.data(RowRole) if index.isValid() else None
        dialog.model.set_rows(rows)
        dialog.show_rows()
        number = dialog.model.row_of(previous.id) if isinstance(previous, OutboxItem) else None
        if number is None and rows:
            number = 0
        if number is not None:
            dialog.table.setCurrentIndex(dialog.model.index(number, 0))
        self._update_outbox_buttons()
        emit(self.outbox_loaded, len(rows))

    def _on_outbox_failed(self, generation: int, exc: BaseException) -> None:
        if self.outbox_dialog is not None and generation == self._outbox_generation:
            self.outbox_dialog.detail.setText(f"The outbox could not be read: {user_message(exc)}")

    def _outbox_item(self) -> OutboxItem | None:
        dialog = self.outbox_dialog
        if dialog is None:
            return None
        index = dialog.table.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return row if isinstance(row, OutboxItem) else None

    def _on_outbox_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_outbox_buttons()

    def _update_outbox_buttons(self) -> None:
        dialog = self.outbox_dialog
        if dialog is None:
            return
        item = self._outbox_item()
        text, retry, settle = attention(item) if item is not None else ("", False, False)
        dialog.detail.setText(text)
        for button, allowed in ((dialog.retry_button, retry), (dialog.withdraw_button, retry),
                                (dialog.sent_button, settle), (dialog.not_sent_button, settle)):
            button.setEnabled(allowed and not self.busy)
        dialog.check_button.setEnabled(not self.busy and any(r.state == "uncertain" for r in dialog.model.rows))

    def _outbox_action(self, action: str) -> None:
        item = self._outbox_item()
        if item is None:
            return
        if action == "retry":
            self.retry(item.ref, item.id)
        elif action == "withdraw":
            self.withdraw(item.ref, item.id)
        else:
            self.settle(item.ref, item.id, sent=action == "sent")

    def check_sent_folder(self) -> None:
        """Look for the replies that may have been sent in their mailbox's Sent folder (network lane)."""
        if self.busy:
            return
        self._set_busy(True)
        self._status("Looking in the Sent folder…", 0)
        self.runner.network(self.replies.check_uncertain, self._on_checked,
                            lambda exc: self._on_settle_failed("Outbox", "Not checked", exc), name="check sent")

    def _on_checked(self, settled: list[OutboxItem]) -> None:
        self._set_busy(False)
        if settled:
            self._status(f"{plural(len(settled), 'reply was', 'replies were')} found in the Sent folder and "
                         "recorded as sent.", 10000)
            for ref in dict.fromkeys(item.ref for item in settled):
                self._after_change(ref, changed=True)
        else:
            self._status("None of these replies is in the Sent folder: check with the requester, then say what "
                         "happened.", 10000)
        self.reload_outbox()
