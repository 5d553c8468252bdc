"""The yearly metrics (CCPA §7102) as a small table in the window: one row per request type, and a
last row for all requests counted once. The same figures as the CSV and the PDF (``metrics_pdf``).

A small list (at most one row per request type), so the model holds the rows themselves.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from privacydesk.domain.records import TypeMetrics, YearMetrics
from privacydesk.ui.reports.metrics_pdf import type_name

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    ("Request type", "What the requests asked for; a request asking for several things counts under each"),
    ("Received", "Requests received in the year"),
    ("Done in full", "Complied with in whole"),
    ("Done in part", "Complied with in part"),
    ("Denied", "Denied"),
    ("Median days", "Median calendar days from receipt to the answer (complied with or denied)"),
    ("Mean days", "Mean calendar days from receipt to the answer (complied with or denied)"),
)
NUMBERS = ("received", "complied_in_whole", "complied_in_part", "denied", "median_days", "mean_days")


def days_text(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


class MetricsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.metrics: YearMetrics | None = None
        self._rows: list[TypeMetrics] = []

    def set_metrics(self, metrics: YearMetrics | None) -> None:
        self.beginResetModel()
        self.metrics = metrics
        self._rows = [*metrics.types, metrics.total] if metrics is not None and metrics.types else []
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADERS[section][1]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(HEADERS):
            return None
        row = self._rows[index.row()]
        column = index.column()
        try:
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return type_name(row.type)
                value = getattr(row, NUMBERS[column - 1])
                return days_text(value) if column >= 5 else str(value)
            if role == SortRole:
                return type_name(row.type) if column == 0 else getattr(row, NUMBERS[column - 1])
            if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
                font = QFont()
                font.setBold(True)
                return font
        except Exception:
            log.exception("rendering a metrics cell failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None
        return None
