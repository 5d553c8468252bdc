"""The company profile in the settings: the "Company" page and the "Business calendar" page.

Views only: they show a ``ProfileForm`` (``services/profile_edit.py``), read it back, and show the
problems the service found beside the field each one names. Labels are the service's own
(``profile_edit.FIELDS``), so a field is called the same here as in a refusal; laws come from the
rule data (every law PrivacyDesk has deadlines for), request types and verification methods from
``domain/wording.py``. ``ProfileController`` (``profile_controller.py``) checks and saves.

The two pages edit one form: "Save" on either saves both, and a problem on the other page is named
in the summary at the top ("Business calendar page: Region for public holidays: …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain.calendar import BusinessCalendar
from privacydesk.domain.profile import DEADLINE_UNITS, CcpaCategory, ClosedDay
from privacydesk.domain.wording import TYPES, VERIFICATION_METHODS, regime_label
from privacydesk.services.profile_edit import FIELDS, Commitment, FieldProblem, ProfileForm
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.settings.fields import ERROR_STYLE, doc_label, problem_label

UNIT_WORDS = {"calendar_days": "calendar days", "business_days": "business days"}
COMPANY_FIELDS = ("legal_name", "privacy_email", "own_addresses", "own_domains", "postal_address", "website",
                  "time_zone", "covered_regimes", "rights_offered", "commitments", "retention_years",
                  "agent_requires_proof", "verification_methods", "delete_verification_data_after_verification",
                  "sells_personal_information", "honours_do_not_track", "ccpa_categories")
CALENDAR_FIELDS = ("business_calendar", "business_calendar_subdivision", "closed_days", "due_soon_days",
                   "due_soon_fraction", "default_response_days")
FLAG_FIELDS = ("agent_requires_proof", "delete_verification_data_after_verification", "sells_personal_information",
               "honours_do_not_track")


def label_of(field: str) -> str:
    return FIELDS[field][1]


def _name(field: str) -> str:
    return f"profile_{field}"


def in_order(before: Sequence[str], ticked: Sequence[str]) -> tuple[str, ...]:
    """The ticked choices in the profile's own order, new ones after: a list shown sorted by name must
    not read back as a change (the dialog would ask to save an untouched profile, and a save would
    recompute every due date)."""
    chosen = set(ticked)
    return tuple(key for key in before if key in chosen) + tuple(key for key in ticked if key not in before)


# -- small editors ------------------------------------------------------------------------------------

class CheckList(QListWidget):
    """Choices with a tick each (laws, rights, verification methods)."""

    def __init__(self, choices: Iterable[tuple[str, str]], rows: int = 6) -> None:
        super().__init__()
        for key, text in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 6 if self.count() else 60)

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def checked(self) -> tuple[str, ...]:
        return tuple(str(self.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.count())
                     if self.item(r).checkState() == Qt.CheckState.Checked)

    def set_key_checked(self, key: str, checked: bool) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.item(row).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class LinesEdit(QPlainTextEdit):
    """One value per line (addresses, domains)."""

    def __init__(self, rows: int = 3, placeholder: str = "") -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().height() * rows + 12)

    def lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_lines(self, lines: Iterable[str]) -> None:
        self.setPlainText("\n".join(lines))


class RowsTable(QWidget):
    """A small editable table with Add / Remove (promises, CCPA categories, closed days)."""

    changed = Signal()

    def __init__(self, headers: Sequence[str], add_text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton("Remove")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def add_row(self, *values: Any) -> int:
        raise NotImplementedError

    def clear_rows(self) -> None:
        self.table.setRowCount(0)

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            emit(self.changed)


class CommitmentsTable(RowsTable):
    """Promises stricter than the law: a request type answered within so many days."""

    def __init__(self) -> None:
        super().__init__(["Request type", "Within", "Days counted as", "Where it comes from"], "Add a promise")
        self.sources: dict[int, str] = {}
        for column, width in ((0, 190), (1, 70), (2, 130)):
            self.table.setColumnWidth(column, width)

    def add_row(self, commitment: Commitment | None = None) -> int:
        c = commitment or Commitment("all", 15, "calendar_days", "")
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        kind.addItem("every request", "all")
        for key, text in TYPES.items():
            kind.addItem(text, key)
        index = kind.findData(c.type)
        kind.setCurrentIndex(max(0, index))
        days = QSpinBox()
        days.setRange(1, 366)
        days.setValue(max(1, c.days))
        days.setSuffix(" days")
        unit = QComboBox()
        for key in DEADLINE_UNITS:
            unit.addItem(UNIT_WORDS.get(key, key), key)
        unit.setCurrentIndex(max(0, unit.findData(c.unit)))
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, days)
        self.table.setCellWidget(row, 2, unit)
        self.table.setItem(row, 3, QTableWidgetItem(c.source))
        emit(self.changed)
        return row

    def set_commitments(self, commitments: Sequence[Commitment]) -> None:
        self.clear_rows()
        for c in commitments:
            self.add_row(c)

    def commitments(self) -> tuple[Commitment, ...]:
        out: list[Commitment] = []
        for row in range(self.table.rowCount()):
            kind, days, unit = (self.table.cellWidget(row, c) for c in range(3))
            source = self.table.item(row, 3)
            assert isinstance(kind, QComboBox) and isinstance(days, QSpinBox) and isinstance(unit, QComboBox)
            out.append(Commitment(str(kind.currentData()), days.value(), str(unit.currentData()),
                                  source.text().strip() if source else ""))
        return tuple(out)


class CategoriesTable(RowsTable):
    """The CCPA categories of personal information (the access letter's table)."""

    def __init__(self) -> None:
        super().__init__(["Id", "Category", "Examples", "Collected", "Sold or shared"], "Add a category")
        for column, width in ((0, 40), (1, 200), (2, 240), (3, 80)):
            self.table.setColumnWidth(column, width)

    def add_row(self, category: CcpaCategory | None = None) -> int:
        c = category or CcpaCategory(chr(ord("A") + self.table.rowCount() % 26), "", "", True, False)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((c.id, c.name, c.examples)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        for column, value in ((3, c.collected), (4, c.sold)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, item)
        emit(self.changed)
        return row

    def set_categories(self, categories: Sequence[CcpaCategory]) -> None:
        self.clear_rows()
        for c in categories:
            self.add_row(c)

    def categories(self) -> tuple[CcpaCategory, ...]:
        out = []
        for row in range(self.table.rowCount()):
            def text(column: int, row: int = row) -> str:
                item = self.table.item(row, column)
                return item.text().strip() if item else ""

            def ticked(column: int, row: int = row) -> bool:
                item = self.table.item(row, column)
                return bool(item and item.checkState() == Qt.CheckState.Checked)

            out.append(CcpaCategory(text(0), text(1), text(2), ticked(3), ticked(4)))
        return tuple(out)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ClosedDaysTable(RowsTable):
    """The company's own closed days (a single day or a range, with a name)."""

    def __init__(self, today: date) -> None:
        super().__init__(["From", "To", "Name (e.g. “Office closed”)"], "Add closed days")
        self.today = today
        for column, width in ((0, 130), (1, 130)):
            self.table.setColumnWidth(column, width)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        return edit

    def add_row(self, closed: ClosedDay | None = None) -> int:
        c = closed or ClosedDay(self.today + timedelta(days=7), self.today + timedelta(days=7), "")
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, self._date_edit(c.start))
        self.table.setCellWidget(row, 1, self._date_edit(c.end))
        self.table.setItem(row, 2, QTableWidgetItem(c.name))
        emit(self.changed)
        return row

    def set_days(self, days: Sequence[ClosedDay]) -> None:
        self.clear_rows()
        for d in days:
            self.add_row(d)

    def days(self) -> tuple[ClosedDay, ...]:
        out = []
        for row in range(self.table.rowCount()):
            start, end = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
            assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit)
            name = self.table.item(row, 2)
            out.append(ClosedDay(_pydate(start.date()), _pydate(end.date()), name.text().strip() if name else ""))
        return tuple(out)


# -- the pages ----------------------------------------------------------------------------------------

class _FieldsPage(QWidget):
    """A scrolling form whose rows each have a problem label under them, plus the page's buttons."""

    save_requested = Signal()
    undo_requested = Signal()

    def __init__(self, intro: str) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.intro = plain_label(intro, selectable=False)
        outer.addWidget(self.intro)
        self.summary = plain_label(selectable=False)
        self.summary.setObjectName("profileProblems")
        self.summary.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.summary.hide()
        outer.addWidget(self.summary)
        self.saved = plain_label(selectable=False)
        self.saved.setObjectName("profileSaved")
        self.saved.hide()
        outer.addWidget(self.saved)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.undo_button = QPushButton("Undo changes")
        self.save_button = QPushButton("Save")
        self.save_button.setDefault(True)
        self.buttons.addWidget(self.undo_button)
        self.buttons.addWidget(self.save_button)
        outer.addLayout(self.buttons)
        self.problems: dict[str, QLabel] = {}
        self.save_button.clicked.connect(lambda: emit(self.save_requested))
        self.undo_button.clicked.connect(lambda: emit(self.undo_requested))

    def add_field(self, field: str, widget: QWidget, doc: str = "", *, boxed: bool = False) -> None:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(widget)
        if doc:
            layout.addWidget(doc_label(doc))
        problem = problem_label()
        problem.setObjectName(_name(field) + "_problem")
        layout.addWidget(problem)
        self.problems[field] = problem
        widget.setObjectName(_name(field))
        widget.setAccessibleName(label_of(field))
        if boxed:  # a check box carries its own label
            self.form.addRow("", holder)
        else:
            label = QLabel(f"{label_of(field)}:")
            label.setBuddy(widget)
            self.form.addRow(label, holder)

    def show_field_problems(self, problems: Sequence[FieldProblem]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(p.message)
        for field, label in self.problems.items():
            messages = by_field.get(field, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))

    def show_summary(self, text: str, *, error: bool) -> None:
        target, other = (self.summary, self.saved) if error else (self.saved, self.summary)
        other.hide()
        target.setText(text)
        target.setVisible(bool(text))


class CompanyPage(_FieldsPage):
    notice_requested = Signal()

    def __init__(self, laws: Sequence[str], time_zones: Sequence[str]) -> None:
        super().__init__("Your business as your privacy notice describes it. Letters, deadlines and the register "
                         "use these details; every field is checked before anything is saved.")
        self.notice_button = QPushButton("Set up from our privacy notice…")
        self.notice_button.setObjectName("fromNotice")
        self.notice_button.setToolTip("Read your privacy notice (text or HTML) and propose these fields, each with "
                                      "the sentence it came from; nothing changes until you confirm")
        self.buttons.insertWidget(0, self.notice_button)
        self.notice_button.clicked.connect(lambda: emit(self.notice_requested))
        self.save_button.setText("Save company profile")
        self.legal_name = QLineEdit()
        self.privacy_email = QLineEdit()
        self.own_addresses = LinesEdit(3, "one address per line")
        self.own_domains = LinesEdit(2, "one domain per line, e.g. example.com")
        self.postal_address = QPlainTextEdit()
        self.postal_address.setTabChangesFocus(True)
        self.postal_address.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.website = QLineEdit()
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(list(time_zones))
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.covered_regimes = CheckList(sorted(((law, regime_label(law)) for law in laws), key=lambda p: p[1]), 7)
        self.rights_offered = CheckList(TYPES.items(), 5)
        self.commitments = CommitmentsTable()
        self.retention_years = QSpinBox()
        self.retention_years.setRange(0, 100)
        self.retention_years.setSpecialValueText("not stated")
        self.retention_years.setSuffix(" years")
        self.retention_years.setMaximumWidth(140)
        self.flags = {field: QCheckBox(label_of(field)) for field in FLAG_FIELDS}
        self.verification_methods = CheckList(VERIFICATION_METHODS.items(), 4)
        self.ccpa_categories = CategoriesTable()

        self.add_field("legal_name", self.legal_name)
        self.add_field("privacy_email", self.privacy_email, "The address your notice tells people to write to.")
        self.add_field("own_addresses", self.own_addresses, "Other addresses of yours: mail from them is never a "
                                                            "request.")
        self.add_field("own_domains", self.own_domains)
        self.add_field("postal_address", self.postal_address)
        self.add_field("website", self.website)
        self.add_field("time_zone", self.time_zone, "Deadlines count days in this time zone.")
        self.add_field("covered_regimes", self.covered_regimes, "Every law PrivacyDesk knows the deadlines of. A "
                                                                "request whose law is unknown is dated by the laws "
                                                                "ticked here.")
        self.add_field("rights_offered", self.rights_offered)
        self.add_field("commitments", self.commitments, "Promises in your notice that are stricter than the law "
                                                        "(the stricter date wins).")
        self.add_field("retention_years", self.retention_years, "How long your notice says you keep personal "
                                                                "data; older data is offered for removal.")
        self.add_field("verification_methods", self.verification_methods)
        for field, box in self.flags.items():
            self.add_field(field, box, boxed=True)
        self.add_field("ccpa_categories", self.ccpa_categories, "The categories California's access letters list.")

    def fill(self, form: ProfileForm) -> None:
        self.legal_name.setText(form.legal_name)
        self.privacy_email.setText(form.privacy_email)
        self.own_addresses.set_lines(form.own_addresses)
        self.own_domains.set_lines(form.own_domains)
        self.postal_address.setPlainText(form.postal_address)
        self.website.setText(form.website)
        self.time_zone.setCurrentText(form.time_zone)
        self.covered_regimes.set_checked(form.covered_regimes)
        self.rights_offered.set_checked(form.rights_offered)
        self.commitments.set_commitments(form.commitments)
        self.retention_years.setValue(form.retention_years or 0)
        for field, box in self.flags.items():
            box.setChecked(bool(getattr(form, field)))
        self.verification_methods.set_checked(form.verification_methods)
        self.ccpa_categories.set_categories(form.ccpa_categories)

    def read(self, base: ProfileForm) -> ProfileForm:
        return replace(
            base, legal_name=self.legal_name.text().strip(), privacy_email=self.privacy_email.text().strip(),
            own_addresses=self.own_addresses.lines(), own_domains=self.own_domains.lines(),
            postal_address=self.postal_address.toPlainText().strip(), website=self.website.text().strip(),
            time_zone=self.time_zone.currentText().strip(),
            covered_regimes=in_order(base.covered_regimes, self.covered_regimes.checked()),
            rights_offered=in_order(base.rights_offered, self.rights_offered.checked()),
            commitments=self.commitments.commitments(), retention_years=self.retention_years.value() or None,
            verification_methods=in_order(base.verification_methods, self.verification_methods.checked()),
            ccpa_categories=self.ccpa_categories.categories(),
            **{field: box.isChecked() for field, box in self.flags.items()})  # type: ignore[arg-type]


def _camel_words(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)


def holiday_countries() -> list[tuple[str, str]]:
    """(code, name) of every country the ``holidays`` library knows, by name."""
    import holidays
    from holidays import registry

    supported = holidays.list_supported_countries()
    names = {entry[1]: _camel_words(entry[0]) for entry in registry.COUNTRIES.values()}
    return sorted(((code, names.get(code, code)) for code in supported if len(code) == 2), key=lambda p: p[1])


def holiday_regions(country: str) -> list[tuple[str, str]]:
    """(code, name) of a country's regions with their own public holidays ("" = the whole country)."""
    import holidays

    supported = holidays.list_supported_countries()
    codes = supported.get(country, [])
    names: dict[str, str] = {}
    try:
        aliases = getattr(holidays.country_holidays(country), "subdivisions_aliases", {}) or {}
        names = {code: name for name, code in aliases.items()}
    except (NotImplementedError, KeyError, AttributeError):
        names = {}
    return [("", "the whole country")] + [(code, f"{names[code]} ({code})" if code in names else code)
                                          for code in codes]


class BusinessCalendarPage(_FieldsPage):
    def __init__(self, today: date) -> None:
        super().__init__("Which days count as business days for deadlines counted in business days, and when a "
                         "request counts as due soon. Your own closed days are shown on the calendar with a warning: "
                         "they never move a legal date.")
        self.today = today
        self.save_button.setText("Save business calendar")
        self.business_calendar = QComboBox()
        for code, name in holiday_countries():
            self.business_calendar.addItem(f"{name} ({code})", code)
        self.business_calendar_subdivision = QComboBox()
        self.closed_days = ClosedDaysTable(today)
        self.due_soon_days = QSpinBox()
        self.due_soon_days.setRange(0, 60)
        self.due_soon_days.setSuffix(" days")
        self.due_soon_days.setMaximumWidth(140)
        self.due_soon_fraction = QDoubleSpinBox()
        self.due_soon_fraction.setRange(1, 100)
        self.due_soon_fraction.setDecimals(0)
        self.due_soon_fraction.setSuffix(" %")
        self.due_soon_fraction.setMaximumWidth(140)
        self.default_response_days = QSpinBox()
        self.default_response_days.setRange(1, 366)
        self.default_response_days.setSuffix(" days")
        self.default_response_days.setMaximumWidth(140)
        self.preview = plain_label(selectable=False)
        self.preview.setObjectName("closedDaysPreview")

        self.add_field("business_calendar", self.business_calendar, "Whose public holidays are not business days.")
        self.add_field("business_calendar_subdivision", self.business_calendar_subdivision)
        self.add_field("closed_days", self.closed_days)
        self.form.addRow("Coming up:", self.preview)
        self.add_field("due_soon_days", self.due_soon_days, "A request is due soon when this few days are left …")
        self.add_field("due_soon_fraction", self.due_soon_fraction, "… or when this share of its time has gone.")
        self.add_field("default_response_days", self.default_response_days)
        self.business_calendar.currentIndexChanged.connect(self._on_country_changed)
        self.business_calendar_subdivision.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.closed_days.changed.connect(self.update_preview)
        self._filling = False

    def _on_country_changed(self, _index: int) -> None:
        if self._filling:
            return
        self._fill_regions(str(self.business_calendar.currentData() or ""), "")
        self.update_preview()

    def _fill_regions(self, country: str, selected: str) -> None:
        combo = self.business_calendar_subdivision
        combo.blockSignals(True)
        combo.clear()
        for code, name in holiday_regions(country):
            combo.addItem(name, code)
        index = combo.findData(selected)
        if index < 0 and selected:
            combo.addItem(selected, selected)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def fill(self, form: ProfileForm) -> None:
        self._filling = True
        try:
            index = self.business_calendar.findData(form.business_calendar)
            if index < 0:
                self.business_calendar.addItem(form.business_calendar, form.business_calendar)
                index = self.business_calendar.count() - 1
            self.business_calendar.setCurrentIndex(index)
            self._fill_regions(form.business_calendar, form.business_calendar_subdivision)
            self.closed_days.set_days(form.closed_days)
            self.due_soon_days.setValue(form.due_soon_days)
            self.due_soon_fraction.setValue(round(form.due_soon_fraction * 100))
            self.default_response_days.setValue(form.default_response_days)
        finally:
            self._filling = False
        self.update_preview()

    def read(self, base: ProfileForm) -> ProfileForm:
        return replace(base, business_calendar=str(self.business_calendar.currentData() or ""),
                       business_calendar_subdivision=str(self.business_calendar_subdivision.currentData() or ""),
                       closed_days=self.closed_days.days(), due_soon_days=self.due_soon_days.value(),
                       due_soon_fraction=self.due_soon_fraction.value() / 100,
                       default_response_days=self.default_response_days.value())

    def update_preview(self) -> None:
        """The next days off (holidays and closures, not weekends) with the choices on screen."""
        country = str(self.business_calendar.currentData() or "")
        try:
            cal = BusinessCalendar(country, str(self.business_calendar_subdivision.currentData() or ""),
                                   self.closed_days.days())
            found: list[str] = []
            day = self.today
            while len(found) < 5 and day < self.today + timedelta(days=370):
                info = cal.info(day)
                if not info.business_day and day.weekday() < 5:
                    found.append(f"{day.strftime('%a %d %b').replace(' 0', ' ')}: {info.closed}")
                day += timedelta(days=1)
            self.preview.setText("; ".join(found) if found else "no public holidays or closures in the next year")
        except Exception:  # an unknown country typed in: the check on saving names it
            self.preview.setText("—")
