"""The main window's layout: toolbar (filter, search, actions), two tabs — the triage table over
the request workspace, and the "To review" queue — a banner for news, and a status bar with the mail
sync state, its progress and the counts. It decides nothing; ``controller.WindowController`` does
(with ``mail_controller.MailController`` and ``review_queue.ReviewController``).

Window state (geometry, splitter, column widths and sort) is kept in ``QSettings`` in an INI file
inside the data folder — apart from the user's preferences (``preferences.py``), and isolated per
data folder so tests and ``--demo`` never touch the real user's layout.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.services.app import AppServices
from privacydesk.services.queries import FILTERS, RequestQueries
from privacydesk.ui import icons, labels
from privacydesk.ui.controller import WindowController
from privacydesk.ui.preferences import Preferences
from privacydesk.ui.request_table import Column, RequestTableModel
from privacydesk.ui.request_view import RequestWorkspace
from privacydesk.ui.review_queue import ReviewPanel
from privacydesk.ui.workers import TaskRunner

log = logging.getLogger(__name__)

STATE_FILE = "window-state.ini"
STATE_VERSION = 1
BANNER_STYLE = ("QFrame#newsBanner { background: #e1ebf8; border-bottom: 1px solid #3f76c0; } "
                "QLabel { color: #1d4e89; }")


def window_settings(data_dir: Path) -> QSettings:
    """Window state only (never preferences), in the data folder."""
    return QSettings(str(data_dir / STATE_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices, *, runner: TaskRunner | None = None,
                 settings: QSettings | None = None, preferences: Preferences | None = None,
                 title_suffix: str = "") -> None:
        super().__init__()
        self.setWindowTitle("PrivacyDesk" + (f" — {title_suffix}" if title_suffix else ""))
        self.setWindowIcon(icons.app_icon())
        self.services = services
        self.runner = runner or TaskRunner(self)
        self.settings = settings or window_settings(services.paths.data_dir)
        self.preferences = preferences or Preferences.in_folder(services.paths.data_dir)

        self.model = RequestTableModel(RequestQueries(services.db, services.requests), self.runner, self)
        self.table = QTableView()
        self.table.setObjectName("requestTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in ((Column.REF, 105), (Column.REQUESTER, 165), (Column.TYPES, 125),
                              (Column.REGIME, 180), (Column.STATUS, 150), (Column.VERIFICATION, 95),
                              (Column.RECEIVED, 95), (Column.NEXT_MILESTONE, 140), (Column.DUE, 90),
                              (Column.DAYS_LEFT, 205)):
            header.resizeSection(column, width)

        self.workspace = RequestWorkspace(services.profile.tz)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 480])

        self.review_panel = ReviewPanel()
        self.review_panel.setObjectName("reviewPanel")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "Requests")
        self.review_tab_index = self.tabs.addTab(self.review_panel, "To review")
        self.banner, self.banner_label = self._build_banner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.filter_box = QComboBox()
        self.filter_box.setObjectName("filterBox")
        for value in FILTERS:
            self.filter_box.addItem(labels.filter_label(value), value)
        self.filter_box.setToolTip("Which requests the table lists")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Search ref, name or email")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(260)
        self.search_box.setMaximumWidth(360)

        self._build_actions()
        self._build_menus_and_toolbars()
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.sync_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_label.setContentsMargins(0, 0, 14, 0)
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setMaximumHeight(16)
        self.sync_progress.setTextVisible(True)
        self.sync_progress.hide()
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.resize(1400, 900)
        self._restore_state()
        self.controller = WindowController(self)
        # Enabling sorting asks the model to sort by the header's indicator: the first query.
        self.table.setSortingEnabled(True)

    # -- actions ---------------------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                              if shortcut else tip)
        return action

    def _build_actions(self) -> None:
        self.action_import = self._action("&Import mail…", "Ctrl+I", "Import .eml, mbox or Maildir files")
        # Ctrl+R, not the platform's Refresh key: F5 is "Sync now" (Mail menu), and one key bound to
        # two actions would fire neither (Qt reports an ambiguous shortcut).
        self.action_refresh = self._action("&Refresh list", "Ctrl+R", "Reload the list")
        self.action_find = self._action("&Find", QKeySequence.StandardKey.Find, "Search by ref, name or email")
        self.action_quit = self._action("&Quit", QKeySequence.StandardKey.Quit, "Close PrivacyDesk")
        self.action_status = self._action("Change &status…", "Ctrl+Shift+S", "Move the request through its lifecycle")
        self.action_verify = self._action("&Verify identity…", "Ctrl+Shift+V", "Record identity verification")
        self.action_extend = self._action("&Extend deadline…", "Ctrl+Shift+E", "Extend the response deadline")
        self.action_pause = self._action("&Pause clock…", "Ctrl+Shift+P", "Wait for clarification, ID or a fee")
        self.action_resume = self._action("Res&ume clock…", "Ctrl+Shift+R", "The requester answered")
        self.action_regime = self._action("Confirm &regime…", "Ctrl+Shift+G", "Say which law applies")
        self.action_types = self._action("Edit &types…", "Ctrl+Shift+T", "Change what the request asks for")
        self.action_assign = self._action("&Assign…", "Ctrl+Shift+A", "Choose who handles the request")
        self.action_note = self._action("Add &note…", "Ctrl+Shift+N", "Add a note for the team")
        self.action_sync_now = self._action("&Sync now", "F5", "Check the mailboxes for new mail now")
        self.action_accounts = self._action("&Accounts…", None, "Add, test or remove mail accounts")
        self.action_keep_watching = self._action("&Keep watching", None,
                                                 "Stay connected and file new mail within seconds")
        self.action_keep_watching.setCheckable(True)
        self.request_actions = [self.action_status, self.action_verify, self.action_extend, self.action_pause,
                                self.action_resume, self.action_regime, self.action_types, self.action_assign,
                                self.action_note]
        for action in self.request_actions:
            action.setEnabled(False)
        self.workspace.set_note_action(self.action_note)

    def _build_menus_and_toolbars(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.action_import)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.action_find)
        view_menu.addAction(self.action_refresh)
        mail_menu = bar.addMenu("&Mail")
        mail_menu.addAction(self.action_sync_now)
        mail_menu.addAction(self.action_keep_watching)
        mail_menu.addSeparator()
        mail_menu.addAction(self.action_accounts)
        self.mail_menu = mail_menu
        request_menu = bar.addMenu("&Request")
        for action in self.request_actions:
            request_menu.addAction(action)
            if action in (self.action_verify, self.action_resume):
                request_menu.addSeparator()

        find_bar = QToolBar("Find")
        find_bar.setObjectName("findToolbar")
        find_bar.setMovable(False)
        find_bar.addWidget(QLabel(" Show: "))
        find_bar.addWidget(self.filter_box)
        spacer = QWidget()
        spacer.setFixedWidth(12)
        find_bar.addWidget(spacer)
        find_bar.addWidget(self.search_box)
        self.addToolBar(find_bar)

        action_bar = QToolBar("Request")
        action_bar.setObjectName("requestToolbar")
        action_bar.setMovable(False)
        action_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.request_actions:
            action_bar.addAction(action)
        self.addToolBar(action_bar)

    def _build_banner(self) -> tuple[QFrame, QLabel]:
        banner = QFrame()
        banner.setObjectName("newsBanner")
        banner.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(10, 4, 4, 4)
        label = QLabel()
        label.setObjectName("newsText")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Hide this message")
        close.clicked.connect(banner.hide)
        layout.addWidget(close)
        banner.hide()
        return banner, label

    def show_banner(self, text: str) -> None:
        """News in the window (when there is no system tray to notify through)."""
        self.banner_label.setText(text)
        self.banner.show()

    def set_review_count(self, count: int) -> None:
        self.tabs.setTabText(self.review_tab_index, f"To review ({count})" if count else "To review")

    # -- state -----------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.settings
        if s.value("version") != str(STATE_VERSION) and s.value("version") != STATE_VERSION:
            self.table.horizontalHeader().setSortIndicator(Column.DAYS_LEFT, Qt.SortOrder.AscendingOrder)
            return
        for key, restore in (("geometry", self.restoreGeometry), ("window_state", self.restoreState),
                             ("splitter", self.splitter.restoreState),
                             ("table_header", self.table.horizontalHeader().restoreState)):
            value = s.value(key)
            if isinstance(value, QByteArray | bytes):
                restore(QByteArray(value))
        header = self.table.horizontalHeader()
        if header.count() != len(Column) or header.sortIndicatorSection() >= len(Column):
            header.setSortIndicator(Column.DAYS_LEFT, Qt.SortOrder.AscendingOrder)

    def save_state(self) -> None:
        s = self.settings
        s.setValue("version", STATE_VERSION)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("window_state", self.saveState())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("table_header", self.table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.controller.shutdown()
        super().closeEvent(event)
