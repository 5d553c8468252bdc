"""The composer alone: ``ComposerController`` with its window, a dialog host and the inline runner — no
main window, no threads. Real services underneath (SQLite, templates, the outbox, the lifecycle); only
the mail transport is replaced by ``FakeTransport`` (the reply service's own seams ``smtp_send`` and
``open_writer``; fixtures ``transport`` and ``mailed`` in conftest). The real SMTP server is met in
``test_composer_smtp.py``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from privacydesk.mail.smtp import SmtpFailed, SmtpUncertain
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost, yes_button
from privacydesk.ui.replies.composer import ComposerWindow
from privacydesk.ui.replies.composer_controller import About, ComposerController
from privacydesk.ui.replies.models import RowRole
from privacydesk.ui.workers import InlineRunner


class Composer:
    def __init__(self, qtbot: Any, services: Any, ref: str, template: str | None = None) -> None:
        labels.use_today(services.requests.today)
        self.services = services
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.view = ComposerWindow(self.host)
        self.runner = InlineRunner()
        self.dialogs = DialogHost(self.view)
        detail = services.requests.show(ref)
        self.controller = ComposerController(services.replies, services.accounts, self.runner, self.view,
                                             self.dialogs, About(ref, detail.requester.label, detail.language),
                                             template=template)
        self.sent: list[Any] = []
        self.drafted: list[Any] = []
        self.controller.sent.connect(lambda _ref, result: self.sent.append(result))
        self.controller.drafted.connect(lambda _ref, result: self.drafted.append(result))
        self.view.show()
        self.controller.start()

    def letters(self) -> list[str]:
        model = self.view.letter_filter
        return [model.index(row, 0).data(RowRole).name for row in range(model.rowCount())]

    def choose(self, name: str) -> None:
        assert self.controller.choose_letter(name), name

    def fill(self, qtbot: Any, name: str, text: str) -> None:
        editor = self.view.inputs.editors[name]
        editor.setFocus()
        qtbot.keyClicks(editor, text)

    def wait_preview(self, qtbot: Any) -> Any:
        qtbot.waitUntil(self.controller.is_current)
        return self.controller.preview


def test_letters_are_filtered_to_the_request_with_a_way_to_see_all(qtbot: Any, desk: Any,
                                                                  add_request: Callable[..., str]) -> None:
    ref = add_request("brandon@example.com", ["opt_out_sale"], name="Brandon Lee", regime="ccpa")
    c = Composer(qtbot, desk, ref)
    fitting = c.letters()
    assert fitting[0] == "acknowledgement" and "opt_out_sale_done" in fitting
    assert not {"verification_request", "verification_failed", "deletion_done", "agent_proof_request"} & set(fitting)
    assert c.controller.row is None and not c.view.send_button.isEnabled()
    assert "Choose a letter" in c.view.send_button.toolTip()

    c.view.show_all.setChecked(True)
    everything = c.letters()
    assert set(fitting) < set(everything) and "deletion_done" in everything
    model = c.view.letter_filter
    index = model.index(everything.index("verification_request"), 0)
    assert not index.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "does not fit" in index.data(Qt.ItemDataRole.ToolTipRole).lower()
    assert not c.controller.choose_letter("verification_request")
    # The title a person chooses by, never the file name.
    assert index.data() == "Ask for proof of identity (one-time code)"


def test_a_letter_in_the_requests_language_and_the_english_fallback_named(qtbot: Any, desk: Any,
                                                                        add_request: Callable[..., str]) -> None:
    ref = add_request("jonas@example.de", ["deletion"], name="Jonas Weber", regime="gdpr", language="de")
    c = Composer(qtbot, desk, ref, template="acknowledgement")
    preview = c.wait_preview(qtbot)
    assert preview.language == "de" and preview.body.startswith("Guten Tag Jonas Weber,")
    assert c.view.language.currentText() == "German"
    c.view.language.setCurrentIndex(c.view.language.findData("en"))
    assert c.wait_preview(qtbot).body.startswith("Dear Jonas Weber,")
    c.choose("denial")
    assert c.view.letter_note.text() == "In English (there is no German version)"


def test_the_preview_follows_the_inputs_and_names_what_is_missing(qtbot: Any, desk: Any, transport: Any,
                                                                 add_request: Callable[..., str]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann Example", regime="gdpr")
    c = Composer(qtbot, desk, ref, template="extension_notice")
    preview = c.wait_preview(qtbot)
    # A preview is never refused: the missing detail shows where it goes, and is named.
    assert "[Reason: fill this in on the left]" in preview.body
    assert c.view.missing.text() == "Fill in: Reason."
    assert not c.view.send_button.isEnabled() and not c.view.draft_button.isEnabled()
    assert "Fill in: Reason." in c.view.send_button.toolTip()
    # Typing waits for a pause, then the letter follows (on a worker; here inline).
    c.fill(qtbot, "reason", "We must search three archived systems")
    assert c.controller._timer.isActive() and not c.controller.is_current()
    preview = c.wait_preview(qtbot)
    assert "We must search three archived systems" in preview.body and "fill this in" not in preview.body
    assert c.view.missing.text() == ""
    assert c.view.send_button.isEnabled() and c.view.draft_button.isEnabled()
    # What sending does is said before sending; every legal sentence names its law and date.
    assert c.view.changes.text().startswith("When you send it: ")
    assert "deadline will be extended" in c.view.changes.text()
    laws = [c.view.sources_model.index(r, 1).data() for r in range(c.view.sources_model.rowCount())]
    dates = [c.view.sources_model.index(r, 2).data() for r in range(c.view.sources_model.rowCount())]
    assert any("General Data Protection Regulation" in law for law in laws)
    assert any("(latest date with an extension)" in d for d in dates)
    assert c.view.source_rule.text()  # the selected sentence's rule in words
    assert "respond_by" not in c.view.source_rule.text() and "gdpr" not in c.view.source_rule.text()


def test_the_lifecycle_refusing_the_change_disables_send_with_the_reason(qtbot: Any, desk: Any, transport: Any,
                                                                       mailed: str) -> None:
    c = Composer(qtbot, desk, mailed, template="deletion_done")
    preview = c.wait_preview(qtbot)
    assert preview.refused and preview.body  # the letter is shown all the same
    assert not c.view.send_button.isEnabled()
    assert "It cannot be sent now" in c.view.send_button.toolTip() and "verified" in c.view.send_button.toolTip()
    assert c.view.changes.text().startswith("It cannot be sent now:")
    assert "privacydesk" not in c.view.changes.text() and "'pending'" not in c.view.changes.text()
    assert c.view.draft_button.isEnabled()  # a draft changes nothing about the request
    c.controller.send()
    assert transport.sent == [] and desk.requests.show(mailed).status == "new"


def test_send_goes_once_with_progress_and_moves_the_request(qtbot: Any, desk: Any, transport: Any,
                                                           mailed: str) -> None:
    c = Composer(qtbot, desk, mailed, template="acknowledgement")
    c.wait_preview(qtbot)
    assert c.view.changes.text() == ("When you send it: The request will be marked acknowledged (if it is not "
                                     "already further).")
    phases: list[str] = []
    c.controller._relay.phase.connect(phases.append)
    qtbot.mouseClick(c.view.send_button, Qt.MouseButton.LeftButton)
    assert len(transport.sent) == 1 and len(c.sent) == 1
    assert phases == ["connected", "authenticated", "envelope", "data_sent", "accepted"]
    assert desk.requests.show(mailed).status == "acknowledged"
    assert c.controller.done and not c.view.isVisible()
    assert [(kind, raw) for kind, raw in transport.appended] == [("sent", transport.sent[0])]


def test_save_draft_puts_it_in_drafts_and_changes_nothing(qtbot: Any, desk: Any, transport: Any, mailed: str) -> None:
    c = Composer(qtbot, desk, mailed, template="acknowledgement")
    c.wait_preview(qtbot)
    qtbot.mouseClick(c.view.draft_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _raw in transport.appended] == ["drafts"] and transport.sent == []
    assert len(c.drafted) == 1 and not c.view.isVisible()
    assert desk.requests.show(mailed).status == "new"
    assert [i.state for i in desk.replies.outbox(ref=mailed, include_drafts=True)] == ["drafted"]


def test_a_failure_keeps_the_letter_says_why_and_never_leaves_an_old_version(qtbot: Any, desk: Any, transport: Any,
                                                                           mailed: str) -> None:
    c = Composer(qtbot, desk, mailed, template="acknowledgement")
    c.wait_preview(qtbot)
    edited = c.view.body.toPlainText().replace("Thank you", "Many thanks")
    c.view.body.setPlainText(edited)
    assert c.controller.edited and c.view.edited_note.isVisibleTo(c.view)
    transport.fail = SmtpFailed("smtp.3dpros.example did not accept the message (554 rejected as spam); "
                                "nothing was sent.")
    c.controller.send()
    problem = c.view.problem.text()
    assert problem.startswith("Not sent: smtp.3dpros.example did not accept the message (554 rejected as spam)")
    assert "Your letter is kept here" in problem and "privacydesk" not in problem and "outbox retry" not in problem
    assert c.view.isVisible() and c.view.body.toPlainText() == edited  # nothing lost
    assert desk.requests.show(mailed).status == "new"
    [failed] = desk.replies.outbox(ref=mailed)
    assert failed.state == "failed"

    # The same letter again: the same reply is sent (its exact bytes), once.
    transport.fail = None
    assert c.view.send_button.isEnabled()
    c.controller.send()
    assert len(transport.sent) == 1 and "Many thanks" in transport.sent[0].decode()
    assert [(i.id, i.state) for i in desk.replies.outbox(ref=mailed)] == [(failed.id, "sent")]


def test_a_changed_letter_after_a_failure_replaces_the_failed_one(qtbot: Any, desk: Any, transport: Any,
                                                                 mailed: str) -> None:
    c = Composer(qtbot, desk, mailed, template="acknowledgement")
    c.wait_preview(qtbot)
    transport.fail = SmtpFailed("smtp.3dpros.example refused the login; nothing was sent.")
    c.controller.send()
    [failed] = desk.replies.outbox(ref=mailed)
    transport.fail = None
    c.view.body.setPlainText(c.view.body.toPlainText().replace("Thank you", "Thanks a lot"))
    c.wait_preview(qtbot)
    c.controller.send()
    assert len(transport.sent) == 1 and "Thanks a lot" in transport.sent[0].decode()
    items = desk.replies.outbox(ref=mailed)
    assert [(i.id, i.state) for i in items] == [(failed.id, "withdrawn"), (failed.id + 1, "sent")]
    assert items[1].digest != failed.digest  # the new version went; the old one can never go out


def test_an_uncertain_send_is_not_sent_again_from_the_composer(qtbot: Any, desk: Any, transport: Any,
                                                             mailed: str) -> None:
    c = Composer(qtbot, desk, mailed, template="acknowledgement")
    c.wait_preview(qtbot)
    transport.fail = SmtpUncertain("The connection to smtp.3dpros.example broke after the message was sent.")
    c.controller.send()
    assert "It is not certain that the letter was sent" in c.view.problem.text()
    assert not c.view.send_button.isEnabled() and "settle it first" in c.view.send_button.toolTip()
    assert [i.state for i in desk.replies.outbox(ref=mailed)] == ["uncertain"]


def test_an_edited_verification_letter_keeps_its_code(qtbot: Any, desk: Any, transport: Any, mailed: str) -> None:
    c = Composer(qtbot, desk, mailed, template="verification_request")
    preview = c.wait_preview(qtbot)
    assert "(one-time code: created when the letter is saved or sent)" in preview.body
    c.view.body.setPlainText(preview.body.replace("(one-time code: created when the letter is saved or sent)", ""))
    c.wait_preview(qtbot)
    assert not c.view.send_button.isEnabled()
    assert "one-time code goes there" in c.view.send_button.toolTip()
    qtbot.mouseClick(c.view.restart_button, Qt.MouseButton.LeftButton)
    c.wait_preview(qtbot)
    assert not c.controller.edited and c.view.send_button.isEnabled()


def test_portability_data_is_attached_and_can_be_read_and_files_can_be_added(
        qtbot: Any, desk: Any, add_request: Callable[..., str], tmp_path: Path) -> None:
    ref = add_request("ann@example.com", ["portability"], name="Ann Example", regime="gdpr")
    c = Composer(qtbot, desk, ref, template="portability_response")
    c.wait_preview(qtbot)
    rows = c.view.attachment_model.rows
    assert [r.filename for r in rows] == [f"personal-data-{ref}.json", f"personal-data-{ref}.csv"]
    assert "made by PrivacyDesk" in c.view.attachment_model.index(0, 0).data()
    c.view.attachment_list.setCurrentIndex(c.view.attachment_model.index(0, 0))
    assert c.view.view_file_button.isEnabled() and not c.view.remove_file_button.isEnabled()
    viewer = c.controller.view_file()
    assert viewer is not None and '"email_addresses"' in viewer.findChild(QWidget, "attachmentText").toPlainText()
    viewer.close()
    extra = tmp_path / "order-history.pdf"
    extra.write_bytes(b"%PDF-1.4 order history")
    c.controller.add_files([extra])
    preview = c.wait_preview(qtbot)
    assert [a.filename for a in preview.attachments][-1] == "order-history.pdf"
    c.view.attachment_list.setCurrentIndex(c.view.attachment_model.index(2, 0))
    assert c.view.remove_file_button.isEnabled()
    c.controller.remove_file()
    assert [a.filename for a in c.wait_preview(qtbot).attachments] == [r.filename for r in rows]


def test_closing_an_unsent_letter_asks_first(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann Example", regime="gdpr")
    c = Composer(qtbot, desk, ref, template="clarification")
    c.wait_preview(qtbot)
    c.fill(qtbot, "question", "Which account do you mean?")
    c.view.close()
    box = c.dialogs.last_message
    assert c.view.isVisible() and box is not None and box.windowTitle() == "Close without sending?"
    box.defaultButton().click()  # the safe answer keeps the letter
    assert c.view.isVisible()
    c.view.close()
    yes_button(c.dialogs.last_message).click()
    assert not c.view.isVisible()


def test_no_mailbox_yet_says_where_to_add_one(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann Example", regime="gdpr")
    c = Composer(qtbot, desk, ref, template="acknowledgement")
    c.wait_preview(qtbot)
    assert not c.view.send_button.isEnabled() and not c.view.draft_button.isEnabled()
    assert "Mail → Accounts" in c.view.send_button.toolTip()


def test_composer_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any, transport: Any,
                                               mailed: str) -> None:
    c = Composer(qtbot, desk, mailed, template="extension_notice")
    c.fill(qtbot, "reason", "many systems")
    c.wait_preview(qtbot)
    assert c.view.sources_model.rowCount() > 0
    for model in (c.view.letter_model, c.view.letter_filter, c.view.sources_model, c.view.attachment_model):
        qtmodeltester.check(model, force_py=True)
    c.view.show_all.setChecked(True)
    qtmodeltester.check(c.view.letter_filter, force_py=True)

