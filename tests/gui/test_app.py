"""Starting the window: ``privacydesk gui --demo``, mail import from the File menu, the real model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from privacydesk.resources import resource_path
from privacydesk.ui.main_window import MainWindow

from .helpers import table_refs, wait_idle

DEMO = resource_path("demo")
needs_demo = pytest.mark.skipif(not DEMO.is_dir(), reason="the demo mailbox is not in resources/ yet")


def close_when_loaded(seen: dict[str, Any]) -> None:
    """Poll the event loop until the demo window lists requests, note what it shows, close it."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows and windows[0].model.rowCount() > 0 and windows[0].runner.is_idle():
        win = windows[0]
        seen["rows"] = win.model.rowCount()
        seen["data_dir"] = win.services.paths.data_dir
        seen["title"] = win.windowTitle()
        win.close()
        return
    seen["polls"] = seen.get("polls", 0) + 1
    if seen["polls"] > 1500:  # ~30 s: give up rather than hang the suite
        for w in QApplication.topLevelWidgets():
            w.close()
        return
    QTimer.singleShot(20, lambda: close_when_loaded(seen))


@needs_demo
def test_gui_demo_opens_a_throwaway_folder_with_the_demo_mailbox(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from privacydesk.cli import main

    real = tmp_path / "real-data"
    monkeypatch.setenv("PRIVACYDESK_DATA_DIR", str(real))
    # The demo must never write into the configured database.
    monkeypatch.setenv("PRIVACYDESK_DB_URL", f"sqlite:///{tmp_path / 'must-not-exist.sqlite3'}")
    seen: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: close_when_loaded(seen))
    assert main(["gui", "--demo"]) == 0
    assert seen.get("rows", 0) > 5
    assert "demo" in seen["title"]
    assert not seen["data_dir"].exists()  # removed on exit
    assert not (tmp_path / "must-not-exist.sqlite3").exists()
    assert not real.exists()


@needs_demo
def test_import_mail_adds_requests_and_reports(qtbot: Any, window: MainWindow) -> None:
    files = sorted(DEMO.glob("en-request-*.eml"))[:3]
    assert files
    window.filter_box.setCurrentIndex(window.filter_box.findData("all"))
    wait_idle(qtbot, window)
    window.controller.import_files(files)
    qtbot.waitUntil(lambda: isinstance(window.controller.last_message, QMessageBox))
    wait_idle(qtbot, window)
    box = window.controller.last_message
    assert box.windowTitle() == "Import finished"
    assert "new messages" in box.text()
    assert len(table_refs(window)) >= 1
    qtbot.waitUntil(lambda: window.controller.counts is not None and window.controller.counts.total >= 1)


def test_real_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any, add_request: Any) -> None:
    for n in range(5):
        add_request(f"p{n}@example.com", ["access", "deletion"][n % 2:n % 2 + 1], name=f"P {n}",
                    received=f"2026-11-{10 + n}T10:00")
    win = MainWindow(desk)
    qtbot.addWidget(win)
    wait_idle(qtbot, win)
    assert win.model.rowCount() == 5
    qtmodeltester.check(win.model, force_py=True)
    win.controller.shutdown()


def test_gui_opens_the_chosen_data_folder(qapp: Any, tmp_path: Path) -> None:
    from privacydesk.cli import main
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest

    data = tmp_path / "desk"
    services = open_services(AppPaths(data))
    services.requests.create(NewRequest(email="ann@example.com", types=["access"], name="Ann"))
    services.close()
    seen: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: close_when_loaded(seen))
    assert main(["--data-dir", str(data), "gui"]) == 0
    assert seen.get("rows") == 1
    assert seen["data_dir"] == data.resolve()
    assert (data / "window-state.ini").exists()  # window state kept beside the database


@needs_demo
def test_first_start_without_a_mailbox_opens_the_demo(qapp: Any, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """`privacydesk` alone, before anything is set up, shows the demo and saves nothing."""
    from privacydesk.cli import main

    data = tmp_path / "fresh"
    seen: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: close_when_loaded(seen))
    assert main(["--data-dir", str(data)]) == 0
    assert seen.get("rows", 0) > 5 and "demo" in seen["title"]
    assert "privacydesk account add" in capsys.readouterr().err
    assert not (data / "privacydesk.sqlite3").exists()


def test_no_display_gives_a_message_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from privacydesk.cli import main

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--data-dir", str(tmp_path / "d"), "gui", "--no-demo"]) == 1
    assert "no display was found" in capsys.readouterr().err
