"""The company profile editor as issue 12 judges it, through its controller with the inline runner on
real services: an invalid field is refused with the field named (nothing saved); a valid edit is saved
and read back by the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from privacydesk.services import workspace
from privacydesk.ui.settings.profile import BusinessCalendarPage, CompanyPage
from privacydesk.ui.settings.profile_controller import ProfileController
from privacydesk.ui.workers import InlineRunner


def _editor(qtbot: Any, desk: Any) -> tuple[ProfileController, CompanyPage, QWidget]:
    host = QWidget()
    qtbot.addWidget(host)
    company = CompanyPage(tuple(desk.rules.regimes), workspace.time_zones())
    calendar = BusinessCalendarPage(desk.requests.today())
    qtbot.addWidget(company)
    qtbot.addWidget(calendar)
    controller = ProfileController(desk.profile_edit, InlineRunner(host), company, calendar, lambda: host,
                                   lambda _text, _ms: None, lambda: 0, parent=host)
    controller.load()
    return controller, company, host


def test_an_invalid_address_is_refused_with_its_field_named(qtbot: Any, desk: Any) -> None:
    controller, company, _host = _editor(qtbot, desk)
    before = desk.paths.profile_file.read_bytes() if desk.paths.profile_file.exists() else None
    company.privacy_email.setText("not an address")
    with qtbot.waitSignal(controller.save_refused, timeout=1000) as refused:
        controller.save()
    fields = [p.field for p in refused.args[0]]
    assert "privacy_email" in " ".join(fields)
    assert "not saved" in company.summary.text().lower() and "privacy" in company.summary.text().lower()
    after = desk.paths.profile_file.read_bytes() if desk.paths.profile_file.exists() else None
    assert after == before


def test_a_valid_edit_is_saved(qtbot: Any, desk: Any) -> None:
    controller, company, _host = _editor(qtbot, desk)
    company.legal_name.setText("Acme Prints Ltd")
    with qtbot.waitSignal(controller.profile_saved, timeout=1000):
        controller.save()
    assert "Acme Prints Ltd" in desk.paths.profile_file.read_text()
    assert desk.profile_edit.form().legal_name == "Acme Prints Ltd"
    assert desk.calendar.profile.legal_name == "Acme Prints Ltd"  # every service works for the new profile
    assert "not saved" not in company.summary.text().lower()
