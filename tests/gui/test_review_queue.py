"""The "To review" tab: maybe-requests listed, read as plain text, decided (and audited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from privacydesk.domain.message import Classification
from privacydesk.mail.parse import fingerprint, parse_message
from privacydesk.services.ingest import IncomingMessage
from privacydesk.ui import actions, labels
from privacydesk.ui.main_window import MainWindow

from .fakemail import make_mail
from .helpers import table_refs, wait_idle

EVIL = "<b>bold?</b><img src='http://tracker.example/p.gif'>"


def store_for_review(desk: Any, raw: bytes, types: tuple[str, ...], evidence: str) -> int:
    """File a message the way a sync does, with a classifier verdict of "maybe a request"."""
    verdict = Classification(is_request=False, needs_review=True, types=types, confidence=0.4,
                             evidence=(evidence,))
    parsed = parse_message(raw).message
    report = desk.ingest.store_batch([IncomingMessage(fingerprint(raw), parsed, verdict, raw=raw)])
    assert report.needs_review == 1
    return int(next(m["id"] for m in desk.review.messages(review_only=True) if m["subject"] == parsed.subject))


def audited_actions(desk: Any, message_pk: int) -> list[str]:
    from sqlalchemy import select

    from privacydesk.store.models import AuditEvent

    with desk.db.read() as session:
        return list(session.execute(select(AuditEvent.action).where(AuditEvent.message_pk == message_pk)
                                    .order_by(AuditEvent.id)).scalars())


def open_window(qtbot: Any, desk: Any) -> MainWindow:
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: not win.controller.review.is_busy())
    wait_idle(qtbot, win)
    return win


def test_review_queue_lists_reads_and_decides(qtbot: Any, desk: Any) -> None:
    maybe = make_mail("Question about my data", f"Can you tell me what you have on me? {EVIL}\r\n",
                      sender="Cara Doe <cara@example.net>")
    order = make_mail("About my order", "Please remove my old address from the order.\r\n",
                      sender="Dan Roe <dan@example.net>")
    maybe_pk = store_for_review(desk, maybe, ("access",), "phrase: 'what you have on me'")
    order_pk = store_for_review(desk, order, ("deletion",), "phrase: 'remove my'")
    win = open_window(qtbot, desk)
    assert win.tabs.tabText(win.review_tab_index) == "To review (2)"
    panel = win.review_panel
    assert panel.model.rowCount() == 2
    win.tabs.setCurrentIndex(win.review_tab_index)

    # Select the maybe-request: its text is shown as plain text, evidence and suggestion beside it.
    row = panel.model.row_of(maybe_pk)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.model.index(row, 1)).center())
    qtbot.waitUntil(lambda: EVIL in panel.text.toPlainText())
    assert panel.fields["from"].text() == "cara@example.net"
    assert panel.fields["types"].text() == labels.types(["access"])
    assert "what you have on me" in panel.fields["evidence"].text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in panel.fields.values())
    assert panel.text.isReadOnly()

    # "This is a request…": the types come prefilled from the classifier.
    qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    dialog = win.controller.active_dialog
    assert isinstance(dialog, actions.TypesDialog)
    assert dialog.choice() == ["access"]
    dialog.set_checked("deletion", True)
    with qtbot.waitSignal(win.controller.review.request_filed) as filed:
        dialog.accept()
    ref = filed.args[0]
    qtbot.waitUntil(lambda: ref in table_refs(win))
    shown = desk.requests.show(ref)
    assert shown["types"] == ["access", "deletion"]
    assert "message_marked_request" in [e["action"] for e in shown["audit"]]
    qtbot.waitUntil(lambda: win.tabs.tabText(win.review_tab_index) == "To review (1)")
    assert [r["id"] for r in panel.model.rows] == [order_pk]

    # "Not a request": gone from the queue, content dropped, decision audited.
    qtbot.waitUntil(lambda: (win.controller.review.current or {}).get("id") == order_pk)
    with qtbot.waitSignal(win.controller.review.message_dismissed):
        qtbot.mouseClick(panel.not_request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.tabs.tabText(win.review_tab_index) == "To review")
    wait_idle(qtbot, win)
    assert desk.review.messages(review_only=True) == []
    assert panel.model.rowCount() == 0 and not panel.request_button.isEnabled()
    assert panel.status.text() == "Nothing to review."
    remaining = [m for m in desk.review.messages() if m["id"] == order_pk]
    assert remaining and remaining[0]["kind"] == "not_request" and remaining[0]["subject"] is None
    assert audited_actions(desk, order_pk) == ["message_marked_not_request"]
    win.controller.shutdown()


def test_an_empty_queue_says_so(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.controller.review.is_busy())
    assert window.tabs.tabText(window.review_tab_index) == "To review"
    assert window.review_panel.status.text() == "Nothing to review."
    assert not window.review_panel.not_request_button.isEnabled()


def test_review_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any) -> None:
    store_for_review(desk, make_mail("Maybe", "What data do you keep?\r\n"), (), "unsure")
    win = open_window(qtbot, desk)
    assert win.review_panel.model.rowCount() == 1
    qtmodeltester.check(win.review_panel.model, force_py=True)
    win.controller.shutdown()
