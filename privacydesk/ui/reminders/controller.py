"""Reminders that reach the staff member: each once, not every minute; the daily summary; the tray's count.

``ReminderController(reminders, refresh_paused, runner, tray, show_banner, status)`` receives the
reminder service (what is due and not yet told, and the record of what was told), the one call that
recomputes provisional dates for a new day (``milestones.refresh_paused``), the task runner, the
tray icon (``tray.TrayIcon``; it may have no tray) and the window's banner and status line for when
there is no tray. It announces:

* ``request_wanted(id, ref)`` — a notification about one request was clicked: open it;
* ``calendar_wanted()`` — a grouped notification was clicked: show the calendar;
* ``day_changed(date)`` — midnight passed (or the computer woke up on another day): refresh;
* ``dates_refreshed(n)`` — provisional dates were recomputed (the lists may have changed).

When it runs: at start (dates of paused requests recomputed for today, then the daily summary once a
day, then the reminders), after each sync and each change (``check``), every few minutes, every hour
(``refresh_paused`` again, and the day checked) and just after midnight. What was shown is recorded
by the service (``mark_notified``) per staff member, so a restart, a second check or a second window
never repeats it. New requests that the mail notification already announced are recorded as told
(``after_sync``), so one request is never announced twice.

Several notices are shown one after another (a few seconds apart), never all at once; without a
tray they go to the banner together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from privacydesk.domain.wording import plural
from privacydesk.services.queries import Counts
from privacydesk.services.reminders import DailySummary, Notice, Reminder, ReminderService
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

CHECK_MS = 5 * 60 * 1000
HOUR_MS = 60 * 60 * 1000
NOTICE_GAP_MS = 6000


class Tray(Protocol):
    available: bool

    def show_message(self, title: str, text: str, target: Any = None) -> bool: ...

    def set_count(self, due_today: int, overdue: int) -> None: ...


class ReminderController(QObject):
    request_wanted = Signal(int, str)
    calendar_wanted = Signal()
    day_changed = Signal(object)
    dates_refreshed = Signal(int)
    #: A notice was given (title, text) — by the tray or the banner.
    notice_shown = Signal(str, str)
    #: A check for reminders finished: how many new notices it queued or showed (tests, the bench).
    checked = Signal(int)

    def __init__(self, reminders: ReminderService, refresh_paused: Callable[[], int], runner: Runner, tray: Tray,
                 show_banner: Callable[[str], None], status: Callable[[str, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reminders = reminders
        self.refresh_paused = refresh_paused
        self.runner = runner
        self.tray = tray
        self._show_banner = show_banner
        self._status = status
        self.day: date = reminders.requests.today()
        self._queue: list[tuple[Notice, Any]] = []
        self._in_hand: set[str] = set()  # keys queued or being recorded: not asked for again
        self._targets: dict[int, str] = {}
        self._closed = False
        self._checking = False
        self._check_again = False
        self._summary: tuple[str, str] | None = None  # the daily summary, given with the next reminders

        self._check_timer = QTimer(self)
        self._check_timer.setInterval(CHECK_MS)
        self._check_timer.timeout.connect(self.check)
        self._hour_timer = QTimer(self)
        self._hour_timer.setInterval(HOUR_MS)
        self._hour_timer.timeout.connect(self._on_hour_timer_timeout)
        self._midnight_timer = QTimer(self)
        self._midnight_timer.setSingleShot(True)
        self._midnight_timer.timeout.connect(self._on_hour_timer_timeout)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_GAP_MS)
        self._notice_timer.timeout.connect(self._show_next)

    # -- running -------------------------------------------------------------------------------------
    def start(self) -> None:
        """Recompute today's provisional dates, give the daily summary (once a day), then the
        reminders; start the timers."""
        self._check_timer.start()
        self._hour_timer.start()
        self._arm_midnight()
        self._refresh_dates(then=self._summary_then_check)

    def shutdown(self) -> None:
        self._closed = True
        for timer in (self._check_timer, self._hour_timer, self._midnight_timer, self._notice_timer):
            timer.stop()
        self._queue.clear()

    def _arm_midnight(self) -> None:
        """A single shot a few seconds after the next midnight in the company's time zone."""
        now = self.reminders.requests.now().astimezone(self.reminders.requests.profile.tz)
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo)
        self._midnight_timer.start(max(1000, int((midnight - now).total_seconds() * 1000) + 5000))

    def _on_hour_timer_timeout(self) -> None:
        if self._closed:
            return
        if not self._midnight_timer.isActive():
            self._arm_midnight()
        today = self.reminders.requests.today()
        new_day = today != self.day
        self.day = today

        def after(_moved: int) -> None:
            if new_day:
                emit(self.day_changed, today)
                self._summary_then_check()
            else:
                self.check()

        self._refresh_dates(then=after)

    def _refresh_dates(self, then: Callable[[int], None]) -> None:
        refresh = self.refresh_paused

        def done(moved: int) -> None:
            if moved:
                emit(self.dates_refreshed, moved)
            then(moved)

        def failed(exc: BaseException) -> None:
            log.warning("recomputing provisional dates failed: %s", type(exc).__name__)
            then(0)

        self.runner.write(refresh, done, failed, name="refresh paused dates")

    # -- the daily summary -----------------------------------------------------------------------------
    def _summary_then_check(self, _moved: int = 0) -> None:
        reminders = self.reminders
        self.runner.write(reminders.summary_once, self._on_summary, lambda exc: self._on_summary(None),
                          name="daily summary")

    def _on_summary(self, summary: DailySummary | None) -> None:
        if summary is not None and not self._closed:
            text = summary.text + ("." if not summary.text.endswith(".") else "")
            if summary.due_today or summary.overdue:
                text += " Open the calendar or the Overdue queue to see them."
            self._summary = ("Today's privacy requests", text)
        self.check()

    # -- reminders -----------------------------------------------------------------------------------
    def check(self) -> None:
        """Ask for what is due and not yet told; show it (once)."""
        if self._closed:
            return
        if self._checking:
            self._check_again = True
            return
        self._checking = True
        reminders = self.reminders
        self.runner.read(reminders.pending, self._on_pending, self._on_pending_failed, name="reminders")

    def _on_pending_failed(self, exc: BaseException) -> None:
        self._checking = False
        log.warning("reminders failed: %s", type(exc).__name__)
        self._enqueue([])
        emit(self.checked, 0)

    def _on_pending(self, pending: Sequence[Reminder]) -> None:
        self._checking = False
        if self._closed:
            return
        fresh = [r for r in pending if r.key not in self._in_hand]
        notices: list[Notice] = []
        if fresh:
            for reminder in fresh:
                self._targets[reminder.request_id] = reminder.ref
            notices = self.reminders.notices(fresh)
            for notice in notices:
                self._in_hand.update(notice.keys)
        self._enqueue(notices)
        emit(self.checked, len(notices))
        if self._check_again:
            self._check_again = False
            self.check()

    def _enqueue(self, notices: Sequence[Notice]) -> None:
        summary, self._summary = self._summary, None
        if not notices and summary is None:
            return
        if not getattr(self.tray, "available", False):
            # No tray: the summary and every reminder in the banner together, recorded at once.
            # A short banner: the summary, and the reminders themselves only when there are few
            # (the queues and the calendar list the rest; the banner is not a list).
            lines = [f"{summary[0]}: {summary[1]}"] if summary else []
            if len(notices) <= 2:
                lines += [n.title if n.title.endswith(".") else f"{n.title}." for n in notices]
            elif summary is None:
                lines.append(f"{plural(len(notices), 'request')} need attention: see the Overdue and Due soon "
                             "queues, or the calendar.")
            text = " ".join(lines)
            if text:
                self._show_banner(text)
            for title, body in ([summary] if summary else []) + [(n.title, n.body) for n in notices]:
                emit(self.notice_shown, title, body)
            self._record(notices)
            return
        idle = not self._queue and not self._notice_timer.isActive()
        if summary is not None:
            self._give(*summary, None)
        self._queue.extend((n, self._target(n)) for n in notices)
        if idle and self._queue:
            if summary is not None:
                self._notice_timer.start()  # the summary stays on screen a moment first
            else:
                self._show_next()

    def _target(self, notice: Notice) -> Any:
        if notice.request_id is None:
            return None
        return (notice.request_id, self._targets.get(notice.request_id, ""))

    def _show_next(self) -> None:
        if self._closed or not self._queue:
            return
        notice, target = self._queue.pop(0)
        self._give(notice.title, notice.body, target)
        self._record([notice])
        if self._queue:
            self._notice_timer.start()

    def _give(self, title: str, text: str, target: Any) -> None:
        if not self.tray.show_message(title, text, target):
            self._show_banner(f"{title}: {text}")
        self._status(f"{title}: {text}", 15000)
        emit(self.notice_shown, title, text)

    def _record(self, notices: Sequence[Notice]) -> None:
        if not notices:
            return
        reminders = self.reminders
        items = list(notices)

        def done(_result: object) -> None:
            for notice in items:
                self._in_hand.difference_update(notice.keys)

        self.runner.write(lambda: reminders.mark_notified(items), done,
                          lambda exc: log.warning("recording reminders failed: %s", type(exc).__name__),
                          name="reminders shown")

    # -- news from other parts -------------------------------------------------------------------------
    def after_sync(self, announced_refs: Sequence[str]) -> None:
        """Mail was filed and its new requests were announced already: record those as told, then
        check for the rest (so no request is announced twice)."""
        refs = set(announced_refs)
        if not refs:
            self.check()
            return
        reminders = self.reminders

        def mark() -> int:
            told = [r for r in reminders.new_requests() if r.ref in refs]
            reminders.mark_notified(told)
            return len(told)

        self.runner.write(mark, lambda _n: self.check(), lambda _exc: self.check(), name="reminders announced")

    def on_counts(self, counts: Counts) -> None:
        """The queues' figures arrived: the tray shows due today + overdue."""
        self.tray.set_count(counts.due_today, counts.overdue)

    def on_message_clicked(self, target: Any) -> None:
        if isinstance(target, tuple) and len(target) == 2 and isinstance(target[0], int):
            emit(self.request_wanted, target[0], str(target[1]))
        else:
            emit(self.calendar_wanted)
