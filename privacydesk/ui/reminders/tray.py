"""The tray icon: what is due today and overdue at a glance, desktop notifications, a way back in.

``QSystemTrayIcon`` is the portable tray and notification API (freedesktop notifications on Linux,
Windows toasts, macOS Notification Center). Some desktops have no tray (GNOME without an extension,
the offscreen platform of the tests): then ``available`` is False, nothing is created, and the
window's banner shows the news instead (the caller decides; see ``reminders.controller``).

The icon carries a badge with the number of requests due today or overdue; its tooltip says it in
words. Its menu opens the window or the calendar and quits (the window may be closed to the tray).
Qt says only *that* a notification was clicked, not which: the tray remembers what the last one
was about (``show_message(..., target=)``) and reports that.

Words hold only references, counts and dates — never a requester's name or address: notifications
show on a locked screen.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from privacydesk.services.reminders import summary_text
from privacydesk.ui import icons
from privacydesk.ui.qtcompat import emit

log = logging.getLogger(__name__)

MESSAGE_MS = 10000


class TrayIcon(QObject):
    #: The icon itself was clicked: bring the window forward.
    open_requested = Signal()
    #: A notification was clicked: what it was about (``(request_id, ref)``, or None for a summary).
    message_clicked = Signal(object)
    #: "Calendar" in the icon's menu.
    calendar_requested = Signal()
    #: "Quit PrivacyDesk" in the icon's menu.
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None, *, enabled: bool | None = None) -> None:
        super().__init__(parent)
        available = QSystemTrayIcon.isSystemTrayAvailable()
        self.available = available if enabled is None else bool(enabled) and available
        self.supports_messages = self.available and QSystemTrayIcon.supportsMessages()
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.tooltip = "PrivacyDesk"
        self.count = 0
        self._target: Any = None
        self.messages: list[tuple[str, str]] = []  # what was shown (title, text): for tests and the log
        if self.available:
            self._build()

    def _build(self) -> None:
        icon = QSystemTrayIcon(icons.app_icon(), self)
        menu = QMenu()
        self.action_open = QAction("Open PrivacyDesk", menu)
        self.action_calendar = QAction("Calendar", menu)
        self.action_quit = QAction("Quit PrivacyDesk", menu)
        menu.addAction(self.action_open)
        menu.addAction(self.action_calendar)
        menu.addSeparator()
        menu.addAction(self.action_quit)
        self.action_open.triggered.connect(lambda: emit(self.open_requested))
        self.action_calendar.triggered.connect(lambda: emit(self.calendar_requested))
        self.action_quit.triggered.connect(lambda: emit(self.quit_requested))
        icon.setContextMenu(menu)
        icon.setToolTip(self.tooltip)
        icon.activated.connect(self._on_icon_activated)
        icon.messageClicked.connect(self._on_icon_message_clicked)
        icon.show()
        self.icon, self.menu = icon, menu

    # -- what it shows -----------------------------------------------------------------------------
    def set_count(self, due_today: int, overdue: int) -> None:
        """The badge (due today + overdue) and the tooltip in words."""
        self.count = due_today + overdue
        self.tooltip = f"PrivacyDesk — {summary_text(due_today, overdue)}"
        if self.icon is not None:
            self.icon.setIcon(icons.count_badge(icons.app_icon(), self.count, overdue > 0))
            self.icon.setToolTip(self.tooltip)

    def show_message(self, title: str, text: str, target: Any = None) -> bool:
        """A desktop notification; True if one was shown (False: no tray, use the banner)."""
        self.messages.append((title, text))
        if self.icon is None or not self.supports_messages:
            return False
        self._target = target
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    # -- what it hears -----------------------------------------------------------------------------
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            emit(self.open_requested)

    def _on_icon_message_clicked(self) -> None:
        target, self._target = self._target, None
        emit(self.message_clicked, target)
