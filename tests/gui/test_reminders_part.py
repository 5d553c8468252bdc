"""Reminders as issue 12 judges them, through the controller with the inline runner on real services:
a notification for a due date that falls today is given once — not again at the next check, nor
after a restart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from privacydesk.domain import settings as decl
from privacydesk.ui.reminders.controller import ReminderController
from privacydesk.ui.workers import InlineRunner


class FakeTray:
    """The tray as the controller sees it: available, and recording what it was asked to show."""

    available = True

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, Any]] = []

    def show_message(self, title: str, text: str, target: Any = None) -> bool:
        self.messages.append((title, text, target))
        return True

    def set_count(self, due_today: int, overdue: int) -> None:
        pass


def _controller(qtbot: Any, desk: Any, tray: FakeTray, hosts: list[Any]) -> ReminderController:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    hosts.append(host)  # the controller lives as long as its parent
    controller = ReminderController(desk.reminders, lambda: 0, InlineRunner(host), tray,
                                    lambda _text: None, lambda _text, _ms: None, parent=host)
    return controller


def test_a_due_date_today_is_notified_once(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    desk.settings.set(decl.REMINDERS_DAILY_SUMMARY, False)  # the reminders alone, without the summary first
    ref = add_request("ana@example.com", ["access"], name="Ana Ruiz", regime="gdpr", received="2026-10-25T10:00")
    assert str(desk.requests.show(ref).milestone_dates["respond_by"]) == "2026-11-25"  # today in the tests
    tray = FakeTray()
    hosts: list[Any] = []
    controller = _controller(qtbot, desk, tray, hosts)
    controller.start()
    about = [m for m in tray.messages if ref in m[0] + m[1]]
    assert len(about) == 1
    title, text, target = about[0]
    assert "today" in (title + text).lower()
    assert target is not None and target[1] == ref  # clicking it opens this request

    controller.check()
    controller.check()
    assert len([m for m in tray.messages if ref in m[0] + m[1]]) == 1
    controller.shutdown()

    again = FakeTray()
    restarted = _controller(qtbot, desk, again, hosts)
    restarted.start()
    assert not [m for m in again.messages if ref in m[0] + m[1]]
    restarted.shutdown()
