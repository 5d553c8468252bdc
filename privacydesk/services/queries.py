"""Read-only queries behind the window's triage table: ids first, rows on demand.

The table holds only request ids (Anki's browser ``DataModel`` pattern): ``request_ids`` filters,
searches and sorts **in SQL** and returns the ordered ids; ``request_rows`` turns the few ids the
view is about to show into ``RowData`` values. Both return plain values (ints, frozen dataclasses),
never ORM objects, so they are safe to run on a worker thread and hand to the GUI thread.

Two things are not plain columns:

* The *next milestone* used for sorting by due date is a SQL ``CASE`` over the stored milestone
  columns (``acknowledge_by`` until acknowledged, then ``respond_by`` or ``respond_by_extended`` once
  extended). It mirrors the deadline engine's rule only for ordering; what a row *shows* always comes
  from the engine (``RequestService.clock``).
* The clock status (due soon, overdue, paused …) depends on today and on the profile's thresholds,
  so the ``due_soon``/``overdue``/``paused`` filters narrow to open requests in SQL and then ask the
  engine about each of them. Open requests are few (tens to hundreds) for the businesses we serve.

Hazard: ``RequestService.clock`` runs the deadline engine; a request whose dates cannot be computed
(bad rule data) still gets a row, with ``clock_error`` set, rather than disappearing from the table.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, case, cast, exists, func, or_, select
from sqlalchemy import String as SqlString
from sqlalchemy.orm import selectinload

from privacydesk.domain.errors import InvalidInput
from privacydesk.domain.vocab import CLOSED_STATUSES, OPEN_STATUSES, RequestStatus, Verification
from privacydesk.store.db import Database
from privacydesk.store.models import Request, Requester, RequesterEmail

if TYPE_CHECKING:
    from privacydesk.services.requests import RequestService

log = logging.getLogger(__name__)

# Filters the table offers. Clock filters need the deadline engine (see module docstring).
CLOCK_FILTERS = ("due_soon", "overdue", "paused")
FILTERS: tuple[str, ...] = ("open", "all", *CLOCK_FILTERS, "closed", *(s.value for s in RequestStatus))
SORT_KEYS = ("ref", "requester", "types", "regime", "status", "verification", "received", "due",
             "assignee")

_CLOSED = [s.value for s in CLOSED_STATUSES]
_OPEN = [s.value for s in OPEN_STATUSES]


class QueryError(InvalidInput):
    """An unknown filter or sort key (a programming error in the caller)."""


@dataclass(frozen=True)
class MilestoneInfo:
    name: str
    due: date
    explanation: str


@dataclass(frozen=True)
class RowData:
    """What one row of the triage table shows. Plain values only: safe to pass between threads."""

    id: int
    ref: str
    requester_name: str | None
    requester_email: str | None
    agent: str | None
    types: tuple[str, ...]
    regime: str
    regime_confirmed: bool
    status: str
    verification: str
    received: datetime  # aware, in the company's time zone
    assignee: str | None
    milestones: tuple[MilestoneInfo, ...]
    flags: tuple[str, ...]
    clock_status: str | None  # deadlines.ClockState value; None if the engine failed
    next_milestone: str | None
    due: date | None
    days_left: int | None
    clock_explanation: str
    clock_error: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status in _OPEN

    @property
    def requester_label(self) -> str:
        return self.requester_name or self.requester_email or "(no name)"

    def explanation(self, milestone: str | None) -> str:
        for m in self.milestones:
            if m.name == milestone:
                return m.explanation
        return ""


@dataclass(frozen=True)
class Counts:
    """The status bar's figures."""

    open: int
    due_soon: int
    overdue: int
    paused: int
    total: int


def _next_due_expression() -> Any:
    """SQL for the next milestone's date (ordering only; the engine decides what is shown)."""
    return case(
        (and_(Request.acknowledged_at.is_(None), Request.acknowledge_by.is_not(None)), Request.acknowledge_by),
        (and_(Request.extended.is_(True), Request.respond_by_extended.is_not(None)), Request.respond_by_extended),
        else_=Request.respond_by,
    )


def _rank(column: Any, order: Sequence[str]) -> Any:
    return case({value: index for index, value in enumerate(order)}, value=column, else_=len(order))


def _primary_email() -> Any:
    return (select(RequesterEmail.email).where(RequesterEmail.requester_id == Requester.id)
            .order_by(RequesterEmail.id).limit(1).scalar_subquery())


def _sort_columns(sort_key: str) -> list[Any]:
    if sort_key == "ref":
        return [Request.ref]
    if sort_key == "requester":
        return [func.lower(func.coalesce(Requester.name, _primary_email(), ""))]
    if sort_key == "types":
        return [cast(Request.types, SqlString)]
    if sort_key == "regime":
        return [Request.regime]
    if sort_key == "status":
        return [_rank(Request.status, [s.value for s in RequestStatus])]
    if sort_key == "verification":
        return [_rank(Request.verification, [v.value for v in Verification])]
    if sort_key == "received":
        return [Request.received_at]
    if sort_key == "assignee":
        return [func.lower(func.coalesce(Request.assignee, ""))]
    if sort_key == "due":
        return [_next_due_expression()]
    raise QueryError(f"unknown sort key {sort_key!r}; valid values: {', '.join(SORT_KEYS)}")


def _search_clause(search: str) -> Any | None:
    """Every word must match the ref, the requester's name or email, or the agent (case-insensitive)."""
    words = search.split()
    if not words:
        return None
    clauses = []
    for word in words:
        needle = word.lower()
        clauses.append(or_(
            func.lower(Request.ref).contains(needle, autoescape=True),
            func.lower(func.coalesce(Requester.name, "")).contains(needle, autoescape=True),
            func.lower(func.coalesce(Request.agent_name, "")).contains(needle, autoescape=True),
            func.lower(func.coalesce(Request.agent_email, "")).contains(needle, autoescape=True),
            exists().where(RequesterEmail.requester_id == Requester.id,
                           RequesterEmail.email.contains(needle, autoescape=True)),
        ))
    return and_(*clauses)


class RequestQueries:
    """Table queries over one database; the clock comes from the request service's engine."""

    def __init__(self, db: Database, requests: RequestService) -> None:
        self.db = db
        self.requests = requests

    def today(self) -> date:
        return self.requests.today()

    # -- ids -------------------------------------------------------------------------------------
    def _ids_query(self, filter: str, sort_key: str, descending: bool, search: str) -> Select[Any]:
        query = select(Request.id).join(Requester, Request.requester_id == Requester.id)
        if filter in ("open", *CLOCK_FILTERS):
            query = query.where(Request.status.in_(_OPEN))
        elif filter == "closed":
            query = query.where(Request.status.in_(_CLOSED))
        elif filter in {s.value for s in RequestStatus}:
            query = query.where(Request.status == filter)
        elif filter != "all":
            raise QueryError(f"unknown filter {filter!r}; valid values: {', '.join(FILTERS)}")
        clause = _search_clause(search)
        if clause is not None:
            query = query.where(clause)
        order: list[Any] = []
        if sort_key == "due":
            # Closed requests have nothing due: they sink below the open ones in both directions.
            order.append(Request.status.in_(_CLOSED))
        for column in _sort_columns(sort_key):
            order.append(column.desc().nulls_last() if descending else column.asc().nulls_last())
        order.append(Request.id.desc() if descending else Request.id.asc())
        return query.order_by(*order)

    def request_ids(self, filter: str = "open", sort_key: str = "due", descending: bool = False,
                    search: str = "") -> list[int]:
        """Ids of the requests matching ``filter`` and ``search``, in display order."""
        query = self._ids_query(filter, sort_key, descending, search)
        with self.db.read() as session:
            ids = list(session.execute(query).scalars())
            if filter not in CLOCK_FILTERS or not ids:
                return ids
            wanted = set()
            for req in self._load(session, ids):
                status = self._clock(req)
                if status is not None and status[0] == filter:
                    wanted.add(req.id)
            return [i for i in ids if i in wanted]

    # -- rows ------------------------------------------------------------------------------------
    def request_rows(self, ids: Sequence[int]) -> list[RowData]:
        """Rows for ``ids`` in the same order; ids that no longer exist are left out."""
        if not ids:
            return []
        with self.db.read() as session:
            by_id = {req.id: self._row(req) for req in self._load(session, ids)}
        return [by_id[i] for i in ids if i in by_id]

    def counts(self) -> Counts:
        with self.db.read() as session:
            total = session.execute(select(func.count(Request.id))).scalar_one()
            open_ids = list(session.execute(select(Request.id).where(Request.status.in_(_OPEN))).scalars())
            tally = {name: 0 for name in CLOCK_FILTERS}
            for req in self._load(session, open_ids):
                status = self._clock(req)
                if status is not None and status[0] in tally:
                    tally[status[0]] += 1
        return Counts(open=len(open_ids), due_soon=tally["due_soon"], overdue=tally["overdue"],
                      paused=tally["paused"], total=int(total))

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def _load(session: Any, ids: Iterable[int]) -> list[Request]:
        ids = list(ids)
        out: list[Request] = []
        # Chunked: SQLite allows a limited number of bound parameters per statement.
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out.extend(session.execute(
                select(Request).where(Request.id.in_(chunk))
                .options(selectinload(Request.requester).selectinload(Requester.emails),
                         selectinload(Request.pauses))).scalars())
        return out

    def _clock(self, req: Request) -> tuple[str, str | None, date | None, int | None, str] | None:
        try:
            status = self.requests.clock(req)
        except Exception:
            log.exception("deadline engine failed for request id %s", req.id)
            return None
        return (str(status.status), status.next_milestone, status.due, status.days_left, status.explanation)

    def _row(self, req: Request) -> RowData:
        tz = self.requests.profile.tz
        info = req.deadline_info or {}
        explanations: dict[str, str] = dict(info.get("explanations", {}))
        milestones = []
        for name in ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended"):
            value = getattr(req, name)
            if value is not None:
                milestones.append(MilestoneInfo(name, value, explanations.get(name, "")))
        clock = self._clock(req)
        requester = req.requester
        return RowData(
            id=req.id,
            ref=req.ref,
            requester_name=requester.name if requester else None,
            requester_email=requester.primary_email if requester else None,
            agent=req.agent_name or req.agent_email,
            types=tuple(req.types),
            regime=req.regime,
            regime_confirmed=bool(req.regime_confirmed),
            status=req.status,
            verification=req.verification,
            received=req.received_at.astimezone(tz),
            assignee=req.assignee,
            milestones=tuple(milestones),
            flags=tuple(info.get("flags", [])),
            clock_status=clock[0] if clock else None,
            next_milestone=clock[1] if clock else None,
            due=clock[2] if clock else None,
            days_left=clock[3] if clock else None,
            clock_explanation=clock[4] if clock else "",
            clock_error=None if clock else "the deadline engine could not compute this request's dates",
        )
