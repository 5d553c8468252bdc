"""The calendar's rules: which milestones are still due, how urgent each is, and company closed days.

Pure (no database): the services store what ``milestone_entries`` says for every request (in the
same transaction as the deadline engine's recomputation) and filter in SQL with expressions that
mirror ``stored_clock_state`` and ``milestone_urgency`` exactly; tests compare the three.

Words used here and by the CLI and the calendar file:

* A milestone's **kind** says what it means *now*: a ``deadline`` must be met and is overdue once
  passed; a ``decision`` is the last day to decide something (tell the requester of an extension)
  and simply passes; a ``possible`` date applies only if something happens (the extended reply
  date before any extension); a ``done`` one was met or is no longer in force.
* **Urgency** colours the calendar: overdue, due today, due soon, on track, paused (the date is
  provisional while we wait for the requester), info (decisions and possible dates) and done.

A legal date is never moved by the company's own closed days (``BusinessCalendar``): a milestone
that falls on one carries a warning to act on the working day before.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from privacydesk.domain import deadlines
from privacydesk.domain.profile import ClosedDay

if TYPE_CHECKING:
    import holidays

    from privacydesk.domain.profile import CompanyProfile

# Plain words for each milestone, for lists, notifications and calendar files.
MILESTONE_WORDS = {
    "acknowledge_by": "Acknowledge the request",
    "respond_by": "Reply due",
    "extension_notice_by": "Last day to tell of an extension",
    "respond_by_extended": "Extended reply due",
    "appeal_respond_by": "Appeal answer due",
}


def milestone_words(name: str) -> str:
    return MILESTONE_WORDS.get(name, name.replace("_", " ").capitalize())


class MilestoneKind(StrEnum):
    DEADLINE = "deadline"
    DECISION = "decision"
    POSSIBLE = "possible"
    DONE = "done"


class Urgency(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"
    PAUSED = "paused"
    INFO = "info"
    DONE = "done"


URGENCY_WORDS = {
    Urgency.OVERDUE: "Overdue",
    Urgency.DUE_TODAY: "Due today",
    Urgency.DUE_SOON: "Due soon",
    Urgency.ON_TRACK: "On track",
    Urgency.PAUSED: "Paused (date provisional)",
    Urgency.INFO: "For information",
    Urgency.DONE: "Done",
}


class Section(StrEnum):
    """Where an item goes in the agenda, in display order."""

    OVERDUE = "overdue"
    TODAY = "today"
    TOMORROW = "tomorrow"
    THIS_WEEK = "this_week"
    LATER = "later"


SECTION_WORDS = {
    Section.OVERDUE: "Overdue",
    Section.TODAY: "Today",
    Section.TOMORROW: "Tomorrow",
    Section.THIS_WEEK: "This week",
    Section.LATER: "Later",
}
SECTION_ORDER = tuple(Section)


@dataclass(frozen=True)
class MilestoneEntry:
    """One milestone of one request as the calendar stores it."""

    name: str
    due: date
    kind: MilestoneKind
    provisional: bool
    explanation: str


@dataclass(frozen=True)
class StoredClock:
    """The request's clock inputs that the database keeps so filters and counts run in SQL.

    ``next_milestone`` is None when the clock does not run (closed, or the engine failed).
    ``volatile`` is True when the dates depend on "today" (an open pause gives provisional dates as
    if the awaited item arrived today), so the stored values hold only on ``computed_on``.
    """

    next_milestone: str | None
    next_due: date | None
    start: date | None
    provisional: bool
    volatile: bool


def appeal_open(facts: deadlines.DeadlineFacts, schedule: deadlines.Schedule) -> bool:
    return ("appeal_respond_by" in schedule.milestones and facts.appeal_received is not None
            and (facts.closed_on is None or facts.closed_on < facts.appeal_received))


def stored_clock(schedule: deadlines.Schedule, facts: deadlines.DeadlineFacts,
                 status: deadlines.ClockStatus) -> StoredClock:
    """What to store for ``stored_clock_state`` to give the engine's ``clock_status`` on any day."""
    if status.next_milestone is None or status.due is None:
        return StoredClock(None, None, None, False, False)
    volatile = any(p.end is None for p in facts.pauses)
    start = (facts.appeal_received if status.next_milestone == "appeal_respond_by"
             and facts.appeal_received is not None else facts.received)
    provisional = status.status == deadlines.ClockState.PAUSED
    return StoredClock(status.next_milestone, status.due, start, provisional, volatile)


def stored_clock_state(next_milestone: str | None, next_due: date | None, start: date | None,
                       provisional: bool, extended: bool, today: date, due_soon_days: int,
                       due_soon_fraction: float) -> str | None:
    """The engine's clock state from stored values (``deadlines.clock_status``, precedence and all);
    None when the clock does not run. ``services/queries.py`` has the same rule in SQL."""
    if next_milestone is None or next_due is None or start is None:
        return None
    if provisional:
        return deadlines.ClockState.PAUSED.value
    days_left = (next_due - today).days
    if days_left < 0:
        return deadlines.ClockState.OVERDUE.value
    span = (next_due - start).days
    fraction = (today - start).days / span if span > 0 else 1.0
    if days_left <= due_soon_days or fraction >= due_soon_fraction:
        return deadlines.ClockState.DUE_SOON.value
    if extended and next_milestone == "respond_by_extended":
        return deadlines.ClockState.EXTENDED.value
    return deadlines.ClockState.ON_TRACK.value


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def stored_clock_words(state: str, next_milestone: str, due: date, today: date, explanation: str) -> str:
    """The engine's one-line clock explanation (``ClockStatus.explanation``) from stored values."""
    days_left = (due - today).days
    where = deadlines.milestone_where(next_milestone, due)  # the same words as the engine's
    if state == deadlines.ClockState.PAUSED:
        text = f"paused: waiting for the requester; “{where}” is provisional"
    elif state == deadlines.ClockState.OVERDUE:
        text = f"overdue: {where} was {_plural(-days_left, 'day')} ago"
    else:
        words = {"due_soon": "due soon", "extended": "extended"}.get(state, "on track")
        text = f"{words}: {where}, {_plural(days_left, 'day')} left"
    return f"{text} — {explanation}"


def milestone_entries(schedule: deadlines.Schedule, facts: deadlines.DeadlineFacts,
                      status: deadlines.ClockStatus) -> tuple[MilestoneEntry, ...]:
    """Every milestone of the schedule with what it means now (see the module docstring)."""
    running = status.next_milestone is not None
    appeal = appeal_open(facts, schedule)
    in_force = deadlines._respond_target(schedule, facts)[0] if "respond_by" in schedule.milestones else None
    out: list[MilestoneEntry] = []
    # The known order first, then any milestone a newer rule book adds (it is a deadline).
    names = [*deadlines.MILESTONE_ORDER, *(n for n in schedule.milestones if n not in deadlines.MILESTONE_ORDER)]
    for name in names:
        dated = schedule.milestones.get(name)
        if dated is None:
            continue
        if name == "appeal_respond_by":
            kind = MilestoneKind.DEADLINE if appeal else MilestoneKind.DONE
        elif not running or facts.closed_on is not None:
            kind = MilestoneKind.DONE  # closed (an open appeal has its own milestone above)
        elif name == "acknowledge_by":
            kind = MilestoneKind.DONE if facts.acknowledged_on is not None else MilestoneKind.DEADLINE
        elif name == "respond_by":
            kind = MilestoneKind.DEADLINE if (not facts.extended or in_force == "respond_by") else MilestoneKind.DONE
        elif name == "extension_notice_by":
            kind = MilestoneKind.DONE if facts.extended else MilestoneKind.DECISION
        elif name == "respond_by_extended":
            kind = MilestoneKind.DEADLINE if facts.extended else MilestoneKind.POSSIBLE
        else:
            kind = MilestoneKind.DEADLINE
        out.append(MilestoneEntry(name, dated.date, kind, dated.provisional, dated.explanation))
    return tuple(out)


def milestone_urgency(kind: str, due: date, provisional: bool, today: date, due_soon_days: int,
                      request_state: str | None = None, is_next: bool = False) -> Urgency:
    """How urgent one milestone is on ``today``. For the request's next milestone the request's own
    clock state decides "due soon" too (it also counts the share of the period gone), so the
    calendar and the table agree. ``services/queries.py`` has the same rule in SQL."""
    if kind == MilestoneKind.DONE:
        return Urgency.DONE
    if kind != MilestoneKind.DEADLINE:
        return Urgency.DONE if due < today else Urgency.INFO
    if provisional:
        return Urgency.PAUSED
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.DUE_TODAY
    if (due - today).days <= due_soon_days or (is_next and request_state == deadlines.ClockState.DUE_SOON):
        return Urgency.DUE_SOON
    return Urgency.ON_TRACK


def section_of(due: date, today: date) -> Section:
    """Agenda section; "this week" is the seven days from today (never empty on a Friday)."""
    if due < today:
        return Section.OVERDUE
    days = (due - today).days
    if days == 0:
        return Section.TODAY
    if days == 1:
        return Section.TOMORROW
    if days < 7:
        return Section.THIS_WEEK
    return Section.LATER


def days_left_words(days_left: int) -> str:
    if days_left < 0:
        n = -days_left
        return f"{n} day late" if n == 1 else f"{n} days late"
    if days_left == 0:
        return "due today"
    if days_left == 1:
        return "due tomorrow"
    return f"{days_left} days left"


# --------------------------------------------------------------------------------------------
# The company's business calendar

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LOCK = threading.Lock()  # ``holidays`` fills years lazily; see deadlines._CALENDAR_LOCK


@functools.lru_cache(maxsize=16)
def _public_holidays(country: str, subdivision: str) -> holidays.HolidayBase:
    import holidays as _holidays

    return _holidays.country_holidays(country, subdiv=subdivision or None)


@dataclass(frozen=True)
class DayInfo:
    day: date
    business_day: bool
    holiday: str | None  # the public holiday's name
    closed: str | None  # why the company is closed (weekend, holiday, company closure), or None


class BusinessCalendar:
    """Weekends, the public holidays of the profile's calendar and the company's own closed days."""

    def __init__(self, country: str, subdivision: str = "", closed_days: Iterable[ClosedDay] = (),
                 weekend: tuple[int, ...] = (5, 6)) -> None:
        self.country = country
        self.subdivision = subdivision
        self.closed_days = tuple(closed_days)
        self.weekend = weekend

    @classmethod
    def of(cls, profile: CompanyProfile) -> BusinessCalendar:
        return cls(profile.business_calendar, profile.business_calendar_subdivision, profile.closed_days)

    def holiday(self, day: date) -> str | None:
        with _LOCK:
            name: str | None = _public_holidays(self.country, self.subdivision).get(day)
        return name

    def company_closure(self, day: date) -> ClosedDay | None:
        for closed in self.closed_days:
            if closed.covers(day):
                return closed
        return None

    def info(self, day: date) -> DayInfo:
        holiday = self.holiday(day)
        closure = self.company_closure(day)
        reason: str | None = None
        if holiday:
            reason = holiday
        elif closure is not None:
            reason = closure.name or "company closed"
        elif day.weekday() in self.weekend:
            reason = WEEKDAY_NAMES[day.weekday()]
        return DayInfo(day, reason is None, holiday, reason)

    def is_business_day(self, day: date) -> bool:
        return self.info(day).business_day

    def previous_business_day(self, day: date) -> date:
        candidate = day - timedelta(days=1)
        for _ in range(400):
            if self.is_business_day(candidate):
                return candidate
            candidate -= timedelta(days=1)
        return day - timedelta(days=1)

    def warning(self, day: date) -> str | None:
        """Plain words for a legal date on a closed day, or None on a business day."""
        info = self.info(day)
        if info.business_day:
            return None
        before = self.previous_business_day(day)
        return (f"{day.strftime('%a %d %b')} is not a working day for you ({info.closed}); the legal "
                f"date does not move, so have it done by {WEEKDAY_NAMES[before.weekday()]} "
                f"{before.strftime('%d %b')}.")
