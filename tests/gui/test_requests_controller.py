"""The requests part alone: ``RequestsController`` with its page, its actions, a dialog host and the
inline runner — no main window, no threads, no waiting. Real services underneath."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from privacydesk.services.queries import RequestQueries
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.requests import dialogs
from privacydesk.ui.requests.actions import RequestActions
from privacydesk.ui.requests.controller import RequestsController
from privacydesk.ui.requests.page import RequestsPage
from privacydesk.ui.requests.table import RequestTableModel
from privacydesk.ui.workers import InlineRunner


class Part:
    """The requests part as the composition root builds it, minus the shell."""

    def __init__(self, qtbot: Any, services: Any) -> None:
        labels.use_today(services.requests.today)
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.runner = InlineRunner()
        self.queries = RequestQueries(services.db, services.requests)
        self.model = RequestTableModel(self.queries, self.runner)
        self.page = RequestsPage(self.model, services.profile.tz, self.host)
        self.actions = RequestActions()
        self.dialogs = DialogHost(self.host)
        self.status: list[str] = []
        self.controller = RequestsController(services.requests, self.queries, self.runner, self.page, self.actions,
                                             self.dialogs, lambda text, _ms: self.status.append(text))
        self.controller.start()

    def select(self, ref: str) -> Any:
        assert self.controller.select_ref(ref), ref
        detail = self.controller.shown()
        assert detail is not None and detail.ref == ref
        return detail

    def accept(self, action: Any, fill: Callable[[Any], None] = lambda d: None) -> Any:
        assert action.isEnabled(), action.toolTip()
        action.trigger()
        dialog = self.dialogs.active_dialog
        assert dialog is not None
        fill(dialog)
        assert dialog.ok_button.isEnabled(), dialog.problem.text()
        dialog.accept()
        return dialog


@pytest.fixture
def part(qtbot: Any, desk: Any) -> Part:
    return Part(qtbot, desk)


def test_acknowledge_is_one_confirmation_and_reads_as_a_sentence(
        desk: Any, add_request: Callable[..., str], part: Part) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann", regime="ccpa", received="2026-11-20T10:00")
    part.controller.reload()
    detail = part.select(ref)
    assert detail.next_step.startswith("Confirm receipt by")
    assert part.actions.step_actions(detail)[0] is part.actions.acknowledge
    part.accept(part.actions.acknowledge)
    shown = desk.requests.show(ref)
    assert shown.status == "acknowledged" and shown.acknowledged is not None
    assert part.page.workspace.current.status == "acknowledged"  # reloaded at once (inline runner)
    assert not part.actions.acknowledge.isEnabled() and "already confirmed" in part.actions.acknowledge.toolTip()
    assert part.page.workspace.audit_sentences()[-1].startswith("tester changed the status from New to Acknowledged")
    assert part.page.workspace.next_step.text().startswith("Verify the requester's identity, then send the answer by")


def test_new_request_by_phone_post_or_in_person(desk: Any, part: Part) -> None:
    created: list[str] = []
    part.controller.request_created.connect(created.append)

    def fill(d: dialogs.NewRequestDialog) -> None:
        assert d.source.currentData() is None and not d.ok_button.isEnabled()
        assert [d.source.itemData(i) for i in range(1, d.source.count())] == [
            "phone", "post", "in_person", "email", "form"]
        d.source.setCurrentIndex(d.source.findData("in_person"))
        d.name.setText("Émile Zola")
        d.address.setPlainText("1 rue de Paris\n75001 Paris")
        d.types.set_checked("access", True)

    part.accept(part.actions.new_request, fill)
    (ref,) = created
    shown = desk.requests.show(ref)
    assert shown.source == "in_person" and shown.requester.name == "Émile Zola" and shown.requester.email is None
    assert shown.requester.postal_address == "1 rue de Paris\n75001 Paris"
    assert part.controller.current_ref == ref and part.model.row_of_ref(ref) is not None
    assert part.page.workspace.audit_sentences() == ["tester opened the request (in person)."]
    assert part.page.workspace.fields["received"].text().endswith("(in person)")


def test_a_new_request_needs_a_way_to_reach_the_requester(part: Part) -> None:
    part.actions.new_request.trigger()
    d = part.dialogs.active_dialog
    d.source.setCurrentIndex(d.source.findData("phone"))
    d.types.set_checked("deletion", True)
    assert not d.ok_button.isEnabled() and "email, phone or postal address" in d.problem.text()
    d.emails.setText("not an address")
    assert "not an email address" in d.problem.text()
    d.emails.setText("")
    d.phone.setText("+1 512 555 0100")
    assert d.ok_button.isEnabled()


def test_edit_requester_is_audited_with_the_reason(desk: Any, add_request: Callable[..., str], part: Part) -> None:
    ref = add_request("ann@example.com", ["access"], name="Ann Smyth", regime="gdpr")
    part.controller.reload()
    part.select(ref)

    def fill(d: dialogs.EditRequesterDialog) -> None:
        assert not d.ok_button.isEnabled()  # nothing changed yet
        d.name.setText("Ann Smith")
        d.emails.setText("ann@example.com, ann.smith@example.org")
        d.phone.setText("+44 20 7946 0000")
        assert "Say why" in d.problem.text()
        d.reason.setText("she called to correct the spelling")

    part.accept(part.actions.edit_requester, fill)
    shown = desk.requests.show(ref)
    assert shown.requester.name == "Ann Smith"
    assert shown.requester.emails == ("ann@example.com", "ann.smith@example.org")
    event = shown.audit[-1]
    assert event.action == "request_edited" and event.detail == "she called to correct the spelling"
    assert dict(event.before) == {"requester_name": "Ann Smyth", "requester_emails": ["ann@example.com"],
                                  "requester_phone": None}
    assert dict(event.after) == {"requester_name": "Ann Smith",
                                 "requester_emails": ["ann@example.com", "ann.smith@example.org"],
                                 "requester_phone": "+44 20 7946 0000"}
    assert part.page.workspace.audit_sentences()[-1] == (
        "tester corrected the requester's name, email addresses and phone number "
        "(reason: she called to correct the spelling).")
    # The exact record is one click away.
    ws = part.page.workspace
    ws.exact_button.setChecked(True)
    assert '"requester_phone": "+44 20 7946 0000"' in ws.exact_text.toPlainText()


def test_merge_duplicate_keeps_thread_and_audit(desk: Any, add_request: Callable[..., str], part: Part) -> None:
    first = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-10T10:00")
    other = add_request("bob@example.com", ["access"], name="Bob", regime="gdpr", received="2026-11-11T10:00")
    second = add_request("ann@example.com", ["deletion"], name="Ann", regime="gdpr", received="2026-11-12T10:00")
    desk.requests.add_note(second, "she also wrote by post")
    part.controller.reload()
    part.select(second)

    def fill(d: dialogs.MergeDialog) -> None:
        assert d.into.currentData() is None and not d.ok_button.isEnabled()
        assert d.into.itemData(1) == first and "(same person)" in d.into.itemText(1)  # same person first
        assert other in [d.into.itemData(i) for i in range(d.into.count())]
        d.choose(first)

    part.accept(part.actions.merge, fill)
    absorbed, kept = desk.requests.show(second), desk.requests.show(first)
    assert absorbed.status == "duplicate" and absorbed.merged_into == first
    assert kept.types == ("access", "deletion") and kept.merged_from == (second,)
    assert [n.text for n in kept.notes] == ["she also wrote by post"]
    assert {e.ref for e in kept.audit} == {first, second}  # both trails, nothing lost
    assert part.controller.current_ref == first
    sentences = part.page.workspace.audit_sentences()
    assert f"tester merged {second} into this request ({second} had no messages)." in sentences
    assert f"On {second}: tester merged this request into {first} (closed as a duplicate)." in sentences
    assert part.model.row_of_ref(second) is None  # closed: gone from "All open"


def test_an_empty_search_says_so(add_request: Callable[..., str], part: Part) -> None:
    add_request("ann@example.com", ["access"], name="Ann", regime="gdpr")
    part.controller.reload()
    part.page.search_box.setText("kruger")
    part.controller._on_search_timer_timeout()
    assert part.model.rowCount() == 0 and part.page.is_empty_shown()
    assert part.page.empty.text() == "No request in “All open” matches “kruger”. Try “All requests”, or fewer letters."
    part.page.search_box.setText("")
    part.controller._on_search_timer_timeout()
    assert part.model.rowCount() == 1 and not part.page.is_empty_shown()


def test_counts_for_every_queue(desk: Any, add_request: Callable[..., str], part: Part) -> None:
    add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-10-01T10:00")
    got: list[Any] = []
    part.controller.counts_updated.connect(got.append)
    part.controller.refresh_counts()
    assert (got[-1].open, got[-1].overdue, got[-1].new, got[-1].of("all")) == (1, 1, 1, 1)


def test_nothing_selected_means_no_action(part: Part) -> None:
    assert part.controller.shown() is None
    for name, action in part.actions.on_request.items():
        assert not action.isEnabled(), name
    part.controller.verify()  # a stray call does nothing
    assert part.dialogs.active_dialog is None


def test_the_day_labels_follow_the_service_clock(desk: Any) -> None:
    labels.use_today(desk.requests.today)
    assert labels.day(date(2026, 11, 23)) == "Mon 23 Nov"
    assert labels.day(date(2027, 1, 4)) == "Mon 4 Jan 2027"


# -- closing facts (issue 13) ----------------------------------------------------------------------------

def test_denying_asks_why_and_what_was_sent_and_keeps_a_note(
        desk: Any, add_request: Callable[..., str], part: Part) -> None:
    ref = add_request("ann@example.com", ["deletion"], name="Ann", regime="ccpa")
    part.controller.reload()
    part.select(ref)
    part.actions.status.trigger()
    dialog = part.dialogs.active_dialog
    assert isinstance(dialog, dialogs.StatusDialog)
    # Nothing about closing until a closing status is chosen.
    form = dialog.form
    assert not any(form.isRowVisible(w) for w in dialog.facts.widgets())
    dialog.choose("denied")
    assert form.isRowVisible(dialog.facts.basis) and form.isRowVisible(dialog.facts.nature)
    assert not form.isRowVisible(dialog.facts.outcome)
    assert not dialog.ok_button.isEnabled() and "why the request is denied" in dialog.problem.text()
    assert dialog.facts.basis.currentText() == ""  # no reason pre-chosen; common ones are offered
    assert dialog.facts.basis.count() >= 3
    dialog.facts.basis.setEditText("We could not verify the requester's identity")
    dialog.facts.nature.setText("letter explaining the denial, by email")
    dialog.facts.note.setPlainText("called twice, no answer")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    shown = desk.requests.show(ref)
    assert (shown.status, shown.outcome) == ("denied", "denied")
    assert shown.denial_basis == "We could not verify the requester's identity"
    assert shown.response_nature == "letter explaining the denial, by email"
    assert [n.text for n in shown.notes] == ["called twice, no answer"]
    ws = part.page.workspace
    assert ws.fields["outcome"].text() == "Denied"
    assert ws.fields["denial_basis"].text() == "We could not verify the requester's identity"
    assert ws.audit_sentences()[-1].startswith(
        "tester changed the status from New to Denied, recording that receipt was confirmed (outcome: denied) "
        "(reason for denial: We could not verify the requester's identity) (what was sent: letter explaining")


def test_a_letter_sent_from_privacydesk_says_what_was_sent(
        desk: Any, add_request: Callable[..., str], part: Part) -> None:
    import dataclasses
    from datetime import UTC, datetime

    from privacydesk.services.request_detail import AuditEntry
    from privacydesk.ui.requests.controller import letter_words

    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr")
    detail = desk.requests.show(ref)
    assert letter_words(detail) is None
    sent = AuditEntry(99, datetime(2026, 11, 24, 15, tzinfo=UTC), "Ana", "reply_sent", {}, {"template": "access_response"},
                      None)
    words = letter_words(dataclasses.replace(detail, audit=(*detail.audit, sent)))
    assert words == "the letter “Access response” of Tue 24 Nov, recorded when it was sent"
    dialog = dialogs.CompleteDialog(ref, part.host, letter=words)
    assert dialog.facts.nature_label.text() == words
    dialog.choose("full")
    assert dialog.choice() == dialogs.CompleteChoice("full", None, None)


# -- appeals (issue 15) -----------------------------------------------------------------------------------

def test_record_an_appeal_then_follow_the_links_both_ways(
        desk: Any, add_request: Callable[..., str], part: Part) -> None:
    ref = add_request("ann@example.com", ["deletion"], name="Ann", regime="or_ocpa", received="2026-10-14T10:00")
    part.controller.reload()
    part.select(ref)
    assert not part.actions.appeal.isEnabled() and "first close the request" in part.actions.appeal.toolTip()
    desk.requests.set_status(ref, "denied", basis="identity not verified")
    part.controller.load_workspace()
    detail = part.controller.shown()
    assert detail is not None and detail.status == "denied"
    assert part.actions.appeal.isEnabled()
    assert part.actions.appeal in part.actions.step_actions(detail)  # offered under the next step
    part.accept(part.actions.appeal, lambda d: d.received.setDate(QDate(2026, 11, 20)))
    (appeal,) = desk.requests.show(ref).appeals
    # The new appeal is selected and shown, linked to what it contests.
    assert part.controller.shown() is not None and part.controller.shown().ref == appeal
    assert part.page.workspace.current.types == ("appeal",)
    assert part.page.workspace.fields["types"].text() == "appeal"
    link = part.page.workspace.fields["appeal_of"]
    assert ref in link.text() and not part.actions.appeal.isEnabled()
    assert "itself an appeal" in part.actions.appeal.toolTip()
    assert desk.requests.show(appeal).received_date == date(2026, 11, 20)
    assert any(f"{appeal} opened: the appeal of {ref}" in s for s in part.status)
    # Following the link opens the contested request, even from a queue that does not list it.
    link.linkActivated.emit(f"ref:{ref}")
    assert part.controller.shown() is not None and part.controller.shown().ref == ref
    assert part.controller.queue == "all" and part.page.search_box.text() == ref
    back = part.page.workspace.fields["appeals"]
    assert appeal in back.text()
    back.linkActivated.emit(f"ref:{appeal}")
    assert part.controller.shown().ref == appeal


REQUEST_MAIL = """\
From: Ana Lima <ana@example.com>
To: 3DPros <3dprosteam@gmail.com>
Subject: Delete my personal data
Message-ID: <req-1@example.com>
Date: Wed, 14 Oct 2026 10:00:00 -0500

Under the Oregon Consumer Privacy Act I ask you to delete all personal data you hold about me.

Ana Lima
"""
REPLY_MAIL = """\
From: Ana Lima <ana@example.com>
To: 3DPros <3dprosteam@gmail.com>
Subject: Re: Delete my personal data
Message-ID: <{mid}@example.com>
In-Reply-To: <req-1@example.com>
References: <req-1@example.com>
Date: Wed, 4 Nov 2026 11:30:00 -0600

{body}
"""


def _contested(desk: Any, tmp_path: Any, *bodies: str) -> str:
    from privacydesk.services.mailimport import import_paths

    paths = []
    for n, text in enumerate([REQUEST_MAIL, *(REPLY_MAIL.format(mid=f"r-{i}", body=b) for i, b in enumerate(bodies))]):
        path = tmp_path / f"{n}.eml"
        path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
        paths.append(path)
    assert not import_paths(desk.ingest, desk.profile, paths[:1]).failures
    (ref,) = desk.requests.refs()
    desk.requests.set_status(ref, "denied", basis="identity not verified")
    assert not import_paths(desk.ingest, desk.profile, paths[1:]).failures
    return str(ref)


def test_a_reply_that_contests_the_decision_is_offered_as_an_appeal(
        desk: Any, part: Part, tmp_path: Any) -> None:
    ref = _contested(desk, tmp_path, "I disagree with your decision: you have my data, please reconsider.")
    part.controller.set_queue("all")
    part.select(ref)
    ws = part.page.workspace
    assert ws.suggestion.isVisibleTo(ws)
    text = ws.suggestion_text.text()
    assert text.startswith("The requester seems to contest your decision (their reply of Wed 4 Nov, 11:30):")
    assert "“I disagree with your decision: you have my data, please reconsider.”" in text
    ws.open_appeal_button.click()
    (appeal,) = desk.requests.show(ref).appeals
    assert part.controller.shown().ref == appeal
    assert desk.requests.show(appeal).received_date == date(2026, 11, 4)  # the day the reply arrived
    assert [m.subject for m in desk.requests.show(appeal).thread] == ["Re: Delete my personal data"]
    assert not ws.suggestion.isVisibleTo(ws)  # the appeal has no suggestion of its own


def test_not_an_appeal_dismisses_the_suggestion(desk: Any, part: Part, tmp_path: Any) -> None:
    ref = _contested(desk, tmp_path, "This is unacceptable.")
    part.controller.set_queue("all")
    part.select(ref)
    ws = part.page.workspace
    assert ws.suggestion.isVisibleTo(ws)
    ws.not_appeal_button.click()
    assert desk.requests.appeal_suggestions() == [] and desk.requests.show(ref).appeals == ()
    assert not ws.suggestion.isVisibleTo(ws)  # reloaded at once (inline runner)
    assert ws.audit_sentences()[-1] == "tester decided a reply is not an appeal."


# -- law pickers, type labels (issue 15) ---------------------------------------------------------------------

def test_law_pickers_list_every_law_from_the_rule_data(desk: Any, part: Part) -> None:
    from privacydesk.domain.deadline_rules import regime_labels

    laws = {k: v for k, v in regime_labels().items() if k != "unknown"}
    assert len(laws) >= 30
    covered = desk.profile.covered_regimes
    dialog = dialogs.RegimeDialog("PD-2026-0001", "unknown", False, part.host, covered=covered)
    combo = dialog.regime
    values = [combo.itemData(i) for i in range(combo.count()) if combo.itemText(i)]
    texts = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    assert values[0] is None and texts[0] == dialogs.CHOOSE  # nothing chosen for the user
    assert set(values[1:]) == set(laws) and "unknown" not in values
    assert values[1:1 + len(covered)] == list(covered)  # the notice's laws first
    rest = texts[1 + len(covered):]
    assert rest == sorted(rest, key=str.casefold) and "Texas (TDPSA)" in rest and "Brazil (LGPD)" in rest
    assert all("_" not in t for t in texts)
    new = dialogs.NewRequestDialog(date(2026, 11, 25), part.host, covered=covered)
    assert new.regime.itemText(0) == "Not known yet" and new.regime.itemData(0) is None
    assert {new.regime.itemData(i) for i in range(1, new.regime.count())} - {None} == set(laws)


def test_the_new_request_types_have_words(part: Part) -> None:
    dialog = dialogs.TypesDialog("PD-2026-0001", ["appeal"], part.host)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "appeal" in texts and "limit sensitive data" in texts
    assert dialog.choice() == ["appeal"]


# -- the received date (issue 11 hook) ------------------------------------------------------------------------

def test_an_uncertain_received_date_says_so_and_can_be_confirmed_when_the_service_can(
        desk: Any, add_request: Callable[..., str], part: Part) -> None:
    import dataclasses

    ref = add_request("ann@example.com", ["access"], name="Ann", regime="gdpr", received="2026-11-20T10:00")
    part.controller.reload()
    detail = part.select(ref)
    flagged = dataclasses.replace(detail, flags=(*detail.flags, "received_date_uncertain"))
    part.page.workspace.show_request(flagged)  # as issue 11's service will flag it
    part.actions.apply(flagged)
    label = part.page.workspace.findChild(QWidget, "flag_received_date_uncertain")
    assert label is not None and label.text().startswith("⚠ Received date uncertain — confirm it")
    # No service method yet: the action says why it cannot be used.
    assert not part.actions.confirm_received.isEnabled()
    assert "cannot change the received date yet" in part.actions.confirm_received.toolTip()
    calls: list[tuple[str, date]] = []
    part.controller.set_confirm_received(lambda r, d: calls.append((r, d)))
    part.page.workspace.show_request(flagged)
    part.actions.apply(flagged)
    assert part.actions.confirm_received.isEnabled()
    assert part.page.workspace.findChild(QWidget, "flagButton_received_date_uncertain") is not None
    part.accept(part.actions.confirm_received, lambda d: d.received.setDate(QDate(2026, 11, 19)))
    assert calls == [(ref, date(2026, 11, 19))]
