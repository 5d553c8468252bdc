"""The triage table's model: request ids in SQL order, rows fetched lazily on a worker.

Anki's browser ``DataModel`` pattern: the model holds the ordered list of ids that the query
returned and a cache of ``RowData`` for rows already seen. ``data()`` never touches the database:
a row not yet cached renders a placeholder and asks for its neighbourhood (one page) on a read
worker; when the rows arrive the model emits ``dataChanged`` for exactly those rows. Filtering,
searching and sorting are new queries (``reload``), never a proxy model.

The model talks to a *row source* — anything with ``request_ids(filter, sort_key, descending,
search)`` and ``request_rows(ids)`` (``privacydesk.services.queries.RequestQueries`` in the app, a
small fake in unit tests) — through a ``TaskRunner``; only ids and frozen ``RowData`` cross threads.

Hazards: a reload bumps a generation number so that late answers to an older query are dropped;
``data()`` catches every error and renders a placeholder, because an exception escaping a Qt
virtual method would be printed and swallowed mid-paint.

Words: laws, types and statuses come from ``domain/wording.py`` (the same labels as everywhere);
dates read ``Mon 23 Nov``; a law that is not confirmed yet is shown in italics, marked "?", with
the reason in its tooltip.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from privacydesk.domain import display, wording
from privacydesk.services.queries import RowData
from privacydesk.ui import icons, labels, style
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

SortRole = Qt.ItemDataRole.UserRole + 1  # a value that orders this column like the SQL sort does
RowRole = Qt.ItemDataRole.UserRole + 2   # the RowData (or None while loading)
IdRole = Qt.ItemDataRole.UserRole + 3    # the request's database id

LOADING = "…"
BROKEN = "(could not load)"
GONE = "(deleted)"


class Column(IntEnum):
    REF = 0
    REQUESTER = 1
    TYPES = 2
    REGIME = 3
    STATUS = 4
    VERIFICATION = 5
    RECEIVED = 6
    NEXT_MILESTONE = 7
    DUE = 8
    DAYS_LEFT = 9
    ASSIGNEE = 10


HEADERS = {
    Column.REF: ("Ref", "The request's reference, quoted in every reply"),
    Column.REQUESTER: ("Requester", "Who the request is about (and the agent acting for them)"),
    Column.TYPES: ("Asks for", "What the requester asks for"),
    Column.REGIME: ("Law", "The law whose deadlines apply; marked '?' until someone confirms it"),
    Column.STATUS: ("Status", "Where the request is in its lifecycle"),
    Column.VERIFICATION: ("Identity", "Whether the requester's identity is verified"),
    Column.RECEIVED: ("Received", "When the request arrived (company time zone)"),
    Column.NEXT_MILESTONE: ("Next step", "What the law or the privacy notice asks for next"),
    Column.DUE: ("Due", "The date the next step is due"),
    Column.DAYS_LEFT: ("Deadline", "On track, due soon or overdue, and the days left"),
    Column.ASSIGNEE: ("Assignee", "Who handles the request"),
}

#: Columns hidden at first (shown from the header's menu). "Received" is shown: the clock counts from it.
HIDDEN_AT_FIRST = (Column.ASSIGNEE,)

# The SQL sort key behind each column (privacydesk.services.queries.SORT_KEYS).
SORT_KEYS = {
    Column.REF: "ref",
    Column.REQUESTER: "requester",
    Column.TYPES: "types",
    Column.REGIME: "regime",
    Column.STATUS: "status",
    Column.VERIFICATION: "verification",
    Column.RECEIVED: "received",
    Column.NEXT_MILESTONE: "due",
    Column.DUE: "due",
    Column.DAYS_LEFT: "due",
    Column.ASSIGNEE: "assignee",
}


class RowSource(Protocol):
    def request_ids(self, filter: str, sort_key: str, descending: bool, search: str) -> list[int]: ...

    def request_rows(self, ids: Sequence[int]) -> list[RowData]: ...


# -- how a row reads ------------------------------------------------------------------------------

def _requester_text(row: RowData) -> str:
    text = display.line(row.requester_label)
    return f"{text} (via agent)" if row.agent else text


def display_text(row: RowData, column: Column) -> str:
    if column == Column.REF:
        return row.ref
    if column == Column.REQUESTER:
        return _requester_text(row)
    if column == Column.TYPES:
        return labels.types(row.types)
    if column == Column.REGIME:
        name = labels.regime(row.regime)
        return name if row.regime_confirmed or row.regime == "unknown" else f"{name} ?"
    if column == Column.STATUS:
        return labels.word(labels.STATUSES, row.status)
    if column == Column.VERIFICATION:
        return labels.word(labels.VERIFICATION, row.verification)
    if column == Column.RECEIVED:
        return wording.day(row.received.date(), labels.day_today(), weekday=False)
    if column == Column.NEXT_MILESTONE:
        return labels.word(wording.MILESTONE_TASKS, row.next_milestone) if row.is_open else "—"
    if column == Column.DUE:
        return labels.day(row.due) if row.is_open else "—"
    if column == Column.DAYS_LEFT:
        return labels.clock_text(row.clock_status, row.days_left)
    if column == Column.ASSIGNEE:
        return row.assignee or "—"
    return ""


def _milestone_lines(row: RowData) -> list[str]:
    return [f"{labels.word(labels.MILESTONES, m.name)} {labels.day(m.due)}" for m in row.milestones]


def tooltip_text(row: RowData, column: Column) -> str:
    if column == Column.REQUESTER:
        lines = [display.line(row.requester_name, "(no name)"), display.line(row.requester_email, "(no email)")]
        if row.agent:
            lines.append(f"Authorized agent: {row.agent}")
        return "\n".join(lines)
    if column == Column.REGIME and not row.regime_confirmed:
        return f"{labels.regime(row.regime, False)}. {labels.FLAGS['regime_not_confirmed']}"
    if column == Column.RECEIVED:
        return (f"Received {labels.moment(row.received)} ({row.received.tzname()}). "
                "Every deadline counts from this date.")
    if column in (Column.NEXT_MILESTONE, Column.DUE, Column.DAYS_LEFT):
        if row.clock_error:
            return row.clock_error
        lines = []
        if row.is_open and row.next_milestone and row.due:
            lines.append(f"{labels.word(wording.MILESTONE_TASKS, row.next_milestone)} by {labels.day(row.due)}.")
            why = row.explanation(row.next_milestone)
            if why:
                lines.append("Why this date: " + wording.humanize(wording.explanation_parts(why)[2]))
        if column == Column.DAYS_LEFT and row.milestones:
            lines.append("")
            lines.extend(_milestone_lines(row))
        return "\n".join(lines).strip()
    if column == Column.TYPES and row.flags:
        return "Flags: " + ", ".join(labels.word(labels.FLAG_SHORT, f) for f in row.flags)
    return display_text(row, column)


def sort_value(row: RowData, column: Column) -> Any:
    if column == Column.RECEIVED:
        return row.received.isoformat()
    if column in (Column.NEXT_MILESTONE, Column.DUE):
        return row.due.isoformat() if row.due else ""
    if column == Column.DAYS_LEFT:
        return row.days_left if row.days_left is not None else 10**6
    if column == Column.STATUS:
        return row.status
    return display_text(row, column).lower()


# -- the model ------------------------------------------------------------------------------------

class RequestTableModel(QAbstractTableModel):
    """Ids from a query, rows fetched lazily; one row refreshed at a time after a write."""

    #: A query finished and its ids are in place (after a reset).
    loaded = Signal()
    #: Rows with these ids were refreshed (their cells now show new data).
    rows_refreshed = Signal(list)
    #: A query failed; the message is meant for the user.
    load_failed = Signal(str)
    #: A ``requery`` finished: rows were inserted / removed / moved, not reset.
    requeried = Signal()

    def __init__(self, source: RowSource, runner: Runner, parent: QObject | None = None,
                 page_size: int = 100) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._page = max(1, page_size)
        self._ids: list[int] = []
        self._rows: dict[int, RowData] = {}
        self._row_of: dict[int, int] = {}
        self._in_flight: set[int] = set()
        self._broken: set[int] = set()
        self._gone: set[int] = set()
        self._wanted: set[int] = set()
        self._generation = 0
        self._loading = False
        self._ever_loaded = False
        self._requery_pending = 0
        self.filter = "open"
        self.search = ""
        self.text = ""  # words searched in the messages (full text), besides ``search``
        self.sort_column = Column.DAYS_LEFT
        self.descending = False
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # -- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        title, tip = HEADERS[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        try:
            return self._data(index.row(), Column(index.column()), role)
        except Exception:
            log.exception("rendering table cell (%s, %s) failed", index.row(), index.column())
            return BROKEN if role == Qt.ItemDataRole.DisplayRole else None

    def _data(self, row_number: int, column: Column, role: int) -> Any:
        request_id = self._ids[row_number]
        if role == IdRole:
            return request_id
        row = self._rows.get(request_id)
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                if request_id in self._broken:
                    return BROKEN
                if request_id in self._gone:
                    return GONE
                self._want(row_number)
                return LOADING
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.tooltip_html(tooltip_text(row, column))
        if role == SortRole:
            return sort_value(row, column)
        if role == RowRole:
            return row
        if column == Column.DAYS_LEFT:
            if role == Qt.ItemDataRole.DecorationRole:
                return icons.clock_icon(row.clock_status)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(style.background(row.clock_status))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(style.foreground(row.clock_status))
            if role == Qt.ItemDataRole.FontRole and row.clock_status == "overdue":
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.FontRole and column == Column.REGIME and not row.regime_confirmed \
                and row.regime != "unknown":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{HEADERS[column][0]}: {display_text(row, column)}"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when a header is clicked: a new SQL query, not a local sort."""
        try:
            new_column = Column(column)
        except ValueError:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._ever_loaded and new_column == self.sort_column and descending == self.descending:
            return
        self.sort_column = new_column
        self.descending = descending
        self.reload()

    # -- queries ----------------------------------------------------------------------------------
    def set_query(self, filter: str | None = None, search: str | None = None, text: str | None = None) -> None:
        if filter is not None:
            self.filter = filter
        if search is not None:
            self.search = search
        if text is not None:
            self.text = text
        self.reload()

    @staticmethod
    def _query_ids(source: RowSource, params: tuple[str, str, bool, str], text: str) -> list[int]:
        """The query's ids; the full-text words only when there are some (a source may not search text)."""
        if text.strip():
            return source.request_ids(*params, text=text)  # type: ignore[call-arg]
        return source.request_ids(*params)

    def reload(self) -> None:
        """Run the current query on a read worker; the model resets when the ids arrive."""
        self._generation += 1
        generation = self._generation
        self._loading = True
        params = (self.filter, SORT_KEYS[self.sort_column], self.descending, self.search)
        page, text = self._page, self.text
        source = self._source

        def query() -> tuple[list[int], list[RowData]]:
            ids = RequestTableModel._query_ids(source, params, text)
            return ids, source.request_rows(ids[:page])

        self._runner.read(query, lambda result: self._on_query_done(generation, result),
                          lambda exc: self._on_query_failed(generation, exc), name="table query")

    def requery(self) -> None:
        """Run the current query again *without a reset* (new mail arrived, a request was filed):
        rows that left are removed, new ones inserted, a changed order is a layout change, and rows
        already fetched are kept. The selection and the scroll position therefore stay (STYLE
        point 4: the narrowest change). Before the first load it is a plain ``reload``."""
        if not self._ever_loaded or self._loading:
            self.reload()
            return
        generation = self._generation
        self._requery_pending += 1
        params = (self.filter, SORT_KEYS[self.sort_column], self.descending, self.search)
        page, text = self._page, self.text
        source = self._source
        known = set(self._rows)

        def query() -> tuple[list[int], list[RowData]]:
            ids = RequestTableModel._query_ids(source, params, text)
            return ids, source.request_rows([i for i in ids if i not in known][:page])

        self._runner.read(query, lambda result: self._on_requery_done(generation, result),
                          lambda exc: self._on_requery_failed(generation, exc), name="table requery")

    def _on_requery_done(self, generation: int, result: tuple[list[int], list[RowData]]) -> None:
        self._requery_pending = max(0, self._requery_pending - 1)
        if generation != self._generation:
            return  # a reload started meanwhile; its answer is newer
        ids, rows = result
        self._apply_ids(list(ids))
        for row in rows:
            if row.id in self._row_of:
                self._rows[row.id] = row
        self._emit_changed([row.id for row in rows])
        emit(self.requeried)

    def _on_requery_failed(self, generation: int, exc: BaseException) -> None:
        self._requery_pending = max(0, self._requery_pending - 1)
        if generation == self._generation:
            log.warning("table requery failed: %s", type(exc).__name__)
            emit(self.load_failed, str(exc))

    def _reindex(self) -> None:
        self._row_of = {request_id: n for n, request_id in enumerate(self._ids)}

    def _forget(self, ids: Iterable[int]) -> None:
        for request_id in ids:
            self._rows.pop(request_id, None)
            for bucket in (self._in_flight, self._broken, self._gone, self._wanted):
                bucket.discard(request_id)

    def _apply_ids(self, new_ids: list[int]) -> None:
        """Turn the current ids into ``new_ids`` with remove / move / insert signals."""
        if new_ids == self._ids:
            return
        new_set = set(new_ids)
        # 1. Rows that left, bottom-up in contiguous runs.
        n = len(self._ids) - 1
        while n >= 0:
            if self._ids[n] in new_set:
                n -= 1
                continue
            end = n
            while n >= 0 and self._ids[n] not in new_set:
                n -= 1
            self.beginRemoveRows(QModelIndex(), n + 1, end)
            self._forget(self._ids[n + 1:end + 1])
            del self._ids[n + 1:end + 1]
            self._reindex()
            self.endRemoveRows()
        # 2. Rows that stayed but moved: one layout change, persistent indexes follow their ids.
        current = set(self._ids)
        survivors = [i for i in new_ids if i in current]
        if survivors != self._ids:
            emit(self.layoutAboutToBeChanged)
            old_persistent = self.persistentIndexList()
            ids_of = [(index, self._ids[index.row()]) for index in old_persistent
                      if 0 <= index.row() < len(self._ids)]
            self._ids = survivors
            self._reindex()
            self.changePersistentIndexList(
                [index for index, _ in ids_of],
                [self.index(self._row_of[request_id], index.column()) for index, request_id in ids_of])
            emit(self.layoutChanged)
        # 3. New rows, top-down in contiguous runs (positions are those of ``new_ids``).
        position = 0
        while position < len(new_ids):
            if new_ids[position] in self._row_of:
                position += 1
                continue
            end = position
            while end + 1 < len(new_ids) and new_ids[end + 1] not in self._row_of:
                end += 1
            self.beginInsertRows(QModelIndex(), position, end)
            self._ids[position:position] = new_ids[position:end + 1]
            self._reindex()
            self.endInsertRows()
            position = end + 1

    def is_loading(self) -> bool:
        return self._loading or bool(self._in_flight) or self._requery_pending > 0

    def _on_query_done(self, generation: int, result: tuple[list[int], list[RowData]]) -> None:
        if generation != self._generation:
            return
        ids, rows = result
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = {request_id: n for n, request_id in enumerate(self._ids)}
        self._rows = {row.id: row for row in rows}
        self._in_flight.clear()
        self._broken.clear()
        self._gone.clear()
        self._wanted.clear()
        self.endResetModel()
        self._loading = False
        self._ever_loaded = True
        emit(self.loaded)

    def _on_query_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        log.warning("table query failed: %s", type(exc).__name__)
        emit(self.load_failed, str(exc))

    # -- lazy rows --------------------------------------------------------------------------------
    def _want(self, row_number: int) -> None:
        start = max(0, row_number - self._page // 2)
        for request_id in self._ids[start:start + self._page]:
            if (request_id not in self._rows and request_id not in self._in_flight
                    and request_id not in self._broken and request_id not in self._gone):
                self._wanted.add(request_id)
        if self._wanted and not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        ids = [i for i in self._ids if i in self._wanted]
        self._wanted.clear()
        if ids:
            self._fetch(ids)

    def _fetch(self, ids: list[int]) -> None:
        generation = self._generation
        self._in_flight.update(ids)
        source = self._source
        self._runner.read(lambda: source.request_rows(ids),
                          lambda rows: self._on_rows_done(generation, ids, rows),
                          lambda exc: self._on_rows_failed(generation, ids, exc), name="table rows")

    def _on_rows_done(self, generation: int, ids: list[int], rows: list[RowData]) -> None:
        if generation != self._generation:
            return
        self._in_flight.difference_update(ids)
        found = {row.id for row in rows}
        for row in rows:
            self._rows[row.id] = row
            self._broken.discard(row.id)
        for request_id in ids:
            if request_id not in found:
                self._gone.add(request_id)
        self._emit_changed(ids)
        emit(self.rows_refreshed, list(ids))

    def _on_rows_failed(self, generation: int, ids: list[int], exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("fetching %d table rows failed: %s", len(ids), type(exc).__name__)
        self._in_flight.difference_update(ids)
        self._broken.update(ids)
        self._emit_changed(ids)

    def _emit_changed(self, ids: list[int]) -> None:
        """The narrowest dataChanged: one signal per contiguous run of affected rows."""
        rows = sorted(self._row_of[i] for i in ids if i in self._row_of)
        last = len(Column) - 1
        runs: list[list[int]] = []
        for n in rows:
            if runs and n == runs[-1][1] + 1:
                runs[-1][1] = n
            elif not runs or n != runs[-1][1]:
                runs.append([n, n])
        for first, final in runs:
            emit(self.dataChanged, self.index(first, 0), self.index(final, last))

    def refresh_ids(self, ids: Sequence[int]) -> None:
        """Fetch these rows again (after a write); only their cells change."""
        wanted = [i for i in ids if i in self._row_of]
        if wanted:
            self._broken.difference_update(wanted)
            self._gone.difference_update(wanted)
            self._fetch(wanted)

    def refresh_ref(self, ref: str) -> bool:
        """Refresh the row showing ``ref``; False if it is not in the table (or not yet fetched)."""
        request_id = self.id_for_ref(ref)
        if request_id is None:
            return False
        self.refresh_ids([request_id])
        return True

    # -- lookups ----------------------------------------------------------------------------------
    def ids(self) -> list[int]:
        return list(self._ids)

    def row_data(self, row_number: int) -> RowData | None:
        if not 0 <= row_number < len(self._ids):
            return None
        return self._rows.get(self._ids[row_number])

    def row_of_id(self, request_id: int) -> int | None:
        return self._row_of.get(request_id)

    def id_for_ref(self, ref: str) -> int | None:
        for request_id, row in self._rows.items():
            if row.ref == ref:
                return request_id
        return None

    def row_of_ref(self, ref: str) -> int | None:
        request_id = self.id_for_ref(ref)
        return None if request_id is None else self._row_of.get(request_id)

    def ref_at(self, row_number: int) -> str | None:
        row = self.row_data(row_number)
        return row.ref if row else None
