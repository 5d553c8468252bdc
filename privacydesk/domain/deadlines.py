"""The deadline engine: every request's legal clock, computed from rules kept as data.

Implements ``shared/reference/deadlines.md`` (the spec); the rules themselves are TOML files in
``resources/regimes/`` loaded by ``deadline_rules.load_rules``. This module is pure: it reads
the rule book, the company profile and the facts of one request and returns dates, each with a
one-line explanation naming its rule. It stores nothing and never looks at the clock unless the
caller passes ``today``.

Public API::

    rules = load_rules()                                  # once, at start (validates the data)
    schedule = compute(facts, profile, rules, today)      # milestones + flags + notes
    status = clock_status(schedule, facts, profile, today)
    check_extension(schedule, facts, rules, today, new_date)   # raises ExtensionRefused
    company_date(moment, profile)                         # a datetime -> the company's calendar date

Conservative choices beyond the spec's text (principle 2: "when a rule is uncertain, take the
earlier date"); each is documented in ``docs/deadlines.md``:

* Unknown or unconfirmed regime: *every* covered regime takes part, also those that fall back to
  the company default for the type (principle 6), so the unknown-regime date is never later than
  any covered regime's date. Ties go to a regime whose rows list the type.
* A profile commitment (principle 3) caps *every* response date of its type under *every* regime
  whose law gives a later date (2026 extension): respond_by and the extended date. If it leaves no
  room for an extension, the extension milestones are dropped. It never touches another type.
* Start dates: a law's ``in_force`` and a row's ``effective_from``; before them principle 6 applies
  and the explanation names the date (``RuleBook.later_rule``).
* An appeal is a request of type ``appeal`` (its ``received`` is the appeal's); the regime's appeal
  row gives its clock. ``appeal_respond_by`` shows the same date on the contested request.

Explanations are for staff: the law's label, the rule in plain words, its citation, "conservative
reading" where the research is uncertain, then the arithmetic; never an identifier.
* UK stop-the-clock: only days while the clock runs count (after the start date, overlapping
  pauses counted once), and a clarification asked after the deadline does not stop the clock.
* An open pause gives provisional dates as if the awaited item arrived ``today`` (or, without
  ``today``, on the day it was asked: the earliest possible date).
* A multi-type request that is extended stays bound by the respond_by of any type that allows no
  extension (``clock_status`` uses it).

Hazard: performance matters (a table of thousands of requests recomputes on every change), so
holiday calendars are built once per (country, subdivision) and cached; ``compute`` does no I/O.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import holidays
from dateutil.relativedelta import relativedelta

from privacydesk.domain.deadline_rules import (
    COMPANY_CALENDAR,
    CONSERVATIVE,
    MILESTONES,
    DateRule,
    Period,
    Rule,
    RuleBook,
    RuleError,
    parse_calendar,
)
from privacydesk.domain.deadline_rules import load_rules as _load_rules
from privacydesk.domain.errors import Refused, UserError
from privacydesk.domain.vocab import PauseReason, Regime, RequestType, values

if TYPE_CHECKING:
    from privacydesk.domain.profile import CompanyProfile

log = logging.getLogger(__name__)

__all__ = [
    "MILESTONE_ORDER",
    "ClockState",
    "ClockStatus",
    "Dated",
    "DeadlineError",
    "DeadlineFacts",
    "ExtensionRefused",
    "Pause",
    "RuleBook",
    "RuleError",
    "Schedule",
    "TypeSchedule",
    "check_extension",
    "clock_status",
    "company_date",
    "compute",
    "load_rules",
]

# Display and evaluation order of milestones (the CLI and JSON follow it).
MILESTONE_ORDER = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended",
                   "appeal_respond_by")
# Flags in a stable order; data flags come from the rule files, the others from the facts.
FLAG_ORDER = ("regime_not_confirmed", "stop_now", "immediate", "without_delay", "verification_not_allowed",
              "agent", "repeat_request")
UNKNOWN = Regime.UNKNOWN.value
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Milestones in the words staff read (explanations and clock texts never show the identifiers).
_MILESTONE_WORDS = {
    "acknowledge_by": "acknowledge by",
    "respond_by": "respond by",
    "extension_notice_by": "tell of an extension by",
    "respond_by_extended": "respond by (extended)",
    "appeal_respond_by": "decide the appeal by",
}
_AWAITED = {"id": "proof of identity", "fee": "fee", "clarification": "clarification"}
_PAUSE_DATES = {"clarification": "Clarification dates", "id": "Identity-proof dates", "fee": "Fee dates"}
_NO_STATUTORY_DEADLINE = frozenset({"complaint", "minor_removal"})
_CALENDAR_WORDS = {"US": "US", "GB": "UK"}


class DeadlineError(UserError, ValueError):
    """The facts cannot be computed: unknown regime or type, or dates in an impossible order."""


class ExtensionRefused(Refused):
    """An extension is not allowed; the message says why in plain words."""


# --------------------------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True)
class Pause:
    """UK stop-the-clock and ID/fee waits, as recorded by staff.

    ``waiting_for`` is a ``vocab.PauseReason`` value. ``start`` is the day we asked, ``end`` the
    day the item arrived (``None``: still waiting). For ``id`` and ``fee`` only ``end`` matters
    (it can move the start of the UK clock); for ``clarification`` the days in between are added.
    """

    waiting_for: str
    start: date
    end: date | None = None


@dataclass(frozen=True)
class DeadlineFacts:
    """What the engine needs to know about one request. Dates are company-time-zone dates."""

    regime: str                    # vocab.Regime value, may be "unknown"
    types: tuple[str, ...]         # vocab.RequestType values, at least one
    received: date
    pauses: tuple[Pause, ...] = ()
    extended: bool = False
    extended_to: date | None = None     # staff-chosen date (fadp; elsewhere an earlier promise)
    acknowledged_on: date | None = None
    closed_on: date | None = None
    agent: bool = False
    prior_access_requests_12m: int = 0  # same requester, for the repeat_request flag
    appeal_received: date | None = None  # US state appeal
    regime_confirmed: bool = True


# --------------------------------------------------------------------------------------------
# Outputs


@dataclass(frozen=True)
class Dated:
    """A milestone date with the one-line explanation of the rule that set it."""

    date: date
    explanation: str
    type: str
    regime: str
    provisional: bool = False  # depends on a pause that is still open
    cite: str = ""             # the legal source alone (also inside ``explanation``)
    #: Who set the date: ``law`` (a rule row), ``notice`` (the company's stricter promise, principle
    #: 3) or ``staff`` (the date staff gave when extending). Read this, never the explanation's words.
    source: str = "law"


@dataclass(frozen=True)
class TypeSchedule:
    """One request type's milestones (already merged over regimes when the regime is unknown)."""

    type: str
    milestones: Mapping[str, Dated]
    extension: str  # none | computed | staff_set
    extension_limit: date | None = None  # latest allowed extended date (computed or commitment cap)
    why_no_extension: str = ""


@dataclass(frozen=True)
class Schedule:
    """The milestones of one request. Absent milestones have no key."""

    regime: str
    types: tuple[str, ...]
    received: date
    milestones: Mapping[str, Dated]
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    parts: tuple[TypeSchedule, ...] = ()
    regimes_considered: tuple[str, ...] = ()
    extension: str = "none"  # none | computed | staff_set (over all types)

    def date(self, name: str) -> date | None:
        dated = self.milestones.get(name)
        return dated.date if dated else None

    def explanation(self, name: str) -> str | None:
        dated = self.milestones.get(name)
        return dated.explanation if dated else None

    @property
    def provisional(self) -> tuple[str, ...]:
        return tuple(name for name in MILESTONE_ORDER
                     if name in self.milestones and self.milestones[name].provisional)

    def as_json(self) -> dict[str, Any]:
        """The CLI's JSON shape (dates as YYYY-MM-DD; absent milestones as null)."""
        out: dict[str, Any] = {
            "regime": self.regime,
            "type": self.types[0],
            "types": list(self.types),
            "received": self.received.isoformat(),
        }
        for name in MILESTONE_ORDER:
            value = self.date(name)
            out[name] = value.isoformat() if value else None
        out["flags"] = list(self.flags)
        out["explanations"] = {name: self.milestones[name].explanation
                               for name in MILESTONE_ORDER if name in self.milestones}
        out["citations"] = {name: self.milestones[name].cite
                            for name in MILESTONE_ORDER if name in self.milestones}
        out["notes"] = list(self.notes)
        out["provisional"] = list(self.provisional)
        out["regimes_considered"] = list(self.regimes_considered)
        return out


class ClockState(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    EXTENDED = "extended"
    PAUSED = "paused"
    CLOSED_ON_TIME = "closed_on_time"
    CLOSED_LATE = "closed_late"


@dataclass(frozen=True)
class ClockStatus:
    status: ClockState
    next_milestone: str | None
    due: date | None
    days_left: int | None
    explanation: str


# --------------------------------------------------------------------------------------------
# Small helpers


def load_rules(folder: Path | None = None) -> RuleBook:
    """Load and validate the rule files (default ``resources/regimes``); raises ``RuleError``."""
    return _load_rules(folder)


def company_date(moment: datetime, profile: CompanyProfile) -> date:
    """The company's calendar date for a moment. A naive datetime is already company time."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        return moment.date()
    return moment.astimezone(profile.tz).date()


@functools.lru_cache(maxsize=32)
def _holiday_calendar(country: str, subdivision: str) -> holidays.HolidayBase:
    """One calendar per (country, subdivision), built once: construction costs milliseconds."""
    return holidays.country_holidays(country, subdiv=subdivision or None)


def _calendar(code: str, profile: CompanyProfile) -> tuple[str, str]:
    """(country, subdivision) of a calendar code; ``company`` is the profile's business calendar."""
    if code == COMPANY_CALENDAR:
        return profile.business_calendar, profile.business_calendar_subdivision
    return parse_calendar(code)


def _calendar_words(country: str, subdivision: str) -> str:
    """A calendar as staff say it: "US", "UK", "US-TX"."""
    name = _CALENDAR_WORDS.get(country, country)
    return f"{name}-{subdivision}" if subdivision else name


def _join(names: list[str]) -> str:
    return ", ".join(names)


def _d(day: date) -> str:
    return f"{day.isoformat()} ({_WEEKDAYS[day.weekday()]})"


def milestone_where(name: str, day: date) -> str:
    """``respond by 2026-11-11 (Wed)``: a milestone and its date, as the clock's explanation says it."""
    return f"{_MILESTONE_WORDS.get(name, name.replace('_', ' '))} {_d(day)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@functools.lru_cache(maxsize=65536)
def _add_months(day: date, months: int) -> date:
    # relativedelta clamps to the month end (31 Jan + 1 month = 28/29 Feb), as Reg. 1182/71 and the ICO.
    result: date = day + relativedelta(months=months)
    return result


# ``holidays`` calendars fill in each year lazily on first use; two threads doing that at once can
# miss a holiday (and the memo below would keep the wrong date). All calendar reads take this lock.
_CALENDAR_LOCK = threading.Lock()


@functools.lru_cache(maxsize=65536)
def _nth_working_day(country: str, subdivision: str, day: date, n: int) -> date:
    """``get_nth_working_day`` memoised: a table of thousands of requests recomputes the same days."""
    with _CALENDAR_LOCK:
        return _holiday_calendar(country, subdivision).get_nth_working_day(day, n)


def _holiday_name(country: str, subdivision: str, day: date) -> str | None:
    with _CALENDAR_LOCK:
        name: str | None = _holiday_calendar(country, subdivision).get(day)
        return name


# --------------------------------------------------------------------------------------------
# One (regime, type)


@dataclass
class _Result:
    regime: str
    rtype: str
    listed: bool
    milestones: dict[str, Dated] = field(default_factory=dict)
    extension: str = "none"
    extension_limit: date | None = None
    why_no_extension: str = ""
    flags: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    ignored_pauses: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Interval:
    start: date
    end: date
    open: bool


def _pause_end(pause: Pause, today: date | None) -> tuple[date, bool]:
    """The day a pause ended, or a provisional end (today, else the day asked) if still open."""
    if pause.end is not None:
        return pause.end, False
    if today is None:
        return pause.start, True
    return max(today, pause.start), True


def _paused_days(intervals: list[_Interval], start: date, base: date) -> tuple[int, bool, int]:
    """Stop-the-clock days to add to ``base``: (days, provisional, pauses ignored as too late).

    Pauses are clipped to the running clock (nothing before ``start`` counts), overlaps count
    once, and a pause asked after the (already pause-adjusted) deadline does not stop the clock.
    """
    total = 0
    provisional = False
    ignored = 0
    covered_until = start
    for interval in sorted(intervals, key=lambda i: (i.start, i.end)):
        begin = max(interval.start, covered_until)
        if interval.end <= begin:
            continue
        if begin > base + timedelta(days=total):
            ignored += 1
            continue
        total += (interval.end - begin).days
        provisional = provisional or interval.open
        covered_until = interval.end
    return total, provisional, ignored


class _Engine:
    """Computes one (regime, type) pair; holds the per-request context."""

    def __init__(self, facts: DeadlineFacts, profile: CompanyProfile, rules: RuleBook,
                 today: date | None) -> None:
        self.facts = facts
        self.profile = profile
        self.rules = rules
        self.today = today

    def rule_for(self, regime: str, rtype: str) -> tuple[Rule, bool]:
        if regime == UNKNOWN:  # no covered regime: every-regime rows, else principle 6
            for rule in self.rules.every_regime:
                if rtype in rule.types and rule.applies_on(self.facts.received):
                    return rule, True
            return self.rules.default, False
        return self.rules.rule_for(regime, rtype, self.facts.received)

    def one(self, regime: str, rtype: str) -> _Result:
        facts = self.facts
        rule, listed = self.rule_for(regime, rtype)
        res = _Result(regime=regime, rtype=rtype, listed=listed)
        res.flags.update(rule.flags)
        res.flags.update(self.rules.type_flags.get(rtype, ()))
        if rule.note and rule.note not in res.notes:
            res.notes.append(f"{self.rules.label(regime)}: {rule.note}")

        # Start of the clock: the latest of the events the row names (UK: received, ID, fee).
        start, start_from, start_provisional = facts.received, "the day it was received", False
        for kind in rule.start_from:
            if kind == "received":
                continue
            for pause in facts.pauses:
                if pause.waiting_for == kind:
                    end, is_open = _pause_end(pause, self.today)
                    if end > start:
                        what = _AWAITED.get(kind, kind)
                        start, start_from = end, (f"the day the {what} arrived" if not is_open
                                                  else f"the {what} is still awaited: provisional")
                        start_provisional = is_open
        intervals = [_Interval(p.start, *_pause_end(p, self.today)) for p in facts.pauses
                     if p.waiting_for in rule.stop_the_clock]
        used = set(rule.start_from) | set(rule.stop_the_clock)
        res.ignored_pauses = {p.waiting_for for p in facts.pauses if p.waiting_for not in used}

        anchors: dict[str, tuple[date, bool, str]] = {
            "received": (facts.received, False, f"received {_d(facts.received)}"),
            "start": (start, start_provisional, f"clock start {_d(start)} ({start_from})"),
        }

        legal_respond_by: Dated | None = None
        # respond_by first: other milestones may count from it (e.g. "notice by respond_by").
        for name in ("respond_by", *(m for m in MILESTONES if m != "respond_by")):
            date_rule = rule.milestones.get(name)
            if date_rule is None:
                continue
            if date_rule.effective_from and facts.received < date_rule.effective_from:
                res.notes.append(f"{self.rules.label(regime)}: no “{_MILESTONE_WORDS[name]}” date — the "
                                 f"rule “{date_rule.why}”"
                                 + (f" ({date_rule.cite})" if date_rule.cite else "")
                                 + f" applies only to requests received from {_d(date_rule.effective_from)}")
                continue
            if date_rule.staff_set:
                res.extension = "staff_set"
                continue  # filled below from facts.extended_to
            dated = self.milestone(date_rule, rule, anchors, intervals, start, res)
            if dated is None:
                continue
            res.milestones[name] = dated
            if name == "respond_by":
                legal_respond_by = dated
                anchors["respond_by"] = (dated.date, dated.provisional, f"the reply date {_d(dated.date)}")
        if "respond_by_extended" in res.milestones:
            res.extension = "computed"
            res.extension_limit = res.milestones["respond_by_extended"].date
        if res.extension == "none":
            if listed:
                res.why_no_extension = (f"{self.rules.label(regime)} allows no extension for "
                                        f"{self.rules.type_label(rtype)}")
            else:
                res.why_no_extension = (f"no law sets a deadline for {self.rules.type_label(rtype)} under "
                                        f"{self.rules.label(regime)}, so there is no legal extension "
                                        "(the company's default period applies)")
        assert legal_respond_by is not None  # validation makes respond_by mandatory
        self.apply_commitment(res, legal_respond_by)
        self.apply_staff_date(res)
        return res

    def why(self, date_rule: DateRule, rule: Rule, regime: str, rtype: str) -> str:
        """The plain-words sentence of a date, with its citation (before the arithmetic)."""
        label = self.rules.label(regime)
        kind = self.rules.type_label(rtype)
        if rule is self.rules.default:
            later = self.rules.later_rule(regime, rtype, self.facts.received) if regime != UNKNOWN else None
            if later is not None and later.effective_from is not None:
                regime_rules = self.rules.regimes[regime]
                if later.effective_from == regime_rules.in_force:
                    reason = f"{label} took effect on {_d(later.effective_from)}"
                else:
                    reason = f"{label} covers {kind} only for requests received from {_d(later.effective_from)}"
                return (f"{reason}; this request arrived before that, so no legal deadline applies yet "
                        f"and the company's default response period is used")
            if regime == UNKNOWN:
                return f"no law confirmed and none covered by the notice: {date_rule.why}"
            if rtype in _NO_STATUTORY_DEADLINE:
                return f"no law sets a deadline for a {kind}: {date_rule.why}"
            return f"{label} sets no deadline for {kind}: {date_rule.why}"
        text = date_rule.why
        if date_rule.cite:
            text += f" ({date_rule.cite})"
        if date_rule.uncertain and "conservative reading" not in text:
            text += f" — {CONSERVATIVE}"
        if rule.regime == "*":
            return text
        return f"{label}: {text}"

    def milestone(self, date_rule: DateRule, rule: Rule, anchors: Mapping[str, tuple[date, bool, str]],
                  intervals: list[_Interval], start: date, res: _Result) -> Dated | None:
        candidates: list[tuple[date, str, bool]] = []
        for period in date_rule.periods:
            anchor = anchors.get(period.anchor)
            if anchor is None:
                return None
            anchor_date, provisional, label = anchor
            day, text = self.count(period, anchor_date, label, date_rule.calendar)
            if date_rule.add_paused_days and intervals:
                paused, open_pause, ignored = _paused_days(intervals, start, day)
                if paused:
                    day = day + timedelta(days=paused)
                    text += f" + {_plural(paused, 'day')} the clock was stopped"
                provisional = provisional or open_pause
                if ignored:
                    note = (f"{self.rules.label(res.regime)}: {_plural(ignored, 'request')} for clarification "
                            "made after the deadline had passed did not stop the clock")
                    if note not in res.notes:
                        res.notes.append(note)
            text += f" = {_d(day)}" if not text.startswith("same day as ") else ""
            if date_rule.roll == "next_working_day":
                country, subdivision = _calendar(date_rule.calendar, self.profile)
                rolled = _nth_working_day(country, subdivision, day, 0)
                if rolled != day:
                    reason = _holiday_name(country, subdivision, day)
                    reason = f"{reason}, a holiday" if reason else "a weekend day"
                    text += (f", {reason} — moved to the next {_calendar_words(country, subdivision)} "
                             f"working day, {_d(rolled)}")
                    day = rolled
            candidates.append((day, text, provisional))
        best = min(candidates, key=lambda c: c[0])
        if len(candidates) > 1:
            calc = "the earlier of " + " and ".join(c[1] for c in candidates) + f" → {_d(best[0])}"
        else:
            calc = best[1]
        provisional = any(c[2] for c in candidates)
        why = self.why(date_rule, rule, res.regime, res.rtype)
        explanation = f"{why} — {calc}" + (" (provisional: we are still waiting for the requester)"
                                          if provisional else "")
        return Dated(best[0], explanation, res.rtype, res.regime, provisional, cite=date_rule.cite)

    def count(self, period: Period, anchor: date, label: str, calendar: str) -> tuple[date, str]:
        """The date ``period`` after ``anchor``, and the arithmetic as text (without the result)."""
        n = period.amount
        if period.unit == "months":
            day = _add_months(anchor, n)
            text = f"{label} + {_plural(n, 'month')}"
            if day.day != anchor.day:
                text += " (that month is shorter: its last day)"
            return day, text
        if period.unit == "calendar_days":
            if period.first_day_counts:
                return anchor + timedelta(days=n - 1), f"{label} counts as day 1, so day {n}"
            if n == 0:
                return anchor, f"same day as {label}"
            return anchor + timedelta(days=n), f"{label} + {_plural(n, 'day')}"
        if period.unit == "business_days":
            country, subdivision = _calendar(calendar, self.profile)
            day = _nth_working_day(country, subdivision, anchor, n)
            after = label.replace("received ", "receipt on ", 1) if label.startswith("received ") else label
            return day, (f"the {_ordinal(n)} {_calendar_words(country, subdivision)} business day after "
                         f"{after} (weekends and public holidays do not count)")
        # company_default_days (principle 6)
        days = self.profile.default_response_days
        return anchor + timedelta(days=days), f"{label} + {_plural(days, 'day')} (company default)"

    def apply_commitment(self, res: _Result, legal: Dated) -> None:
        """Principle 3: a notice promise stricter than the law replaces it (and caps extensions).

        It applies under every regime whose law gives a later date (the 2026 extension widened the
        scope beyond California), and only to the request type the promise names.
        """
        commitment = self.profile.commitment_for(res.rtype)
        if commitment is None:
            return
        received = self.facts.received
        if commitment.unit == "business_days":
            country, subdivision = _calendar(COMPANY_CALENDAR, self.profile)
            promised = _nth_working_day(country, subdivision, received, commitment.days)
            calc = (f"the {_ordinal(commitment.days)} {_calendar_words(country, subdivision)} business day "
                    f"after receipt on {_d(received)}")
        else:
            promised = received + timedelta(days=commitment.days)
            calc = f"received {_d(received)} + {_plural(commitment.days, 'day')}"
        source = commitment.source or f"the company's promise for {self.rules.type_label(res.rtype)}"
        if promised < legal.date:
            res.milestones["respond_by"] = Dated(
                promised,
                f"The company's privacy notice promises less time than the law allows, so the promise "
                f"applies: {source} — {calc} = {_d(promised)} (the law alone, "
                f"{self.rules.label(res.regime)}, would allow until {_d(legal.date)})",
                res.rtype, res.regime, cite=commitment.source or "company privacy notice", source="notice")
        ext = res.milestones.get("respond_by_extended")
        respond_by = res.milestones["respond_by"].date
        if ext is not None and ext.date > promised:
            if promised > respond_by:
                res.milestones["respond_by_extended"] = Dated(
                    promised, f"{ext.explanation}; but no later than the company's privacy notice promises "
                    f"({source}): {_d(promised)}", res.rtype, res.regime, ext.provisional, cite=ext.cite,
                    source="notice")
                res.extension_limit = promised
            else:
                self.drop_extension(res, f"the company's privacy notice promises "
                                         f"{self.rules.type_label(res.rtype)} by {_d(promised)} ({source})")
        elif res.extension == "staff_set":
            if promised > respond_by:
                res.extension_limit = promised
            else:
                self.drop_extension(res, f"the company's privacy notice promises "
                                         f"{self.rules.type_label(res.rtype)} by {_d(promised)} ({source})")

    def drop_extension(self, res: _Result, why: str) -> None:
        res.milestones.pop("respond_by_extended", None)
        res.milestones.pop("extension_notice_by", None)
        res.extension, res.extension_limit, res.why_no_extension = "none", None, why
        res.notes.append(f"No extension for {self.rules.type_label(res.rtype)}: {why}")

    def apply_staff_date(self, res: _Result) -> None:
        """A date staff gave when extending: fadp's only extended date; elsewhere it may only be earlier."""
        chosen = self.facts.extended_to
        if chosen is None or res.extension == "none":
            return
        label = self.rules.label(res.regime)
        respond_by = res.milestones["respond_by"].date
        if chosen <= respond_by:
            res.notes.append(f"The extension date staff gave ({_d(chosen)}) is not after the reply date "
                             f"{_d(respond_by)}, so it changes nothing ({label}, "
                             f"{self.rules.type_label(res.rtype)})")
            return
        if res.extension_limit is not None and chosen > res.extension_limit:
            if res.extension == "staff_set":
                res.milestones["respond_by_extended"] = Dated(
                    res.extension_limit, f"The date staff chose ({_d(chosen)}) is later than the company's "
                    f"privacy notice allows, so the promised date is kept: {_d(res.extension_limit)}",
                    res.rtype, res.regime, source="notice")
            res.notes.append(f"The extension date staff gave ({_d(chosen)}) is later than allowed "
                             f"({_d(res.extension_limit)}); the earlier date is kept ({label})")
            return
        rule, _listed = self.rule_for(res.regime, res.rtype)
        ext_rule = rule.milestones.get("respond_by_extended")
        why = self.why(ext_rule, rule, res.regime, res.rtype) if ext_rule is not None else "extended"
        cite = ext_rule.cite if ext_rule is not None else ""
        if res.extension == "staff_set":
            text = f"{why} — the date staff gave when extending: {_d(chosen)}"
        else:
            limit = f", within the legal maximum {_d(res.extension_limit)}" if res.extension_limit else ""
            text = f"The date staff gave when extending{limit} ({why}) — {_d(chosen)}"
        res.milestones["respond_by_extended"] = Dated(chosen, text, res.rtype, res.regime, cite=cite,
                                                      source="staff")


# --------------------------------------------------------------------------------------------
# Merging: over regimes (unknown) and over types (principle 7)


def _earliest(results: Iterable[_Result], name: str) -> tuple[Dated, _Result] | None:
    best: tuple[Dated, _Result] | None = None
    for res in results:
        dated = res.milestones.get(name)
        if dated is None:
            continue
        if best is None or dated.date < best[0].date or (
                dated.date == best[0].date and res.listed and not best[1].listed):
            best = (dated, res)
    return best


def _merge_regimes(rtype: str, results: list[_Result], considered: tuple[str, ...],
                   unconfirmed: bool, rules: RuleBook) -> tuple[TypeSchedule, set[str], list[str]]:
    flags: set[str] = set()
    notes: list[str] = []
    milestones: dict[str, Dated] = {}
    for res in results:
        flags |= res.flags
        for note in res.notes:
            if note not in notes:
                notes.append(note)
    for kind in values(PauseReason):
        ignoring = [rules.label(r.regime) for r in results if kind in r.ignored_pauses]
        if not ignoring:
            continue
        what = _PAUSE_DATES[kind]
        why = ("has no rule that stops the clock for clarification" if kind == PauseReason.CLARIFICATION
               else "starts the clock on receipt, whatever the identity check or fee")
        if len(ignoring) > 1:
            why = why.replace("has ", "have ", 1).replace("starts ", "start ", 1)
        notes.append(f"{what} change nothing for {rules.type_label(rtype)}: {_join(ignoring)} {why}")
    if not unconfirmed:
        res = results[0]
        return (TypeSchedule(rtype, dict(res.milestones), res.extension, res.extension_limit,
                             res.why_no_extension), flags, notes)
    names = _join([rules.label(r) for r in considered])
    for name in MILESTONE_ORDER:
        best = _earliest(results, name)
        if best is None:
            continue
        dated, res = best
        milestones[name] = Dated(dated.date, f"Law not confirmed, so this is the earliest date among {names}. "
                                 f"{dated.explanation}", rtype, res.regime, dated.provisional, cite=dated.cite,
                                 source=dated.source)
    if "respond_by_extended" in milestones:
        extension = "computed"
        limit: date | None = milestones["respond_by_extended"].date
    elif any(r.extension == "staff_set" for r in results):
        extension = "staff_set"
        staff_limits = [r.extension_limit for r in results if r.extension == "staff_set"]
        known = [x for x in staff_limits if x is not None]
        limit = min(known) if known and len(known) == len(staff_limits) else None
    else:
        extension, limit = "none", None
    why = "; ".join(r.why_no_extension for r in results if r.why_no_extension) if extension == "none" else ""
    return TypeSchedule(rtype, milestones, extension, limit, why), flags, notes


def _considered(facts: DeadlineFacts, profile: CompanyProfile, rules: RuleBook) -> tuple[bool, tuple[str, ...]]:
    """Whether the regime is unconfirmed, and the regimes whose dates are compared (principle 4)."""
    unconfirmed = facts.regime == UNKNOWN or not facts.regime_confirmed
    if not unconfirmed:
        return False, (facts.regime,)
    covered = [r for r in profile.covered_regimes if r in rules.regimes]
    if facts.regime != UNKNOWN and facts.regime not in covered:
        covered.append(facts.regime)
    return True, tuple(covered) or (UNKNOWN,)


def _appeal_milestone(facts: DeadlineFacts, profile: CompanyProfile, rules: RuleBook,
                      today: date | None) -> Dated | None:
    """``appeal_respond_by`` on a contested request: the appeal rows' respond_by from the appeal date.

    The appeal itself is a request of type ``appeal`` with its own clock; this date is the same
    one, shown on the original request (``DeadlineFacts.appeal_received``) for convenience.
    """
    if facts.appeal_received is None:
        return None
    appeal_facts = DeadlineFacts(regime=facts.regime, types=(RequestType.APPEAL.value,),
                                 received=facts.appeal_received, regime_confirmed=facts.regime_confirmed)
    unconfirmed, considered = _considered(appeal_facts, profile, rules)
    engine = _Engine(appeal_facts, profile, rules, today)
    results = [engine.one(regime, RequestType.APPEAL.value) for regime in considered]
    part, _flags, _notes = _merge_regimes(RequestType.APPEAL.value, results, considered, unconfirmed, rules)
    dated = part.milestones.get("respond_by")
    if dated is None:
        return None
    return Dated(dated.date, f"Appeal received {_d(facts.appeal_received)}: {dated.explanation}",
                 dated.type, dated.regime, dated.provisional, cite=dated.cite, source=dated.source)


def compute(facts: DeadlineFacts, profile: CompanyProfile, rules: RuleBook,
            today: date | None = None) -> Schedule:
    """Compute every milestone of a request (spec: shared/reference/deadlines.md).

    ``today`` is used only for provisional dates while a pause is still open. Raises
    ``DeadlineError`` for an unknown regime or type, no type, or a pause that ends before it starts.
    """
    _check_facts(facts, rules)
    engine = _Engine(facts, profile, rules, today)
    unconfirmed, considered = _considered(facts, profile, rules)

    parts: list[TypeSchedule] = []
    flags: set[str] = set()
    notes: list[str] = []
    if unconfirmed:
        flags.add("regime_not_confirmed")
        if considered == (UNKNOWN,):
            notes.append("The law is not confirmed and the company's notice covers no law: only the "
                         "company's default period applies")
        else:
            notes.append("The law is not confirmed: each date is the earliest under the laws the "
                         f"company's notice covers ({_join([rules.label(r) for r in considered])})")
    for rtype in dict.fromkeys(facts.types):
        results = [engine.one(regime, rtype) for regime in considered]
        part, part_flags, part_notes = _merge_regimes(rtype, results, considered, unconfirmed, rules)
        parts.append(part)
        flags |= part_flags
        notes.extend(n for n in part_notes if n not in notes)

    milestones: dict[str, Dated] = {}
    multi = len(parts) > 1
    for name in MILESTONE_ORDER:
        best: Dated | None = None
        for part in parts:
            dated = part.milestones.get(name)
            if dated is not None and (best is None or dated.date < best.date):
                best = dated
        if best is not None:
            if multi:
                best = Dated(best.date, f"[{rules.type_label(best.type)}] {best.explanation}", best.type,
                             best.regime, best.provisional, cite=best.cite, source=best.source)
            milestones[name] = best
    appeal = _appeal_milestone(facts, profile, rules, today)
    if appeal is not None:
        milestones["appeal_respond_by"] = appeal
    if multi and "respond_by_extended" in milestones:
        fixed = [rules.type_label(p.type) for p in parts if p.extension == "none"]
        if fixed:
            notes.append(f"{_join(fixed)} cannot be extended: extending this request leaves "
                         f"{'its' if len(fixed) == 1 else 'their'} reply date in force")

    if facts.agent:
        flags.add("agent")
    if RequestType.ACCESS in facts.types and facts.prior_access_requests_12m >= 1:
        flags.add("repeat_request")
    kinds = {p.extension for p in parts}
    extension = "computed" if "computed" in kinds else "staff_set" if "staff_set" in kinds else "none"
    ordered = [f for f in FLAG_ORDER if f in flags] + sorted(flags - set(FLAG_ORDER))
    return Schedule(regime=facts.regime, types=tuple(p.type for p in parts), received=facts.received,
                    milestones=milestones, flags=tuple(ordered), notes=tuple(notes), parts=tuple(parts),
                    regimes_considered=considered if unconfirmed else (), extension=extension)


def _check_facts(facts: DeadlineFacts, rules: RuleBook) -> None:
    if facts.regime != UNKNOWN and facts.regime not in rules.regimes:
        raise DeadlineError(f"unknown regime {facts.regime!r}; valid values: "
                            + ", ".join([*rules.regime_ids(), UNKNOWN]))
    if not facts.types:
        raise DeadlineError("a request needs at least one type; valid values: "
                            + ", ".join(values(RequestType)))
    for rtype in facts.types:
        if rtype not in values(RequestType):
            raise DeadlineError(f"unknown request type {rtype!r}; valid values: "
                                + ", ".join(values(RequestType)))
    for pause in facts.pauses:
        if pause.waiting_for not in values(PauseReason):
            raise DeadlineError(f"unknown pause reason {pause.waiting_for!r}; valid values: "
                                + ", ".join(values(PauseReason)))
        if pause.end is not None and pause.end < pause.start:
            raise DeadlineError(f"a {pause.waiting_for} pause ends ({pause.end.isoformat()}) before it "
                                f"starts ({pause.start.isoformat()})")
        if pause.waiting_for == PauseReason.CLARIFICATION and pause.start < facts.received:
            raise DeadlineError(f"clarification asked on {pause.start.isoformat()}, before the request "
                                f"was received ({facts.received.isoformat()})")


# --------------------------------------------------------------------------------------------
# Status and extensions


def _respond_target(schedule: Schedule, facts: DeadlineFacts) -> tuple[str, Dated]:
    """The response milestone in force: respond_by, or the extended date once extended.

    When extended, a type that allows no extension keeps its own respond_by (multi-type).
    """
    respond_by = schedule.milestones["respond_by"]
    extended = schedule.milestones.get("respond_by_extended")
    if not facts.extended or extended is None:
        return "respond_by", respond_by
    fixed = [p.milestones["respond_by"] for p in schedule.parts
             if p.extension == "none" and "respond_by" in p.milestones]
    earliest_fixed = min(fixed, key=lambda d: d.date) if fixed else None
    if earliest_fixed is not None and earliest_fixed.date < extended.date:
        return "respond_by", Dated(earliest_fixed.date,
                                   f"{earliest_fixed.type.replace('_', ' ')} cannot be extended: "
                                   f"{earliest_fixed.explanation}",
                                   earliest_fixed.type, earliest_fixed.regime, earliest_fixed.provisional,
                                   cite=earliest_fixed.cite, source=earliest_fixed.source)
    return "respond_by_extended", extended


def clock_status(schedule: Schedule, facts: DeadlineFacts, profile: CompanyProfile, today: date) -> ClockStatus:
    """Where the request's clock stands on ``today``.

    The next milestone is ``acknowledge_by`` until acknowledged, then ``respond_by`` (or
    ``respond_by_extended`` once extended) until closed; after a US-state appeal is received and
    not yet decided, ``appeal_respond_by``. Precedence: closed_on_time / closed_late > paused >
    overdue > due_soon > extended > on_track. ``due_soon``: at most ``profile.due_soon_days`` days
    left, or at least ``profile.due_soon_fraction`` of the period (from receipt) elapsed.
    ``closed_late`` also covers a missed acknowledgement.
    """
    appeal = schedule.milestones.get("appeal_respond_by")
    appeal_open = (appeal is not None and facts.appeal_received is not None
                   and (facts.closed_on is None or facts.closed_on < facts.appeal_received))
    if facts.closed_on is not None and not appeal_open:
        return _closed_status(schedule, facts, appeal)

    ack = schedule.milestones.get("acknowledge_by")
    period_start = facts.received
    if appeal_open and appeal is not None and facts.appeal_received is not None:
        name, target = "appeal_respond_by", appeal
        period_start = facts.appeal_received
    elif ack is not None and facts.acknowledged_on is None:
        name, target = "acknowledge_by", ack
    else:
        name, target = _respond_target(schedule, facts)
    days_left = (target.date - today).days
    span = (target.date - period_start).days
    elapsed = (today - period_start).days
    fraction = elapsed / span if span > 0 else 1.0
    where = milestone_where(name, target.date)
    if target.provisional:
        state = ClockState.PAUSED
        text = f"paused: waiting for the requester; “{where}” is provisional"
    elif days_left < 0:
        state = ClockState.OVERDUE
        text = f"overdue: {where} was {_plural(-days_left, 'day')} ago"
    elif days_left <= profile.due_soon_days or fraction >= profile.due_soon_fraction:
        state = ClockState.DUE_SOON
        text = f"due soon: {where}, {_plural(days_left, 'day')} left"
    elif facts.extended and name == "respond_by_extended":
        state = ClockState.EXTENDED
        text = f"extended: {where}, {_plural(days_left, 'day')} left"
    else:
        state = ClockState.ON_TRACK
        text = f"on track: {where}, {_plural(days_left, 'day')} left"
    return ClockStatus(state, name, target.date, days_left, f"{text} — {target.explanation}")


def _closed_status(schedule: Schedule, facts: DeadlineFacts, appeal: Dated | None) -> ClockStatus:
    assert facts.closed_on is not None
    closed = facts.closed_on
    if appeal is not None and facts.appeal_received is not None:
        name, target = "appeal_respond_by", appeal
    else:
        name, target = _respond_target(schedule, facts)
    problems: list[str] = []
    if closed > target.date:
        problems.append(f"closed {_plural((closed - target.date).days, 'day')} after the "
                        f"“{_MILESTONE_WORDS[name]}” date {_d(target.date)}")
    ack = schedule.milestones.get("acknowledge_by")
    if ack is not None:
        acked = facts.acknowledged_on
        if acked is not None and acked > ack.date:
            problems.append(f"acknowledged {_d(acked)}, after the acknowledgement date {_d(ack.date)}")
        elif acked is None and closed > ack.date:
            problems.append(f"never acknowledged (it was due by {_d(ack.date)})")
    if problems:
        return ClockStatus(ClockState.CLOSED_LATE, None, target.date, None,
                           f"closed late on {_d(closed)}: " + "; ".join(problems))
    margin = (target.date - closed).days
    words = _MILESTONE_WORDS[name]
    return ClockStatus(ClockState.CLOSED_ON_TIME, None, target.date, None,
                       f"closed on time on {_d(closed)}, {_plural(margin, 'day')} before the "
                       f"“{words}” date {_d(target.date)}" if margin else
                       f"closed on time on {_d(closed)}, the day the “{words}” date was due")


def check_extension(schedule: Schedule, facts: DeadlineFacts, rules: RuleBook, today: date,
                    new_date: date | None) -> None:
    """Refuse an extension the law does not allow; return None when it may go ahead.

    Raises ``ExtensionRefused`` with a plain-words reason if: the request is closed or already
    extended; no rule allows an extension; the last day to tell the requester has passed; under a
    staff-set regime (fadp) no new date was given, or it is not after respond_by; a given date is
    not after respond_by or is later than the law (or the company notice) allows. ``rules`` is
    accepted for symmetry with ``compute`` and to name the regime in messages.
    """
    if facts.closed_on is not None:
        raise ExtensionRefused(f"The request was closed on {_d(facts.closed_on)}; there is "
                               "nothing to extend.")
    if facts.extended:
        raise ExtensionRefused("The request is already extended; the law allows one extension.")
    regime = (rules.label(schedule.regime) if schedule.regime in rules.regimes
              else "the laws the company's notice covers")
    if schedule.extension == "none":
        reasons = "; ".join(p.why_no_extension for p in schedule.parts if p.why_no_extension)
        raise ExtensionRefused(f"No extension is possible: {reasons or regime + ' allows none'}.")
    notice = schedule.milestones.get("extension_notice_by")
    if notice is not None and today > notice.date:
        raise ExtensionRefused(
            f"Too late to extend: the requester had to be told by {_d(notice.date)} "
            f"({notice.explanation}).")
    respond_by = schedule.milestones["respond_by"].date
    if schedule.extension == "staff_set" and new_date is None:
        raise ExtensionRefused(
            f"Under {regime} the law sets no maximum, so you must give the new date (after "
            f"{_d(respond_by)}) and tell the requester how long it will take.")
    if new_date is None:
        return
    if new_date <= respond_by:
        raise ExtensionRefused(f"The new date {_d(new_date)} must be after the reply date "
                               f"{_d(respond_by)}.")
    if schedule.extension == "computed":
        limit = schedule.date("respond_by_extended")
    else:
        known = [p.extension_limit for p in schedule.parts if p.extension_limit is not None]
        limit = min(known) if known else None
    if limit is not None and new_date > limit:
        raise ExtensionRefused(f"The new date {_d(new_date)} is later than allowed: at most "
                               f"{_d(limit)}.")
