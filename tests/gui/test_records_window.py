"""Records in the window (issue 13): the Reports menu (register, yearly figures, case file), the daily
purge, the audit anchor's warning and check, backups — each part alone with the inline runner, on real
services and a real SQLite database; files really written."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from privacydesk.domain import settings as decl
from privacydesk.paths import AppPaths
from privacydesk.services.app import open_services
from privacydesk.services.requests import NewRequest
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost, yes_button
from privacydesk.ui.maintenance.controller import MaintenanceController, purge_question
from privacydesk.ui.maintenance.view import AuditWarningBar
from privacydesk.ui.reports.controller import ReportsController
from privacydesk.ui.reports.dialogs import RegisterChoice
from privacydesk.ui.reports.metrics_model import MetricsModel
from privacydesk.ui.workers import InlineRunner

from .conftest import GUI_NOW

LONG_AGO = datetime(2024, 3, 1, 15, 0, tzinfo=UTC)


def _add(services: Any, email: str, types: list[str], received: str, **extra: Any) -> str:
    return str(services.requests.create(NewRequest(email=email, types=types, regime="ccpa",
                                                   received=datetime.fromisoformat(received), **extra)).ref)


@pytest.fixture
def records_desk(tmp_path: Path) -> Iterator[Any]:
    """Two requests answered in 2024 (past the 24 months 3DPros keeps data) and two from 2026, one
    answered in part; today is 25 Nov 2026."""
    paths = AppPaths(tmp_path / "data")
    then = open_services(paths, clock=lambda: LONG_AGO)
    try:
        for name in ("old1", "old2"):
            ref = _add(then, f"{name}@example.com", ["access"], "2024-02-01T10:00", name=name.title())
            then.requests.verify(ref, "matched_records")
            then.requests.set_status(ref, "completed", outcome="full")
    finally:
        then.close()
    services = open_services(paths, clock=lambda: GUI_NOW)
    recent = _add(services, "ann@example.com", ["access", "deletion"], "2026-11-02T10:00", name="Ann")
    services.requests.verify(recent, "matched_records")
    services.requests.set_status(recent, "completed", outcome="partial")
    _add(services, "bo@example.com", ["deletion"], "2026-11-20T10:00", name="Bo")
    try:
        yield services
    finally:
        services.close()


class Memory:
    def __init__(self) -> None:
        self.day: date | None = None

    def last(self) -> date | None:
        return self.day

    def remember(self, day: date) -> None:
        self.day = day


class Parts:
    def __init__(self, qtbot: Any, services: Any, *, team: bool = False, offer: bool = True) -> None:
        labels.use_today(services.requests.today)
        self.services = services
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.runner = InlineRunner()
        self.dialogs = DialogHost(self.host)
        self.status: list[str] = []
        status = lambda text, _ms: self.status.append(text)  # noqa: E731
        self.reports = ReportsController(services.records, self.runner, self.dialogs, status,
                                         company=services.profile.legal_name, today=services.requests.today)
        self.bar = AuditWarningBar(self.host)
        self.memory = Memory()
        self.maintenance = MaintenanceController(
            services.retention, services.audit, services.backups, self.runner, self.dialogs, status, self.bar,
            team_database=team, actor=services.requests.actor, offer_enabled=lambda: offer, memory=self.memory,
            today=services.requests.today)

    def message(self) -> QMessageBox:
        box = self.dialogs.last_message
        assert isinstance(box, QMessageBox)
        return box


@pytest.fixture
def parts(qtbot: Any, records_desk: Any) -> Parts:
    return Parts(qtbot, records_desk)


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


# -- the register ---------------------------------------------------------------------------------------

def test_export_the_register_as_csv_or_json_for_a_period(parts: Parts, tmp_path: Path) -> None:
    dialog = parts.reports.export_register()
    assert dialog.choice() == RegisterChoice("csv", None, None)
    dialog.choose_period("this_year")
    assert dialog.choice() == RegisterChoice("csv", date(2026, 1, 1), date(2026, 12, 31))
    assert dialog.choice().file_name(date(2026, 11, 25)) == "privacy-requests-register-2026.csv"
    dialog.choose_period("dates")
    dialog.start.setDate(dialog.end.date().addDays(1))
    assert not dialog.ok_button.isEnabled() and "after" in dialog.problem.text()

    target = tmp_path / "register.csv"
    parts.reports.save_register(target, RegisterChoice("csv", date(2026, 1, 1), date(2026, 12, 31)))
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["outcome"] for r in rows] == ["complied_partial", ""]
    assert rows[0]["types"] == "access;deletion" and private(target)
    assert parts.status[-1].startswith("Register saved (2 requests): ")

    everything = tmp_path / "register"  # no suffix: the format's is added
    parts.reports.save_register(everything, RegisterChoice("json", None, None))
    data = json.loads((tmp_path / "register.json").read_text(encoding="utf-8"))
    assert len(data) == 4 and {r["outcome"] for r in data} == {"complied_full", "complied_partial", None}


def test_a_register_that_cannot_be_written_says_so(parts: Parts, tmp_path: Path) -> None:
    failed: list[str] = []
    parts.reports.failed.connect(failed.append)
    parts.reports.save_register(tmp_path / "missing" / "register.csv", RegisterChoice("csv", None, None))
    assert failed and "does not exist" in failed[0]
    assert parts.message().windowTitle() == "The register was not written"


# -- the yearly figures -----------------------------------------------------------------------------------

def test_yearly_figures_in_the_window_then_csv_and_pdf(parts: Parts, qtmodeltester: Any, tmp_path: Path) -> None:
    dialog = parts.reports.show_metrics()
    qtmodeltester.check(dialog.model)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [["Access (right to know)", "1", "0", "1", "0", "23", "23"],
                    ["Deletion", "2", "0", "1", "0", "23", "23"],
                    ["All requests", "2", "0", "1", "0", "23", "23"]]
    assert dialog.save_csv.isEnabled() and dialog.save_pdf.isEnabled()
    dialog.year.setValue(2024)  # the figures follow the year
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Access (right to know)", "All requests"]
    assert model.index(0, 2).data() == "2"
    dialog.year.setValue(2019)
    assert model.rowCount() == 0 and dialog.empty.text() == "No requests were received in 2019."
    dialog.year.setValue(2026)
    csv_path, pdf_path = tmp_path / "figures.csv", tmp_path / "figures"
    parts.reports.save_metrics(csv_path, model.metrics, "csv")
    assert csv_path.read_text(encoding="utf-8").splitlines()[0].startswith("type,received,")
    parts.reports.save_metrics(pdf_path, model.metrics, "pdf")
    pdf = (tmp_path / "figures.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and private(tmp_path / "figures.pdf")
    assert dialog.status.text() == f"Saved as {tmp_path / 'figures.pdf'}"


def test_metrics_model_without_figures(qtmodeltester: Any, qtbot: Any) -> None:
    model = MetricsModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.headerData(1, Qt.Orientation.Horizontal) == "Received"


# -- a case file ---------------------------------------------------------------------------------------------

def test_case_file_of_the_selected_request_goes_into_a_new_folder(parts: Parts, tmp_path: Path) -> None:
    ref = parts.services.requests.list(status="open")[0].ref
    assert parts.reports.export_case(None) is None
    assert parts.message().text() == "Select a request in the list first."
    chooser = parts.reports.export_case(ref)
    assert chooser is not None and chooser.isVisible()
    chooser.close()
    written: list[Path] = []
    parts.reports.file_written.connect(written.append)
    parts.reports.write_case_file(ref, tmp_path)
    parts.reports.write_case_file(ref, tmp_path)  # again: a second folder, never mixed with the first
    assert written == [tmp_path / f"{ref} case file", tmp_path / f"{ref} case file (2)"]
    summary = (written[0] / "summary.txt").read_text(encoding="utf-8")
    assert summary.startswith(f"Case file {ref}")
    box = parts.message()
    assert box.windowTitle() == "Case file written" and "keep it somewhere only you can read" in box.text()
    assert yes_button(box).text() == "Open the folder"


# -- the daily purge -----------------------------------------------------------------------------------------

def test_the_daily_purge_is_offered_once_a_day_in_plain_words(parts: Parts) -> None:
    services = parts.services
    old = [r.ref for r in services.requests.list() if r.received_date.year == 2024]
    parts.maintenance.start()
    box = parts.maintenance.question
    assert box is not None and box.isVisible()
    text = box.text()
    assert box.windowTitle() == "Remove personal data past the retention period?"
    assert "no longer than 24 months (2 years) after a request is closed" in text
    assert f"The personal data of 2 closed requests ({old[0]}, {old[1]})" in text
    assert "What is kept:" in text and "register" in text and "This cannot be undone." in text
    assert "None" not in text and not re.search(r"\d{4}-\d\d-\d\d", text) and "_" not in text
    assert "0 messages" not in text  # typed in by hand: no messages to speak of
    # "Not now": nothing goes, and it is not asked again today.
    box.reject()
    assert services.retention.plan().requests == tuple(old)
    assert parts.memory.day == date(2026, 11, 25)
    parts.maintenance.question = None
    parts.maintenance.start()
    assert parts.maintenance.question is None


def test_remove_now_purges_on_the_writer_and_says_what_went(parts: Parts) -> None:
    services = parts.services
    purged: list[Any] = []
    parts.maintenance.data_purged.connect(purged.append)
    parts.maintenance.start()
    yes_button(parts.maintenance.question).click()
    assert len(purged) == 1 and "purge" in parts.runner.tasks
    assert parts.status[-1] == "Removed the personal data of 2 closed requests (older than 24 months (2 years))."
    assert services.retention.plan().empty
    old = [r for r in services.requests.list() if r.received_date.year == 2024]
    assert all(r.requester.name is None for r in old)  # the names went; the register rows stay
    assert services.audit.verify().ok
    # On demand, with nothing left: it says so.
    parts.maintenance.purge()
    assert parts.message().windowTitle() == "Nothing to remove"
    assert "Requests closed before Mon 25 Nov 2024 would be." in parts.message().text()


def test_no_daily_offer_when_switched_off(qtbot: Any, records_desk: Any) -> None:
    off = Parts(qtbot, records_desk, offer=False)
    off.maintenance.start()
    assert off.maintenance.question is None and "retention plan" not in off.runner.tasks
    assert decl.RETENTION_OFFER_ON_START.default is True


def test_purge_question_words_without_requests() -> None:
    from privacydesk.services.retention import PurgePlan

    text = purge_question(PurgePlan(date(2026, 11, 25), 18, date(2025, 5, 25), (), 0, 3, 0))
    assert "18 months after a request is closed" in text
    assert "What is kept about 3 other messages that were not requests" in text
    assert "closed request" not in text.split("What is kept:")[0]


# -- the audit anchor -----------------------------------------------------------------------------------------

def test_the_audit_warning_bar_says_what_it_means_and_what_to_do(parts: Parts) -> None:
    audit = parts.services.audit
    parts.maintenance.check_anchor()
    assert not parts.bar.isVisibleTo(parts.host)
    # This computer saw events the database no longer has (a wiped tail, an older copy).
    status = audit.anchor_status()
    audit.anchor.write(status.database_event + 5, "0" * 64, only_forward=False)
    parts.maintenance.check_anchor()
    assert parts.bar.isVisibleTo(parts.host)
    text = parts.bar.text.text()
    assert parts.bar.title.text() == "The audit trail does not match what this computer saw"
    assert text.startswith("This database's history of changes ends at event ")
    assert "File → Restore…" in text and "privacydesk restore" not in text
    parts.bar.check_button.click()
    box = parts.message()
    assert box.windowTitle() == "The audit trail does not check out"
    assert "Change nothing for now" in box.text() and "File → Restore…" in box.text()


def test_check_the_audit_trail_when_all_is_well(parts: Parts) -> None:
    parts.maintenance.verify_audit()
    box = parts.message()
    assert box.windowTitle() == "Audit trail checked"
    assert box.text().startswith("The audit trail checks out: ") and "all 4 requests match their history" in box.text()
    assert parts.status[-1] == "The audit trail checks out."


# -- backups --------------------------------------------------------------------------------------------------

def test_back_up_then_restore_with_a_confirmation(parts: Parts, tmp_path: Path) -> None:
    services = parts.services
    target = tmp_path / "backups" / "monday"
    target.parent.mkdir()
    parts.maintenance.back_up(target)
    written = tmp_path / "backups" / "monday.sqlite3"
    assert written.exists() and private(written)
    assert parts.message().text().startswith(f"Backup written to {written}: 4 requests, ")
    later = _add(services, "cy@example.com", ["access"], "2026-11-24T10:00", name="Cy")
    assert later in services.requests.refs()
    replaced: list[Any] = []
    parts.maintenance.database_replaced.connect(replaced.append)
    parts.maintenance.restore(written)
    box = parts.maintenance.question
    assert box is not None and box.windowTitle() == "Restore from a backup?"
    assert "Now: 5 requests" in box.text() and "The backup: 4 requests" in box.text()
    assert "kept as a copy in the data folder" in box.text()
    box.reject()  # Cancel: nothing changes
    assert later in services.requests.refs() and not replaced
    parts.maintenance.restore(written)
    yes_button(parts.maintenance.question).click()
    assert len(replaced) == 1 and later not in services.requests.refs()
    assert parts.message().windowTitle() == "Backup restored"
    assert services.audit.verify().ok and not parts.bar.isVisibleTo(parts.host)


def test_a_file_that_is_not_a_backup_is_refused(parts: Parts, tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    parts.maintenance.restore(junk)
    assert parts.maintenance.question is None
    assert parts.message().windowTitle() == "Nothing was restored"
    assert "not a PrivacyDesk backup" in parts.message().text()


def test_on_a_team_database_backups_point_to_the_servers_tools(qtbot: Any, records_desk: Any) -> None:
    team = Parts(qtbot, records_desk, team=True)
    assert team.maintenance.choose_backup_file() is None
    assert "pg_dump" in team.message().text()
    assert team.maintenance.choose_restore_file() is None
    assert "pg_restore" in team.message().text()


def test_the_file_choosers_suggest_a_name(parts: Parts) -> None:
    chooser = parts.maintenance.choose_backup_file()
    assert chooser is not None and chooser.isVisible()
    assert chooser.selectedFiles()[0].endswith("privacydesk-backup-2026-11-25.sqlite3")
    chooser.close()


@pytest.fixture(autouse=True)
def _no_desktop_open(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Never open a real file manager from a test."""
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    return lambda: None


# -- in the whole window -------------------------------------------------------------------------------------

def test_the_window_warns_offers_and_reports(qtbot: Any, records_desk: Any, open_desk: Any) -> None:
    """Real worker threads: on opening, the audit warning bar and the daily purge offer; the Reports
    menu's figures; File → Remove old personal data… refreshes the lists."""
    audit = records_desk.audit
    audit.anchor.write(audit.anchor_status().database_event + 3, "0" * 64, only_forward=False)
    gui = open_desk(records_desk)
    qtbot.waitUntil(lambda: gui.audit_bar.isVisible())
    assert "but this computer saw it reach event" in gui.audit_bar.text.text()
    qtbot.waitUntil(lambda: gui.maintenance.question is not None and gui.maintenance.question.isVisible())
    assert "What will be removed" in gui.maintenance.question.text()
    with qtbot.waitSignal(gui.maintenance.data_purged):
        yes_button(gui.maintenance.question).click()
    qtbot.waitUntil(lambda: "Removed the personal data of 2 closed requests" in gui.window.statusBar().currentMessage())
    gui.action_metrics.trigger()
    dialog = gui.reports.metrics_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert dialog.isVisible() and dialog.model.index(2, 0).data() == "All requests"
