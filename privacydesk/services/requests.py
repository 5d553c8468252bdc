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

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from privacydesk.domain import deadlines
from privacydesk.domain.display import MAX_LINE_CHARS, bounded
from privacydesk.domain.errors import InvalidInput, NotFound, StaleWrite
from privacydesk.domain.lifecycle import LifecycleError, check_status_change, check_verification_change
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.references import format_ref, normalise_ref
from privacydesk.domain.vocab import (
    CLOSED_STATUSES,
    Milestone,
    PauseReason,
    Regime,
    RequestStatus,
    RequestType,
    Verification,
    VerificationMethod,
    values,
)
from privacydesk.services import audit
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

OPT_OUT_TYPES = frozenset({RequestType.OPT_OUT_SALE.value, RequestType.OPT_OUT_MARKETING.value})
MILESTONE_NAMES = tuple(m.value for m in Milestone)


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


def _clean_email(email: str | None) -> str | None:
    if email is None:
        return None
    email = email.strip().lower()
    if not email:
        return None
    if "@" not in email or " " in email or email.startswith("@") or email.endswith("@"):
        raise InvalidInput(f"{email!r} is not an email address")
    return email


class RequestService:
    def __init__(self, db: Database, profile: CompanyProfile, rules: deadlines.RuleBook,
                 clock: Callable[[], datetime] | None = None,
                 actor: Callable[[], str] | None = None) -> None:
        self.db = db
        self.profile = profile
        self.rules = rules
        self._clock = clock or (lambda: datetime.now(UTC))
        self._actor = actor or audit.current_actor

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
                  message: Message | None = None) -> Request:
        """Create a request inside an existing transaction (used by mail ingest too)."""
        types = validate_types(new.types)
        regime = validate_regime(new.regime) if new.regime else Regime.UNKNOWN.value
        email = _clean_email(new.email)
        received = self.company_datetime(new.received) if new.received else self.now()
        received_on = received.astimezone(self.profile.tz).date()
        requester = self._find_or_create_requester(session, email, new)
        ref = self._next_ref(session, received_on.year)
        verification = (Verification.NOT_REQUIRED if set(types) <= OPT_OUT_TYPES else Verification.PENDING)
        req = Request(
            ref=ref, types=types, regime=regime, regime_confirmed=(new.regime is not None if new.regime_confirmed is None
                                                  else new.regime_confirmed),
            requester=requester, agent_name=(new.agent_name or None),
            agent_email=_clean_email(new.agent_email), received_at=received, received_on=received_on,
            source=new.source, language=new.language, status=RequestStatus.NEW.value,
            verification=verification.value, flags=list(dict.fromkeys(new.flags)),
        )
        session.add(req)
        session.flush()
        if message is not None:
            message.request = req
        self._recompute(session, req)
        audit.record(session, "request_created", actor=actor, request=req,
                     after=self._snapshot(req), message_pk=message.id if message is not None else None,
                     detail=f"source: {new.source}")
        return req

    def _find_or_create_requester(self, session: Session, email: str | None, new: NewRequest) -> Requester:
        requester = None
        if email:
            requester = session.execute(
                select(Requester).join(RequesterEmail).where(RequesterEmail.email == email)
            ).scalar_one_or_none()
        if requester is None:
            requester = Requester(name=new.name or None, postal_address=new.postal_address, phone=new.phone)
            if email:
                requester.emails.append(RequesterEmail(email=email))
            session.add(requester)
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
                taken = session.execute(
                    select(RequesterEmail).where(RequesterEmail.email == extra_clean)).scalar_one_or_none()
                if taken is None:
                    requester.emails.append(RequesterEmail(email=extra_clean))
        session.flush()
        return requester

    def _next_ref(self, session: Session, year: int) -> str:
        counter = session.execute(
            select(RefCounter).where(RefCounter.year == year).with_for_update()).scalar_one_or_none()
        if counter is None:
            counter = RefCounter(year=year, last=0)
            session.add(counter)
        counter.last += 1
        session.flush()
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

    def list(self, status: str | None = None) -> list[dict[str, Any]]:
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
            return [self._as_json(r, counts.get(r.id, 0), today) for r in requests]

    def show(self, ref: str) -> dict[str, Any]:
        with self.db.read() as session:
            req = self._get(session, ref)
            messages = list(session.execute(
                select(Message).where(Message.request_id == req.id)
                .order_by(Message.received_at, Message.id)).scalars())
            data = self._as_json(req, len(messages), self.today())
            data["explanations"] = dict(req.deadline_info.get("explanations", {}))
            data["notes_deadline"] = list(req.deadline_info.get("notes", []))
            data["pauses"] = [
                {"waiting_for": p.waiting_for, "started": p.started_on.isoformat(),
                 "ended": p.ended_on.isoformat() if p.ended_on else None, "note": p.note}
                for p in req.pauses
            ]
            data["notes"] = [{"at": n.created_at.isoformat(), "author": n.author, "text": n.text}
                             for n in req.notes]
            data["thread"] = [self._message_json(m) for m in messages]
            events = session.execute(
                select(AuditEvent).where(AuditEvent.request_id == req.id).order_by(AuditEvent.id)).scalars()
            data["audit"] = [audit.event_as_json(e, self.profile.tz) for e in events]
            return data

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

    def _message_json(self, m: Message) -> dict[str, Any]:
        return {
            "id": m.id,
            "message_id": m.message_id,
            "direction": m.direction,
            "kind": m.kind,
            "from": {"name": m.sender_name, "email": m.sender_email},
            # Headers can be megabytes long (hostile mail): views get a bounded form, the database
            # keeps the whole value (issue 11).
            "subject": bounded(m.subject, MAX_LINE_CHARS) if m.subject else m.subject,
            "date": m.date_header.isoformat() if m.date_header else None,
            "received": (m.received_at.astimezone(self.profile.tz).isoformat() if m.received_at else None),
            "received_uncertain": bool(m.received_uncertain),
            "text": m.text,
            "attachments": m.attachments,
            "defects": m.defects,
        }

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

    def _as_json(self, req: Request, message_count: int, today: date) -> dict[str, Any]:
        tz = self.profile.tz
        requester = req.requester
        agent = ({"name": req.agent_name, "email": req.agent_email}
                 if (req.agent_name or req.agent_email) else None)
        status = self.clock(req, today)
        return {
            "ref": req.ref,
            "status": req.status,
            "verification": req.verification,
            "verification_method": req.verification_method,
            "types": list(req.types),
            "regime": req.regime,
            "regime_confirmed": req.regime_confirmed,
            "requester": {
                "name": requester.name,
                "email": requester.primary_email,
                "emails": [e.email for e in requester.emails],
                "postal_address": requester.postal_address,
                "phone": requester.phone,
            },
            "agent": agent,
            "received": req.received_at.astimezone(tz).isoformat(),
            "received_date": req.received_on.isoformat(),
            "milestones": {name: (getattr(req, name).isoformat() if getattr(req, name) else None)
                           for name in MILESTONE_NAMES},
            "clock": {
                "status": status.status,
                "next_milestone": status.next_milestone,
                "due": status.due.isoformat() if status.due else None,
                "days_left": status.days_left,
            },
            "flags": list(dict.fromkeys([*(req.flags or []), *req.deadline_info.get("flags", [])])),
            "messages": message_count,
            "source": req.source,
            "language": req.language,
            "assignee": req.assignee,
            "outcome": req.outcome,
            "extended": req.extended,
            "extension_reason": req.extension_reason,
            "acknowledged": req.acknowledged_at.astimezone(tz).isoformat() if req.acknowledged_at else None,
            "closed": req.closed_at.astimezone(tz).isoformat() if req.closed_at else None,
        }

    # -- milestones ------------------------------------------------------------------------------
    def _recompute(self, session: Session, req: Request) -> dict[str, tuple[str | None, str | None]]:
        """Rewrite the stored milestones from the facts; return {name: (old, new)} that changed."""
        self._refresh_repeat_count(session, req)
        schedule = deadlines.compute(self.facts(req), self.profile, self.rules, today=self.today())
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
        return changed

    def _refresh_repeat_count(self, session: Session, req: Request) -> None:
        if RequestType.ACCESS.value not in req.types or req.id is None:
            count = 0
        else:
            since = req.received_on - timedelta(days=365)
            rows = session.execute(
                select(Request.types).where(
                    Request.requester_id == req.requester_id, Request.id != req.id,
                    Request.received_on >= since, Request.received_on <= req.received_on,
                    Request.status.not_in([RequestStatus.NOT_A_REQUEST.value, RequestStatus.DUPLICATE.value]),
                )).scalars()
            count = sum(1 for types in rows if RequestType.ACCESS.value in types)
        if req.deadline_info.get("prior_access_requests_12m") != count:
            info = dict(req.deadline_info)
            info["prior_access_requests_12m"] = count
            req.deadline_info = info

    def recompute_all(self, actor: str | None = None) -> int:
        """Recompute every request (after a rules or profile change); audit each date that moved."""
        actor = actor or self.actor()
        moved = 0
        with self.db.write() as session:
            for req in session.execute(select(Request)).scalars():
                changed = self._recompute(session, req)
                if changed:
                    moved += 1
                    audit.record(session, "milestones_recomputed", actor=actor, request=req,
                                 before={k: v[0] for k, v in changed.items()},
                                 after={k: v[1] for k, v in changed.items()},
                                 detail="rules or company profile changed")
        return moved

    @staticmethod
    def _snapshot(req: Request) -> dict[str, Any]:
        return {
            "status": req.status, "verification": req.verification, "types": list(req.types),
            "regime": req.regime, "received": req.received_at.isoformat(),
            "requester_email": req.requester.primary_email if req.requester else None,
            "agent_email": req.agent_email,
            **{n: (getattr(req, n).isoformat() if getattr(req, n) else None) for n in MILESTONE_NAMES},
        }

    # -- changes -----------------------------------------------------------------------------------
    def _change(self, ref: str, action: str, actor: str | None,
                apply: Callable[[Session, Request], tuple[dict[str, Any], dict[str, Any], str | None]]
                ) -> Change:
        """Run one change: apply, recompute milestones, audit — all in one transaction."""
        actor = actor or self.actor()
        try:
            with self.db.write() as session:
                req = self._get(session, ref)
                before, after, detail = apply(session, req)
                moved = self._recompute(session, req)
                for name, (old, new) in moved.items():
                    before[name] = old
                    after[name] = new
                audit.record(session, action, actor=actor, request=req, before=before, after=after,
                             detail=detail)
                return Change(req.ref, tuple(after))
        except StaleDataError as exc:
            raise ConcurrentChange(f"{ref} was changed by someone else at the same moment; "
                                   "reload it and try again.") from exc

    def set_status(self, ref: str, status: str, reason: str | None = None, actor: str | None = None,
                   outcome: str | None = None) -> Change:
        try:
            new = RequestStatus(status.strip().lower())
        except ValueError:
            raise InvalidInput(f"unknown status {status!r}; valid values: {', '.join(values(RequestStatus))}") from None

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
                if outcome:
                    before["outcome"], after["outcome"] = req.outcome, outcome
                    req.outcome = outcome
            elif current in CLOSED_STATUSES:
                before["closed"] = req.closed_at.isoformat() if req.closed_at else None
                req.closed_at = None
                after["closed"] = None
            if (new != RequestStatus.NEW and req.acknowledged_at is None
                    and current == RequestStatus.NEW and new != RequestStatus.NOT_A_REQUEST):
                # Moving past "new" means the requester has been answered at least once.
                req.acknowledged_at = now
                after["acknowledged"] = now.isoformat()
            req.status = new.value
            return before, after, reason

        return self._change(ref, "status_changed", actor, apply)

    def verify(self, ref: str, method: str | None, state: str = "verified", actor: str | None = None,
               note: str | None = None) -> Change:
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
            return before, after, note

        return self._change(ref, "verification_changed", actor, apply)

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

        return self._change(ref, "deadline_extended", actor, apply)

    def pause(self, ref: str, waiting_for: str, on: date | None = None, note: str | None = None,
              actor: str | None = None) -> Change:
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

        return self._change(ref, "clock_paused", actor, apply)

    def resume(self, ref: str, on: date | None = None, actor: str | None = None) -> Change:
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

        return self._change(ref, "clock_resumed", actor, apply)

