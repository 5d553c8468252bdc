"""Reminders: what to tell the staff member, and only once (no Qt here; the window shows them).

* **Due dates** — deadlines of running clocks that fall tomorrow, today, or have passed, each
  reminded once per stage ("due tomorrow", "due today", "overdue") for that date: if the date
  moves (an extension, a pause), the new date is reminded again.
* **New requests** — requests created since this staff member first used reminders (so the first
  start does not announce every old request).
* **Daily summary** — "3 due today, 1 overdue", once a day.

What was shown is stored per staff member (``reminders_sent``, keyed by the configured staff name),
so two people on one team database each get their own, and a restart does not repeat anything.
The window asks ``pending()`` (e.g. every minute and after each sync), shows ``notices(...)``
(individual ones for a few, one grouped notice for many) and then calls ``mark_notified`` with
what it showed. Texts hold the reference and plain words only — never a requester's name or
address (notifications show on a locked screen).

Settings (``domain/settings.py``): ``reminders.due``, ``reminders.tomorrow``,
``reminders.new_requests``, ``reminders.daily_summary``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, and_, case, cast, exists, func, insert, literal, select

from privacydesk.domain import settings as decl
from privacydesk.domain.calendar import MilestoneKind, days_left_words, milestone_words
from privacydesk.store.db import Database
from privacydesk.store.models import ReminderSent, Request, RequestMilestone

if TYPE_CHECKING:
    from privacydesk.services.queries import RequestQueries
    from privacydesk.services.requests import RequestService
    from privacydesk.services.settings import SettingsService

STAGES = ("overdue", "today", "tomorrow")
SINCE_KEY = "since"


@dataclass(frozen=True)
class Reminder:
    """One thing to tell the staff member. ``key`` identifies it in ``mark_notified``."""

    key: str
    kind: str  # "due" or "new_request"
    request_id: int
    ref: str
    title: str
    body: str
    stage: str | None = None  # due: overdue | today | tomorrow
    milestone: str | None = None
    due: date | None = None


@dataclass(frozen=True)
class Notice:
    """What one desktop notification says; ``request_id`` is what clicking it opens (None: a group)."""

    title: str
    body: str
    request_id: int | None
    keys: tuple[str, ...]


@dataclass(frozen=True)
class DailySummary:
    day: date
    due_today: int
    overdue: int
    due_tomorrow: int
    text: str  # "3 due today, 1 overdue"


def summary_text(due_today: int, overdue: int, due_tomorrow: int = 0) -> str:
    parts = []
    if due_today:
        parts.append(f"{due_today} due today")
    if overdue:
        parts.append(f"{overdue} overdue")
    if due_tomorrow:
        parts.append(f"{due_tomorrow} due tomorrow")
    return ", ".join(parts) if parts else "Nothing due today"


def _day(d: date) -> str:
    return d.strftime("%a %d %b").replace(" 0", " ")


class ReminderService:
    def __init__(self, db: Database, requests: RequestService, settings: SettingsService,
                 queries: RequestQueries) -> None:
        self.db = db
        self.requests = requests
        self.settings = settings
        self.queries = queries

    def recipient(self) -> str:
        return self.settings.staff_name()

    # -- what is due -------------------------------------------------------------------------------
    def due(self, today: date | None = None, *, unshown_only: bool = False) -> list[Reminder]:
        """Deadlines of running clocks dated tomorrow or earlier; with ``unshown_only``, only those
        not yet shown to this staff member (the check runs in SQL, so a backlog of thousands of
        overdue dates costs one query a minute, not thousands)."""
        today = today or self.requests.today()
        m = RequestMilestone
        stage = case((m.due < today, literal("overdue")), (m.due == today, literal("today")),
                     else_=literal("tomorrow"))
        key = (literal("due:") + cast(m.request_id, String) + literal(":") + m.name + literal(":")
               + cast(m.due, String) + literal(":") + stage)
        query = (select(m.request_id, Request.ref, m.name, m.due, stage)
                 .join(Request, Request.id == m.request_id)
                 .where(Request.next_milestone.is_not(None), m.kind == MilestoneKind.DEADLINE.value,
                        m.provisional.is_(False), m.due <= today + timedelta(days=1))
                 .order_by(m.due, Request.ref, m.name))
        if unshown_only:
            query = query.where(~exists().where(ReminderSent.recipient == self.recipient(),
                                                ReminderSent.key == key))
        out: list[Reminder] = []
        with self.db.read() as session:
            for rid, ref, name, due, stage_name in session.execute(query):
                words = milestone_words(name)
                when = days_left_words((due - today).days)
                title = f"{ref}: {words} — {when}"
                # "Reply due: Mon 16 Nov." (not "Reply due was due …": the words name the step, the title
                # says how late or near it is).
                body = f"{words}: {_day(due)}. Click to open the request."
                out.append(Reminder(f"due:{rid}:{name}:{due.isoformat()}:{stage_name}", "due", rid, ref, title,
                                    body, stage_name, name, due))
        return out

    def new_requests(self) -> list[Reminder]:
        """Requests created since this staff member's reminders began (the first call starts it)."""
        since = self._since()
        query = (select(Request.id, Request.ref, Request.types, Request.next_due, Request.next_milestone)
                 .where(Request.created_at > since, Request.next_milestone.is_not(None))
                 .order_by(Request.id))
        out: list[Reminder] = []
        with self.db.read() as session:
            for rid, ref, types, next_due, next_ms in session.execute(query):
                kinds = ", ".join(str(t).replace("_", " ") for t in types) or "privacy"
                body = f"A new {kinds} request."
                if next_due is not None and next_ms:
                    body += f" {milestone_words(next_ms)}: {_day(next_due)}."
                out.append(Reminder(f"new:{rid}", "new_request", rid, ref, f"New privacy request {ref}",
                                    body + " Click to open it."))
        return out

    def _since(self) -> Any:
        recipient = self.recipient()
        with self.db.read() as session:
            since = session.execute(select(ReminderSent.sent_at).where(
                ReminderSent.recipient == recipient, ReminderSent.key == SINCE_KEY)).scalar_one_or_none()
        if since is not None:
            return since
        self._record([(SINCE_KEY, None)])
        with self.db.read() as session:
            return session.execute(select(ReminderSent.sent_at).where(
                ReminderSent.recipient == recipient, ReminderSent.key == SINCE_KEY)).scalar_one()

    # -- what has not been shown -------------------------------------------------------------------
    def pending(self, today: date | None = None) -> list[Reminder]:
        """Reminders not shown to this staff member yet, per their settings; overdue first."""
        wanted: list[Reminder] = []
        if self.settings.get(decl.REMINDERS_DUE):
            stages = set(STAGES) if self.settings.get(decl.REMINDERS_TOMORROW) else {"overdue", "today"}
            wanted += [r for r in self.due(today, unshown_only=True) if r.stage in stages]
        if self.settings.get(decl.REMINDERS_NEW_REQUESTS):
            new = self.new_requests()
            shown = self._shown([r.key for r in new]) if new else set()
            wanted += [r for r in new if r.key not in shown]
        return wanted

    def _shown(self, keys: Sequence[str]) -> set[str]:
        recipient = self.recipient()
        out: set[str] = set()
        with self.db.read() as session:
            for start in range(0, len(keys), 500):
                out.update(session.execute(select(ReminderSent.key).where(
                    ReminderSent.recipient == recipient,
                    ReminderSent.key.in_(keys[start:start + 500]))).scalars())
        return out

    def mark_notified(self, reminders: Iterable[Reminder | Notice | str]) -> None:
        """Record what was shown; repeating it is harmless."""
        entries: list[tuple[str, int | None]] = []
        for item in reminders:
            if isinstance(item, Reminder):
                entries.append((item.key, item.request_id))
            elif isinstance(item, Notice):
                entries.extend((key, _request_of(key)) for key in item.keys)
            else:
                entries.append((item, _request_of(item)))
        self._record(entries)

    def _record(self, entries: Sequence[tuple[str, int | None]]) -> None:
        if not entries:
            return
        recipient = self.recipient()
        unique = dict(entries)
        with self.db.write() as session:
            existing: set[str] = set()
            keys = list(unique)
            for start in range(0, len(keys), 500):
                existing.update(session.execute(select(ReminderSent.key).where(and_(
                    ReminderSent.recipient == recipient,
                    ReminderSent.key.in_(keys[start:start + 500])))).scalars())
            # sent_at: the wall clock, like requests' created_at ("new since" compares the two).
            rows = [{"recipient": recipient, "key": key, "request_id": rid}
                    for key, rid in unique.items() if key not in existing]
            if rows:
                session.execute(insert(ReminderSent), rows)

    @staticmethod
    def notices(reminders: Sequence[Reminder], limit: int = 3) -> list[Notice]:
        """Desktop notifications for ``reminders``: one each for the first ``limit`` (most urgent
        first), then one grouped notice for the rest — never a flood."""
        order = {"overdue": 0, "today": 1, "tomorrow": 2, None: 3}
        ranked = sorted(reminders, key=lambda r: (order.get(r.stage, 3), r.due or date.max, r.ref))
        out = [Notice(r.title, r.body, r.request_id, (r.key,)) for r in ranked[:limit]]
        rest = ranked[limit:]
        if rest:
            overdue = sum(1 for r in rest if r.stage == "overdue")
            today = sum(1 for r in rest if r.stage == "today")
            tomorrow = sum(1 for r in rest if r.stage == "tomorrow")
            new = sum(1 for r in rest if r.kind == "new_request")
            parts = [p for p in (f"{overdue} overdue" if overdue else "", f"{today} due today" if today else "",
                                 f"{tomorrow} due tomorrow" if tomorrow else "",
                                 f"{new} new requests" if new > 1 else "1 new request" if new else "") if p]
            out.append(Notice(f"{len(rest)} more reminders", ", ".join(parts) + ". Open the calendar to see them.",
                              None, tuple(r.key for r in rest)))
        return out

    # -- the daily summary and the tray --------------------------------------------------------------
    def summary(self, today: date | None = None) -> DailySummary:
        """Requests due today / overdue / due tomorrow (the same figures as the queues)."""
        day = today or self.requests.today()
        counts = self.queries.counts()
        with self.db.read() as session:
            tomorrow = int(session.execute(select(func.count(Request.id)).where(
                Request.next_milestone.is_not(None), Request.clock_provisional.is_(False),
                Request.next_due == day + timedelta(days=1))).scalar_one())
        return DailySummary(day, counts.due_today, counts.overdue, tomorrow,
                            summary_text(counts.due_today, counts.overdue, tomorrow))

    def summary_once(self) -> DailySummary | None:
        """The daily summary on the first call of each day (then recorded), else None."""
        if not self.settings.get(decl.REMINDERS_DAILY_SUMMARY):
            return None
        summary = self.summary()
        key = f"summary:{summary.day.isoformat()}"
        if self._shown([key]):
            return None
        self._record([(key, None)])
        return summary

    def tray_count(self) -> int:
        """The tray icon's figure: requests due today plus overdue ones."""
        counts = self.queries.counts()
        return counts.due_today + counts.overdue


def _request_of(key: str) -> int | None:
    parts = key.split(":")
    if len(parts) >= 2 and parts[0] in ("due", "new") and parts[1].isdigit():
        return int(parts[1])
    return None
