"""The audit trail: append-only, hash-chained, written in the same transaction as the change.

Each event's hash covers its content and the previous event's hash, so removing or editing any
event breaks verification from that point on (``verify_chain``). The single ``audit_head`` row is
locked while appending, so concurrent writers (two laptops on one PostgreSQL) cannot fork the chain.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.services.settings import ENV_USER, os_full_name, os_login
from privacydesk.store.models import AuditEvent, AuditHead, Request, utcnow

GENESIS = "0" * 64


def current_actor() -> str:
    """Who is acting when no settings are at hand: ``PRIVACYDESK_USER`` if set (shared machines),
    else the computer account's full name, else its login name. ``SettingsService.staff_name`` is the
    full rule (the configured name comes before the account's)."""
    return os.environ.get(ENV_USER, "").strip() or os_full_name() or os_login()


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def event_hash(prev_hash: str, at: datetime, actor: str, action: str, request_ref: str | None,
               before: dict[str, Any], after: dict[str, Any], detail: str | None) -> str:
    payload = _canonical({
        "prev": prev_hash, "at": at.isoformat(), "actor": actor, "action": action,
        "ref": request_ref, "before": before, "after": after, "detail": detail,
    })
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, action: str, *, actor: str, request: Request | None = None,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
           detail: str | None = None, message_pk: int | None = None) -> AuditEvent:
    """Append one event. Call inside the write transaction that makes the change."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_event_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    at = utcnow()
    before = before or {}
    after = after or {}
    ref = request.ref if request is not None else None
    digest = event_hash(head.last_hash, at, actor, action, ref, before, after, detail)
    event = AuditEvent(
        at=at, actor=actor, action=action,
        request_id=request.id if request is not None else None, request_ref=ref,
        message_pk=message_pk, before=before, after=after, detail=detail,
        prev_hash=head.last_hash, hash=digest,
    )
    session.add(event)
    session.flush()
    head.last_event_id = event.id
    head.last_hash = digest
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_id: int | None = None
    problem: str | None = None


def verify_chain(session: Session) -> ChainReport:
    prev = GENESIS
    count = 0
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
        count += 1
        if event.prev_hash != prev:
            return ChainReport(False, count, event.id, "an event before this one is missing or was changed")
        expected = event_hash(prev, event.at, event.actor, event.action, event.request_ref,
                              event.before, event.after, event.detail)
        if expected != event.hash:
            return ChainReport(False, count, event.id, "this event was changed after it was written")
        prev = event.hash
    head = session.get(AuditHead, 1)
    if head is not None and head.last_hash != prev:
        return ChainReport(False, count, None, "the newest events are missing")
    return ChainReport(True, count)


def event_as_json(event: AuditEvent, tz: tzinfo | None = None) -> dict[str, Any]:
    return {
        "id": event.id,
        "at": (event.at.astimezone(tz) if tz else event.at).isoformat(),
        "actor": event.actor,
        "action": event.action,
        "before": event.before,
        "after": event.after,
        "detail": event.detail,
    }
