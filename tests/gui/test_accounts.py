"""Settings → Mail accounts: adding, testing (fake server), keyring problems, editing, removing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from privacydesk.mail.imap import (
    ImapAuthError,
    ImapCertificateError,
    ImapConnectionError,
    ImapSecurityError,
)
from privacydesk.ui.app import Desk
from privacydesk.ui.mail.accounts_dialog import AccountFormDialog, AccountsDialog

from .conftest import MemoryKeyring, set_keep_watching
from .helpers import make_desk, wait_idle

PASSWORD = "abcd efgh ijkl mnop"


class PlaintextTestKeyring(MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring: the name says it keeps passwords readable."""


def open_window(qtbot: Any, desk: Any, *, keep_watching: bool = False) -> Desk:
    set_keep_watching(desk, keep_watching)
    return make_desk(qtbot, desk)


def open_accounts(qtbot: Any, win: Desk) -> AccountsDialog:
    dialog = win.mail.open_accounts()
    qtbot.waitUntil(lambda: dialog.isVisible() and win.mail.keyring is not None)
    wait_idle(qtbot, win)
    return dialog


def open_add_form(qtbot: Any, win: Desk, dialog: AccountsDialog) -> AccountFormDialog:
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = win.mail.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    return form


def fill(form: AccountFormDialog, *, name: str = "team", host: str = "imap.example.com",
         username: str = "team@example.com", password: str = PASSWORD) -> None:
    form.name.setText(name)
    form.host.setText(host)
    form.username.setText(username)
    form.password.setText(password)


def test_test_connection_then_add_an_account(qtbot: Any, mail_desk: Any, fake_server: Any,
                                             memory_keyring: MemoryKeyring) -> None:
    fake_server.folders.update({"Archive": [], "Sent": []})
    win = open_window(qtbot, mail_desk)
    dialog = open_accounts(qtbot, win)
    assert dialog.model.rowCount() == 0 and not dialog.edit_button.isEnabled()
    form = open_add_form(qtbot, win, dialog)
    assert form.current_security() == "ssl" and form.port.value() == 993
    assert not form.test_button.isEnabled()  # nothing filled in yet
    fill(form)
    assert form.test_button.isEnabled() and form.save_button.isEnabled()

    with qtbot.waitSignal(win.mail.test_finished) as finished:
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    ok, words = finished.args
    assert ok and "Connected and logged in" in words and "3 folders" in words
    assert fake_server.passwords == [PASSWORD]
    assert fake_server.settings[0].host == "imap.example.com" and fake_server.settings[0].security == "ssl"
    assert mail_desk.accounts.list_accounts() == []  # testing saved nothing
    folders = [form.folders.item(r).text() for r in range(form.folders.count())]
    assert folders[0] == "INBOX" and set(folders) == {"INBOX", "Archive", "Sent"}
    assert form.checked_folders() == ["INBOX"]
    form.set_folder_checked("Archive", True)

    with qtbot.waitSignal(win.mail.account_saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    info = mail_desk.accounts.get("team")
    assert (info.host, info.port, info.security, info.username) == ("imap.example.com", 993, "ssl",
                                                                   "team@example.com")
    assert info.folders == ("INBOX", "Archive")
    # The password is in the keyring and nowhere in the database file.
    assert memory_keyring.entries[("PrivacyDesk", "team")] == PASSWORD
    assert PASSWORD.encode() not in Path(mail_desk.paths.db_file).read_bytes()
    assert win.mail.form is None  # closed
    assert dialog.model.rowCount() == 1 and dialog.selected_name() == "team"
    # Keep watching is off: a new account is synced once.
    qtbot.waitUntil(lambda: win.mail.states["team"].last_sync is not None)

    # Editing never shows the stored password; an empty field keeps it.
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    edit = win.mail.form
    assert edit is not None and edit.existing is not None
    qtbot.waitUntil(edit.isVisible)
    assert edit.password.text() == "" and not edit.name.isEnabled() and edit.host.isEnabled()
    assert edit.save_button.isEnabled()
    edit.set_folder_checked("Archive", False)
    edit.host.setText("mail.example.com")
    with qtbot.waitSignal(win.mail.account_saved):
        qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    saved = mail_desk.accounts.get("team")
    assert saved.folders == ("INBOX",) and saved.host == "mail.example.com"
    assert memory_keyring.entries[("PrivacyDesk", "team")] == PASSWORD


@pytest.mark.parametrize("error, expected", [
    (ImapAuthError("imap.example.com refused the login for team@example.com: [AUTHENTICATIONFAILED] "
                   "Invalid credentials."),
     ["refused the user name or password", "app password", "not locked", "AUTHENTICATIONFAILED"]),
    (ImapCertificateError("The certificate of imap.example.com was refused (self-signed certificate), so "
                          "PrivacyDesk did not connect."),
     ["certificate could not be verified", "did not send your password", "CA file", "self-signed"]),
    (ImapConnectionError("imap.example.com:993 refused the connection. Check the server name, the port and "
                         "that the server is running."),
     ["could not reach the mail server", "server name and the port", "internet"]),
    (ImapSecurityError("Secure connection to imap.example.com:993 failed (WRONG_VERSION_NUMBER)."),
     ["secure connection could not be set up", "993 uses SSL/TLS", "143 uses STARTTLS"]),
])
def test_test_connection_explains_each_failure(qtbot: Any, mail_desk: Any, fake_server: Any,
                                               error: Exception, expected: list[str]) -> None:
    fake_server.error = error
    win = open_window(qtbot, mail_desk)
    form = open_add_form(qtbot, win, open_accounts(qtbot, win))
    fill(form)
    with qtbot.waitSignal(win.mail.test_finished) as finished:
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    ok, words = finished.args
    assert not ok
    for phrase in expected:
        assert phrase in words
    assert form.test_result.text() == words
    assert form.test_result.textFormat() == Qt.TextFormat.PlainText
    assert fake_server.logins == 1  # one attempt, never a retry
    assert form.test_button.isEnabled()  # can try again after fixing the form


def test_security_choices_and_port_defaults(qtbot: Any, mail_desk: Any) -> None:
    win = open_window(qtbot, mail_desk)
    form = open_add_form(qtbot, win, open_accounts(qtbot, win))
    fill(form, host="imap.example.com")

    def offered() -> list[str]:
        return [form.security.itemData(i) for i in range(form.security.count())]

    assert offered() == ["ssl", "starttls"]  # no plain text to a remote server
    form.security.setCurrentIndex(form.security.findData("starttls"))
    assert form.port.value() == 143
    form.security.setCurrentIndex(form.security.findData("ssl"))
    assert form.port.value() == 993
    form.port.setValue(10993)  # a port the user chose is kept
    form.security.setCurrentIndex(form.security.findData("starttls"))
    assert form.port.value() == 10993

    form.host.setText("127.0.0.1")
    assert offered() == ["ssl", "starttls", "none"]
    assert not form.plain_warning.isVisible()
    form.security.setCurrentIndex(form.security.findData("none"))
    assert form.plain_warning.isVisible() and "unprotected" in form.plain_warning.text()
    assert form.save_button.isEnabled()
    form.host.setText("mail.example.com")  # leaving this computer takes "none" away
    assert offered() == ["ssl", "starttls"] and form.current_security() == "ssl"
    assert not form.plain_warning.isVisible()
    form.host.setText("bad host")
    assert not form.save_button.isEnabled() and "not a valid server name" in form.problem.text()


def test_no_keyring_means_no_saving(qtbot: Any, mail_desk: Any, install_keyring: Any) -> None:
    from keyring.backends import fail

    install_keyring(fail.Keyring())
    win = open_window(qtbot, mail_desk)
    dialog = open_accounts(qtbot, win)
    assert dialog.keyring_label.isVisible()
    words = dialog.keyring_label.text()
    assert "never stores passwords in a file" in words
    # What to install or switch on, in words; no environment variables or commands to type.
    assert "GNOME Keyring" in words and "log in again" in words
    assert "PYTHON_KEYRING_BACKEND" not in words and "dbus-run-session" not in words and "`" not in words
    assert not dialog.add_button.isEnabled()
    # Even when the form is reached another way, saving stays impossible.
    form = win.mail.open_form(None)
    qtbot.waitUntil(form.isVisible)
    fill(form)
    assert not form.save_button.isEnabled()
    assert "no usable keyring" in form.problem.text()
    assert form.keyring_label.isVisible()
    form.reject()
    assert mail_desk.accounts.list_accounts() == []


def test_a_plaintext_keyring_chosen_explicitly_is_used_with_a_warning(
        qtbot: Any, mail_desk: Any, install_keyring: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = install_keyring(PlaintextTestKeyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.gui.test_accounts.PlaintextTestKeyring")
    win = open_window(qtbot, mail_desk)
    dialog = open_accounts(qtbot, win)
    assert dialog.keyring_label.isVisible() and "unencrypted" in dialog.keyring_label.text()
    form = open_add_form(qtbot, win, dialog)
    assert form.keyring_label.isVisible() and "unencrypted" in form.keyring_label.text()
    fill(form)
    with qtbot.waitSignal(win.mail.account_saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert backend.entries[("PrivacyDesk", "team")] == PASSWORD


def test_a_keyring_that_refuses_keeps_the_form_open_and_saves_nothing(
        qtbot: Any, mail_desk: Any, install_keyring: Any) -> None:
    class LockedKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            import keyring.errors

            raise keyring.errors.KeyringLocked("the keyring is locked")

    install_keyring(LockedKeyring())
    win = open_window(qtbot, mail_desk)
    form = open_add_form(qtbot, win, open_accounts(qtbot, win))
    fill(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "locked" in form.problem.text())
    wait_idle(qtbot, win)
    assert form.isVisible() and form.save_button.isEnabled()
    assert mail_desk.accounts.list_accounts() == []  # settings and password: both or neither


def test_duplicate_name_is_refused_in_words(qtbot: Any, mail_desk: Any) -> None:
    from privacydesk.services.accounts import NewAccount

    mail_desk.accounts.add(NewAccount(name="team", host="imap.example.com", username="a@example.com"), "pw")
    win = open_window(qtbot, mail_desk)
    form = open_add_form(qtbot, win, open_accounts(qtbot, win))
    fill(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in form.problem.text())
    assert form.isVisible()


def test_remove_an_account(qtbot: Any, mail_desk: Any, memory_keyring: MemoryKeyring) -> None:
    from privacydesk.services.accounts import NewAccount

    mail_desk.accounts.add(NewAccount(name="team", host="imap.example.com", username="a@example.com"), "pw")
    win = open_window(qtbot, mail_desk)
    dialog = open_accounts(qtbot, win)
    assert dialog.model.rowCount() == 1
    dialog.select("team")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = win.mail.question
    assert isinstance(box, QMessageBox) and "team" in box.text() and "stay" in box.text()
    with qtbot.waitSignal(win.mail.account_removed):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert mail_desk.accounts.list_accounts() == []
    assert ("PrivacyDesk", "team") not in memory_keyring.entries
    assert dialog.model.rowCount() == 0 and "team" not in win.mail.handles


def test_accounts_list_model_passes_the_model_tester(qtmodeltester: Any, qtbot: Any, mail_desk: Any) -> None:
    from privacydesk.services.accounts import NewAccount

    for name in ("a", "b"):
        mail_desk.accounts.add(NewAccount(name=name, host="imap.example.com", username=f"{name}@x.com"), "pw")
    win = open_window(qtbot, mail_desk)
    qtbot.waitUntil(lambda: win.mail.list_model.rowCount() == 2)
    qtmodeltester.check(win.mail.list_model, force_py=True)


def test_missing_password_says_so(qtbot: Any, mail_desk: Any, memory_keyring: MemoryKeyring) -> None:
    """An account whose keyring entry vanished: editing + testing says what is missing."""
    from privacydesk.services.accounts import NewAccount

    mail_desk.accounts.add(NewAccount(name="team", host="imap.example.com", username="a@example.com"), "pw")
    memory_keyring.entries.clear()
    win = open_window(qtbot, mail_desk)
    win.mail.open_accounts()
    qtbot.waitUntil(lambda: bool(win.mail.accounts))
    form = win.mail.open_form(win.mail.accounts[0])
    qtbot.waitUntil(form.isVisible)
    with qtbot.waitSignal(win.mail.test_finished) as finished:
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    ok, words = finished.args
    assert not ok and "keyring" in words and "No password is stored" in words
