"""Appeals (issue 15): the link between an appeal and the request it contests, and the replies
that look like appeals, offered to staff.

``RequestService`` exposes the use cases (``open_appeal``, ``appeal_suggestions``,
``dismiss_appeal_suggestion``, ``appeal_links``); this module holds the pieces they share with mail
ingest, so that ``services/ingest.py`` only calls ``flag_likely_appeal`` on each follow-up.

An appeal is an ordinary request of type ``appeal`` with its own clock (the regime's appeal row:
Texas 60 days, Oregon 45, Colorado 45 + 60 …; principle 6 where the law has none), its
``received`` being the day the appeal arrived, and ``requests.appeal_of_id`` pointing at the
contested request.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.domain.appeals import AppealHint, likely_appeal
from privacydesk.domain.vocab import CLOSED_STATUSES, RequestType
from privacydesk.services import audit
from privacydesk.store.models import Message, Request

log = logging.getLogger(__name__)

APPEAL = RequestType.APPEAL.value
CLOSED = frozenset(s.value for s in CLOSED_STATUSES)


@dataclass(frozen=True)
class AppealSuggestion:
    """A reply from the requester that contests our decision: staff may open it as an appeal."""

    message_pk: int
    contested_ref: str
    received: datetime | None   # when the reply arrived (aware, company time zone)
    subject: str | None
    phrase: str                 # the words that made it look like an appeal
    evidence: str               # the requester's sentence around them

    def as_json(self) -> dict[str, Any]:
        return {"message": self.message_pk, "contested": self.contested_ref,
                "received": self.received.isoformat() if self.received else None,
                "subject": self.subject, "phrase": self.phrase, "evidence": self.evidence}


@dataclass(frozen=True)
class AppealLinks:
    """Which request an appeal contests, and the appeals of a request (references)."""

    appeal_of: str | None
    appeals: tuple[str, ...]


def flag_likely_appeal(session: Session, message: Message, req: Request, subject: str, text: str,
                       actor: str) -> AppealHint | None:
    """Ingest hook for a follow-up joined to ``req``: flag it when it contests our decision.

    Only incoming mail on a decided request (denied or completed) that is not itself an appeal;
    the flag is a suggestion for staff (audited on the contested request), never an appeal.
    """
    if message.direction != "in" or APPEAL in (req.types or []):
        return None
    hint = likely_appeal(subject, text, req.status)
    if hint is None:
        return None
    message.likely_appeal = True
    info = dict(message.classification or {})
    info["likely_appeal"] = hint.as_json()
    message.classification = info
    audit.record(session, "appeal_suggested", actor=actor, request=req, message_pk=message.id,
                 after={"likely_appeal": True, "phrase": hint.phrase},
                 detail="a reply from the requester contests the decision; staff may open it as an appeal")
    return hint


def links(session: Session, req: Request) -> AppealLinks:
    appeal_of: str | None = None
    if req.appeal_of_id is not None:
        appeal_of = session.execute(select(Request.ref).where(Request.id == req.appeal_of_id)).scalar_one_or_none()
        appeal_of = appeal_of or "(no longer stored)"
    appeals = tuple(session.execute(
        select(Request.ref).where(Request.appeal_of_id == req.id).order_by(Request.id)).scalars())
    return AppealLinks(appeal_of, appeals)


def open_appeals(session: Session, req: Request) -> list[Request]:
    rows = session.execute(select(Request).where(Request.appeal_of_id == req.id).order_by(Request.id)).scalars()
    return [r for r in rows if r.status not in CLOSED]


def suggestions(session: Session, tz: tzinfo, request_id: int | None = None) -> list[AppealSuggestion]:
    query = (select(Message, Request.ref).join(Request, Message.request_id == Request.id)
             .where(Message.likely_appeal.is_(True)))
    if request_id is not None:
        query = query.where(Message.request_id == request_id)
    out: list[AppealSuggestion] = []
    for message, ref in session.execute(query.order_by(Message.received_at, Message.id)):
        hint = (message.classification or {}).get("likely_appeal") or {}
        out.append(AppealSuggestion(
            message_pk=message.id, contested_ref=ref,
            received=message.received_at.astimezone(tz) if message.received_at else None,
            subject=message.subject, phrase=str(hint.get("phrase", "")), evidence=str(hint.get("evidence", ""))))
    return out


def settle(message: Message, outcome: str, actor: str) -> None:
    """The suggestion is handled (opened as an appeal, or dismissed): it leaves the list."""
    message.likely_appeal = False
    info = dict(message.classification or {})
    hint = dict(info.get("likely_appeal") or {})
    hint.update(outcome=outcome, by=actor)
    info["likely_appeal"] = hint
    message.classification = info
