"""What the calendar part does: months, the chosen day, the agenda, opening a request, exporting.

``CalendarController(calendar, export, runner, page, dialogs, status)`` receives exactly what it
uses: the calendar service (``month``, ``day``, ``agenda`` — SQL over stored milestones), the
calendar export (``.ics`` files), the task runner, its view, the dialog host and a status line.
It announces facts with signals; the composition root connects them to the other parts:

* ``request_wanted(id, ref)`` — a due date was clicked: the requests part opens that request;
* ``settings_wanted(page)`` — "Calendar apps…": the settings open at that page;
* ``month_shown(year, month)`` / ``day_shown(date)`` / ``agenda_shown()`` — for tests and the bench.

Fast month switching: every month comes from a read worker, and once shown its neighbours are
fetched too, so ◀ and ▶ usually find the next month ready (a cache of ``MonthView`` values, emptied
by ``refresh()`` whenever a request changes, mail is filed or the day changes). A month that is not
ready shows when its answer arrives; answers to an older question are dropped.
"""

from __future__ import annotations

import calendar as pycalendar
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from privacydesk.domain import settings as decl
from privacydesk.domain.wording import plural
from privacydesk.services.calendar import Agenda, CalendarItem, CalendarService, MonthView
from privacydesk.services.calendar_export import CalendarExport, ExportResult
from privacydesk.ui.calendar.models import AgendaModel, DayItemsModel, MonthModel, long_day
from privacydesk.ui.calendar.view import CalendarPage
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

#: At most so many items per agenda section (each heading still says how many there are in all).
AGENDA_LIMIT = 200
AGENDA_DAYS = 30
MONTHS_KEPT = 12

StatusLine = Callable[[str, int], None]


def month_name(year: int, month: int) -> str:
    return CalendarService.month_name(year, month)


def shifted(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


class CalendarController(QObject):
    #: A due date was clicked: open this request (database id, reference).
    request_wanted = Signal(int, str)
    #: The settings should open at this page (e.g. "calendar").
    settings_wanted = Signal(str)
    #: A month is on screen (year, month).
    month_shown = Signal(int, int)
    #: The chosen day's list is on screen.
    day_shown = Signal(object)
    #: The agenda is on screen.
    agenda_shown = Signal()

    def __init__(self, calendar: CalendarService, export: CalendarExport, runner: Runner, page: CalendarPage,
                 dialogs_host: DialogHost, status: StatusLine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.export = export
        self.runner = runner
        self.page = page
        self.month_model: MonthModel = page.month_model
        self.day_model: DayItemsModel = page.day_model
        self.agenda_model: AgendaModel = page.agenda_model
        self.dialogs = dialogs_host
        self._status = status
        today = calendar.today()
        self.year, self.month = today.year, today.month
        self.day: date = today
        self.months: dict[tuple[int, int], MonthView] = {}
        self._asked: set[tuple[int, int]] = set()
        self._month_generation = 0
        self._day_generation = 0
        self._agenda_generation = 0
        self._cache_generation = 0
        self.started = False
        self.stale = False

        page.previous_button.clicked.connect(self.previous_month)
        page.next_button.clicked.connect(self.next_month)
        page.today_button.clicked.connect(self.go_today)
        page.shortcut_previous.activated.connect(self.previous_month)
        page.shortcut_next.activated.connect(self.next_month)
        page.shortcut_today.activated.connect(self.go_today)
        page.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        page.day_table.clicked.connect(self._on_day_table_clicked)
        page.day_table.activated.connect(self._on_day_table_clicked)
        page.agenda_table.clicked.connect(self._on_agenda_table_clicked)
        page.agenda_table.activated.connect(self._on_agenda_table_clicked)
        page.export_button.clicked.connect(self.choose_export_file)
        page.keep_current_button.clicked.connect(lambda: emit(self.settings_wanted, "calendar"))

    # -- starting and refreshing ---------------------------------------------------------------------
    def start(self) -> None:
        """The first month (today's), today's list and the agenda."""
        self.started = True
        self.stale = False
        today = self.calendar.today()
        self.day = today
        self.show_month(today.year, today.month, select=today)
        self.load_agenda()

    def show(self) -> None:
        """The page came on screen: the first time, start; after changes elsewhere, refresh."""
        if not self.started:
            self.start()
        elif self.stale:
            self.refresh()

    def invalidate(self) -> None:
        """Due dates changed while the page is not on screen: refresh when it is shown again."""
        self.months.clear()
        self._asked.clear()
        self._cache_generation += 1
        self.stale = True

    def refresh(self) -> None:
        """Something changed (a request, new mail, the day): forget cached months, show again."""
        self.invalidate()
        if not self.started:
            return
        self.stale = False
        self.show_month(self.year, self.month, select=self.day)
        self.load_agenda()

    # -- months ----------------------------------------------------------------------------------------
    def previous_month(self) -> None:
        year, month = shifted(self.year, self.month, -1)
        self.show_month(year, month)

    def next_month(self) -> None:
        year, month = shifted(self.year, self.month, 1)
        self.show_month(year, month)

    def go_today(self) -> None:
        today = self.calendar.today()
        self.show_month(today.year, today.month, select=today)

    def show_month(self, year: int, month: int, *, select: date | None = None) -> None:
        """Show ``year``-``month`` (from the cache when it is ready, else when its answer arrives) and
        choose ``select`` — by default the same day of the month, or today in today's month."""
        self.year, self.month = year, month
        if select is None:
            today = self.calendar.today()
            if (today.year, today.month) == (year, month):
                select = today
            else:
                select = date(year, month, min(self.day.day, pycalendar.monthrange(year, month)[1]))
        self.day = select
        self.page.title.setText(month_name(year, month))
        self._month_generation += 1
        generation = self._month_generation
        cached = self.months.get((year, month))
        if cached is not None:
            self._apply_month(cached, select)
            return
        self.page.month_total.setText("  loading…")
        self._fetch(year, month, lambda view: self._on_month_loaded(generation, view, select))

    def _fetch(self, year: int, month: int, then: Callable[[MonthView], None] | None) -> None:
        calendar = self.calendar
        cache_generation = self._cache_generation
        key = (year, month)
        self._asked.add(key)

        def done(view: MonthView) -> None:
            if cache_generation == self._cache_generation:
                self._remember(view)
            if then is not None:
                then(view)

        def failed(exc: BaseException) -> None:
            self._asked.discard(key)
            if then is not None:
                self._status(f"The calendar could not be loaded: {user_message(exc)}", 10000)
            log.warning("calendar month failed: %s", type(exc).__name__)

        self.runner.read(lambda: calendar.month(year, month), done, failed, name="calendar month")

    def _remember(self, view: MonthView) -> None:
        self.months[(view.year, view.month)] = view
        if len(self.months) > MONTHS_KEPT:
            keep = {shifted(self.year, self.month, d) for d in (-1, 0, 1)}
            for key in [k for k in self.months if k not in keep][: len(self.months) - MONTHS_KEPT]:
                del self.months[key]

    def _on_month_loaded(self, generation: int, view: MonthView, select: date) -> None:
        if generation != self._month_generation:
            return
        self._apply_month(view, select)

    def _apply_month(self, view: MonthView, select: date) -> None:
        self.month_model.set_month(view)
        total = view.total
        # Short, beside the month's name ("November 2026   17 due dates"): the bar also holds the export
        # buttons, and a longer text was cut to "17 due date" at a laptop's width.
        words = plural(total, "due date") if total else "nothing due"
        self.page.month_total.setText(f"  {words}")
        self.page.month_total.setToolTip(f"{words} in {month_name(view.year, view.month)}")
        index = self.month_model.index_of(select)
        grid = self.page.grid
        if index.isValid():
            grid.selectionModel().setCurrentIndex(index, grid.selectionModel().SelectionFlag.ClearAndSelect)
        emit(self.month_shown, view.year, view.month)
        # Neighbours next, so that ◀ and ▶ find them ready.
        for neighbour in (shifted(view.year, view.month, 1), shifted(view.year, view.month, -1)):
            if neighbour not in self.months and neighbour not in self._asked:
                self._fetch(*neighbour, None)

    # -- the chosen day ------------------------------------------------------------------------------
    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.month_model.summary_at(current)
        if summary is None:
            return
        if not summary.in_month:
            # A day of the next or previous month: go there, keeping the day chosen.
            self.show_month(summary.date.year, summary.date.month, select=summary.date)
            return
        self.show_day(summary.date)

    def show_day(self, day: date) -> None:
        self.day = day
        self._day_generation += 1
        generation = self._day_generation
        calendar = self.calendar
        self.runner.read(lambda: calendar.day(day), lambda items: self._on_day_loaded(generation, day, items),
                         lambda exc: self._on_day_failed(generation, exc), name="calendar day")

    def _on_day_loaded(self, generation: int, day: date, items: tuple[CalendarItem, ...]) -> None:
        if generation != self._day_generation:
            return
        self.day_model.set_items(day, items)
        today = self.calendar.today()
        summary = self.month_model.view.summary(day) if self.month_model.view is not None else None
        title = long_day(day) + (" — today" if day == today else "")
        if items:
            title += f" · {plural(len(items), 'due date')}"
        note = next((i.closed_day for i in items if i.closed_day), None)
        if summary is not None and summary.closed and not items:
            title += f" · closed ({summary.holiday or summary.closed})"
        empty = None if items else ("Nothing is due on this day." if day >= today else "Nothing was due on this day.")
        self.page.show_day_header(title, note, empty)
        emit(self.day_shown, day)

    def _on_day_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._day_generation:
            return
        self.page.show_day_header(long_day(self.day), None, f"The due dates could not be loaded: {user_message(exc)}")

    # -- the agenda ----------------------------------------------------------------------------------
    def load_agenda(self) -> None:
        self._agenda_generation += 1
        generation = self._agenda_generation
        calendar = self.calendar
        self.runner.read(lambda: calendar.agenda(AGENDA_DAYS, limit=AGENDA_LIMIT),
                         lambda agenda: self._on_agenda_loaded(generation, agenda),
                         lambda exc: log.warning("agenda failed: %s", type(exc).__name__), name="agenda")

    def _on_agenda_loaded(self, generation: int, agenda: Agenda) -> None:
        if generation != self._agenda_generation:
            return
        self.agenda_model.set_agenda(agenda)
        self.page.span_headings()
        more = [(s.label.lower(), s.more) for s in agenda.sections if s.more]
        if not agenda.sections:
            hint = f"Nothing is overdue and nothing is due in the next {AGENDA_DAYS} days."
        elif more:
            hint = "Showing the first " + f"{AGENDA_LIMIT:,} of each part; " + ", ".join(
                f"{n:,} more {what}" for what, n in more) + " (see the queues on the left)."
        else:
            hint = f"Everything overdue and the next {AGENDA_DAYS} days. Click a line to open the request."
        self.page.agenda_hint.setText(hint)
        emit(self.agenda_shown)

    # -- opening a request -----------------------------------------------------------------------------
    def _on_day_table_clicked(self, index: QModelIndex) -> None:
        item = self.day_model.item_at(index.row()) if index.isValid() else None
        if item is not None:
            self.open_item(item)

    def _on_agenda_table_clicked(self, index: QModelIndex) -> None:
        item = self.agenda_model.item_at(index.row()) if index.isValid() else None
        if item is not None:
            self.open_item(item)

    def open_item(self, item: CalendarItem) -> None:
        emit(self.request_wanted, item.request_id, item.ref)

    # -- export ----------------------------------------------------------------------------------------
    def choose_export_file(self) -> QFileDialog:
        dialog = QFileDialog(self.dialogs.parent_widget, "Export calendar")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(["Calendar files (*.ics)"])
        dialog.setDefaultSuffix("ics")
        dialog.selectFile("privacy-due-dates.ics")
        self.dialogs.open_dialog(dialog, lambda: None)
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        return dialog

    def export_to(self, path: Path) -> None:
        export = self.export
        self._status(f"Saving the calendar to {path}…", 0)
        self.runner.read(lambda: export.export(path), self._on_exported, self._on_export_failed,
                         name="export calendar")

    def _on_exported(self, result: ExportResult) -> None:
        names = self.export.settings.get(decl.CALENDAR_INCLUDE_NAMES)
        text = (f"{plural(result.events, 'due date')} saved to {result.path}. Open the file in your calendar app "
                "(Thunderbird, Outlook, Apple Calendar …); exporting again updates the same events instead of "
                "adding them twice. "
                + ("The events show the requesters' names." if names else
                   "The events show only the request references, not who asked."))
        self._status(f"Calendar saved to {result.path}.", 8000)
        self.dialogs.show_message("Calendar exported", text, QMessageBox.Icon.Information)

    def _on_export_failed(self, exc: BaseException) -> None:
        self._status("", 0)
        self.dialogs.show_error(exc, "The calendar was not exported: ")
