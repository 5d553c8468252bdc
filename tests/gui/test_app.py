"""Starting the window as a user does: first run (welcome, demo, setting up a business), later starts,
``privacydesk gui --demo``, importing mail from the File menu, the real table model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from privacydesk.resources import resource_path
from privacydesk.ui import app as ui_app
from privacydesk.ui.app import Desk, GuiApp
from privacydesk.ui.main_window import MainWindow
from privacydesk.ui.welcome.screen import WelcomeScreen

from .helpers import choose_queue, table_refs, wait_idle

DEMO = resource_path("demo")
needs_demo = pytest.mark.skipif(not DEMO.is_dir(), reason="the demo mailbox is not in resources/ yet")


@pytest.fixture
def opened_folders(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The data folders the window opened services on, in order."""
    seen: list[Path] = []
    real = ui_app.open_services

    def recording(paths: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(paths.data_dir)
        return real(paths, *args, **kwargs)

    monkeypatch.setattr(ui_app, "open_services", recording)
    return seen


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def when(condition: Callable[[], bool], then: Callable[[], None], seen: dict[str, Any]) -> None:
    """Poll the event loop until ``condition``, then run ``then`` (give up after ~30 s, closing all)."""
    if condition():
        then()
        return
    seen["polls"] = seen.get("polls", 0) + 1
    if seen["polls"] > 1500:
        for w in QApplication.topLevelWidgets():
            w.close()
        QApplication.quit()
        return
    QTimer.singleShot(20, lambda: when(condition, then, seen))


def loaded_window() -> MainWindow | None:
    windows = main_windows()
    if not windows:
        return None
    table = windows[0].findChild(QTableView, "requestTable")
    return windows[0] if table is not None and table.model().rowCount() > 0 else None


def note_and_close(seen: dict[str, Any]) -> None:
    win = loaded_window()
    assert win is not None
    seen["rows"] = win.findChild(QTableView, "requestTable").model().rowCount()
    seen["title"] = win.windowTitle()
    seen["demo_bar"] = win.demo_bar.isVisible()
    win.close()


@needs_demo
def test_gui_demo_opens_a_throwaway_folder_with_the_demo_mailbox(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened_folders: list[Path]) -> None:
    from privacydesk.cli import main

    real = tmp_path / "real-data"
    monkeypatch.setenv("PRIVACYDESK_DATA_DIR", str(real))
    # The demo must never write into the configured database.
    monkeypatch.setenv("PRIVACYDESK_DB_URL", f"sqlite:///{tmp_path / 'must-not-exist.sqlite3'}")
    seen: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: when(lambda: loaded_window() is not None, lambda: note_and_close(seen), seen))
    assert main(["gui", "--demo"]) == 0
    assert seen.get("rows", 0) > 5
    assert "demo" in seen["title"] and seen["demo_bar"]
    assert len(opened_folders) == 1 and not opened_folders[0].exists()  # removed on exit
    assert not (tmp_path / "must-not-exist.sqlite3").exists()
    assert not real.exists()


@needs_demo
def test_gui_demo_uses_the_data_dir_given_when_it_is_new_or_a_demo(
        qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from privacydesk.cli import main
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest

    folder = tmp_path / "my-demo"
    seen: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: when(lambda: loaded_window() is not None, lambda: note_and_close(seen), seen))
    assert main(["--data-dir", str(folder), "gui", "--demo"]) == 0
    assert seen.get("rows", 0) > 5
    assert (folder / "privacydesk.sqlite3").exists() and (folder / "DEMO.txt").exists()  # kept: it was asked for
    again: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: when(lambda: loaded_window() is not None, lambda: note_and_close(again), again))
    assert main(["--data-dir", str(folder), "gui", "--demo"]) == 0
    assert again["rows"] == seen["rows"]  # the same demo, nothing imported twice

    # A real workspace that merely has no requests yet never receives the demo mailbox.
    own = tmp_path / "own"
    services = open_services(AppPaths(own))
    services.close()
    assert main(["--data-dir", str(own), "gui", "--demo"]) == 1
    assert "holds your own data" in capsys.readouterr().err
    with_request = open_services(AppPaths(own))
    try:
        assert with_request.requests.list() == []
        with_request.requests.create(NewRequest(email="a@example.com", types=["access"]))
    finally:
        with_request.close()


@needs_demo
def test_first_run_welcome_then_the_demo_then_leaving_it(
        qtbot: Any, tmp_path: Path, opened_folders: list[Path]) -> None:
    from privacydesk.paths import AppPaths

    own = AppPaths(tmp_path / "fresh")
    gui = GuiApp(own, use_tray=False)
    quits: list[int] = []
    gui.quit_requested = lambda: quits.append(1)
    gui.start()
    welcome = gui.welcome
    assert isinstance(welcome, WelcomeScreen) and welcome.isVisible() and gui.desk is None
    assert not own.db_file.exists()  # nothing is created before the user chooses
    qtbot.mouseClick(welcome.demo_button, ui_app.Qt.MouseButton.LeftButton)
    desk = gui.desk
    assert desk is not None and desk.demo and desk.window.demo_bar.isVisible()
    qtbot.waitUntil(lambda: desk.model.rowCount() > 5 and desk.runner.is_idle(), timeout=30000)
    assert opened_folders == [own.data_dir / "demo"] and (own.data_dir / "demo" / "DEMO.txt").exists()
    assert not own.db_file.exists()  # the demo never touches the user's own data
    # Leaving takes one click; without a mailbox added, the demo goes and the welcome comes back.
    qtbot.mouseClick(desk.window.demo_button, ui_app.Qt.MouseButton.LeftButton)
    assert gui.desk is None and isinstance(gui.welcome, WelcomeScreen) and gui.welcome.isVisible()
    assert not (own.data_dir / "demo").exists() and quits == []
    gui.welcome.close()
    assert quits == [1]  # closing the welcome screen ends the program


def test_set_up_my_business_writes_the_profile_then_asks_for_a_mailbox(
        qtbot: Any, tmp_path: Path, memory_keyring: Any) -> None:
    from privacydesk.domain.profile import load_profile
    from privacydesk.paths import AppPaths

    own = AppPaths(tmp_path / "fresh")
    gui = GuiApp(own, use_tray=False)
    gui.quit_requested = lambda: None
    gui.start()
    welcome = gui.welcome
    assert welcome is not None
    qtbot.mouseClick(welcome.setup_button, ui_app.Qt.MouseButton.LeftButton)
    welcome.company_name.setText("")
    welcome.privacy_email.setText("not an address")
    welcome.time_zone.setCurrentText("Mars/Olympus")
    for regime in ("gdpr", "uk_gdpr", "pipeda", "fadp", "ccpa", "ca_shine_the_light"):
        welcome.set_regime_checked(regime, False)
    qtbot.mouseClick(welcome.save_button, ui_app.Qt.MouseButton.LeftButton)
    shown = {key: label.text() for key, label in welcome.problems.items() if label.isVisible()}
    assert set(shown) == {"company_name", "privacy_email", "time_zone", "regimes"}
    assert not own.profile_file.exists() and gui.desk is None
    welcome.company_name.setText("Acme Widgets Ltd")
    welcome.privacy_email.setText("Privacy@Acme.example")
    welcome.time_zone.setCurrentText("Europe/London")
    welcome.country.setCurrentIndex(welcome.country.findData("GB"))
    welcome.set_regime_checked("uk_gdpr", True)
    welcome.staff_name.setText("Ana Ruiz")
    qtbot.mouseClick(welcome.save_button, ui_app.Qt.MouseButton.LeftButton)
    desk = gui.desk
    assert desk is not None and not desk.demo
    profile = load_profile(own.profile_file)
    assert (profile.legal_name, profile.privacy_email, profile.time_zone) == ("Acme Widgets Ltd",
                                                                             "privacy@acme.example",
                                                                             "Europe/London")
    assert profile.covered_regimes == ("uk_gdpr",) and profile.business_calendar == "GB"
    assert profile.own_domains == () and profile.deadline_commitments == ()  # nothing of 3DPros's
    assert desk.services.settings.staff_name() in ("Ana Ruiz", "tester")  # PRIVACYDESK_USER wins in tests
    assert "Acme Widgets Ltd" in desk.window.windowTitle()
    # Then "Connect a mailbox": the account form is open.
    qtbot.waitUntil(lambda: desk.mail.form is not None and desk.mail.form.isVisible())
    desk.mail.form.reject()
    desk.close()
    # Later starts open the user's own data, no welcome.
    later = GuiApp(own, use_tray=False)
    later.quit_requested = lambda: None
    later.start()
    assert later.welcome is None and later.desk is not None and not later.desk.demo
    later.desk.close()


@needs_demo
def test_a_mailbox_added_in_the_demo_is_not_thrown_away(
        qtbot: Any, tmp_path: Path, memory_keyring: Any) -> None:
    from privacydesk.paths import AppPaths
    from privacydesk.services.accounts import NewAccount
    from privacydesk.ui.dialogs import yes_button

    own = AppPaths(tmp_path / "fresh")
    gui = GuiApp(own, use_tray=False)
    gui.quit_requested = lambda: None
    gui.start()
    assert gui.welcome is not None
    gui.welcome_controller.try_demo()
    desk = gui.desk
    assert desk is not None
    desk.mail_view.keep_watching.setChecked(False)  # no connection to a server that does not exist
    desk.services.accounts.add(NewAccount(name="team", host="imap.example.com", username="team@acme.example"),
                               "app-password")
    desk.mail.reload_accounts()
    qtbot.waitUntil(lambda: [a.name for a in desk.mail.accounts] == ["team"])
    qtbot.mouseClick(desk.window.demo_button, ui_app.Qt.MouseButton.LeftButton)
    box = desk.dialogs.last_message
    assert isinstance(box, QMessageBox) and "team" in box.text() and "Keep it" in yes_button(box).text()
    assert box.defaultButton() is not yes_button(box)  # nothing consequential pre-selected
    yes_button(box).click()
    # Keeping the mailbox needs the user's own data: the setup form comes first.
    welcome = gui.welcome
    assert welcome is not None and welcome.stack.currentWidget() is welcome.setup_page
    welcome.company_name.setText("Acme Widgets Ltd")
    welcome.privacy_email.setText("privacy@acme.example")
    qtbot.mouseClick(welcome.save_button, ui_app.Qt.MouseButton.LeftButton)
    mine = gui.desk
    assert mine is not None and not mine.demo
    assert [a.name for a in mine.services.accounts.list_accounts()] == ["team"]
    assert mine.services.accounts.password("team") == "app-password"
    assert not (own.data_dir / "demo").exists()
    if mine.mail.form is not None:
        mine.mail.form.reject()
    mine.close()


@needs_demo
def test_import_mail_adds_requests_and_reports(qtbot: Any, window: Desk) -> None:
    files = sorted(DEMO.glob("en-request-*.eml"))[:3]
    assert files
    choose_queue(qtbot, window, "all")
    window.importer.import_files(files)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.last_message, QMessageBox))
    wait_idle(qtbot, window)
    box = window.dialogs.last_message
    assert box.windowTitle() == "Import finished"
    assert "3 new messages" in box.text() and "3 new requests" in box.text()
    assert len(table_refs(window)) == 3
    qtbot.waitUntil(lambda: window.requests.counts is not None and window.requests.counts.total == 3)


def test_real_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any, add_request: Any,
                                            open_desk: Callable[..., Desk]) -> None:
    for n in range(5):
        add_request(f"p{n}@example.com", ["access", "deletion"][n % 2:n % 2 + 1], name=f"P {n}",
                    received=f"2026-11-{10 + n}T10:00")
    gui = open_desk(desk)
    assert gui.model.rowCount() == 5
    qtmodeltester.check(gui.model, force_py=True)
    qtmodeltester.check(gui.window.nav, force_py=True)


def test_gui_opens_the_chosen_data_folder(qapp: Any, tmp_path: Path, opened_folders: list[Path]) -> None:
    from privacydesk.cli import main
    from privacydesk.paths import AppPaths
    from privacydesk.services.app import open_services
    from privacydesk.services.requests import NewRequest

    data = tmp_path / "desk"
    services = open_services(AppPaths(data))
    services.requests.create(NewRequest(email="ann@example.com", types=["access"], name="Ann"))
    services.close()
    seen: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: when(lambda: loaded_window() is not None, lambda: note_and_close(seen), seen))
    assert main(["--data-dir", str(data), "gui"]) == 0
    assert seen.get("rows") == 1 and not seen["demo_bar"]
    assert opened_folders == [data.resolve()]
    assert (data / "window-state.ini").exists()  # window state kept beside the database


def test_no_display_gives_a_message_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from privacydesk.cli import main

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--data-dir", str(tmp_path / "d"), "gui", "--no-demo"]) == 1
    assert "no display was found" in capsys.readouterr().err


def test_a_login_like_root_is_not_a_name_the_window_asks(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from privacydesk.domain import settings as decl
    from privacydesk.paths import AppPaths
    from privacydesk.ui.settings.staff import StaffNameDialog

    monkeypatch.delenv("PRIVACYDESK_USER", raising=False)
    monkeypatch.setattr("privacydesk.services.settings.os_full_name", lambda: "")
    monkeypatch.setattr("privacydesk.services.settings.os_login", lambda: "root")
    own = AppPaths(tmp_path / "own")
    gui = GuiApp(own, use_tray=False)
    gui.quit_requested = lambda: None
    gui.start(force_own=True)
    desk = gui.desk
    assert desk is not None
    dialog = desk.dialogs.active_dialog
    assert isinstance(dialog, StaffNameDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("Ana Ruiz")
    dialog.accept()
    assert desk.services.settings.get(decl.STAFF_NAME) == "Ana Ruiz"
    assert desk.services.requests.actor() == "Ana Ruiz"
    desk.close()


def test_closing_a_demo_that_holds_a_mailbox_asks_first(qtbot: Any, desk: Any, memory_keyring: Any,
                                                       open_desk: Callable[..., Desk]) -> None:
    from privacydesk.domain import settings as decl
    from privacydesk.services.accounts import NewAccount

    desk.settings.set(decl.MAIL_KEEP_WATCHING, False)
    desk.accounts.add(NewAccount(name="team", host="imap.example.com", username="team@acme.example"), "pw")
    gui = open_desk(desk, demo=True)
    qtbot.waitUntil(lambda: [a.name for a in gui.mail.accounts] == ["team"])
    leaving: list[int] = []
    gui.leave_demo_requested.connect(lambda: leaving.append(1))
    gui.window.close()
    assert gui.window.isVisible()  # not closed away without a word
    box = gui.dialogs.last_message
    assert isinstance(box, QMessageBox) and "team" in box.text() and "Leave the demo" in box.text()
    assert box.defaultButton() is not None and box.defaultButton().text() == "Close anyway"
    box.defaultButton().click()
    qtbot.waitUntil(lambda: not gui.window.isVisible())
    assert leaving == []
