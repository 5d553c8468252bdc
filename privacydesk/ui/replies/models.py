"""The replies part's lists: letters, attachments, the law behind each sentence, the thread, the outbox.

All are short lists held in memory (``SmallTableModel``): a request has a handful of letters and
messages; the outbox holds what is waiting or went wrong. Each model is replaced whole with
``set_rows`` (a ``beginResetModel`` — the lists are tiny and come from one service call) and offers
the row object under ``RowRole``. ``data`` never raises: a row it cannot word shows a dash.

Mail is untrusted: subjects and names are returned as plain strings for plain-text views, and
tooltips go through ``labels.tooltip_html`` (which escapes them).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from privacydesk.domain import wording
from privacydesk.domain.replies import LegalSource
from privacydesk.services.replies import OutboxItem, TemplateChoice
from privacydesk.ui import labels
from privacydesk.ui.listmodel import SmallTableModel
from privacydesk.ui.replies import words

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
NO_INDEX = QModelIndex()
GREY = QBrush(QColor("#6b6b6b"))
WARN = QBrush(QColor("#8e1116"))

Row = TypeVar("Row")


class RowsModel(SmallTableModel, Generic[Row]):
    """A small table of frozen rows; subclasses word each cell in ``cell``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def row(self, number: int) -> Row | None:
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row(index.row())
        if row is None or not 0 <= index.column() < len(self.HEADERS):
            return None
        if role == RowRole:
            return row
        try:
            return self.cell(row, index.column(), role)
        except Exception:  # a row that cannot be worded must not break the view
            log.exception("%s: a cell could not be shown", type(self).__name__)
            return "—" if role == Qt.ItemDataRole.DisplayRole else None

    def cell(self, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError


# -- letters -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LetterRow:
    """One template offered for one request (from ``ReplyService.templates_for``)."""

    choice: TemplateChoice
    title: str
    note: str  # "in English (no German version)", "does not fit: …"

    @property
    def name(self) -> str:
        return self.choice.entry.name

    @property
    def fits(self) -> bool:
        return self.choice.fits

    @property
    def description(self) -> str:
        meta = self.choice.entry.meta
        return meta.description if meta is not None else ""

    @staticmethod
    def of(choice: TemplateChoice, request_language: str | None) -> LetterRow:
        if not choice.fits:
            note = f"Does not fit this request: {words.problem(choice.why_not or '')}"
        elif request_language and request_language.lower() != choice.language:
            note = f"In {words.language(choice.language)} (there is no {words.language(request_language)} version)"
        else:
            note = ""
        return LetterRow(choice, words.letter_title(choice.entry.name), note)


class LetterListModel(RowsModel[LetterRow]):
    HEADERS = ("Letter",)

    def cell(self, row: LetterRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.tooltip_html("\n".join(t for t in (row.description, row.note) if t))
        if role == Qt.ItemDataRole.ForegroundRole and not row.fits:
            return GREY
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if not row.fits:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, name: str) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.name == name), None)


class FittingLetters(QSortFilterProxyModel):
    """The letters that fit the request, or all of them ("Show all letters")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_all = False

    def set_show_all(self, show: bool) -> None:
        if show == self._show_all:
            return
        # invalidate(), not invalidateRowsFilter() (deprecated in Qt 6.10) nor its replacement
        # begin/endFilterChange(), whose row notifications qtmodeltester finds inconsistent on 6.11.
        self._show_all = show
        self.invalidate()

    @property
    def show_all(self) -> bool:
        return self._show_all

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._show_all:
            return True
        model = self.sourceModel()
        row = model.row(source_row) if isinstance(model, LetterListModel) else None
        return row is not None and row.fits


# -- attachments ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AttachmentRow:
    filename: str
    size: int
    content_type: str
    path: Path | None = None  # a file staff added; None for what PrivacyDesk makes (portability data)

    @property
    def generated(self) -> bool:
        return self.path is None


class AttachmentListModel(RowsModel[AttachmentRow]):
    HEADERS = ("Attachment",)

    def cell(self, row: AttachmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{row.filename} ({words.size(row.size)})"
            return f"{text} — made by PrivacyDesk" if row.generated else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.generated:
                return labels.tooltip_html("The requester's data, made from what PrivacyDesk holds. "
                                           "Select it and click View to read it.")
            return labels.tooltip_html(str(row.path))
        return None

    def added_paths(self) -> list[Path]:
        return [r.path for r in self.rows if r.path is not None]


# -- the law and date behind each sentence -----------------------------------------------------------

def source_law(source: LegalSource) -> str:
    """The law a sentence relies on, short ("Canada PIPEDA (law not confirmed)")."""
    law = source.law
    if " (law not confirmed" in law:
        law = law.split(" (law not confirmed", 1)[0] + " (not confirmed)"
    return law[:1].upper() + law[1:]


def source_rule(source: LegalSource) -> str:
    """The rule and its arithmetic, in words (dates readable, the not-confirmed prefix dropped)."""
    rule = source.rule
    if rule.startswith("[") and "]" in rule:
        rule = rule.split("]", 1)[1]
    rule = wording.humanize(wording.explanation_parts(rule.strip())[2])
    return rule[:1].upper() + rule[1:]


def source_date(source: LegalSource) -> str:
    if source.date is None:
        return "—"
    label = source.milestone_label
    return f"{labels.day(source.date)} ({label})" if label else labels.day(source.date)


class SourcesModel(RowsModel[LegalSource]):
    HEADERS = ("Sentence", "Law", "Date")

    def cell(self, row: LegalSource, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.sentence, source_law(row), source_date(row))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{row.sentence}\n\n{source_law(row)}: {source_rule(row)}"
            return labels.tooltip_html(text)
        return None


# -- the thread ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ThreadRow:
    """One message of a request's thread, or one of our replies that is not (yet) a message: waiting,
    being sent, not sent, uncertain, or saved as a draft."""

    when: datetime | None
    outgoing: bool
    who: str  # the sender of an incoming message; the recipient of ours
    subject: str
    state: str  # in words
    state_code: str | None = None  # the outbox state (None: a message we received or found in Sent)
    outbox_id: int | None = None
    kind: str = "send"  # send | draft (of the outbox entry)
    text: str | None = None
    attachments: tuple[str, ...] = ()
    problem: str | None = None  # why it was not sent / may have been sent
    message_id: int | None = None
    address: str = ""  # who, with the address ("Ann Example <ann@example.com>")
    to_known: bool = True  # for ours: ``who`` is the recipient (False: a message found in Sent, by its sender)

    @property
    def needs_attention(self) -> bool:
        return self.kind == "send" and self.state_code in ("failed", "uncertain")


class ThreadModel(RowsModel[ThreadRow]):
    HEADERS = ("When", "", "From / to", "Subject", "State")

    def __init__(self, tz: tzinfo | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz

    def cell(self, row: ThreadRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            way = ("→ to" if row.to_known else "→ from") if row.outgoing else "← from"
            return (labels.moment(row.when, self.tz) if row.when else "—", way, row.who,
                    row.subject or "(no subject)", row.state)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.needs_attention:
            return WARN
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.problem:
            return labels.tooltip_html(row.problem)
        return None


# -- the outbox ------------------------------------------------------------------------------------------

class OutboxModel(RowsModel[OutboxItem]):
    HEADERS = ("Request", "To", "Letter", "State", "Written", "What happened")

    def __init__(self, tz: tzinfo | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz

    def cell(self, row: OutboxItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.ref, ", ".join(row.to), words.letter_title(row.template), words.state_words(row.state, row.kind),
                    labels.moment(row.created_at, self.tz), words.problem(row.error) if row.error else "")[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.state in ("failed", "uncertain"):
            return WARN
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 5) and row.error:
            return labels.tooltip_html(words.problem(row.error))
        return None

    def row_of(self, entry_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == entry_id), None)
