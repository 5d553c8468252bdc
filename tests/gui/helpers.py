"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from typing import Any


def wait_idle(qtbot: Any, win: Any) -> None:
    """Wait until every worker task has finished and the table has the rows it asked for."""
    qtbot.waitUntil(lambda: win.runner.is_idle() and not win.model.is_loading())


def table_refs(win: Any) -> list[str]:
    return [win.model.ref_at(row) for row in range(win.model.rowCount())]
