"""The workspace's "Identity" tab: how sure we can be that the request comes from the person. A view only.

Reading order: where verification stands and the proof to ask for (with why), warnings, then the
evidence — what the mail itself says about its sender (the receiving server's SPF/DKIM/DMARC verdict,
a Reply-To that differs from the sender, a look-alike of a known domain), which details match the
customers file, an authorized agent's proof, the one-time code, and the documents sent as proof (deleted
once verification is recorded). Two buttons act: ask for proof (a letter) and record the result.

Everything shown comes from mail or from the customers file, so every label is plain text.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from privacydesk.services.verification import VerificationEvidence
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.verification import words

WARNING_STYLE = "color: #8e1116;"
GOOD_STYLE = "color: #1e6b34;"


class VerificationPanel(QWidget):
    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verificationPanel")
        self.tz = tz
        self.evidence: VerificationEvidence | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.state = plain_label()
        self.state.setObjectName("verificationState")
        bold = QFont(self.state.font())
        bold.setBold(True)
        self.state.setFont(bold)
        top.addWidget(self.state, 1)
        self.ask_button = QPushButton("Ask for proof of identity…")
        self.ask_button.setObjectName("askForProof")
        self.ask_button.setToolTip("Write the letter that asks for proof (a one-time code, or the agent's authority)")
        self.record_button = QPushButton("Record the result…")
        self.record_button.setObjectName("recordVerification")
        self.record_button.setToolTip("Record that the identity was verified, or could not be")
        self.import_button = QPushButton("Import customers…")
        self.import_button.setObjectName("importCustomersButton")
        self.import_button.setToolTip("Load your customers file (CSV) to compare requests with it")
        for button in (self.ask_button, self.record_button, self.import_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll_area, 1)
        #: The texts shown, by section (tests and screenshots read them).
        self.sections: dict[str, list[str]] = {}
        self.show_message("Select a request to see how its identity can be checked.")

    def show_message(self, text: str) -> None:
        self.evidence = None
        self.state.setText("")
        label = plain_label(text, selectable=False)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(label)
        self.sections = {}
        for button in (self.ask_button, self.record_button):
            button.setEnabled(False)

    def texts(self) -> str:
        return "\n".join(line for lines in self.sections.values() for line in lines)

    def _section(self, layout: QVBoxLayout, key: str, title: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setObjectName(f"section_{key}")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addWidget(box)
        self.sections[key] = []
        return form

    def _line(self, form: QFormLayout, key: str, text: str, *, title: str = "", style: str = "") -> QLabel:
        label = plain_label(text)
        if style:
            label.setStyleSheet(style)
        if title:
            form.addRow(title, label)
            self.sections[key].append(f"{title} {text}")
        else:
            form.addRow(label)
            self.sections[key].append(text)
        return label

    def show_evidence(self, e: VerificationEvidence, *, can_ask: bool, can_record: bool) -> None:
        self.evidence = e
        self.sections = {}
        self.state.setText(f"Identity: {words.state_line(e)}")
        self.ask_button.setEnabled(can_ask)
        self.record_button.setEnabled(can_record)
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = left

        form = self._section(layout, "proof", "Proof to ask for")
        self._line(form, "proof", e.suggestion.label + ".", style="font-weight: bold;")
        for reason in e.suggestion.reasons:
            if reason not in e.warnings:  # a warning is said once, as a warning
                self._line(form, "proof", f"• {reason}")
        for warning in e.warnings:
            self._line(form, "proof", f"⚠ {warning}", style=WARNING_STYLE)

        form = self._section(layout, "sender", "What the message says about its sender")
        if e.sender is None:
            self._line(form, "sender", "There is no message: the request was entered by hand.")
        else:
            who = f"{e.sender.name} <{e.sender.email}>" if e.sender.name and e.sender.email else \
                (e.sender.email or e.sender.name or "(unknown)")
            self._line(form, "sender", who, title="Sender:")
            auth = e.sender.authentication
            self._line(form, "sender", words.auth_verdict(auth),
                       style=WARNING_STYLE if auth.failed else GOOD_STYLE if auth.passed else "")
            if auth.known:
                for check, result, bad in words.auth_lines(auth):
                    self._line(form, "sender", result, title=f"{check}:", style=WARNING_STYLE if bad else "")
            if e.sender.reply_to_mismatch:
                self._line(form, "sender", "Answers would go to " + ", ".join(e.sender.reply_to_mismatch)
                           + ", not to the sender. Write to the sender's own address.", title="Reply-To:",
                           style=WARNING_STYLE)
            else:
                self._line(form, "sender", "Answers go to the sender.", title="Reply-To:")
            if e.sender.lookalike_of:
                self._line(form, "sender", f"The sender's domain imitates {e.sender.lookalike_of}: check it letter "
                           "by letter.", title="Look-alike:", style=WARNING_STYLE)
            else:
                self._line(form, "sender", "The sender's domain does not imitate a domain we know.",
                           title="Look-alike:")

        layout.addStretch(1)
        layout = right
        form = self._section(layout, "customers", "Customers file")
        if not e.customers_file_loaded:
            self._line(form, "customers", "No customers file yet. Import one (File → Import customers…) to see "
                       "which details of a request match your customers.")
        elif not e.details:
            self._line(form, "customers", "Nobody with this email address or name is in the customers file.",
                       style=WARNING_STYLE)
        else:
            for d in e.details:
                self._line(form, "customers", words.detail_line(d.detail, d.matched, d.value, d.note),
                           style=GOOD_STYLE if d.matched else "")

        if e.agent is not None:
            form = self._section(layout, "agent", "Authorized agent")
            who = f"{e.agent.name} <{e.agent.email}>" if e.agent.name and e.agent.email else \
                (e.agent.email or e.agent.name or "(unknown)")
            self._line(form, "agent", who, title="Agent:")
            self._line(form, "agent", e.agent.explanation, title="Proof:",
                       style=GOOD_STYLE if e.agent.proof_arrived else WARNING_STYLE)
            for document in e.agent.documents:
                self._line(form, "agent", f"• {document}")

        form = self._section(layout, "code", "One-time code")
        self._line(form, "code", words.code_line(e.code, self.tz))

        if e.material:
            form = self._section(layout, "material", "Documents sent as proof")
            for item in e.material:
                self._line(form, "material", words.material_line(item))
        layout.addStretch(1)
        self.scroll_area.setWidget(page)
