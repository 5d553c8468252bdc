"""The request workspace: one request's facts, dates, flags, thread, notes and audit trail.

A view only (TagStudio's rule): ``RequestWorkspace.show_request(data)`` lays out the JSON-shaped dict
that ``RequestService.show`` returns; it decides nothing and calls no service. The controller in
``main_window.py`` fetches that dict on a worker and hands it over.

Mail is untrusted: every label that shows data is forced to ``Qt.PlainText`` (a ``QLabel`` would
otherwise guess "rich text" from a ``<`` and render HTML), the message body is a read-only
``QPlainTextEdit`` (no HTML, no images, no links, hence no remote loads), and tooltips go through
``labels.tooltip_html`` which escapes them.
"""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
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

from privacydesk.domain import display
from privacydesk.ui import icons, labels, style

log = logging.getLogger(__name__)

MILESTONE_ORDER = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended",
                   "appeal_respond_by")


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _local(value: str | None, tz: tzinfo) -> str:
    if not value:
        return "—"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    return moment.strftime("%Y-%m-%d %H:%M")


def _changes_text(before: dict[str, Any], after: dict[str, Any]) -> str:
    parts = []
    for key in list(dict.fromkeys([*before, *after])):
        old, new = before.get(key), after.get(key)
        if key in before and key in after:
            parts.append(f"{key}: {old} → {new}")
        elif key in after:
            parts.append(f"{key}: {new}")
        else:
            parts.append(f"{key}: was {old}")
    return "; ".join(parts)


class RequestWorkspace(QWidget):
    """Shows one request. States: nothing selected, loading, error, a request."""

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.current: dict[str, Any] | None = None
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self.placeholder = plain_label("Select a request to see it here.", selectable=False)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.placeholder)

        self._page = QWidget()
        self._stack.addWidget(self._page)
        page_layout = QVBoxLayout(self._page)
        page_layout.setContentsMargins(6, 6, 6, 6)

        header = QHBoxLayout()
        self.title = plain_label(wrap=False)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
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

        self.tabs = QTabWidget()
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
        messages.setSizes([120, 300])
        self.tabs.addTab(messages, "Messages")

        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 4, 0, 0)
        self.notes_text = QPlainTextEdit()
        self.notes_text.setReadOnly(True)
        notes_layout.addWidget(self.notes_text, 1)
        self.add_note_button = QToolButton()
        self.add_note_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        notes_layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(notes, "Notes")

        self.audit_list = QTreeWidget()
        self.audit_list.setHeaderLabels(["When", "Who", "What", "Changes", "Detail"])
        self.audit_list.setRootIsDecorated(False)
        self.audit_list.setWordWrap(True)
        self.tabs.addTab(self.audit_list, "Audit trail")

        # Sections of the overview that tests and the controller may read.
        self.milestone_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.flag_labels: list[QLabel] = []
        self.fields: dict[str, QLabel] = {}
        self._thread: list[dict[str, Any]] = []

    # -- public -------------------------------------------------------------------------------------
    def set_note_action(self, action: QAction) -> None:
        self.add_note_button.setDefaultAction(action)

    def show_nothing(self, message: str = "Select a request to see it here.") -> None:
        self.current = None
        self.placeholder.setText(message)
        self._stack.setCurrentWidget(self.placeholder)

    def show_loading(self) -> None:
        if self.current is None:
            self.show_nothing("Loading…")

    def show_error(self, message: str) -> None:
        self.show_nothing(f"This request could not be shown: {message}")

    def show_request(self, data: dict[str, Any]) -> None:
        self.current = data
        requester = data.get("requester") or {}
        who = requester.get("name") or requester.get("email") or "(no name)"
        self.title.setText(f"{data.get('ref', '?')} — {who}")
        clock = data.get("clock") or {}
        status = clock.get("status")
        self.clock_icon.setPixmap(icons.clock_icon(status).pixmap(20, 20))
        self.clock_label.setText(labels.clock_text(status, clock.get("days_left")))
        tint = style.tint(status)
        self.clock_label.setStyleSheet(f"QLabel#clockChip {{ background: {tint.background}; "
                                       f"color: {tint.foreground}; padding: 2px 8px; border-radius: 4px; }}")
        self.overview.setWidget(self._build_overview(data))
        self._fill_thread(data.get("thread") or [])
        self._fill_notes(data.get("notes") or [])
        self._fill_audit(data.get("audit") or [])
        self.tabs.setTabText(1, f"Messages ({len(self._thread)})")
        self.tabs.setTabText(2, f"Notes ({len(data.get('notes') or [])})")
        self.tabs.setTabText(3, f"Audit trail ({len(data.get('audit') or [])})")
        self._stack.setCurrentWidget(self._page)

    # -- overview -----------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, title: str, text: str) -> None:
        label = plain_label(text)
        self.fields[key] = label
        form.addRow(title, label)

    def _build_overview(self, data: dict[str, Any]) -> QWidget:
        self.fields = {}
        self.milestone_labels = {}
        self.flag_labels = []
        page = QWidget()
        layout = QVBoxLayout(page)
        columns = QHBoxLayout()
        layout.addLayout(columns)

        requester = data.get("requester") or {}
        people = QGroupBox("Requester")
        form = QFormLayout(people)
        self._field(form, "name", "Name:", requester.get("name") or "(not given)")
        self._field(form, "emails", "Email:", ", ".join(requester.get("emails") or []) or "(none)")
        if requester.get("postal_address"):
            self._field(form, "postal_address", "Address:", requester["postal_address"])
        if requester.get("phone"):
            self._field(form, "phone", "Phone:", requester["phone"])
        agent = data.get("agent")
        agent_text = "None — the requester wrote themselves"
        if agent:
            agent_text = " ".join(x for x in (agent.get("name"), f"<{agent['email']}>" if agent.get("email") else None) if x)
        self._field(form, "agent", "Agent:", agent_text)
        columns.addWidget(people, 1)

        facts = QGroupBox("Request")
        form = QFormLayout(facts)
        self._field(form, "types", "Types:", labels.types(data.get("types") or []))
        self._field(form, "regime", "Regime:", labels.regime(data.get("regime") or "unknown",
                                                             bool(data.get("regime_confirmed"))))
        self._field(form, "status", "Status:", labels.word(labels.STATUSES, data.get("status")))
        verification = labels.word(labels.VERIFICATION, data.get("verification"))
        if data.get("verification_method"):
            verification += f" ({labels.word(labels.VERIFICATION_METHODS, data['verification_method'])})"
        self._field(form, "verification", "Verification:", verification)
        self._field(form, "assignee", "Assignee:", data.get("assignee") or "Unassigned")
        self._field(form, "received", "Received:", f"{_local(data.get('received'), self._tz)} "
                                                   f"(via {data.get('source') or '?'})")
        if data.get("extended"):
            self._field(form, "extension", "Extended:", data.get("extension_reason") or "yes")
        if data.get("outcome"):
            self._field(form, "outcome", "Outcome:", data["outcome"])
        columns.addWidget(facts, 1)

        layout.addWidget(self._build_deadlines(data))
        layout.addWidget(self._build_flags(data))
        layout.addStretch(1)
        return page

    def _build_deadlines(self, data: dict[str, Any]) -> QGroupBox:
        box = QGroupBox("Deadlines")
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        clock = data.get("clock") or {}
        clock_line = labels.clock_text(clock.get("status"), clock.get("days_left"))
        if clock.get("next_milestone"):
            clock_line += (f" — next: {labels.word(labels.MILESTONES, clock['next_milestone'])} "
                           f"{clock.get('due') or '—'}")
        self.fields["clock"] = plain_label(clock_line)
        bold = QFont(self.fields["clock"].font())
        bold.setBold(True)
        self.fields["clock"].setFont(bold)
        grid.addWidget(self.fields["clock"], 0, 0, 1, 3)
        milestones = data.get("milestones") or {}
        explanations = data.get("explanations") or {}
        row = 1
        for name in MILESTONE_ORDER:
            value = milestones.get(name)
            if not value:
                continue
            title = plain_label(labels.word(labels.MILESTONES, name) + ":", wrap=False, selectable=False)
            when = plain_label(value, wrap=False)
            why = plain_label(explanations.get(name, ""))
            why.setObjectName(f"why_{name}")
            if name == clock.get("next_milestone"):
                when.setFont(bold)
                title.setFont(bold)
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(when, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(why, row, 2)
            self.milestone_labels[name] = (when, why)
            row += 1
        if row == 1:
            grid.addWidget(plain_label("No dates apply."), row, 0, 1, 3)
            row += 1
        for pause in data.get("pauses") or []:
            text = (f"Clock paused {pause.get('started')} → {pause.get('ended') or 'still waiting'}: "
                    f"{labels.word(labels.PAUSE_REASONS, pause.get('waiting_for'))}")
            if pause.get("note"):
                text += f" ({pause['note']})"
            grid.addWidget(plain_label(text), row, 0, 1, 3)
            row += 1
        for note in data.get("notes_deadline") or []:
            grid.addWidget(plain_label(f"Note: {note}"), row, 0, 1, 3)
            row += 1
        return box

    def _build_flags(self, data: dict[str, Any]) -> QGroupBox:
        box = QGroupBox("Flags")
        layout = QVBoxLayout(box)
        flags = list(data.get("flags") or [])
        if not flags:
            layout.addWidget(plain_label("No flags."))
        for flag in flags:
            label = plain_label("⚠ " + labels.word(labels.FLAGS, flag))
            label.setObjectName(f"flag_{flag}")
            self.flag_labels.append(label)
            layout.addWidget(label)
        return box

    # -- thread, notes, audit -----------------------------------------------------------------------
    def _fill_thread(self, thread: list[dict[str, Any]]) -> None:
        self._thread = thread
        self.message_list.clear()
        self.message_text.clear()
        for number, message in enumerate(thread):
            sender = message.get("from") or {}
            who = sender.get("name") or sender.get("email") or "(unknown sender)"
            direction = "→ out" if message.get("direction") == "out" else "← in"
            # Mail-derived text through the one sanitiser: bounded, no control or bidi character.
            item = QTreeWidgetItem([_local(message.get("received") or message.get("date"), self._tz),
                                    direction, display.line(who), display.line(message.get("subject"),
                                                                               "(no subject)")])
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

    def message_as_text(self, message: dict[str, Any]) -> str:
        sender = message.get("from") or {}
        name, email = sender.get("name"), sender.get("email") or "?"
        lines = [
            f"From: {name} <{email}>" if name else f"From: {email}",
            f"Date: {_local(message.get('date'), self._tz)}",
            f"Received: {_local(message.get('received'), self._tz)}",
            f"Subject: {message.get('subject') or '(no subject)'}",
        ]
        attachments = message.get("attachments") or []
        if attachments:
            names = []
            for item in attachments:
                if isinstance(item, dict):
                    names.append(str(item.get("filename") or item.get("name") or "(unnamed)"))
                else:
                    names.append(str(item))
            lines.append("Attachments (not opened): " + ", ".join(names))
        if message.get("defects"):
            lines.append("Note: this message was malformed; some parts may be missing.")
        text = message.get("text")
        body = text if text is not None else "(the text of this message was not kept)"
        return "\n".join(lines) + "\n\n" + body

    def _fill_notes(self, notes: list[dict[str, Any]]) -> None:
        if not notes:
            self.notes_text.setPlainText("No notes yet.")
            return
        blocks = [f"{_local(n.get('at'), self._tz)} — {n.get('author') or '?'}\n{n.get('text') or ''}"
                  for n in notes]
        self.notes_text.setPlainText("\n\n".join(blocks))

    def _fill_audit(self, events: list[dict[str, Any]]) -> None:
        self.audit_list.clear()
        for event in events:
            item = QTreeWidgetItem([
                _local(event.get("at"), self._tz),
                event.get("actor") or "?",
                labels.word(labels.AUDIT_ACTIONS, event.get("action")).capitalize(),
                _changes_text(event.get("before") or {}, event.get("after") or {}),
                event.get("detail") or "",
            ])
            item.setToolTip(3, labels.tooltip_html(item.text(3)))
            item.setToolTip(4, labels.tooltip_html(item.text(4)))
            self.audit_list.addTopLevelItem(item)
        for column in range(3):
            self.audit_list.resizeColumnToContents(column)
        self.audit_list.setColumnWidth(3, max(self.audit_list.columnWidth(3), 520))
