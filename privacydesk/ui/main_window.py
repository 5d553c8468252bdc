"""The main window: a shell that window parts fill in. It knows no service and decides nothing.

Layout: menus; a toolbar row parts add to; a sidebar of places with live counts (``navigation.py``)
beside a stack of pages (one per part: requests, "To review", later the calendar and the outbox);
a banner for news and a demo bar; a status bar with permanent widgets parts add (mail state).

The composition root (``ui/app.py``) builds the services and the parts, and gives each part the few
shell hooks it needs (a page, a menu, a toolbar, ``show_banner``, ``status_message``). Adding a window
part is described in ``docs/architecture.md``.

Window state (geometry, splitters, column widths and sort) is kept in ``QSettings`` in an INI file in
the data folder — apart from the user's settings (``settings.toml``), and per data folder so tests and
the demo never touch the real user's layout. Parts register what they want kept (``add_state``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.ui import icons
from privacydesk.ui.navigation import CountDelegate, KeyRole, NavEntry, NavigationModel, PageRole
from privacydesk.ui.qtcompat import emit

log = logging.getLogger(__name__)

STATE_FILE = "window-state.ini"
STATE_VERSION = 2
BANNER_LINES = 3  # pieces of news the banner shows at once, newest first
BANNER_STYLE = ("QFrame#newsBanner { background: #e1ebf8; border-bottom: 1px solid #3f76c0; } "
                "QLabel { color: #1d4e89; }")
DEMO_STYLE = ("QFrame#demoBar { background: #fff1c7; border-bottom: 1px solid #e0a100; } "
              "QLabel { color: #6b4500; }")
MENU_ORDER = ("&File", "&View", "&Request", "&Mail", "&Help")
#: The window's first size: a laptop screen of 1366×768 (with the desktop's panel and the title bar)
#: shows it whole; bigger screens get this size, smaller ones what they have.
DEFAULT_SIZE = QSize(1366, 700)


def default_size(available: QSize | None) -> QSize:
    """The window's first size on a screen whose free area (without panels) is ``available``."""
    if available is None or available.isEmpty():
        return DEFAULT_SIZE
    # Leave room for the title bar the window manager adds (side borders are thin or none).
    return QSize(min(DEFAULT_SIZE.width(), available.width()),
                 min(DEFAULT_SIZE.height(), available.height() - 40))


def window_settings(data_dir: Path) -> QSettings:
    """Window state only (never preferences), in the data folder."""
    return QSettings(str(data_dir / STATE_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    #: The user chose a place in the sidebar: its key.
    navigated = Signal(str)
    #: The window is closing (after its state was saved): parts stop their work.
    closing = Signal()

    def __init__(self, *, title: str = "PrivacyDesk", state: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(title)
        # The installed package's icon (issue 16: a .desktop entry and a themed icon), else our own.
        self.setWindowIcon(QIcon.fromTheme("privacydesk", icons.app_icon()))
        self.state = state
        self._state_hooks: dict[str, tuple[Callable[[], QByteArray], Callable[[QByteArray], object]]] = {}
        self._menus: dict[str, QMenu] = {}
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}  # a page's scroll area (``add_page(scroll=True)``)
        #: Asked before the window closes; returning False keeps it open (the composition root
        #: uses it so that a mailbox added in the demo is not closed away without a word).
        self.close_guard: Callable[[QCloseEvent], bool] | None = None

        self.nav = NavigationModel(self)
        self.sidebar = QListView()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.nav)
        self.sidebar.setItemDelegate(CountDelegate(self.sidebar))
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sidebar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(260)
        self.sidebar.setUniformItemSizes(False)
        self.sidebar.setAccessibleName("Places")
        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar_current_changed)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("body")
        self.body.addWidget(self.sidebar)
        self.body.addWidget(self.pages)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        self.body.setCollapsible(1, False)
        self.body.setSizes([160, 1200])

        self.demo_bar, self.demo_label, self.demo_button = self._build_demo_bar()
        self.banner, self.banner_label = self._build_banner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_bar)
        layout.addWidget(self.banner)
        self._bars_layout = layout
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)
        for name in MENU_ORDER:
            self.menu(name)
        screen = QGuiApplication.primaryScreen()
        self.resize(default_size(screen.availableSize() if screen is not None else None))

    # -- what parts use ------------------------------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ("&File", "&Request" …), created on first use (before Help)."""
        if name not in self._menus:
            help_menu = self._menus.get("&Help")
            if help_menu is not None:
                menu = QMenu(name, self)
                self.menuBar().insertMenu(help_menu.menuAction(), menu)
            else:
                menu = self.menuBar().addMenu(name)
            menu.setObjectName(name.replace("&", "").lower() + "Menu")
            self._menus[name] = menu
        return self._menus[name]

    def add_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(16, 16))
        self.addToolBar(toolbar)

    def add_page(self, key: str, widget: QWidget, *, scroll: bool = False) -> None:
        """A page of the stack. ``scroll``: a wide page scrolls sideways in a narrow window instead of
        making the whole window wider (every page's minimum width counts in a stack)."""
        self._pages[key] = widget
        if scroll:
            holder = QScrollArea()
            holder.setObjectName(f"{key}Scroll")
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidgetResizable(True)
            holder.setWidget(widget)
            self._holders[key] = holder
        self.pages.addWidget(self._holders.get(key, widget))

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def add_nav(self, entry: NavEntry) -> None:
        self.nav.add(entry)

    def select_nav(self, key: str) -> None:
        """Select a sidebar entry (shows its page and emits ``navigated``)."""
        row = self.nav.row_of(key)
        if row is None:
            return
        self.sidebar.selectionModel().setCurrentIndex(
            self.nav.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_nav(self) -> str | None:
        index = self.sidebar.selectionModel().currentIndex()
        return str(index.data(KeyRole)) if index.isValid() else None

    def show_page(self, key: str) -> None:
        widget = self._pages.get(key)
        if widget is not None:
            self.pages.setCurrentWidget(self._holders.get(key, widget))

    def status_message(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def show_banner(self, text: str) -> None:
        """News in the window (when there is no system tray to notify through).

        Several parts tell news here (mail, reminders, replies), often at nearly the same moment —
        at start the daily summary and the first sync's news race. News never hides news the user has
        not closed yet: the newest goes on top of what is showing (the last ``BANNER_LINES``); closing
        the banner clears it."""
        shown = self.banner_label.text().split("\n") if self.banner.isVisibleTo(self) else []
        lines = [text, *(line for line in shown if line and line != text)][:BANNER_LINES]
        self.banner_label.setText("\n".join(lines))
        self.banner.show()

    def add_bar(self, bar: QWidget) -> None:
        """A part's own bar above the lists (e.g. a warning), below the news banner."""
        self._bars_layout.insertWidget(self._bars_layout.indexOf(self.body), bar)

    def show_demo_bar(self, text: str, button: str, on_click: Callable[[], None]) -> None:
        """The permanent bar that says this is the demo, with its way out."""
        self.demo_label.setText(text)
        self.demo_button.setText(button)
        self.demo_button.clicked.connect(on_click)
        self.demo_bar.show()

    def add_state(self, key: str, save: Callable[[], QByteArray], restore: Callable[[QByteArray], object]) -> None:
        """Keep a part's layout (a splitter, a table header) with the window's state."""
        self._state_hooks[key] = (save, restore)

    # -- internals -----------------------------------------------------------------------------------
    def _on_sidebar_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        page = current.data(PageRole)
        if page:
            self.show_page(str(page))
        emit(self.navigated, str(current.data(KeyRole)))

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

    def _build_demo_bar(self) -> tuple[QFrame, QLabel, QPushButton]:
        bar = QFrame()
        bar.setObjectName("demoBar")
        bar.setStyleSheet(DEMO_STYLE)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(10, 4, 6, 4)
        label = QLabel()
        label.setObjectName("demoText")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        button = QPushButton()
        button.setObjectName("leaveDemoButton")
        layout.addWidget(button)
        bar.hide()
        return bar, label, button

    # -- state -----------------------------------------------------------------------------------------
    def restore_state(self) -> bool:
        """Restore geometry and every registered part's layout; False if nothing was saved yet."""
        s = self.state
        if s is None or str(s.value("version")) != str(STATE_VERSION):
            return False
        hooks: dict[str, Callable[[QByteArray], object]] = {
            "geometry": self.restoreGeometry, "window_state": self.restoreState,
            "body": self.body.restoreState, **{k: v[1] for k, v in self._state_hooks.items()}}
        for key, restore in hooks.items():
            value = s.value(key)
            if isinstance(value, QByteArray | bytes):
                restore(QByteArray(value))
        return True

    def save_state(self) -> None:
        s = self.state
        if s is None:
            return
        s.setValue("version", STATE_VERSION)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("window_state", self.saveState())
        s.setValue("body", self.body.saveState())
        for key, (save, _restore) in self._state_hooks.items():
            s.setValue(key, save())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard(event):
            event.ignore()
            return
        self.save_state()
        emit(self.closing)
        super().closeEvent(event)
