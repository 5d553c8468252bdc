"""The request workspace: what to do next, then the request's facts, dates, thread, notes and history.

A view only (TagStudio's rule): ``RequestWorkspace.show_request(detail)`` lays out the typed
``RequestDetail`` that ``RequestService.show`` returns; it decides nothing and calls no service. The
controller fetches the detail on a worker, hands it over and puts the actions that fit now
(``set_step_actions``) under the next-step sentence.

Reading order: the sentence saying what is due next and why ("Confirm receipt by Mon 23 Nov — CCPA
(California) requires it within 10 business days"), the actions, and "Why this date?" which opens
the full computation with its legal citations. Then the tabs.

Mail is untrusted: every label that shows data is forced to ``Qt.PlainText`` (a ``QLabel`` would
otherwise guess "rich text" from a ``<`` and render HTML), message bodies are a read-only
``QPlainTextEdit`` (no HTML, no images, no links, hence no remote loads), and tooltips go through
``labels.tooltip_html`` which escapes them.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain import display, wording
from privacydesk.services.appeals import AppealSuggestion
from privacydesk.services.request_detail import RequestDetail, ThreadMessage
from privacydesk.ui import icons, labels, style
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.requests.audit_words import actor_words, exact_text, sentence

log = logging.getLogger(__name__)

STEP_STYLE = ("QFrame#nextStep { background: palette(base); border: 1px solid palette(mid); "
              "border-radius: 4px; }")
SUGGESTION_STYLE = ("QFrame#appealSuggestion { background: #fff4e0; border: 1px solid #e0a100; "
                    "border-radius: 4px; } QLabel { color: #4a3000; }")
_REF = re.compile(r"^PD-\d{4}-\d{4,}$")


def ref_link(ref: str) -> str:
    """A request reference as a link the workspace follows (anything else as plain, escaped text)."""
    if _REF.match(ref):
        return f'<a href="ref:{ref}">{ref}</a>'
    return html.escape(ref)


def suggestion_text(suggestion: AppealSuggestion, tz: tzinfo) -> str:
    """"The requester seems to contest your decision": when they wrote, and their own sentence."""
    when = f" (their reply of {labels.moment(suggestion.received, tz)})" if suggestion.received else ""
    evidence = " ".join(suggestion.evidence.split())
    if len(evidence) > 300:
        evidence = evidence[:297] + "…"
    quote = f"\n“{evidence}”" if evidence else ""
    return f"The requester seems to contest your decision{when}:{quote}"


def why_text(detail: RequestDetail) -> str:
    """"Why this date?": each date with its rule and arithmetic, then the engine's notes (merged)."""
    lines: list[str] = []
    unconfirmed = [line for line in detail.milestones if wording.explanation_parts(line.explanation)[1]]
    for line in detail.milestones:
        rtype, regime, rest = wording.explanation_parts(line.explanation)
        head = f"{labels.word(labels.MILESTONES, line.name)} {labels.day(line.due)}"
        who = []
        if rtype and len(detail.types) > 1:
            who.append(f"for {wording.type_label(rtype)}")
        if regime and "privacy notice" not in line.reason:
            who.append(f"set by {labels.regime(regime)}")
        if who:
            head += f" ({', '.join(who)})"
        lines.append(f"{head}: {wording.humanize(rest)}")
        if line.provisional:
            lines.append("   This date is provisional: it moves when what you are waiting for arrives.")
    if unconfirmed or detail.plain_notes:
        lines.append("")
    for note in detail.plain_notes:
        lines.append(note)
    return "\n".join(lines).strip()


class RequestWorkspace(QWidget):
    """Shows one request. States: nothing selected, loading, error, a request."""

    #: A link to another request was clicked (an appeal, or the request it contests): its reference.
    ref_link_activated = Signal(str)
    #: "Open as an appeal" on a likely-appeal reply: the message's id.
    appeal_suggestion_accepted = Signal(int)
    #: "Not an appeal" on a likely-appeal reply: the message's id.
    appeal_suggestion_dismissed = Signal(int)

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.current: RequestDetail | None = None
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self.placeholder = plain_label("Select a request to see what to do next.", selectable=False)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.placeholder)

        self._page = QWidget()
        self._stack.addWidget(self._page)
        page_layout = QVBoxLayout(self._page)
        page_layout.setContentsMargins(6, 4, 6, 4)
        page_layout.setSpacing(4)

        header = QHBoxLayout()
        self.title = plain_label(wrap=False)
        self.title.setObjectName("requestTitle")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        header.addWidget(self.title, 1)
        self.clock_icon = QLabel()
        self.clock_icon.setFixedSize(20, 20)
        header.addWidget(self.clock_icon)
        self.clock_label = plain_label(wrap=False)
        self.clock_label.setObjectName("clockChip")
        header.addWidget(self.clock_label)
        page_layout.addLayout(header)

        # What to do next: the sentence, the actions that fit, "Why this date?".
        step = QFrame()
        step.setObjectName("nextStep")
        step.setStyleSheet(STEP_STYLE)
        step_layout = QVBoxLayout(step)
        step_layout.setContentsMargins(8, 6, 8, 6)
        step_layout.setSpacing(4)
        self.next_step = plain_label()
        self.next_step.setObjectName("nextStepText")
        bold = QFont(self.next_step.font())
        bold.setBold(True)
        self.next_step.setFont(bold)
        step_layout.addWidget(self.next_step)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.step_buttons: list[QToolButton] = []
        self._step_row = buttons
        buttons.addStretch(1)
        self.why_button = QPushButton("Why this date?")
        self.why_button.setObjectName("whyButton")
        self.why_button.setCheckable(True)
        self.why_button.setFlat(True)
        self.why_button.setToolTip("The rule behind each date, with its legal source and the arithmetic")
        buttons.addWidget(self.why_button)
        step_layout.addLayout(buttons)
        self.why = plain_label()
        self.why.setObjectName("whyText")
        self.why.hide()
        step_layout.addWidget(self.why)
        self.why_button.toggled.connect(self.why.setVisible)
        page_layout.addWidget(step)

        # A reply that looks like an appeal (issue 15): offered, never opened by itself.
        self.suggestion = QFrame()
        self.suggestion.setObjectName("appealSuggestion")
        self.suggestion.setStyleSheet(SUGGESTION_STYLE)
        suggestion_layout = QHBoxLayout(self.suggestion)
        suggestion_layout.setContentsMargins(8, 6, 8, 6)
        self.suggestion_text = plain_label()
        self.suggestion_text.setObjectName("appealSuggestionText")
        suggestion_layout.addWidget(self.suggestion_text, 1)
        self.open_appeal_button = QPushButton("Open as an appeal")
        self.open_appeal_button.setObjectName("openAppealButton")
        self.open_appeal_button.setToolTip("A new request of type appeal, linked to this one, with its own deadline "
                                           "from the day the reply arrived")
        self.not_appeal_button = QPushButton("Not an appeal")
        self.not_appeal_button.setObjectName("notAppealButton")
        self.not_appeal_button.setToolTip("The reply stays in this request's messages; the suggestion goes away")
        suggestion_layout.addWidget(self.open_appeal_button, 0, Qt.AlignmentFlag.AlignTop)
        suggestion_layout.addWidget(self.not_appeal_button, 0, Qt.AlignmentFlag.AlignTop)
        self.suggestion.hide()
        self._suggestion_pk: int | None = None
        self.open_appeal_button.clicked.connect(self._on_open_appeal_button_clicked)
        self.not_appeal_button.clicked.connect(self._on_not_appeal_button_clicked)
        page_layout.addWidget(self.suggestion)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        page_layout.addWidget(self.tabs, 1)

        self.overview = QScrollArea()
        self.overview.setWidgetResizable(True)
        self.overview.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(self.overview, "Overview")

        messages = QSplitter(Qt.Orientation.Vertical)
        self.message_list = QTreeWidget()
        self.message_list.setHeaderLabels(["Received", "", "From", "Subject"])
        self.message_list.setRootIsDecorated(False)
        self.message_list.setUniformRowHeights(True)
        self.message_list.currentItemChanged.connect(self._on_message_list_current_changed)
        self.message_text = QPlainTextEdit()
        self.message_text.setReadOnly(True)
        self.message_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        messages.addWidget(self.message_list)
        messages.addWidget(self.message_text)
        messages.setSizes([100, 300])
        self.messages_tab: QWidget = messages
        self.tabs.addTab(messages, "Messages")

        notes = QWidget()
        self.notes_tab = notes
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 4, 0, 0)
        self.notes_text = QPlainTextEdit()
        self.notes_text.setReadOnly(True)
        notes_layout.addWidget(self.notes_text, 1)
        self.add_note_button = QToolButton()
        self.add_note_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        notes_layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(notes, "Notes")

        history = QWidget()
        self.history_tab = history
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 4, 0, 0)
        self.audit_list = QTreeWidget()
        self.audit_list.setObjectName("auditList")
        self.audit_list.setHeaderLabels(["When", "What happened"])
        self.audit_list.setRootIsDecorated(False)
        self.audit_list.setWordWrap(True)
        self.audit_list.currentItemChanged.connect(self._on_audit_current_changed)
        history_layout.addWidget(self.audit_list, 1)
        exact_row = QHBoxLayout()
        self.exact_button = QPushButton("Show the exact record")
        self.exact_button.setObjectName("exactButton")
        self.exact_button.setCheckable(True)
        self.exact_button.setToolTip("The selected event exactly as stored in the audit trail")
        exact_row.addWidget(self.exact_button)
        exact_row.addStretch(1)
        history_layout.addLayout(exact_row)
        self.exact_text = QPlainTextEdit()
        self.exact_text.setObjectName("exactText")
        self.exact_text.setReadOnly(True)
        self.exact_text.setMaximumHeight(170)
        self.exact_text.hide()
        history_layout.addWidget(self.exact_text)
        self.exact_button.toggled.connect(self._on_exact_button_toggled)
        self.tabs.addTab(history, "History")

        # Sections of the overview that tests and the controller may read.
        self.milestone_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.flag_labels: list[QLabel] = []
        self.fields: dict[str, QLabel] = {}
        self._thread: tuple[ThreadMessage, ...] = ()
        #: Actions offered beside a flag ("received date uncertain — confirm it"): flag → action.
        self.flag_actions: dict[str, QAction] = {}

    # -- public -------------------------------------------------------------------------------------
    def use_thread_view(self, view: QWidget) -> None:
        """Show another part's thread (the replies part: our replies with their outbox state and the
        actions that settle them) in place of the plain message list; the tab keeps its place."""
        index = self.tabs.indexOf(self.messages_tab)
        self.tabs.removeTab(index)
        self.messages_tab = view
        self.tabs.insertTab(index, view, "Messages")

    def add_tab(self, view: QWidget, title: str, *, after: QWidget | None = None) -> None:
        """A tab another window part fills (e.g. the identity check), after ``after`` or at the end."""
        index = self.tabs.indexOf(after) + 1 if after is not None else self.tabs.count()
        self.tabs.insertTab(index, view, title)

    def set_note_action(self, action: QAction) -> None:
        self.add_note_button.setDefaultAction(action)

    def set_step_actions(self, actions: Sequence[QAction]) -> None:
        """The buttons under the next-step sentence: the actions that fit now (the controller picks)."""
        for button in self.step_buttons:
            self._step_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = []
        for position, action in enumerate(actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"step_{action.objectName()}")
            self._step_row.insertWidget(position, button)
            self.step_buttons.append(button)

    def show_nothing(self, message: str = "Select a request to see what to do next.") -> None:
        self.current = None
        self.placeholder.setText(message)
        self._stack.setCurrentWidget(self.placeholder)

    def show_loading(self) -> None:
        if self.current is None:
            self.show_nothing("Loading…")

    def show_error(self, message: str) -> None:
        self.show_nothing(f"This request could not be shown: {message}")

    def show_request(self, detail: RequestDetail) -> None:
        same = self.current is not None and self.current.ref == detail.ref
        self.current = detail
        self.title.setText(f"{detail.ref} — {detail.requester.label}")
        status = detail.clock.status
        self.clock_icon.setPixmap(icons.clock_icon(status).pixmap(20, 20))
        self.clock_label.setText(labels.clock_text(status, detail.clock.days_left))
        tint = style.tint(status)
        self.clock_label.setStyleSheet(f"QLabel#clockChip {{ background: {tint.background}; "
                                       f"color: {tint.foreground}; padding: 2px 8px; border-radius: 4px; }}")
        self.next_step.setText(detail.next_step)
        self.why.setText(why_text(detail))
        if not same:
            self.why_button.setChecked(False)
        self._show_suggestion(detail.appeal_suggestions)
        self.overview.setWidget(self._build_overview(detail))
        self._fill_thread(detail.thread)
        self._fill_notes(detail)
        self._fill_audit(detail)
        self.tabs.setTabText(self.tabs.indexOf(self.messages_tab), f"Messages ({len(detail.thread)})")
        self.tabs.setTabText(self.tabs.indexOf(self.notes_tab), f"Notes ({len(detail.notes)})")
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), f"History ({len(detail.audit)})")
        self._stack.setCurrentWidget(self._page)

    # -- likely appeals -------------------------------------------------------------------------------
    def _show_suggestion(self, suggestions: Sequence[AppealSuggestion]) -> None:
        if not suggestions:
            self._suggestion_pk = None
            self.suggestion.hide()
            return
        first = suggestions[0]
        self._suggestion_pk = first.message_pk
        text = suggestion_text(first, self._tz)
        if len(suggestions) > 1:
            text += f"\n({labels.plural(len(suggestions) - 1, 'other reply', 'other replies')} look like an appeal too.)"
        self.suggestion_text.setText(text)
        self.open_appeal_button.setEnabled(True)
        self.not_appeal_button.setEnabled(True)
        self.suggestion.show()

    def _on_open_appeal_button_clicked(self) -> None:
        if self._suggestion_pk is not None:
            self.open_appeal_button.setEnabled(False)
            self.not_appeal_button.setEnabled(False)
            self.appeal_suggestion_accepted.emit(self._suggestion_pk)

    def _on_not_appeal_button_clicked(self) -> None:
        if self._suggestion_pk is not None:
            self.open_appeal_button.setEnabled(False)
            self.not_appeal_button.setEnabled(False)
            self.appeal_suggestion_dismissed.emit(self._suggestion_pk)

    # -- overview -----------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, title: str, text: str) -> None:
        label = plain_label(text)
        self.fields[key] = label
        form.addRow(title, label)

    def _link_field(self, form: QFormLayout, key: str, title: str, refs: Sequence[str], tip: str) -> None:
        """References of other requests, each a link that opens that request."""
        label = QLabel(", ".join(ref_link(r) for r in refs))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.setToolTip(tip)
        label.setObjectName(f"link_{key}")
        label.linkActivated.connect(self._on_link_activated)
        self.fields[key] = label
        form.addRow(title, label)

    def _on_link_activated(self, href: str) -> None:
        if href.startswith("ref:"):
            self.ref_link_activated.emit(href.removeprefix("ref:"))

    def _build_overview(self, d: RequestDetail) -> QWidget:
        self.fields = {}
        self.milestone_labels = {}
        self.flag_labels = []
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        columns = QHBoxLayout()
        layout.addLayout(columns)

        requester = d.requester
        people = QGroupBox("Requester")
        form = QFormLayout(people)
        self._field(form, "name", "Name:", display.line(requester.name, "(not given)"))
        self._field(form, "emails", "Email:", ", ".join(requester.emails) or "(none)")
        if requester.postal_address:
            self._field(form, "postal_address", "Address:", requester.postal_address)
        if requester.phone:
            self._field(form, "phone", "Phone:", requester.phone)
        self._field(form, "agent", "Agent:", d.agent.label if d.agent else "none (the requester wrote themselves)")
        columns.addWidget(people, 1)

        facts = QGroupBox("Request")
        form = QFormLayout(facts)
        self._field(form, "types", "Asks for:", labels.types(d.types))
        self._field(form, "regime", "Law:", labels.regime(d.regime, d.regime_confirmed))
        status = labels.word(labels.STATUSES, d.status)
        if d.merged_into:
            status += f" (merged into {d.merged_into})"
        self._field(form, "status", "Status:", status)
        verification = labels.word(labels.VERIFICATION, d.verification)
        if d.verification_method:
            verification += f" ({labels.word(labels.VERIFICATION_METHODS, d.verification_method)})"
        self._field(form, "verification", "Identity:", verification)
        self._field(form, "assignee", "Assignee:", d.assignee or "Unassigned")
        self._field(form, "received", "Received:",
                    f"{labels.moment(d.received, self._tz)} ({labels.word(labels.SOURCES, d.source)})")
        if d.extended:
            self._field(form, "extension", "Extended:", d.extension_reason or "yes")
        if d.outcome:
            self._field(form, "outcome", "Outcome:", labels.word(labels.OUTCOMES, d.outcome))
        if d.denial_basis:
            self._field(form, "denial_basis", "Why denied:", d.denial_basis)
        if d.response_nature:
            self._field(form, "response_nature", "What was sent:", d.response_nature)
        if d.appeal_of:
            self._link_field(form, "appeal_of", "Appeal of:", [d.appeal_of],
                             "The request whose decision this appeal contests (click to open it)")
        if d.appeals:
            self._link_field(form, "appeals", "Appealed in:", d.appeals,
                             "The appeal of this decision (click to open it)")
        if d.merged_from:
            self._field(form, "merged_from", "Merged from:", ", ".join(d.merged_from))
        columns.addWidget(facts, 1)

        layout.addWidget(self._build_deadlines(d))
        layout.addWidget(self._build_flags(d))
        layout.addStretch(1)
        return page

    def _build_deadlines(self, d: RequestDetail) -> QGroupBox:
        box = QGroupBox("Dates")
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        bold = QFont(self.font())
        bold.setBold(True)
        row = 0
        for line in d.milestones:
            title = plain_label(labels.word(labels.MILESTONES, line.name) + ":", wrap=False, selectable=False)
            when = plain_label(labels.day(line.due) + (" (provisional)" if line.provisional else ""), wrap=False)
            why = plain_label(line.reason[:1].upper() + line.reason[1:] + ".")
            why.setObjectName(f"why_{line.name}")
            why.setToolTip(labels.tooltip_html(wording.humanize(wording.explanation_parts(line.explanation)[2])))
            if line.name == d.clock.next_milestone and d.is_open:
                when.setFont(bold)
                title.setFont(bold)
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(when, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(why, row, 2)
            self.milestone_labels[line.name] = (when, why)
            row += 1
        if row == 0:
            grid.addWidget(plain_label("No dates apply."), row, 0, 1, 3)
            row += 1
        for pause in d.pauses:
            ended = labels.day(pause.ended) if pause.ended else "still waiting"
            text = (f"Clock stopped {labels.day(pause.started)} → {ended}: "
                    f"{labels.word(labels.PAUSE_REASONS, pause.waiting_for)}")
            if pause.note:
                text += f" ({pause.note})"
            grid.addWidget(plain_label(text), row, 0, 1, 3)
            row += 1
        return box

    def _build_flags(self, d: RequestDetail) -> QGroupBox:
        box = QGroupBox("Good to know")
        layout = QVBoxLayout(box)
        if not d.flags:
            layout.addWidget(plain_label("Nothing special about this request."))
        for flag in d.flags:
            label = plain_label("⚠ " + labels.word(labels.FLAGS, flag))
            label.setObjectName(f"flag_{flag}")
            self.flag_labels.append(label)
            action = self.flag_actions.get(flag)
            if action is None:
                layout.addWidget(label)
                continue
            row = QHBoxLayout()
            row.addWidget(label, 1)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"flagButton_{flag}")
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        return box

    # -- thread, notes, audit -----------------------------------------------------------------------
    def _fill_thread(self, thread: tuple[ThreadMessage, ...]) -> None:
        self._thread = thread
        self.message_list.clear()
        self.message_text.clear()
        for number, message in enumerate(thread):
            who = display.line(message.sender_name or message.sender_email, "(unknown sender)")
            direction = "→ sent" if message.direction == "out" else "← in"
            item = QTreeWidgetItem([labels.moment(message.received or message.date, self._tz), direction, who,
                                    display.line(message.subject, "(no subject)")])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            self.message_list.addTopLevelItem(item)
        for column in range(3):
            self.message_list.resizeColumnToContents(column)
        first = self.message_list.topLevelItem(0)
        if first is not None:
            self.message_list.setCurrentItem(first)
        else:
            self.message_text.setPlainText("No messages: this request was entered by hand.")

    def _on_message_list_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        number = current.data(0, Qt.ItemDataRole.UserRole)
        if not isinstance(number, int) or not 0 <= number < len(self._thread):
            return
        self.message_text.setPlainText(display.block(self.message_as_text(self._thread[number])))

    def message_as_text(self, message: ThreadMessage) -> str:
        name, email = message.sender_name, message.sender_email or "?"
        lines = [
            f"From: {name} <{email}>" if name else f"From: {email}",
            f"Date: {labels.moment(message.date, self._tz)}",
            f"Received: {labels.moment(message.received, self._tz)}",
            f"Subject: {message.subject or '(no subject)'}",
        ]
        if message.attachments:
            names = [a.filename or "(unnamed)" for a in message.attachments]
            lines.append("Attachments (not opened): " + ", ".join(names))
        if message.defects:
            lines.append("Note: this message was malformed; some parts may be missing.")
        body = message.text if message.text is not None else "(the text of this message was not kept)"
        return "\n".join(lines) + "\n\n" + body

    def _fill_notes(self, d: RequestDetail) -> None:
        if not d.notes:
            self.notes_text.setPlainText("No notes yet.")
            return
        blocks = [f"{labels.moment(n.at, self._tz)} — {actor_words(n.author)}\n{n.text}" for n in d.notes]
        self.notes_text.setPlainText("\n\n".join(blocks))

    def _fill_audit(self, d: RequestDetail) -> None:
        self.audit_list.clear()
        self.exact_text.clear()
        for number, entry in enumerate(d.audit):
            text = sentence(entry, d.ref)
            item = QTreeWidgetItem([labels.moment(entry.at, self._tz), text])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(1, labels.tooltip_html(text))
            self.audit_list.addTopLevelItem(item)
        self.audit_list.resizeColumnToContents(0)
        last = self.audit_list.topLevelItem(self.audit_list.topLevelItemCount() - 1)
        if last is not None:
            self.audit_list.setCurrentItem(last)

    def audit_sentences(self) -> list[str]:
        items = (self.audit_list.topLevelItem(n) for n in range(self.audit_list.topLevelItemCount()))
        return [item.text(1) for item in items if item is not None]

    def _on_audit_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        self._show_exact(current)

    def _on_exact_button_toggled(self, checked: bool) -> None:
        self.exact_text.setVisible(checked)
        self._show_exact(self.audit_list.currentItem())

    def _show_exact(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.current is None:
            self.exact_text.clear()
            return
        number = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(number, int) and 0 <= number < len(self.current.audit):
            self.exact_text.setPlainText(exact_text(self.current.audit[number]))
