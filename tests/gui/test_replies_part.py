"""The replies part in the workspace (the thread with our replies' states, the actions that settle them,
status changes offered by replies found in Sent, the outbox window) and the identity tab, each alone with
the inline runner; then the whole window: Reply…, the letters the request dialogs offer, Mail → Outbox…,
File → Import customers…, and the news of a code reply. Real services; the mail transport is the
in-memory ``FakeTransport`` of ``fakesmtp``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from privacydesk.mail.smtp import SmtpFailed, SmtpUncertain
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost, yes_button
from privacydesk.ui.mail.sync_worker import SyncSummary
from privacydesk.ui.notify import MailNews
from privacydesk.ui.replies.composer_controller import About
from privacydesk.ui.replies.controller import RepliesController
from privacydesk.ui.replies.thread import ThreadView
from privacydesk.ui.verification.controller import VerificationController
from privacydesk.ui.verification.panel import VerificationPanel
from privacydesk.ui.workers import InlineRunner

from .conftest import set_keep_watching
from .fakemail import make_mail
from .fakesmtp import FakeTransport, file_mail
from .helpers import wait_idle


class Part:
    """The replies part as the composition root builds it, minus the shell."""

    def __init__(self, qtbot: Any, services: Any) -> None:
        labels.use_today(services.requests.today)
        self.services = services
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.view = ThreadView(services.profile.tz, self.host)
        self.runner = InlineRunner()
        self.dialogs = DialogHost(self.host)
        self.status: list[str] = []
        self.changed: list[str] = []
        self.controller = RepliesController(services.replies, services.accounts, self.runner, self.view,
                                            self.dialogs, lambda text, _ms: self.status.append(text))
        self.controller.request_changed.connect(self.changed.append)

    def show(self, ref: str) -> None:
        detail = self.services.requests.show(ref)
        self.controller.show_request(About(ref, detail.requester.label, detail.language))

    def states(self) -> list[tuple[str, str]]:
        model = self.view.model
        return [(model.index(r, 1).data(), model.index(r, 4).data()) for r in range(model.rowCount())]

    def select(self, row: int) -> None:
        self.view.table.setCurrentIndex(self.view.model.index(row, 0))

    def answer_yes(self) -> None:
        box = self.dialogs.last_message
        assert box is not None
        yes_button(box).click()


@pytest.fixture
def part(qtbot: Any, desk: Any) -> Part:
    return Part(qtbot, desk)


def our_reply(ref: str) -> bytes:
    """A reply written in another mail program (found in Sent): from our address, naming the request."""
    return make_mail(f"Re: Request to delete my personal data [{ref}]", "Dear Ann,\r\n\r\nWe have your request.\r\n",
                     sender="3DPros LLC <3dprosteam@gmail.com>", to="Ann Example <ann@example.com>")


def test_the_thread_shows_what_was_sent_and_settles_what_failed(qtbot: Any, desk: Any, transport: FakeTransport,
                                                               mailed: str, part: Part) -> None:
    desk.replies.send(mailed, "acknowledgement")
    transport.fail = SmtpFailed("smtp.3dpros.example refused the recipient's address (550 no such user); "
                                "check it in the request. Nothing was sent.")
    with pytest.raises(Exception, match="refused the recipient"):
        desk.replies.send(mailed, "clarification", inputs={"question": "Which account?"})
    part.show(mailed)
    assert part.states() == [("← from", "Received"), ("→ to", "Sent"), ("→ to", "Not sent")]
    assert part.view.summary.text() == "1 message received, 2 replies from us — 1 reply needs you."
    # The reply that needs a person is selected, with what to do about it.
    assert part.view.attention.isVisibleTo(part.view)
    assert part.view.attention_text.text() == (
        "This letter was not sent. smtp.3dpros.example refused the recipient's address (550 no such user); "
        "check it in the request. Nothing was sent.")
    assert part.view.retry_button.isVisibleTo(part.view) and not part.view.sent_button.isVisibleTo(part.view)
    assert "Which account?" in part.view.text.toPlainText()
    transport.fail = None
    part.view.retry_button.click()
    assert len(transport.sent) == 2 and part.states()[-1] == ("→ to", "Sent")
    assert part.changed == [mailed] and desk.requests.show(mailed).status == "acknowledged"
    assert not part.view.attention.isVisibleTo(part.view)


def test_an_uncertain_reply_is_settled_by_a_person(qtbot: Any, desk: Any, transport: FakeTransport, mailed: str,
                                                  part: Part) -> None:
    transport.fail = SmtpUncertain("The connection broke after the message was sent.")
    with pytest.raises(Exception, match="connection broke"):
        desk.replies.send(mailed, "acknowledgement")
    part.show(mailed)
    assert part.states()[-1] == ("→ to", "May have been sent — check the Sent folder")
    assert "may have reached the requester" in part.view.attention_text.text()
    assert part.view.sent_button.isVisibleTo(part.view) and not part.view.retry_button.isVisibleTo(part.view)
    part.view.sent_button.click()
    box = part.dialogs.last_message
    assert box.windowTitle() == "Was the letter sent?" and box.defaultButton() is not yes_button(box)
    part.answer_yes()
    assert part.states()[-1] == ("→ to", "Sent") and desk.requests.show(mailed).status == "acknowledged"
    assert transport.sent == []  # settled, never sent again
    assert part.changed == [mailed]


def test_a_reply_found_in_sent_offers_its_status_change(qtbot: Any, desk: Any, tmp_path: Path, mailed: str,
                                                       part: Part) -> None:
    file_mail(desk, tmp_path, our_reply(mailed), "ours")
    part.show(mailed)
    assert part.states()[-1] == ("→ from", "Sent from the mailbox")
    assert part.view.model.rows[-1].who == "3DPros LLC"
    [frame] = part.view.suggestion_frames
    text = frame.findChild(QWidget, "suggestionText").text()
    assert text.startswith("A reply in the Sent folder (“Re: Request to delete my personal data")
    assert text.endswith("was written to the requester — mark the request acknowledged?")
    apply = frame.findChild(QWidget, "applySuggestion")
    assert apply.text() == "Mark it acknowledged"
    apply.click()
    assert desk.requests.show(mailed).status == "acknowledged" and part.changed == [mailed]
    assert part.view.suggestion_frames == [] and desk.replies.suggestions(mailed) == []


def test_a_dismissed_suggestion_changes_nothing(qtbot: Any, desk: Any, tmp_path: Path, mailed: str,
                                               part: Part) -> None:
    file_mail(desk, tmp_path, our_reply(mailed), "ours")
    part.show(mailed)
    [frame] = part.view.suggestion_frames
    frame.findChild(QWidget, "dismissSuggestion").click()
    assert desk.requests.show(mailed).status == "new" and part.changed == []
    assert part.view.suggestion_frames == []


def test_the_outbox_window_lists_what_needs_a_person_with_the_same_actions(
        qtbot: Any, desk: Any, transport: FakeTransport, mailed: str, part: Part) -> None:
    transport.fail = SmtpFailed("smtp.3dpros.example is not reachable; nothing was sent.")
    with pytest.raises(Exception, match="not reachable"):
        desk.replies.send(mailed, "acknowledgement")
    dialog = part.controller.open_outbox()
    rows = dialog.model.rows
    assert [(r.ref, r.state) for r in rows] == [(mailed, "failed")]
    assert dialog.model.index(0, 2).data() == "Confirm receipt" and dialog.model.index(0, 3).data() == "Not sent"
    assert "not reachable" in dialog.model.index(0, 5).data()
    assert dialog.retry_button.isEnabled() and dialog.withdraw_button.isEnabled()
    assert not dialog.sent_button.isEnabled() and not dialog.check_button.isEnabled()
    dialog.withdraw_button.click()
    assert part.dialogs.last_message.windowTitle() == "Do not send this letter?"
    part.answer_yes()
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert [i.state for i in desk.replies.outbox(ref=mailed)] == ["withdrawn"] and transport.sent == []


def test_thread_and_outbox_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any,
                                                       transport: FakeTransport, mailed: str, part: Part) -> None:
    desk.replies.send(mailed, "acknowledgement")
    transport.fail = SmtpUncertain("The connection broke after the message was sent.")
    with pytest.raises(Exception, match="connection broke"):
        desk.replies.send(mailed, "clarification", inputs={"question": "Which account?"})
    part.show(mailed)
    dialog = part.controller.open_outbox()
    assert part.view.model.rowCount() == 3 and dialog.model.rowCount() == 1
    qtmodeltester.check(part.view.model, force_py=True)
    qtmodeltester.check(dialog.model, force_py=True)


# -- the identity tab ---------------------------------------------------------------------------------

LOOKALIKE = (b"From: Ann Example <ann@3dpr0s.com>\r\nReply-To: collect@elsewhere.example\r\nTo: 3dprosteam@gmail.com\r\n"
             b"Subject: Delete my data\r\nDate: Tue, 24 Nov 2026 15:00:00 +0000\r\nMessage-ID: <look@3dpr0s.com>\r\n"
             b"Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=3dpr0s.com; dkim=none; dmarc=fail\r\n"
             b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
             b"Hello,\r\n\r\nUnder the GDPR please delete all personal data you hold about me. My order number is "
             b"A-1001.\r\n\r\nAnn Example\r\n")


def test_the_identity_tab_words_the_evidence_and_imports_the_customers_file(
        qtbot: Any, desk: Any, tmp_path: Path) -> None:
    labels.use_today(desk.requests.today)
    [ref] = file_mail(desk, tmp_path, LOOKALIKE, "lookalike").new_requests
    host = QWidget()
    qtbot.addWidget(host)
    panel = VerificationPanel(desk.profile.tz, host)
    dialogs = DialogHost(host)
    asked: list[tuple[str, str]] = []
    controller = VerificationController(desk.verification, desk.customers, InlineRunner(), panel, dialogs,
                                        lambda _t, _ms: None, lambda: "Ana Ruiz")
    controller.letter_requested.connect(lambda r, t: asked.append((r, t)))
    controller.show_request(ref, can_record=True)
    controller.set_proof_letters(ref, ["verification_request"])
    text = panel.texts()
    assert "could not confirm the sender" in text
    assert "Sent from a server its domain allows (SPF): NO — failed" in text
    assert "Answers would go to collect@elsewhere.example, not to the sender" in text
    assert "Look-alike: The sender's domain imitates 3dpros.com: check it letter by letter." in text
    assert text.count("Answers would go to a different address") == 1  # a warning is said once
    assert "No customers file yet" in text
    assert "No code sent yet." in text
    assert "The one-time code and two details that match our records." in text
    for raw in ("spf=", "dkim=", "softfail", "None"):
        assert raw not in text
    panel.ask_button.click()
    assert asked == [(ref, "verification_request")]

    customers = tmp_path / "customers.csv"
    customers.write_text("email;name;order_number\nann@3dpr0s.com;Ann Example;A-1001\nbroken-line;x;y\n")
    controller.import_file(customers)
    box = dialogs.last_message
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Customers imported"
    assert box.text().startswith("Customers file imported: 1 new customer, 0 customers updated.")
    assert "1 line was left out:\n• Line 3: no valid email address" in box.text()
    text = panel.texts()
    assert "✓ Email address: ann@3dpr0s.com" in text and "✓ Order number: A-1001 — mentioned in the request" in text


# -- the whole window -------------------------------------------------------------------------------------

def test_the_request_dialogs_offer_their_letter_and_still_the_plain_change(
        qtbot: Any, desk: Any, transport: FakeTransport, mailed: str, open_desk: Any) -> None:
    set_keep_watching(desk, False)  # the team mailbox of ``transport`` is never contacted
    gui = open_desk(desk, runner=InlineRunner())
    assert not gui.thread_view.reply_action.isEnabled()
    assert gui.requests.select_ref(mailed)
    wait_idle(qtbot, gui)
    assert gui.thread_view.reply_action.isEnabled()
    assert gui.page.workspace.tabs.tabText(gui.page.workspace.tabs.indexOf(gui.verification_panel)) == "Identity"
    gui.request_actions.acknowledge.trigger()
    dialog = gui.dialogs.active_dialog
    assert [b.text() for b in dialog.letter_buttons] == ["Write “Confirm receipt”…"]
    assert dialog.ok_button.text() == "Mark as acknowledged"
    dialog.letter_buttons[0].click()
    assert not dialog.isVisible() and desk.requests.show(mailed).status == "new"
    view, composer = gui.replies.composers[mailed]
    assert composer.row is not None and composer.row.name == "acknowledgement"
    qtbot.waitUntil(composer.is_current)
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert len(transport.sent) == 1
    wait_idle(qtbot, gui)
    assert gui.page.workspace.current.status == "acknowledged"  # the request part refreshed
    assert gui.model.row_data(gui.model.row_of_ref(mailed)).status == "acknowledged"

    # A composer open while the request changes elsewhere checks its letter again.
    gui.thread_view.reply_action.trigger()
    view, composer = gui.replies.composers[mailed]
    composer.choose_letter("deletion_done")
    qtbot.waitUntil(composer.is_current)
    assert not view.send_button.isEnabled() and "verified" in view.send_button.toolTip()
    gui.request_actions.verify.trigger()
    verify = gui.dialogs.active_dialog
    verify.state.setCurrentIndex(verify.state.findData("verified"))
    verify.method.setCurrentIndex(verify.method.findData("matched_records"))
    verify.accept()
    qtbot.waitUntil(composer.is_current)
    assert desk.requests.show(mailed).verification == "verified" and view.send_button.isEnabled()
    composer.done = True
    view.close()

    # Change status offers the refusal letters; the plain change is still there.
    gui.request_actions.status.trigger()
    dialog = gui.dialogs.active_dialog
    assert dialog.letter_buttons[0].text() == "Write “Refuse the request (with reasons)”…"
    assert not any("Answer" in b.text() for b in dialog.letter_buttons)
    assert dialog.ok_button.text() == "Only record it"
    dialog.reject()
    gui.request_actions.extend.trigger()
    dialog = gui.dialogs.active_dialog
    assert [b.text() for b in dialog.letter_buttons] == ["Write “Extend the deadline”…"]
    dialog.reject()


def test_outbox_and_customers_are_in_the_menus(qtbot: Any, desk: Any, open_desk: Any) -> None:
    gui = open_desk(desk, runner=InlineRunner())
    mail_menu = [a.text() for a in gui.window.menu("&Mail").actions()]
    file_menu = [a.text() for a in gui.window.menu("&File").actions()]
    request_menu = [a.text() for a in gui.window.menu("&Request").actions()]
    assert "&Outbox…" in mail_menu and "Import &customers…" in file_menu
    assert request_menu.index("&Reply…") < request_menu.index("&Acknowledge…")
    gui.thread_view.outbox_action.trigger()
    assert gui.replies.outbox_dialog is not None and gui.replies.outbox_dialog.empty.isVisibleTo(
        gui.replies.outbox_dialog)


def test_a_code_reply_during_a_sync_is_told_to_the_staff_member(qtbot: Any, desk: Any, open_desk: Any) -> None:
    gui = open_desk(desk, runner=InlineRunner())
    told: list[MailNews] = []
    gui.mail_announced.connect(told.append)
    notice = ("PD-2026-0004: identity verified — the requester replied from their own address with the "
              "one-time code.")
    gui._on_mail_arrived(SyncSummary("team", new_messages=1, follow_ups=("PD-2026-0004",), notices=(notice,)))
    [news] = told
    assert news.title() == "1 request verified by code reply"
    assert notice in news.text()
    assert gui.window.banner.isVisibleTo(gui.window) and notice in gui.window.banner_label.text()


def test_sync_notices_reach_the_summary() -> None:
    class Report:
        def as_json(self) -> dict[str, Any]:
            return {"account": "team", "new_messages": 1, "follow_ups": ["PD-2026-0001"],
                    "notices": ["PD-2026-0001: identity verified — the requester replied …"]}

    summary = SyncSummary.of(Report())
    assert summary.notices == ("PD-2026-0001: identity verified — the requester replied …",)
    assert MailNews(notices=("PD-2026-0002: a reply sent from the mailbox was found; its status change is "
                             "offered (privacydesk suggestions list).",)).text() == (
        "PD-2026-0002: a reply sent from the mailbox was found; its status change is offered.")


def test_the_history_words_what_letters_did(desk: Any, transport: FakeTransport, mailed: str) -> None:
    from privacydesk.ui.requests.audit_words import sentence

    desk.replies.send(mailed, "acknowledgement")
    desk.replies.send(mailed, "extension_notice", inputs={"reason": "Three archived systems to search."})
    transport.fail = SmtpFailed("smtp.3dpros.example is not reachable; nothing was sent.")
    with pytest.raises(Exception, match="not reachable"):
        desk.replies.send(mailed, "verification_failed")
    [failed] = [i for i in desk.replies.outbox(ref=mailed) if i.state == "failed"]
    desk.replies.withdraw(failed.id)
    detail = desk.requests.show(mailed)
    history = [sentence(e, mailed) for e in detail.audit]
    assert ("tester changed the status from New to Acknowledged, recording that receipt was confirmed by "
            "sending the letter “Confirm receipt”.") in history
    assert "tester sent the letter “Confirm receipt”." in history
    assert any(h.startswith("tester extended the deadline by sending the letter “Extend the deadline” (reason: "
                            "Three archived systems to search.)") for h in history)
    assert "tester tried to send the letter “Identity could not be verified (closes it)”; it was not sent." in history
    assert ("tester took the letter “Identity could not be verified (closes it)”, which was not sent, out of the "
            "outbox.") in history
    for identifier in ("acknowledgement", "extension_notice", "verification_failed", "reply_"):
        assert not any(identifier in h for h in history), identifier
