"""The calendar's models: the month grid, one day's milestones, and the agenda of what is due next.

All three hold typed values from ``services/calendar.py`` (``MonthView``, ``CalendarItem``,
``Agenda``) and never touch the database: the controller fetches on a read worker and hands the
result over (``set_month``, ``set_items``, ``set_agenda``). They are small (42 days, one day's list,
a few hundred agenda rows at most — the service caps each section), so each update is a reset.

Roles: ``DayRole`` gives a cell's ``DaySummary``; ``ItemRole`` a row's ``CalendarItem``;
``HeadingRole`` marks the agenda's section headings (not selectable). Every word a person reads —
milestones, urgency, sections, days left — comes from ``domain/calendar.py`` and
``domain/wording.py``; colours from ``ui/style.py`` (tint and text colour set together).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from privacydesk.domain.calendar import URGENCY_WORDS, days_left_words
from privacydesk.domain.wording import STATUSES, plural, word
from privacydesk.services.calendar import Agenda, CalendarItem, DaySummary, MonthView
from privacydesk.ui import icons, labels, style

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

DayRole = Qt.ItemDataRole.UserRole + 1
ItemRole = Qt.ItemDataRole.UserRole + 2
HeadingRole = Qt.ItemDataRole.UserRole + 3
DateRole = Qt.ItemDataRole.UserRole + 4

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: What a count beside a day says ("3 overdue"), by urgency.
CHIP_WORDS = {
    "overdue": "overdue",
    "due_today": "due today",
    "due_soon": "due soon",
    "on_track": "on track",
    "paused": "paused",
    "info": "to decide",
    "done": "done",
}


def chip_text(urgency: str, count: int) -> str:
    return f"{count} {CHIP_WORDS.get(urgency, urgency.replace('_', ' '))}"


def long_day(day: date) -> str:
    """``Tuesday 1 December 2026``."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {day.strftime('%B %Y')}"


def day_description(summary: DaySummary) -> str:
    """A day cell in words (its tooltip and what a screen reader says)."""
    parts = [long_day(summary.date) + (" (today)" if summary.is_today else "")]
    if summary.total:
        parts.append(plural(summary.total, "due date") + ": "
                     + ", ".join(chip_text(u, n) for u, n in summary.by_urgency))
    else:
        parts.append("Nothing due")
    if summary.holiday:
        parts.append(f"Public holiday: {summary.holiday}")
    elif summary.closed:
        parts.append(f"Not a working day for you ({summary.closed})")
    if summary.closed and summary.total:
        parts.append("The legal dates do not move: have them done on the working day before")
    return ". ".join(parts) + "."


# -- the month grid ---------------------------------------------------------------------------------

class MonthModel(QAbstractTableModel):
    """Six weeks of seven days (Monday first) of one ``MonthView``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: MonthView | None = None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() or self.view is None else len(self.view.weeks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            if role == Qt.ItemDataRole.DisplayRole:
                return WEEKDAYS[section]
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return WEEKDAY_NAMES[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and self.view \
                and 0 <= section < len(self.view.weeks):
            return f"W{self.view.weeks[section][0].date.isocalendar()[1]}"
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def summary_at(self, index: ModelIndex) -> DaySummary | None:
        if self.view is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.view.weeks) and 0 <= column < 7):
            return None
        return self.view.weeks[row][column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            summary = self.summary_at(index)
            if summary is None:
                return None
            return self._data(summary, role)
        except Exception:
            log.exception("rendering a calendar day failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None

    @staticmethod
    def _data(summary: DaySummary, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(summary.date.day)
        if role == DayRole:
            return summary
        if role == DateRole:
            return summary.date
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return day_description(summary)
        return None

    def set_month(self, view: MonthView) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def index_of(self, day: date) -> QModelIndex:
        if self.view is not None:
            for row, week in enumerate(self.view.weeks):
                for column, summary in enumerate(week):
                    if summary.date == day:
                        return self.index(row, column)
        return QModelIndex()


# -- lists of milestones ------------------------------------------------------------------------------

class ItemColumn(IntEnum):
    DATE = 0
    REF = 1
    WHAT = 2
    DEADLINE = 3
    REQUESTER = 4
    STATUS = 5


ITEM_HEADERS = {
    ItemColumn.DATE: ("Date", "The day the step is due (never moved for your own closed days)"),
    ItemColumn.REF: ("Ref", "The request's reference; click to open the request"),
    ItemColumn.WHAT: ("What is due", "What the law or your privacy notice asks for by that day"),
    ItemColumn.DEADLINE: ("When", "Overdue, due today, due soon or on track, and the days left"),
    ItemColumn.REQUESTER: ("Requester", "Who asked"),
    ItemColumn.STATUS: ("Status", "Where the request is in its lifecycle"),
}


def item_deadline_text(item: CalendarItem) -> str:
    if item.urgency in ("info", "done"):
        return days_left_words(item.days_left) if item.urgency == "info" else "done"
    words = word({str(k): v for k, v in URGENCY_WORDS.items()}, item.urgency)
    when = days_left_words(item.days_left)
    if item.urgency == "due_today" or words.lower() == when:
        return words
    return f"{words} · {when}"


def item_text(item: CalendarItem, column: ItemColumn) -> str:
    if column == ItemColumn.DATE:
        return labels.day(item.date)
    if column == ItemColumn.REF:
        return item.ref
    if column == ItemColumn.WHAT:
        text = item.label
        if item.provisional:
            text += " (provisional)"
        return text
    if column == ItemColumn.DEADLINE:
        return item_deadline_text(item)
    if column == ItemColumn.REQUESTER:
        return item.requester or "—"
    if column == ItemColumn.STATUS:
        return word(STATUSES, item.status)
    return ""


def item_tooltip(item: CalendarItem) -> str:
    lines = [f"{item.ref}: {item.label} by {labels.day(item.date)} — {item_deadline_text(item)}."]
    if item.provisional:
        lines.append("The date is provisional: the clock waits for the requester.")
    if item.closed_day:
        lines.append(item.closed_day)
    lines.append("Click to open the request.")
    return "\n".join(lines)


def _item_data(item: CalendarItem, column: ItemColumn, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return item_text(item, column)
    if role == ItemRole:
        return item
    if role == Qt.ItemDataRole.ToolTipRole:
        return labels.tooltip_html(item_tooltip(item))
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return f"{ITEM_HEADERS[column][0]}: {item_text(item, column)}"
    if column == ItemColumn.DEADLINE:
        tint = style.urgency_tint(item.urgency)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(tint.background))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(tint.foreground))
        if role == Qt.ItemDataRole.FontRole and item.urgency in ("overdue", "due_today"):
            font = QFont()
            font.setBold(True)
            return font
    if column == ItemColumn.DATE and item.closed_day and role == Qt.ItemDataRole.DecorationRole:
        return icons.warning_icon()
    if column == ItemColumn.REF and role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setUnderline(True)
        return font
    return None


class _ItemTable(QAbstractTableModel):
    COLUMNS: tuple[ItemColumn, ...] = tuple(ItemColumn)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        title, tip = ITEM_HEADERS[self.COLUMNS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None


class DayItemsModel(_ItemTable):
    """The milestones of one day, most urgent first (``CalendarService.day``)."""

    COLUMNS = (ItemColumn.REF, ItemColumn.WHAT, ItemColumn.DEADLINE, ItemColumn.REQUESTER, ItemColumn.STATUS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.items: tuple[CalendarItem, ...] = ()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        try:
            return _item_data(self.items[index.row()], self.COLUMNS[index.column()], role)
        except Exception:
            log.exception("rendering a day's milestone failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None

    def set_items(self, day: date, items: Sequence[CalendarItem]) -> None:
        self.beginResetModel()
        self.day = day
        self.items = tuple(items)
        self.endResetModel()

    def item_at(self, row: int) -> CalendarItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, ref: str, milestone: str | None = None) -> int | None:
        for row, item in enumerate(self.items):
            if item.ref == ref and (milestone is None or item.milestone == milestone):
                return row
        return None


class AgendaModel(_ItemTable):
    """What is due next: a heading row per section (overdue first, today, tomorrow, this week,
    later), then its items. Headings say how many there are in all, even when only the first few
    are listed."""

    COLUMNS = (ItemColumn.DATE, ItemColumn.REF, ItemColumn.WHAT, ItemColumn.DEADLINE, ItemColumn.REQUESTER)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.agenda: Agenda | None = None
        self.rows: list[tuple[str, int, str] | CalendarItem] = []  # (section, total, label) or an item

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.rows[index.row()], tuple):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        try:
            row = self.rows[index.row()]
            if isinstance(row, tuple):
                return self._heading(row, index.column(), role)
            return _item_data(row, self.COLUMNS[index.column()], role)
        except Exception:
            log.exception("rendering an agenda row failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None

    @staticmethod
    def _heading(row: tuple[str, int, str], column: int, role: int) -> Any:
        section, total, label = row
        if role == HeadingRole:
            return section
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{label} ({total:,})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and section == "overdue":
            return QBrush(QColor(style.urgency_tint("overdue").accent))
        return None

    def set_agenda(self, agenda: Agenda) -> None:
        self.beginResetModel()
        self.agenda = agenda
        self.rows = []
        for section in agenda.sections:
            self.rows.append((section.section, section.total, section.label))
            self.rows.extend(section.items)
        self.endResetModel()

    def item_at(self, row: int) -> CalendarItem | None:
        value = self.rows[row] if 0 <= row < len(self.rows) else None
        return value if isinstance(value, CalendarItem) else None

    def heading_rows(self) -> list[int]:
        return [n for n, row in enumerate(self.rows) if isinstance(row, tuple)]

    def sections(self) -> list[str]:
        return [row[0] for row in self.rows if isinstance(row, tuple)]

    def more_in(self, section: str) -> int:
        if self.agenda is None:
            return 0
        return next((s.more for s in self.agenda.sections if s.section == section), 0)
