"""The calendar of due dates: month grid, one day's list and the agenda — SQL over stored milestones.

Everything here reads the ``request_milestones`` rows and the clock columns that the deadline
engine's recomputation stores (``services/milestones.py``); nothing recomputes a date. Urgency is
``domain.calendar.milestone_urgency``, for listed items from the request's stored clock and for the
month's per-day tallies from the milestone rows alone (``group_urgency``); a test keeps the two equal.

What is listed: milestones of requests whose clock runs (open requests, and appeals being
answered), of kinds ``deadline`` and ``decision``; ``possible`` dates (the extended reply date
before any extension) and ``done`` ones only when asked (``everything=True``). Days show whether
they are business days and name public holidays and company closures; a milestone on a closed day
carries a warning (``closed_day``) — the legal date itself never moves for the company's closures.

Typed results (frozen dataclasses) for the window's calendar part and the CLI::

    cal.month(2026, 12) -> MonthView      # 6 x 7 DaySummary grid starting on Monday
    cal.day(date) -> tuple[CalendarItem]  # clicking a day
    cal.agenda(days=30) -> Agenda         # overdue first, today, tomorrow, this week, later
    cal.items(start, end, overdue=True) -> list[CalendarItem]
"""

from __future__ import annotations

import calendar as pycalendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, null, or_, select

from privacydesk.domain import deadlines
from privacydesk.domain.calendar import (
    SECTION_ORDER,
    SECTION_WORDS,
    BusinessCalendar,
    MilestoneKind,
    Section,
    Urgency,
    milestone_urgency,
    milestone_words,
    section_of,
    stored_clock_state,
)
from privacydesk.domain.errors import InvalidInput
from privacydesk.store.db import Database
from privacydesk.store.models import Request, Requester, RequestMilestone

if TYPE_CHECKING:
    from privacydesk.domain.profile import CompanyProfile
    from privacydesk.services.requests import RequestService

SHOWN_KINDS = (MilestoneKind.DEADLINE.value, MilestoneKind.DECISION.value)
# Most urgent first: the colour a day cell takes.
URGENCY_ORDER = (Urgency.OVERDUE, Urgency.DUE_TODAY, Urgency.DUE_SOON, Urgency.PAUSED, Urgency.ON_TRACK,
                 Urgency.INFO, Urgency.DONE)
MAX_RANGE_DAYS = 3 * 366


@dataclass(frozen=True)
class CalendarItem:
    """One milestone of one request, as lists and calendar files show it."""

    request_id: int
    ref: str
    milestone: str  # identifier (acknowledge_by …)
    label: str  # plain words ("Reply due")
    date: date
    days_left: int
    kind: str  # domain.calendar.MilestoneKind value
    urgency: str  # domain.calendar.Urgency value
    section: str  # domain.calendar.Section value
    status: str  # the request's status (new, in_progress …)
    clock_status: str | None  # the request's clock (on_track, due_soon, overdue …); None if not running
    provisional: bool  # waiting for the requester: the date moves until they answer
    closed_day: str | None  # warning when the date is not a working day for the company
    requester: str | None  # name, else email (for the window and CLI; calendar files omit it)


@dataclass(frozen=True)
class DaySummary:
    date: date
    in_month: bool
    business_day: bool
    holiday: str | None
    closed: str | None  # why the company is closed that day (weekend, holiday, closure), or None
    total: int  # milestones shown that day
    by_urgency: tuple[tuple[str, int], ...]  # (urgency, count), most urgent first
    is_today: bool

    @property
    def worst(self) -> str | None:
        return self.by_urgency[0][0] if self.by_urgency else None


@dataclass(frozen=True)
class MonthView:
    year: int
    month: int
    today: date
    weeks: tuple[tuple[DaySummary, ...], ...]  # six weeks, Monday first
    total: int  # milestones shown in the month itself

    @property
    def days(self) -> tuple[DaySummary, ...]:
        return tuple(d for week in self.weeks for d in week)

    def summary(self, day: date) -> DaySummary | None:
        for d in self.days:
            if d.date == day:
                return d
        return None


@dataclass(frozen=True)
class AgendaSection:
    section: str  # domain.calendar.Section value
    label: str
    items: tuple[CalendarItem, ...]  # the first ``limit`` when a limit was asked
    total: int  # how many there are in all

    @property
    def more(self) -> int:
        return self.total - len(self.items)


@dataclass(frozen=True)
class Agenda:
    today: date
    until: date
    sections: tuple[AgendaSection, ...]  # in order: overdue, today, tomorrow, this week, later

    @property
    def items(self) -> tuple[CalendarItem, ...]:
        return tuple(i for s in self.sections for i in s.items)


def group_urgency(kind: str, due: date, provisional: bool, start: date | None, today: date, due_soon_days: int,
                  due_soon_fraction: float) -> str:
    """``milestone_urgency`` for a milestone row: ``start`` is set only for the milestone in force,
    whose "due soon" also counts the share of its period gone (as the request's clock does)."""
    state = None
    if start is not None:
        span = (due - start).days
        gone = (today - start).days / span if span > 0 else 1.0
        state = deadlines.ClockState.DUE_SOON.value if gone >= due_soon_fraction else None
    return milestone_urgency(kind, due, provisional, today, due_soon_days, state, start is not None).value


class CalendarService:
    def __init__(self, db: Database, requests: RequestService) -> None:
        self.db = db
        self.requests = requests

    @property
    def profile(self) -> CompanyProfile:
        return self.requests.profile

    def today(self) -> date:
        return self.requests.today()

    def business_calendar(self) -> BusinessCalendar:
        return BusinessCalendar.of(self.profile)

    # -- items -----------------------------------------------------------------------------------
    def _item_query(self, everything: bool) -> Any:
        query = (select(RequestMilestone.request_id, RequestMilestone.name, RequestMilestone.due,
                        RequestMilestone.kind, RequestMilestone.provisional, Request.ref, Request.status,
                        Request.next_milestone, Request.next_due, Request.clock_start,
                        Request.clock_provisional, Request.extended, Requester.name,
                        _primary_email())
                 .join(Request, Request.id == RequestMilestone.request_id)
                 .join(Requester, Requester.id == Request.requester_id, isouter=True)
                 .where(Request.next_milestone.is_not(None)))
        if not everything:
            query = query.where(RequestMilestone.kind.in_(SHOWN_KINDS))
        return query

    def _items(self, session: Any, query: Any, today: date) -> list[CalendarItem]:
        profile = self.profile
        cal = self.business_calendar()
        warnings: dict[date, str | None] = {}
        out: list[CalendarItem] = []
        for (rid, name, due, kind, provisional, ref, status, next_ms, next_due, start, clock_prov, extended,
             requester_name, requester_email) in session.execute(query):
            state = stored_clock_state(next_ms, next_due, start, bool(clock_prov), bool(extended), today,
                                       profile.due_soon_days, profile.due_soon_fraction)
            urgency = milestone_urgency(kind, due, bool(provisional), today, profile.due_soon_days,
                                        state, name == next_ms)
            if due not in warnings:
                warnings[due] = cal.warning(due)
            out.append(CalendarItem(
                request_id=rid, ref=ref, milestone=name, label=milestone_words(name), date=due,
                days_left=(due - today).days, kind=kind, urgency=urgency.value,
                section=section_of(due, today).value, status=status, clock_status=state,
                provisional=bool(provisional), closed_day=warnings[due],
                requester=requester_name or requester_email))
        rank = {u.value: i for i, u in enumerate(URGENCY_ORDER)}
        out.sort(key=lambda i: (i.date, rank.get(i.urgency, 99), i.ref, i.milestone))
        return out

    def items(self, start: date, end: date, *, overdue: bool = False, everything: bool = False,
              limit: int | None = None) -> list[CalendarItem]:
        """Milestones dated ``start``..``end`` (inclusive), by date; with ``overdue``, also every
        deadline before ``start`` that is still to be met (overdue items come first). ``limit``:
        only the first so many (by date)."""
        if end < start:
            raise InvalidInput(f"the end date {end.isoformat()} is before the start date {start.isoformat()}")
        if (end - start).days > MAX_RANGE_DAYS:
            raise InvalidInput("choose a range of at most three years")
        today = self.today()
        with self.db.read() as session:
            return self._items(session, self._window_query(start, end, overdue, everything, today, limit), today)

    def _window(self, start: date, end: date, overdue: bool, today: date) -> Any:
        window = and_(RequestMilestone.due >= start, RequestMilestone.due <= end)
        if overdue:
            late = and_(RequestMilestone.due < min(start, today),
                        RequestMilestone.kind == MilestoneKind.DEADLINE.value)
            window = late if end < start else or_(window, late)
        return window

    def _window_query(self, start: date, end: date, overdue: bool, everything: bool, today: date,
                      limit: int | None) -> Any:
        window = self._window(start, end, overdue, today)
        if limit is None:
            return self._item_query(everything).where(window)
        # The first ``limit`` by date are chosen on the calendar index alone (no join for the rows
        # left out), then joined for their details.
        first = select(RequestMilestone.id).where(window)
        if not everything:
            first = first.where(RequestMilestone.kind.in_(SHOWN_KINDS))
        chosen = first.order_by(RequestMilestone.due, RequestMilestone.name, RequestMilestone.id).limit(limit).subquery()
        return self._item_query(everything).join(chosen, chosen.c.id == RequestMilestone.id)

    def _count(self, session: Any, start: date, end: date, overdue: bool, everything: bool, today: date) -> int:
        query = select(func.count()).select_from(RequestMilestone).where(self._window(start, end, overdue, today))
        if not everything:
            query = query.where(RequestMilestone.kind.in_(SHOWN_KINDS))
        return int(session.execute(query).scalar_one())

    def day(self, day: date, *, everything: bool = False) -> tuple[CalendarItem, ...]:
        """What falls on ``day``, most urgent first."""
        rank = {u.value: i for i, u in enumerate(URGENCY_ORDER)}
        items = self.items(day, day, everything=everything)
        return tuple(sorted(items, key=lambda i: (rank.get(i.urgency, 99), i.ref, i.milestone)))

    def agenda(self, days: int = 30, *, start: date | None = None, end: date | None = None,
               everything: bool = False, limit: int | None = None) -> Agenda:
        """Overdue first, then today, tomorrow, this week and later. Default: everything overdue plus
        the next ``days`` days. With ``start``/``end``, only that range (overdue deadlines from
        before it only when no start is given). ``limit``: at most so many items per section (the
        window's list), each section still saying how many there are in all."""
        today = self.today()
        if start is None and end is None:
            first, last, overdue = today, today + timedelta(days=days), True
        else:
            first = start or today
            last = end or first + timedelta(days=days)
            overdue = start is None
        if last < first:
            raise InvalidInput(f"the end date {last.isoformat()} is before the start date {first.isoformat()}")
        bounds = {
            Section.OVERDUE: (date.min, today - timedelta(days=1)),
            Section.TODAY: (today, today),
            Section.TOMORROW: (today + timedelta(days=1), today + timedelta(days=1)),
            Section.THIS_WEEK: (today + timedelta(days=2), today + timedelta(days=6)),
            Section.LATER: (today + timedelta(days=7), date.max),
        }
        sections: list[AgendaSection] = []
        with self.db.read() as session:
            for section in SECTION_ORDER:
                lo, hi = max(bounds[section][0], first), min(bounds[section][1], last)
                late = overdue and section == Section.OVERDUE
                if lo > hi and not late:
                    continue
                if lo > hi:  # overdue deadlines only, from before the range
                    lo = hi = first - timedelta(days=1)
                    query = self._window_query(first, first - timedelta(days=1), True, everything, today, limit)
                    total = (self._count(session, first, first - timedelta(days=1), True, everything, today)
                             if limit is not None else -1)
                else:
                    query = self._window_query(lo, hi, late, everything, today, limit)
                    total = self._count(session, lo, hi, late, everything, today) if limit is not None else -1
                items = tuple(self._items(session, query, today))
                if not items:
                    continue
                sections.append(AgendaSection(section.value, SECTION_WORDS[section], items,
                                              total if total >= 0 else len(items)))
        return Agenda(today, last, tuple(sections))

    # -- month -----------------------------------------------------------------------------------
    def month(self, year: int, month: int, *, everything: bool = False) -> MonthView:
        """The month grid (six weeks from the Monday on or before the 1st) with per-day tallies."""
        if not 1 <= month <= 12 or not 1900 <= year <= 9999:
            raise InvalidInput(f"{year}-{month:02d} is not a month")
        today = self.today()
        profile = self.profile
        first = date(year, month, 1)
        grid_start = first - timedelta(days=first.weekday())
        grid_end = grid_start + timedelta(days=41)
        # Grouped by the calendar index's own columns (read in index order, no sort); the urgency of
        # each group is then ``milestone_urgency`` — the same rule as ``urgency_sql``.
        m = RequestMilestone
        # The period's start matters only where the days rule has not already decided (after the
        # due-soon window); elsewhere it is left out of the key, which keeps the groups few.
        start = case((and_(m.is_next.is_(True), m.kind == MilestoneKind.DEADLINE.value, m.provisional.is_(False),
                           m.due > today + timedelta(days=profile.due_soon_days)), m.start), else_=null())
        query = (select(m.due, m.kind, m.provisional, start, func.count())
                 .where(m.due >= grid_start, m.due <= grid_end)
                 .group_by(m.due, m.kind, m.provisional, start))
        if not everything:
            query = query.where(m.kind.in_(SHOWN_KINDS))
        tallies: dict[date, dict[str, int]] = {}
        with self.db.read() as session:
            for due, kind, provisional, period_start, count in session.execute(query):
                level = group_urgency(kind, due, bool(provisional), period_start, today, profile.due_soon_days,
                                      profile.due_soon_fraction)
                per_day = tallies.setdefault(due, {})
                per_day[level] = per_day.get(level, 0) + int(count)
        cal = self.business_calendar()
        days: list[DaySummary] = []
        for offset in range(42):
            day = grid_start + timedelta(days=offset)
            info = cal.info(day)
            counts = tallies.get(day, {})
            ordered = tuple((u.value, counts[u.value]) for u in URGENCY_ORDER if counts.get(u.value))
            days.append(DaySummary(day, day.month == month, info.business_day, info.holiday, info.closed,
                                   sum(counts.values()), ordered, day == today))
        weeks = tuple(tuple(days[i:i + 7]) for i in range(0, 42, 7))
        total = sum(d.total for d in days if d.in_month)
        return MonthView(year, month, today, weeks, total)

    @staticmethod
    def month_name(year: int, month: int) -> str:
        return f"{pycalendar.month_name[month]} {year}"


def _primary_email() -> Any:
    from privacydesk.store.models import RequesterEmail

    return (select(RequesterEmail.email).where(RequesterEmail.requester_id == Request.requester_id)
            .order_by(RequesterEmail.id).limit(1).scalar_subquery())


def item_json(item: CalendarItem) -> dict[str, Any]:
    """The CLI's JSON shape for one agenda item (docs/cli.md)."""
    return {
        "date": item.date.isoformat(),
        "milestone": item.milestone,
        "ref": item.ref,
        "status": item.status,
        "days_left": item.days_left,
        "label": item.label,
        "kind": item.kind,
        "urgency": item.urgency,
        "section": item.section,
        "clock": item.clock_status,
        "provisional": item.provisional,
        "closed_day": item.closed_day,
        "requester": item.requester,
    }


__all__ = ["Agenda", "AgendaSection", "CalendarItem", "CalendarService", "DaySummary", "MonthView", "Section",
           "group_urgency", "item_json"]

