"""The audit warning bar: shown above the lists when the database's audit trail is behind, or
different from, what this computer saw (``AuditService.anchor_status``). A view only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from privacydesk.ui.dialogs import plain_label

WARNING_STYLE = ("QFrame#auditWarning { background: #fde7e7; border-bottom: 1px solid #b3261e; } "
                 "QLabel { color: #5c1010; }")


class AuditWarningBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditWarning")
        self.setStyleSheet(WARNING_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        icon = QLabel("⚠")
        icon.setObjectName("auditWarningIcon")
        font = icon.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        icon.setFont(font)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.title = plain_label("The audit trail does not match what this computer saw", selectable=False)
        self.title.setObjectName("auditWarningTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        words.addWidget(self.title)
        self.text = plain_label()
        self.text.setObjectName("auditWarningText")
        words.addWidget(self.text)
        layout.addLayout(words, 1)
        self.check_button = QPushButton("Check the audit trail")
        self.check_button.setObjectName("auditCheckButton")
        self.check_button.setToolTip("Check every event and every request against its history, and say what "
                                     "was found")
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide_button = QToolButton()
        self.hide_button.setText("✕")
        self.hide_button.setAutoRaise(True)
        self.hide_button.setToolTip("Hide this warning until PrivacyDesk starts again")
        self.hide_button.clicked.connect(self.hide)
        layout.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_warning(self, text: str, title: str = "The audit trail does not match what this computer saw") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.show()
