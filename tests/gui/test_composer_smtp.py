"""End to end in the window, against a real SMTP server (aiosmtpd with STARTTLS and AUTH, the
integration suite's ``smtp_server`` fixture): a staff member selects a request, clicks Reply…, picks
"Confirm receipt", reads the preview and clicks Send. The server receives the letter once, threaded
under the request's message, and the request moves to "Acknowledged" in the list and the workspace.
The real task runner is used: the send runs on its network lane while the window stays responsive."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from privacydesk.services.accounts import NewAccount, SmtpConfig
from tests.integration.smtpserver import PASSWORD, USER

from .conftest import set_keep_watching
from .helpers import wait_idle

pytestmark = [pytest.mark.integration]


def test_a_reply_sent_from_the_composer_reaches_the_server_once_and_moves_the_request(
        qtbot: Any, desk: Any, memory_keyring: Any, smtp_server: Any, mailed: str, open_desk: Any) -> None:
    desk.accounts.add(
        NewAccount(name="team", host="127.0.0.1", username=USER, ca_file=str(smtp_server.ca_file)), "imap-pass",
        SmtpConfig(host="127.0.0.1", port=smtp_server.port, security="starttls", username=USER, saves_sent=True,
                   from_address="3dprosteam@gmail.com"),
        PASSWORD)
    set_keep_watching(desk, False)  # this test is about sending: no IMAP server is running
    original = desk.requests.show(mailed).thread[0].message_id
    gui = open_desk(desk)
    assert gui.requests.select_ref(mailed)
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: gui.thread_view.reply_action.isEnabled())

    gui.thread_view.reply_action.trigger()
    view, composer = gui.replies.composers[mailed]
    qtbot.waitUntil(lambda: composer.setup is not None)
    letters = view.letter_list
    row = next(r for r in range(view.letter_filter.rowCount())
               if view.letter_filter.index(r, 0).data() == "Confirm receipt")
    qtbot.mouseClick(letters.viewport(), Qt.MouseButton.LeftButton,
                     pos=letters.visualRect(view.letter_filter.index(row, 0)).center())
    qtbot.waitUntil(lambda: composer.is_current() and view.send_button.isEnabled(), timeout=10000)
    assert view.to_label.text() == "Ann Example <ann@example.com>"
    assert view.body.toPlainText().startswith("Dear Ann Example,")
    assert "marked acknowledged" in view.changes.text()

    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mailed not in gui.replies.composers, timeout=30000)
    [received] = smtp_server.wait_for(1)
    message = received.message
    assert received.rcpt_tos == ("ann@example.com",)
    assert message["Subject"] == f"Re: Request to delete my personal data [{mailed}]"
    assert message["In-Reply-To"] == original
    assert message.get_body(("plain",)).get_content().startswith("Dear Ann Example,")

    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: gui.page.workspace.current is not None
                    and gui.page.workspace.current.status == "acknowledged", timeout=10000)
    assert desk.requests.show(mailed).status == "acknowledged"
    assert gui.model.row_data(gui.model.row_of_ref(mailed)).status == "acknowledged"
    qtbot.waitUntil(lambda: any(r.state == "Sent" and r.outgoing for r in gui.thread_view.model.rows))
    assert [(i.state, i.attempts) for i in desk.replies.outbox(ref=mailed)] == [("sent", 1)]
    assert len(smtp_server.messages()) == 1  # once
    assert f"{mailed}: “Confirm receipt” sent." in gui.window.statusBar().currentMessage()
