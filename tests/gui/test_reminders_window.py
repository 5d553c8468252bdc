"""Reminders in the window (issue 12): the daily summary once a day, each due date reminded once (not
again after a restart), a notification that opens its request when clicked, the tray's count, the
window closed to the tray, and the short banner on a desktop without a tray.

The offscreen platform has no system tray. ``DesktopTray`` stands in for the tray of a desktop that
has one: the real ``TrayIcon`` with its wiring, whose notifications are recorded instead of drawn
and can be "clicked". Everything below it (reminder service, SQLite, settings) is real; a restart
closes the services and opens them again on the same data folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from privacydesk.domain import settings as decl
from privacydesk.ui import app as ui_app
from privacydesk.ui.app import Desk
from privacydesk.ui.reminders.tray import TrayIcon

from .conftest import GUI_NOW, OFFSCREEN_NOISE
from .helpers import wait_idle

# Opening a request brings the window forward, which the offscreen platform only notes.
brings_window_forward = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)",
                                                  r"This plugin does not support propagateSizeHints\(\)")

PERSONAL = ("Dana Due", "dana@example.com", "Olly Over", "olly@example.com", "Nina New", "nina@example.com")


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def set_day(self, day: date) -> None:
        self.moment = datetime(day.year, day.month, day.day, 15, 0, tzinfo=UTC)


class DesktopTray(TrayIcon):
    """A desktop's tray (see the module docstring): notifications recorded with what they are about."""

    def __init__(self, parent: Any = None, *, enabled: bool | None = None) -> None:
        super().__init__(parent, enabled=False)
        self.available = True
        self.supports_messages = True
        self.shown: list[tuple[str, str, Any]] = []

    def show_message(self, title: str, text: str, target: Any = None) -> bool:
        self.messages.append((title, text))
        self.shown.append((title, text, target))
        self._target = target
        return True

    def click_message(self) -> None:
        """The user clicks the last notification."""
        self._on_icon_message_clicked()


class Office:
    """One data folder, opened and closed like the app on a staff member's computer."""

    def __init__(self, qtbot: Any, folder: Path) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.clock = Clock(GUI_NOW)
        self.services: Any = None
        self.gui: Desk | None = None
        self.notices: list[tuple[str, str]] = []

    def open_services(self) -> Any:
        from privacydesk.paths import AppPaths
        from privacydesk.services.app import open_services

        if self.services is None:
            self.services = open_services(AppPaths(self.folder), clock=self.clock)
        return self.services

    def add(self, email: str, name: str, received: str, types: tuple[str, ...] = ("opt_out_sale",)) -> str:
        from privacydesk.services.requests import NewRequest

        services = self.open_services()
        return str(services.requests.create(NewRequest(email=email, name=name, types=list(types), regime="ccpa",
                                                       received=datetime.fromisoformat(received))).ref)

    def start(self, **options: Any) -> Desk:
        """Start the window; returns when its first check for reminders is done and recorded."""
        services = self.open_services()
        options.setdefault("use_tray", False)
        gui = Desk(services, **options)
        self.gui = gui
        self.notices = []
        gui.reminders.notice_shown.connect(lambda title, text: self.notices.append((title, text)))
        self.qtbot.addWidget(gui.window)
        with self.qtbot.waitSignal(gui.reminders.checked, timeout=15000):
            gui.start()
        wait_idle(self.qtbot, gui)
        return gui

    def quit(self) -> None:
        """File → Quit, and the program ends (its database closed)."""
        if self.gui is not None:
            self.gui.action_quit.trigger()
            self.qtbot.waitUntil(lambda: self.gui is not None and self.gui._closed)
            self.gui = None
        if self.services is not None:
            self.services.close()
            self.services = None

    def restart(self, **options: Any) -> Desk:
        self.quit()
        return self.start(**options)


@pytest.fixture
def office(qtbot: Any, tmp_path: Path) -> Iterator[Office]:
    place = Office(qtbot, tmp_path / "data")
    yield place
    place.quit()


@pytest.fixture
def desktop_tray(monkeypatch: pytest.MonkeyPatch) -> Callable[[Desk], DesktopTray]:
    monkeypatch.setattr(ui_app, "TrayIcon", DesktopTray)

    def tray(gui: Desk) -> DesktopTray:
        assert isinstance(gui.tray, DesktopTray)
        return gui.tray

    return tray


def banner(gui: Desk) -> str:
    return gui.window.banner_label.text() if gui.window.banner.isVisible() else ""


def test_the_daily_summary_and_each_reminder_are_given_once_not_again_after_a_restart(office: Office) -> None:
    due_today = office.add("dana@example.com", "Dana Due", "2026-11-10T10:00")  # 15-day promise: 25 Nov
    overdue = office.add("olly@example.com", "Olly Over", "2026-11-01T10:00")   # 16 Nov
    gui = office.start()
    # No tray on this desktop: the window's banner says it, briefly.
    text = banner(gui)
    assert text.startswith("Today's privacy requests: 1 due today, 1 overdue. Open the calendar or the Overdue "
                           "queue to see them.")
    assert f"{due_today}: " in text and "due today" in text and f"{overdue}: " in text and "overdue" in text
    assert not any(word in text for word in PERSONAL)  # notifications show on a locked screen
    assert office.notices[0][0] == "Today's privacy requests"
    assert office.notices[1:] == [
        (f"{overdue}: Reply due — 9 days late", "Reply due: Mon 16 Nov. Click to open the request."),
        (f"{due_today}: Reply due — due today", "Reply due: Wed 25 Nov. Click to open the request.")]

    # Started again the same day: nothing is repeated.
    gui = office.restart()
    assert office.notices == [] and not gui.window.banner.isVisible()
    # A second check (every few minutes while the window is open) stays quiet too.
    with office.qtbot.waitSignal(gui.reminders.checked) as checked:
        gui.reminders.check()
    assert checked.args == [0] and office.notices == []

    # The next morning: a new summary, and the request due yesterday is now overdue (said once more).
    office.quit()
    office.clock.set_day(date(2026, 11, 26))
    gui = office.start()
    assert banner(gui).startswith("Today's privacy requests: 2 overdue.")
    titles = [title for title, _ in office.notices]
    assert titles[0] == "Today's privacy requests"
    assert titles[1:] == [f"{due_today}: Reply due — 1 day late"]


@pytest.mark.parametrize("daily_summary", [True, False])
def test_without_a_tray_the_banner_stays_short_when_much_is_due(office: Office, daily_summary: bool) -> None:
    refs = [office.add(f"p{n}@example.com", f"Person {n}", f"2026-11-0{n + 1}T10:00") for n in range(6)]
    office.open_services().settings.set(decl.REMINDERS_DAILY_SUMMARY, daily_summary)
    gui = office.start()
    text = banner(gui)
    if daily_summary:
        assert text == ("Today's privacy requests: 6 overdue. Open the calendar or the Overdue queue to see them.")
    else:
        assert text == "4 requests need attention: see the Overdue and Due soon queues, or the calendar."
    assert not any(ref in text for ref in refs)
    # Every reminder was still given once (recorded), so a restart does not bring them back.
    gui = office.restart()
    assert office.notices == [] and not gui.window.banner.isVisible()


@brings_window_forward
def test_a_notification_for_a_due_date_is_given_once_and_clicking_it_opens_the_request(
        office: Office, desktop_tray: Callable[[Desk], DesktopTray]) -> None:
    ref = office.add("dana@example.com", "Dana Due", "2026-11-10T10:00")
    office.open_services().settings.set(decl.REMINDERS_DAILY_SUMMARY, False)
    gui = office.start(use_tray=True)
    tray = desktop_tray(gui)
    office.qtbot.waitUntil(lambda: len(tray.shown) == 1)
    title, text, _target = tray.shown[0]
    assert title.startswith(f"{ref}: ") and title.endswith("due today")
    assert text.endswith("Click to open the request.")
    assert not any(word in title + text for word in PERSONAL)
    assert not gui.window.banner.isVisible()  # the tray said it
    office.qtbot.waitUntil(lambda: tray.tooltip == "PrivacyDesk — 1 due today")
    assert tray.count == 1

    # The staff member is on the calendar when they click the notification.
    gui.window.select_nav("calendar")
    wait_idle(office.qtbot, gui)
    tray.click_message()
    office.qtbot.waitUntil(lambda: gui.requests.shown() is not None and gui.requests.shown().ref == ref)
    assert gui.page.isVisible()

    # Checked again later, and after a restart: not shown again.
    with office.qtbot.waitSignal(gui.reminders.checked):
        gui.reminders.check()
    assert len(tray.shown) == 1
    gui = office.restart(use_tray=True)
    assert desktop_tray(gui).shown == []


@brings_window_forward
def test_closed_to_the_tray_a_new_request_is_announced_and_clicking_brings_the_window_back(
        office: Office, desktop_tray: Callable[[Desk], DesktopTray]) -> None:
    office.open_services().settings.set(decl.REMINDERS_KEEP_RUNNING, True)
    gui = office.start(use_tray=True)
    tray = desktop_tray(gui)
    gui.window.close()
    office.qtbot.waitUntil(lambda: not gui.window.isVisible())
    assert not gui._closed  # still running in the tray
    assert tray.shown[-1][0] == "PrivacyDesk is still running"

    # A request is filed meanwhile (by a colleague on the team database, or the mail check).
    ref = office.add("nina@example.com", "Nina New", "2026-11-25T08:00", ("access",))
    with office.qtbot.waitSignal(gui.reminders.checked):
        gui.reminders.check()  # the check every few minutes
    office.qtbot.waitUntil(lambda: tray.shown[-1][0] == f"New privacy request {ref}")
    assert not any(word in tray.shown[-1][1] for word in PERSONAL)
    tray.click_message()
    office.qtbot.waitUntil(lambda: gui.window.isVisible() and gui.requests.shown() is not None
                           and gui.requests.shown().ref == ref)
