"""What the window does with mail accounts: setup, background sync, state and progress, news.

``MailController(accounts, sync, settings, runner, view, dialogs, status)`` receives exactly what it
uses: the account and sync services, the settings (keep watching, how often to check), the task
runner, its view (``view.MailView``: the Mail actions and the status-bar widgets), the dialog host
and a status line. It owns no layout and knows nothing of the main window; it wires its view and
the accounts dialogs (``accounts_dialog``) to the services:

* **Accounts** are read on a read worker, added/changed/removed on the one writer (settings in the
  database, password in the keyring, both or neither), and tested on the runner's network lane
  (a daemon thread: an unanswering server must hold up nothing).
* **Sync** runs in one ``sync_worker.AccountSync`` per account, each with its own thread: "Keep
  watching" (a remembered preference) keeps every account connected (IDLE, reconnecting), "Sync now"
  (F5) syncs at once. Progress and per-account state go to the status bar and the accounts dialog.
* **News**: every sync report that brought something is announced with ``mail_arrived``; the
  composition root refreshes the requests part and notifies (``notify.Notifier``).

Shutdown (``shutdown``): every worker is told to stop, then waited for with a timeout. A worker
stuck in a network call ends at its socket timeout; until then it is kept referenced (``_LINGERING``)
so its ``QThread`` is never destroyed while running, which would abort the process.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from privacydesk.domain import settings as decl
from privacydesk.services.accounts import AccountError, AccountInfo, AccountService, KeyringStatus
from privacydesk.services.settings import SettingsService
from privacydesk.services.sync import SyncService
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import user_message
from privacydesk.ui.mail import words as mailwords
from privacydesk.ui.mail.accounts_dialog import AccountFormDialog, AccountListModel, AccountsDialog
from privacydesk.ui.mail.sync_worker import AccountState, AccountSync, SyncState, SyncSummary, now_utc
from privacydesk.ui.mail.view import MailView
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

#: Seconds "Test connection" waits for a server before saying it cannot be reached.
TEST_TIMEOUT = 20.0
#: How long closing the window waits for the sync threads (they stop within about a second unless
#: a network call is blocked).
SHUTDOWN_WAIT_MS = 2000

#: Handles whose thread had not ended at shutdown: kept alive until it does (see module docstring).
_LINGERING: list[AccountSync] = []


def check_login(accounts: AccountService, sync: SyncService, form_account: Any, password: str,
                existing: AccountInfo | None) -> list[str]:
    """Log in with what the form holds and list the server's folders (runs on a worker).

    Editing without a new password tests with the stored password. Raises the mail layer's or the
    account service's errors (messages for the user).
    """
    if not password and existing is not None:
        password = accounts.password(existing.name)
    return list(sync.test_settings(form_account, password, timeout=TEST_TIMEOUT))


class MailController(QObject):
    #: A sync report brought new mail (a ``SyncSummary``).
    mail_arrived = Signal(object)
    #: Every sync report (a ``SyncSummary``), good or bad.
    sync_reported = Signal(object)
    #: The list of accounts was (re)loaded: their names.
    accounts_loaded = Signal(list)
    #: Some account's sync state changed (name).
    state_changed = Signal(str)
    #: "Test connection" finished: (ok, the words shown).
    test_finished = Signal(bool, str)
    #: An account was added or changed (name).
    account_saved = Signal(str)
    #: An account was removed (name).
    account_removed = Signal(str)

    def __init__(self, accounts: AccountService, sync: SyncService, settings: SettingsService, runner: Runner,
                 view: MailView, dialogs_host: DialogHost, status: Callable[[str, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.accounts_service = accounts
        self.sync_service = sync
        self.settings = settings
        self.runner = runner
        self.view = view
        self.dialogs = dialogs_host
        self._status = status
        self.accounts: list[AccountInfo] = []
        self.handles: dict[str, AccountSync] = {}
        self.states: dict[str, AccountState] = {}
        self.keyring: KeyringStatus | None = None
        self.list_model = AccountListModel(self)
        self.dialog: AccountsDialog | None = None
        self.form: AccountFormDialog | None = None
        self.question: QMessageBox | None = None
        self._loaded = False
        self._closed = False
        self._pending_removals: dict[str, Callable[[], None]] = {}
        #: Accounts whose last sync or watch ended on an error: not restarted by themselves (a wrong
        #: password retried automatically could lock the account); the user's next action does.
        self._halted: set[str] = set()

        view.keep_watching.setChecked(settings.get(decl.MAIL_KEEP_WATCHING))
        view.sync_now.triggered.connect(self.sync_now)
        view.accounts.triggered.connect(self.open_accounts)
        view.keep_watching.toggled.connect(self._on_keep_watching_toggled)
        self._update_status_bar()

    def _parent(self) -> QWidget | None:
        return self.dialogs.parent_widget

    # -- accounts list -----------------------------------------------------------------------------
    @property
    def keep_watching(self) -> bool:
        return bool(self.view.keep_watching.isChecked())

    def start(self) -> None:
        """Load the accounts and, if "Keep watching" is on, start watching them."""
        self.reload_accounts()

    def reload_accounts(self, then: Callable[[], None] | None = None) -> None:
        accounts = self.accounts_service
        self.runner.read(accounts.list_accounts, lambda infos: self._on_accounts_loaded(infos, then),
                         self._on_accounts_failed, name="accounts")

    def _on_accounts_loaded(self, infos: list[AccountInfo], then: Callable[[], None] | None) -> None:
        if self._closed:
            return
        self.accounts = list(infos)
        self._loaded = True
        names = [i.name for i in infos]
        for name in names:
            if name not in self.handles and name not in self._pending_removals:
                self._make_handle(name)
        for name in list(self.handles):
            if name not in names:
                self._retire(name)
        self.list_model.set_accounts(self.accounts)
        if self.keep_watching:
            for name in names:
                self._start_watching(name)
        self._update_status_bar()
        emit(self.accounts_loaded, names)
        if then is not None:
            then()

    def _on_accounts_failed(self, exc: BaseException) -> None:
        log.warning("accounts could not be listed: %s", type(exc).__name__)
        self.view.label.setText("Mail: accounts could not be read")
        self.view.label.setToolTip(str(exc))

    def _make_handle(self, name: str) -> AccountSync:
        handle = AccountSync(name, self.sync_service,
                             poll_interval=float(self.settings.get(decl.MAIL_POLL_SECONDS)))
        handle.progressed.connect(self._on_handle_progressed)
        handle.state_changed.connect(self._on_handle_state_changed)
        handle.reported.connect(self._on_handle_reported)
        self.handles[name] = handle
        self._set_state(AccountState(name))
        return handle

    def _start_watching(self, name: str, *, asked: bool = False) -> None:
        handle = self.handles.get(name)
        if handle is None or handle.watching:
            return
        if name in self._halted and not asked:
            return
        self._halted.discard(name)
        handle.start_watching()

    def _retire(self, name: str, then: Callable[[], None] | None = None) -> None:
        """Stop and forget one account's worker; ``then`` runs once its thread has ended."""
        handle = self.handles.pop(name, None)
        self.states.pop(name, None)
        if handle is None:
            if then is not None:
                then()
            return
        handle.close()
        if not handle.is_running():
            if then is not None:
                then()
            return
        _LINGERING.append(handle)

        def ended(_name: str) -> None:
            with contextlib.suppress(ValueError):
                _LINGERING.remove(handle)
            if then is not None:
                then()

        handle.stopped.connect(ended)

    # -- sync --------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self.handles:
            if self._loaded:
                self._status("No mail account yet: add the team mailbox with Mail → Accounts…", 8000)
            return
        # Accounts that stopped on an error try once more (the user asked); if that works, they
        # resume watching (``_on_handle_reported``).
        started = [h.sync_now() for h in self.handles.values()]
        if any(s in ("started", "restarted") for s in started):
            self._status("Checking for new mail…", 4000)
        else:
            self._status("A sync is already running.", 4000)

    def _on_keep_watching_toggled(self, checked: bool) -> None:
        try:
            self.settings.set(decl.MAIL_KEEP_WATCHING, bool(checked))
        except Exception as exc:  # the choice still applies to this session
            self.dialogs.show_error(exc)
        for name, handle in self.handles.items():
            if checked:
                self._start_watching(name, asked=True)
            else:
                handle.stop_watching()
            state = self.states.get(name)
            if state is not None:
                self._set_state(_replace(state, watching=checked))

    def _on_handle_progressed(self, name: str, done: int, total: int, folder: str) -> None:
        state = self.states.get(name) or AccountState(name)
        handle = self.handles.get(name)
        if done < total:
            new_state = SyncState.SYNCING
        elif total and handle is not None and handle.watching:
            new_state = SyncState.WATCHING  # the folder is done; a report follows only if it stored mail
        else:
            new_state = state.state
        self._set_state(_replace(state, state=new_state, done=done, total=total, folder=folder,
                                 words="syncing" if new_state == SyncState.SYNCING else state.words))

    def _on_handle_state_changed(self, name: str, state: str, words: str, details: str) -> None:
        if name not in self.handles:
            return
        old = self.states.get(name) or AccountState(name)
        new_state = SyncState(state)
        last_sync = old.last_sync
        if new_state in (SyncState.IDLE, SyncState.WATCHING) and words == "up to date":
            last_sync = now_utc()
        keep_counts = new_state == SyncState.SYNCING and words == "syncing"
        self._set_state(AccountState(
            name, new_state, words, details, old.done if keep_counts else 0, old.total if keep_counts else 0,
            old.folder if keep_counts else "", last_sync, watching=self.handles[name].watching))

    def _on_handle_reported(self, summary: SyncSummary) -> None:
        if summary.account not in self.handles:
            return
        if summary.brought_something or summary.needs_review:
            log.info("sync brought %d messages: %d new requests, %d follow-ups, %d to review",
                     summary.new_messages, len(summary.new_requests), len(summary.follow_ups),
                     summary.needs_review)
            emit(self.mail_arrived, summary)
        if summary.errors:
            log.warning("a sync reported %d problem(s)%s", len(summary.errors),
                        " (login refused)" if summary.auth_failed else "")
        if summary.final and summary.errors:
            self._halted.add(summary.account)
        elif summary.final and summary.account in self._halted:
            self._halted.discard(summary.account)
            if self.keep_watching:  # a sync the user asked for worked: resume watching
                self._start_watching(summary.account)
        emit(self.sync_reported, summary)

    def _set_state(self, state: AccountState) -> None:
        self.states[state.account] = state
        self.list_model.set_state(state)
        self._update_status_bar()
        emit(self.state_changed, state.account)

    def _update_status_bar(self) -> None:
        label, bar = self.view.label, self.view.progress
        states = [self.states[n] for n in self.handles if n in self.states]
        syncing = [s for s in states if s.state == SyncState.SYNCING]
        errors = [s for s in states if s.state == SyncState.ERROR]
        if syncing:
            total = sum(s.total for s in syncing)
            done = sum(min(s.done, s.total) for s in syncing)
            bar.setRange(0, max(total, 1) if total else 0)  # 0..0: busy, no count yet
            bar.setValue(done if total else 0)
            bar.setFormat(f"{done}/{total}")
            bar.setVisible(True)
            first = syncing[0]
            where = f" {first.folder}" if first.folder else ""
            label.setText(f"Mail: syncing {first.account}{where}" + (f" {done}/{total}" if total else "…"))
        else:
            bar.setVisible(False)
            if not self.handles:
                label.setText("Mail: no account yet" if self._loaded else "")
            elif errors:
                label.setText(f"Mail: {errors[0].account}: {errors[0].words}")
            elif any(s.state == SyncState.WATCHING for s in states):
                label.setText("Mail: watching for new mail")
            else:
                last = max((s.last_sync for s in states if s.last_sync), default=None)
                label.setText("Mail: idle" + (f" (last sync {last.astimezone().strftime('%H:%M')})"
                                              if last else ""))
        label.setStyleSheet("color: #8e1116;" if errors and not syncing else "")
        tips = [f"{s.account}: {s.line()}" + (f"\n{s.details}" if s.details else "") for s in states]
        label.setToolTip("\n\n".join(tips))

    # -- the accounts dialog -----------------------------------------------------------------------
    def open_accounts(self, into: QWidget | None = None) -> AccountsDialog:
        """The accounts list: a window of its own, or — ``into`` — a page of the settings dialog
        (issue 12: the accounts moved into the settings), which then owns it."""
        if not isinstance(into, QWidget):  # QAction.triggered passes its "checked" flag
            into = None
        if self.dialog is not None and into is None:
            self.dialog.raise_()
            return self.dialog
        if self.dialog is not None:
            self.dialog.close()
        dialog = AccountsDialog(self.list_model, into or self._parent(), embedded=into is not None)
        self.dialog = dialog
        if into is not None:
            layout = into.layout()
            if layout is not None:
                layout.addWidget(dialog)
            dialog.destroyed.connect(lambda *_a: self._forget_dialog(dialog))
        dialog.add_requested.connect(lambda: self.open_form(None))
        dialog.edit_requested.connect(self._on_dialog_edit_requested)
        dialog.remove_requested.connect(self.confirm_remove)
        dialog.sync_requested.connect(self.sync_now)
        dialog.finished.connect(self._on_dialog_finished)
        if self.keyring is not None:
            dialog.set_keyring_status(self.keyring)
        self._check_keyring()
        self.reload_accounts()
        if into is not None:
            dialog.show()
        else:
            dialog.open()
        return dialog

    def _forget_dialog(self, dialog: AccountsDialog) -> None:
        """The settings dialog that held the accounts page closed (and deleted it)."""
        if self.dialog is dialog:
            self.dialog = None

    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _check_keyring(self) -> None:
        accounts = self.accounts_service
        self.runner.network(accounts.keyring_status, self._on_keyring_checked,
                            lambda exc: log.warning("keyring status failed: %s", type(exc).__name__),
                            name="keyring status")

    def _on_keyring_checked(self, status: KeyringStatus) -> None:
        self.keyring = status
        if self.dialog is not None:
            self.dialog.set_keyring_status(status)
        if self.form is not None:
            self.form.set_keyring_status(status)

    def _on_dialog_edit_requested(self, name: str) -> None:
        info = next((a for a in self.accounts if a.name == name), None)
        if info is not None:
            self.open_form(info)

    def open_form(self, existing: AccountInfo | None) -> AccountFormDialog:
        if self.form is not None:
            self.form.close()
        parent = self.dialog if self.dialog is not None else self._parent()
        form = AccountFormDialog(existing, self.keyring, parent)
        self.form = form
        form.test_requested.connect(lambda: self.test_form(form))
        form.save_requested.connect(lambda: self.save_form(form))
        form.finished.connect(lambda _r: self._on_form_finished(form))
        if self.keyring is None:
            self._check_keyring()
        form.open()
        return form

    def _on_form_finished(self, form: AccountFormDialog) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    def test_form(self, form: AccountFormDialog) -> None:
        new, password, existing = form.new_account(), form.password_text(), form.existing
        accounts, sync = self.accounts_service, self.sync_service
        form.show_testing()
        self.runner.network(lambda: check_login(accounts, sync, new, password, existing),
                            lambda folders: self._on_test_done(form, folders),
                            lambda exc: self._on_test_failed(form, exc), name="test account")

    def _on_test_done(self, form: AccountFormDialog, folders: list[str]) -> None:
        if self.form is not form:
            return
        form.show_test_ok(folders)
        emit(self.test_finished, True, form.test_result.text())

    def _on_test_failed(self, form: AccountFormDialog, exc: BaseException) -> None:
        words = mailwords.error_words(exc)
        if not isinstance(exc, AccountError) and type(exc).__module__.split(".")[0] != "privacydesk":
            log.error("testing an account failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
        if self.form is not form:
            return
        form.show_test_failed(words)
        emit(self.test_finished, False, words)

    def save_form(self, form: AccountFormDialog) -> None:
        new, password, existing = form.new_account(), form.password_text(), form.existing
        accounts = self.accounts_service
        form.show_saving()
        if existing is None:
            def call() -> str:
                return accounts.add(new, password).name
        else:
            def call() -> str:
                return accounts.update(existing.name, new, password or None).name

        self.runner.write(call, lambda name: self._on_form_saved(form, name, existing is None),
                          lambda exc: self._on_form_save_failed(form, exc), name="save account")

    def _on_form_saved(self, form: AccountFormDialog, name: str, added: bool) -> None:
        log.info("account %s", "added" if added else "changed")
        if self.form is form:
            form.saving = False
            form.accept()

        def after() -> None:
            handle = self.handles.get(name)
            self._halted.discard(name)
            if handle is not None:
                if self.keep_watching:
                    if handle.watching:
                        handle.sync_now()  # reconnects with the new folders / password
                    else:
                        self._start_watching(name, asked=True)
                elif added:
                    handle.sync_now()
            if self.dialog is not None:
                self.dialog.select(name)
            emit(self.account_saved, name)

        self.reload_accounts(after)

    def _on_form_save_failed(self, form: AccountFormDialog, exc: BaseException) -> None:

        words = str(exc) if isinstance(exc, AccountError) else user_message(exc)
        if not isinstance(exc, AccountError):
            log.error("saving an account failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
        if self.form is form:
            form.show_save_failed(words)

    def confirm_remove(self, name: str) -> QMessageBox:
        if self.question is not None:
            self.question.close()
        box = QMessageBox(QMessageBox.Icon.Question, "Remove mail account",
                          f"Remove the account '{name}'? PrivacyDesk stops reading this mailbox and deletes "
                          "its password from the keyring. Mail and requests already filed stay; the "
                          "mailbox itself is not touched.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self.dialog if self.dialog is not None else self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box

        def finished(result: int) -> None:
            if self.question is box:
                self.question = None
            if result == QMessageBox.StandardButton.Yes:
                self.remove_account(name)

        box.finished.connect(finished)
        box.open()
        return box

    def remove_account(self, name: str) -> None:
        """Stop the account's worker, then delete the account (and its password) on the writer."""
        accounts = self.accounts_service

        def delete() -> None:
            self._pending_removals.pop(name, None)
            self.runner.write(lambda: accounts.remove(name), lambda _r: self._on_removed(name),
                              lambda exc: self._on_remove_failed(name, exc), name="remove account")

        self._pending_removals[name] = delete
        self._retire(name, delete)
        self._update_status_bar()

    def _on_removed(self, name: str) -> None:
        log.info("account removed")
        self.reload_accounts(lambda: emit(self.account_removed, name))

    def _on_remove_failed(self, name: str, exc: BaseException) -> None:

        words = str(exc) if isinstance(exc, AccountError) else user_message(exc)
        self.dialogs.show_message("Account not removed", words)
        self.reload_accounts()

    # -- closing -----------------------------------------------------------------------------------
    def stop_all(self) -> None:
        """Tell every worker to stop (non-blocking)."""
        self._closed = True
        for handle in self.handles.values():
            handle.close()

    def all_stopped(self) -> bool:
        return not any(h.is_running() for h in self.handles.values())

    def shutdown(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Stop every worker and wait for them, at most ``timeout_ms`` in all; True if all ended."""
        self.stop_all()
        for dialog in (self.form, self.dialog, self.question):
            if dialog is not None:
                with contextlib.suppress(RuntimeError):
                    dialog.close()
        from time import monotonic

        deadline = monotonic() + timeout_ms / 1000
        ended = True
        for name, handle in list(self.handles.items()):
            left = int(max(0.0, deadline - monotonic()) * 1000)
            if not handle.wait(left):
                log.warning("a sync thread is still in a network call; it ends at its timeout")
                _LINGERING.append(handle)
                handle.stopped.connect(lambda _n, h=handle: _LINGERING.remove(h) if h in _LINGERING else None)
                ended = False
            self.handles.pop(name, None)
        return ended


def _replace(current: AccountState, **changes: Any) -> AccountState:
    return dataclasses.replace(current, **changes)


def wait_for_lingering(timeout_ms: int) -> bool:
    """At exit: wait for sync threads that outlived the window (True if none is left running).

    Called after the event loop ended, when nothing is visible any more; a thread blocked in a
    network call ends at its socket timeout (``SyncService.timeout``).
    """
    from time import monotonic

    deadline = monotonic() + timeout_ms / 1000
    for handle in list(_LINGERING):
        handle.wait(int(max(0.0, deadline - monotonic()) * 1000))
    return not any(h.is_running() for h in _LINGERING)
