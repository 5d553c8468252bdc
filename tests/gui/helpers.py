"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def wait_idle(qtbot: Any, gui: Any) -> None:
    """Wait until every worker task has finished and the table has the rows it asked for."""
    qtbot.waitUntil(lambda: gui.runner.is_idle() and not gui.model.is_loading())


def table_refs(gui: Any) -> list[str]:
    return [gui.model.ref_at(row) for row in range(gui.model.rowCount())]


def choose_queue(qtbot: Any, gui: Any, queue: str) -> None:
    """Click a queue in the sidebar."""
    window = gui.window
    row = window.nav.row_of(f"queue:{queue}")
    assert row is not None, queue
    rect = window.sidebar.visualRect(window.nav.index(row, 0))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, gui)


def make_desk(qtbot: Any, services: Any, **options: Any) -> Any:
    """The whole window (``ui.app.Desk``) on ``services``, shown, first queries done. pytest-qt closes
    the window after the test, which shuts the desk down (threads stopped)."""
    from privacydesk.ui.app import Desk

    options.setdefault("use_tray", False)
    gui = Desk(services, **options)
    qtbot.addWidget(gui.window)
    gui.start()
    wait_idle(qtbot, gui)
    return gui
