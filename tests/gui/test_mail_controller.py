"""The mail part alone: ``MailController`` with its view, the inline runner and a fake mail server (no
main window). The sync threads are real (one per account); everything else runs inline."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from privacydesk.domain import settings as decl
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.mail.controller import MailController
from privacydesk.ui.mail.view import MailView
from privacydesk.ui.workers import InlineRunner


@pytest.fixture
def part(qtbot: Any, mail_desk: Any) -> Any:
    host = QWidget()
    qtbot.addWidget(host)
    status: list[str] = []
    mail_desk.settings.set(decl.MAIL_KEEP_WATCHING, False)
    controller = MailController(mail_desk.accounts, mail_desk.sync, mail_desk.settings, InlineRunner(), MailView(),
                                DialogHost(host), lambda text, _ms: status.append(text))
    controller.status = status  # type: ignore[attr-defined]
    yield controller
    controller.shutdown()


def test_sync_now_without_an_account_says_how_to_add_one(part: Any) -> None:
    part.start()
    assert part.view.label.text() == "Mail: no account yet"
    part.sync_now()
    assert part.status[-1] == "No mail account yet: add the team mailbox with Mail → Accounts…"


def test_keep_watching_is_a_setting(part: Any, mail_desk: Any) -> None:
    assert not part.view.keep_watching.isChecked()
    part.view.keep_watching.setChecked(True)
    assert mail_desk.settings.get(decl.MAIL_KEEP_WATCHING) is True


def test_add_an_account_inline(qtbot: Any, part: Any, mail_desk: Any, fake_server: Any,
                               memory_keyring: Any) -> None:
    part.start()
    dialog = part.open_accounts()
    assert part.keyring is not None and part.keyring.usable  # checked at once: the runner is inline
    form = part.open_form(None)
    form.name.setText("team")
    form.host.setText("imap.example.com")
    form.username.setText("team@example.com")
    form.password.setText("app-password")
    part.test_form(form)  # the network lane runs inline too
    assert "Connected and logged in" in form.test_result.text()
    with qtbot.waitSignal(part.account_saved):
        part.save_form(form)
    assert [a.name for a in mail_desk.accounts.list_accounts()] == ["team"]
    assert dialog.model.rowCount() == 1 and memory_keyring.entries[("PrivacyDesk", "team")] == "app-password"


def test_accounts_dialog_without_a_keyring_says_what_to_install(qtbot: Any, part: Any,
                                                               install_keyring: Any) -> None:
    from keyring.backends import fail

    install_keyring(fail.Keyring())
    dialog = part.open_accounts()
    assert dialog.keyring_label.isVisibleTo(dialog) and not dialog.add_button.isEnabled()
    assert "GNOME Keyring" in dialog.keyring_label.text() and "PYTHON_KEYRING_BACKEND" not in dialog.keyring_label.text()
