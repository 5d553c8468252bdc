"""Dialogs that ask for what a change needs: acknowledge, status, completion, verification,
extension, pause, resume, law, types, assignee, note, a new request, the requester's details, a merge.

Each dialog only collects input and offers what the rules allow (e.g. the status list comes from
``lifecycle.allowed_next``); it never calls a service. ``choice()`` returns a frozen value that the
controller hands to the writer worker. The service still checks everything: a dialog that offered
a stale choice (someone changed the request meanwhile) gets the service's refusal, shown in plain
words, and nothing changes.

No dialog pre-selects a consequential answer: the new status, the verification result and method,
the reason to pause, the law and the request to merge into all start unselected ("Choose…"), and OK
stays disabled until the input is complete, with ``problem`` saying what is missing.

Dialogs are opened with ``open()`` (window-modal, non-blocking) so the event loop keeps running and
tests can fill them in and ``accept()`` them programmatically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
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
from privacydesk.ui.dialogs import plain_label


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(value: date, minimum: date | None = None) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
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
        self.main_layout = layout
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
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def problem_text(self) -> str:
        return ""

    def offer_letters(self, letters: Sequence[tuple[str, str]], on_choose: Callable[[str], None]) -> None:
        """Offer the letters that go with this change ((template, title) each): choosing one closes the
        dialog without changing anything and ``on_choose(template)`` opens the composer; sending the
        letter makes the change. OK still makes the change alone (told another way)."""
        if not letters:
            return
        box = QFrame()
        box.setObjectName("letterOffer")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        text = QLabel("Tell the requester with a letter: the change is made when it is sent.")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.letter_buttons: list[QPushButton] = []
        for name, title in letters:
            button = QPushButton(f"Write “{title}”…")
            button.setObjectName(f"letter_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, n=name: self._choose_letter(n, on_choose))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.letter_buttons.append(button)
        if self.ok_button.text() in ("OK", "&OK"):
            self.ok_button.setText("Only record it")
        self.main_layout.insertWidget(self.main_layout.count() - 3, box)  # above the form

    def _choose_letter(self, name: str, on_choose: Callable[[str], None]) -> None:
        self.reject()
        on_choose(name)

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


CHOOSE = "Choose…"


def _combo(items: Sequence[tuple[str, str]], placeholder: str | None = None) -> QComboBox:
    """A list of choices; with ``placeholder`` it starts on that (no value) until the user chooses."""
    combo = QComboBox()
    if placeholder is not None:
        combo.addItem(placeholder, None)
    for value, text in items:
        combo.addItem(text, value)
    return combo


def _chosen(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return None if value is None else str(value)


def _select(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


# -- status and the closing facts ---------------------------------------------------------------------

#: How a completed request ended (the register's outcome), the words staff choose from.
OUTCOME_CHOICES = (("full", "Done in full: everything asked for was done"),
                   ("partial", "Done in part: some of it could not be done (say why in the note)"))
#: Common reasons for a denial, offered as a start; staff may write their own.
DENIAL_BASES = ("We could not verify the requester's identity",
                "The law lets us keep this data (say which rule in the note)",
                "Repeated or excessive request",
                "The person acting for the requester gave no proof of permission")
CLOSING_STATUSES = (RequestStatus.COMPLETED.value, RequestStatus.DENIED.value)


class ClosingFacts:
    """The register's facts asked when a request is closed (issue 13), as rows of a form:

    * completed — the outcome, done in full or in part (nothing pre-selected);
    * denied — the reason for the denial (required: the register keeps it);
    * what was sent, unless a letter sent from PrivacyDesk already records it (``letter``);
    * an internal note for the team (never sent).
    """

    def __init__(self, form: QFormLayout, letter: str | None) -> None:
        self.letter = letter
        self.outcome = _combo(OUTCOME_CHOICES, CHOOSE)
        self.outcome.setObjectName("outcomeChoice")
        form.addRow("Outcome:", self.outcome)
        self.basis = QComboBox()
        self.basis.setObjectName("denialBasis")
        self.basis.setEditable(True)
        self.basis.addItems(DENIAL_BASES)
        self.basis.setCurrentIndex(-1)
        line = self.basis.lineEdit()
        assert line is not None
        line.setPlaceholderText("why the request is denied (kept in the register)")
        form.addRow("Reason for denial:", self.basis)
        self.nature = QLineEdit()
        self.nature.setObjectName("responseNature")
        self.nature.setPlaceholderText("e.g. a copy of the data by email (optional)")
        self.nature_label = plain_label(letter or "", selectable=False)
        self.nature_label.setObjectName("letterRecorded")
        form.addRow("What was sent:", self.nature if letter is None else self.nature_label)
        self.note = QPlainTextEdit()
        self.note.setObjectName("closingNote")
        self.note.setPlaceholderText("for the team, never sent (optional)")
        self.note.setFixedHeight(60)
        form.addRow("Internal note:", self.note)
        self._form = form
        self.show_for(None)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.outcome, self.basis, self.nature if self.letter is None else self.nature_label, self.note)

    def show_for(self, status: str | None) -> None:
        """Show the rows that closing with ``status`` needs (none when it does not close)."""
        closing = status in CLOSING_STATUSES
        for widget, visible in ((self.outcome, status == RequestStatus.COMPLETED.value),
                                (self.basis, status == RequestStatus.DENIED.value),
                                (self.nature if self.letter is None else self.nature_label, closing),
                                (self.note, closing)):
            self._form.setRowVisible(widget, visible)

    def basis_text(self) -> str:
        return self.basis.currentText().strip()

    def problem_text(self, status: str | None) -> str:
        if status == RequestStatus.COMPLETED.value and _chosen(self.outcome) is None:
            return "Say whether everything asked for was done, or only part of it."
        if status == RequestStatus.DENIED.value and not self.basis_text():
            return "Say why the request is denied (the register keeps the reason)."
        return ""

    def values(self, status: str | None) -> tuple[str | None, str | None, str | None, str | None]:
        """(outcome, basis, nature, note) for ``status``; None where it does not apply."""
        if status not in CLOSING_STATUSES:
            return None, None, None, None
        outcome = _chosen(self.outcome) if status == RequestStatus.COMPLETED.value else None
        basis = self.basis_text() or None if status == RequestStatus.DENIED.value else None
        nature = self.nature.text().strip() or None if self.letter is None else None
        return outcome, basis, nature, self.note.toPlainText().strip() or None


@dataclass(frozen=True)
class StatusChoice:
    status: str
    reason: str | None
    outcome: str | None = None  # completed: "full" | "partial"
    basis: str | None = None    # denied: why
    nature: str | None = None   # what was sent, when no letter records it
    note: str | None = None     # an internal note


class StatusDialog(ChoiceDialog):
    def __init__(self, ref: str, status: str, verification: str, parent: QWidget | None = None, *,
                 letter: str | None = None) -> None:
        current = RequestStatus(status)
        self.reopening = current in CLOSED_STATUSES
        intro = f"{ref} is '{labels.word(labels.STATUSES, status)}'."
        if self.reopening:
            intro += " It is closed: it can only be reopened, with a reason."
        elif Verification(verification) not in (Verification.VERIFIED, Verification.NOT_REQUIRED):
            intro += " 'Completed' is offered once the requester's identity is verified."
        super().__init__("Change status", intro, parent)
        self.options = [s.value for s in allowed_next(current, Verification(verification))]
        self.status = _combo([(s, labels.word(labels.STATUSES, s)) for s in self.options], CHOOSE)
        self.form.addRow("New status:", self.status)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("required to reopen" if self.reopening else "optional, kept in the history")
        self.form.addRow("Reason:", self.reason)
        self.facts = ClosingFacts(self.form, letter)
        self.setMinimumWidth(500)
        self.status.currentIndexChanged.connect(self._on_input_changed)
        self.reason.textChanged.connect(self._on_input_changed)
        self.facts.outcome.currentIndexChanged.connect(self._on_input_changed)
        self.facts.basis.currentTextChanged.connect(self._on_input_changed)
        self._on_input_changed()

    def _on_input_changed(self, *_args: object) -> None:
        status = _chosen(self.status)
        self.facts.show_for(status)
        # Closing asks its own questions (why denied, a note); a reason is for other changes.
        self.form.setRowVisible(self.reason, status not in CLOSING_STATUSES)
        self.revalidate()
        self.adjustSize()

    def choose(self, status: str) -> None:
        _select(self.status, status)

    def problem_text(self) -> str:
        if not self.options:
            return "No status change is possible now."
        status = _chosen(self.status)
        if status is None:
            return "Choose the new status."
        if self.reopening and not self.reason.text().strip():
            return "Say why the request is reopened."
        return self.facts.problem_text(status)

    def choice(self) -> StatusChoice:
        status = str(self.status.currentData())
        outcome, basis, nature, note = self.facts.values(status)
        reason = self.reason.text().strip() if status not in CLOSING_STATUSES else ""
        return StatusChoice(status, reason or None, outcome, basis, nature, note)


# -- verification ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class VerifyChoice:
    state: str
    method: str | None
    note: str | None


class VerifyDialog(ChoiceDialog):
    def __init__(self, ref: str, verification: str, flags: Sequence[str], parent: QWidget | None = None) -> None:
        intro = (f"Identity verification of {ref} is '{labels.word(labels.VERIFICATION, verification)}'. "
                 "Record what you found out.")
        super().__init__("Verify identity", intro, parent)
        if "verification_not_allowed" in flags:
            warning = QLabel(labels.FLAGS["verification_not_allowed"])
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setWordWrap(True)
            self.form.addRow(warning)
        self.state = _combo([(v.value, labels.word(labels.VERIFICATION, v.value)) for v in Verification], CHOOSE)
        self.form.addRow("Result:", self.state)
        self.method = _combo([(m.value, labels.word(labels.VERIFICATION_METHODS, m.value))
                              for m in VerificationMethod], CHOOSE)
        self.form.addRow("How:", self.method)
        self.note = QLineEdit()
        self.note.setPlaceholderText("what was checked (optional; no copies of ID documents)")
        self.form.addRow("Note:", self.note)
        self.state.currentIndexChanged.connect(self._on_input_changed)
        self.method.currentIndexChanged.connect(self._on_input_changed)
        self._on_input_changed()

    def _on_input_changed(self, *_args: object) -> None:
        self.method.setEnabled(self.state.currentData() == Verification.VERIFIED.value)
        self.revalidate()

    def problem_text(self) -> str:
        state = _chosen(self.state)
        if state is None:
            return "Choose the result of the verification."
        if state == Verification.VERIFIED.value and _chosen(self.method) is None:
            return "Say how the identity was verified."
        return ""

    def choice(self) -> VerifyChoice:
        state = str(self.state.currentData())
        method = _chosen(self.method) if state == Verification.VERIFIED.value else None
        return VerifyChoice(state, method, self.note.text().strip() or None)


# -- extension ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExtendChoice:
    reason: str
    to: date | None


class ExtendDialog(ChoiceDialog):
    def __init__(self, ref: str, regime: str, today: date, respond_by: date | None,
                 parent: QWidget | None = None, notice_by: date | None = None) -> None:
        when = f" by {labels.day(notice_by)}" if notice_by else " before the first answer date"
        intro = (f"Extend the deadline of {ref}. The requester must be told why{when}; the reason you give "
                 "here is kept in the audit trail.")
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
        intro = (f"Stop the clock of {ref} while you wait for the requester: the days until the answer "
                 "arrives do not count.")
        super().__init__("Pause clock", intro, parent)
        self.waiting_for = _combo([(p.value, labels.word(labels.PAUSE_REASONS, p.value)) for p in PauseReason],
                                  CHOOSE)
        self.waiting_for.currentIndexChanged.connect(self.revalidate)
        self.form.addRow("Reason:", self.waiting_for)
        self.on = _date_edit(today, minimum=received)
        self.form.addRow("Since:", self.on)
        self.note = QLineEdit()
        self.note.setPlaceholderText("what was asked (optional)")
        self.form.addRow("Note:", self.note)
        self.revalidate()

    def problem_text(self) -> str:
        return "" if _chosen(self.waiting_for) else "Choose what you are waiting for."

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

def _law_combo(placeholder: str, covered: Sequence[str]) -> QComboBox:
    """Every law the rule files know: the ones the privacy notice covers first, then the rest by name."""
    choices = labels.law_choices(first=covered)
    combo = _combo(choices, placeholder)
    leading = len([key for key in dict.fromkeys(covered) if any(key == c for c, _ in choices)])
    if 0 < leading < len(choices):
        combo.insertSeparator(1 + leading)
    combo.setMaxVisibleItems(16)
    return combo


class RegimeDialog(ChoiceDialog):
    def __init__(self, ref: str, regime: str, confirmed: bool, parent: QWidget | None = None, *,
                 covered: Sequence[str] = ()) -> None:
        if regime == Regime.UNKNOWN.value:
            now = "No law is known yet."
        elif confirmed:
            now = f"It is {labels.regime(regime)} (confirmed)."
        else:
            now = f"The message suggests {labels.regime(regime)}, not confirmed yet."
        intro = (f"Which law applies to {ref}? {now} Until someone confirms it, each date is the earliest "
                 "under the laws your privacy notice covers.")
        super().__init__("Confirm the law", intro, parent)
        self.regime = _law_combo(CHOOSE, covered)
        self.form.addRow("Law:", self.regime)
        self.regime.currentIndexChanged.connect(self.revalidate)
        self.revalidate()

    def choose(self, regime: str) -> None:
        _select(self.regime, regime)

    def problem_text(self) -> str:
        return "" if _chosen(self.regime) else "Choose the law that applies."

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


# -- acknowledge, complete ------------------------------------------------------------------------------

class AcknowledgeDialog(ChoiceDialog):
    """Record that the requester was told their request arrived (moves it to "Acknowledged")."""

    def __init__(self, ref: str, parent: QWidget | None = None) -> None:
        super().__init__("Confirm receipt",
                         f"Record that the requester of {ref} has been told their request arrived (and how "
                         "their identity will be checked). Today becomes the date receipt was confirmed.",
                         parent)
        self.ok_button.setText("Mark as acknowledged")
        self.revalidate()


@dataclass(frozen=True)
class CompleteChoice:
    outcome: str  # "full" | "partial"
    nature: str | None
    note: str | None


class CompleteDialog(ChoiceDialog):
    """Close the request as done: in full or in part, what was sent, a note for the team."""

    def __init__(self, ref: str, parent: QWidget | None = None, *, letter: str | None = None) -> None:
        super().__init__("Complete request", f"Close {ref} as completed. What you record here goes into the "
                         "register of requests.", parent)
        self.facts = ClosingFacts(self.form, letter)
        self.facts.show_for(RequestStatus.COMPLETED.value)
        self.setMinimumWidth(500)
        self.outcome = self.facts.outcome
        self.facts.outcome.currentIndexChanged.connect(self.revalidate)
        self.ok_button.setText("Complete")
        self.revalidate()

    def problem_text(self) -> str:
        return self.facts.problem_text(RequestStatus.COMPLETED.value)

    def choose(self, outcome: str) -> None:
        _select(self.facts.outcome, outcome)

    def choice(self) -> CompleteChoice:
        outcome, _basis, nature, note = self.facts.values(RequestStatus.COMPLETED.value)
        return CompleteChoice(outcome or "full", nature, note)


# -- appeals, the received date -----------------------------------------------------------------------------

class AppealDialog(ChoiceDialog):
    """Record that the requester appeals the decision on a request (issue 15): the day it arrived."""

    def __init__(self, ref: str, status: str, today: date, received: date, parent: QWidget | None = None) -> None:
        decision = "denial" if status == RequestStatus.DENIED.value else "answer"
        super().__init__("Record appeal",
                         f"The requester contests our {decision} of {ref}. An appeal is a new request, linked "
                         f"to {ref}, with its own deadline counted from the day the appeal arrived.", parent)
        self.received = _date_edit(today, minimum=received)
        self.received.setMaximumDate(_qdate(today))
        self.form.addRow("Appeal received on:", self.received)
        self.ok_button.setText("Record appeal")
        self.revalidate()

    def choice(self) -> date:
        return _pydate(self.received.date())


class ReceivedDateDialog(ChoiceDialog):
    """Confirm or correct the day a request arrived (issue 11: a date that could not be read exactly)."""

    def __init__(self, ref: str, received: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__("Confirm the received date",
                         f"PrivacyDesk could not read exactly when {ref} arrived; its deadlines count from "
                         "the earliest day it could mean. Check the message (or the envelope, for post) and "
                         "confirm or correct the day it arrived.", parent)
        self.received = _date_edit(received)
        self.received.setMaximumDate(_qdate(today))
        self.form.addRow("Received on:", self.received)
        self.ok_button.setText("Confirm")
        self.revalidate()

    def choice(self) -> date:
        return _pydate(self.received.date())


# -- a new request, the requester's details, a merge -------------------------------------------------------

NEW_SOURCES = (("phone", "Phone"), ("post", "Post"), ("in_person", "In person"), ("email", "Email"),
               ("form", "Web form"))


def _emails(text: str) -> list[str]:
    return [e.strip() for e in text.replace(";", ",").replace("\n", ",").split(",") if e.strip()]


def _email_problem(emails: Sequence[str]) -> str:
    for email in emails:
        if "@" not in email or " " in email or email.startswith("@") or email.endswith("@"):
            return f"“{email}” is not an email address."
    return ""


class _TypeList(QListWidget):
    def __init__(self, checked: Sequence[str] = ()) -> None:
        super().__init__()
        for rtype in RequestType:
            item = QListWidgetItem(labels.word(labels.TYPES, rtype.value))
            item.setData(Qt.ItemDataRole.UserRole, rtype.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rtype.value in checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(140)

    def set_checked(self, rtype: str, checked: bool) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == rtype:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        out = []
        for row in range(self.count()):
            item = self.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out


@dataclass(frozen=True)
class NewRequestChoice:
    source: str
    types: tuple[str, ...]
    name: str | None
    emails: tuple[str, ...]
    phone: str | None
    postal_address: str | None
    received: date
    regime: str | None
    agent_name: str | None
    agent_email: str | None


class NewRequestDialog(ChoiceDialog):
    """A request that came by phone, post, in person (or an email/form not in the mailbox)."""

    def __init__(self, today: date, parent: QWidget | None = None, *, covered: Sequence[str] = ()) -> None:
        super().__init__("New request", "Record a privacy request that did not come through the mailbox. "
                         "Its deadlines count from the day it was received.", parent)
        self.source = _combo(list(NEW_SOURCES), CHOOSE)
        self.form.addRow("Came by:", self.source)
        self.received = _date_edit(today)
        self.received.setMaximumDate(_qdate(today))
        self.form.addRow("Received on:", self.received)
        self.name = QLineEdit()
        self.form.addRow("Name:", self.name)
        self.emails = QLineEdit()
        self.emails.setPlaceholderText("several: separate with commas")
        self.form.addRow("Email:", self.emails)
        self.phone = QLineEdit()
        self.form.addRow("Phone:", self.phone)
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(54)
        self.form.addRow("Postal address:", self.address)
        self.types = _TypeList()
        self.form.addRow("Asks for:", self.types)
        self.regime = _law_combo("Not known yet", covered)
        self.form.addRow("Law:", self.regime)
        self.agent_name = QLineEdit()
        self.agent_name.setPlaceholderText("only if someone acts for the requester")
        self.form.addRow("Agent's name:", self.agent_name)
        self.agent_email = QLineEdit()
        self.form.addRow("Agent's email:", self.agent_email)
        for edit in (self.name, self.emails, self.phone, self.agent_email):
            edit.textChanged.connect(self.revalidate)
        self.address.textChanged.connect(self.revalidate)
        self.source.currentIndexChanged.connect(self.revalidate)
        self.types.itemChanged.connect(self.revalidate)
        self.ok_button.setText("Add request")
        self.setMinimumWidth(480)
        self.revalidate()

    def problem_text(self) -> str:
        if _chosen(self.source) is None:
            return "Say how the request came."
        if not (self.emails.text().strip() or self.phone.text().strip() or self.address.toPlainText().strip()):
            return "Give at least one way to reach the requester: email, phone or postal address."
        problem = _email_problem(_emails(self.emails.text()))
        if problem:
            return problem
        if self.agent_email.text().strip():
            problem = _email_problem([self.agent_email.text().strip()])
            if problem:
                return "Agent's email: " + problem
        if not self.types.checked():
            return "Tick what the requester asks for."
        return ""

    def choice(self) -> NewRequestChoice:
        return NewRequestChoice(
            source=str(self.source.currentData()), types=tuple(self.types.checked()),
            name=self.name.text().strip() or None, emails=tuple(_emails(self.emails.text())),
            phone=self.phone.text().strip() or None, postal_address=self.address.toPlainText().strip() or None,
            received=_pydate(self.received.date()), regime=_chosen(self.regime),
            agent_name=self.agent_name.text().strip() or None, agent_email=self.agent_email.text().strip() or None)


@dataclass(frozen=True)
class RequesterChoice:
    name: str
    emails: tuple[str, ...]
    phone: str
    postal_address: str
    reason: str


class EditRequesterDialog(ChoiceDialog):
    """Correct the requester's name, addresses and phone (audited, with a reason)."""

    def __init__(self, ref: str, name: str | None, emails: Sequence[str], phone: str | None,
                 postal_address: str | None, parent: QWidget | None = None) -> None:
        super().__init__("Edit requester", f"Correct the details of the person behind {ref}. The change and "
                         "its reason are kept in the audit trail.", parent)
        self._original = (name or "", tuple(emails), phone or "", postal_address or "")
        self.name = QLineEdit(name or "")
        self.form.addRow("Name:", self.name)
        self.emails = QLineEdit(", ".join(emails))
        self.emails.setPlaceholderText("several: separate with commas")
        self.form.addRow("Email:", self.emails)
        self.phone = QLineEdit(phone or "")
        self.form.addRow("Phone:", self.phone)
        self.address = QPlainTextEdit(postal_address or "")
        self.address.setFixedHeight(64)
        self.form.addRow("Postal address:", self.address)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("e.g. the requester called to correct the spelling")
        self.form.addRow("Reason:", self.reason)
        for edit in (self.name, self.emails, self.phone, self.reason):
            edit.textChanged.connect(self.revalidate)
        self.address.textChanged.connect(self.revalidate)
        self.revalidate()

    def choice(self) -> RequesterChoice:
        return RequesterChoice(self.name.text().strip(), tuple(_emails(self.emails.text())),
                               self.phone.text().strip(), self.address.toPlainText().strip(),
                               self.reason.text().strip())

    def problem_text(self) -> str:
        c = self.choice()
        if (c.name, c.emails, c.phone, c.postal_address) == self._original:
            return "Change something first."
        problem = _email_problem(c.emails)
        if problem:
            return problem
        if not c.reason:
            return "Say why (kept in the audit trail)."
        return ""


@dataclass(frozen=True)
class MergeCandidate:
    ref: str
    label: str  # requester and what the request asks for
    same_person: bool


class MergeDialog(ChoiceDialog):
    """Choose the request to keep; this one becomes its duplicate (its messages and notes move)."""

    def __init__(self, ref: str, candidates: Sequence[MergeCandidate], parent: QWidget | None = None) -> None:
        super().__init__("Merge duplicate",
                         f"Two requests from the same person become one. Choose the request to keep: {ref} is "
                         "closed as its duplicate, its messages and notes move to it, and both audit trails "
                         "are kept.", parent)
        ordered = sorted(candidates, key=lambda c: (not c.same_person, c.ref))
        self.into = _combo([(c.ref, f"{c.ref} — {c.label}" + (" (same person)" if c.same_person else ""))
                            for c in ordered], CHOOSE)
        self.form.addRow("Keep:", self.into)
        self.into.currentIndexChanged.connect(self.revalidate)
        self.ok_button.setText("Merge")
        self.revalidate()

    def choose(self, ref: str) -> None:
        _select(self.into, ref)

    def problem_text(self) -> str:
        if self.into.count() <= 1:
            return "There is no other open request to merge into."
        return "" if _chosen(self.into) else "Choose the request to keep."

    def choice(self) -> str:
        return str(self.into.currentData())
