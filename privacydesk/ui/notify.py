"""Telling the user that mail arrived: a desktop notification, or a banner in the window.

``QSystemTrayIcon.showMessage`` is the portable desktop notification (Windows toast, macOS
Notification Center, freedesktop notifications on Linux) but needs a system tray; without one
(some Linux desktops, the offscreen platform used by tests) the message goes to the in-window
banner and the status bar instead. Either way the words hold only counts, references and dates —
never a requester's name, address or mail text (a notification can show on a locked screen), and
nothing of it is logged beyond the counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from privacydesk.domain.wording import plural
from privacydesk.ui import icons, labels
from privacydesk.ui.errors import for_people
from privacydesk.ui.reminders.tray import TrayIcon

log = logging.getLogger(__name__)

TRAY_MESSAGE_MS = 10000


@dataclass(frozen=True)
class MailNews:
    """What a sync brought that a person should know about."""

    new_requests: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    needs_review: int = 0
    next_due: date | None = None
    next_due_ref: str | None = None
    #: Sentences from the sync for a person ("PD-…: identity verified — the requester replied …").
    notices: tuple[str, ...] = ()

    @property
    def worth_telling(self) -> bool:
        return bool(self.new_requests or self.follow_ups or self.needs_review or self.notices)

    def title(self) -> str:
        verified = [n for n in self.notices if "identity verified" in n]
        if verified and not self.new_requests:
            return plural(len(verified), "request verified by code reply", "requests verified by code reply")
        if self.new_requests:
            return plural(len(self.new_requests), "new privacy request")
        if self.follow_ups:
            return plural(len(self.follow_ups), "new reply to an open request", "new replies to open requests")
        if self.notices and not self.needs_review:
            return "News from the mailbox"
        return plural(self.needs_review, "message") + " to review"

    def text(self) -> str:
        parts: list[str] = []
        if self.new_requests:
            refs = ", ".join(self.new_requests[:5]) + (" …" if len(self.new_requests) > 5 else "")
            parts.append(f"New: {refs}.")
            if self.next_due is not None:
                parts.append(f"Next due: {labels.day(self.next_due)}"
                             + (f" ({self.next_due_ref})." if self.next_due_ref else "."))
        if self.follow_ups:
            refs = ", ".join(self.follow_ups[:5]) + (" …" if len(self.follow_ups) > 5 else "")
            parts.append(f"Replies joined to {refs}.")
        if self.needs_review:
            verb = "may be a request" if self.needs_review == 1 else "may be requests"
            parts.append(f"{plural(self.needs_review, 'message')} {verb}: see “To review”.")
        for notice in self.notices[:5]:
            parts.append(for_people(notice).rstrip(".") + ".")
        return " ".join(parts)


class Notifier(QObject):
    """Shows ``MailNews`` in the tray when there is one, else in the window's banner.

    It receives what it shows news with (a banner and a status line) and the window to bring
    forward when the notification is clicked, as a plain ``QWidget``.
    """

    def __init__(self, window: QWidget, show_banner: Callable[[str], None], status: Callable[[str, int], None],
                 *, use_tray: bool | None = None, shared_tray: TrayIcon | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._show_banner = show_banner
        self._status = status
        available = QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()
        self.use_tray = available if use_tray is None else use_tray and available
        self.tray: QSystemTrayIcon | None = None
        #: The window's one tray icon (the reminders part's), when there is one: mail news goes
        #: through it, and clicking a notice about one new request opens that request.
        self.shared_tray = shared_tray
        if shared_tray is not None:
            self.use_tray = self.use_tray and shared_tray.supports_messages
        self.last_title = ""
        self.last_text = ""

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(icons.app_icon(), self)
            self.tray.setToolTip("PrivacyDesk")
            self.tray.messageClicked.connect(self._on_tray_message_clicked)
            self.tray.show()
        return self.tray

    def notify(self, news: MailNews) -> None:
        if not news.worth_telling:
            return
        title, text = news.title(), news.text()
        self.last_title, self.last_text = title, text
        log.info("mail notification: %d new requests, %d follow-ups, %d to review",
                 len(news.new_requests), len(news.follow_ups), news.needs_review)
        self._status(f"{title}. {text}", 15000)
        self._show_banner(f"{title}. {text}")
        if self.use_tray and self.shared_tray is not None:
            one = news.new_requests[0] if len(news.new_requests) == 1 and not news.follow_ups else None
            self.shared_tray.show_message(title, text, (0, one) if one else None)
        elif self.use_tray:
            self._tray().showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    def _on_tray_message_clicked(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
