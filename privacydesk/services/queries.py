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
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, case, cast, exists, func, or_, select
from sqlalchemy import String as SqlString
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.functions import FunctionElement

from privacydesk.domain.errors import InvalidInput
from privacydesk.domain.vocab import CLOSED_STATUSES, OPEN_STATUSES, RequestStatus, Verification
from privacydesk.store.db import Database
from privacydesk.store.models import Message, Request, Requester, RequesterEmail

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
    """How many requests each queue of the window's sidebar holds (and the status bar's figures)."""

    open: int
    due_soon: int
    overdue: int
    paused: int
    total: int
    new: int = 0
    awaiting_verification: int = 0
    in_progress: int = 0
    closed: int = 0
    to_review: int = 0  # messages waiting for a person's decision, not requests

    @property
    def all(self) -> int:
        return self.total

    def of(self, queue: str) -> int:
        """The count of a queue by its filter name (``QUEUE_FILTERS``), or of "to_review"."""
        return int(getattr(self, queue))


#: The sidebar's request queues, in order, each the name of a filter ``request_ids`` accepts.
QUEUE_FILTERS: tuple[str, ...] = ("open", "new", "due_soon", "overdue", "awaiting_verification", "in_progress",
                                  "closed", "all")


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


# -- accent- and case-insensitive search (issue 8) --------------------------------------------------
# "kruger" and "KRÜGER" find Krüger, "emile" finds ÉMILE: the needle and the columns are both folded
# (case-folded, accents removed). SQLite gets the Python ``fold`` as a SQL function on each read
# connection; PostgreSQL folds with ``translate(lower(...))`` over the Latin letters of ``_FOLD_FROM``.

_FOLD_EXTRA = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae",
                             "ß": "ss", "þ": "th", "ð": "d"})
_FOLD_FROM = "àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž"
_FOLD_TO = "".join(unicodedata.normalize("NFKD", c)[0] for c in _FOLD_FROM)  # the base letters


def fold(text: str | None) -> str:
    """``text`` case-folded and without accents: what search compares."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD_EXTRA)


class _folded(FunctionElement[str]):
    """``fold(column)`` in SQL (see ``fold``)."""

    type = SqlString()
    inherit_cache = True
    name = "pd_fold"


@compiles(_folded)
def _fold_sqlite(element: _folded, compiler: Any, **kw: Any) -> str:
    return f"pd_fold({compiler.process(element.clauses, **kw)})"


@compiles(_folded, "postgresql")
def _fold_postgresql(element: _folded, compiler: Any, **kw: Any) -> str:
    inner = compiler.process(element.clauses, **kw)
    # Upper-case letters too: lower() leaves them alone under a C-locale database.
    return f"translate(lower({inner}), '{_FOLD_FROM}{_FOLD_FROM.upper()}', '{_FOLD_TO}{_FOLD_TO}')"


def _install_fold(session: Any) -> None:
    """Give this session's SQLite connection the ``pd_fold`` function (idempotent, cheap)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.dbapi_connection
    if raw is not None:
        raw.create_function("pd_fold", 1, fold, deterministic=True)


def _contains(column: Any, needle: str) -> Any:
    return _folded(func.coalesce(column, "")).contains(needle, autoescape=True)


def _search_clause(search: str) -> Any | None:
    """Every word must match the ref, the requester's name or email, or the agent (case- and
    accent-insensitive)."""
    words = fold(search).split()
    if not words:
        return None
    clauses = []
    for needle in words:
        clauses.append(or_(
            func.lower(Request.ref).contains(needle, autoescape=True),
            _contains(Requester.name, needle),
            _contains(Request.agent_name, needle),
            _contains(Request.agent_email, needle),
            exists().where(RequesterEmail.requester_id == Requester.id, _contains(RequesterEmail.email, needle)),
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
            if search.strip():
                _install_fold(session)
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
        """Every sidebar queue's count in one read."""
        with self.db.read() as session:
            total = session.execute(select(func.count(Request.id))).scalar_one()
            by_status = dict(session.execute(select(Request.status, func.count(Request.id))
                                             .group_by(Request.status)).all())
            open_ids = list(session.execute(select(Request.id).where(Request.status.in_(_OPEN))).scalars())
            tally = {name: 0 for name in CLOCK_FILTERS}
            for req in self._load(session, open_ids):
                status = self._clock(req)
                if status is not None and status[0] in tally:
                    tally[status[0]] += 1
            to_review = session.execute(select(func.count(Message.id)).where(Message.needs_review.is_(True))
                                        ).scalar_one()
        return Counts(open=len(open_ids), due_soon=tally["due_soon"], overdue=tally["overdue"],
                      paused=tally["paused"], total=int(total), new=int(by_status.get("new", 0)),
                      awaiting_verification=int(by_status.get("awaiting_verification", 0)),
                      in_progress=int(by_status.get("in_progress", 0)),
                      closed=sum(int(by_status.get(s, 0)) for s in _CLOSED), to_review=int(to_review))

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
