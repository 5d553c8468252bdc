"""Read-only queries behind the window's request list and its queues: ids first, rows on demand.

The table holds only request ids (Anki's browser ``DataModel`` pattern): ``request_ids`` filters,
searches and sorts **in SQL** and returns the ordered ids; ``request_rows`` turns the few ids the
view is about to show into ``RowData`` values. ``counts`` gives every queue's figure in one query.
All return plain values (ints, frozen dataclasses), never ORM objects, so they are safe to run on a
worker thread and hand to the GUI thread.

The clock (overdue, due soon, paused …) is SQL too: every change of a request stores the clock in
force on its row (``services/milestones.py``: ``next_milestone``, ``next_due``, ``clock_start``,
``clock_provisional``), and ``clock_state_sql`` turns those and "today" into the engine's state
with exactly the rule of ``deadlines.clock_status`` (mirrored in ``domain.calendar.
stored_clock_state``; a test compares all three). The due-soon thresholds are read from the
profile at query time, so changing them needs no recomputation.

One exception keeps this exact: a request with an open pause has provisional dates computed for the
day they were stored (``clock_volatile``/``clock_on``). On any other day, until
``milestones.refresh_paused`` runs, those few rows are left out of the SQL tallies and asked of the
engine instead.

What a row *shows* (its clock, explanations, flags) still comes from the engine
(``RequestService.clock``): a request whose dates cannot be computed (bad rule data) still gets a
row, with ``clock_error`` set, rather than disappearing from the table.

Search: every word typed must appear (accent- and case-insensitively, ``domain.folding``) in the
request's stored search key — reference, requester name and addresses, agent, opening subject
(``store/search_keys.py``); ``text`` adds a full-text search of the messages (``services/search.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, Float, Select, and_, case, cast, func, literal, null, or_, select, true
from sqlalchemy import String as SqlString
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.expression import FunctionElement

from privacydesk.domain.calendar import stored_clock_state, stored_clock_words
from privacydesk.domain.errors import InvalidInput
from privacydesk.domain.folding import search_words
from privacydesk.domain.vocab import CLOSED_STATUSES, OPEN_STATUSES, RequestStatus, Verification
from privacydesk.store.db import Database
from privacydesk.store.models import Message, Request, Requester, RequesterEmail, RequestSearch

if TYPE_CHECKING:
    from privacydesk.services.requests import RequestService
    from privacydesk.services.search import SearchService

log = logging.getLogger(__name__)

# Filters the table offers. Clock filters are SQL over the stored clock (see module docstring).
CLOCK_FILTERS = ("due_soon", "overdue", "paused")
FILTERS: tuple[str, ...] = ("open", "all", *CLOCK_FILTERS, "closed", *(s.value for s in RequestStatus))
#: Accepted too, without a place in the old filter box: requests whose next date is today.
EXTRA_FILTERS: tuple[str, ...] = ("due_today", "on_track", "extended")
#: The sidebar's queues, in order. Each is a filter for ``request_ids`` except ``to_review``
#: (messages the classifier was unsure about: the review queue lists them); every one has a
#: figure in ``Counts``.
QUEUES: tuple[str, ...] = ("new", "due_soon", "overdue", "awaiting_verification", "in_progress", "closed",
                           "all", "to_review")
#: The window's request queues, in the sidebar's order: "All open" first, then ``QUEUES`` (the review
#: queue has its own entry under Mail).
QUEUE_FILTERS: tuple[str, ...] = ("open", *(q for q in QUEUES if q != "to_review"))
SORT_KEYS = ("ref", "requester", "types", "regime", "status", "verification", "received", "due",
             "assignee")

_CLOSED = [s.value for s in CLOSED_STATUSES]
_OPEN = [s.value for s in OPEN_STATUSES]
_STATE_FILTERS = ("due_soon", "overdue", "paused", "on_track", "extended")


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
    subject: str | None = None  # the opening message's subject (None for phone/post requests)

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
    """Every queue's figure (one SQL query; see ``RequestQueries.counts``).

    Clock figures count requests by the state of their next milestone: ``due_today`` requests are
    also in ``due_soon`` (nothing is due today without being due soon).
    """

    open: int
    due_soon: int
    overdue: int
    paused: int
    total: int
    new: int = 0
    acknowledged: int = 0
    awaiting_verification: int = 0
    in_progress: int = 0
    closed: int = 0
    due_today: int = 0
    on_track: int = 0
    extended: int = 0
    to_review: int = 0  # messages waiting for a person's decision, not requests

    def of(self, queue: str) -> int:
        """The figure beside a queue of ``QUEUE_FILTERS`` (the sidebar's name for ``for_queue``)."""
        return self.for_queue(queue)

    def for_queue(self, queue: str) -> int:
        """The figure beside a queue of ``QUEUES`` (or any filter name)."""
        if queue == "all":
            return self.total
        value = getattr(self, queue, None)
        if not isinstance(value, int):
            raise QueryError(f"unknown queue {queue!r}; valid values: {', '.join(QUEUES)}")
        return value


# -- the clock in SQL --------------------------------------------------------------------------


class _DaysBetween(FunctionElement[float]):
    """``later - earlier`` in days, as a float, for two DATE expressions (SQLite and PostgreSQL)."""

    type = Float()
    name = "days_between"
    inherit_cache = True


@compiles(_DaysBetween, "sqlite")
def _days_sqlite(element: _DaysBetween, compiler: Any, **kw: Any) -> str:
    later, earlier = list(element.clauses)
    return f"(julianday({compiler.process(later, **kw)}) - julianday({compiler.process(earlier, **kw)}))"


@compiles(_DaysBetween)
def _days_default(element: _DaysBetween, compiler: Any, **kw: Any) -> str:
    later, earlier = list(element.clauses)
    # PostgreSQL: date - date is an integer number of days; float so that division is not integral.
    return (f"CAST(({compiler.process(later, **kw)} - {compiler.process(earlier, **kw)}) "
            "AS DOUBLE PRECISION)")


def days_between(later: Any, earlier: Any) -> Any:
    return _DaysBetween(later, earlier)


def stale_clause(today: date) -> Any:
    """Rows whose stored clock does not hold on ``today`` (see the module docstring)."""
    return or_(Request.clock_on.is_(None),
               and_(Request.clock_volatile.is_(True), Request.clock_on != today))


def clock_state_sql(today: date, due_soon_days: int, due_soon_fraction: float) -> Any:
    """The engine's clock state (``on_track``, ``due_soon``, ``overdue``, ``extended``, ``paused``,
    or NULL when the clock does not run) from the stored columns: ``domain.calendar.
    stored_clock_state`` in SQL."""
    today_sql = literal(today, Date)
    span = days_between(Request.next_due, Request.clock_start)
    elapsed = days_between(today_sql, Request.clock_start)
    period_gone = case((span > 0, elapsed / span >= literal(float(due_soon_fraction), Float)), else_=true())
    return case(
        (or_(Request.next_milestone.is_(None), Request.next_due.is_(None), Request.clock_start.is_(None)),
         null()),
        (Request.clock_provisional.is_(True), literal("paused")),
        (Request.next_due < today_sql, literal("overdue")),
        (or_(Request.next_due <= literal(today + timedelta(days=due_soon_days), Date), period_gone),
         literal("due_soon")),
        (and_(Request.extended.is_(True), Request.next_milestone == "respond_by_extended"),
         literal("extended")),
        else_=literal("on_track"),
    )


def _next_due_expression() -> Any:
    """Closed requests' ordering date (they have no clock): the response date in force."""
    return case(
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
        return [func.coalesce(Request.next_due, _next_due_expression())]
    raise QueryError(f"unknown sort key {sort_key!r}; valid values: {', '.join(SORT_KEYS)}")


def search_clause(search: str) -> Any | None:
    """Every word must appear in the request's folded search key (ref, requester's name and
    addresses, agent, opening subject), whatever its case or accents. ``%`` and ``_`` are literal."""
    words = search_words(search)
    if not words:
        return None
    return Request.id.in_(select(RequestSearch.request_id).where(
        and_(*(RequestSearch.key.contains(word, autoescape=True) for word in words))))


class RequestQueries:
    """Table queries over one database; the clock comes from the request service's engine."""

    def __init__(self, db: Database, requests: RequestService, search: SearchService | None = None) -> None:
        self.db = db
        self.requests = requests
        self.search = search

    def today(self) -> date:
        return self.requests.today()

    def clock_state(self, today: date | None = None) -> Any:
        profile = self.requests.profile
        return clock_state_sql(today or self.today(), profile.due_soon_days, profile.due_soon_fraction)

    # -- ids -------------------------------------------------------------------------------------
    def _ids_query(self, session: Any, filter: str, sort_key: str, descending: bool, search: str,
                   text: str, today: date) -> Select[Any]:
        query = select(Request.id)
        if sort_key == "requester":
            query = query.join(Requester, Request.requester_id == Requester.id)
        if filter == "open":
            query = query.where(Request.status.in_(_OPEN))
        elif filter in _STATE_FILTERS or filter == "due_today":
            fresh = and_(~stale_clause(today), self._state_match(filter, today))
            stale = [rid for rid, state, next_due in self._stale_states(session, today)
                     if state == filter or (filter == "due_today" and next_due == today and state != "paused")]
            query = query.where(or_(fresh, Request.id.in_(stale)) if stale else fresh)
        elif filter == "closed":
            query = query.where(Request.status.in_(_CLOSED))
        elif filter in {s.value for s in RequestStatus}:
            query = query.where(Request.status == filter)
        elif filter != "all":
            valid = [*FILTERS, *EXTRA_FILTERS]
            raise QueryError(f"unknown filter {filter!r}; valid values: {', '.join(valid)}")
        clause = search_clause(search)
        if clause is not None:
            query = query.where(clause)
        if text.strip():
            if self.search is None:
                raise QueryError("full-text search is not available here")
            query = query.where(Request.id.in_(self.search.request_ids_clause(text)))
        order: list[Any] = []
        if sort_key == "due":
            # Requests without a running clock (closed) sink below the others in both directions.
            order.append(Request.next_milestone.is_(None))
        for column in _sort_columns(sort_key):
            order.append(column.desc().nulls_last() if descending else column.asc().nulls_last())
        order.append(Request.id.desc() if descending else Request.id.asc())
        return query.order_by(*order)

    def _state_match(self, filter: str, today: date) -> Any:
        state = self.clock_state(today)
        if filter == "due_today":
            return and_(Request.next_milestone.is_not(None), Request.clock_provisional.is_(False),
                        Request.next_due == literal(today, Date))
        return state == filter

    def request_ids(self, filter: str = "open", sort_key: str = "due", descending: bool = False,
                    search: str = "", *, text: str = "") -> list[int]:
        """Ids of the requests matching ``filter``, ``search`` (ref, name, email, subject) and
        ``text`` (words in the messages, full-text), in display order."""
        today = self.today()
        with self.db.read() as session:
            query = self._ids_query(session, filter, sort_key, descending, search, text, today)
            return list(session.execute(query).scalars())

    # -- rows ------------------------------------------------------------------------------------
    def request_rows(self, ids: Sequence[int]) -> list[RowData]:
        """Rows for ``ids`` in the same order; ids that no longer exist are left out."""
        if not ids:
            return []
        with self.db.read() as session:
            subjects = self._subjects(session, ids)
            by_id = {req.id: self._row(req, subjects.get(req.id)) for req in self._load(session, ids)}
        return [by_id[i] for i in ids if i in by_id]

    def counts(self) -> Counts:
        """Every queue's figure: one query over the requests (plus the review count as a sub-query).

        Rows whose stored clock does not hold today (open pauses computed on another day) are
        tallied by the engine instead — usually none.
        """
        today = self.today()
        stale = stale_clause(today)
        # The clock is evaluated once per row (inner query); the outer one groups the few combinations.
        inner = select(
            Request.status.label("status"),
            case((stale, literal("stale")), else_=self.clock_state(today)).label("state"),
            and_(Request.next_due == literal(today, Date), Request.clock_provisional.is_(False)).label("today"),
        ).subquery()
        to_review = (select(func.count(Message.id)).where(Message.needs_review.is_(True))
                     .scalar_subquery())
        query = (select(inner.c.status, inner.c.state, inner.c.today, func.count(), to_review)
                 .group_by(inner.c.status, inner.c.state, inner.c.today))
        by_status: dict[str, int] = {}
        tally = dict.fromkeys((*_STATE_FILTERS, "due_today"), 0)
        stale_rows = review = 0
        with self.db.read() as session:
            for status, state, due_today, count, review_count in session.execute(query):
                review = int(review_count or 0)
                by_status[status] = by_status.get(status, 0) + int(count)
                if state == "stale":
                    stale_rows += int(count)
                elif state in tally:
                    tally[state] += int(count)
                    if due_today:
                        tally["due_today"] += int(count)
            if not by_status:
                review = int(session.execute(select(to_review)).scalar_one() or 0)
            if stale_rows:
                for _rid, name, next_due in self._stale_states(session, today):
                    if name in tally:
                        tally[name] += 1
                    if name not in (None, "paused") and next_due == today:
                        tally["due_today"] += 1
        return Counts(open=sum(by_status.get(s, 0) for s in _OPEN), due_soon=tally["due_soon"],
                      overdue=tally["overdue"], paused=tally["paused"], total=sum(by_status.values()),
                      new=by_status.get("new", 0), acknowledged=by_status.get("acknowledged", 0),
                      awaiting_verification=by_status.get("awaiting_verification", 0),
                      in_progress=by_status.get("in_progress", 0),
                      closed=sum(by_status.get(s, 0) for s in _CLOSED), due_today=tally["due_today"],
                      on_track=tally["on_track"], extended=tally["extended"], to_review=review)

    # -- helpers ---------------------------------------------------------------------------------
    def _stale_states(self, session: Any, today: date) -> list[tuple[int, str | None, date | None]]:
        """(id, clock state, next due) for the rows ``stale_clause`` leaves out, from the engine."""
        ids = list(session.execute(select(Request.id).where(stale_clause(today))).scalars())
        out: list[tuple[int, str | None, date | None]] = []
        for req in self._load(session, ids):
            status = self._clock(req, today)
            if status is None or status[1] is None:
                out.append((req.id, None, None))
            else:
                out.append((req.id, status[0], status[2]))
        return out

    @staticmethod
    def _subjects(session: Any, ids: Iterable[int]) -> dict[int, str | None]:
        ids = list(ids)
        out: dict[int, str | None] = {}
        for start in range(0, len(ids), 500):
            out.update((rid, subject) for rid, subject in session.execute(
                select(RequestSearch.request_id, RequestSearch.subject)
                .where(RequestSearch.request_id.in_(ids[start:start + 500]))).all())
        return out

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

    def _clock(self, req: Request, today: date | None = None
               ) -> tuple[str, str | None, date | None, int | None, str] | None:
        try:
            status = self.requests.clock(req, today)
        except Exception:
            log.exception("deadline engine failed for request id %s", req.id)
            return None
        return (str(status.status), status.next_milestone, status.due, status.days_left, status.explanation)

    def _stored_clock(self, req: Request, explanations: dict[str, str]
                      ) -> tuple[str, str | None, date | None, int | None, str] | None:
        """The row's clock from the stored columns (the same rule as the filters; no engine run), or
        None when they do not hold today (closed: the engine says on time or late; stale pauses)."""
        today = self.today()
        if (req.next_milestone is None or req.next_due is None or req.clock_on is None
                or (req.clock_volatile and req.clock_on != today)):
            return None
        profile = self.requests.profile
        state = stored_clock_state(req.next_milestone, req.next_due, req.clock_start, req.clock_provisional,
                                   req.extended, today, profile.due_soon_days, profile.due_soon_fraction)
        if state is None:
            return None
        info = req.deadline_info or {}
        words = stored_clock_words(state, req.next_milestone, req.next_due, today,
                                   info.get("next_explanation", explanations.get(req.next_milestone, "")))
        return state, req.next_milestone, req.next_due, (req.next_due - today).days, words

    def _row(self, req: Request, subject: str | None = None) -> RowData:
        tz = self.requests.profile.tz
        info = req.deadline_info or {}
        explanations: dict[str, str] = dict(info.get("explanations", {}))
        milestones = []
        for name in ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended"):
            value = getattr(req, name)
            if value is not None:
                milestones.append(MilestoneInfo(name, value, explanations.get(name, "")))
        clock = self._stored_clock(req, explanations) or self._clock(req)
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
            subject=subject,
        )


__all__ = ["CLOCK_FILTERS", "EXTRA_FILTERS", "FILTERS", "QUEUES", "SORT_KEYS", "Counts", "MilestoneInfo",
           "QueryError", "RequestQueries", "RowData", "clock_state_sql", "days_between",
           "search_clause", "stale_clause"]
