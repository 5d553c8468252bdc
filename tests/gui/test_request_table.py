"""The triage table model on its own, with a fake row source (Vorta's habit: models without views)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QIcon

from privacydesk.services.queries import MilestoneInfo, RowData
from privacydesk.ui import labels, style
from privacydesk.ui.requests.table import (
    BROKEN,
    LOADING,
    Column,
    IdRole,
    RequestTableModel,
    RowRole,
    SortRole,
)
from privacydesk.ui.workers import TaskRunner

CHICAGO = ZoneInfo("America/Chicago")

CLOCKS = ["on_track", "due_soon", "overdue", "paused", "extended", "closed_on_time", "closed_late"]


def make_row(n: int, clock: str = "on_track", days_left: int | None = 10, **changes: Any) -> RowData:
    closed = clock.startswith("closed")
    values: dict[str, Any] = dict(
        id=n, ref=f"PD-2026-{n:04d}", requester_name=f"Person {n}", requester_email=f"p{n}@example.com",
        agent=None, types=("access",), regime="gdpr", regime_confirmed=True,
        status="completed" if closed else "acknowledged", verification="pending",
        received=datetime(2026, 11, 1, 10, 0, tzinfo=CHICAGO), assignee=None,
        milestones=(MilestoneInfo("respond_by", date(2026, 12, 1), "GDPR Art. 12(3): within one month"),),
        flags=(), clock_status=clock, next_milestone="respond_by", due=date(2026, 12, 1),
        days_left=days_left, clock_explanation=f"{clock}: respond_by 2026-12-01",
    )
    values.update(changes)
    return RowData(**values)


class FakeSource:
    """Rows kept in memory; records every query so tests can see what SQL would have been asked."""

    def __init__(self, rows: list[RowData]) -> None:
        self.rows = {r.id: r for r in rows}
        self.queries: list[tuple[str, str, bool, str]] = []
        self.row_requests: list[list[int]] = []

    def request_ids(self, filter: str, sort_key: str, descending: bool, search: str) -> list[int]:
        self.queries.append((filter, sort_key, descending, search))
        ids = [i for i, r in self.rows.items() if search.lower() in r.ref.lower()]
        return sorted(ids, reverse=descending)

    def request_rows(self, ids: Sequence[int]) -> list[RowData]:
        self.row_requests.append(list(ids))
        return [self.rows[i] for i in ids if i in self.rows]


@pytest.fixture
def runner(qtbot: Any) -> Any:
    r = TaskRunner()
    yield r
    r.shutdown()


def loaded_model(qtbot: Any, runner: TaskRunner, rows: list[RowData], page_size: int = 100) -> RequestTableModel:
    model = RequestTableModel(FakeSource(rows), runner, page_size=page_size)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    return model


def test_model_passes_qt_model_tester(qtbot: Any, qtmodeltester: Any, runner: TaskRunner) -> None:
    rows = [make_row(n, clock) for n, clock in enumerate(CLOCKS, start=1)]
    model = loaded_model(qtbot, runner, rows, page_size=3)  # some rows cached, some still to fetch
    qtmodeltester.check(model, force_py=True)
    qtbot.waitUntil(runner.is_idle)
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("clock, days_left, words", [
    ("on_track", 12, "On track · 12 days left"),
    ("due_soon", 1, "Due soon · 1 day left"),
    ("due_soon", 0, "Due soon · due today"),
    ("overdue", -4, "Overdue · 4 days late"),
    ("paused", 20, "Paused · waiting for the requester"),
    ("extended", 40, "Extended · 40 days left"),
    ("closed_on_time", None, "Closed on time"),
    ("closed_late", None, "Closed late"),
])
def test_days_left_has_words_icon_and_colour(qtbot: Any, runner: TaskRunner, clock: str,
                                             days_left: int | None, words: str) -> None:
    model = loaded_model(qtbot, runner, [make_row(1, clock, days_left)])
    index = model.index(0, Column.DAYS_LEFT)
    assert model.data(index) == words
    icon = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    background = model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color().name() == style.tint(clock).background
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == style.tint(clock).foreground


def test_every_clock_status_has_its_own_colour_and_icon(qtbot: Any, runner: TaskRunner) -> None:
    rows = [make_row(n, clock) for n, clock in enumerate(CLOCKS, start=1)]
    model = loaded_model(qtbot, runner, rows)
    colours = {model.data(model.index(r, Column.DAYS_LEFT), Qt.ItemDataRole.BackgroundRole).color().name()
               for r in range(len(rows))}
    images = {model.data(model.index(r, Column.DAYS_LEFT), Qt.ItemDataRole.DecorationRole).pixmap(32, 32)
              .toImage().bits().tobytes() for r in range(len(rows))}
    assert len(colours) == len(CLOCKS)
    assert len(images) == len(CLOCKS)


def test_cells_show_plain_words(qtbot: Any, runner: TaskRunner) -> None:
    labels.use_today(lambda: date(2026, 11, 25))
    row = make_row(1, "due_soon", 3, status="awaiting_verification", regime="ccpa", regime_confirmed=False,
                   types=("deletion", "opt_out_sale"), agent="Agent Co", assignee="dana")
    model = loaded_model(qtbot, runner, [row])

    def text(column: Column) -> str:
        return str(model.data(model.index(0, column)))

    assert text(Column.REF) == "PD-2026-0001"
    assert text(Column.REQUESTER) == "Person 1 (via agent)"
    assert text(Column.TYPES) == "deletion, opt-out of sale/sharing"
    assert text(Column.REGIME) == "California (CCPA) ?"  # the one label of the law, marked unconfirmed
    assert model.data(model.index(0, Column.REGIME), Qt.ItemDataRole.FontRole).italic()
    assert "not confirmed" in model.data(model.index(0, Column.REGIME), Qt.ItemDataRole.ToolTipRole)
    assert text(Column.STATUS) == "Awaiting verification"
    assert text(Column.VERIFICATION) == "Pending"
    assert text(Column.RECEIVED) == "1 Nov"
    assert text(Column.NEXT_MILESTONE) == "Send the answer"
    assert text(Column.DUE) == "Tue 1 Dec"
    assert text(Column.ASSIGNEE) == "dana"


def test_dates_explain_themselves_on_hover(qtbot: Any, runner: TaskRunner) -> None:
    model = loaded_model(qtbot, runner, [make_row(1, "due_soon", 3)])
    for column in (Column.NEXT_MILESTONE, Column.DUE, Column.DAYS_LEFT):
        tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
        assert "GDPR Art. 12(3): within one month" in tip
    received_tip = model.data(model.index(0, Column.RECEIVED), Qt.ItemDataRole.ToolTipRole)
    assert "Sun 1 Nov 2026, 10:00" in received_tip or "Sun 1 Nov, 10:00" in received_tip
    assert "respond_by" not in tip and "2026-12-01" not in tip


def test_tooltips_never_render_markup_from_data(qtbot: Any, runner: TaskRunner) -> None:
    model = loaded_model(qtbot, runner, [make_row(1, requester_name="<img src='http://evil.example/x'>")])
    tip = model.data(model.index(0, Column.REQUESTER), Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip
    assert "&lt;img" in tip


def test_custom_roles(qtbot: Any, runner: TaskRunner) -> None:
    row = make_row(7, "overdue", -2)
    model = loaded_model(qtbot, runner, [row])
    assert model.data(model.index(0, 0), RowRole) == row
    assert model.data(model.index(0, 0), IdRole) == 7
    assert model.data(model.index(0, Column.DAYS_LEFT), SortRole) == -2
    assert model.data(model.index(0, Column.DUE), SortRole) == "2026-12-01"


def test_rows_are_fetched_lazily_one_page_at_a_time(qtbot: Any, runner: TaskRunner) -> None:
    rows = [make_row(n) for n in range(1, 41)]
    model = loaded_model(qtbot, runner, rows, page_size=10)
    source = model._source
    assert source.row_requests == [list(range(1, 11))]  # only the first page came with the ids
    far = model.index(30, Column.REF)
    assert model.data(far) == LOADING
    qtbot.waitUntil(lambda: model.data(far) == "PD-2026-0031")
    assert len(source.row_requests) == 2
    assert 31 in source.row_requests[1] and len(source.row_requests[1]) <= 10


def test_header_click_becomes_a_new_query(qtbot: Any, runner: TaskRunner) -> None:
    model = loaded_model(qtbot, runner, [make_row(n) for n in (1, 2, 3)])
    with qtbot.waitSignal(model.loaded):
        model.sort(Column.REQUESTER, Qt.SortOrder.DescendingOrder)
    assert model._source.queries[-1] == ("open", "requester", True, "")
    assert [model.ref_at(r) for r in range(3)] == ["PD-2026-0003", "PD-2026-0002", "PD-2026-0001"]
    with qtbot.waitSignal(model.loaded):
        model.set_query(filter="overdue", search="0002")
    assert model._source.queries[-1] == ("overdue", "requester", True, "0002")
    assert model.rowCount() == 1


def test_refresh_changes_only_that_row(qtbot: Any, runner: TaskRunner) -> None:
    model = loaded_model(qtbot, runner, [make_row(n) for n in (1, 2, 3)])
    model._source.rows[2] = make_row(2, "overdue", -1, status="in_progress")
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), a.column(), b.row(), b.column())))
    with qtbot.waitSignal(model.rows_refreshed):
        assert model.refresh_ref("PD-2026-0002")
    assert changed == [(1, 0, 1, len(Column) - 1)]
    assert model.data(model.index(1, Column.STATUS)) == "In progress"
    assert model.data(model.index(1, Column.DAYS_LEFT)) == "Overdue · 1 day late"


def test_answers_to_an_older_query_are_dropped(qtbot: Any, runner: TaskRunner) -> None:
    model = loaded_model(qtbot, runner, [make_row(n) for n in (1, 2, 3)])
    model.set_query(search="0001")
    model.set_query(search="0003")  # the user typed on before the first answer came back
    qtbot.waitUntil(lambda: not model.is_loading() and runner.is_idle())
    assert [model.ref_at(r) for r in range(model.rowCount())] == ["PD-2026-0003"]


def test_a_cell_that_cannot_render_shows_a_placeholder(qtbot: Any, runner: TaskRunner) -> None:
    broken = make_row(1, received=None)  # .date() on None raises inside data()
    model = loaded_model(qtbot, runner, [broken])
    assert model.data(model.index(0, Column.RECEIVED)) == BROKEN
    assert model.data(model.index(0, Column.REF)) == "PD-2026-0001"


def test_a_failed_fetch_shows_a_placeholder_not_a_crash(qtbot: Any, runner: TaskRunner) -> None:
    model = loaded_model(qtbot, runner, [make_row(n) for n in range(1, 6)], page_size=2)

    def fail(ids: Sequence[int]) -> list[RowData]:
        raise OSError("disk went away")

    model._source.request_rows = fail
    index = model.index(4, Column.REF)
    assert model.data(index) == LOADING
    qtbot.waitUntil(lambda: model.data(index) == BROKEN)


def test_requery_inserts_removes_and_moves_rows_without_a_reset(
        qtbot: Any, qtmodeltester: Any, runner: TaskRunner) -> None:
    """New mail: the query runs again, the table changes row by row and the selection stays put."""
    from PySide6.QtCore import QPersistentModelIndex

    model = loaded_model(qtbot, runner, [make_row(n) for n in (1, 3, 5)])
    kept = QPersistentModelIndex(model.index(2, Column.REF))  # PD-2026-0005
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"insert {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(f"remove {first}-{last}"))
    model.layoutChanged.connect(lambda *_a: events.append("layout"))
    source = model._source
    del source.rows[1]
    for n in (2, 4, 6):
        source.rows[n] = make_row(n)
    asked = len(source.row_requests)
    with qtbot.waitSignal(model.requeried):
        model.requery()
    assert [model.ref_at(r) for r in range(model.rowCount())] == [f"PD-2026-{n:04d}" for n in (2, 3, 4, 5, 6)]
    assert events == ["remove 0-0", "insert 0-0", "insert 2-2", "insert 4-4"]
    assert source.row_requests[asked:] == [[2, 4, 6]]  # only the new rows were fetched
    assert kept.row() == 3 and model.data(kept) == "PD-2026-0005"

    events.clear()
    model.descending = True  # the same ids in another order: one layout change
    with qtbot.waitSignal(model.requeried):
        model.requery()
    assert [model.ref_at(r) for r in range(model.rowCount())] == [f"PD-2026-{n:04d}" for n in (6, 5, 4, 3, 2)]
    assert events == ["layout"]
    assert kept.row() == 1 and model.data(kept) == "PD-2026-0005"
    qtmodeltester.check(model, force_py=True)
