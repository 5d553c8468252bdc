"""A colleague pastes a customer's chat or marketplace message into the team inbox ("Fwd:" from our
own address to nobody but our own inbox, issue 10): it is the customer's request, filed as incoming
mail — not stored as our own outgoing mail — and never addressed to ourselves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from privacydesk.services.mailimport import import_paths
from privacydesk.store.models import Message

CASE = Path(__file__).resolve().parents[1] / "data" / "classifier-net" / "en-staff-paste-chat-message.eml"


def test_a_pasted_chat_request_is_filed_as_incoming_mail(services: Any) -> None:
    report = import_paths(services.ingest, services.profile, [CASE])
    assert len(report.new_requests) == 1
    shown = services.requests.show(report.new_requests[0]).as_json()
    assert "deletion" in shown["types"]
    assert "3dprosteam@gmail.com" not in str(shown["requester"])  # we never reply to ourselves
    with services.db.read() as session:
        directions = session.execute(select(Message.direction)).scalars().all()
    assert directions == ["in"]
