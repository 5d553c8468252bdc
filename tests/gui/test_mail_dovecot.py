"""The window against a real IMAP server (Dovecot on 127.0.0.1, its own CA): the accounts form's
"Test connection" with a trusted and an untrusted certificate and a wrong password, then watching
(IDLE) delivering a new request to the table within seconds.

Uses the integration harness (``tests/integration/dovecot.py``). A missing Dovecot skips these
tests, except under CI=true where it is a failure (``tests.servers.missing_server``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from privacydesk.ui.app import Desk
from privacydesk.ui.mail.sync_worker import SyncState

from .conftest import set_keep_watching
from .helpers import make_desk, table_refs

pytestmark = [pytest.mark.integration, pytest.mark.dovecot]


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Any]:
    from tests.integration.dovecot import ENABLE, DovecotServer, dovecot_binary
    from tests.servers import missing_server

    if dovecot_binary() is None:
        missing_server("Dovecot (the IMAP server these tests run against)", ENABLE)
    server = DovecotServer(pool_size=4)
    try:
        server.start()
    except Exception as exc:
        diagnostics = server.diagnostics()
        server.stop()
        pytest.fail(f"Dovecot could not be started: {exc}\n{diagnostics}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


def open_form(qtbot: Any, win: Desk) -> Any:
    dialog = win.mail.open_accounts()
    qtbot.waitUntil(lambda: dialog.isVisible() and win.mail.keyring is not None)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = win.mail.form
    qtbot.waitUntil(form.isVisible)
    return form


def run_test(qtbot: Any, win: Desk, form: Any) -> tuple[bool, str]:
    with qtbot.waitSignal(win.mail.test_finished, timeout=30000) as finished:
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    return finished.args[0], finished.args[1]


def test_accounts_form_and_watching_against_dovecot(qtbot: Any, desk: Any, memory_keyring: Any,
                                                     dovecot: Any, compiled_classifier: None) -> None:
    from tests.integration.dovecot import MailFactory, TcpProxy

    user, password = dovecot.add_user()
    mail = MailFactory(seed=91)
    dovecot.append(user, mail.request(name="Gina Field")[0])
    set_keep_watching(desk, True)
    win = make_desk(qtbot, desk)
    form = open_form(qtbot, win)
    form.name.setText("team")
    form.host.setText("127.0.0.1")
    form.port.setValue(dovecot.ssl_port)
    form.username.setText(user)

    # Untrusted: the server's certificate is from the test's own CA, not in the system store.
    form.password.setText(password)
    ok, words = run_test(qtbot, win, form)
    assert not ok and "certificate could not be verified" in words and "CA file" in words

    # A wrong password, through a proxy so Dovecot's per-IP auth penalty stays with this check.
    form.ca_file.setText(str(dovecot.ca_file))
    with TcpProxy(dovecot.ssl_port) as proxy:
        form.port.setValue(proxy.port)
        form.password.setText("not the password")
        ok, words = run_test(qtbot, win, form)
        assert not ok and "refused the user name or password" in words
        assert proxy.connections == 1
    form.port.setValue(dovecot.ssl_port)

    # Right password and CA: folders listed; saving starts watching, which files the request.
    form.password.setText(password)
    ok, words = run_test(qtbot, win, form)
    assert ok and "Connected and logged in" in words
    with qtbot.waitSignal(win.mail.account_saved, timeout=15000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(table_refs(win)) == 1, timeout=20000)
    qtbot.waitUntil(lambda: win.mail.states["team"].state == SyncState.WATCHING, timeout=20000)

    # IDLE: a new request appears in the table and is announced, with no "Sync now".
    dovecot.append(user, mail.request(name="Hal Moss")[0])
    with qtbot.waitSignal(win.mail_announced, timeout=20000) as announced:
        pass
    assert len(announced.args[0].new_requests) == 1
    qtbot.waitUntil(lambda: len(table_refs(win)) == 2)
    assert "1 new privacy request" in win.window.banner_label.text()
    win.window.close()
    assert win.mail.handles == {}
