"""Stored milestones: what the deadline engine computed, kept where SQL can filter on it.

``store`` is called by ``RequestService._recompute`` — in the same transaction as every change of a
request's facts, right after the engine ran — and writes:

* on the request row, the clock in force (``next_milestone``, ``next_due``, ``clock_start``,
  ``clock_provisional``, ``clock_volatile``, ``clock_on``): counts and the overdue / due-soon /
  paused filters are SQL over these and "today" (``services/queries.py``);
* one ``request_milestones`` row per milestone with its kind (deadline, decision, possible, done):
  the calendar, the agenda, reminders and the calendar file read these.

The engine stays the only author: nothing here computes a date. ``tests/integration/
test_stored_milestones.py`` proves the stored values equal a fresh engine run.

Two maintenance jobs, both writes for the one writer: ``backfill`` stores the clock of requests from
a database older than these columns (run at start), and ``refresh_paused`` recomputes requests whose
dates depend on the day (an open pause gives provisional dates as if the awaited item arrived
today) — the window runs it at start and after midnight, the CLI before printing a calendar. Until
it runs, queries stay exact by asking the engine about those few rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from sqlalchemy import and_, delete, insert, or_, select
from sqlalchemy.orm import Session

from privacydesk.domain import deadlines
from privacydesk.domain.calendar import milestone_entries, stored_clock
from privacydesk.store.db import Database
from privacydesk.store.models import Request, RequestMilestone


class RequestService(Protocol):
    """What ``backfill`` and ``refresh_paused`` need of ``services.requests.RequestService`` (a
    protocol, so that module, which calls ``store`` here, is not imported back)."""

    db: Database

    def today(self) -> date: ...

    def recompute_where(self, where: Any, detail: str, actor: str | None = None) -> int: ...


NEXT_EXPLANATION = "next_explanation"


def store(session: Session, req: Request, schedule: deadlines.Schedule, facts: deadlines.DeadlineFacts,
          status: deadlines.ClockStatus, today: date) -> None:
    """Write the engine's result for ``req`` (which must have an id)."""
    clock = stored_clock(schedule, facts, status)
    if req.next_milestone != clock.next_milestone:
        req.next_milestone = clock.next_milestone
    if req.next_due != clock.next_due:
        req.next_due = clock.next_due
    if req.clock_start != clock.start:
        req.clock_start = clock.start
    if req.clock_provisional != clock.provisional:
        req.clock_provisional = clock.provisional
    if req.clock_volatile != clock.volatile:
        req.clock_volatile = clock.volatile
    if req.clock_on != today:
        req.clock_on = today
    # The rule behind the date in force, as the engine words it (a multi-type request that was
    # extended may be bound by a type that allows no extension): rows show it without the engine.
    target = status.explanation.split(" — ", 1)[1] if " — " in status.explanation else ""
    if clock.next_milestone is not None and (req.deadline_info or {}).get(NEXT_EXPLANATION) != target:
        req.deadline_info = {**(req.deadline_info or {}), NEXT_EXPLANATION: target}
    wanted = milestone_rows(schedule, facts, status)
    have = {(name, due, kind, bool(provisional), bool(is_next), start)
            for name, due, kind, provisional, is_next, start in session.execute(
                select(RequestMilestone.name, RequestMilestone.due, RequestMilestone.kind,
                       RequestMilestone.provisional, RequestMilestone.is_next, RequestMilestone.start)
                .where(RequestMilestone.request_id == req.id))}
    if wanted == have:
        return
    session.execute(delete(RequestMilestone).where(RequestMilestone.request_id == req.id))
    if wanted:
        session.execute(insert(RequestMilestone), [
            {"request_id": req.id, "name": name, "due": due, "kind": kind, "provisional": provisional,
             "is_next": is_next, "start": start}
            for name, due, kind, provisional, is_next, start in sorted(wanted)])


MilestoneRow = tuple[str, date, str, bool, bool, "date | None"]


def milestone_rows(schedule: deadlines.Schedule, facts: deadlines.DeadlineFacts,
                   status: deadlines.ClockStatus) -> set[MilestoneRow]:
    """The ``request_milestones`` rows for one request: (name, due, kind, provisional, is_next,
    start). None while the clock does not run (a closed request has nothing due)."""
    clock = stored_clock(schedule, facts, status)
    if clock.next_milestone is None:
        return set()
    return {(e.name, e.due, e.kind.value, e.provisional, e.name == clock.next_milestone,
             clock.start if e.name == clock.next_milestone else None)
            for e in milestone_entries(schedule, facts, status)}


def backfill(requests: RequestService) -> int:
    """Store the clock of requests that have none yet (a database from before issue 12). A read
    first, so an up-to-date database costs no write lock at start."""
    with requests.db.read() as session:
        if session.execute(select(Request.id).where(Request.clock_on.is_(None)).limit(1)).first() is None:
            return 0
    return requests.recompute_where(Request.clock_on.is_(None),
                                    detail="dates stored for the calendar (first start of this version)")


def refresh_paused(requests: RequestService, today: date | None = None) -> int:
    """Recompute requests whose provisional dates were computed on another day; returns how many
    moved. The moves are audited ("dates recomputed: waiting for the requester")."""
    day = today or requests.today()
    return requests.recompute_where(
        and_(Request.clock_volatile.is_(True), or_(Request.clock_on.is_(None), Request.clock_on != day)),
        detail="provisional dates moved: still waiting for the requester")
