"""The calendar window part as issue 12 judges it, driven through its controller with the inline
runner on real services: a due date shows on its day and opens the request; the agenda lists what is
overdue first; the month, day and agenda models pass ``qtmodeltester``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from privacydesk.ui import labels
from privacydesk.ui.calendar.controller import CalendarController
from privacydesk.ui.calendar.models import (
    AgendaModel,
    DayItemsModel,
    DayRole,
    HeadingRole,
    ItemRole,
    MonthModel,
)
from privacydesk.ui.calendar.view import CalendarPage
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.workers import InlineRunner


def _calendar(qtbot: Any, desk: Any) -> tuple[CalendarController, CalendarPage]:
    labels.use_today(desk.requests.today)
    host = QWidget()
    qtbot.addWidget(host)
    page = CalendarPage(MonthModel(host), DayItemsModel(host), AgendaModel(host))
    qtbot.addWidget(page)
    controller = CalendarController(desk.calendar, desk.calendar_export, InlineRunner(host), page,
                                    DialogHost(host), lambda _text, _ms: None, parent=host)
    controller.start()
    return controller, page


def test_a_due_date_shows_on_its_day_and_opens_the_request(qtbot: Any, desk: Any,
                                                           add_request: Callable[..., str]) -> None:
    ref = add_request("ana@example.com", ["deletion"], name="Ana Ruiz", regime="ccpa", received="2026-11-20T10:00")
    due = desk.requests.show(ref).milestone_dates["respond_by"]
    assert due is not None and due.month != 11  # a later month: the user pages there
    controller, page = _calendar(qtbot, desk)
    controller.show_month(due.year, due.month, select=due)

    cell = page.month_model.index_of(due)
    summary = page.month_model.data(cell, DayRole)
    assert summary is not None and summary.total >= 1 and summary.date == due
    assert page.month_model.data(cell, Qt.ItemDataRole.DisplayRole) == str(due.day)
    tooltip = page.month_model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert "due date" in tooltip
    sentences = [s for s in tooltip.split(". ") if s]
    assert all(s[0].isupper() or s[0].isdigit() for s in sentences), tooltip  # each sentence starts as one
    refs = [page.day_model.data(page.day_model.index(r, 0), ItemRole).ref for r in range(page.day_model.rowCount())]
    assert ref in refs

    with qtbot.waitSignal(controller.request_wanted, timeout=1000) as opened:
        row = refs.index(ref)
        page.day_table.clicked.emit(page.day_model.index(row, 0))
    assert opened.args[1] == ref


def test_the_agenda_lists_overdue_first(qtbot: Any, desk: Any, add_request: Callable[..., str]) -> None:
    late = add_request("old@example.com", ["access"], regime="gdpr", received="2026-09-01T10:00")
    soon = add_request("new@example.com", ["access"], regime="gdpr", received="2026-11-24T10:00")
    _controller, page = _calendar(qtbot, desk)
    model = page.agenda_model
    sections = [model.data(model.index(r, 0), HeadingRole) for r in range(model.rowCount())]
    headings = [s for s in sections if s]
    assert headings[0] == "overdue"
    items = [model.data(model.index(r, 0), ItemRole) for r in range(model.rowCount())]
    order = [i.ref for i in items if i is not None]
    assert order.index(late) < order.index(soon)
    first_item = next(i for i in items if i is not None)
    assert first_item.ref == late and first_item.urgency == "overdue"


def test_calendar_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any,
                                               add_request: Callable[..., str]) -> None:
    add_request("ana@example.com", ["deletion"], regime="ccpa", received="2026-11-20T10:00")
    add_request("old@example.com", ["access"], regime="gdpr", received="2026-09-01T10:00")
    controller, page = _calendar(qtbot, desk)
    controller.show_day(date(2026, 11, 25))
    for model in (page.month_model, page.day_model, page.agenda_model):
        qtmodeltester.check(model)
