"""Asking a new user for their name when the computer knows only a login such as "root".

The audit trail names whoever made each change; "root" tells an auditor nothing. The name is a
setting declared once (``domain/settings.py``: ``STAFF_NAME``) and stored by ``SettingsService``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from privacydesk.domain import settings as decl
from privacydesk.ui.requests.dialogs import ChoiceDialog


class StaffNameDialog(ChoiceDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Your name", "What is your name? PrivacyDesk writes it in the audit trail beside every "
                         "change you make, and signs replies with it. You can change it later.", parent)
        self.name = QLineEdit()
        self.name.setObjectName("staffName")
        self.name.setPlaceholderText("e.g. Ana Ruiz")
        self.form.addRow(f"{decl.STAFF_NAME.label}:", self.name)
        self.name.textChanged.connect(self.revalidate)
        self.ok_button.setText("Save")
        self.revalidate()

    def problem_text(self) -> str:
        text = self.name.text().strip()
        if not text:
            return "Type your name."
        try:
            decl.STAFF_NAME.convert(text)
        except ValueError as exc:
            return str(exc)
        return ""

    def choice(self) -> str:
        return self.name.text().strip()
