"""Dialogs that ask for what a change needs: status, verification, extension, pause, resume,
regime, types, assignee, note.

Each dialog only collects input and offers what the rules allow (e.g. the status list comes from
``lifecycle.allowed_next``); it never calls a service. ``choice()`` returns a frozen value that the
controller hands to the writer worker. The service still checks everything: a dialog that offered
a stale choice (someone changed the request meanwhile) gets the service's refusal, shown in plain
words, and nothing changes.

Dialogs are opened with ``open()`` (window-modal, non-blocking) so the event loop keeps running and
tests can fill them in and ``accept()`` them programmatically. The OK button stays disabled until
the input is complete, and ``problem`` says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain.lifecycle import allowed_next
from privacydesk.domain.vocab import (
    CLOSED_STATUSES,
    PauseReason,
    Regime,
    RequestStatus,
    RequestType,
    Verification,
    VerificationMethod,
)
from privacydesk.ui import labels


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(value: date, minimum: date | None = None) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if minimum is not None:
        edit.setMinimumDate(_qdate(minimum))
    return edit


class ChoiceDialog(QDialog):
    """A form with OK/Cancel; OK is enabled only while ``problem_text()`` is empty."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setTextFormat(Qt.TextFormat.PlainText)
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8e1116;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    @property
    def ok_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def problem_text(self) -> str:
        return ""

    def revalidate(self) -> None:
        text = self.problem_text()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.ok_button.setEnabled(not text)

    def accept(self) -> None:
        if self.problem_text():  # e.g. Enter pressed while incomplete
            self.revalidate()
            return
        super().accept()


def _combo(items: Sequence[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    return combo


def _select(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


# -- status -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusChoice:
    status: str
    reason: str | None
    outcome: str | None


class StatusDialog(ChoiceDialog):
    def __init__(self, ref: str, status: str, verification: str, parent: QWidget | None = None) -> None:
        current = RequestStatus(status)
        self.reopening = current in CLOSED_STATUSES
        intro = f"{ref} is '{labels.word(labels.STATUSES, status)}'."
        if self.reopening:
            intro += " It is closed: it can only be reopened, with a reason."
        elif Verification(verification) not in (Verification.VERIFIED, Verification.NOT_REQUIRED):
            intro += " 'Completed' is offered once the requester's identity is verified."
        super().__init__("Change status", intro, parent)
        self.options = [s.value for s in allowed_next(current, Verification(verification))]
        self.status = _combo([(s, labels.word(labels.STATUSES, s)) for s in self.options])
        self.form.addRow("New status:", self.status)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("required to reopen" if self.reopening else "optional")
        self.form.addRow("Reason:", self.reason)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText("what was done (optional)")
        self.form.addRow("Outcome:", self.outcome)
        self.status.currentIndexChanged.connect(self._on_input_changed)
        self.reason.textChanged.connect(self._on_input_changed)
        self._on_input_changed()

    def _on_input_changed(self, *_args: object) -> None:
        value = self.status.currentData()
        self.outcome.setEnabled(value is not None and RequestStatus(value) in CLOSED_STATUSES)
        self.revalidate()

    def problem_text(self) -> str:
        if not self.options:
            return "No status change is possible now."
        if self.reopening and not self.reason.text().strip():
            return "Say why the request is reopened."
        return ""

    def choice(self) -> StatusChoice:
        outcome = self.outcome.text().strip() if self.outcome.isEnabled() else ""
        return StatusChoice(str(self.status.currentData()), self.reason.text().strip() or None, outcome or None)


# -- verification ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class VerifyChoice:
    state: str
    method: str | None
    note: str | None


class VerifyDialog(ChoiceDialog):
    def __init__(self, ref: str, verification: str, flags: Sequence[str], parent: QWidget | None = None) -> None:
        intro = f"Identity verification of {ref} is '{labels.word(labels.VERIFICATION, verification)}'."
        super().__init__("Verify identity", intro, parent)
        if "verification_not_allowed" in flags:
            warning = QLabel(labels.FLAGS["verification_not_allowed"])
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setWordWrap(True)
            self.form.addRow(warning)
        self.state = _combo([(v.value, labels.word(labels.VERIFICATION, v.value)) for v in Verification])
        _select(self.state, Verification.VERIFIED.value)
        self.form.addRow("Result:", self.state)
        self.method = _combo([(m.value, labels.word(labels.VERIFICATION_METHODS, m.value)) for m in VerificationMethod])
        self.form.addRow("How:", self.method)
        self.note = QLineEdit()
        self.note.setPlaceholderText("what was checked (optional; no copies of ID documents)")
        self.form.addRow("Note:", self.note)
        self.state.currentIndexChanged.connect(self._on_input_changed)
        self._on_input_changed()

    def _on_input_changed(self, *_args: object) -> None:
        self.method.setEnabled(self.state.currentData() == Verification.VERIFIED.value)
        self.revalidate()

    def choice(self) -> VerifyChoice:
        state = str(self.state.currentData())
        method = str(self.method.currentData()) if state == Verification.VERIFIED.value else None
        return VerifyChoice(state, method, self.note.text().strip() or None)


# -- extension ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExtendChoice:
    reason: str
    to: date | None


class ExtendDialog(ChoiceDialog):
    def __init__(self, ref: str, regime: str, today: date, respond_by: date | None,
                 parent: QWidget | None = None) -> None:
        intro = (f"Extend the deadline of {ref}. The requester must be told why, before the "
                 "extension notice date.")
        super().__init__("Extend deadline", intro, parent)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("why more time is needed (told to the requester)")
        self.reason.setFixedHeight(80)
        self.form.addRow("Reason:", self.reason)
        self.staff_sets_date = regime == Regime.FADP.value
        self.to: QDateEdit | None = None
        if self.staff_sets_date:
            start = max(today, respond_by or today)
            self.to = _date_edit(start, minimum=today)
            self.form.addRow("New date:", self.to)
        self.reason.textChanged.connect(self.revalidate)
        self.revalidate()

    def problem_text(self) -> str:
        if not self.reason.toPlainText().strip():
            return "Give the reason for the extension."
        return ""

    def choice(self) -> ExtendChoice:
        return ExtendChoice(self.reason.toPlainText().strip(), _pydate(self.to.date()) if self.to else None)


# -- pause / resume -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PauseChoice:
    waiting_for: str
    on: date
    note: str | None


class PauseDialog(ChoiceDialog):
    def __init__(self, ref: str, today: date, received: date | None, parent: QWidget | None = None) -> None:
        intro = (f"Pause the clock of {ref} while waiting for the requester (UK stop-the-clock). "
                 "Under other laws the dates do not move.")
        super().__init__("Pause clock", intro, parent)
        self.waiting_for = _combo([(p.value, labels.word(labels.PAUSE_REASONS, p.value)) for p in PauseReason])
        self.form.addRow("Reason:", self.waiting_for)
        self.on = _date_edit(today, minimum=received)
        self.form.addRow("Since:", self.on)
        self.note = QLineEdit()
        self.note.setPlaceholderText("what was asked (optional)")
        self.form.addRow("Note:", self.note)
        self.revalidate()

    def choice(self) -> PauseChoice:
        return PauseChoice(str(self.waiting_for.currentData()), _pydate(self.on.date()),
                           self.note.text().strip() or None)


class ResumeDialog(ChoiceDialog):
    def __init__(self, ref: str, today: date, paused_since: date | None, parent: QWidget | None = None) -> None:
        intro = f"Restart the clock of {ref}: the day the requester's answer arrived."
        super().__init__("Resume clock", intro, parent)
        self.on = _date_edit(today, minimum=paused_since)
        self.form.addRow("Answer received on:", self.on)
        self.revalidate()

    def choice(self) -> date:
        return _pydate(self.on.date())


# -- regime, types, assignee, note ------------------------------------------------------------------------

class RegimeDialog(ChoiceDialog):
    def __init__(self, ref: str, regime: str, confirmed: bool, parent: QWidget | None = None) -> None:
        intro = (f"Which law applies to {ref}? Now: {labels.regime(regime, confirmed)}. "
                 "Confirming it replaces the cautious 'earliest of every covered law' dates.")
        super().__init__("Confirm regime", intro, parent)
        self.regime = _combo([(r.value, labels.word(labels.REGIMES, r.value)) for r in Regime])
        _select(self.regime, regime)
        self.form.addRow("Regime:", self.regime)
        self.revalidate()

    def choice(self) -> str:
        return str(self.regime.currentData())


class TypesDialog(ChoiceDialog):
    def __init__(self, ref: str, types: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__("Edit request types", f"What does {ref} ask for? Tick every type that applies.", parent)
        self.list = QListWidget()
        for rtype in RequestType:
            item = QListWidgetItem(labels.word(labels.TYPES, rtype.value))
            item.setData(Qt.ItemDataRole.UserRole, rtype.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rtype.value in types else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.form.addRow(self.list)
        self.list.itemChanged.connect(self.revalidate)
        self.revalidate()

    def set_checked(self, rtype: str, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == rtype:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def choice(self) -> list[str]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def problem_text(self) -> str:
        return "" if self.choice() else "Tick at least one type."


class AssignDialog(ChoiceDialog):
    def __init__(self, ref: str, assignee: str | None, parent: QWidget | None = None) -> None:
        super().__init__("Assign", f"Who handles {ref}? Leave empty to unassign.", parent)
        self.assignee = QLineEdit(assignee or "")
        self.form.addRow("Assignee:", self.assignee)
        self.revalidate()

    def choice(self) -> str | None:
        return self.assignee.text().strip() or None


class NoteDialog(ChoiceDialog):
    def __init__(self, ref: str, parent: QWidget | None = None) -> None:
        super().__init__("Add note", f"A note on {ref} for the team (kept in the audit trail).", parent)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(120)
        self.form.addRow(self.text)
        self.text.textChanged.connect(self.revalidate)
        self.revalidate()

    def problem_text(self) -> str:
        return "" if self.text.toPlainText().strip() else "Write the note."

    def choice(self) -> str:
        return self.text.toPlainText().strip()
