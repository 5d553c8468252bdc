"""The window's composition root: services → task runner → window parts → the shell, and first run.

``Desk`` is one open workspace. It builds the task runner, the shell (``MainWindow``, which knows no
service) and each window part with only what that part needs, then wires the parts' signals to each
other. Adding a part (replies, calendar, settings) means building it here; see "Adding a window part"
in docs/architecture.md.

``GuiApp`` decides which workspace to open: the user's own data, the welcome screen when nothing is
set up yet ("Try the demo" / "Set up my business"), or the demo — always in a folder of its own,
marked as a demo, never the user's data. Leaving the demo takes one click; a mailbox added while in
the demo is offered to the user's own data rather than thrown away.

``run_gui`` is what ``privacydesk`` / ``privacydesk gui [--demo]`` call.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QKeyCombination, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from privacydesk import __version__
from privacydesk.domain import settings as decl
from privacydesk.domain.errors import UserError
from privacydesk.paths import AppPaths, resolve_paths
from privacydesk.services import milestones, workspace
from privacydesk.services.app import AppServices, open_services
from privacydesk.services.demo import load_demo
from privacydesk.services.mailimport import import_paths
from privacydesk.services.queries import QUEUE_FILTERS, Counts, RequestQueries
from privacydesk.services.settings import os_full_name
from privacydesk.ui import helpmenu, labels
from privacydesk.ui.calendar.controller import CalendarController
from privacydesk.ui.calendar.models import AgendaModel, DayItemsModel, MonthModel
from privacydesk.ui.calendar.view import CalendarPage
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import user_message
from privacydesk.ui.mail.controller import MailController, wait_for_lingering
from privacydesk.ui.mail.importer import ImportController
from privacydesk.ui.mail.sync_worker import SyncSummary
from privacydesk.ui.mail.view import MailView
from privacydesk.ui.main_window import MainWindow, window_settings
from privacydesk.ui.maintenance.controller import MaintenanceController, SettingsMemory
from privacydesk.ui.maintenance.view import AuditWarningBar
from privacydesk.ui.navigation import NavEntry
from privacydesk.ui.notify import MailNews, Notifier
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.reminders.controller import ReminderController
from privacydesk.ui.reminders.tray import TrayIcon
from privacydesk.ui.replies.composer_controller import About
from privacydesk.ui.replies.controller import RepliesController
from privacydesk.ui.replies.thread import ThreadView
from privacydesk.ui.reports.controller import ReportsController
from privacydesk.ui.requests.actions import RequestActions
from privacydesk.ui.requests.controller import QUEUES, RequestsController
from privacydesk.ui.requests.page import RequestsPage
from privacydesk.ui.requests.table import Column, RequestTableModel
from privacydesk.ui.review.controller import ReviewController
from privacydesk.ui.review.panel import ReviewPanel
from privacydesk.ui.settings.controller import SettingsController
from privacydesk.ui.settings.staff import StaffNameDialog
from privacydesk.ui.verification.controller import VerificationController
from privacydesk.ui.verification.panel import VerificationPanel
from privacydesk.ui.welcome.controller import WelcomeController
from privacydesk.ui.welcome.screen import WelcomeScreen
from privacydesk.ui.workers import Runner, TaskRunner

log = logging.getLogger(__name__)

DEMO_TEXT = ("This is the demo: invented requests from a sample mailbox. Nothing here is your own data.")


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication (created on first call)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QCoreApplication.setOrganizationName("PrivacyDesk")
        QCoreApplication.setApplicationName("PrivacyDesk")
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    # The installed package's privacydesk.desktop (issue 16): the desktop names and groups our windows.
    QGuiApplication.setDesktopFileName("privacydesk")
    return app


# -- one workspace ------------------------------------------------------------------------------------

class Desk(QObject):
    """One open workspace: the services, the runner, the shell and every window part, wired."""

    #: The window was told about new mail (a ``notify.MailNews``), after the lists were refreshed.
    mail_announced = Signal(object)
    #: The window closed and every part stopped.
    closed = Signal()
    #: "Leave the demo" was clicked.
    leave_demo_requested = Signal()

    def __init__(self, services: AppServices, *, runner: Runner | None = None, demo: bool = False,
                 state: QSettings | None = None, use_tray: bool | None = None) -> None:
        super().__init__()
        labels.use_today(services.requests.today)
        self.services = services
        self.demo = demo
        self.runner: Runner = runner if runner is not None else TaskRunner(self)
        title = f"PrivacyDesk — {services.profile.legal_name}" if not demo else "PrivacyDesk — demo"
        self.window = MainWindow(title=title, state=state or window_settings(services.paths.data_dir))
        w = self.window
        self.dialogs = DialogHost(w)
        status = w.status_message
        self._closed = False
        self._close_confirmed = False
        self._quitting = False  # File → Quit or the tray's Quit: really close (not to the tray)
        self._told_about_tray = False
        self._last_detail: object = None

        # -- the requests part --
        self.queries = RequestQueries(services.db, services.requests, services.search)
        self.model = RequestTableModel(self.queries, self.runner, self)
        self.page = RequestsPage(self.model, services.profile.tz)
        self.request_actions = RequestActions(self)
        self.requests = RequestsController(services.requests, self.queries, self.runner, self.page,
                                           self.request_actions, self.dialogs, status, parent=self)
        # -- the review part --
        self.review_panel = ReviewPanel()
        self.review_panel.setObjectName("reviewPanel")
        self.review = ReviewController(self.review_panel, services.review, self.runner, self.dialogs, parent=self,
                                       learning=services.learning)
        # -- the mail part --
        self.mail_view = MailView(self)
        self.mail = MailController(services.accounts, services.sync, services.settings, self.runner,
                                   self.mail_view, self.dialogs, status, parent=self)
        ingest, profile = services.ingest, services.profile
        self.importer = ImportController(lambda paths: import_paths(ingest, profile, paths), self.runner,
                                         self.dialogs, status, parent=self)
        # -- the calendar, reminders and settings parts (issue 12) --
        self.calendar_page = CalendarPage(MonthModel(self), DayItemsModel(self), AgendaModel(self))
        self.calendar = CalendarController(services.calendar, services.calendar_export, self.runner,
                                           self.calendar_page, self.dialogs, status, parent=self)
        self.tray = TrayIcon(self, enabled=use_tray)
        request_service = services.requests
        self.reminders = ReminderController(services.reminders, lambda: milestones.refresh_paused(request_service),
                                            self.runner, self.tray, w.show_banner, status, parent=self)
        self.settings_part = SettingsController(
            services.settings, services.profile_edit, services.template_edit, self.runner, self.dialogs, status,
            laws=tuple(services.rules.regimes), time_zones=workspace.time_zones(), today=services.requests.today,
            recompute=services.requests.recompute_all, embed_accounts=lambda box: self.mail.open_accounts(into=box),
            feed_url=self._feed_url, parent=self)
        self._calendar_file_timer = QTimer(self)
        self._calendar_file_timer.setSingleShot(True)
        self._calendar_file_timer.setInterval(2000)
        self._calendar_file_timer.timeout.connect(self._keep_calendar_file)
        self.notifier = Notifier(w, w.show_banner, status, use_tray=use_tray, shared_tray=self.tray)
        # -- records: reports, the daily purge, the audit anchor, backups (issue 13) --
        self.reports = ReportsController(services.records, self.runner, self.dialogs, status,
                                         company=services.profile.legal_name, today=services.requests.today,
                                         parent=self)
        self.audit_bar = AuditWarningBar()
        settings = services.settings
        self.maintenance = MaintenanceController(
            services.retention, services.audit, services.backups, self.runner, self.dialogs, status, self.audit_bar,
            team_database=not services.db.is_sqlite, actor=services.requests.actor,
            offer_enabled=lambda: bool(settings.get(decl.RETENTION_OFFER_ON_START)),
            memory=SettingsMemory(w.state), today=services.requests.today, parent=self)
        # HOOK(issue 11): the received-date confirmation lights up once the request service has it.
        self.requests.set_confirm_received(getattr(services.requests, "confirm_received", None))
        # -- the replies part (composer, thread with outbox states, outbox) --
        tz = services.profile.tz
        self.thread_view = ThreadView(tz)
        self.replies = RepliesController(services.replies, services.accounts, self.runner, self.thread_view,
                                         self.dialogs, status, parent=self)
        # -- the verification part (identity tab, customers file) --
        self.verification_panel = VerificationPanel(tz)
        self.verification = VerificationController(services.verification, services.customers, self.runner,
                                                   self.verification_panel, self.dialogs, status,
                                                   services.requests.actor, parent=self)

        self._build_shell()
        self._wire()

    # -- building ----------------------------------------------------------------------------------
    def _build_shell(self) -> None:
        w = self.window
        w.add_page("requests", self.page)
        w.add_page("review", self.review_panel)
        w.add_page("calendar", self.calendar_page)
        w.add_nav(NavEntry("heading:requests", "REQUESTS", heading=True))
        for name in QUEUE_FILTERS:
            label, _empty = QUEUES[name]
            w.add_nav(NavEntry(f"queue:{name}", label, page="requests", count=0, urgent=name == "overdue"))
        w.add_nav(NavEntry("heading:dates", "DUE DATES", heading=True))
        w.add_nav(NavEntry("calendar", "Calendar", page="calendar",
                           tip="Due dates day by day, and what is due next (Ctrl+2)"))
        w.add_nav(NavEntry("heading:mail", "MAIL", heading=True))
        w.add_nav(NavEntry("review", "To review", page="review", count=0,
                           tip="Messages that may be privacy requests: a person decides"))

        workspace = self.page.workspace
        workspace.use_thread_view(self.thread_view)
        workspace.add_tab(self.verification_panel, "Identity", after=workspace.messages_tab)

        file_menu = w.menu("&File")
        file_menu.addAction(self.request_actions.new_request)
        file_menu.addAction(self.mail_view.import_mail)
        self.action_export_calendar = self._menu_action("exportCalendarMenu", "&Export calendar…", "",
                                                        "Save every due date as an .ics file for a calendar app")
        file_menu.addAction(self.action_export_calendar)
        file_menu.addSeparator()
        self.action_settings = self._menu_action("settings", "&Settings…", "",
                                                 "Your name, mail accounts, company profile, templates, reminders")
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        self.action_backup = self._action("backup", "&Back up…", "Copy all of PrivacyDesk's data to a file")
        self.action_restore = self._action("restore", "&Restore…", "Replace the data with a backup (asks first)")
        self.action_purge = self._action("purge", "Remove &old personal data…",
                                         "Remove what is kept longer than your privacy notice promises (asks first)")
        for action in (self.action_backup, self.action_restore, self.action_purge):
            file_menu.addAction(action)
        self.action_import_customers = QAction("Import &customers…", self)
        self.action_import_customers.setObjectName("importCustomers")
        self.action_import_customers.setStatusTip("Load your customers file (CSV) so requests can be matched "
                                                  "with your records")
        file_menu.addAction(self.action_import_customers)
        if self.demo:
            self.action_leave_demo = QAction("&Leave the demo", self)
            self.action_leave_demo.setObjectName("leaveDemo")
            self.action_leave_demo.triggered.connect(self._on_leave_demo)
            file_menu.addSeparator()
            file_menu.addAction(self.action_leave_demo)
        file_menu.addSeparator()
        self.action_quit = QAction("&Quit", self)
        self.action_quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        file_menu.addAction(self.action_quit)

        view_menu = w.menu("&View")
        self.action_find = QAction("&Find", self)
        self.action_find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.action_find.setStatusTip("Search by reference, name or email")
        # Ctrl+R, not the platform's Refresh key: F5 is "Sync now" (Mail menu), and one key bound to
        # two actions would fire neither (Qt reports an ambiguous shortcut).
        self.action_refresh = QAction("&Refresh list", self)
        self.action_refresh.setShortcut(QKeySequence("Ctrl+R"))
        self.action_show_requests = self._menu_action("showRequests", "&Requests", "Ctrl+1", "The request queues")
        self.action_show_calendar = self._menu_action("showCalendar", "&Calendar", "Ctrl+2",
                                                      "Due dates day by day, and what is due next")
        self.action_show_review = self._menu_action("showReview", "To re&view", "Ctrl+3",
                                                    "Messages that may be privacy requests")
        self.action_search_text = self._menu_action("searchMessages", "Search in &messages",
                                                    "Ctrl+Shift+F", "Search the words of the messages")
        self.action_next = self._menu_action("nextRequest", "&Next request",
                                             QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Period),
                                             "Select the next request in the list")
        self.action_previous = self._menu_action("previousRequest", "&Previous request",
                                                 QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Comma),
                                                 "Select the previous request in the list")
        for action in (self.action_show_requests, self.action_show_calendar, self.action_show_review):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.action_find)
        view_menu.addAction(self.action_search_text)
        view_menu.addAction(self.action_next)
        view_menu.addAction(self.action_previous)
        view_menu.addSeparator()
        view_menu.addAction(self.action_refresh)
        request_menu = w.menu("&Request")
        self.request_actions.fill_menu(request_menu)
        request_menu.insertAction(self.request_actions.acknowledge, self.thread_view.reply_action)
        mail_menu = w.menu("&Mail")
        self.mail_view.fill_menu(mail_menu)
        mail_menu.addSeparator()
        mail_menu.addAction(self.thread_view.outbox_action)
        mail_menu.addAction(self.review.forget_action)
        reports_menu = w.menu("Re&ports")
        self.action_register = self._action("exportRegister", "Export the &register…",
                                            "The register of requests (CCPA §7101 records), as CSV or JSON")
        self.action_metrics = self._action("yearlyFigures", "Yearly &figures…",
                                           "Requests per type and what became of them (CCPA §7102), CSV or PDF")
        for action in (self.action_register, self.action_metrics):
            reports_menu.addAction(action)
        reports_menu.addSeparator()
        reports_menu.addAction(self.request_actions.export_case)
        help_menu = w.menu("&Help")
        self.action_guide = self._menu_action("userGuide", "&User guide", QKeySequence.StandardKey.HelpContents,
                                              "How to use PrivacyDesk (the local documentation)")
        self.action_shortcuts = self._menu_action("keyboardShortcuts", "&Keyboard shortcuts", "",
                                                  "Every keyboard shortcut")
        self.action_about = self._menu_action("about", "&About PrivacyDesk", "", "Version and where your data is")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (self.action_guide, self.action_shortcuts, self.action_about):
            help_menu.addAction(action)
        help_menu.addSeparator()
        self.action_verify = self._action("verifyAudit", "Check the &audit trail",
                                          "Check that no event or request was changed behind PrivacyDesk's back")
        help_menu.addAction(self.action_verify)
        self.action_logs = QAction("Open the &log folder", self)
        self.action_logs.setStatusTip("The log file helps whoever supports PrivacyDesk (it holds no personal data)")
        help_menu.addAction(self.action_logs)

        toolbar = self.request_actions.toolbar(w)
        toolbar.insertAction(self.request_actions.acknowledge, self.thread_view.reply_action)
        w.add_toolbar(toolbar)
        w.add_bar(self.audit_bar)
        w.add_status_widget(self.mail_view.label)
        w.add_status_widget(self.mail_view.progress)
        w.add_state("requests_splitter", self.page.splitter.saveState, self.page.splitter.restoreState)
        w.add_state("table_header", self.page.save_header, self.page.restore_header)
        w.add_state("calendar_splitter", self.calendar_page.splitter.saveState,
                    self.calendar_page.splitter.restoreState)
        w.add_state("calendar_side", self.calendar_page.side_splitter.saveState,
                    self.calendar_page.side_splitter.restoreState)
        if self.demo:
            w.show_demo_bar(DEMO_TEXT, "Leave the demo", self._on_leave_demo)

    def _action(self, name: str, text: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    def _wire(self) -> None:
        w = self.window
        w.navigated.connect(self._on_window_navigated)
        w.closing.connect(self.shutdown)
        w.close_guard = self._close_guard
        self.action_quit.triggered.connect(self.quit)
        self.action_find.triggered.connect(self._on_action_find_triggered)
        self.action_refresh.triggered.connect(self.reload)
        self.action_logs.triggered.connect(self._on_action_logs_triggered)
        self.mail_view.import_mail.triggered.connect(self.importer.choose_files)
        self.requests.counts_updated.connect(self._on_counts_updated)
        self.review.queue_loaded.connect(lambda n: w.nav.set_count("review", n))
        self.review.request_filed.connect(self.requests.on_request_filed)
        self.importer.imported.connect(lambda _report: self.reload())
        self.mail.mail_arrived.connect(self._on_mail_arrived)
        self.runner.task_failed.connect(lambda exc: w.status_message(user_message(exc), 10000))
        self._wire_issue12()
        self.requests.queue_wanted.connect(lambda queue: w.select_nav(f"queue:{queue}"))
        self.action_register.triggered.connect(self.reports.export_register)
        self.action_metrics.triggered.connect(lambda: self.reports.show_metrics())
        self.request_actions.export_case.triggered.connect(self._on_action_export_case_triggered)
        self.action_backup.triggered.connect(self.maintenance.choose_backup_file)
        self.action_restore.triggered.connect(self.maintenance.choose_restore_file)
        self.action_purge.triggered.connect(self.maintenance.purge)
        self.action_verify.triggered.connect(self.maintenance.verify_audit)
        self.maintenance.data_purged.connect(lambda _result: self.reload())
        self.maintenance.database_replaced.connect(self._on_database_replaced)
        # replies and verification follow the shown request; what they change, the requests part shows
        self.request_actions.applied.connect(self._on_request_actions_applied)
        self.requests.letter_offers = self.replies.offers_for
        self.requests.letter_requested.connect(self._on_letter_requested)
        self.replies.request_changed.connect(self._on_reply_changed_request)
        self.requests.request_changed.connect(lambda ref, _action: self.replies.on_request_changed(ref))
        self.replies.thread_loaded.connect(self._on_thread_loaded)
        self.verification.letter_requested.connect(self._on_letter_requested)
        self.verification.record_requested.connect(self.request_actions.verify.trigger)
        self.action_import_customers.triggered.connect(self.verification.choose_file)

    # -- running -----------------------------------------------------------------------------------
    def start(self, *, show: bool = True) -> None:
        """Show the window and run the first queries."""
        w = self.window
        header = self.page.table.horizontalHeader()
        if not w.restore_state() or header.sortIndicatorSection() >= len(Column):
            header.setSortIndicator(Column.DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        w.select_nav("queue:open")
        if show:
            w.show()
        # Enabling sorting asks the model to sort by the header's indicator: the first query.
        self.page.table.setSortingEnabled(True)
        self.requests.refresh_counts()
        self.mail.start()
        self.review.reload()
        self.reminders.start()
        if self.services.settings.get(decl.CALENDAR_FEED):
            self._apply_feed()
        self._calendar_file_timer.start()
        self.maintenance.start()

    def reload(self) -> None:
        self.requests.reload()
        self.review.reload()
        self._dates_changed()

    def ask_staff_name(self) -> StaffNameDialog:
        dialog = StaffNameDialog(self.window)
        settings = self.services.settings

        def accepted() -> None:
            from privacydesk.domain import settings as decl

            try:
                settings.set(decl.STAFF_NAME, dialog.choice())
            except UserError as exc:
                self.dialogs.show_error(exc)

        self.dialogs.open_dialog(dialog, accepted)
        return dialog

    def _on_window_navigated(self, key: str) -> None:
        # The request actions act only while the requests page (and its selected request) is shown.
        self.requests.set_active(key.startswith("queue:"))
        if key.startswith("queue:"):
            self.requests.set_queue(key.split(":", 1)[1])
        elif key == "calendar":
            self.calendar.show()

    def _on_database_replaced(self, _result: object) -> None:
        """A backup was restored: read everything again (the mailboxes it knows may differ too)."""
        self.reload()
        self.mail.reload_accounts()

    def _on_action_export_case_triggered(self) -> None:
        shown = self.requests.shown()
        self.reports.export_case(shown.ref if shown is not None else None)

    def _on_counts_updated(self, counts: Counts) -> None:
        for name in QUEUE_FILTERS:
            self.window.nav.set_count(f"queue:{name}", counts.of(name))
        self.window.nav.set_count("review", counts.to_review)

    def _on_action_find_triggered(self) -> None:
        self.window.select_nav(f"queue:{self.requests.queue}")
        self.requests.focus_search()

    def _on_action_logs_triggered(self) -> None:
        folder = self.services.paths.log_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- replies and verification ------------------------------------------------------------------
    def _about_shown(self) -> About | None:
        detail = self.requests.shown()
        if detail is None:
            return None
        return About(detail.ref, detail.requester.label, detail.language)

    def _on_request_actions_applied(self, detail: object) -> None:
        """The requests part shows another request (or none): the thread and identity tabs follow."""
        about = self._about_shown() if detail is not None else None
        current = self.replies.about
        if about is None:
            self.replies.show_request(None)
            self.verification.show_request(None)
            return
        can_record = self.request_actions.verify.isEnabled()
        if current is None or current.ref != about.ref or detail is not self._last_detail:
            self.replies.show_request(about)
            self.verification.show_request(about.ref, can_record=can_record)
        self._last_detail = detail

    def _on_thread_loaded(self, ref: str) -> None:
        self.verification.set_proof_letters(ref, [name for name, _title in self.replies.offers_for(ref, "verify")])

    def _on_letter_requested(self, ref: str, template: str) -> None:
        about = self._about_shown()
        if about is None or about.ref != ref:
            about = About(ref, ref, None)
        self.replies.open_composer(about, template)

    def _on_reply_changed_request(self, ref: str) -> None:
        self.requests.refresh_request(ref)

    def _on_mail_arrived(self, summary: SyncSummary) -> None:
        """A sync filed mail: narrow refresh of the lists, then tell the user."""
        self.requests.on_mail_filed(summary.follow_ups)
        self._dates_changed()
        if summary.needs_review or summary.new_messages:
            self.review.reload()
        shown = self.replies.about
        if shown is not None and (shown.ref in summary.follow_ups or summary.notices):
            self.replies.reload()
            self.verification.reload()
        self.replies.reload_outbox()
        refs = list(summary.new_requests)
        requests = self.requests

        def tell(result: tuple[date | None, str | None]) -> None:
            news = MailNews(new_requests=tuple(refs), follow_ups=summary.follow_ups,
                            needs_review=summary.needs_review, next_due=result[0], next_due_ref=result[1],
                            notices=summary.notices)
            self.notifier.notify(news)
            # New requests were just announced: the reminders record them as told, then check the rest.
            self.reminders.after_sync(news.new_requests if news.worth_telling else ())
            emit(self.mail_announced, news)

        if refs:
            self.runner.read(lambda: requests.next_due(refs), tell, lambda _exc: tell((None, None)),
                             name="next due")
        else:
            tell((None, None))

    # -- the demo ----------------------------------------------------------------------------------
    def _on_leave_demo(self) -> None:
        emit(self.leave_demo_requested)

    def _close_guard(self, event: QCloseEvent) -> bool:
        """Closing with a letter not sent, or a demo that holds a mailbox the user added: ask before it
        goes (not silently). With "keep running in the tray" on (and a tray), closing hides the window
        instead."""
        unsent = self.replies.unsent_letters() if not self._close_confirmed else []
        if unsent:
            self.dialogs.ask(
                "A letter is not sent",
                f"The letter to {', '.join(unsent)} is not sent or saved yet. Close PrivacyDesk anyway? The letter "
                "is lost (one that is on its way may end up “may have been sent”).",
                "Close anyway", self._close_anyway, no="Go back to the letter")
            return False
        if not self.demo or self._close_confirmed or not self.mail.accounts:
            return self._close_or_hide()
        names = ", ".join(a.name for a in self.mail.accounts)
        self.dialogs.ask(
            "Keep your mailbox?",
            f"You added the mailbox “{names}” while trying the demo. Leave the demo to keep it for your own "
            "data, or close and let it go with the demo.",
            "Leave the demo and keep it", self._on_leave_demo, no="Close anyway", on_no=self._close_anyway)
        return False

    def _close_anyway(self) -> None:
        self.close()

    def close(self) -> None:
        """Close the window without asking (the composition root is switching workspaces)."""
        self._close_confirmed = True
        self._quitting = True
        self.window.close()

    # -- closing -------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.requests.shutdown()
        self.replies.close_composers()
        self.mail.shutdown()
        self.reminders.shutdown()
        self._calendar_file_timer.stop()
        self.notifier.hide()
        self.tray.hide()
        self.dialogs.close_active()
        self.runner.shutdown()
        emit(self.closed)


    # -- issue 12: calendar, reminders, settings, search, help ---------------------------------------
    def _menu_action(self, name: str, text: str, shortcut: Any, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        return action

    def _wire_issue12(self) -> None:
        w = self.window
        # the calendar
        self.calendar.request_wanted.connect(self.open_request)
        self.calendar.settings_wanted.connect(self.settings_part.open)
        self.action_export_calendar.triggered.connect(self.calendar.choose_export_file)
        # reminders and the tray
        self.requests.counts_updated.connect(self.reminders.on_counts)
        self.reminders.request_wanted.connect(self.open_request)
        self.reminders.calendar_wanted.connect(self._on_calendar_wanted)
        self.reminders.day_changed.connect(self._on_day_changed)
        self.reminders.dates_refreshed.connect(lambda _n: self.reload())
        self.tray.message_clicked.connect(self.reminders.on_message_clicked)
        self.tray.open_requested.connect(self.show_window)
        self.tray.calendar_requested.connect(self._on_calendar_wanted)
        self.tray.quit_requested.connect(self.quit)
        # changes elsewhere move due dates: calendar, calendar file, reminders follow
        self.requests.request_changed.connect(lambda _ref, _action: self._dates_changed(check_reminders=True))
        self.review.request_filed.connect(lambda _ref: self._dates_changed(check_reminders=True))
        self.requests.queue_wanted.connect(lambda queue: w.select_nav(f"queue:{queue}"))
        # settings
        self.action_settings.triggered.connect(lambda: self.settings_part.open())
        self.mail_view.accounts.triggered.disconnect(self.mail.open_accounts)
        self.mail_view.accounts.triggered.connect(lambda: self.settings_part.open("accounts"))
        self.settings_part.setting_changed.connect(self._on_setting_changed)
        self.settings_part.profile_saved.connect(self._on_profile_saved)
        # the View menu and help
        self.action_show_requests.triggered.connect(lambda: w.select_nav(f"queue:{self.requests.queue}"))
        self.action_show_calendar.triggered.connect(lambda: w.select_nav("calendar"))
        self.action_show_review.triggered.connect(lambda: w.select_nav("review"))
        self.action_search_text.triggered.connect(self._on_action_search_text_triggered)
        self.action_next.triggered.connect(lambda: self._step_request(1))
        self.action_previous.triggered.connect(lambda: self._step_request(-1))
        self.action_about.triggered.connect(self._on_action_about_triggered)
        self.action_guide.triggered.connect(self._on_action_guide_triggered)
        self.action_shortcuts.triggered.connect(self._on_action_shortcuts_triggered)

    def open_request(self, request_id: int, ref: str) -> None:
        """Show request ``ref`` in the requests part (from the calendar, a notification, the tray)."""
        if not ref:
            return
        self.show_window()
        if not (self.window.current_nav() or "").startswith("queue:"):
            self.window.select_nav(f"queue:{self.requests.queue}")
        self.requests.open_ref(ref)

    def show_window(self) -> None:
        w = self.window
        if w.isMinimized() or not w.isVisible():
            w.showNormal()
        w.raise_()
        w.activateWindow()

    def quit(self) -> None:
        """File → Quit and the tray's Quit: close for real (never just to the tray)."""
        self._quitting = True
        self.window.close()

    def _close_or_hide(self) -> bool:
        if self._quitting or not self.tray.available or not self.services.settings.get(decl.REMINDERS_KEEP_RUNNING):
            return True
        self.window.save_state()
        self.window.hide()
        if not self._told_about_tray:
            self._told_about_tray = True
            self.tray.show_message("PrivacyDesk is still running",
                                   "Reminders and new mail keep reaching you. Open the window or quit from this icon.")
        return False

    def _on_calendar_wanted(self) -> None:
        self.show_window()
        self.window.select_nav("calendar")

    def _dates_changed(self, *, check_reminders: bool = False) -> None:
        """Due dates may have moved: the calendar shows them again (now if on screen), the calendar
        file follows, and — after a change — reminders are checked."""
        if self.window.current_nav() == "calendar":
            self.calendar.refresh()
        else:
            self.calendar.invalidate()
        self._calendar_file_timer.start()
        if check_reminders:
            self.reminders.check()

    def _on_day_changed(self, _today: date) -> None:
        self.requests.reload()
        self.review.reload()
        self._dates_changed()

    def _keep_calendar_file(self) -> None:
        export = self.services.calendar_export
        self.runner.read(export.keep_current, None,
                         lambda exc: self.window.status_message(f"The calendar file was not updated: "
                                                                f"{user_message(exc)}", 10000),
                         name="calendar file")

    def _feed_url(self) -> str | None:
        feed = self.services.calendar_export.feed
        return feed.url if feed is not None else None

    def _apply_feed(self) -> None:
        """Start, restart or stop the calendar link as the settings say."""
        export, settings = self.services.calendar_export, self.services.settings

        def apply() -> str | None:
            export.stop_feed()
            if not settings.get(decl.CALENDAR_FEED):
                return None
            return export.start_feed().url

        def failed(exc: BaseException) -> None:
            words = user_message(exc)
            self.window.status_message(f"The calendar link did not start: {words}", 15000)
            self.settings_part.show_feed(None, f"Not running: {words}")

        self.runner.network(apply, lambda url: self.settings_part.show_feed(url), failed, name="calendar feed")

    def _on_setting_changed(self, key: str, value: object) -> None:
        if key == decl.MAIL_KEEP_WATCHING.key:
            self.mail_view.keep_watching.setChecked(bool(value))
        elif key in (decl.CALENDAR_FEED.key, decl.CALENDAR_FEED_PORT.key, decl.CALENDAR_FEED_TOKEN.key):
            self._apply_feed()
        elif key in (decl.CALENDAR_FILE.key, decl.CALENDAR_INCLUDE_NAMES.key):
            self._calendar_file_timer.start(0)
        elif key.startswith("reminders."):
            self.reminders.check()

    def _on_profile_saved(self, saved: Any) -> None:
        profile = saved.profile
        if not self.demo:
            self.window.setWindowTitle(f"PrivacyDesk — {profile.legal_name}")
        self.reload()
        self.reminders.check()

    def _on_action_search_text_triggered(self) -> None:
        self.window.select_nav(f"queue:{self.requests.queue}")
        self.requests.search_in_messages()

    def _step_request(self, step: int) -> None:
        if not (self.window.current_nav() or "").startswith("queue:"):
            self.window.select_nav(f"queue:{self.requests.queue}")
        if not self.requests.select_next(step):
            self.window.status_message("No more requests in this list." if step > 0 else
                                       "This is the first request of the list.", 4000)

    def _on_action_about_triggered(self) -> None:
        database = "SQLite (this computer)" if self.services.db.is_sqlite else "PostgreSQL (shared by the team)"
        helpmenu.about_box(self.window, self.services.paths.data_dir, database).open()

    def _on_action_guide_triggered(self) -> None:
        folder = helpmenu.docs_dir()
        if folder is None:
            self.dialogs.show_message("User guide", "The user guide is not installed with this copy of PrivacyDesk. "
                                      "It is in the docs folder of PrivacyDesk's source (docs/guide.md).")
            return
        window = helpmenu.GuideWindow(folder, self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.guide_window = window

    def _on_action_shortcuts_triggered(self) -> None:
        actions = [a for menu in self.window.findChildren(QMenu) for a in menu.actions()]
        seen: list[QAction] = []
        for action in actions:
            if action not in seen:
                seen.append(action)
        window = helpmenu.ShortcutsWindow(seen, self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.shortcuts_window = window


def build_desk(services: AppServices, **options: Any) -> Desk:
    """The window on ``services`` (tests: ``runner=InlineRunner()``, ``use_tray=False``)."""
    return Desk(services, **options)


# -- which workspace ----------------------------------------------------------------------------------

class GuiApp(QObject):
    """Opens the welcome screen, the user's own data or the demo, and switches between them."""

    #: A workspace was opened (its ``Desk``).
    opened = Signal(object)

    def __init__(self, own: AppPaths, db_url: str | None = None, *, use_tray: bool | None = None) -> None:
        super().__init__()
        self.own = own
        self.db_url = db_url
        self.use_tray = use_tray
        self.desk: Desk | None = None
        self.welcome: WelcomeScreen | None = None
        self.welcome_controller: WelcomeController | None = None
        self.throwaway: Path | None = None  # a temporary demo folder, removed at exit
        self.demo_accounts_to_move: list[str] = []
        self.demo_folder: AppPaths | None = None
        self._switching = False
        self.quit_requested: Callable[[], None] = lambda: QCoreApplication.quit()

    # -- starting ----------------------------------------------------------------------------------
    def start(self, *, demo: bool = False, demo_dir: AppPaths | None = None, force_own: bool = False) -> None:
        """``demo``: open the demo in ``demo_dir`` (a throwaway folder when None)."""
        if demo:
            if demo_dir is None:
                self.throwaway = Path(tempfile.mkdtemp(prefix="privacydesk-demo-"))
                demo_dir = AppPaths(self.throwaway)
            self.open_demo(demo_dir)
        elif workspace.is_new(self.own, self.db_url) and not force_own:
            self.show_welcome()
        else:
            self.open_own()

    def show_welcome(self, *, setup: bool = False) -> WelcomeScreen:
        services_profile = _shipped_profile()
        start = workspace.current_setup(services_profile)
        start = workspace.BusinessSetup(start.company_name, start.privacy_email, start.time_zone, start.country,
                                        start.regimes, os_full_name())
        screen = WelcomeScreen(workspace.time_zones(), workspace.regimes(), start)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.welcome = screen
        self.welcome_controller = WelcomeController(screen, self.own, self._on_welcome_demo, self._on_welcome_set_up,
                                                    parent=screen)
        screen.closed.connect(self._on_welcome_closed)
        if setup:
            screen.show_setup()
        screen.show()
        return screen

    def _on_welcome_closed(self) -> None:
        self.welcome = None
        self.welcome_controller = None
        if not self._switching and self.desk is None:
            self.quit_requested()

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            self._switching = True
            try:
                self.welcome.close()
            finally:
                self._switching = False

    def _on_welcome_demo(self) -> None:
        folder = workspace.demo_paths(self.own)
        self.open_demo(folder)

    def _on_welcome_set_up(self) -> None:
        desk = self.open_own()
        if desk is not None and not desk.services.accounts.names():
            # "Connect a mailbox": the next step of setting up.
            desk.mail.open_accounts()
            desk.mail.open_form(None)

    # -- opening -----------------------------------------------------------------------------------
    def _open(self, paths: AppPaths, db_url: str | None, *, demo: bool) -> Desk | None:
        try:
            services = open_services(paths, db_url)
        except UserError as exc:
            _fatal("PrivacyDesk cannot start", str(exc))
            return None
        if not demo:
            from privacydesk.logsetup import configure_logging

            configure_logging(paths)
        desk = Desk(services, demo=demo, use_tray=self.use_tray)
        self._close_welcome()
        self._replace_desk(desk)
        desk.start()
        emit(self.opened, desk)
        return desk

    def open_own(self) -> Desk | None:
        desk = self._open(self.own, self.db_url, demo=False)
        if desk is None:
            return None
        if self.demo_accounts_to_move and self.demo_folder is not None:
            self._move_demo_accounts(desk)
        if not desk.services.settings.staff_name_is_known():
            desk.ask_staff_name()
        return desk

    def open_demo(self, folder: AppPaths) -> Desk | None:
        if not workspace.may_hold_demo(folder):
            _fatal("The demo cannot open here",
                   f"{folder.data_dir} holds your own data, so the demo mailbox is not put there. Start the demo "
                   "without choosing a data folder, or choose an empty one.")
            return None
        workspace.mark_demo(folder)
        self.demo_folder = folder
        desk = self._open(folder, f"sqlite:///{folder.db_file}", demo=True)
        if desk is None:
            return None
        desk.leave_demo_requested.connect(self.leave_demo)
        services = desk.services
        desk.window.status_message("Loading the demo mailbox…")
        def failed(exc: BaseException) -> None:
            desk.dialogs.show_error(exc)

        desk.runner.write(lambda: load_demo(services), lambda _r: self._on_demo_loaded(desk), failed,
                          name="load demo")
        return desk

    def _on_demo_loaded(self, desk: Desk) -> None:
        desk.window.status_message("Demo mailbox loaded.", 10000)
        desk.reload()

    def _replace_desk(self, desk: Desk) -> None:
        old, self.desk = self.desk, desk
        desk.closed.connect(lambda: self._on_desk_closed(desk))
        if old is not None:
            self._switching = True
            try:
                old.close()
            finally:
                self._switching = False

    def _on_desk_closed(self, desk: Desk) -> None:
        if not wait_for_lingering(int(desk.services.sync.timeout * 1000) + 10000):
            log.warning("a sync thread did not end in time")
        desk.services.close()
        if self.desk is desk:
            self.desk = None
            if not self._switching:
                self.quit_requested()

    # -- leaving the demo ----------------------------------------------------------------------------
    def leave_demo(self) -> None:
        desk = self.desk
        if desk is None or not desk.demo:
            return
        names = [a.name for a in desk.mail.accounts]
        if names:
            desk.dialogs.ask(
                "Keep your mailbox?",
                f"You added the mailbox “{', '.join(names)}” while trying the demo. Keep it for your own data? "
                "Its settings and password move over; the demo's invented requests do not.",
                "Keep it", lambda: self._leave_demo(names), no="Remove it with the demo",
                on_no=lambda: self._leave_demo([]))
            return
        self._leave_demo([])

    def _leave_demo(self, keep: list[str]) -> None:
        desk = self.desk
        if desk is None:
            return
        self.demo_accounts_to_move = list(keep)
        demo_folder = self.demo_folder
        self._switching = True
        try:
            desk.close()
        finally:
            self._switching = False
        self.desk = None
        if workspace.is_new(self.own, self.db_url):
            self.show_welcome(setup=bool(keep))
        else:
            self.open_own()
        if not keep and demo_folder is not None and self.throwaway is None:
            workspace.remove_demo(demo_folder)
            self.demo_folder = None

    def _move_demo_accounts(self, desk: Desk) -> None:
        folder = self.demo_folder
        names, self.demo_accounts_to_move = self.demo_accounts_to_move, []
        if folder is None:
            return
        try:
            demo_services = open_services(folder, f"sqlite:///{folder.db_file}")
        except UserError as exc:
            desk.dialogs.show_error(exc, "The mailbox from the demo could not be moved: ")
            return
        try:
            moved = workspace.move_accounts(demo_services.accounts, desk.services.accounts, names)
        except UserError as exc:
            desk.dialogs.show_error(exc, "The mailbox from the demo could not be moved: ")
            moved = []
        finally:
            demo_services.close()
        if moved:
            desk.mail.reload_accounts()
            desk.window.status_message(f"Mailbox {', '.join(moved)} moved from the demo to your own data.", 10000)
        if self.throwaway is None and set(moved) == set(names):
            workspace.remove_demo(folder)
            self.demo_folder = None

    def cleanup(self) -> None:
        if self.throwaway is not None:
            shutil.rmtree(self.throwaway, ignore_errors=True)


def _shipped_profile() -> Any:
    from privacydesk.domain.profile import load_profile
    from privacydesk.resources import DEFAULT_PROFILE

    return load_profile(DEFAULT_PROFILE)


def _fatal(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def run_gui(data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None,
            demo: bool = False, argv: Sequence[str] | None = None, *, demo_dir: str | os.PathLike[str] | None = None,
            force_own: bool = False) -> int:
    """Open the window and run until it is closed; returns the process exit status.

    ``demo``: the demo in ``demo_dir`` (a throwaway folder when None; never the user's own data).
    Otherwise the user's data (``data_dir``/``db_url``, usual precedence), or the welcome screen when
    nothing is set up yet (``force_own`` skips it).
    """
    app = application(argv)
    app.setQuitOnLastWindowClosed(False)
    gui = GuiApp(resolve_paths(data_dir), db_url)
    gui.quit_requested = app.quit
    try:
        gui.start(demo=demo, demo_dir=AppPaths(Path(demo_dir).expanduser().resolve()) if demo_dir else None,
                  force_own=force_own)
        if gui.desk is None and gui.welcome is None:
            return 1
        return int(app.exec())
    finally:
        if gui.desk is not None:
            gui.desk.close()
        gui.cleanup()
        app.setQuitOnLastWindowClosed(True)
