"""The requests page's layout: the queue's title and search field, the table, what an empty list
means, and the workspace of the selected request. A view only; ``controller.py`` decides.

Columns: the ones that matter for triage are shown and sized for a 1366-pixel laptop screen; the
header's context menu shows or hides the others. Sorting happens in SQL (the model's ``sort``).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.requests.table import HEADERS, HIDDEN_AT_FIRST, Column, RequestTableModel
from privacydesk.ui.requests.workspace import RequestWorkspace

#: What each column must show without cutting (its width is measured from this text in the
#: table's font): together they fit beside the sidebar on a 1366×768 screen.
SAMPLES = {Column.REF: "PD-2026-0000", Column.REQUESTER: "Sergio Ramos Vidal", Column.TYPES: "opt-out of sale/sharing",
           Column.REGIME: "California (CCPA) ?", Column.STATUS: "Awaiting verification",
           Column.VERIFICATION: "Not required", Column.RECEIVED: "30 Nov 2025", Column.NEXT_MILESTONE: "Send the answer",
           Column.DUE: "Wed 30 Nov", Column.DAYS_LEFT: "Overdue · 19 days late", Column.ASSIGNEE: "Assignee"}
EXTRA = {Column.DAYS_LEFT: 24}  # the clock icon
PADDING = 10  # the cell's margins
BOLD = (Column.DAYS_LEFT,)  # "Overdue · 19 days late" is bold
HEADER_EXTRA = 4  # the header section's own margins


def column_widths(metrics: QFontMetrics, header: QFontMetrics | None = None,
                  bold: QFontMetrics | None = None) -> dict[Column, int]:
    """Each column as wide as its sample text (in bold where the table shows it bold: overdue), and
    never narrower than its own title."""
    header = header or metrics
    bold = bold or metrics
    return {column: max((bold if column in BOLD else metrics).horizontalAdvance(text) + EXTRA.get(column, 0),
                        header.horizontalAdvance(HEADERS[column][0]) + HEADER_EXTRA) + PADDING
            for column, text in SAMPLES.items()}


class RequestsPage(QWidget):
    def __init__(self, model: RequestTableModel, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 6)
        self.queue_title = QLabel()
        self.queue_title.setObjectName("queueTitle")
        self.queue_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.queue_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.queue_title.setFont(font)
        top.addWidget(self.queue_title)
        self.result_count = QLabel()
        self.result_count.setObjectName("resultCount")
        self.result_count.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.result_count)
        top.addStretch(1)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Search: reference, name, email or agent")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(260)
        self.search_box.setMaximumWidth(360)
        self.search_box.setAccessibleName("Search requests")
        top.addWidget(self.search_box)
        # Full-text search (issue 12): the same box searches the text of the messages.
        self.search_messages = QToolButton()
        self.search_messages.setObjectName("searchMessages")
        self.search_messages.setText("In messages")
        self.search_messages.setCheckable(True)
        self.search_messages.setAccessibleName("Search the text of the messages")
        self.search_messages.setToolTip("Search the words of the requesters' messages and our replies instead of "
                                        "reference, name, email and subject (Ctrl+Shift+F). Typing “text:” "
                                        "before the words does the same.")
        top.addWidget(self.search_messages)
        layout.addLayout(top)

        self.table = QTableView()
        self.table.setObjectName("requestTable")
        self.table.setAccessibleName("Requests")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        bold = QFont(self.table.font())
        bold.setBold(True)
        self.widths = column_widths(self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics(),
                                    QFontMetrics(bold))
        for column, width in self.widths.items():
            header.resizeSection(column, width)
        for column in HIDDEN_AT_FIRST:
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)

        self.empty = plain_label(selectable=False)
        self.empty.setObjectName("emptyList")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        self.workspace = RequestWorkspace(tz)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("requestsSplitter")
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([230, 420])
        layout.addWidget(self.splitter, 1)

    # -- what the controller shows --------------------------------------------------------------------
    def show_empty(self, text: str) -> None:
        """The list is empty: say why, in place of the table."""
        self.empty.setText(text)
        self.table_stack.setCurrentWidget(self.empty)

    def show_search_mode(self, messages: bool) -> None:
        """The search box's hint follows what it searches."""
        self.search_box.setPlaceholderText("Search: words in the messages" if messages else
                                           "Search: reference, name, email or agent")

    def show_table(self) -> None:
        self.table_stack.setCurrentWidget(self.table)

    def is_empty_shown(self) -> bool:
        return self.table_stack.currentWidget() is self.empty

    # -- state ------------------------------------------------------------------------------------------
    def save_header(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        header = self.table.horizontalHeader()
        if header.restoreState(state) and header.count() == len(Column):
            return
        for column, width in self.widths.items():
            header.resizeSection(column, width)

    def _on_header_menu_requested(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            action = QAction(HEADERS[column][0], menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != Column.REF)
            action.toggled.connect(lambda checked, c=column: header.setSectionHidden(c, not checked))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(position))
