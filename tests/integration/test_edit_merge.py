"""Editing a requester and merging duplicates on real services with real mail (issue 8): the thread
moves with the merge, every change is audited, the hash chain still verifies."""

from __future__ import annotations

from typing import Any

import pytest

from privacydesk.domain.errors import InvalidInput, Refused
from privacydesk.domain.message import Classification
from privacydesk.mail.parse import fingerprint, parse_message
from privacydesk.services import audit
from privacydesk.services.ingest import IncomingMessage
from tests.gui.fakemail import make_mail


def file_request(services: Any, subject: str, sender: str) -> str:
    raw = make_mail(subject, "Please delete all personal data you hold about me.\r\n", sender=sender)
    verdict = Classification(is_request=True, types=("deletion",), confidence=0.9, evidence=("test",))
    report = services.ingest.store_batch([IncomingMessage(fingerprint(raw), parse_message(raw).message, verdict,
                                                          raw=raw)])
    (ref,) = report.new_requests
    return str(ref)


def test_merge_moves_the_thread_and_keeps_the_audit(services: Any) -> None:
    kept = file_request(services, "Delete my data", "Ana Ruiz <ana@example.com>")
    dup = file_request(services, "Delete my data please", "Ana Ruiz <ana.ruiz@example.org>")
    before = services.requests.show(dup)
    assert before.message_count == 1
    change = services.requests.merge(dup, into=kept)
    assert change.ref == kept
    shown = services.requests.show(kept)
    assert [m.subject for m in shown.thread] == ["Delete my data", "Delete my data please"]
    assert set(shown.requester.emails) == {"ana@example.com", "ana.ruiz@example.org"}
    absorbed = services.requests.show(dup)
    assert absorbed.status == "duplicate" and absorbed.merged_into == kept and absorbed.thread == ()
    assert [e.id for e in before.audit] == [e.id for e in absorbed.audit][:len(before.audit)]
    merged = [e for e in shown.audit if e.action == "request_merged"]
    assert merged[0].after["merged_from"] == dup and merged[1].after["merged_into"] == kept
    assert "1 message moved from" in (merged[0].detail or "")
    with services.db.read() as session:
        assert audit.verify_chain(session).ok


def test_merge_refuses_closed_requests(services: Any) -> None:
    kept = file_request(services, "Delete my data", "Ana <ana@example.com>")
    dup = file_request(services, "Another", "Bo <bo@example.com>")
    services.requests.set_status(kept, "withdrawn")
    with pytest.raises(Refused, match="reopen it before merging"):
        services.requests.merge(dup, into=kept)
    assert services.requests.show(dup).status == "new"


def test_edit_refuses_nothing_to_change_and_needs_a_reason(services: Any) -> None:
    ref = file_request(services, "Delete my data", "Ana <ana@example.com>")
    with pytest.raises(InvalidInput, match="reason"):
        services.requests.edit(ref, name="Ana R.", reason=" ")
    with pytest.raises(InvalidInput, match="nothing to change"):
        services.requests.edit(ref, emails=["ana@example.com"], reason="same")
    change = services.requests.edit(ref, phone="+34 600 000 000", postal_address="Calle 1, Madrid", reason="letter")
    assert set(change.fields) == {"requester_phone", "requester_address"}
    event = services.requests.show(ref).audit[-1]
    assert dict(event.before) == {"requester_phone": None, "requester_address": None}
