""""Set up from our privacy notice…": each proposal with the sentence it came from, applied only when
ticked.

``ProposalModel`` lists ``domain.notice.Proposal`` values — what the field is, the proposed value in
words, and the sentence of the notice it comes from — each with a tick box that starts *unticked*:
nothing is applied that a person did not confirm (no consequential answer is pre-selected).
``NoticeDialog`` shows them; the profile controller applies the ticked ones through
``ProfileEditService.apply``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain.notice import Proposal
from privacydesk.domain.wording import plural
from privacydesk.ui import labels
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.qtcompat import emit

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
ProposalRole = Qt.ItemDataRole.UserRole + 1
HEADERS = ("Take it", "Field", "Proposed", "From your notice")


class ProposalModel(QAbstractTableModel):
    def __init__(self, proposals: Sequence[Proposal], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proposals = list(proposals)
        self.ticked = [False] * len(self.proposals)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.proposals) or not 0 <= index.column() < 4:
            return None
        try:
            return self._data(index.row(), index.column(), role)
        except Exception:
            log.exception("rendering a proposal failed")
            return "?" if role == Qt.ItemDataRole.DisplayRole else None

    def _data(self, row: int, column: int, role: int) -> Any:
        p = self.proposals[row]
        if role == ProposalRole:
            return p
        if column == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if self.ticked[row] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"Take {p.label}: {p.display}" + (" (ticked)" if self.ticked[row] else "")
            return None
        text = (p.label, p.display + (f" — {'; '.join(p.notes)}" if p.notes else ""), f"“{p.sentence}”")[column - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.tooltip_html(text)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole \
                or not 0 <= index.row() < len(self.proposals):
            return False
        state = value.value if hasattr(value, "value") else value
        self.ticked[index.row()] = int(state) == Qt.CheckState.Checked.value
        emit(self.dataChanged, index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, ticked: bool) -> None:
        if not self.proposals:
            return
        self.ticked = [ticked] * len(self.proposals)
        emit(self.dataChanged, self.index(0, 0), self.index(len(self.proposals) - 1, 0),
             [Qt.ItemDataRole.CheckStateRole])

    def chosen(self) -> list[Proposal]:
        return [p for p, t in zip(self.proposals, self.ticked, strict=True) if t]


class NoticeDialog(QDialog):
    def __init__(self, source: str, proposals: Sequence[Proposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set up from your privacy notice")
        self.setObjectName("noticeDialog")
        self.model = ProposalModel(proposals, self)
        layout = QVBoxLayout(self)
        if proposals:
            intro = (f"PrivacyDesk read {source} and found {plural(len(proposals), 'detail')} for your company "
                     "profile. Tick the ones that are right; nothing changes until you choose “Apply the ticked "
                     "ones”. Each comes with the sentence it was read from.")
        else:
            intro = (f"PrivacyDesk read {source} but found nothing it could propose. Fill in the company profile "
                     "by hand.")
        layout.addWidget(plain_label(intro))
        self.table = QTableView()
        self.table.setObjectName("proposalTable")
        self.table.setAccessibleName("Proposals from your privacy notice")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, width in ((0, 64), (1, 190), (2, 230)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.tick_all = QPushButton("Tick all")
        self.tick_none = QPushButton("Tick none")
        row.addWidget(self.tick_all)
        row.addWidget(self.tick_none)
        row.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("Apply the ticked ones", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.tick_all.clicked.connect(lambda: self.model.set_all(True))
        self.tick_none.clicked.connect(lambda: self.model.set_all(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(lambda *_a: self._update())
        self._update()
        self.resize(960, 560)

    def _update(self) -> None:
        count = len(self.model.chosen())
        self.ok_button.setEnabled(count > 0)
        self.ok_button.setText(f"Apply the ticked ones ({count})" if count else "Apply the ticked ones")

    def choice(self) -> list[Proposal]:
        return self.model.chosen()
