"""The sidebar: the window's places (request queues, "To review", later the calendar and the outbox)
with live counts.

``NavigationModel`` is a small list model: section headings (not selectable) and entries, each with
a key, a label and an optional count. Window parts add their entries through the shell
(``MainWindow.add_nav``) and update counts with ``set_count``; the shell shows the page an entry
belongs to. ``CountDelegate`` draws the count right-aligned, so a label never moves when it changes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from privacydesk.ui.qtcompat import emit

ModelIndex = QModelIndex | QPersistentModelIndex

KeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
PageRole = Qt.ItemDataRole.UserRole + 3
HeadingRole = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class NavEntry:
    key: str  # unique: "queue:overdue", "review"
    label: str
    page: str = ""  # the page it shows ("" for a heading)
    count: int | None = None
    heading: bool = False
    tip: str = ""
    urgent: bool = False  # a count worth attention (overdue > 0): drawn bold


class NavigationModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[NavEntry] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return Qt.ItemFlag.NoItemFlags
        if self.entries[index.row()].heading:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return entry.label if entry.count is None else f"{entry.label}: {entry.count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tip or None
        if role == KeyRole:
            return entry.key
        if role == CountRole:
            return entry.count
        if role == PageRole:
            return entry.page
        if role == HeadingRole:
            return entry.heading
        if role == Qt.ItemDataRole.FontRole and (entry.heading or (entry.urgent and entry.count)):
            font = QFont()
            font.setBold(True)
            if entry.heading:
                font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            return font
        if role == Qt.ItemDataRole.ForegroundRole and entry.heading:
            return QPalette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        return None

    # -- building ------------------------------------------------------------------------------------
    def add(self, entry: NavEntry) -> None:
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(entry)
        self.endInsertRows()

    def row_of(self, key: str) -> int | None:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                return row
        return None

    def entry(self, key: str) -> NavEntry | None:
        row = self.row_of(key)
        return None if row is None else self.entries[row]

    def set_count(self, key: str, count: int | None) -> None:
        row = self.row_of(key)
        if row is None or self.entries[row].count == count:
            return
        self.entries[row] = replace(self.entries[row], count=count)
        index = self.index(row, 0)
        emit(self.dataChanged, index, index)


class CountDelegate(QStyledItemDelegate):
    """Draws an entry's count right-aligned (headings and entries without a count: as usual)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        count = index.data(CountRole)
        if count is None:
            super().paint(painter, option, index)
            return
        text = str(count)
        width = option.fontMetrics.horizontalAdvance(text) + 12
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(option.rect.left(), option.rect.top(), option.rect.width() - width, option.rect.height())
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        # The selection background spans the whole row, the label only its part.
        if style is not None:
            full = QStyleOptionViewItem(option)
            self.initStyleOption(full, index)
            full.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, full, painter, widget)
            opt.backgroundBrush = Qt.BrushStyle.NoBrush  # type: ignore[assignment]
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        else:
            super().paint(painter, opt, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        painter.setFont(font)
        painter.drawText(QRect(option.rect.right() - width, option.rect.top(), width - 6, option.rect.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 30, max(size.height(), option.fontMetrics.height() + 8))
