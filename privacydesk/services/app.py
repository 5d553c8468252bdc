"""Composition of the services: paths → profile → rules → database → use cases.

``open_services`` is what both the window and the CLI call; tests call it with a temporary data dir.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from privacydesk.domain import deadlines
from privacydesk.domain.errors import UserError
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.settings import MAX_MESSAGE_MB
from privacydesk.paths import AppPaths, resolve_db_url
from privacydesk.services import milestones
from privacydesk.services.accounts import AccountService
from privacydesk.services.audit import AuditService
from privacydesk.services.backup import BackupService
from privacydesk.services.calendar import CalendarService
from privacydesk.services.calendar_export import CalendarExport
from privacydesk.services.customers import CustomerService
from privacydesk.services.ingest import IngestService, ReviewService
from privacydesk.services.learning import LearningService
from privacydesk.services.profile_edit import ProfileEditService
from privacydesk.services.profiles import ensure_user_profile, load_active_profile
from privacydesk.services.queries import RequestQueries
from privacydesk.services.records import RecordsService
from privacydesk.services.reminders import ReminderService
from privacydesk.services.replies import ReplyService
from privacydesk.services.requests import RequestService
from privacydesk.services.retention import RetentionService
from privacydesk.services.search import SearchService
from privacydesk.services.settings import SettingsService
from privacydesk.services.sync import SyncService
from privacydesk.services.template_edit import TemplateEditService
from privacydesk.services.verification import VerificationService
from privacydesk.store.db import Database, DataDirMissing, os_storage_error, storage_error

log = logging.getLogger(__name__)

ENV_TODAY = "PRIVACYDESK_TODAY"


def default_clock() -> Callable[[], datetime]:
    """The real clock, or a fixed day from ``PRIVACYDESK_TODAY=YYYY-MM-DD`` (demos, checks, tests)."""
    fixed = os.environ.get(ENV_TODAY)
    if fixed:
        day = date.fromisoformat(fixed)
        moment = datetime.combine(day, time(12, 0), tzinfo=UTC)
        return lambda: moment
    return lambda: datetime.now(UTC)


@dataclass
class AppServices:
    paths: AppPaths
    db: Database
    settings: SettingsService
    profile: CompanyProfile
    rules: deadlines.RuleBook
    requests: RequestService
    ingest: IngestService
    review: ReviewService
    accounts: AccountService
    sync: SyncService
    learning: LearningService
    audit: AuditService
    records: RecordsService
    retention: RetentionService
    backups: BackupService
    customers: CustomerService
    verification: VerificationService
    replies: ReplyService
    search: SearchService
    queries: RequestQueries
    calendar: CalendarService
    calendar_export: CalendarExport
    reminders: ReminderService
    profile_edit: ProfileEditService
    template_edit: TemplateEditService  # the settings' template editor (issue 12)

    def close(self) -> None:
        self.calendar_export.stop_feed()
        try:
            self.calendar_export.keep_current()  # the calendar file follows changes made by any front end
        except Exception:
            log.warning("the calendar file could not be brought up to date", exc_info=True)
        self.audit.close()
        self.db.dispose()

    def use_profile(self, profile: CompanyProfile) -> None:
        """Every service works for ``profile`` from now on (after the profile was edited). When due
        dates depend on the change, recompute the requests (``requests.recompute_all``)."""
        self.profile = profile
        for service in vars(self).values():
            if service is profile or not hasattr(service, "profile"):
                continue
            declared = getattr(type(service), "profile", None)
            if isinstance(declared, property) and declared.fset is None:
                continue  # it reads another service's profile (e.g. the calendar's is the requests')
            service.profile = profile


def explain_failure(exc: BaseException) -> UserError | None:
    """The plain-words error for a failure a person can act on (a full disk, a read-only or missing
    folder, a damaged database …) that escaped a service untranslated, or None for a bug. Both front
    ends call this before falling back to "something went wrong"."""
    if isinstance(exc, UserError):
        return exc
    return storage_error(exc)


def open_services(paths: AppPaths, db_url: str | None = None,
                  clock: Callable[[], datetime] | None = None) -> AppServices:
    """Open (and migrate) the database and build every service. Raises ``StorageError``,
    ``ProfileError`` or ``RuleError`` with a message meant for the user."""
    try:
        paths.ensure()
        ensure_user_profile(paths)
    except FileNotFoundError as exc:
        raise DataDirMissing(
            f"The data folder {paths.data_dir} does not exist, and neither does the folder it belongs in. "
            "If it is on a removable drive or a network share, connect it; otherwise check the path "
            "(--data-dir or PRIVACYDESK_DATA_DIR).") from exc
    except OSError as exc:
        raise os_storage_error(exc, paths.data_dir) from exc
    profile = load_active_profile(paths)
    rules = deadlines.load_rules()
    db = Database(resolve_db_url(paths, db_url))
    try:
        db.migrate()
    except BaseException:
        db.dispose()
        raise
    settings = SettingsService(paths.settings_file)
    requests = RequestService(db, profile, rules, clock or default_clock(), actor=settings.staff_name)
    learning = LearningService(db)
    requests.listeners.append(learning.on_request_change)  # type corrections and "not a request" teach it
    ingest = IngestService(db, profile, requests, learning,
                           max_message_bytes=lambda: settings.get(MAX_MESSAGE_MB) * 1024 * 1024)
    review = ReviewService(ingest)
    accounts = AccountService(db)
    sync = SyncService(accounts, ingest, profile)
    audit = AuditService(db, paths.data_dir, profile.tz)
    records = RecordsService(db, requests)
    retention = RetentionService(db, requests)
    backups = BackupService(db, paths.data_dir, audit)
    customers = CustomerService(db)
    verification = VerificationService(db, requests, settings, profile, customers)
    replies = ReplyService(db, requests, profile, rules, settings, accounts, verification, paths.templates_dir)
    search = SearchService(db)
    # Issue 9 hooks: verification recorded → its documents deleted; a filed reply may carry the code
    # or be one of our own replies found in Sent; new requests may get the automatic acknowledgement.
    requests.verification_hooks.append(verification.purge_material)
    ingest.joined_hooks.extend([verification.on_message_joined, replies.on_message_joined])
    sync.on_new_requests = replies.auto_acknowledge
    # Retention (issue 13) removes what was derived from purged messages in the same transaction:
    # full-text entries and search keys (issue 12) and the learned model's features (issue 10);
    # verification material left behind is swept too (issue 9).
    def forget_search(session: Session, message_ids: Sequence[int], older_than: datetime) -> int:
        search.forget_messages(session, message_ids)
        return len(message_ids)

    def forget_learned(session: Session, message_ids: Sequence[int], older_than: datetime) -> int:
        return learning.forget_examples_in(session, message_ids, older_than)

    retention.forgetters["search"] = forget_search
    retention.forgetters["learning"] = forget_learned
    retention.request_hooks.append(search.refresh_request_keys)  # a purged requester's search key
    retention.sweepers.append(verification.sweep_material)
    # Derived data a database from before issue 12 lacks (no-ops afterwards: one query each).
    milestones.backfill(requests)
    search.backfill_keys()
    queries = RequestQueries(db, requests, search)
    services = AppServices(paths=paths, db=db, settings=settings, profile=profile, rules=rules, requests=requests,
                           ingest=ingest, review=review, accounts=accounts, sync=sync, learning=learning,
                           audit=audit, records=records, retention=retention, backups=backups,
                           customers=customers, verification=verification, replies=replies, search=search,
                           queries=queries, calendar=CalendarService(db, requests),
                           calendar_export=CalendarExport(db, requests, settings),
                           reminders=ReminderService(db, requests, settings, queries),
                           profile_edit=ProfileEditService(paths), template_edit=TemplateEditService(replies))
    services.profile_edit.on_saved = services.use_profile
    return services
