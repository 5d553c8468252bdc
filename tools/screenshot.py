"""Make ``docs/screenshots/*.png``: the window on the bundled demo mailbox, as a staff member sees it.

Run under a virtual X server at a laptop's size, so the real widget style and fonts are used::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot.py [--out docs/screenshots]

The demo is imported into a temporary data folder that is removed afterwards. "Today" is fixed
(``PRIVACYDESK_TODAY``, default 2026-11-25) and the staff member is "Ana Ruiz", so the pictures
do not change from one run to the next. Each picture is also a check: the script fails if the
toolbar overflows ("»") or a table column would cut its text.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("PRIVACYDESK_TODAY", "2026-11-25")
os.environ.setdefault("PRIVACYDESK_USER", "Ana Ruiz")

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from privacydesk.paths import AppPaths
from privacydesk.services import workspace
from privacydesk.services.accounts import NewAccount, SmtpConfig
from privacydesk.services.app import open_services
from privacydesk.services.demo import load_demo
from privacydesk.ui.app import Desk, application
from privacydesk.ui.requests.table import Column
from privacydesk.ui.welcome.screen import WelcomeScreen

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 1366, 768


def settle(condition: Callable[[], bool] = lambda: True, timeout_ms: int = 20000) -> None:
    loop = QEventLoop()
    waited = 0
    while not condition() and waited < timeout_ms:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
    if not condition():
        raise SystemExit("timed out waiting for the window")
    for _ in range(5):
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    image = widget.grab()
    path = out / name
    image.save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({image.width()}x{image.height()})")


def check_fit(desk: Desk) -> None:
    toolbar = desk.window.findChild(QToolBar, "requestToolbar")
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button") if toolbar else None
    if extension is not None and extension.isVisible():
        raise SystemExit("the toolbar does not fit: actions are hidden behind »")
    table = desk.page.table
    header = table.horizontalHeader()
    visible = [c for c in Column if not header.isSectionHidden(c)]
    if sum(header.sectionSize(c) for c in visible) > table.viewport().width():
        raise SystemExit("the table is wider than its place: columns are cut off")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = application()  # the QApplication must exist (and stay referenced) before any widget
    app.setQuitOnLastWindowClosed(False)

    with tempfile.TemporaryDirectory(prefix="privacydesk-shot-") as tmp:
        # 1. First run: the welcome screen and the setup form.
        start = workspace.current_setup(_shipped())
        welcome = WelcomeScreen(workspace.time_zones(), workspace.regimes(), start)
        welcome.show()
        settle()
        save(welcome, out, "welcome.png")
        welcome.show_setup()
        welcome.company_name.setText("Acme Widgets Ltd")
        welcome.privacy_email.setText("privacy")
        welcome.show_problems({"privacy_email": "enter the address your privacy notice tells people to write to"})
        settle()
        save(welcome, out, "setup.png")
        welcome.close()

        # 2. The demo, on a laptop screen.
        paths = AppPaths(Path(tmp) / "demo")
        workspace.mark_demo(paths)
        services = open_services(paths, f"sqlite:///{paths.db_file}")
        try:
            load_demo(services)
            first = services.requests.list(status="open")
            # A little history, as a staff member would leave it.
            acknowledged = next(r.ref for r in first if r.regime == "ccpa" and "access" in r.types)
            services.requests.set_status(acknowledged, "acknowledged")
            services.requests.verify(acknowledged, "matched_records", note="order number and address match")
            services.requests.add_note(acknowledged, "Asked IT for the order history export.")
            desk = Desk(services, demo=True, use_tray=False)
            desk.window.resize(WIDTH, HEIGHT)
            desk.start()
            settle(lambda: desk.runner.is_idle() and not desk.model.is_loading() and desk.requests.counts is not None)
            due_soon = next(desk.model.row_data(r).ref for r in range(desk.model.rowCount())
                            if desk.model.row_data(r) and desk.model.row_data(r).clock_status == "due_soon")
            desk.requests.select_ref(due_soon)
            settle(lambda: desk.requests.shown() is not None and desk.runner.is_idle())
            desk.page.table.scrollTo(desk.model.index(0, Column.REF))
            check_fit(desk)
            save(desk.window, out, "main-window.png")

            desk.page.workspace.why_button.setChecked(True)
            settle()
            save(desk.window, out, "why-this-date.png")
            desk.page.workspace.why_button.setChecked(False)

            desk.requests.select_ref(acknowledged)
            settle(lambda: desk.requests.shown() is not None and desk.requests.shown().ref == acknowledged
                   and desk.runner.is_idle())
            desk.page.workspace.tabs.setCurrentIndex(3)
            settle()
            save(desk.window, out, "history.png")
            desk.page.workspace.tabs.setCurrentIndex(0)

            desk.request_actions.new_request.trigger()
            settle(lambda: desk.dialogs.active_dialog is not None and desk.dialogs.active_dialog.isVisible())
            save(desk.dialogs.active_dialog, out, "new-request.png")
            desk.dialogs.close_active()

            desk.window.select_nav("review")
            settle(lambda: desk.runner.is_idle() and desk.review_panel.model.rowCount() > 0)
            save(desk.window, out, "to-review.png")

            shoot_replies(desk, services, out)

            desk.window.select_nav("queue:overdue")
            settle(lambda: desk.runner.is_idle() and not desk.model.is_loading())
            desk.page.search_box.setText("kruger")
            desk.requests._on_search_timer_timeout()
            settle(lambda: desk.runner.is_idle() and not desk.model.is_loading())
            save(desk.window, out, "search.png")
            desk.page.search_box.clear()
            desk.requests._on_search_timer_timeout()

            # The calendar of due dates and the settings (issue 12).
            shoot_calendar_and_settings(desk, out)

            # Closing a request: the register's facts (issue 13).
            desk.window.select_nav("queue:open")
            settle(lambda: desk.runner.is_idle() and not desk.model.is_loading())
            desk.requests.select_ref(acknowledged)
            settle(lambda: desk.requests.shown() is not None and desk.runner.is_idle())
            desk.request_actions.status.trigger()
            settle(lambda: desk.dialogs.active_dialog is not None and desk.dialogs.active_dialog.isVisible())
            dialog = desk.dialogs.active_dialog
            dialog.choose("denied")
            settle()
            save(dialog, out, "close-request.png")
            desk.dialogs.close_active()

            # An appeal (issue 15): a denied request, a reply contesting it, offered as an appeal.
            contested = _deny_and_contest(services, Path(tmp))
            desk.reload()
            desk.window.select_nav("queue:all")
            settle(lambda: desk.runner.is_idle() and not desk.model.is_loading())
            desk.requests.select_ref(contested)
            settle(lambda: desk.requests.shown() is not None and desk.requests.shown().ref == contested
                   and desk.runner.is_idle())
            save(desk.window, out, "appeal-suggested.png")
            desk.page.workspace.open_appeal_button.click()
            settle(lambda: desk.runner.is_idle() and desk.requests.shown() is not None
                   and desk.requests.shown().ref != contested)
            save(desk.window, out, "appeal.png")

            # The yearly figures (Reports menu).
            desk.action_metrics.trigger()
            settle(lambda: desk.reports.metrics_dialog is not None and desk.runner.is_idle()
                   and desk.reports.metrics_dialog.model.rowCount() > 0)
            save(desk.reports.metrics_dialog, out, "yearly-figures.png")
            desk.dialogs.close_active()
            desk.close()
        finally:
            services.close()

        # 3. Records kept too long, and an audit trail shorter than this computer saw (issue 13).
        _records_pictures(Path(tmp) / "records", out)
    return 0


def _deny_and_contest(services: object, folder: Path) -> str:
    """Deny a demo request (identity not verified) and import the requester's reply contesting it."""
    from privacydesk.services.mailimport import import_paths

    rows = services.requests.list(status="open")  # type: ignore[attr-defined]
    row = next(r for r in rows if r.regime == "tx_tdpsa")
    detail = services.requests.show(row.ref)  # type: ignore[attr-defined]
    services.requests.set_status(row.ref, "denied", basis="We could not verify the requester's identity",  # type: ignore[attr-defined]
                                 nature="letter explaining the denial, by email")
    first = detail.thread[0]
    reply = folder / "contest.eml"
    reply.write_bytes((
        f"From: {detail.requester.name} <{detail.requester.email}>\r\nTo: privacy@3dpros.example\r\n"
        f"Subject: Re: {first.subject}\r\nMessage-ID: <contest-1@example.com>\r\n"
        f"In-Reply-To: {first.message_id}\r\nReferences: {first.message_id}\r\n"
        "Date: Tue, 24 Nov 2026 10:15:00 -0600\r\n\r\n"
        "I disagree with your decision. I sent my order number and my address; please reconsider.\r\n"
        ).encode())
    import_paths(services.ingest, services.profile, [reply])  # type: ignore[attr-defined]
    return str(row.ref)


def _records_pictures(folder: Path, out: Path) -> None:
    from datetime import UTC, datetime

    from privacydesk.services.requests import NewRequest

    paths = AppPaths(folder)
    then = open_services(paths, clock=lambda: datetime(2024, 3, 1, 15, tzinfo=UTC))
    try:
        for name, email in (("Old Customer", "old.customer@example.com"), ("Former Client", "former@example.org")):
            ref = then.requests.create(NewRequest(email=email, types=["access"], name=name, regime="ccpa",
                                                  received=datetime(2024, 2, 1, 10))).ref
            then.requests.verify(ref, "matched_records")
            then.requests.set_status(ref, "completed", outcome="full")
    finally:
        then.close()
    services = open_services(paths)
    try:
        services.audit.anchor.write(services.audit.anchor_status().database_event + 4, "0" * 64,
                                    only_forward=False)
        desk = Desk(services, use_tray=False)
        desk.window.resize(WIDTH, HEIGHT)
        desk.start()
        settle(lambda: desk.runner.is_idle() and desk.maintenance.question is not None)
        save(desk.maintenance.question, out, "purge.png")
        desk.maintenance.question.reject()
        desk.window.select_nav("queue:all")
        settle(lambda: desk.runner.is_idle() and not desk.model.is_loading() and desk.audit_bar.isVisible())
        save(desk.window, out, "audit-warning.png")
        desk.close()
    finally:
        services.close()
class _ShotKeyring(KeyringBackend):
    """Passwords in memory for the pictures: the team mailbox below is never contacted."""

    priority = -10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def shoot_replies(desk: Desk, services: Any, out: Path) -> None:
    """The composer (an extension notice being written) and the Identity tab.

    A team mailbox is added after the window started, so the mail part never connects to it: the
    composer only needs to know that it can send. A small customers file shows matching details.
    """
    keyring.set_keyring(_ShotKeyring())
    services.accounts.add(NewAccount(name="team", host="imap.gmail.com", username="3dprosteam@gmail.com"),
                          "not-a-real-password", SmtpConfig(host="smtp.gmail.com", port=587, security="starttls"),
                          None)
    agent = next(r for r in services.requests.list(status="open") if r.agent is not None and r.regime == "ccpa")
    person = agent.requester
    services.customers.import_text(
        "email,name,zip,order_number\n"
        f"{person.email},{person.name or ''},78660,3DP-10422\n"
        "someone.else@example.com,Someone Else,10001,3DP-20001\n", "customers.csv", "Ana Ruiz")

    # The Identity tab of an agent's request, the workspace given more room.
    desk.window.select_nav("queue:all")
    settle(lambda: desk.runner.is_idle() and not desk.model.is_loading())
    desk.requests.select_ref(agent.ref)
    settle(lambda: desk.requests.shown() is not None and desk.requests.shown().ref == agent.ref
           and desk.runner.is_idle())
    workspace = desk.page.workspace
    sizes = desk.page.splitter.sizes()
    desk.page.splitter.setSizes([150, sum(sizes) - 150])
    workspace.tabs.setCurrentWidget(desk.verification_panel)
    settle(lambda: desk.runner.is_idle() and desk.verification_panel.evidence is not None)
    save(desk.window, out, "identity.png")

    # The composer: "Extend the deadline" for a CCPA access request, the reason typed in.
    target = next(r for r in services.requests.list(status="open")
                  if r.regime == "ccpa" and r.types == ("access",) and r.agent is None)
    desk.requests.select_ref(target.ref)
    settle(lambda: desk.requests.shown() is not None and desk.requests.shown().ref == target.ref
           and desk.runner.is_idle())
    workspace.tabs.setCurrentWidget(desk.thread_view)
    composer = desk.replies.reply()
    assert composer is not None
    settle(lambda: desk.runner.is_idle() and composer.setup is not None)
    composer.choose_letter("extension_notice")
    composer.view.inputs.set_value("reason", "Your order history is kept by our shop and by our payment "
                                             "provider, and we are still collecting it from both.")
    composer.refresh_preview()
    settle(lambda: desk.runner.is_idle() and composer.is_current())
    composer.view.move(60, 30)
    save(composer.view, out, "composer.png")
    composer.done = True
    composer.view.close()
    desk.page.splitter.setSizes(sizes)
    workspace.tabs.setCurrentIndex(0)


def shoot_calendar_and_settings(desk: Desk, out: Path) -> None:
    """The calendar page on today's month with today chosen, and the settings at the company profile."""
    desk.window.select_nav("calendar")
    page = desk.calendar_page
    settle(lambda: desk.runner.is_idle() and page.month_model.view is not None
           and page.agenda_model.agenda is not None and page.day_model.day == desk.calendar.day)
    save(desk.window, out, "calendar.png")
    desk.action_settings.trigger()
    settle(lambda: desk.settings_part.dialog is not None and desk.settings_part.dialog.isVisible()
           and desk.runner.is_idle())
    dialog = desk.settings_part.dialog
    dialog.show_page("company")
    settle(lambda: desk.runner.is_idle())
    save(dialog, out, "settings.png")
    dialog.reject()
    settle(lambda: desk.settings_part.dialog is None)


def _shipped() -> object:
    from privacydesk.domain.profile import load_profile
    from privacydesk.resources import DEFAULT_PROFILE

    return load_profile(DEFAULT_PROFILE)


if __name__ == "__main__":
    sys.exit(main())
