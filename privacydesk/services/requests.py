"""Use cases on requests: create, list, show, change status, verify, extend, pause, notes.

Both front ends (window and CLI) call these; neither holds business rules. Every change runs in one
write transaction that also recomputes the request's milestones (deadline engine) and appends an
audit event with before/after values, so a refused change (``LifecycleError``,
``ExtensionRefused``) or a crash leaves nothing half-done.
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from privacydesk.domain import deadlines, guidance, wording
from privacydesk.domain.display import MAX_LINE_CHARS, bounded
from privacydesk.domain.errors import InvalidInput, NotFound, StaleWrite
from privacydesk.domain.lifecycle import LifecycleError, check_status_change, check_verification_change
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.references import format_ref, normalise_ref
from privacydesk.domain.vocab import (
    CLOSED_STATUSES,
    Milestone,
    Outcome,
    PauseReason,
    Regime,
    RequestSource,
    RequestStatus,
    RequestType,
    Verification,
    VerificationMethod,
    values,
)
from privacydesk.services import appeals as appeal_data
from privacydesk.services import audit, milestones
from privacydesk.services.appeals import AppealLinks, AppealSuggestion
from privacydesk.services.request_detail import (
    Agent,
    Attachment,
    AuditEntry,
    Clock,
    MilestoneLine,
    NoteLine,
    PauseLine,
    Person,
    RequestDetail,
    RequestSummary,
    ThreadMessage,
    frozen_map,
)
from privacydesk.store.db import Database
from privacydesk.store.models import (
    AuditEvent,
    Message,
    Note,
    Pause,
    RefCounter,
    Request,
    Requester,
    RequesterEmail,
)

log = logging.getLogger(__name__)

# Requests that must not require identity proof (deadlines: verification_not_allowed).
OPT_OUT_TYPES = frozenset({RequestType.OPT_OUT_SALE.value, RequestType.OPT_OUT_MARKETING.value,
                           RequestType.LIMIT_SENSITIVE.value})
MILESTONE_NAMES = tuple(m.value for m in Milestone)
#: ``session.info`` key: the reference counters this transaction has locked (year → row).
_REF_COUNTERS = "privacydesk_ref_counters"
#: ``session.info`` keys: requests filed in this transaction, and (by ``id()``) requesters created
#: in it (kept alive there, so an ``id()`` is never reused) — so a new requester's repeat count
#: needs no query (``_refresh_repeat_count``).
_FILED = "privacydesk_filed_requests"
_NEW_REQUESTERS = "privacydesk_new_requesters"
_UNFINISHED = "privacydesk_unfinished_requests"  # ``file_in`` → ``finish_filed``


def _pending_requester(session: Session, email: str) -> Requester | None:
    """The requester of an address added to the session but not flushed yet."""
    for obj in session.new:
        if isinstance(obj, RequesterEmail) and obj.email == email and obj.requester is not None:
            return obj.requester
    return None


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _release_ref_counters(session: Session) -> None:
    """A counter row's lock ends with its transaction: the next one locks it again."""
    session.info.pop(_REF_COUNTERS, None)
    session.info.pop(_FILED, None)
    session.info.pop(_NEW_REQUESTERS, None)
    session.info.pop(_UNFINISHED, None)


ConcurrentChange = StaleWrite  # the name this module's callers know

#: ``Request.flags`` value: the mail's date could be read only partly (or not at all), so the
#: received date — and every deadline — is the earliest it could be; staff should confirm it.
RECEIVED_DATE_UNCERTAIN = "received_date_uncertain"


@dataclass(frozen=True)
class Change:
    """What a write changed, so the window refreshes only that (STYLE point 4)."""

    ref: str
    fields: tuple[str, ...] = ()
    created: bool = False


@dataclass(frozen=True)
class NewRequest:
    """Facts for a request that arrived by phone, post, a form or an email."""

    email: str | None
    types: Sequence[str]
    name: str | None = None
    regime: str | None = None
    regime_confirmed: bool | None = None  # None: confirmed when a regime is given (staff input)
    received: datetime | None = None  # aware; None = now
    agent_name: str | None = None
    agent_email: str | None = None
    source: str = "manual"
    language: str | None = None
    postal_address: str | None = None
    phone: str | None = None
    extra_emails: Sequence[str] = field(default_factory=tuple)
    #: Request facts for staff (``Request.flags``), e.g. ``received_date_uncertain``.
    flags: Sequence[str] = field(default_factory=tuple)


def validate_types(types: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in types:
        v = value.strip().lower()
        if v not in values(RequestType):
            raise InvalidInput(f"unknown request type {value!r}; valid values: {', '.join(values(RequestType))}")
        if v not in out:
            out.append(v)
    if not out:
        raise InvalidInput("a request needs at least one type; valid values: " + ", ".join(values(RequestType)))
    return out


def validate_regime(regime: str) -> str:
    v = regime.strip().lower()
    if v not in values(Regime):
        raise InvalidInput(f"unknown regime {regime!r}; valid values: {', '.join(values(Regime))}")
    return v


def validate_source(source: str) -> str:
    v = source.strip().lower()
    if v not in values(RequestSource):
        raise InvalidInput(f"unknown source {source!r}; valid values: {', '.join(values(RequestSource))}")
    return v


#: ``--outcome`` words for a completed request → the register's outcome.
COMPLETED_OUTCOMES = {"full": Outcome.COMPLIED_FULL.value, "partial": Outcome.COMPLIED_PARTIAL.value,
                      Outcome.COMPLIED_FULL.value: Outcome.COMPLIED_FULL.value,
                      Outcome.COMPLIED_PARTIAL.value: Outcome.COMPLIED_PARTIAL.value}


def _clean_email(email: str | None) -> str | None:
    if email is None:
        return None
    email = email.strip().lower()
    if not email:
        return None
    if "@" not in email or " " in email or email.startswith("@") or email.endswith("@"):
        raise InvalidInput(f"{email!r} is not an email address")
    return email


# Called inside the transaction of every change: (session, request, action, before, after, actor).
# The learned model listens, so a type correction or a "not a request" close teaches it too.
ChangeListener = Callable[[Session, Request, str, dict[str, Any], dict[str, Any], str], None]


class RequestService:
    def __init__(self, db: Database, profile: CompanyProfile, rules: deadlines.RuleBook,
                 clock: Callable[[], datetime] | None = None,
                 actor: Callable[[], str] | None = None) -> None:
        self.db = db
        self.profile = profile
        self.rules = rules
        self._clock = clock or (lambda: datetime.now(UTC))
        self._actor = actor or audit.current_actor
        #: Called inside the transaction that records a verification result (verified or failed):
        #: ``hook(session, request, state, actor)``. Issue 9 deletes verification material here.
        self.verification_hooks: list[Callable[[Session, Request, str, str], object]] = []
        self.listeners: list[ChangeListener] = []

    def actor(self) -> str:
        """Who is acting, for the audit trail (the configured staff name)."""
        return self._actor()

    # -- time ------------------------------------------------------------------------------------
    def now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        return self.now().astimezone(self.profile.tz).date()

    def company_datetime(self, moment: datetime | date) -> datetime:
        """A date or naive time is read in the company's time zone (deadlines principle 1)."""
        if not isinstance(moment, datetime):
            moment = datetime.combine(moment, time(0, 0))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.profile.tz)
        return moment

    # -- create ----------------------------------------------------------------------------------
    def create(self, new: NewRequest, actor: str | None = None) -> Change:
        with self.db.write() as session:
            req = self.create_in(session, new, actor or self.actor())
            return Change(req.ref, created=True)

    def create_in(self, session: Session, new: NewRequest, actor: str,
                  message: Message | None = None, *, appeal_of: Request | None = None) -> Request:
        """Create a request inside an existing transaction (used by mail ingest too).

        ``appeal_of``: the request an appeal contests (same requester, linked, verification kept).
        ``file_in`` then ``finish_filed``: one flush.
        """
        req = self.file_in(session, new, actor, message, appeal_of=appeal_of)
        self.finish_filed(session)
        return req

    def file_in(self, session: Session, new: NewRequest, actor: str,
                message: Message | None = None, *, appeal_of: Request | None = None) -> Request:
        """The first half of ``create_in``, without touching the database: the request (with its
        reference) and its requester are added to the session; ``finish_filed`` must follow in the
        same transaction before any other audit event is recorded — a sync batch files all its
        new requests and then finishes them together (issue 14: ONE flush for all of them, where
        each used to cost several flushes, a repeat-count query and a locked counter read).

        The lookups here run without autoflush (nothing they read is pending: requesters and
        requests filed earlier were flushed or are found among the session's pending rows).
        """
        types = validate_types(new.types)
        source = validate_source(new.source)
        regime = validate_regime(new.regime) if new.regime else Regime.UNKNOWN.value
        email = _clean_email(new.email)
        received = self.company_datetime(new.received) if new.received else self.now()
        received_on = received.astimezone(self.profile.tz).date()
        with session.no_autoflush:
            requester = (appeal_of.requester if appeal_of is not None
                         else self._find_or_create_requester(session, email, new))
            ref = self._next_ref(session, received_on.year)
        verification = (Verification.NOT_REQUIRED if set(types) <= OPT_OUT_TYPES else Verification.PENDING)
        req = Request(
            ref=ref, types=types, regime=regime, regime_confirmed=(new.regime is not None if new.regime_confirmed is None
                                                  else new.regime_confirmed),
            requester=requester, agent_name=(new.agent_name or None),
            agent_email=_clean_email(new.agent_email), received_at=received, received_on=received_on,
            source=source, language=new.language, status=RequestStatus.NEW.value,
            verification=verification.value, flags=list(dict.fromkeys(new.flags)),
            pauses=[],  # a new request has none: known without a query after the flush
        )
        detail = f"source: {new.source}"
        if appeal_of is not None:
            req.appeal_of_id = appeal_of.id
            if appeal_of.verification in (Verification.VERIFIED.value, Verification.NOT_REQUIRED.value):
                req.verification, req.verification_method = appeal_of.verification, appeal_of.verification_method
            detail += f"; appeal of {appeal_of.ref}"
        session.add(req)
        if message is not None:
            message.request = req
        session.info.setdefault(_UNFINISHED, []).append((req, message, actor, detail))
        return req

    def finish_filed(self, session: Session) -> None:
        """Finish the requests ``file_in`` added, in the order they were filed: one flush gives
        them (and their requesters and messages) their ids, then each gets its clock, milestones
        and ``request_created`` event — without autoflush; what they change goes to the database
        with the next flush or the commit."""
        pending: list[tuple[Request, Message | None, str, str]] = session.info.pop(_UNFINISHED, [])
        pending = [p for p in pending if p[0] in session]  # not undone by a rolled-back savepoint
        if not pending:
            return
        session.flush()  # the one flush
        filed = session.info.setdefault(_FILED, [])
        with session.no_autoflush:
            for index, (req, message, actor, detail) in enumerate(pending):
                filed.append(req)
                # Requests filed after this one in the same flush are already in the database:
                # they are not "earlier" requests of their requester.
                later = {other.id for other, *_ in pending[index + 1:]}
                self._recompute(session, req, filed=True, later=later)
                audit.record(session, "request_created", actor=actor, request=req,
                             after=self._snapshot(req), message_pk=message.id if message is not None else None,
                             detail=detail)

    def _find_or_create_requester(self, session: Session, email: str | None, new: NewRequest) -> Requester:
        """The requester with ``email`` (stored, or pending in this session), else a new one. Runs
        without autoflush (``create_in``): pending addresses are looked up in the session itself."""
        requester = None
        if email:
            requester = _pending_requester(session, email) or session.execute(
                select(Requester).join(RequesterEmail).where(RequesterEmail.email == email)
            ).scalar_one_or_none()
        if requester is None:
            requester = Requester(name=new.name or None, postal_address=new.postal_address, phone=new.phone)
            if email:
                requester.emails.append(RequesterEmail(email=email))
            session.add(requester)
            session.info.setdefault(_NEW_REQUESTERS, {})[id(requester)] = requester
        else:
            if new.name and not requester.name:
                requester.name = new.name
            if new.postal_address and not requester.postal_address:
                requester.postal_address = new.postal_address
            if new.phone and not requester.phone:
                requester.phone = new.phone
        for extra in new.extra_emails:
            extra_clean = _clean_email(extra)
            if extra_clean and extra_clean not in {e.email for e in requester.emails}:
                taken = _pending_requester(session, extra_clean) or session.execute(
                    select(RequesterEmail).where(RequesterEmail.email == extra_clean)).scalar_one_or_none()
                if taken is None:
                    requester.emails.append(RequesterEmail(email=extra_clean))
        return requester

    def _next_ref(self, session: Session, year: int) -> str:
        """The next reference of ``year``. The year's counter row is created if missing (``INSERT …
        ON CONFLICT DO NOTHING``, so two laptops filing the year's first request at once on one
        PostgreSQL database do not collide on its key), then locked once per transaction (``SELECT …
        FOR UPDATE``); every further reference of the transaction — a sync batch filing many
        requests — is counted on the locked row without another query."""
        held: dict[int, RefCounter] = session.info.setdefault(_REF_COUNTERS, {})
        counter = held.get(year)
        if counter is None or counter not in session:
            dialect = session.get_bind().dialect.name
            if dialect in ("postgresql", "sqlite"):
                make_insert = pg_insert if dialect == "postgresql" else sqlite_insert
                session.execute(make_insert(RefCounter).values(year=year, last=0)
                                .on_conflict_do_nothing(index_elements=[RefCounter.year]))
            counter = session.execute(
                select(RefCounter).where(RefCounter.year == year).with_for_update()).scalar_one_or_none()
            if counter is None:  # another database: the old way
                counter = RefCounter(year=year, last=0)
                session.add(counter)
            held[year] = counter
        counter.last = (counter.last or 0) + 1
        return format_ref(year, counter.last)

    # -- read ------------------------------------------------------------------------------------
    def _get(self, session: Session, ref: str) -> Request:
        clean = normalise_ref(ref)
        if clean is None:
            raise InvalidInput(f"{ref!r} is not a request reference (they look like PD-2026-0001)")
        req = session.execute(select(Request).where(Request.ref == clean)).scalar_one_or_none()
        if req is None:
            raise NotFound(f"no request {clean}")
        return req

    def list(self, status: str | None = None) -> builtins.list[RequestSummary]:
        with self.db.read() as session:
            query = select(Request).options(selectinload(Request.requester).selectinload(Requester.emails),
                                            selectinload(Request.pauses))
            if status:
                if status == "open":
                    query = query.where(Request.status.not_in([s.value for s in CLOSED_STATUSES]))
                elif status == "closed":
                    query = query.where(Request.status.in_([s.value for s in CLOSED_STATUSES]))
                else:
                    query = query.where(Request.status == status)
            requests = list(session.execute(query.order_by(Request.received_at, Request.id)).scalars())
            counts = self._message_counts(session, [r.id for r in requests])
            today = self.today()
            return [self._summary(r, counts.get(r.id, 0), today) for r in requests]

    def show(self, ref: str) -> RequestDetail:
        """Everything about one request, as typed values (``as_json()`` for the CLI)."""
        with self.db.read() as session:
            req = self._get(session, ref)
            merged_from = list(session.execute(
                select(Request.id, Request.ref).where(Request.merged_into == req.ref).order_by(Request.id)).all())
            messages = list(session.execute(
                select(Message).where(Message.request_id == req.id)
                .order_by(Message.received_at, Message.id)).scalars())
            today = self.today()
            summary = self._summary(req, len(messages), today)
            facts = self.facts(req)
            schedule = deadlines.compute(facts, self.profile, self.rules, today=today)
            clock = deadlines.clock_status(schedule, facts, self.profile, today)
            lines = tuple(
                MilestoneLine(name, dated.date, guidance.reason_for(name, dated, facts, self.profile, self.rules),
                              dated.explanation, dated.regime, dated.type, dated.provisional)
                for name, dated in schedule.milestones.items())
            flags = tuple(req.deadline_info.get("flags", []))
            notes = tuple(req.deadline_info.get("notes", []))
            audit_ids = [req.id, *(rid for rid, _ref in merged_from)]
            events = list(session.execute(
                select(AuditEvent).where(AuditEvent.request_id.in_(audit_ids)).order_by(AuditEvent.id)).scalars())
            personal = audit.personal_values(session, events)
            tz = self.profile.tz
            appeal_found = appeal_data.links(session, req)
            detail_fields = {f: getattr(summary, f) for f in summary.__dataclass_fields__}
            detail_fields["clock"] = Clock(str(clock.status), clock.next_milestone, clock.due, clock.days_left,
                                           clock.explanation)
            return RequestDetail(
                **detail_fields,
                next_step=guidance.next_step(status=req.status, verification=req.verification, facts=facts,
                                             schedule=schedule, clock=clock, profile=self.profile,
                                             rules=self.rules, today=today, flags=flags),
                milestones=lines,
                explanations=dict(req.deadline_info.get("explanations", {})),
                deadline_notes=notes,
                plain_notes=tuple(wording.merge_notes(notes)),
                pauses=tuple(PauseLine(p.waiting_for, p.started_on, p.ended_on, p.note) for p in req.pauses),
                notes=tuple(NoteLine(n.created_at.astimezone(tz), n.author, n.text) for n in req.notes),
                thread=tuple(self._thread_message(m) for m in messages),
                audit=tuple(self._audit_entry(audit.event_as_json(e, tz, personal), e.request_ref)
                            for e in events),
                actions=guidance.availability(status=req.status, verification=req.verification,
                                              regime=req.regime, regime_confirmed=req.regime_confirmed,
                                              facts=facts, schedule=schedule, rules=self.rules, today=today),
                merged_from=tuple(r for _id, r in merged_from),
                appeal_of=appeal_found.appeal_of,
                appeals=appeal_found.appeals,
                appeal_suggestions=tuple(appeal_data.suggestions(session, tz, req.id)),
            )

    @staticmethod
    def _audit_entry(event: dict[str, Any], ref: str | None) -> AuditEntry:
        """An audit event as people read it: personal values restored where retention kept them."""
        return AuditEntry(event["id"], datetime.fromisoformat(event["at"]), event["actor"], event["action"],
                          frozen_map(event["before"]), frozen_map(event["after"]), event["detail"], ref)

    def refs(self) -> builtins.list[str]:
        with self.db.read() as session:
            return list(session.execute(select(Request.ref).order_by(Request.id)).scalars())

    @staticmethod
    def _message_counts(session: Session, ids: builtins.list[int]) -> dict[int, int]:
        if not ids:
            return {}
        rows = session.execute(
            select(Message.request_id, func.count()).where(Message.request_id.in_(ids))
            .group_by(Message.request_id))
        return {rid: n for rid, n in rows if rid is not None}

    def _thread_message(self, m: Message) -> ThreadMessage:
        raw_attachments = tuple(m.attachments or ())
        attachments = tuple(
            Attachment(str(a.get("filename") or a.get("name") or "") or None, a.get("content_type"),
                       a.get("size") if isinstance(a.get("size"), int) else None)
            if isinstance(a, dict) else Attachment(str(a), None, None)
            for a in raw_attachments)
        return ThreadMessage(
            id=m.id, message_id=m.message_id, direction=m.direction, kind=m.kind,
            sender_name=m.sender_name, sender_email=m.sender_email,
            subject=bounded(m.subject, MAX_LINE_CHARS) if m.subject else m.subject,  # a header can be megabytes long
            date=m.date_header, received=m.received_at.astimezone(self.profile.tz) if m.received_at else None,
            text=m.text, attachments=attachments, defects=tuple(m.defects or ()), raw_attachments=raw_attachments)

    def facts(self, req: Request) -> deadlines.DeadlineFacts:
        """The deadline engine's inputs, taken from a request's stored facts."""
        tz = self.profile.tz
        closed_on = req.closed_at.astimezone(tz).date() if req.closed_at else None
        acknowledged_on = req.acknowledged_at.astimezone(tz).date() if req.acknowledged_at else None
        return deadlines.DeadlineFacts(
            regime=req.regime,
            types=tuple(req.types),
            received=req.received_on,
            pauses=tuple(deadlines.Pause(p.waiting_for, p.started_on, p.ended_on) for p in req.pauses),
            extended=req.extended,
            extended_to=req.extended_to,
            acknowledged_on=acknowledged_on,
            closed_on=closed_on,
            agent=bool(req.agent_email or req.agent_name),
            prior_access_requests_12m=int(req.deadline_info.get("prior_access_requests_12m", 0)),
            regime_confirmed=req.regime_confirmed,
        )

    def clock(self, req: Request, today: date | None = None) -> deadlines.ClockStatus:
        facts = self.facts(req)
        schedule = deadlines.compute(facts, self.profile, self.rules, today=today or self.today())
        return deadlines.clock_status(schedule, facts, self.profile, today or self.today())

    def _summary(self, req: Request, message_count: int, today: date) -> RequestSummary:
        tz = self.profile.tz
        requester = req.requester
        status = self.clock(req, today)
        return RequestSummary(
            ref=req.ref,
            status=req.status,
            verification=req.verification,
            verification_method=req.verification_method,
            types=tuple(req.types),
            regime=req.regime,
            regime_confirmed=req.regime_confirmed,
            requester=Person(requester.name, requester.primary_email, tuple(e.email for e in requester.emails),
                             requester.postal_address, requester.phone),
            agent=Agent(req.agent_name, req.agent_email) if (req.agent_name or req.agent_email) else None,
            received=req.received_at.astimezone(tz),
            received_date=req.received_on,
            milestone_dates={name: getattr(req, name) for name in MILESTONE_NAMES},
            clock=Clock(str(status.status), status.next_milestone, status.due, status.days_left,
                        status.explanation),
            flags=tuple(dict.fromkeys([*(req.flags or []), *req.deadline_info.get("flags", [])])),
            message_count=message_count,
            source=req.source,
            language=req.language,
            assignee=req.assignee,
            outcome=req.outcome,
            extended=req.extended,
            extension_reason=req.extension_reason,
            acknowledged=req.acknowledged_at.astimezone(tz) if req.acknowledged_at else None,
            closed=req.closed_at.astimezone(tz) if req.closed_at else None,
            merged_into=req.merged_into,
            denial_basis=req.denial_basis,
            response_nature=req.response_nature,
        )

    # -- milestones ------------------------------------------------------------------------------
    def _recompute(self, session: Session, req: Request, *, filed: bool = False,
                   later: set[int] | None = None) -> dict[str, tuple[str | None, str | None]]:
        """Rewrite the stored milestones from the facts; return {name: (old, new)} that changed.
        ``filed``: ``req`` was just filed in this transaction (``finish_filed``), and ``later`` are
        the ids of requests filed after it there."""
        self._refresh_repeat_count(session, req, filed=filed, later=later)
        facts, today = self.facts(req), self.today()
        schedule = deadlines.compute(facts, self.profile, self.rules, today=today)
        changed: dict[str, tuple[str | None, str | None]] = {}
        for name in MILESTONE_NAMES:
            new = schedule.date(name)
            old = getattr(req, name)
            if new != old:
                changed[name] = (old.isoformat() if old else None, new.isoformat() if new else None)
                setattr(req, name, new)
        info = dict(req.deadline_info)
        info["explanations"] = {name: d.explanation for name, d in schedule.milestones.items()}
        info["flags"] = list(schedule.flags)
        info["notes"] = list(schedule.notes)
        req.deadline_info = info
        # The clock in force and every milestone, where SQL can count and filter (issue 12).
        milestones.store(session, req, schedule, facts,
                         deadlines.clock_status(schedule, facts, self.profile, today), today)
        return changed

    def _refresh_repeat_count(self, session: Session, req: Request, *, filed: bool = False,
                              later: set[int] | None = None) -> None:
        since = req.received_on - timedelta(days=365)
        if RequestType.ACCESS.value not in req.types or req.id is None:
            count = 0
        elif filed and session.info.get(_NEW_REQUESTERS, {}).get(id(req.requester)) is req.requester:
            # A requester created in this transaction has no requests but the ones filed in it.
            count = sum(1 for other in session.info.get(_FILED, ())
                        if other is not req and other in session and other.requester is req.requester
                        and RequestType.ACCESS.value in (other.types or ())
                        and since <= other.received_on <= req.received_on
                        and other.status not in (RequestStatus.NOT_A_REQUEST.value, RequestStatus.DUPLICATE.value))
        else:
            query = select(Request.types).where(
                Request.requester_id == req.requester_id, Request.id != req.id,
                Request.received_on >= since, Request.received_on <= req.received_on,
                Request.status.not_in([RequestStatus.NOT_A_REQUEST.value, RequestStatus.DUPLICATE.value]))
            if later:
                query = query.where(Request.id.not_in(sorted(later)))
            rows = session.execute(query).scalars()
            count = sum(1 for types in rows if RequestType.ACCESS.value in types)
        if req.deadline_info.get("prior_access_requests_12m") != count:
            info = dict(req.deadline_info)
            info["prior_access_requests_12m"] = count
            req.deadline_info = info

    def recompute_all(self, actor: str | None = None) -> int:
        """Recompute every request (after a rules or profile change); audit each date that moved."""
        return self.recompute_where(None, "rules or company profile changed", actor)

    def recompute_where(self, where: Any, detail: str, actor: str | None = None) -> int:
        """Recompute the requests matching the SQL clause ``where`` (all if None); audit each date
        that moved with ``detail``; returns how many requests had a date move."""
        actor = actor or self.actor()
        moved = 0
        with self.db.write() as session:
            query = select(Request).options(selectinload(Request.pauses))
            if where is not None:
                query = query.where(where)
            for req in session.execute(query).scalars():
                changed = self._recompute(session, req)
                if changed:
                    moved += 1
                    audit.record(session, "milestones_recomputed", actor=actor, request=req,
                                 before={k: v[0] for k, v in changed.items()},
                                 after={k: v[1] for k, v in changed.items()},
                                 detail=detail)
        return moved

    @staticmethod
    def _snapshot(req: Request) -> dict[str, Any]:
        """The creation event's ``after``: every fact the audit trail replays (domain/audit_trail.py)."""
        return audit.request_snapshot(req)

    # -- changes -----------------------------------------------------------------------------------
    def _change(self, ref: str, action: str, actor: str | None,
                apply: Callable[[Session, Request], tuple[dict[str, Any], dict[str, Any], str | None]]
                ) -> Change:
        """Run one change: apply, recompute milestones, audit — all in one transaction."""
        try:
            with self.db.write() as session:
                req = self._get(session, ref)
                return self._change_in(session, req, action, actor, apply)
        except StaleDataError as exc:
            raise ConcurrentChange(f"{ref} was changed by someone else at the same moment; "
                                   "reload it and try again.") from exc

    def _change_in(self, session: Session, req: Request, action: str, actor: str | None,
                   apply: Callable[[Session, Request], tuple[dict[str, Any], dict[str, Any], str | None]],
                   extra: dict[str, Any] | None = None) -> Change:
        """One change inside the caller's transaction (a merge changes two requests at once; sending
        a letter applies its status change where the reply is recorded): apply, recompute milestones,
        audit. ``extra`` is added to the audit event's ``after`` (e.g. the letter's template)."""
        actor = actor or self.actor()
        before, after, detail = apply(session, req)
        moved = self._recompute(session, req)
        for name, (old, new) in moved.items():
            before[name] = old
            after[name] = new
        if extra:
            after.update(extra)
        for listener in self.listeners:  # e.g. the learned model, taught by type corrections
            listener(session, req, action, before, after, actor)
        audit.record(session, action, actor=actor, request=req, before=before, after=after, detail=detail)
        return Change(req.ref, tuple(after))

    def get_in(self, session: Session, ref: str) -> Request:
        """The request ``ref`` inside the caller's session (``NotFound``/``InvalidInput`` otherwise)."""
        return self._get(session, ref)

    # In-session variants, for a use case that changes a request as part of a larger transaction
    # (sending a reply applies the status change it implies in the transaction that records it).
    def set_status_in(self, session: Session, req: Request, status: str, reason: str | None = None,
                      actor: str | None = None, outcome: str | None = None,
                      extra: dict[str, Any] | None = None, *, basis: str | None = None,
                      nature: str | None = None, note: str | None = None) -> Change:
        return self._change_in(session, req, "status_changed", actor,
                               self._status_op(status, reason, outcome, basis=basis, nature=nature, note=note,
                                               actor=actor), extra)

    def verify_in(self, session: Session, req: Request, method: str | None, state: str = "verified",
                  actor: str | None = None, note: str | None = None,
                  extra: dict[str, Any] | None = None) -> Change:
        actor = actor or self.actor()
        return self._change_in(session, req, "verification_changed", actor,
                               self._verify_op(method, state, note, actor), extra)

    def extend_in(self, session: Session, req: Request, reason: str, to: date | None = None,
                  actor: str | None = None, extra: dict[str, Any] | None = None) -> Change:
        return self._change_in(session, req, "deadline_extended", actor, self._extend_op(reason, to), extra)

    def pause_in(self, session: Session, req: Request, waiting_for: str, on: date | None = None,
                 note: str | None = None, actor: str | None = None,
                 extra: dict[str, Any] | None = None) -> Change:
        return self._change_in(session, req, "clock_paused", actor, self._pause_op(waiting_for, on, note), extra)

    def resume_in(self, session: Session, req: Request, on: date | None = None, actor: str | None = None,
                  extra: dict[str, Any] | None = None) -> Change:
        return self._change_in(session, req, "clock_resumed", actor, self._resume_op(on), extra)

    def set_status(self, ref: str, status: str, reason: str | None = None, actor: str | None = None,
                   outcome: str | None = None, *, basis: str | None = None, nature: str | None = None,
                   note: str | None = None) -> Change:
        """Move a request through its lifecycle. Closing records the register's facts: ``outcome``
        (completed: ``full`` (default) or ``partial``; any other text is kept as a note, as earlier
        versions took free text), ``basis`` (why it was denied), ``nature`` (what was sent, when no
        closing letter's template says it) and an optional ``note``."""
        return self._change(ref, "status_changed", actor,
                            self._status_op(status, reason, outcome, basis=basis, nature=nature, note=note,
                                            actor=actor))

    def _status_op(self, status: str, reason: str | None, outcome: str | None, *, basis: str | None = None,
                   nature: str | None = None, note: str | None = None, actor: str | None = None
                   ) -> Callable[[Session, Request], tuple[dict[str, Any], dict[str, Any], str | None]]:
        try:
            new = RequestStatus(status.strip().lower())
        except ValueError:
            raise InvalidInput(f"unknown status {status!r}; valid values: {', '.join(values(RequestStatus))}") from None
        code, free_text = self._outcome_code(new, outcome)
        if basis is not None and basis.strip() and new != RequestStatus.DENIED:
            raise InvalidInput("a reason for denial (--basis) goes with the status denied")
        notes = [t for t in (free_text, (note or "").strip() or None) if t]

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            current = RequestStatus(req.status)
            check_status_change(current, new, Verification(req.verification), reason)
            before: dict[str, Any] = {"status": req.status}
            after: dict[str, Any] = {"status": new.value}
            now = self.now()
            if new in CLOSED_STATUSES:
                before["closed"] = req.closed_at.isoformat() if req.closed_at else None
                req.closed_at = now
                after["closed"] = now.isoformat()
                self._set_closing_facts(req, before, after, code, basis, nature)
            elif current in CLOSED_STATUSES:
                before["closed"] = req.closed_at.isoformat() if req.closed_at else None
                req.closed_at = None
                after["closed"] = None
                self._set_closing_facts(req, before, after, None, None, None)
            for text in notes:
                req.notes.append(Note(author=actor or self.actor(), text=text))
            if notes:
                after["note"] = "\n".join(notes)
            if (new != RequestStatus.NEW and req.acknowledged_at is None
                    and current == RequestStatus.NEW and new != RequestStatus.NOT_A_REQUEST):
                # Moving past "new" means the requester has been answered at least once.
                req.acknowledged_at = now
                after["acknowledged"] = now.isoformat()
            req.status = new.value
            return before, after, reason

        return apply

    @staticmethod
    def _outcome_code(new: RequestStatus, outcome: str | None) -> tuple[str | None, str | None]:
        """(the register's outcome code, free text to keep as a note) for a status change."""
        text = (outcome or "").strip()
        word = text.lower()
        if new == RequestStatus.COMPLETED:
            if word in COMPLETED_OUTCOMES:
                return COMPLETED_OUTCOMES[word], None
            return Outcome.COMPLIED_FULL.value, text or None
        if word in COMPLETED_OUTCOMES:
            raise InvalidInput("an outcome (--outcome full|partial) goes with the status completed")
        if new == RequestStatus.DENIED:
            return Outcome.DENIED.value, (text if word not in ("", Outcome.DENIED.value) else None)
        return None, text or None

    @staticmethod
    def _set_closing_facts(req: Request, before: dict[str, Any], after: dict[str, Any], code: str | None,
                           basis: str | None, nature: str | None) -> None:
        """Outcome, reason for denial and what was sent: set when closing, cleared when reopening."""
        values_now = {"outcome": code, "denial_basis": (basis or "").strip() or None,
                      "response_nature": (nature or "").strip()[:300] or None}
        for key, value in values_now.items():
            if getattr(req, key) != value:
                before[key], after[key] = getattr(req, key), value
                setattr(req, key, value)

    def set_response_nature(self, ref: str, nature: str | None, actor: str | None = None) -> Change:
        """Name what was sent to close a request (the register's ``response_nature``), when no
        closing letter's template records it."""
        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            before = {"response_nature": req.response_nature}
            req.response_nature = (nature or "").strip()[:300] or None
            return before, {"response_nature": req.response_nature}, None

        return self._change(ref, "response_recorded", actor, apply)

    def verify(self, ref: str, method: str | None, state: str = "verified", actor: str | None = None,
               note: str | None = None) -> Change:
        actor = actor or self.actor()
        return self._change(ref, "verification_changed", actor, self._verify_op(method, state, note, actor))

    def _verify_op(self, method: str | None, state: str, note: str | None, actor: str
                   ) -> Callable[[Session, Request], tuple[dict[str, Any], dict[str, Any], str | None]]:
        try:
            new_state = Verification(state.strip().lower())
        except ValueError:
            raise InvalidInput(f"unknown verification state {state!r}; valid values: "
                               f"{', '.join(values(Verification))}") from None
        new_method: VerificationMethod | None = None
        if method is not None:
            try:
                new_method = VerificationMethod(method.strip().lower())
            except ValueError:
                raise InvalidInput(f"unknown verification method {method!r}; valid values: "
                                   f"{', '.join(values(VerificationMethod))}") from None

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            check_verification_change(RequestStatus(req.status), Verification(req.verification),
                                      new_state, new_method)
            before = {"verification": req.verification, "verification_method": req.verification_method}
            req.verification = new_state.value
            req.verification_method = new_method.value if new_method else None
            req.verified_at = self.now() if new_state == Verification.VERIFIED else None
            after = {"verification": req.verification, "verification_method": req.verification_method}
            if new_state in (Verification.VERIFIED, Verification.FAILED):
                for hook in self.verification_hooks:
                    hook(session, req, new_state.value, actor)
            return before, after, note

        return apply

    def set_regime(self, ref: str, regime: str, actor: str | None = None) -> Change:
        value = validate_regime(regime)

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            before = {"regime": req.regime, "regime_confirmed": req.regime_confirmed}
            req.regime = value
            req.regime_confirmed = value != Regime.UNKNOWN.value
            return before, {"regime": req.regime, "regime_confirmed": req.regime_confirmed}, None

        return self._change(ref, "regime_changed", actor, apply)

    def set_types(self, ref: str, types: Sequence[str], actor: str | None = None) -> Change:
        clean = validate_types(types)

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            before = {"types": list(req.types)}
            req.types = clean
            return before, {"types": clean}, None

        return self._change(ref, "types_changed", actor, apply)

    def confirm_received(self, ref: str, received: datetime | None = None, actor: str | None = None) -> Change:
        """Staff confirm (or correct) when a request was received, clearing the
        ``received_date_uncertain`` flag; the milestones follow the confirmed date."""

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            before: dict[str, Any] = {"received": req.received_at.isoformat(), "flags": list(req.flags or [])}
            if received is not None:
                when = self.company_datetime(received)
                req.received_at = when
                req.received_on = when.astimezone(self.profile.tz).date()
            req.flags = [f for f in (req.flags or []) if f != RECEIVED_DATE_UNCERTAIN]
            after = {"received": req.received_at.isoformat(), "flags": list(req.flags)}
            return before, after, "received date confirmed by staff"

        return self._change(ref, "received_confirmed", actor, apply)

    def assign(self, ref: str, assignee: str | None, actor: str | None = None) -> Change:
        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            before = {"assignee": req.assignee}
            req.assignee = (assignee or "").strip() or None
            return before, {"assignee": req.assignee}, None

        return self._change(ref, "assigned", actor, apply)

    def add_note(self, ref: str, text: str, actor: str | None = None) -> Change:
        if not text.strip():
            raise InvalidInput("a note needs some text")
        author = actor or self.actor()

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            req.notes.append(Note(author=author, text=text.strip()))
            return {}, {"note": text.strip()}, None

        return self._change(ref, "note_added", author, apply)

    # -- deadline facts ----------------------------------------------------------------------------
    def extend(self, ref: str, reason: str, to: date | None = None, actor: str | None = None) -> Change:
        return self._change(ref, "deadline_extended", actor, self._extend_op(reason, to))

    def _extend_op(self, reason: str, to: date | None
                   ) -> Callable[[Session, Request], tuple[dict[str, Any], dict[str, Any], str | None]]:
        if not reason or not reason.strip():
            raise InvalidInput("extending a deadline needs a reason (--reason TEXT); it is told to the requester")

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            if req.status in {s.value for s in CLOSED_STATUSES}:
                raise LifecycleError("closed_request", f"{req.ref} is closed; reopen it before extending.")
            if req.extended:
                raise deadlines.ExtensionRefused(f"{req.ref} has already been extended "
                                                 f"(to {req.respond_by_extended or req.extended_to}).")
            facts = self.facts(req)
            schedule = deadlines.compute(facts, self.profile, self.rules, today=self.today())
            deadlines.check_extension(schedule, facts, self.rules, self.today(), to)
            before = {"extended": False, "extension_reason": None}
            req.extended = True
            req.extension_reason = reason.strip()
            req.extended_to = to
            after = {"extended": True, "extension_reason": req.extension_reason,
                     "extended_to": to.isoformat() if to else None}
            return before, after, reason.strip()

        return apply

    def pause(self, ref: str, waiting_for: str, on: date | None = None, note: str | None = None,
              actor: str | None = None) -> Change:
        return self._change(ref, "clock_paused", actor, self._pause_op(waiting_for, on, note))

    def _pause_op(self, waiting_for: str, on: date | None, note: str | None
                  ) -> Callable[[Session, Request], tuple[dict[str, Any], dict[str, Any], str | None]]:
        try:
            reason = PauseReason(waiting_for.strip().lower())
        except ValueError:
            raise InvalidInput(f"unknown pause reason {waiting_for!r}; valid values: "
                               f"{', '.join(values(PauseReason))}") from None

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            if req.status in {s.value for s in CLOSED_STATUSES}:
                raise LifecycleError("closed_request", f"{req.ref} is closed; reopen it before pausing.")
            if any(p.ended_on is None for p in req.pauses):
                raise LifecycleError("already_paused", f"{req.ref} is already paused; resume it first.")
            start = on or self.today()
            if start < req.received_on:
                raise InvalidInput(f"the pause cannot start before the request was received ({req.received_on})")
            req.pauses.append(Pause(waiting_for=reason.value, started_on=start, note=note))
            session.flush()
            return {"paused": False}, {"paused": True, "waiting_for": reason.value,
                                       "since": start.isoformat()}, note

        return apply

    def resume(self, ref: str, on: date | None = None, actor: str | None = None) -> Change:
        return self._change(ref, "clock_resumed", actor, self._resume_op(on))

    def _resume_op(self, on: date | None
                   ) -> Callable[[Session, Request], tuple[dict[str, Any], dict[str, Any], str | None]]:
        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            open_pauses = [p for p in req.pauses if p.ended_on is None]
            if not open_pauses:
                raise LifecycleError("not_paused", f"{req.ref} is not paused.")
            pause = open_pauses[-1]
            end = on or self.today()
            if end < pause.started_on:
                raise InvalidInput(f"the pause started on {pause.started_on}; it cannot end before that")
            pause.ended_on = end
            return ({"paused": True, "waiting_for": pause.waiting_for},
                    {"paused": False, "resumed_on": end.isoformat()}, None)

        return apply


    # -- appeals (issue 15) --------------------------------------------------------------------------
    def appeal_links(self, ref: str) -> AppealLinks:
        """The request an appeal contests, and the appeals of a request (references)."""
        with self.db.read() as session:
            return appeal_data.links(session, self._get(session, ref))

    def appeal_suggestions(self, ref: str | None = None) -> builtins.list[AppealSuggestion]:
        """Replies from requesters that contest our decision, not yet opened as appeals or dismissed
        (oldest first); only those on ``ref`` when given."""
        with self.db.read() as session:
            request_id = self._get(session, ref).id if ref else None
            return appeal_data.suggestions(session, self.profile.tz, request_id)

    def open_appeal(self, ref: str, received: datetime | date | None = None, message_pk: int | None = None,
                    actor: str | None = None) -> Change:
        """Record an appeal of the decision on ``ref``: a new request of type ``appeal``, linked to it.

        Its clock runs from ``received`` (default: when ``message_pk`` arrived, else now) under the
        contested request's law (the appeal rows; the company default where the law has none). With
        ``message_pk`` (a reply in the contested request's thread, e.g. a suggestion) that message
        opens the appeal's thread. Refused when the request is still open (no decision yet), is itself
        an appeal, or already has an open appeal. Audited on both requests.
        """
        actor = actor or self.actor()
        with self.db.write() as session:
            clean = normalise_ref(ref)
            if clean is None:
                raise InvalidInput(f"{ref!r} is not a request reference (they look like PD-2026-0001)")
            contested = session.execute(
                select(Request).where(Request.ref == clean).with_for_update(of=Request)).scalar_one_or_none()
            if contested is None:
                raise NotFound(f"no request {clean}")
            if contested.appeal_of_id is not None or RequestType.APPEAL.value in contested.types:
                raise LifecycleError("appeal_of_appeal", f"{clean} is itself an appeal: the law gives one "
                                     "appeal; after it the requester may complain to the regulator.")
            if contested.status not in (RequestStatus.DENIED.value, RequestStatus.COMPLETED.value):
                raise LifecycleError("appeal_needs_decision", f"{clean} is '{contested.status}': an appeal "
                                     "contests a decision, so first close the request (denied or completed), "
                                     "then record the appeal.")
            pending = appeal_data.open_appeals(session, contested)
            if pending:
                raise LifecycleError("appeal_already_open", f"{clean} already has an open appeal, "
                                     f"{pending[0].ref}; work on that one.")
            message: Message | None = None
            if message_pk is not None:
                message = session.get(Message, message_pk)
                if message is None:
                    raise NotFound(f"no message {message_pk}")
                if message.request_id != contested.id:
                    raise InvalidInput(f"message {message_pk} is not in the thread of {clean}; give a "
                                       "message of that request (privacydesk show REF lists its thread)")
            when = (self.company_datetime(received) if received is not None
                    else message.received_at if message is not None and message.received_at is not None
                    else self.now())
            if when.astimezone(self.profile.tz).date() < contested.received_on:
                raise InvalidInput(f"the appeal cannot arrive before the request it contests "
                                   f"(received {contested.received_on.isoformat()})")
            new = NewRequest(
                email=contested.requester.primary_email, types=[RequestType.APPEAL.value],
                regime=contested.regime, regime_confirmed=contested.regime_confirmed, received=when,
                agent_name=contested.agent_name, agent_email=contested.agent_email,
                source="email" if message is not None else "manual", language=contested.language)
            appeal = self.create_in(session, new, actor, message, appeal_of=contested)
            if message is not None:
                message.kind = "request"
            for suggestion in session.execute(select(Message).where(
                    Message.request_id.in_([contested.id, appeal.id]), Message.likely_appeal.is_(True))).scalars():
                appeal_data.settle(suggestion, f"opened as appeal {appeal.ref}", actor)
            audit.record(session, "appeal_opened", actor=actor, request=contested,
                         message_pk=message.id if message is not None else None,
                         after={"appeal": appeal.ref, "appeal_received": when.isoformat()},
                         detail=f"appeal {appeal.ref} contests this decision")
            return Change(appeal.ref, ("appeal_of",), created=True)

    def dismiss_appeal_suggestion(self, message_pk: int, actor: str | None = None) -> Change:
        """Staff decided a flagged reply is not an appeal: it leaves the suggestions (audited)."""
        actor = actor or self.actor()
        with self.db.write() as session:
            message = session.get(Message, message_pk)
            if message is None or not message.likely_appeal or message.request_id is None:
                raise NotFound(f"message {message_pk} is not waiting as a likely appeal "
                               "(privacydesk appeals lists those that are)")
            req = session.get(Request, message.request_id)
            assert req is not None
            appeal_data.settle(message, "dismissed: not an appeal", actor)
            audit.record(session, "appeal_suggestion_dismissed", actor=actor, request=req, message_pk=message.id,
                         before={"likely_appeal": True}, after={"likely_appeal": False})
            return Change(req.ref, ("appeal_suggestions",))
    # -- the requester and duplicates (issue 8) ------------------------------------------------------
    def edit(self, ref: str, *, name: str | None = None, emails: Sequence[str] | None = None,
             phone: str | None = None, postal_address: str | None = None,
             types: Sequence[str] | None = None, regime: str | None = None,
             reason: str | None = None, actor: str | None = None) -> Change:
        """Correct a request's facts: the requester's name, addresses and phone, the types, the law.

        Only what is given changes (``""`` clears a name, phone or address; ``emails`` replaces the
        list). One audit event holds exactly the fields that changed, under the keys
        ``requester_name``, ``requester_emails``, ``requester_phone``, ``requester_address``,
        ``types``, ``regime``; ``reason`` is required and kept as the event's detail. The requester is
        one person across their requests: a corrected name shows on each of them.
        """
        if not reason or not reason.strip():
            raise InvalidInput("say why the request is edited (--reason TEXT); the reason is kept in the "
                               "audit trail")
        clean_types = validate_types(types) if types is not None else None
        clean_regime = validate_regime(regime) if regime is not None else None
        clean_emails: builtins.list[str] | None = None
        if emails is not None:
            clean_emails = []
            for email in emails:
                value = _clean_email(email)
                if value and value not in clean_emails:
                    clean_emails.append(value)

        def apply(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
            before: dict[str, Any] = {}
            after: dict[str, Any] = {}
            person = req.requester
            for key, attr, value in (("requester_name", "name", name), ("requester_phone", "phone", phone),
                                     ("requester_address", "postal_address", postal_address)):
                if value is None:
                    continue
                new_value = value.strip() or None
                if getattr(person, attr) != new_value:
                    before[key], after[key] = getattr(person, attr), new_value
                    setattr(person, attr, new_value)
            if clean_emails is not None:
                old = [e.email for e in person.emails]
                if clean_emails != old:
                    for email in clean_emails:
                        if email in old:
                            continue
                        owner = session.execute(
                            select(RequesterEmail).where(RequesterEmail.email == email)).scalar_one_or_none()
                        if owner is not None:
                            other = session.execute(select(Request.ref).where(
                                Request.requester_id == owner.requester_id).limit(1)).scalar_one_or_none()
                            raise InvalidInput(
                                f"{email} already belongs to another requester"
                                + (f" ({other})" if other else "")
                                + "; if it is the same person, merge the two requests instead")
                    keep = {e.email: e for e in person.emails}
                    person.emails[:] = [keep.get(e) or RequesterEmail(email=e) for e in clean_emails]
                    before["requester_emails"], after["requester_emails"] = old, list(clean_emails)
            if clean_types is not None and clean_types != list(req.types):
                before["types"], after["types"] = list(req.types), clean_types
                req.types = clean_types
            if clean_regime is not None and (clean_regime != req.regime or not req.regime_confirmed):
                before["regime"], after["regime"] = req.regime, clean_regime
                before["regime_confirmed"] = req.regime_confirmed
                req.regime = clean_regime
                req.regime_confirmed = clean_regime != Regime.UNKNOWN.value
                after["regime_confirmed"] = req.regime_confirmed
            if not after:
                raise InvalidInput(f"{req.ref}: nothing to change (the values given are the ones it has)")
            session.flush()
            return before, after, reason.strip()

        return self._change(ref, "request_edited", actor, apply)

    def merge(self, ref: str, into: str, actor: str | None = None) -> Change:
        """Two requests from the same person become one: ``ref`` is absorbed into ``into``.

        The absorbed request's messages and notes move to the kept one, its requester's addresses join
        the kept requester, and it closes as ``duplicate`` with ``merged_into`` naming the kept request;
        its audit trail stays as written (``show`` of the kept request lists both). Both requests
        get an audit event (``merged_into`` / ``merged_from``) in the same transaction. Returns the
        change of the kept request.
        """
        actor = actor or self.actor()
        try:
            with self.db.write() as session:
                absorbed = self._get(session, ref)
                kept = self._get(session, into)
                if absorbed.id == kept.id:
                    raise InvalidInput("a request cannot be merged into itself; choose the other request")
                for req, role in ((absorbed, "to merge"), (kept, "to keep")):
                    if req.status in {s.value for s in CLOSED_STATUSES}:
                        raise LifecycleError("closed_request", f"{req.ref} (the request {role}) is closed; "
                                             "reopen it before merging")
                moved_messages = list(session.execute(
                    select(Message).where(Message.request_id == absorbed.id)).scalars())
                absorbed_ref = absorbed.ref

                def keep(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
                    before: dict[str, Any] = {}
                    after: dict[str, Any] = {"merged_from": absorbed_ref}
                    person, other = req.requester, absorbed.requester
                    if other.id != person.id:
                        old = [e.email for e in person.emails]
                        still_used = session.execute(select(func.count(Request.id)).where(
                            Request.requester_id == other.id, Request.id != absorbed.id)).scalar_one()
                        if not still_used:
                            for email in list(other.emails):
                                other.emails.remove(email)
                                session.flush()
                                person.emails.append(RequesterEmail(email=email.email))
                        for key, attr in (("requester_name", "name"), ("requester_phone", "phone"),
                                          ("requester_address", "postal_address")):
                            if getattr(other, attr) and not getattr(person, attr):
                                before[key], after[key] = None, getattr(other, attr)
                                setattr(person, attr, getattr(other, attr))
                        new = [e.email for e in person.emails]
                        if new != old:
                            before["requester_emails"], after["requester_emails"] = old, new
                    merged_types = list(dict.fromkeys([*req.types, *absorbed.types]))
                    if merged_types != list(req.types):
                        before["types"], after["types"] = list(req.types), merged_types
                        req.types = merged_types
                    for message in moved_messages:
                        message.request = req
                    for note in list(absorbed.notes):
                        absorbed.notes.remove(note)
                        req.notes.append(Note(author=note.author, text=note.text, created_at=note.created_at))
                    session.flush()
                    moved = (wording.plural(len(moved_messages), "message") + f" moved from {absorbed_ref}"
                             if moved_messages else f"{absorbed_ref} had no messages")
                    return before, after, moved

                def close(session: Session, req: Request) -> tuple[dict[str, Any], dict[str, Any], str | None]:
                    before = {"status": req.status, "closed": req.closed_at.isoformat() if req.closed_at else None}
                    now = self.now()
                    req.status = RequestStatus.DUPLICATE.value
                    req.closed_at = now
                    req.merged_into = kept.ref
                    return before, {"status": req.status, "closed": now.isoformat(), "merged_into": kept.ref}, None

                change = self._change_in(session, kept, "request_merged", actor, keep)
                self._change_in(session, absorbed, "request_merged", actor, close)
                return change
        except StaleDataError as exc:
            raise ConcurrentChange(f"{ref} or {into} was changed by someone else at the same moment; "
                                   "reload them and try again.") from exc
