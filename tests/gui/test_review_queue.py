"""The "To review" tab: maybe-requests listed, read as plain text, decided (and audited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from privacydesk.domain.message import Classification
from privacydesk.mail.parse import fingerprint, parse_message
from privacydesk.services.ingest import IncomingMessage
from privacydesk.ui import labels
from privacydesk.ui.app import Desk
from privacydesk.ui.dialogs import DialogHost, yes_button
from privacydesk.ui.requests.dialogs import TypesDialog
from privacydesk.ui.review.controller import ReviewController
from privacydesk.ui.review.panel import ReviewPanel
from privacydesk.ui.workers import InlineRunner

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


def open_window(qtbot: Any, open_desk: Any, desk: Any) -> Desk:
    gui = open_desk(desk)
    qtbot.waitUntil(lambda: not gui.review.is_busy())
    wait_idle(qtbot, gui)
    return gui


def review_count(gui: Desk) -> int | None:
    entry = gui.window.nav.entry("review")
    return entry.count if entry else None


def test_review_queue_lists_reads_and_decides(qtbot: Any, desk: Any, open_desk: Any) -> None:
    maybe = make_mail("Question about my data", f"Can you tell me what you have on me? {EVIL}\r\n",
                      sender="Cara Doe <cara@example.net>")
    order = make_mail("About my order", "Please remove my old address from the order.\r\n",
                      sender="Dan Roe <dan@example.net>")
    maybe_pk = store_for_review(desk, maybe, ("access",), 'phrase:en:"what you have on me"->access')
    order_pk = store_for_review(desk, order, ("deletion",), 'phrase:en:"remove my"')
    gui = open_window(qtbot, open_desk, desk)
    assert review_count(gui) == 2
    panel = gui.review_panel
    assert panel.model.rowCount() == 2
    gui.window.select_nav("review")
    assert gui.window.pages.currentWidget() is panel

    # Select the maybe-request: its text is shown as plain text, evidence and suggestion beside it.
    row = panel.model.row_of(maybe_pk)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.model.index(row, 1)).center())
    qtbot.waitUntil(lambda: EVIL in panel.text.toPlainText())
    assert panel.fields["from"].text() == "cara@example.net"
    assert panel.fields["types"].text() == labels.types(["access"])
    assert panel.fields["evidence"].text() == "• It says “what you have on me” (suggests: access)"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in panel.fields.values())
    assert panel.text.isReadOnly()

    # "This is a request…": the types come prefilled from the classifier.
    qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    dialog = gui.dialogs.active_dialog
    assert isinstance(dialog, TypesDialog)
    assert dialog.choice() == ["access"]
    dialog.set_checked("deletion", True)
    with qtbot.waitSignal(gui.review.request_filed) as filed:
        dialog.accept()
    ref = filed.args[0]
    qtbot.waitUntil(lambda: ref in table_refs(gui))
    shown = desk.requests.show(ref)
    assert shown.types == ("access", "deletion")
    assert "message_marked_request" in [e.action for e in shown.audit]
    qtbot.waitUntil(lambda: review_count(gui) == 1 and [r.id for r in panel.model.rows] == [order_pk])

    # "Not a request" asks first; only "Not a request" in the question decides.
    qtbot.waitUntil(lambda: gui.review.current is not None and gui.review.current.id == order_pk)
    qtbot.mouseClick(panel.not_request_button, Qt.MouseButton.LeftButton)
    box = gui.review.confirmation
    assert box is not None and box.isVisible() and "cannot be undone" in box.text()
    assert box.defaultButton() is not yes_button(box)
    with qtbot.waitSignal(gui.review.message_dismissed):
        yes_button(box).click()
    qtbot.waitUntil(lambda: review_count(gui) == 0)
    wait_idle(qtbot, gui)
    assert desk.review.messages(review_only=True) == []
    assert panel.model.rowCount() == 0 and not panel.request_button.isEnabled()
    assert panel.status.text() == "Nothing to review."
    remaining = [m for m in desk.review.messages() if m["id"] == order_pk]
    assert remaining and remaining[0]["kind"] == "not_request" and remaining[0]["subject"] is None
    assert audited_actions(desk, order_pk) == ["message_marked_not_request"]


def test_an_empty_queue_says_so(qtbot: Any, window: Desk) -> None:
    qtbot.waitUntil(lambda: not window.review.is_busy())
    assert review_count(window) == 0
    assert window.review_panel.status.text() == "Nothing to review."
    assert not window.review_panel.not_request_button.isEnabled()


def test_review_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any, open_desk: Any) -> None:
    store_for_review(desk, make_mail("Maybe", "What data do you keep?\r\n"), (), "unsure")
    gui = open_window(qtbot, open_desk, desk)
    assert gui.review_panel.model.rowCount() == 1
    qtmodeltester.check(gui.review_panel.model, force_py=True)


# -- the controller alone, with the inline runner ----------------------------------------------------------

def test_review_controller_with_the_inline_runner(qtbot: Any, desk: Any) -> None:
    """No window, no threads: the controller drives its panel and the service directly."""
    pk = store_for_review(desk, make_mail("Delete me?", "Maybe delete my account.\r\n"), ("deletion",),
                          'negative:score=-1')
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    runner = InlineRunner()
    controller = ReviewController(panel, desk.review, runner, DialogHost(panel))
    loaded: list[int] = []
    controller.queue_loaded.connect(loaded.append)
    controller.reload()
    assert loaded == [1] and controller.current is not None and controller.current.id == pk
    assert "Maybe delete my account." in panel.text.toPlainText()
    # No internal notation shown ("negative:score=-1"), and no reason invented.
    assert panel.fields["evidence"].text() == "Nothing in particular."
    assert panel.fields["reason"].text() == "The classifier was unsure"
    # Cancelling the question changes nothing.
    controller.mark_not_request()
    box = controller.confirmation
    assert box is not None
    box.reject()
    assert [m["id"] for m in desk.review.messages(review_only=True)] == [pk]
    # Confirming decides (and the queue reloads at once: the runner is inline).
    controller.mark_not_request()
    yes_button(controller.confirmation).click()
    assert loaded == [1, 0] and desk.review.messages(review_only=True) == []
    assert runner.tasks[-2:] == ["mark not request", "review queue"]


# -- issue 10: the classifier's reason, the learned words, forgetting ----------------------------------------

def store_with_reason(desk: Any, raw: bytes, reason: str, *evidence: str) -> int:
    verdict = Classification(is_request=False, needs_review=True, types=(), confidence=0.5, evidence=evidence,
                             review_reason=reason)
    parsed = parse_message(raw).message
    desk.ingest.store_batch([IncomingMessage(fingerprint(raw), parsed, verdict, raw=raw)])
    return int(next(m["id"] for m in desk.review.messages(review_only=True) if m["subject"] == parsed.subject))


def test_why_it_is_here_is_the_classifiers_reason_and_the_learned_words_show(qtbot: Any, desk: Any) -> None:
    reason = ("The team filed similar messages as requests (words such as “account”, “erase”). Please decide.")
    pk = store_with_reason(desk, make_mail("Old account", "Please erase my old account.\r\n"), reason,
                           'phrase:en:"erase my"', "learned:+3.4:account|erase|old")
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    controller = ReviewController(panel, desk.review, InlineRunner(), DialogHost(panel), learning=desk.learning)
    controller.reload()
    assert controller.current is not None and controller.current.id == pk
    row = panel.model.row_of(pk)
    assert panel.model.index(row, 3).data() == reason  # "Why it is here", not the first evidence line
    assert panel.fields["reason"].text() == reason
    assert panel.fields["evidence"].text() == (
        "• It says “erase my”\n"
        "• Your team's decisions on similar mail point to a request (words such as “account”, “erase”, “old”)")


def test_forget_what_privacydesk_learned_asks_first(qtbot: Any, desk: Any) -> None:
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    host = DialogHost(panel)
    controller = ReviewController(panel, desk.review, InlineRunner(), host, learning=desk.learning)
    assert controller.forget_action in panel.menu.actions()
    controller.forget_learning()
    assert host.last_message is not None and host.last_message.windowTitle() == "Nothing learned yet"
    # Teach it one decision each way.
    keep = store_for_review(desk, make_mail("Erase me", "Erase my account please.\r\n"), ("deletion",), "unsure")
    drop = store_for_review(desk, make_mail("Sale", "Our spring sale starts now.\r\n"), (), "unsure")
    desk.review.mark_request(keep, ["deletion"])
    desk.review.mark_not_request(drop)
    assert desk.learning.summary().requests == 1
    forgotten: list[int] = []
    controller.learning_forgotten.connect(forgotten.append)
    controller.forget_learning()
    box = controller.confirmation
    assert box is not None and box.windowTitle() == "Forget what PrivacyDesk learned?"
    assert box.text().startswith("PrivacyDesk has learned from 2 decisions your team made since ")
    assert ": 1 message filed as a request and 1 marked “Not a request”." in box.text()
    assert box.defaultButton() is not yes_button(box)
    box.reject()
    assert desk.learning.summary().requests == 1 and not forgotten
    controller.forget_learning()
    yes_button(controller.confirmation).click()
    assert forgotten == [2] and desk.learning.summary().requests == 0
    assert panel.status.text() == "PrivacyDesk forgot what it learned (2 decisions)."
