"""The requests part alone: ``RequestsController`` with its page, its actions, a dialog host and the
inline runner — no main window, no threads, no waiting. Real services underneath."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
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
