"""The settings dialog's controller: builds the pages from the declarations and stores what changes.

``SettingsController(settings, profile_edit, template_edit, runner, dialogs, status, ...)`` receives
the settings store, the profile and template editing services, the runner, the dialog host and a
status line, plus what the pages show or reach: the laws of the rule data, the time zones, "today",
the call that recomputes due dates after a profile change, and ``embed_accounts(container)`` — the
mail part puts its accounts list into the "Mail accounts" page (it stays the mail part's view and
controller; the settings only host it).

Pages: "You" (``staff.*``), "Mail accounts" (the accounts, then ``mail.*``), "Company" and "Business
calendar" (the company profile: ``profile_controller.py``), "Reply templates"
(``templates_controller.py``), "Reminders" (``reminders.*``), "Calendar apps" (``calendar.*`` and
the link of the running feed), "Identity checks" (``verification.*``). Every simple field is built
from its declaration in ``domain/settings.py`` (label, doc, type, range) and stored through
``SettingsService.set``, which checks it with the same declaration; a refused value stays on screen
with the declaration's words under it.

It announces ``setting_changed(key, value)`` (the composition root applies it: watching mail,
the calendar feed and file, reminders), ``profile_saved(SavedProfile)`` and
``template_saved(name, language)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacydesk.domain import settings as decl
from privacydesk.domain.errors import UserError
from privacydesk.services.profile_edit import ProfileEditService
from privacydesk.services.settings import SettingsService
from privacydesk.services.template_edit import TemplateEditService
from privacydesk.ui.dialogs import DialogHost, plain_label
from privacydesk.ui.errors import user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.settings.dialog import SettingsDialog
from privacydesk.ui.settings.fields import DOC_STYLE, SettingsForm
from privacydesk.ui.settings.profile import BusinessCalendarPage, CompanyPage
from privacydesk.ui.settings.profile_controller import ProfileController
from privacydesk.ui.settings.templates import TemplateListModel, TemplatesPage
from privacydesk.ui.settings.templates_controller import TemplatesController
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

#: The dialog's pages, in order: (key, title, intro). Sections of ``domain/settings.py`` take their
#: title and intro from ``decl.SECTIONS``.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("staff", *decl.SECTIONS["staff"]),
    ("accounts", "Mail accounts", "The mailboxes PrivacyDesk reads (never changing them), and how it keeps in "
                                  "touch with them."),
    ("company", "Company", ""),
    ("business_calendar", "Business calendar", ""),
    ("templates", "Reply templates", ""),
    ("reminders", *decl.SECTIONS["reminders"]),
    ("calendar", *decl.SECTIONS["calendar"]),
    ("verification", *decl.SECTIONS["verification"]),
    ("retention", *decl.SECTIONS["retention"]),
)


class SettingsController(QObject):
    #: A setting was stored: (key, value as stored).
    setting_changed = Signal(str, object)
    #: The company profile was saved (a ``SavedProfile``).
    profile_saved = Signal(object)
    #: A reply template was saved or restored: (name, language).
    template_saved = Signal(str, str)
    #: The dialog opened (the ``SettingsDialog``).
    opened = Signal(object)

    def __init__(self, settings: SettingsService, profile_edit: ProfileEditService, template_edit: TemplateEditService,
                 runner: Runner, dialogs_host: DialogHost, status: Callable[[str, int], None], *,
                 laws: Sequence[str], time_zones: Sequence[str], today: Callable[[], date],
                 recompute: Callable[[], int], embed_accounts: Callable[[QWidget], object] | None = None,
                 feed_url: Callable[[], str | None] = lambda: None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.profile_edit = profile_edit
        self.template_edit = template_edit
        self.runner = runner
        self.dialogs = dialogs_host
        self._status = status
        self.laws = tuple(laws)
        self.time_zones = tuple(time_zones)
        self.today = today
        self.recompute = recompute
        self.embed_accounts = embed_accounts
        self.feed_url = feed_url
        self.dialog: SettingsDialog | None = None
        self.forms: dict[str, SettingsForm] = {}
        self.profile: ProfileController | None = None
        self.templates: TemplatesController | None = None
        self.feed_label: QLabel | None = None
        self.profile_pages: dict[str, QWidget] = {}

    # -- opening ---------------------------------------------------------------------------------------
    def open(self, page: str | None = None) -> SettingsDialog:
        """Open the settings (at ``page``: a key of ``PAGES``); an open dialog is brought forward."""
        if self.dialog is not None:
            if page:
                self.dialog.show_page(page)
            self.dialog.raise_()
            return self.dialog
        dialog = SettingsDialog(self.dialogs.parent_widget)
        self.dialog = dialog
        self.forms = {}
        company, calendar = CompanyPage(self.laws, self.time_zones), BusinessCalendarPage(self.today())
        self.profile_pages = {"company": company, "business_calendar": calendar}
        self.profile = ProfileController(self.profile_edit, self.runner, company, calendar, self._parent_widget,
                                         self._status, self.recompute, parent=company)
        self.profile.profile_saved.connect(lambda saved: emit(self.profile_saved, saved))
        for key, title, intro in PAGES:
            dialog.add_page(key, title, intro, self._page(key), scroll=key in decl.SECTIONS or key == "accounts")
        dialog.close_guard = self._close_guard
        self.dialogs.open_dialog(dialog, lambda: None)
        dialog.finished.connect(lambda _r: self._on_dialog_finished(dialog))
        self.reload_values()
        assert self.profile is not None and self.templates is not None
        self.profile.load()
        self.templates.load()
        dialog.show_page(page or "staff")
        emit(self.opened, dialog)
        return dialog

    def _parent_widget(self) -> QWidget | None:
        return self.dialog or self.dialogs.parent_widget

    def _page(self, key: str) -> QWidget:
        if key in self.profile_pages:
            return self.profile_pages[key]
        if key == "templates":
            page = TemplatesPage(TemplateListModel())
            self.templates = TemplatesController(self.template_edit, self.runner, page, self._parent_widget,
                                                 self._status, parent=page)
            self.templates.template_saved.connect(lambda n, lang: emit(self.template_saved, n, lang))
            return page
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 4, 0, 0)
        if key == "accounts":
            accounts = QWidget()
            accounts.setObjectName("accountsPage")
            QVBoxLayout(accounts).setContentsMargins(0, 0, 0, 0)
            if self.embed_accounts is not None:
                self.embed_accounts(accounts)
            layout.addWidget(accounts, 1)
            section = "mail"
        else:
            section = key
        form = SettingsForm(decl.in_section(section))
        form.edited.connect(self.store)
        self.forms[section] = form
        layout.addWidget(form)
        if key == "calendar":
            layout.addWidget(self._feed_box())
        layout.addStretch(1)
        return holder

    def _feed_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel("The calendar link")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.feed_label = plain_label()
        self.feed_label.setObjectName("feedUrl")
        row.addWidget(self.feed_label, 1)
        self.copy_button = QPushButton("Copy link")
        self.copy_button.setObjectName("copyFeedUrl")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        hint = plain_label("In your calendar app, subscribe to a calendar “on the network” and paste the link. It "
                           "works only on this computer and only while PrivacyDesk runs.", selectable=False)
        hint.setStyleSheet(DOC_STYLE)
        layout.addWidget(hint)
        self.show_feed(self.feed_url())
        return box

    def show_feed(self, url: str | None, problem: str | None = None) -> None:
        """What the "calendar link" part of the page says (the composition root runs the feed)."""
        if self.feed_label is None:
            return
        try:
            if problem:
                self.feed_label.setText(problem)
            elif url:
                self.feed_label.setText(url)
            else:
                self.feed_label.setText("Off. Tick “" + decl.CALENDAR_FEED.label + "” above to get a link.")
            self.copy_button.setEnabled(bool(url) and not problem)
        except RuntimeError:  # the dialog was closed meanwhile
            self.feed_label = None

    def _on_copy_button_clicked(self) -> None:
        url = self.feed_url()
        if url:
            QApplication.clipboard().setText(url)
            self._status("Calendar link copied.", 5000)

    # -- values ----------------------------------------------------------------------------------------
    def reload_values(self) -> None:
        settings = self.settings
        self.runner.read(settings.values, self._on_values_loaded,
                         lambda exc: log.warning("settings could not be read: %s", type(exc).__name__),
                         name="settings")

    def _on_values_loaded(self, values: dict[str, Any]) -> None:
        for form in self.forms.values():
            form.set_values(values)

    def store(self, setting: decl.Setting[Any], value: Any) -> None:
        """Check and store one edited setting (on a worker: it writes a file)."""
        settings = self.settings
        self.runner.read(lambda: settings.set(setting, value), lambda stored: self._on_stored(setting, stored),
                         lambda exc: self._on_store_refused(setting, exc), name="store setting")

    def _on_stored(self, setting: decl.Setting[Any], stored: Any) -> None:
        form = self.forms.get(setting.section)
        if form is not None and setting.key in form.editors:
            form.editors[setting.key].show_problem(None)
        self._status(f"Saved: {setting.label}.", 4000)
        emit(self.setting_changed, setting.key, stored)

    def _on_store_refused(self, setting: decl.Setting[Any], exc: BaseException) -> None:
        words = user_message(exc) if isinstance(exc, UserError) else f"{setting.label}: not saved ({user_message(exc)})"
        form = self.forms.get(setting.section)
        if form is not None and setting.key in form.editors:
            form.editors[setting.key].show_problem(words + " — not saved.")

    # -- closing ---------------------------------------------------------------------------------------
    def _close_guard(self) -> bool:
        for form in self.forms.values():
            form.flush()
        unsaved = []
        if self.profile is not None and self.profile.is_dirty():
            unsaved.append("the company profile")
        if self.templates is not None and self.templates.is_dirty():
            unsaved.append("a reply template")
        if not unsaved:
            return True
        dialog = self.dialog
        box = QMessageBox(QMessageBox.Icon.Question, "Close without saving?",
                          f"Your changes to {' and '.join(unsaved)} are not saved.",
                          QMessageBox.StandardButton.NoButton, dialog)
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton("Close without saving", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep editing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            if box.clickedButton() is discard and dialog is not None:
                dialog.close_guard = None
                dialog.reject()

        box.finished.connect(finished)
        self.question = box
        box.open()
        return False

    def _on_dialog_finished(self, dialog: SettingsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            self.forms = {}
            self.profile = None
            self.templates = None
            self.feed_label = None
            self.profile_pages = {}
