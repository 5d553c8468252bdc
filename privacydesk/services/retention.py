"""Retention: keep nothing longer than the company profile promises (3DPros: 24 months).

A request closed before the cutoff (today minus the retention period) loses its personal data: the
content of its messages (bodies, attachments, raw bytes, subjects, addresses, names, threading ids),
its notes, the agent's details, the personal values its audit events refer to, and — once none of the
person's requests is still kept — the requester's name, addresses and phone. What stays is an
anonymised register row (dates, types, law, status, outcome, what was sent), so the register and the
yearly metrics stay true, and the audit trail still verifies (its events hold digests, not values).

Mail that is not part of a request and arrived before the cutoff loses its metadata too; its content
fingerprint stays, so a later sync or import recognises it and never brings it back. Derived data goes
with it through injected *forgetters* (full-text index entries, the learned classifier's features);
verification material left behind is swept by injected *sweepers* (issue 9 deletes it when
verification is recorded; the sweep catches any left). Every purge is audited by count and reference,
never by content.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, Protocol

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from privacydesk.domain.vocab import CLOSED_STATUSES
from privacydesk.services import audit
from privacydesk.services.records import HAD_AGENT
from privacydesk.services.requests import RequestService
from privacydesk.store.db import Database
from privacydesk.store.models import (
    AuditPersonal,
    Message,
    MessageLocation,
    Note,
    Pause,
    Request,
    Requester,
    RequesterEmail,
)

log = logging.getLogger(__name__)

#: Messages waiting for a person's decision keep their content until someone decides (DESIGN 5).
UNDECIDED_KINDS = ("review", "unreadable", "request", "follow_up")


class Forgetter(Protocol):
    """Removes data derived from messages whose content is purged: full-text index entries (issue 12),
    the learned classifier's features (issue 10). Runs inside the purge's write transaction (use
    ``session`` for data in the database; data elsewhere may ignore it); returns how many entries it
    removed. ``older_than`` is the cutoff, for stores that forget by date instead of by message."""

    def __call__(self, session: Session, message_ids: Sequence[int], older_than: datetime) -> int: ...


class Sweeper(Protocol):
    """Deletes verification material (an ID scan) still kept for requests whose verification is
    recorded (issue 9 deletes it when verification is recorded; this catches any left). Runs inside
    the purge's write transaction; returns how many items it deleted, audited by the sweeper itself."""

    def __call__(self, session: Session, actor: str) -> int: ...


@dataclass(frozen=True)
class PurgePlan:
    """What a purge removes now (``purge --dry-run``)."""

    today: date
    retention_months: int | None
    cutoff: date | None
    requests: tuple[str, ...] = ()  # references of requests whose personal data goes
    request_messages: int = 0  # their messages
    mail_metadata: int = 0  # messages that are not part of a request
    requesters: int = 0  # people whose details go (no request of theirs is kept any more)

    @property
    def empty(self) -> bool:
        return not (self.requests or self.mail_metadata)


@dataclass(frozen=True)
class PurgeResult:
    plan: PurgePlan
    purged: bool
    verification_material: int = 0
    forgotten: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        p = self.plan
        return {
            "dry_run": not self.purged, "purged": self.purged, "today": p.today.isoformat(),
            "retention_months": p.retention_months, "cutoff": p.cutoff.isoformat() if p.cutoff else None,
            "requests": list(p.requests), "request_messages": p.request_messages,
            "mail_metadata": p.mail_metadata, "requesters": p.requesters,
            "verification_material": self.verification_material, "forgotten": dict(self.forgotten),
        }


class RetentionService:
    def __init__(self, db: Database, requests: RequestService,
                 forgetters: dict[str, Forgetter] | None = None,
                 sweepers: Sequence[Sweeper] = ()) -> None:
        self.db = db
        self.requests = requests
        self.profile = requests.profile
        #: name → forgetter; other services add theirs here (``services.retention.forgetters[...] = fn``).
        self.forgetters: dict[str, Forgetter] = dict(forgetters or {})
        #: Called with the ids of the requests whose personal data was just removed, in the purge's
        #: transaction: what other services derived from those requests goes too (search keys).
        self.request_hooks: list[Callable[[Session, list[int]], object]] = []
        self.sweepers: list[Sweeper] = list(sweepers)

    # -- what goes ---------------------------------------------------------------------------------
    def cutoff(self) -> date | None:
        months = self.profile.retention_period_months
        if months is None:
            return None
        cutoff: date = self.requests.today() - relativedelta(months=months)
        return cutoff

    def _cutoff_moment(self, cutoff: date) -> datetime:
        return datetime.combine(cutoff, time(0, 0), tzinfo=self.profile.tz)

    def _due_requests(self, session: Session, cutoff: date) -> list[Request]:
        return list(session.execute(
            select(Request).where(Request.status.in_([s.value for s in CLOSED_STATUSES]),
                                  Request.closed_at.is_not(None), Request.purged_at.is_(None),
                                  Request.closed_at < self._cutoff_moment(cutoff))
            .order_by(Request.id)).unique().scalars())

    def _mail_ids(self, session: Session, cutoff: date) -> list[int]:
        moment = self._cutoff_moment(cutoff)
        return list(session.execute(
            select(Message.id).where(Message.request_id.is_(None), Message.purged_at.is_(None),
                                     Message.kind.not_in(UNDECIDED_KINDS),
                                     func.coalesce(Message.received_at, Message.created_at) < moment)
            .order_by(Message.id)).scalars())

    def _requesters_to_clear(self, session: Session, due: list[Request]) -> list[int]:
        due_ids = {r.id for r in due}
        out = []
        for requester_id in sorted({r.requester_id for r in due}):
            others = session.execute(select(Request.id).where(
                Request.requester_id == requester_id, Request.purged_at.is_(None))).scalars()
            if set(others) <= due_ids:
                out.append(requester_id)
        return out

    def plan(self) -> PurgePlan:
        today = self.requests.today()
        cutoff = self.cutoff()
        months = self.profile.retention_period_months
        if cutoff is None:
            return PurgePlan(today, months, None)
        with self.db.read() as session:
            return self._plan(session, today, months, cutoff)

    def _plan(self, session: Session, today: date, months: int | None, cutoff: date) -> PurgePlan:
        due = self._due_requests(session, cutoff)
        ids = [r.id for r in due]
        request_messages = 0
        for start in range(0, len(ids), 500):
            request_messages += session.execute(select(func.count()).select_from(Message).where(
                Message.request_id.in_(ids[start:start + 500]), Message.purged_at.is_(None))).scalar() or 0
        return PurgePlan(today, months, cutoff, tuple(r.ref for r in due), request_messages,
                         len(self._mail_ids(session, cutoff)), len(self._requesters_to_clear(session, due)))

    # -- purging -----------------------------------------------------------------------------------
    def purge(self, actor: str | None = None) -> PurgeResult:
        """Remove what is past retention, in one transaction, audited by count and reference."""
        actor = actor or self.requests.actor()
        today = self.requests.today()
        cutoff = self.cutoff()
        months = self.profile.retention_period_months
        if cutoff is None:
            return PurgeResult(PurgePlan(today, months, None), purged=False)
        now = self.requests.now()
        with self.db.write() as session:
            if self.db.is_sqlite:
                # Overwrite what is deleted or replaced with zeros, so removed data does not linger in
                # the file's free space (https://sqlite.org/pragma.html#pragma_secure_delete).
                session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            plan = self._plan(session, today, months, cutoff)
            due = self._due_requests(session, cutoff)
            clear_people = self._requesters_to_clear(session, due)
            message_ids: list[int] = []
            for req in due:
                message_ids += self._purge_request(session, req, now, actor)
            self._clear_requesters(session, clear_people)
            mail_ids = self._mail_ids(session, cutoff)
            self._purge_mail(session, mail_ids, now)
            forgotten = {name: int(fn(session, [*message_ids, *mail_ids], self._cutoff_moment(cutoff)))
                         for name, fn in self.forgetters.items()}
            for hook in self.request_hooks:
                hook(session, [req.id for req in due])
            swept = sum(int(sweep(session, actor)) for sweep in self.sweepers)
            if not plan.empty or swept:
                audit.record(session, "retention_purge", actor=actor, after={
                    "retention_months": months, "cutoff": cutoff.isoformat(), "requests": len(due),
                    "refs": [r.ref for r in due], "request_messages": len(message_ids),
                    "mail_metadata": len(mail_ids), "requesters": len(clear_people),
                    "verification_material": swept, "forgotten": forgotten,
                })
        if not plan.empty:
            self._checkpoint()
            log.info("retention purge: %d requests, %d request messages, %d other messages",
                     len(plan.requests), plan.request_messages, plan.mail_metadata)
        return PurgeResult(plan, purged=True, verification_material=swept, forgotten=forgotten)

    def _checkpoint(self) -> None:
        """Fold the write-ahead log into the database file and empty it: until then, the WAL still
        holds pages as they were before the purge. Best effort (a reader elsewhere may delay it)."""
        if not self.db.is_sqlite:
            return
        database = make_url(self.db.url).database
        if not database or database == ":memory:":
            return
        try:
            conn = sqlite3.connect(database, timeout=15)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.Error as exc:
            log.warning("after the purge, the write-ahead log could not be emptied yet (%s)", type(exc).__name__)

    def _purge_request(self, session: Session, req: Request, now: datetime, actor: str) -> list[int]:
        ids = list(session.execute(select(Message.id).where(Message.request_id == req.id)).scalars())
        self._strip_messages(session, ids, now)
        session.execute(delete(Note).where(Note.request_id == req.id))
        session.execute(update(Pause).where(Pause.request_id == req.id).values(note=None))
        if req.agent_email or req.agent_name:
            info = dict(req.deadline_info)
            info[HAD_AGENT] = True
            req.deadline_info = info
        req.agent_name = None
        req.agent_email = None
        req.extension_reason = None
        req.purged_at = now
        self._erase_values(session, AuditPersonal.request_id == req.id, now)
        audit.record(session, "request_purged", actor=actor, request=req,
                     before={"purged": None}, after={"purged": now.isoformat(), "messages": len(ids)})
        return ids

    @staticmethod
    def _erase_values(session: Session, where: Any, now: datetime) -> None:
        session.execute(update(AuditPersonal).where(where, AuditPersonal.erased_at.is_(None))
                        .values(value=None, salt=None, erased_at=now))

    @staticmethod
    def _strip_messages(session: Session, ids: list[int], now: datetime, *, metadata: bool = False) -> None:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            values: dict[str, Any] = {
                "raw": None, "has_full_raw": False, "text": None, "subject": None, "sender_email": None,
                "sender_name": None, "attachments": [], "message_id": None, "in_reply_to": None,
                "reference_ids": [], "classification": {}, "defects": [], "needs_review": False,
                "purged_at": now,
            }
            if metadata:
                values.update({"sender_domain": None, "date_header": None, "received_at": None,
                               "decided_by": None})
            session.execute(update(Message).where(Message.id.in_(chunk)).values(**values),
                            execution_options={"synchronize_session": False})
            session.execute(delete(MessageLocation).where(MessageLocation.message_pk.in_(chunk)))
            RetentionService._erase_values(session, AuditPersonal.message_pk.in_(chunk), now)

    def _purge_mail(self, session: Session, ids: list[int], now: datetime) -> None:
        self._strip_messages(session, ids, now, metadata=True)

    @staticmethod
    def _clear_requesters(session: Session, requester_ids: list[int]) -> None:
        session.flush()
        for start in range(0, len(requester_ids), 500):
            chunk = requester_ids[start:start + 500]
            session.execute(delete(RequesterEmail).where(RequesterEmail.requester_id.in_(chunk)))
            session.execute(update(Requester).where(Requester.id.in_(chunk))
                            .values(name=None, postal_address=None, phone=None, identifiers={}),
                            execution_options={"synchronize_session": False})
        session.expire_all()


def no_forgetting(session: Session, message_ids: Sequence[int], older_than: datetime) -> int:
    """The default when no full-text index or learned model exists yet."""
    return 0

