"""Settings → Mail accounts: the list of accounts and the add/edit form.

Views only (TagStudio's rule): the dialogs lay out widgets, read and check their input, and say
what the user asked for through signals; ``controller.MailController`` runs the tests and
writes and calls back with the outcome (``show_test_ok``, ``show_save_failed`` …).

The password field is write-only: it is never filled from the keyring, never shown again and never
logged; an empty field while editing means "keep the stored password". "Test connection" needs no
saved account: it logs in with what the form holds (see ``MailController.test_form``).

Security choices: SSL/TLS (993, default) and STARTTLS (143). "None" is offered only while the server
is this computer (127.0.0.1 / localhost / ::1), with a warning; ``AccountService.validate`` and the
mail layer refuse it for any other host anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.services.accounts import (
    FORM_PORTS,
    LOOPBACK_HOSTS,
    AccountError,
    AccountInfo,
    AccountService,
    KeyringStatus,
    NewAccount,
)
from privacydesk.ui.listmodel import SmallTableModel
from privacydesk.ui.mail.sync_worker import AccountState, SyncState
from privacydesk.ui.qtcompat import emit

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

SECURITY_LABELS = {
    "ssl": "SSL/TLS (port 993, recommended)",
    "starttls": "STARTTLS (port 143)",
    "none": "None: no encryption (only for a server on this computer)",
}
PLAIN_WARNING = ("Without encryption the password and the mail travel unprotected. Use this only for a "
                 "mail server or bridge running on this computer.")
ERROR_STYLE = "color: #8e1116;"
WARNING_STYLE = "color: #6b4500; background: #fff1c7; padding: 4px;"
OK_STYLE = "color: #1b5e20;"


def _plain_label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


# -- the list ---------------------------------------------------------------------------------------

class AccountListModel(SmallTableModel):
    """Accounts and their sync state (a small list: everything held in memory)."""

    HEADERS = ("Account", "Server", "User name", "Folders", "Sync")
    STATE_COLUMN = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.accounts: list[AccountInfo] = []
        self.states: dict[str, AccountState] = {}

    def row_total(self) -> int:
        return len(self.accounts)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.accounts):
            return None
        try:
            return self._data(self.accounts[index.row()], index.column(), role)
        except Exception:
            log.exception("rendering an account cell failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None

    def _data(self, info: AccountInfo, column: int, role: int) -> Any:
        state = self.states.get(info.name)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return info.name
            if column == 1:
                return f"{info.host}:{info.port} ({info.security})"
            if column == 2:
                return info.username
            if column == 3:
                return ", ".join(info.folders)
            if column == self.STATE_COLUMN:
                if state is not None:
                    return state.line()
                stored = last_stored_error(info)
                return "not synced yet" if not stored and not info.folder_states else (
                    "problem last time" if stored else "idle")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE_COLUMN:
            if state is not None and state.details:
                return state.details
            return last_stored_error(info) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE_COLUMN \
                and state is not None and state.state == SyncState.ERROR:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#8e1116"))
        return None

    def set_accounts(self, accounts: Sequence[AccountInfo]) -> None:
        self.beginResetModel()
        self.accounts = list(accounts)
        self.endResetModel()

    def set_state(self, state: AccountState) -> None:
        self.states[state.account] = state
        for row, info in enumerate(self.accounts):
            if info.name == state.account:
                index = self.index(row, self.STATE_COLUMN)
                emit(self.dataChanged, index, index)

    def account_at(self, row: int) -> AccountInfo | None:
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def row_of(self, name: str) -> int | None:
        for row, info in enumerate(self.accounts):
            if info.name == name:
                return row
        return None


def last_stored_error(info: AccountInfo) -> str:
    errors = [s.last_error for s in info.folder_states if s.last_error]
    return errors[0] if errors else ""


class AccountsDialog(QDialog):
    """The list of accounts with Add / Edit / Remove / Sync now."""

    add_requested = Signal()
    edit_requested = Signal(str)
    remove_requested = Signal(str)
    sync_requested = Signal()

    def __init__(self, model: AccountListModel, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Mail accounts")
        #: Shown as a page of the settings dialog (issue 12) rather than as a window of its own.
        self.embedded = embedded
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
        else:
            self.setWindowModality(Qt.WindowModality.WindowModal)
        self.model = model
        layout = QVBoxLayout(self)
        intro = _plain_label("PrivacyDesk reads these mailboxes without changing them (nothing is marked "
                             "read, moved or deleted). Passwords are kept only in the system keyring.")
        layout.addWidget(intro)
        self.keyring_label = _plain_label()
        self.keyring_label.setObjectName("keyringStatus")
        self.keyring_label.hide()
        layout.addWidget(self.keyring_label)

        self.table = QTableView()
        self.table.setObjectName("accountTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, width in ((0, 110), (1, 220), (2, 190), (3, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        layout.addWidget(self.table)
        self.details = _plain_label()
        self.details.setObjectName("accountDetails")
        layout.addWidget(self.details)

        buttons = QHBoxLayout()
        self.add_button = QPushButton("&Add…")
        self.edit_button = QPushButton("&Edit…")
        self.remove_button = QPushButton("&Remove…")
        self.sync_button = QPushButton("&Sync now")
        for button in (self.add_button, self.edit_button, self.remove_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        if not embedded:
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            close.rejected.connect(self.reject)
            buttons.addWidget(close)
        else:
            layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        if not embedded:
            self.resize(760, 380)

        self.add_button.clicked.connect(lambda: emit(self.add_requested))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.sync_button.clicked.connect(lambda: emit(self.sync_requested))
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)
        model.modelReset.connect(self._on_selection_changed)
        model.dataChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    def selected_name(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        info = self.model.account_at(index.row()) if index.isValid() else None
        return info.name if info else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row is not None:
            self.table.selectRow(row)

    def set_keyring_status(self, status: KeyringStatus) -> None:
        if not status.usable:
            self.keyring_label.setText(status.words)
            self.keyring_label.setStyleSheet(ERROR_STYLE)
            self.keyring_label.show()
        elif status.warning:
            self.keyring_label.setText(status.warning)
            self.keyring_label.setStyleSheet(WARNING_STYLE)
            self.keyring_label.show()
        else:
            self.keyring_label.hide()
        self.add_button.setEnabled(status.usable)
        self.add_button.setToolTip("" if status.usable else "No password store: see the message above.")

    def _on_selection_changed(self, *_args: object) -> None:
        name = self.selected_name()
        self.edit_button.setEnabled(name is not None)
        self.remove_button.setEnabled(name is not None)
        self.sync_button.setEnabled(bool(self.model.accounts))
        if name is None:
            self.details.setText("" if self.model.accounts else
                                 "No account yet. Add the team mailbox with 'Add…'.")
            return
        state = self.model.states.get(name)
        info = self.model.account_at(self.model.row_of(name) or 0)
        text = f"{name}: {state.line() if state else 'not synced in this session'}"
        details = (state.details if state is not None else "") or (last_stored_error(info) if info else "")
        if details:
            text += f"\n\n{details}"
        self.details.setText(text)

    def _on_edit_button_clicked(self, *_args: object) -> None:
        name = self.selected_name()
        if name is not None:
            emit(self.edit_requested, name)

    def _on_remove_button_clicked(self) -> None:
        name = self.selected_name()
        if name is not None:
            emit(self.remove_requested, name)


# -- the form -----------------------------------------------------------------------------------------

class AccountFormDialog(QDialog):
    """Add an account, or edit one's folders and password."""

    test_requested = Signal()
    save_requested = Signal()

    def __init__(self, existing: AccountInfo | None, keyring: KeyringStatus | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = existing
        self.keyring = keyring
        self.testing = False
        self.saving = False
        self.server_folders: list[str] | None = None
        self.setWindowTitle("Edit mail account" if existing else "Add mail account")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.keyring_label = _plain_label()
        self.keyring_label.setObjectName("formKeyringStatus")
        self.keyring_label.hide()
        layout.addWidget(self.keyring_label)
        form = QFormLayout()
        layout.addLayout(form)

        self.name = QLineEdit(existing.name if existing else "")
        self.name.setPlaceholderText("e.g. team")
        form.addRow("Account name:", self.name)
        self.host = QLineEdit(existing.host if existing else "")
        self.host.setPlaceholderText("e.g. imap.gmail.com")
        form.addRow("Server:", self.host)
        self.security = QComboBox()
        form.addRow("Security:", self.security)
        self.plain_warning = _plain_label(PLAIN_WARNING, WARNING_STYLE)
        self.plain_warning.hide()
        form.addRow(self.plain_warning)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(existing.port if existing else FORM_PORTS["ssl"])
        form.addRow("Port:", self.port)
        self.username = QLineEdit(existing.username if existing else "")
        self.username.setPlaceholderText("usually the whole email address")
        form.addRow("User name:", self.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("stored in the keyring; leave empty to keep it" if existing else
                                         "for Gmail: an app password")
        self.password.setObjectName("passwordField")
        form.addRow("Password:", self.password)

        ca_row = QHBoxLayout()
        self.ca_file = QLineEdit((existing.ca_file or "") if existing else "")
        self.ca_file.setPlaceholderText("only for a self-hosted server with its own certificate authority")
        self.ca_button = QPushButton("Choose…")
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_button)
        form.addRow("CA file (optional):", ca_row)

        self.folders = QListWidget()
        self.folders.setObjectName("folderList")
        self.folders.setMinimumHeight(110)
        form.addRow("Folders to watch:", self.folders)
        self.folder_hint = _plain_label("Test the connection to choose among the server's folders.")
        form.addRow(self.folder_hint)

        test_row = QHBoxLayout()
        self.test_button = QPushButton("&Test connection")
        self.test_button.setObjectName("testButton")
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.test_result = _plain_label()
        self.test_result.setObjectName("testResult")
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.test_result)
        if existing:
            self.name.setEnabled(False)  # the name keys the stored password and the sync state

        self.problem = _plain_label(style=ERROR_STYLE)
        self.problem.setObjectName("formProblem")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        save = self.save_button
        save.clicked.connect(self._on_save_button_clicked)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self._set_folders([(f, True) for f in (existing.folders if existing else ("INBOX",))])
        self._fill_security(existing.security if existing else "ssl")
        self._last_security = self.current_security()
        self.host.textChanged.connect(self._on_host_text_changed)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        for edit in (self.name, self.username, self.password, self.ca_file):
            edit.textChanged.connect(self.revalidate)
        self.port.valueChanged.connect(self.revalidate)
        self.folders.itemChanged.connect(self.revalidate)
        self.ca_button.clicked.connect(self._on_ca_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.set_keyring_status(keyring)

    # -- reading the input ---------------------------------------------------------------------------
    @property
    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def current_security(self) -> str:
        return str(self.security.currentData() or "ssl")

    def checked_folders(self) -> list[str]:
        out = []
        for row in range(self.folders.count()):
            item = self.folders.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def new_account(self) -> NewAccount:
        return NewAccount(name=self.name.text().strip(), host=self.host.text().strip(),
                          username=self.username.text().strip(), port=self.port.value(),
                          security=self.current_security(), folders=tuple(self.checked_folders()),
                          ca_file=self.ca_file.text().strip() or None)

    def password_text(self) -> str:
        return self.password.text()

    def settings_problem(self) -> str:
        try:
            AccountService.validate(self.new_account())
        except AccountError as exc:
            return str(exc)
        return ""

    def test_problem(self) -> str:
        problem = self.settings_problem()
        if problem:
            return problem
        if self.existing is None and not self.password_text():
            return "Enter the password."
        return ""

    def save_problem(self) -> str:
        problem = self.test_problem()
        if problem:
            return problem
        needs_keyring = self.existing is None or bool(self.password_text())
        if needs_keyring and self.keyring is not None and not self.keyring.usable:
            return "The password cannot be stored: no usable keyring (see above)."
        if needs_keyring and self.keyring is None:
            return "Checking the keyring…"
        return ""

    # -- updating the form -------------------------------------------------------------------------
    def set_keyring_status(self, status: KeyringStatus | None) -> None:
        self.keyring = status
        if status is not None and not status.usable:
            self.keyring_label.setText(status.words)
            self.keyring_label.setStyleSheet(ERROR_STYLE)
            self.keyring_label.show()
        elif status is not None and status.warning:
            self.keyring_label.setText(status.warning)
            self.keyring_label.setStyleSheet(WARNING_STYLE)
            self.keyring_label.show()
        else:
            self.keyring_label.hide()
        self.revalidate()

    def revalidate(self, *_args: object) -> None:
        problem = self.save_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.save_button.setEnabled(not problem and not self.saving)
        self.test_button.setEnabled(not self.test_problem() and not self.testing and not self.saving)

    def show_testing(self) -> None:
        self.testing = True
        self.test_result.setStyleSheet("")
        self.test_result.setText("Connecting…")
        self.revalidate()

    def show_test_ok(self, folders: Sequence[str]) -> None:
        self.testing = False
        self.server_folders = list(folders)
        wanted = self.checked_folders() or ["INBOX"]
        present = {_folder_key(f) for f in folders}
        missing = [f for f in wanted if _folder_key(f) not in present]
        ordered = sorted(folders, key=lambda f: (_folder_key(f) != "inbox", f.lower()))
        self._set_folders([(f, any(_folder_key(f) == _folder_key(w) for w in wanted)) for f in ordered]
                          + [(f, True) for f in missing])
        text = (f"Connected and logged in. The server has {len(folders)} folder"
                f"{'s' if len(folders) != 1 else ''}: tick the ones to watch.")
        if missing:
            text += f" Not on the server: {', '.join(missing)} (untick them)."
        self.test_result.setStyleSheet(OK_STYLE if not missing else WARNING_STYLE)
        self.test_result.setText(text)
        self.folder_hint.hide()
        self.revalidate()

    def show_test_failed(self, words: str) -> None:
        self.testing = False
        self.test_result.setStyleSheet(ERROR_STYLE)
        self.test_result.setText(words)
        self.revalidate()

    def show_saving(self) -> None:
        self.saving = True
        self.revalidate()

    def show_save_failed(self, words: str) -> None:
        self.saving = False
        self.revalidate()
        self.problem.setText(words)
        self.problem.setVisible(True)

    # -- internals -------------------------------------------------------------------------------
    def _set_folders(self, folders: Sequence[tuple[str, bool]]) -> None:
        self.folders.blockSignals(True)
        try:
            self.folders.clear()
            for name, checked in folders:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.folders.addItem(item)
        finally:
            self.folders.blockSignals(False)
        self.revalidate()

    def set_folder_checked(self, name: str, checked: bool) -> None:
        for row in range(self.folders.count()):
            item = self.folders.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _plain_allowed(self) -> bool:
        return self.host.text().strip().lower() in LOOPBACK_HOSTS

    def _fill_security(self, selected: str) -> None:
        self.security.blockSignals(True)
        try:
            self.security.clear()
            for value in ("ssl", "starttls", "none"):
                if value == "none" and not (self._plain_allowed() or selected == "none"):
                    continue
                self.security.addItem(SECURITY_LABELS[value], value)
            index = self.security.findData(selected)
            self.security.setCurrentIndex(max(0, index))
        finally:
            self.security.blockSignals(False)
        self.plain_warning.setVisible(self.current_security() == "none")

    def _on_host_text_changed(self, _text: str) -> None:
        current = self.current_security()
        if current == "none" and not self._plain_allowed():
            current = "ssl"
        self._fill_security(current)
        self._on_security_changed()

    def _on_security_changed(self, *_args: object) -> None:
        security = self.current_security()
        previous = self._last_security
        if security != previous and self.port.value() == FORM_PORTS.get(previous):
            self.port.setValue(FORM_PORTS[security])
        self._last_security = security
        self.plain_warning.setVisible(security == "none")
        self.revalidate()

    def _on_ca_button_clicked(self) -> None:
        dialog = QFileDialog(self, "Certificate authority file")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(["Certificates (*.pem *.crt *.cer)", "All files (*)"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.ca_file.setText)
        dialog.open()

    def _on_test_button_clicked(self) -> None:
        if not self.test_problem() and not self.testing:
            emit(self.test_requested)

    def _on_save_button_clicked(self) -> None:
        problem = self.save_problem()
        if problem:
            self.revalidate()
            return
        emit(self.save_requested)


def _folder_key(folder: str) -> str:
    """INBOX is case-insensitive (RFC 3501 5.1); other names are compared as they are."""
    return "inbox" if folder.upper() == "INBOX" else folder
