"""The Reports menu's dialogs: which part of the register to export, and the yearly figures.

Views only: they collect input and show what the controller hands them; ``controller.py`` reads the
records and writes the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain.records import YearMetrics
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.reports.metrics_model import MetricsModel
from privacydesk.ui.requests.dialogs import ChoiceDialog


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# -- the register -------------------------------------------------------------------------------------

PERIODS = (("all", "Every request"), ("this_year", "Received this year"), ("last_year", "Received last year"),
           ("dates", "Received between two dates"))
FORMATS = (("csv", "CSV, for a spreadsheet"), ("json", "JSON, for another program"))


@dataclass(frozen=True)
class RegisterChoice:
    format: str  # csv | json
    start: date | None
    end: date | None

    def file_name(self, today: date) -> str:
        if self.start and self.end and self.start.year == self.end.year and (self.start, self.end) == (
                date(self.start.year, 1, 1), date(self.start.year, 12, 31)):
            span = str(self.start.year)
        elif self.start or self.end:
            span = f"{self.start.isoformat() if self.start else 'start'}-to-{self.end.isoformat() if self.end else today.isoformat()}"
        else:
            span = today.isoformat()
        return f"privacy-requests-register-{span}.{self.format}"


class RegisterDialog(ChoiceDialog):
    """Export the register of requests (CCPA §7101 records): which requests, which format."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__("Export the register of requests",
                         "One row per request: when it arrived, what it asked for, how it came, the law, what "
                         "became of it and whether the deadline was met — the records the law asks you to keep "
                         "for at least 24 months. Personal details are not in it.", parent)
        self.today = today
        self.period = QComboBox()
        for value, text in PERIODS:
            self.period.addItem(text, value)
        self.form.addRow("Requests:", self.period)
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(plain_label("to", selectable=False, wrap=False))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.dates_row = QWidget()
        self.dates_row.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        self.form.addRow("Received:", self.dates_row)
        self.format = QComboBox()
        for value, text in FORMATS:
            self.format.addItem(text, value)
        self.form.addRow("Format:", self.format)
        self.ok_button.setText("Save…")
        self.period.currentIndexChanged.connect(self._on_input_changed)
        self.start.dateChanged.connect(self._on_input_changed)
        self.end.dateChanged.connect(self._on_input_changed)
        self._on_input_changed()

    def _on_input_changed(self, *_args: object) -> None:
        self.form.setRowVisible(self.dates_row, self.period.currentData() == "dates")
        self.revalidate()

    def choose_period(self, period: str) -> None:
        self.period.setCurrentIndex(self.period.findData(period))

    def problem_text(self) -> str:
        if self.period.currentData() == "dates" and self.start.date() > self.end.date():
            return "The first date is after the second."
        return ""

    def choice(self) -> RegisterChoice:
        period = self.period.currentData()
        year = self.today.year
        start: date | None
        end: date | None
        if period == "this_year":
            start, end = date(year, 1, 1), date(year, 12, 31)
        elif period == "last_year":
            start, end = date(year - 1, 1, 1), date(year - 1, 12, 31)
        elif period == "dates":
            start, end = _pydate(self.start.date()), _pydate(self.end.date())
        else:
            start = end = None
        return RegisterChoice(str(self.format.currentData()), start, end)


# -- the yearly figures ---------------------------------------------------------------------------------

class MetricsDialog(QDialog):
    """The §7102 figures of one year in a small table, saved as CSV or PDF from here."""

    def __init__(self, year: int, company: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Yearly figures")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(plain_label("Year:", selectable=False, wrap=False))
        self.year = QSpinBox()
        self.year.setObjectName("metricsYear")
        self.year.setRange(2000, 9999)
        self.year.setValue(year)
        self.year.setKeyboardTracking(False)
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        self.intro = plain_label(
            f"Privacy requests {company} received in the year, per type, and what became of them (the figures "
            "California's regulations ask larger businesses to publish, 11 CCR §7102). A request asking for "
            "several things counts under each type; the last row counts each request once. Days are calendar "
            "days from receipt to the answer.")
        layout.addWidget(self.intro)
        self.model = MetricsModel(self)
        self.table = QTableView()
        self.table.setObjectName("metricsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = plain_label("", selectable=False)
        self.empty.setObjectName("metricsEmpty")
        layout.addWidget(self.empty)
        self.status = plain_label("", selectable=False)
        self.status.setObjectName("metricsStatus")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.save_csv = QPushButton("Save as CSV…")
        self.save_csv.setObjectName("saveMetricsCsv")
        self.save_pdf = QPushButton("Save as PDF…")
        self.save_pdf.setObjectName("saveMetricsPdf")
        self.save_pdf.setToolTip("A one-page report with the table and a chart, to print or publish")
        for button in (self.save_csv, self.save_pdf):
            button.setAutoDefault(False)
        self.buttons.addButton(self.save_csv, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_pdf, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(780, 560)
        self.show_loading()

    def show_loading(self) -> None:
        self.status.setText("Counting…")
        self.save_csv.setEnabled(False)
        self.save_pdf.setEnabled(False)

    def show_metrics(self, metrics: YearMetrics) -> None:
        self.model.set_metrics(metrics)
        empty = not metrics.types
        self.table.setVisible(not empty)
        self.empty.setText(f"No requests were received in {metrics.year}." if empty else "")
        self.empty.setVisible(empty)
        self.status.setText("")
        self.save_csv.setEnabled(True)
        self.save_pdf.setEnabled(True)

    def show_problem(self, text: str) -> None:
        self.status.setText(text)
