"""The calendar page's layout: the month grid, the chosen day's due dates, and what is due next.

A view only (``controller.py`` decides). The month is a ``QTableView`` over ``MonthModel`` whose
cells are painted by ``DayDelegate``: the day's number (today ringed), a grey wash on days the
company is closed (weekends, public holidays, its own closures) with the holiday's name, and one
coloured line per urgency with its count ("2 overdue", "1 due today"). A due date on a closed day
gets a warning triangle: the legal date never moves for the company's own closures.

Colours: the page uses the palette (so it follows a light or dark desktop); only the urgency chips
carry their own tint *and* text colour together (``style.URGENCY_TINTS``), readable on both.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.services.calendar import DaySummary
from privacydesk.ui import icons, style
from privacydesk.ui.calendar.models import (
    CHIP_WORDS,
    AgendaModel,
    DayItemsModel,
    DayRole,
    ItemColumn,
    MonthModel,
    chip_text,
)
from privacydesk.ui.dialogs import plain_label

ModelIndex = QModelIndex | QPersistentModelIndex

LEGEND = ("overdue", "due_today", "due_soon", "on_track", "paused", "info")


class DayDelegate(QStyledItemDelegate):
    """Paints one day of the month grid (see the module docstring)."""

    CHIP_HEIGHT_EXTRA = 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        summary = index.data(DayRole)
        if not isinstance(summary, DaySummary):
            super().paint(painter, option, index)
            return
        painter.save()
        try:
            self._paint(painter, option, summary)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, summary: DaySummary) -> None:
        palette = option.palette
        rect = option.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        if summary.closed:
            painter.fillRect(rect, style.CLOSED_DAY_WASH)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        metrics = option.fontMetrics
        line = metrics.height()
        top = rect.top() + 3
        text_role = QPalette.ColorRole.Text if summary.in_month else QPalette.ColorRole.PlaceholderText
        # The day's number (ringed when it is today).
        number = str(summary.date.day)
        font = option.font
        bold = painter.font()
        bold.setBold(True)
        number_rect = QRect(rect.left() + 4, top, metrics.horizontalAdvance("00") + 10, line + 2)
        if summary.is_today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(number_rect), 8, 8)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(palette.color(text_role))
        painter.setFont(bold)
        painter.drawText(number_rect, int(Qt.AlignmentFlag.AlignCenter), number)
        painter.setFont(font)
        # Why the company is closed (a holiday's name, "Saturday" is left out: the column says it).
        note = summary.holiday or (summary.closed if summary.closed and summary.date.weekday() < 5 else None)
        right = rect.right() - 4
        if summary.closed and summary.total:
            size = line
            icons.warning_icon().paint(painter, QRect(right - size, top + 1, size, size))
            right -= size + 2
        if note:
            small = painter.font()
            small.setItalic(True)
            small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            note_rect = QRect(number_rect.right() + 4, top, max(0, right - number_rect.right() - 4), line + 2)
            painter.drawText(note_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight, note_rect.width()))
            painter.setFont(font)
        # One line per urgency, most urgent first.
        y = top + line + 6
        chip_height = line + self.CHIP_HEIGHT_EXTRA
        bottom = rect.bottom() - 2
        for shown, (urgency, count) in enumerate(summary.by_urgency):
            if y + chip_height > bottom:
                rest = sum(n for _u, n in summary.by_urgency[shown:])
                painter.setPen(palette.color(text_role))
                painter.drawText(QRect(rect.left() + 6, y - 4, rect.width() - 12, line),
                                 int(Qt.AlignmentFlag.AlignLeft), f"+{rest} more")
                break
            tint = style.urgency_tint(urgency)
            chip = QRectF(rect.left() + 4, y, rect.width() - 8, chip_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setOpacity(1.0 if summary.in_month else 0.6)
            painter.setBrush(QColor(tint.background))
            painter.drawRoundedRect(chip, 4, 4)
            painter.setBrush(QColor(tint.accent))
            painter.drawRoundedRect(QRectF(chip.left(), chip.top(), 4, chip.height()), 2, 2)
            painter.setPen(QColor(tint.foreground))
            text = chip_text(urgency, count)
            painter.drawText(chip.adjusted(8, 0, -2, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 10))
            painter.setOpacity(1.0)
            y += chip_height + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(96, line * 4 + 16)


class LegendChip(QLabel):
    """One urgency's colour with its word (the legend above the grid)."""

    def __init__(self, urgency: str) -> None:
        super().__init__(CHIP_WORDS[urgency].capitalize())
        tint = style.urgency_tint(urgency)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"QLabel {{ background: {tint.background}; color: {tint.foreground}; "
                           f"border-left: 4px solid {tint.accent}; padding: 1px 6px; border-radius: 3px; }}")


def _list_view(model: DayItemsModel | AgendaModel, name: str, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    table.setCursor(Qt.CursorShape.PointingHandCursor)
    table.setMouseTracking(True)
    return table


class CalendarPage(QWidget):
    def __init__(self, month: MonthModel, day: DayItemsModel, agenda: AgendaModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.month_model, self.day_model, self.agenda_model = month, day, agenda
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        # -- the bar above: month switching, the legend, export --
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousMonth")
        self.previous_button.setText("◀")
        self.previous_button.setToolTip("Previous month (Page Up)")
        self.previous_button.setAccessibleName("Previous month")
        self.today_button = QPushButton("Today")
        self.today_button.setObjectName("todayButton")
        self.today_button.setToolTip("Back to today (Home)")
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextMonth")
        self.next_button.setText("▶")
        self.next_button.setToolTip("Next month (Page Down)")
        self.next_button.setAccessibleName("Next month")
        self.title = QLabel()
        self.title.setObjectName("monthTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setMinimumWidth(self.title.fontMetrics().horizontalAdvance("September 2026") + 16)
        self.month_total = QLabel()
        self.month_total.setObjectName("monthTotal")
        self.month_total.setTextFormat(Qt.TextFormat.PlainText)
        # The total may shrink (its tooltip has it whole) so the page fits a half-screen window.
        self.month_total.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.month_total.setMinimumWidth(self.month_total.fontMetrics().horizontalAdvance("  9,999 due dates") + 4)
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.title)
        bar.addWidget(self.month_total)
        bar.addStretch(1)
        # The legend has a row of its own, so the page fits a half-screen window.
        legend = QHBoxLayout()
        for urgency in LEGEND:
            legend.addWidget(LegendChip(urgency))
        closed = QLabel("Closed")
        closed.setToolTip("Weekends, public holidays and your own closed days. Legal dates do not move for "
                          "them: a due date on such a day shows a warning.")
        closed.setStyleSheet("QLabel { background: rgba(128,128,128,60); padding: 1px 6px; border-radius: 3px; }")
        legend.addWidget(closed)
        legend.addStretch(1)
        self.export_button = QPushButton("Export calendar…")
        self.export_button.setObjectName("exportCalendar")
        self.export_button.setToolTip("Save every due date as an .ics file for Thunderbird, Outlook or another "
                                      "calendar app (only references, no names, unless you choose otherwise)")
        self.keep_current_button = QPushButton("Calendar apps…")
        self.keep_current_button.setObjectName("calendarApps")
        self.keep_current_button.setToolTip("Keep a calendar file or a link on this computer up to date for your "
                                            "calendar app")
        bar.addWidget(self.export_button)
        bar.addWidget(self.keep_current_button)
        layout.addLayout(bar)
        layout.addLayout(legend)

        # -- the month grid --
        self.grid = QTableView()
        self.grid.setObjectName("monthGrid")
        self.grid.setAccessibleName("Month")
        self.grid.setAccessibleDescription("Each day shows how many due dates fall on it, by urgency. Choose a day "
                                           "to list them.")
        self.grid.setModel(month)
        self.grid.setItemDelegate(DayDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setShowGrid(True)
        self.grid.setCornerButtonEnabled(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setHighlightSections(False)
        self.grid.setMinimumSize(350, 280)

        # -- the chosen day --
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 6, 6)
        self.day_title = QLabel()
        self.day_title.setObjectName("dayTitle")
        self.day_title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.day_title.font()
        bold.setBold(True)
        self.day_title.setFont(bold)
        self.day_note = plain_label(selectable=False)
        self.day_note.setObjectName("dayNote")
        tint = style.urgency_tint("due_soon")
        self.day_note.setStyleSheet(f"QLabel {{ background: {tint.background}; color: {tint.foreground}; "
                                    "padding: 4px; }")
        self.day_note.hide()
        self.day_table = _list_view(day, "dayList", "Due dates of the chosen day")
        self.day_empty = plain_label(selectable=False)
        self.day_empty.setObjectName("dayEmpty")
        self.day_empty.setStyleSheet("color: palette(placeholder-text); padding: 6px;")
        day_box = QWidget()
        day_layout = QVBoxLayout(day_box)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day_title)
        day_layout.addWidget(self.day_note)
        day_layout.addWidget(self.day_empty)
        day_layout.addWidget(self.day_table, 1)

        # -- what is due next --
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 6, 0, 0)
        self.agenda_title = QLabel("What is due next")
        self.agenda_title.setObjectName("agendaTitle")
        self.agenda_title.setFont(bold)
        self.agenda_hint = plain_label(selectable=False)
        self.agenda_hint.setObjectName("agendaHint")
        self.agenda_hint.setStyleSheet("color: palette(placeholder-text);")
        self.agenda_table = _list_view(agenda, "agendaList", "What is due next, overdue first")
        agenda_layout.addWidget(self.agenda_title)
        agenda_layout.addWidget(self.agenda_table, 1)
        agenda_layout.addWidget(self.agenda_hint)

        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("calendarSideSplitter")
        self.side_splitter.addWidget(day_box)
        self.side_splitter.addWidget(agenda_box)
        self.side_splitter.setSizes([220, 360])
        side_layout.addWidget(self.side_splitter)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("calendarSplitter")
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 560])  # the side lists show their "When" at 1366 px
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.splitter, 1)

        metrics = self.fontMetrics()
        for table, widths in ((self.day_table, {0: "PD-2026-0000", 1: "Tell of an extension by",
                                                2: "Due soon · 12 days left", 3: "Jordan Ellis"}),
                              (self.agenda_table, {0: "Wed 30 Nov", 1: "PD-2026-0000",
                                                   2: "Acknowledge the request", 3: "Overdue · 20 days late"})):
            for column, sample in widths.items():
                table.horizontalHeader().resizeSection(column, metrics.horizontalAdvance(sample) + 16)

        # Page Up / Page Down switch months, Home goes back to today (within the page).
        self.shortcut_previous = QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut_next = QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut_today = QShortcut(QKeySequence(Qt.Key.Key_Home), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- what the controller shows ------------------------------------------------------------------
    def show_day_header(self, title: str, note: str | None, empty: str | None) -> None:
        self.day_title.setText(title)
        self.day_note.setText(note or "")
        self.day_note.setVisible(bool(note))
        self.day_empty.setText(empty or "")
        self.day_empty.setVisible(bool(empty))
        self.day_table.setVisible(not empty)

    def span_headings(self) -> None:
        """Section headings of the agenda span the whole row."""
        self.agenda_table.clearSpans()
        for row in self.agenda_model.heading_rows():
            self.agenda_table.setSpan(row, 0, 1, self.agenda_model.columnCount())

    @staticmethod
    def ref_column(table: QTableView) -> int:
        model = table.model()
        columns = getattr(model, "COLUMNS", ())
        return columns.index(ItemColumn.REF) if ItemColumn.REF in columns else 0
