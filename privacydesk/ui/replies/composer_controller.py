"""What the composer does: choose a letter, fill in its details, read and edit it, save or send it.

``ComposerController(replies, accounts, runner, view, dialogs, about, template=None)`` receives the
reply service (templates, previews, drafts, sending), the account service (which mailboxes can send),
the task runner, its view (``composer.ComposerWindow``), a dialog host parented on that view and which
request it answers (``About``: reference, requester, language). It
never imports the main window; the replies part (``controller.RepliesController``) creates it and
hears what happened through its signals.

* **Letters** come from ``ReplyService.templates_for``: those that fit the request's types, law and
  agent are listed ("Show all letters" adds the others, greyed, with why they do not fit), each in the
  request's language when the letter exists in it.
* **Live preview**: every change (letter, language, a detail, an attachment, the sending mailbox, an
  edit of the text) restarts a short timer; when it fires, ``ReplyService.preview`` runs on a read
  worker and its answer — if it is still the newest — fills the view. A preview is never refused: a
  detail not filled in yet shows as “[Reason: fill this in on the left]” in the text, and what would
  stop sending is said beside the buttons, with Send disabled.
* **Editing**: once the text is edited by hand it is the letter (``body=``); the details on the left
  no longer change it until "Start again from the template".
* **Save draft / Send** run on the runner's network lane (a mail server may be slow; the window
  never waits). Sending reports its progress (connected, logged in, handed over, accepted). The
  letter is frozen while it goes. A failure keeps everything in the window and says why; the next
  Send sends the same reply again (``retry``), or — when the letter was changed — takes the failed
  one out of the outbox and sends the new one, so an old version can never go out later.

Hazard: answers may arrive after the user changed something; each carries the generation it was
asked for and stale ones are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPlainTextEdit, QVBoxLayout

from privacydesk.domain.errors import UserError
from privacydesk.domain.replies import LegalSource, TemplateError
from privacydesk.services.accounts import AccountService
from privacydesk.services.replies import (
    DraftResult,
    ReplyPreview,
    ReplyService,
    SendFailed,
    SendResult,
    SendUncertain,
)
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import is_refusal, user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.replies import words
from privacydesk.ui.replies.composer import ComposerWindow
from privacydesk.ui.replies.models import AttachmentRow, LetterRow, RowRole, source_rule
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 350
CHOOSE = "Choose…"


@dataclass(frozen=True)
class Mailbox:
    name: str
    sends_mail: bool


@dataclass(frozen=True)
class About:
    """The request a composer answers, as the workspace shows it."""

    ref: str
    requester: str  # its label: name, else address
    language: str | None


@dataclass(frozen=True)
class ComposerSetup:
    """What opening the composer reads (on a read worker)."""

    letters: tuple[LetterRow, ...]
    mailboxes: tuple[Mailbox, ...]


@dataclass(frozen=True)
class Letter:
    """Everything that makes the letter, as plain values (what a worker receives)."""

    template: str
    language: str | None
    inputs: tuple[tuple[str, str], ...]
    body: str | None
    attach: tuple[Path, ...]
    account: str | None

    @property
    def input_map(self) -> dict[str, str]:
        return dict(self.inputs)


class PhaseRelay(QObject):
    """Carries a send's progress from the network thread to the window (a queued signal)."""

    phase = Signal(str)

    def report(self, name: str) -> None:
        emit(self.phase, name)


def placeholder(name: str) -> str:
    return f"[{words.input_label(name)}: fill this in on the left]"


class ComposerController(QObject):
    #: The letter was sent: (ref, ``SendResult``). The window closes.
    sent = Signal(str, object)
    #: The letter was saved to Drafts: (ref, ``DraftResult``). The window closes.
    drafted = Signal(str, object)
    #: The request's outbox changed without a letter going out (a failed or uncertain send): ref.
    outbox_changed = Signal(str)
    #: A preview was shown (a ``ReplyPreview``) or failed (None).
    preview_shown = Signal(object)
    #: The composer window closed.
    closed = Signal()

    def __init__(self, replies: ReplyService, accounts: AccountService, runner: Runner, view: ComposerWindow,
                 dialogs_host: DialogHost, about: About, *, template: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.replies = replies
        self.accounts = accounts
        self.runner = runner
        self.view = view
        self.dialogs = dialogs_host
        self.about = about
        self.ref = about.ref
        self.wanted_template = template
        self.setup: ComposerSetup | None = None
        self.row: LetterRow | None = None
        self.preview: ReplyPreview | None = None
        self.preview_problem: str | None = None
        self.problem_field: str | None = None
        self.edited = False
        self.busy = False
        self.done = False
        self.failed_entry: int | None = None
        self.failed_letter: Letter | None = None
        self.uncertain_entry: int | None = None
        self.several_mailboxes = False
        self.account_chosen = False
        self._generation = 0
        self._answered = -1
        self._switching = False
        self._relay = PhaseRelay(self)
        self._relay.phase.connect(self._on_relay_phase)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        v = view
        v.setWindowTitle(f"Reply to {about.requester} — {about.ref}")
        v.close_guard = self._close_guard
        v.letter_list.selectionModel().currentChanged.connect(self._on_letter_list_current_changed)
        v.show_all.toggled.connect(self._on_show_all_toggled)
        v.language.currentIndexChanged.connect(self._on_language_changed)
        v.account.currentIndexChanged.connect(self._on_account_changed)
        v.inputs.changed.connect(self._on_inputs_changed)
        v.body.textChanged.connect(self._on_body_text_changed)
        v.restart_button.clicked.connect(self.start_again)
        v.add_file_button.clicked.connect(self.choose_files)
        v.remove_file_button.clicked.connect(self.remove_file)
        v.view_file_button.clicked.connect(self.view_file)
        v.attachment_list.selectionModel().currentChanged.connect(self._on_attachment_current_changed)
        v.sources_table.selectionModel().currentRowChanged.connect(self._on_sources_current_changed)
        v.draft_button.clicked.connect(self.save_draft)
        v.send_button.clicked.connect(self.send)
        v.destroyed.connect(self._on_view_destroyed)
        self._update_buttons()
        self._on_attachment_current_changed(QModelIndex(), QModelIndex())

    # -- opening -------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the letters that fit and the mailboxes, then show the window."""
        self.view.status.setText("Loading the letters…")
        replies, accounts, ref, language = self.replies, self.accounts, self.ref, self.about.language

        def load() -> ComposerSetup:
            rows = sorted((LetterRow.of(c, language) for c in replies.templates_for(ref)),
                          key=lambda r: words.letter_order(r.name))
            boxes = tuple(Mailbox(a.name, a.sends_mail) for a in accounts.list_accounts())
            return ComposerSetup(tuple(rows), boxes)

        self.runner.read(load, self._on_loaded, self._on_load_failed, name="composer letters")

    def _on_loaded(self, setup: ComposerSetup) -> None:
        self.setup = setup
        v = self.view
        v.letter_model.set_rows(setup.letters)
        v.account.blockSignals(True)
        v.account.clear()
        for box in setup.mailboxes:
            v.account.addItem(box.name, box.name)
        self.several_mailboxes = len(setup.mailboxes) > 1
        v.account.setVisible(self.several_mailboxes)
        v.account.blockSignals(False)
        v.status.setText("")
        wanted = self.wanted_template
        if wanted is not None:
            row = v.letter_model.row_of(wanted)
            if row is not None and not setup.letters[row].fits:
                v.show_all.setChecked(True)
            if not self.choose_letter(wanted):
                v.show_problem(f"The letter “{words.letter_title(wanted)}” is not available for this request.")
        if self.row is None:
            v.letter_note.setText("Choose a letter.")
        self._update_buttons()

    def _on_load_failed(self, exc: BaseException) -> None:
        self.view.status.setText("")
        self.view.show_problem(f"The letters could not be loaded: {user_message(exc)}")

    # -- choosing the letter -------------------------------------------------------------------------
    def choose_letter(self, name: str) -> bool:
        """Select a letter by its template name; False if it is not listed (or does not fit)."""
        v = self.view
        row = v.letter_model.row_of(name)
        if row is None or not v.letter_model.rows[row].fits:
            return False
        index = v.letter_filter.mapFromSource(v.letter_model.index(row, 0))
        if not index.isValid():
            return False
        v.letter_list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return self.row is not None and self.row.name == name

    def _on_show_all_toggled(self, checked: bool) -> None:
        self.view.letter_filter.set_show_all(checked)
        if self.row is not None:
            self._select_quietly(self.row.name)

    def _select_quietly(self, name: str) -> None:
        v = self.view
        row = v.letter_model.row_of(name)
        if row is None:
            return
        self._switching = True
        try:
            index = v.letter_filter.mapFromSource(v.letter_model.index(row, 0))
            v.letter_list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._switching = False

    def _on_letter_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        row = current.data(RowRole)
        if not isinstance(row, LetterRow) or not row.fits:
            if self.row is not None:
                self._select_quietly(self.row.name)
            return
        if self.row is not None and row.name == self.row.name:
            return
        if self.edited and self.row is not None:
            previous = self.row.name
            self._select_quietly(previous)
            self.dialogs.ask("Use another letter?",
                             "You edited this letter. Choosing another one starts again from its template; your "
                             "edits are lost.", "Use the other letter", lambda: self._use_letter(row),
                             no="Keep my edits")
            return
        self._use_letter(row)

    def _use_letter(self, row: LetterRow) -> None:
        assert self.setup is not None
        v = self.view
        old_values = v.inputs.values()
        self.row = row
        self.edited = False
        self.failed_entry = self.failed_letter = None
        v.edited_note.hide()
        v.show_problem("")
        self._select_quietly(row.name)
        v.description.setText(row.description)
        v.letter_note.setText(row.note)
        v.language.blockSignals(True)
        v.language.clear()
        for code in row.choice.languages:
            v.language.addItem(words.language(code), code)
        v.language.setCurrentIndex(max(0, v.language.findData(row.choice.language)))
        v.language.setEnabled(len(row.choice.languages) > 1)
        v.language.blockSignals(False)
        meta = row.choice.entry.meta
        required = meta.inputs if meta else ()
        optional = meta.optional_inputs if meta else ()
        keep = {k: val for k, val in old_values.items() if k in set(required) | set(optional)}
        v.inputs.set_inputs(required, optional, labels.day_today(), keep)
        v.setWindowTitle(f"{row.title} — reply to {self.about.requester} — {self.ref}")
        # What the previous letter attached by itself (the portability files) is not this one's.
        v.attachment_model.set_rows([r for r in v.attachment_model.rows if not r.generated])
        self._update_missing()
        self.refresh_preview()

    # -- what the letter is made of --------------------------------------------------------------------
    def letter(self, *, for_preview: bool = False) -> Letter | None:
        """The letter as the window holds it now (None until a letter is chosen). For the preview, a
        detail not filled in yet is a visible placeholder."""
        if self.row is None:
            return None
        v = self.view
        inputs = v.inputs.values()
        if for_preview:
            for name in self.missing_inputs():
                if not words.is_date_input(name):
                    inputs[name] = placeholder(name)
        account = v.account.currentData() if self.several_mailboxes else None
        return Letter(self.row.name, v.language.currentData(), tuple(sorted(inputs.items())),
                      v.body.toPlainText() if self.edited else None,
                      tuple(v.attachment_model.added_paths()), str(account) if account else None)

    def missing_inputs(self) -> list[str]:
        if self.row is None:
            return []
        given = self.view.inputs.values()
        missing = [n for n in self.view.inputs.required if n not in given]
        if self.problem_field and self.problem_field in self.view.inputs.editors and self.problem_field not in missing \
                and self.problem_field not in given:
            missing.append(self.problem_field)
        return missing

    def _on_language_changed(self, _index: int) -> None:
        self.schedule_preview()

    def _on_account_changed(self, _index: int) -> None:
        self.account_chosen = self.view.account.currentData() is not None
        self.schedule_preview()

    def _on_inputs_changed(self) -> None:
        self.problem_field = None
        self._update_missing()
        self.schedule_preview()

    def _on_body_text_changed(self) -> None:
        if self.row is None or self.busy:
            return
        if not self.edited:
            self.edited = True
            self.view.edited_note.show()
        self.schedule_preview()

    def start_again(self) -> None:
        """Forget the edits: the letter is the template's again, with the details on the left."""
        self.edited = False
        self.view.edited_note.hide()
        self.refresh_preview()

    # -- attachments -----------------------------------------------------------------------------------------
    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self.view, "Attach files")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self._on_files_selected)
        dialog.open()
        return dialog

    def _on_files_selected(self, files: list[str]) -> None:
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: Sequence[Path]) -> None:
        model = self.view.attachment_model
        rows = list(model.rows)
        known = {r.path for r in rows}
        for path in paths:
            if path in known:
                continue
            try:
                size = path.stat().st_size
            except OSError as exc:
                self.view.show_problem(f"{path.name} cannot be attached: {exc.strerror or exc}.")
                continue
            rows.append(AttachmentRow(path.name, size, "", path))
        model.set_rows(rows)
        self.schedule_preview()

    def remove_file(self) -> None:
        index = self.view.attachment_list.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if not isinstance(row, AttachmentRow) or row.generated:
            return
        self.view.attachment_model.set_rows([r for r in self.view.attachment_model.rows if r is not row])
        self.schedule_preview()

    def _on_attachment_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RowRole) if current.isValid() else None
        generated = isinstance(row, AttachmentRow) and row.generated
        self.view.remove_file_button.setEnabled(isinstance(row, AttachmentRow) and not generated and not self.busy)
        self.view.view_file_button.setEnabled(generated)

    def attachment_text(self, filename: str) -> str | None:
        """The text of a file PrivacyDesk made for this letter (from the previewed message)."""
        if self.preview is None:
            return None
        message = message_from_bytes(self.preview.message, policy=default_policy)
        if not isinstance(message, EmailMessage):
            return None
        for part in message.iter_attachments():
            if part.get_filename() == filename:
                content = part.get_content()
                return content.decode("utf-8", "replace") if isinstance(content, bytes) else str(content)
        return None

    def view_file(self) -> QDialog | None:
        index = self.view.attachment_list.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if not isinstance(row, AttachmentRow) or not row.generated:
            return None
        text = self.attachment_text(row.filename)
        if text is None:
            return None
        dialog = QDialog(self.view)
        dialog.setWindowTitle(f"{row.filename} — what the requester receives")
        layout = QVBoxLayout(dialog)
        viewer = QPlainTextEdit()
        viewer.setObjectName("attachmentText")
        viewer.setReadOnly(True)
        viewer.setPlainText(text.lstrip("\ufeff"))
        layout.addWidget(viewer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 480)
        self.dialogs.open_dialog(dialog, lambda: None)
        return dialog

    # -- the preview -----------------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        if self.row is None:
            return
        self._generation += 1  # an answer already on its way is now stale
        self._timer.start()
        self._update_buttons()

    def refresh_preview(self) -> None:
        """Ask for the preview now (the timer calls this; tests may too)."""
        self._timer.stop()
        letter = self.letter(for_preview=True)
        if letter is None:
            return
        self._generation += 1
        generation = self._generation
        replies, ref = self.replies, self.ref
        self.view.status.setText("Updating the letter…")

        def make() -> ReplyPreview:
            return replies.preview(ref, letter.template, letter.language, letter.input_map, letter.attach,
                                   letter.account, body=letter.body)

        self.runner.read(make, lambda preview: self._on_preview_done(generation, preview),
                         lambda exc: self._on_preview_failed(generation, exc), name="letter preview")

    def is_current(self) -> bool:
        """True when what the window shows (a preview, or why there is none) matches what it holds."""
        return not self._timer.isActive() and self._answered == self._generation

    def _on_preview_done(self, generation: int, preview: ReplyPreview) -> None:
        if generation != self._generation:
            return
        self._answered = generation
        self.preview = preview
        self.preview_problem = None
        v = self.view
        v.status.setText("")
        v.from_label.setText(f"{preview.from_name} <{preview.from_address}>")
        if preview.to_address:
            to = f"{preview.to_name} <{preview.to_address}>" if preview.to_name else preview.to_address
            if preview.recipient_role == "agent":
                to += "  (the authorized agent)"
            v.to_label.setText(to)
        else:
            v.to_label.setText("No email address: add one to the requester first (Request → Edit requester…).")
        v.subject_label.setText(preview.subject)
        if not self.edited:
            v.set_body(preview.body)
        v.sources_model.set_rows(preview.sources)
        if preview.sources:
            v.sources_table.setCurrentIndex(v.sources_model.index(0, 0))
        else:
            v.source_rule.setText("")
        v.sources_title.setText("Which law and date each sentence relies on" if preview.sources else
                                "No sentence of this letter relies on a law or a legal date.")
        added = [r for r in v.attachment_model.rows if not r.generated]
        generated = [AttachmentRow(a.filename, a.size, a.content_type)
                     for a in preview.attachments[:max(0, len(preview.attachments) - len(added))]]
        if [(r.filename, r.size) for r in v.attachment_model.rows if r.generated] != \
                [(r.filename, r.size) for r in generated]:
            v.attachment_model.set_rows(generated + added)
        self._select_account(preview.account)
        self._update_missing()
        self._show_changes()
        self._update_buttons()
        emit(self.preview_shown, preview)

    def _on_preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._answered = generation
        if not is_refusal(exc):
            log.error("letter preview failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
        self.preview = None
        field = getattr(exc, "field", None) if isinstance(exc, TemplateError) else None
        self.problem_field = field if field and field in self.view.inputs.editors else None
        self.preview_problem = words.problem(user_message(exc))
        self.view.status.setText("")
        self.view.set_changes(f"This letter cannot be made yet: {self.preview_problem}", True)
        self._update_missing()
        self._update_buttons()
        emit(self.preview_shown, None)

    def _select_account(self, name: str | None) -> None:
        """Several mailboxes: show the one the request arrived through, until staff choose another."""
        combo = self.view.account
        if not self.several_mailboxes or self.account_chosen:
            return
        combo.blockSignals(True)
        index = combo.findData(name) if name else -1
        if index < 0:
            if combo.findData(None) < 0:
                combo.insertItem(0, CHOOSE, None)
            index = combo.findData(None)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _show_changes(self) -> None:
        preview = self.preview
        if preview is None:
            return
        if preview.refused:
            self.view.set_changes(f"It cannot be sent now: {words.problem(preview.refused)}", True)
        elif preview.changes:
            self.view.set_changes("When you send it: " + " ".join(preview.changes), False)
        else:
            self.view.set_changes("Sending it does not change the request.", False)

    def _on_sources_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = current.data(RowRole) if current.isValid() else None
        if not isinstance(source, LegalSource):
            self.view.source_rule.setText("")
            return
        self.view.source_rule.setText(f"Rule: {source_rule(source)}")
        sentence = source.sentence
        if not self.view.sources_table.hasFocus():
            return  # only when staff pick a sentence: never move the cursor of someone typing
        body = self.view.body
        cursor = body.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        body.setTextCursor(cursor)
        body.find(sentence[:200])

    # -- what may be done now ----------------------------------------------------------------------------------
    def _update_missing(self) -> None:
        missing = self.missing_inputs()
        self.view.inputs.mark_missing(missing)
        self.view.missing.setText("Fill in: " + ", ".join(words.input_label(n) for n in missing) + "."
                                  if missing else "")

    def _mailbox(self) -> Mailbox | None:
        if self.setup is None:
            return None
        name = self.view.account.currentData() if self.several_mailboxes else None
        if name is None and self.preview is not None:
            name = self.preview.account
        if name is None and len(self.setup.mailboxes) == 1:
            return self.setup.mailboxes[0]
        return next((b for b in self.setup.mailboxes if b.name == name), None)

    def why_not(self) -> tuple[str | None, str | None]:
        """(why Save draft is not possible now, why Send is not possible now); None when it is."""
        if self.busy:
            return "The letter is on its way.", "The letter is on its way."
        if self.done:
            return "This letter is done.", "This letter is done."
        if self.uncertain_entry is not None:
            settled = ("This letter may already have been sent: settle it first in the request's Messages "
                       "(“It was sent” or “It was not sent”).")
            return settled, settled
        if self.setup is None or self.row is None:
            return "Choose a letter first.", "Choose a letter first."
        missing = self.missing_inputs()
        if missing:
            text = "Fill in: " + ", ".join(words.input_label(n) for n in missing) + "."
            return text, text
        if self.preview is None:
            if self.preview_problem:
                return self.preview_problem, self.preview_problem
            return "The letter is being prepared.", "The letter is being prepared."
        if not self.preview.to_address:
            text = "There is no email address to write to: add one to the requester first."
            return text, text
        if not self.setup.mailboxes:
            text = "There is no mailbox to send from yet: add the team mailbox with Mail → Accounts…"
            return text, text
        box = self._mailbox()
        if box is None:
            text = "Choose which mailbox the letter goes from (From)."
            return text, text
        send: str | None = None
        if not box.sends_mail:
            send = (f"The mailbox “{box.name}” has no settings for sending mail yet (whoever set up PrivacyDesk "
                    f"adds them with: privacydesk account smtp {box.name} --smtp-host …). Save draft puts the "
                    "letter in its Drafts folder, to send from your mail program.")
        elif self.preview.refused:
            send = f"It cannot be sent now: {words.problem(self.preview.refused)}"
        return None, send

    def _update_buttons(self) -> None:
        draft_reason, send_reason = self.why_not()
        v = self.view
        v.draft_button.setEnabled(draft_reason is None)
        v.send_button.setEnabled(send_reason is None)
        v.draft_button.setToolTip(labels.tooltip_html(draft_reason) if draft_reason else
                                  "Save the letter in the mailbox's Drafts folder, to finish here or in your mail "
                                  "program. The request does not change.")
        v.send_button.setToolTip(labels.tooltip_html(send_reason) if send_reason else "Send the letter now (Ctrl+Enter)")
        if not self.busy:
            shown = send_reason if send_reason and self.preview is not None else ""
            if shown and not (self.preview and self.preview.refused and shown.startswith("It cannot be sent")):
                v.status.setText(shown)
            elif v.status.text() and not self._timer.isActive() and self.preview is not None:
                v.status.setText("")

    # -- saving and sending ----------------------------------------------------------------------------------
    def save_draft(self) -> None:
        if self.why_not()[0] is not None:
            return
        letter = self.letter()
        assert letter is not None
        replies, ref = self.replies, self.ref
        self._set_busy(True, "Saving the draft in the mailbox…")
        self.view.progress.setRange(0, 0)  # one step: the mailbox answers or not

        def save() -> DraftResult:
            return replies.draft(ref, letter.template, letter.language, letter.input_map, letter.attach,
                                 letter.account, body=letter.body)

        self.runner.network(save, self._on_draft_done, self._on_draft_failed, name="save draft")

    def _on_draft_done(self, result: DraftResult) -> None:
        self._set_busy(False)
        self.done = True
        emit(self.drafted, self.ref, result)
        self.view.close()

    def _on_draft_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not is_refusal(exc):
            log.error("saving a draft failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
        reason = getattr(exc, "reason", None) if isinstance(exc, SendFailed) else None
        text = words.problem(reason) if reason else words.problem(user_message(exc))
        self.view.show_problem(f"The draft was not saved: {text} Your letter is kept here.")
        self._update_buttons()

    def send(self) -> None:
        if self.why_not()[1] is not None:
            return
        letter = self.letter()
        assert letter is not None
        replies, ref, relay = self.replies, self.ref, self._relay
        failed, failed_letter = self.failed_entry, self.failed_letter
        self.view.show_problem("")
        self._set_busy(True, words.PHASES["start"][1])

        def go() -> SendResult:
            if failed is not None and failed_letter == letter:
                return replies.retry(failed, on_phase=relay.report)
            if failed is not None:
                replies.withdraw(failed)
            return replies.send(ref, letter.template, letter.language, letter.input_map, letter.attach,
                                letter.account, body=letter.body, on_phase=relay.report)

        self.runner.network(go, self._on_send_done, lambda exc: self._on_send_failed(letter, exc), name="send reply")

    @Slot(str)
    def _on_relay_phase(self, name: str) -> None:
        if not self.busy or name not in words.PHASES:
            return
        step, text = words.PHASES[name]
        self.view.progress.setValue(step)
        self.view.status.setText(text)

    def _on_send_done(self, result: SendResult) -> None:
        self._set_busy(False)
        self.done = True
        self.failed_entry = self.failed_letter = None
        emit(self.sent, self.ref, result)
        self.view.close()

    def _on_send_failed(self, letter: Letter, exc: BaseException) -> None:
        self._set_busy(False)
        v = self.view
        if isinstance(exc, SendUncertain):
            self.uncertain_entry = exc.entry_id
            v.show_problem(f"It is not certain that the letter was sent: {words.problem(exc.reason)} It will not "
                           "be sent again by itself. Check the Sent folder (or ask the requester), then settle it "
                           "in the request's Messages: “It was sent” or “It was not sent”.")
            emit(self.outbox_changed, self.ref)
        elif isinstance(exc, SendFailed):
            if exc.entry_id is not None:
                self.failed_entry, self.failed_letter = exc.entry_id, letter
            v.show_problem(f"Not sent: {words.problem(exc.reason)} Your letter is kept here: put right what is "
                           "wrong and press Send again, or save it as a draft.")
            emit(self.outbox_changed, self.ref)
        elif isinstance(exc, UserError):
            v.show_problem(f"Not sent: {words.problem(str(exc))}")
            emit(self.outbox_changed, self.ref)
        else:
            log.error("sending a reply failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
            v.show_problem("Sending stopped unexpectedly. The letter may or may not have gone out: look at the "
                           "request's Messages before trying again. If it keeps happening, send the log file "
                           "(Help → Open the log folder) to whoever supports PrivacyDesk.")
            emit(self.outbox_changed, self.ref)
        self.refresh_preview()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        v = self.view
        v.set_busy(busy)
        v.progress.setRange(0, words.PHASE_STEPS)
        v.progress.setValue(0)
        v.status.setText(text)
        if not busy:
            self._on_attachment_current_changed(v.attachment_list.currentIndex(), QModelIndex())
        self._update_buttons()

    def request_changed(self) -> None:
        """The request changed elsewhere (a status, its types): what sending would do may differ now."""
        if self.row is not None and not self.busy and not self.done:
            self.refresh_preview()

    # -- closing -------------------------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return bool(self.edited or self.view.inputs.values() or self.view.attachment_model.added_paths())

    def _close_guard(self) -> bool:
        if self.busy:
            self.view.status.setText("Wait a moment: the letter is on its way.")
            return False
        if self.done or not self.is_dirty():
            self._finish()
            return True
        self.dialogs.ask("Close without sending?",
                         "The letter you wrote is not saved anywhere. Close it anyway?", "Close without sending",
                         self._discard, no="Keep writing")
        return False

    def _discard(self) -> None:
        self.done = True
        self.view.close()

    def _finish(self) -> None:
        self._timer.stop()
        self._generation += 1
        emit(self.closed)

    def _on_view_destroyed(self, *_args: Any) -> None:
        self._timer.stop()

