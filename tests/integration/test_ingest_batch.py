"""A sync or import batch files its new requests together (issue 14: ``RequestService.file_in`` then
``finish_filed``, one flush for all of them) with the same result as filing them one by one: shared
requesters, repeat counts, follow-ups joining a request filed in the same batch, the audit trail in
the order things happened, search keys."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from privacydesk.domain.message import Classification
from privacydesk.mail.parse import fingerprint, parse_message
from privacydesk.services import audit
from privacydesk.services.ingest import IncomingMessage
from privacydesk.store.models import AuditEvent, Request, RequestSearch
from tests.gui.fakemail import make_mail

ACCESS = Classification(is_request=True, types=("access",), confidence=0.9, evidence=("test",))
ORDINARY = Classification(is_request=False, evidence=("test",))


def incoming(subject: str, sender: str, day: int, verdict: Classification, **headers: str) -> IncomingMessage:
    raw = make_mail(subject, "Please send me a copy of my personal data.\r\n", sender=sender,
                    when=datetime.fromisoformat(f"2026-11-{day:02d}T10:00+00:00"),
                    message_id=headers.get("message_id", ""))
    if "in_reply_to" in headers:
        raw = raw.replace(b"MIME-Version:", f"In-Reply-To: {headers['in_reply_to']}\r\nMIME-Version:".encode(), 1)
    return IncomingMessage(fingerprint(raw), parse_message(raw).message, verdict, raw=raw)


def test_one_batch_files_repeat_requests_like_separate_ones(services: Any) -> None:
    """Two access requests of the same new person in ONE batch share a requester, the later one is
    flagged as a repeat, the earlier one is not; another person's is not; the trail verifies and
    each request is found by its requester's name."""
    items = [incoming(f"Copy of my data {day}", sender, day, ACCESS)
             for day, sender in ((2, "Zoë Ång <zoe@example.com>"), (9, "Zoë Ång <zoe@example.com>"),
                                 (5, "Bo Li <bo@example.org>"))]
    report = services.ingest.store_batch(items)
    first, other, second = report.new_requests  # filed oldest first
    shown = {ref: services.requests.show(ref).as_json() for ref in (first, other, second)}
    assert "repeat_request" not in shown[first]["flags"] and "repeat_request" not in shown[other]["flags"]
    assert "repeat_request" in shown[second]["flags"]
    assert shown[first]["requester"] == shown[second]["requester"] != shown[other]["requester"]
    with services.db.read() as session:
        assert audit.verify_chain(session).ok
        keys = dict(session.execute(select(Request.ref, RequestSearch.key)
                                    .join(RequestSearch, RequestSearch.request_id == Request.id)).all())
    assert "zoe ang" in keys[first] and "zoe ang" in keys[second] and "bo li" in keys[other]


def test_a_reply_in_the_same_batch_joins_the_request_it_answers(services: Any) -> None:
    """The reply finds the request its batch filed (by Message-ID), and the trail says what
    happened in the order it happened: created, joined, then the next request."""
    opening = incoming("Copy of my data", "Ann Example <ann@example.com>", 2, ACCESS, message_id="<open@example.com>")
    # Only its In-Reply-To ties it to the request (another sender, another subject).
    reply = incoming("One more thing", "Office of Ann <office@example.net>", 3, ORDINARY,
                     message_id="<reply@example.com>", in_reply_to="<open@example.com>")
    other = incoming("Copy of my data too", "Bo Li <bo@example.org>", 4, ACCESS)
    report = services.ingest.store_batch([other, reply, opening])  # filed in arrival order
    first, second = report.new_requests
    assert report.follow_ups == [first]
    assert services.requests.show(first).message_count == 2
    with services.db.read() as session:
        assert audit.verify_chain(session).ok
        trail = [(e.action, e.request_ref) for e in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()]
    assert trail == [("request_created", first), ("message_joined", first), ("request_created", second)]
