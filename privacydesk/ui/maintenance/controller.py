"""Keeping the records safe (issue 13): the daily purge, the audit trail's check, backups.

``MaintenanceController(retention, audit, backups, runner, dialogs, status, bar, …)`` receives the
three services it uses, the task runner, the dialog host, a status line, its view (the audit warning
bar) and a few plain values from the composition root: whether the database is a team's PostgreSQL
server, who the staff member is, whether the daily offer is wanted, and where the day of the last
offer is remembered.

* **The daily purge.** When the window opens (once a day, if the setting is on) and
  ``RetentionService.plan()`` finds something past the retention period, it is offered with a
  confirmation saying in plain words what goes and what stays; the purge runs on the writer, its
  result goes to the status bar, and the service audits it. File → Remove old personal data… does
  the same on demand (and says so when nothing is due).
* **The audit anchor.** When ``AuditService.anchor_status()`` says the database is behind, or
  different from, what this computer saw, a red bar says what that means and what to do; Help → Check
  the audit trail runs ``AuditService.verify()`` and says the result in words.
* **Backups.** File → Back up… copies the SQLite database (consistent while mail is read), File →
  Restore… replaces it after a confirmation that names both; on PostgreSQL both say how the server's
  own tools do it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from privacydesk.domain.wording import plural
from privacydesk.services.audit import AnchorStatus, AuditService, TrailReport
from privacydesk.services.backup import PG_DUMP_HINT, BackupInfo, BackupService, RestoreResult
from privacydesk.services.retention import PurgePlan, PurgeResult, RetentionService
from privacydesk.ui import labels
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import for_people, user_message
from privacydesk.ui.maintenance.view import AuditWarningBar
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

StatusLine = Callable[[str, int], None]
ASK_FOR_HELP = "whoever supports PrivacyDesk"


class OfferMemory(Protocol):
    """Where the day of the last purge offer is kept (window state, not a preference)."""

    def last(self) -> date | None: ...

    def remember(self, day: date) -> None: ...


class SettingsMemory:
    """``OfferMemory`` in the window-state file of the data folder (``QSettings``)."""

    KEY = "retention/last_offered"

    def __init__(self, settings: QSettings | None) -> None:
        self.settings = settings

    def last(self) -> date | None:
        if self.settings is None:
            return None
        try:
            return date.fromisoformat(str(self.settings.value(self.KEY, "")))
        except ValueError:
            return None

    def remember(self, day: date) -> None:
        if self.settings is not None:
            self.settings.setValue(self.KEY, day.isoformat())
            self.settings.sync()


# -- words ------------------------------------------------------------------------------------------

def _months(months: int | None) -> str:
    if months is None:
        return "—"
    if months % 12 == 0:
        years = months // 12
        return f"{months} months ({plural(years, 'year')})"
    return plural(months, "month")


def _refs(refs: tuple[str, ...], limit: int = 6) -> str:
    shown = ", ".join(refs[:limit])
    return shown + (f" and {len(refs) - limit} more" if len(refs) > limit else "")


def purge_question(plan: PurgePlan) -> str:
    """What a purge removes and what it keeps, for the confirmation."""
    lines = [f"Your privacy notice promises to keep personal data no longer than {_months(plan.retention_months)} "
             "after a request is closed.", "", f"What will be removed (older than {labels.day(plan.cutoff)}):"]
    if plan.requests:
        messages = (f"the text, attachments and addresses of their {plural(plan.request_messages, 'message')}, "
                    if plan.request_messages else "")
        lines.append(f"• The personal data of {plural(len(plan.requests), 'closed request')} "
                     f"({_refs(plan.requests)}): {messages}their notes, any agent's details, and the names and "
                     "addresses in their history.")
    if plan.requesters:
        lines.append(f"• The name, addresses and phone of {plural(plan.requesters, 'person', 'people')} with "
                     "no other request still kept.")
    if plan.mail_metadata:
        lines.append(f"• What is kept about {plural(plan.mail_metadata, 'other message')} that "
                     f"{'was not a request' if plan.mail_metadata == 1 else 'were not requests'} (date, sender's "
                     "domain, how it was classified).")
    lines += ["", "What is kept:",
              "• Each request's row in the register: when it arrived, what it asked for, the law and what "
              "became of it — so the register and the yearly figures stay true.",
              "• The audit trail, which still checks out; it records this removal by count and reference.",
              "• A fingerprint of each removed message, so it is never fetched again.",
              "", "This cannot be undone."]
    return "\n".join(lines)


def purge_done(result: PurgeResult) -> str:
    """The purge's result in one line for the status bar."""
    plan = result.plan
    parts = []
    if plan.requests:
        parts.append(f"the personal data of {plural(len(plan.requests), 'closed request')}")
    if plan.mail_metadata:
        parts.append(f"what was kept about {plural(plan.mail_metadata, 'other message')}")
    if result.verification_material:
        parts.append(f"{plural(result.verification_material, 'item')} of identity proof")
    if not parts:
        return "Nothing was past the retention period."
    return f"Removed {', '.join(parts[:-1]) + ' and ' + parts[-1] if len(parts) > 1 else parts[0]} " \
           f"(older than {_months(plan.retention_months)})."


def anchor_warning(status: AnchorStatus) -> str:
    """The audit anchor's warning in words, with what to do in the window."""
    if status.state == "behind":
        return (f"This database's history of changes ends at event {status.database_event}, but this computer saw "
                f"it reach event {status.anchor_event}. Events were removed, or the database was replaced by an "
                "older copy or an empty one. If you restored a backup "
                "on purpose, restore it with File → Restore… so the restore is recorded. Otherwise change "
                f"nothing, keep a copy of the data folder and ask {ASK_FOR_HELP}.")
    if status.state == "diverged":
        return (f"Event {status.anchor_event} of this database's history of changes is not the one this computer "
                "saw. The history was rewritten, or the database was replaced by a different one. "
                "If you restored a backup on purpose, restore it with File → Restore… so the restore is "
                f"recorded. Otherwise change nothing, keep a copy of the data folder and ask {ASK_FOR_HELP}.")
    if status.state == "unreadable":
        return ("This computer's record of the audit trail (audit-anchor.json in the data folder) is damaged, so "
                "the database cannot be checked against it. If nobody changed that file on purpose, keep a copy "
                f"of the data folder and ask {ASK_FOR_HELP}; deleting that file makes the check start afresh.")
    return for_people(status.message or "")


def _window_words(text: str) -> str:
    return for_people(text.replace("use 'privacydesk restore FILE'", "restore it with File → Restore…"))


def verify_words(report: TrailReport) -> str:
    """``audit verify`` in words for the window."""
    chain = report.chain
    if report.ok:
        text = (f"The audit trail checks out: {plural(chain.events, 'event')}, none changed, removed or inserted, "
                f"and all {plural(chain.requests, 'request')} match their history.")
        if report.anchor.state == "ok":
            text += " This computer's record of the newest event agrees."
    else:
        text = (f"The audit trail does not check out.\n\n{_window_words(report.problem or '')}\n\nChange nothing "
                f"for now (do not edit, purge or restore), keep a copy of the data folder, and ask {ASK_FOR_HELP}.")
    if report.notes:
        text += "\n\n" + "\n".join(f"Note: {for_people(n)}" for n in report.notes)
    return text


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{max(1, n // 1000)} kB"


def _newest(info: BackupInfo) -> str:
    if not info.newest_event:
        return ""
    try:
        return f", newest change {labels.moment(datetime.fromisoformat(info.newest_event))}"
    except ValueError:
        return ""


def restore_question(current: BackupInfo, backup: BackupInfo) -> str:
    return (f"Replace all the data with the backup {backup.path.name}?\n\n"
            f"Now: {plural(current.requests, 'request')}, {plural(current.events, 'event')} in the audit trail.\n"
            f"The backup: {plural(backup.requests, 'request')}, {plural(backup.events, 'event')} in the audit "
            f"trail{_newest(backup)}.\n\n"
            "Everything done since the backup was made is replaced. The current data is kept as a copy in the "
            "data folder, and the restore is recorded in the audit trail.")


class MaintenanceController(QObject):
    #: Requests were purged (a ``PurgeResult``): lists and counts need a reload.
    data_purged = Signal(object)
    #: A backup was restored (a ``RestoreResult``): everything shown must be read again.
    database_replaced = Signal(object)
    #: The audit anchor was checked (an ``AnchorStatus``).
    anchor_checked = Signal(object)
    #: A backup was written (its ``BackupInfo``).
    backup_written = Signal(object)

    def __init__(self, retention: RetentionService, audit: AuditService, backups: BackupService, runner: Runner,
                 dialogs_host: DialogHost, status: StatusLine, bar: AuditWarningBar, *, team_database: bool,
                 actor: Callable[[], str], offer_enabled: Callable[[], bool], memory: OfferMemory,
                 today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.retention = retention
        self.audit = audit
        self.backups = backups
        self.runner = runner
        self.dialogs = dialogs_host
        self._status = status
        self.bar = bar
        self.team_database = team_database
        self.actor = actor
        self.offer_enabled = offer_enabled
        self.memory = memory
        self.today = today
        self.question: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self._purging = False
        bar.check_button.clicked.connect(self.verify_audit)

    def start(self) -> None:
        """When the window opens: check the audit anchor, then offer the daily purge."""
        self.check_anchor()
        self.offer_daily_purge()

    # -- the audit anchor ----------------------------------------------------------------------------
    def check_anchor(self) -> None:
        self.runner.read(self.audit.anchor_status, self._on_anchor_status,
                         lambda exc: log.warning("audit anchor not checked: %s", type(exc).__name__),
                         name="audit anchor")

    def _on_anchor_status(self, status: AnchorStatus) -> None:
        if status.warning:
            title = ("This computer's record of the audit trail is damaged" if status.state == "unreadable"
                     else "The audit trail does not match what this computer saw")
            self.bar.show_warning(anchor_warning(status), title)
        else:
            self.bar.hide()
        emit(self.anchor_checked, status)

    def verify_audit(self) -> None:
        """Help → Check the audit trail: the whole check, the result in words."""
        self._status("Checking the audit trail…", 0)
        self.runner.read(self.audit.verify, self._on_verified,
                         lambda exc: self._failed("The audit trail could not be checked", exc), name="audit verify")

    def _on_verified(self, report: TrailReport) -> None:
        self._status("The audit trail checks out." if report.ok else "The audit trail does not check out.", 10000)
        if report.ok:
            self.dialogs.show_message("Audit trail checked", verify_words(report), QMessageBox.Icon.Information)
            if not report.anchor.warning:
                self.bar.hide()
        else:
            self.dialogs.show_message("The audit trail does not check out", verify_words(report),
                                      QMessageBox.Icon.Critical)

    # -- retention ---------------------------------------------------------------------------------------
    def offer_daily_purge(self) -> None:
        """Once a day (if wanted), offer what is past the retention period."""
        today = self.today()
        if not self.offer_enabled() or self.memory.last() == today:
            return
        self.runner.read(self.retention.plan, lambda plan: self._on_daily_plan(today, plan),
                         lambda exc: log.warning("retention plan failed: %s", type(exc).__name__),
                         name="retention plan")

    def _on_daily_plan(self, today: date, plan: PurgePlan) -> None:
        if plan.cutoff is None or plan.empty:
            return
        self.memory.remember(today)  # asked today; "Not now" waits until tomorrow
        self._ask_purge(plan, later=True)

    def purge(self) -> None:
        """File → Remove old personal data…: what is past the retention period, then ask."""
        self.runner.read(self.retention.plan, self._on_plan,
                         lambda exc: self._failed("What is past the retention period could not be listed", exc),
                         name="retention plan")

    def _on_plan(self, plan: PurgePlan) -> None:
        if plan.cutoff is None:
            self.dialogs.show_message(
                "Nothing to remove", "Your company profile promises no retention period, so PrivacyDesk "
                "removes nothing by itself. Set one in profile.toml (commitments.retention_months) to enable "
                "this.", QMessageBox.Icon.Information)
            return
        if plan.empty:
            self.dialogs.show_message(
                "Nothing to remove", f"Nothing is older than the retention period ({_months(plan.retention_months)} "
                f"after a request is closed). Requests closed before {labels.day(plan.cutoff)} would be.",
                QMessageBox.Icon.Information)
            return
        self._ask_purge(plan, later=False)

    def _ask_purge(self, plan: PurgePlan, *, later: bool) -> None:
        text = purge_question(plan)
        if later:
            text += " You can also do it later: File → Remove old personal data…"
        self.question = self.dialogs.ask("Remove personal data past the retention period?", text, "Remove now",
                                         self._confirmed_purge, no="Not now", icon=QMessageBox.Icon.Warning)

    def _confirmed_purge(self) -> None:
        if self._purging:
            return
        self._purging = True
        self._status("Removing personal data past the retention period…", 0)
        actor = self.actor()
        retention = self.retention
        self.runner.write(lambda: retention.purge(actor), self._on_purged, self._on_purge_failed, name="purge")

    def _on_purged(self, result: PurgeResult) -> None:
        self._purging = False
        self._status(purge_done(result), 15000)
        emit(self.data_purged, result)

    def _on_purge_failed(self, exc: BaseException) -> None:
        self._purging = False
        self._failed("Nothing was removed", exc)

    # -- backups -----------------------------------------------------------------------------------------
    def _team_message(self, title: str) -> bool:
        if self.team_database:
            self.dialogs.show_message(title, for_people(PG_DUMP_HINT), QMessageBox.Icon.Information)
        return self.team_database

    def _choose(self, title: str, *, save: bool, suggested: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
        dialog = QFileDialog(self.dialogs.parent_widget, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(["PrivacyDesk backups (*.sqlite3 *.db)", "All files (*)"])
        dialog.setDirectory(str(Path.home()))
        if suggested:
            dialog.selectFile(suggested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)) if chosen else None)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def choose_backup_file(self) -> QFileDialog | None:
        """File → Back up…"""
        if self._team_message("Back up"):
            return None
        return self._choose("Back up PrivacyDesk", save=True,
                            suggested=f"privacydesk-backup-{self.today().isoformat()}.sqlite3",
                            on_chosen=self.back_up)

    def back_up(self, target: Path) -> None:
        """Copy the database to ``target`` (the file dialog already asked before replacing a file)."""
        if self._team_message("Back up"):
            return
        if not target.suffix:
            target = target.with_suffix(".sqlite3")
        self._status("Backing up…", 0)
        backups = self.backups
        # A read: the online backup copies one consistent snapshot while others keep writing.
        self.runner.read(lambda: backups.backup(target, overwrite=True), self._on_backed_up,
                         lambda exc: self._failed("The backup was not written", exc), name="backup")

    def _on_backed_up(self, info: BackupInfo) -> None:
        self._status(f"Backup written: {info.path}", 10000)
        self.dialogs.show_message(
            "Backup written",
            f"Backup written to {info.path}: {plural(info.requests, 'request')}, {plural(info.events, 'event')} in "
            f"the audit trail ({_size(info.size)}). It holds personal data: keep it somewhere only you can read.",
            QMessageBox.Icon.Information)
        emit(self.backup_written, info)

    def choose_restore_file(self) -> QFileDialog | None:
        """File → Restore…"""
        if self._team_message("Restore"):
            return None
        return self._choose("Restore PrivacyDesk from a backup", save=False, suggested="", on_chosen=self.restore)

    def restore(self, source: Path) -> None:
        """Check the backup, then ask (naming what is replaced by what)."""
        if self._team_message("Restore"):
            return
        backups = self.backups

        def check() -> tuple[BackupInfo, BackupInfo]:
            return backups.current(), backups.check_restorable(source)

        self.runner.read(check, lambda infos: self._ask_restore(source, *infos),
                         lambda exc: self._failed("Nothing was restored", exc), name="check backup")

    def _ask_restore(self, source: Path, current: BackupInfo, backup: BackupInfo) -> None:
        self.question = self.dialogs.ask("Restore from a backup?", restore_question(current, backup), "Restore",
                                         lambda: self._confirmed_restore(source), icon=QMessageBox.Icon.Warning)

    def _confirmed_restore(self, source: Path) -> None:
        self._status("Restoring…", 0)
        backups, actor = self.backups, self.actor()
        self.runner.write(lambda: backups.restore(source, actor), self._on_restored,
                          lambda exc: self._failed("Nothing was restored", exc), name="restore")

    def _on_restored(self, result: RestoreResult) -> None:
        info = result.restored
        self._status(f"Restored {plural(info.requests, 'request')} from {info.path.name}.", 15000)
        self.dialogs.show_message(
            "Backup restored",
            f"Restored {plural(info.requests, 'request')} from {info.path.name}. The data from before is kept as "
            f"{result.safety_copy}. The restore is recorded in the audit trail.", QMessageBox.Icon.Information)
        emit(self.database_replaced, result)
        self.check_anchor()

    # -- failures --------------------------------------------------------------------------------------------
    def _failed(self, what: str, exc: BaseException) -> None:
        self._status(f"{what}.", 8000)
        self.dialogs.show_message(what, user_message(exc))
