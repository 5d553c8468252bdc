"""The first-run screen's layout: "Try the demo" or "Set up my business", then the setup form.

A view only: ``controller.WelcomeController`` validates through the workspace service and tells the
composition root what the user chose. Every problem is shown next to the field it is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from privacydesk.services.workspace import BusinessSetup
from privacydesk.ui import icons, labels
from privacydesk.ui.dialogs import plain_label
from privacydesk.ui.qtcompat import emit

ERROR_STYLE = "color: #8e1116;"
#: Countries offered first (any two-letter code with public holidays can be typed).
COUNTRIES = (("US", "United States"), ("CA", "Canada"), ("GB", "United Kingdom"), ("IE", "Ireland"),
             ("DE", "Germany"), ("FR", "France"), ("ES", "Spain"), ("IT", "Italy"), ("NL", "Netherlands"),
             ("BE", "Belgium"), ("AT", "Austria"), ("CH", "Switzerland"), ("PT", "Portugal"), ("SE", "Sweden"),
             ("DK", "Denmark"), ("NO", "Norway"), ("FI", "Finland"), ("PL", "Poland"), ("AU", "Australia"),
             ("NZ", "New Zealand"))


def _big_button(title: str, text: str, name: str) -> QPushButton:
    button = QPushButton(f"{title}\n{text}")
    button.setObjectName(name)
    button.setMinimumHeight(72)
    button.setStyleSheet("QPushButton { text-align: left; padding: 10px 14px; }")
    return button


class WelcomeScreen(QWidget):
    #: The screen was closed (by the user, or because a workspace opened).
    closed = Signal()

    def __init__(self, time_zones: Sequence[str], regimes: Sequence[str], start: BusinessSetup,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to PrivacyDesk")
        self.setWindowIcon(icons.app_icon())
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.addWidget(self.stack)

        # -- the choice --
        choose = QWidget()
        layout = QVBoxLayout(choose)
        title = QLabel("Welcome to PrivacyDesk")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(plain_label(
            "PrivacyDesk reads your privacy mailbox, finds the privacy requests among ordinary mail, and "
            "tells you what the law expects next and by when.", selectable=False))
        layout.addSpacing(12)
        self.demo_button = _big_button("Try the demo",
                                       "See it working with invented requests. Your own data is not touched, "
                                       "and you leave the demo with one click.", "tryDemo")
        self.setup_button = _big_button("Set up my business",
                                        "Enter your company's details, then connect the privacy mailbox.",
                                        "setUpBusiness")
        layout.addWidget(self.demo_button)
        layout.addWidget(self.setup_button)
        layout.addStretch(1)
        self.stack.addWidget(choose)
        self.choose_page = choose

        # -- the setup form --
        setup = QWidget()
        layout = QVBoxLayout(setup)
        heading = QLabel("Set up my business")
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(plain_label(
            "These come from your privacy notice. PrivacyDesk counts every deadline in your time zone and "
            "business days, under the laws you tick. You can change them later in profile.toml.",
            selectable=False))
        form = QFormLayout()
        layout.addLayout(form)
        self.problems: dict[str, QLabel] = {}

        def add(key: str, title: str, widget: QWidget) -> None:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(widget)
            problem = plain_label(selectable=False)
            problem.setObjectName(f"problem_{key}")
            problem.setStyleSheet(ERROR_STYLE)
            problem.hide()
            box_layout.addWidget(problem)
            self.problems[key] = problem
            form.addRow(title, box)

        self.company_name = QLineEdit(start.company_name)
        self.company_name.setPlaceholderText("as your privacy notice names it, e.g. 3DPros LLC")
        add("company_name", "Company name:", self.company_name)
        self.privacy_email = QLineEdit(start.privacy_email)
        self.privacy_email.setPlaceholderText("the address your notice tells people to write to")
        add("privacy_email", "Privacy email address:", self.privacy_email)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(list(time_zones))
        self.time_zone.setCurrentText(start.time_zone)
        completer = QCompleter(list(time_zones), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        add("time_zone", "Time zone:", self.time_zone)
        self.country = QComboBox()
        self.country.setEditable(True)
        for code, name in COUNTRIES:
            self.country.addItem(f"{name} ({code})", code)
        index = self.country.findData(start.country)
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setCurrentText(start.country)
        self.country.setToolTip("Whose public holidays do not count as business days")
        add("country", "Country:", self.country)
        self.regimes = QListWidget()
        self.regimes.setObjectName("regimeList")
        # The laws already ticked first, then every other one by name (the rule files' names).
        known = [key for key, _ in labels.law_choices(first=start.regimes) if key in regimes]
        for regime in [*known, *(r for r in regimes if r not in known)]:
            item = QListWidgetItem(labels.regime(regime))
            item.setData(Qt.ItemDataRole.UserRole, regime)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if regime in start.regimes else Qt.CheckState.Unchecked)
            self.regimes.addItem(item)
        self.regimes.setMaximumHeight(150)
        add("regimes", "Laws your notice covers:", self.regimes)
        self.staff_name = QLineEdit(start.staff_name)
        self.staff_name.setPlaceholderText("shown in the audit trail beside your changes")
        add("staff_name", "Your name:", self.staff_name)
        self.general_problem = plain_label(selectable=False)
        self.general_problem.setStyleSheet(ERROR_STYLE)
        self.general_problem.hide()
        layout.addWidget(self.general_problem)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton("Back")
        self.save_button = QPushButton("Save and connect a mailbox")
        self.save_button.setObjectName("saveSetup")
        self.save_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.stack.addWidget(setup)
        self.setup_page = setup
        self.back_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.choose_page))
        self.resize(700, 600)

    def closeEvent(self, event: QCloseEvent) -> None:
        emit(self.closed)
        super().closeEvent(event)

    def show_setup(self) -> None:
        self.stack.setCurrentWidget(self.setup_page)
        self.company_name.setFocus()

    def set_regime_checked(self, regime: str, checked: bool) -> None:
        for row in range(self.regimes.count()):
            item = self.regimes.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == regime:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def setup(self) -> BusinessSetup:
        country = self.country.currentData() if self.country.currentText() == self.country.itemText(
            self.country.currentIndex()) else None
        code = str(country) if country else self.country.currentText().strip()
        if len(code) > 2 and code.endswith(")") and "(" in code:
            code = code[code.rindex("(") + 1:-1]
        chosen = []
        for row in range(self.regimes.count()):
            item = self.regimes.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return BusinessSetup(company_name=self.company_name.text(), privacy_email=self.privacy_email.text(),
                             time_zone=self.time_zone.currentText().strip(), country=code.upper(),
                             regimes=tuple(chosen), staff_name=self.staff_name.text())

    def show_problems(self, problems: dict[str, str], general: str = "") -> None:
        for key, label in self.problems.items():
            text = problems.get(key, "")
            label.setText(text[:1].upper() + text[1:] if text else "")
            label.setVisible(bool(text))
        self.general_problem.setText(general)
        self.general_problem.setVisible(bool(general))
