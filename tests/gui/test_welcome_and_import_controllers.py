"""The first-run part and the import part alone, each through its controller (inline runner where the
part has one), without the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from privacydesk.paths import AppPaths
from privacydesk.resources import resource_path
from privacydesk.services import workspace
from privacydesk.services.mailimport import import_paths
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.mail.importer import ImportController, describe_import
from privacydesk.ui.welcome.controller import WelcomeController
from privacydesk.ui.welcome.screen import WelcomeScreen
from privacydesk.ui.workers import InlineRunner


def make_screen(qtbot: Any) -> WelcomeScreen:
    start = workspace.BusinessSetup("", "", "America/Chicago", "US", ("gdpr", "ccpa"))
    screen = WelcomeScreen(workspace.time_zones(), workspace.regimes(), start)
    qtbot.addWidget(screen)
    return screen


def test_welcome_controller_names_each_bad_field_and_writes_nothing(qtbot: Any, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "own")
    chosen: list[str] = []
    screen = make_screen(qtbot)
    controller = WelcomeController(screen, paths, lambda: chosen.append("demo"), lambda: chosen.append("set up"))
    screen.show_setup()
    screen.company_name.setText("  ")
    screen.privacy_email.setText("privacy@acme")
    screen.country.setCurrentText("Narnia")
    assert controller.save() is False
    problems = {k for k, label in screen.problems.items() if not label.isHidden()}
    assert problems == {"company_name", "country"}
    assert screen.problems["company_name"].text().startswith("Enter the company's name")
    assert not paths.profile_file.exists() and chosen == []


def test_welcome_controller_sets_up_and_hands_over(qtbot: Any, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "own")
    chosen: list[str] = []
    screen = make_screen(qtbot)
    controller = WelcomeController(screen, paths, lambda: chosen.append("demo"), lambda: chosen.append("set up"))
    screen.company_name.setText("Acme Widgets Ltd")
    screen.privacy_email.setText("privacy@acme.example")
    assert controller.save() is True and chosen == ["set up"]
    assert 'legal_name = "Acme Widgets Ltd"' in paths.profile_file.read_text()
    controller.try_demo()
    assert chosen == ["set up", "demo"]


def test_import_controller_reports_in_words(qtbot: Any, services: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    dialogs = DialogHost(host)
    status: list[str] = []
    imported: list[Any] = []
    controller = ImportController(lambda paths: import_paths(services.ingest, services.profile, paths),
                                  InlineRunner(), dialogs, lambda text, _ms: status.append(text))
    controller.imported.connect(imported.append)
    files = sorted(resource_path("demo").glob("en-request-*.eml"))[:1]
    controller.import_files(files)
    box = dialogs.last_message
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Import finished"
    assert box.text().startswith("Imported: 1 new message, ") and "1 new request" in box.text()
    assert status == ["Importing 1 file…", "Import finished."] and len(imported) == 1


def test_describe_import_uses_correct_plurals() -> None:
    from types import SimpleNamespace

    report = SimpleNamespace(new_messages=1, duplicates=2, non_requests=0, needs_review=1, automated=0, unreadable=0,
                             new_requests=["PD-2026-0001"], follow_ups=[], failures=[("a.eml", "not a message")])
    text = describe_import(report)
    assert text.startswith("Imported: 1 new message, 2 messages already imported, 1 message for a person")
    assert "1 new request." in text and "1 file could not be read" in text
    assert "1 new messages" not in text
