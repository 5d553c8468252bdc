"""Composition of the services: paths → profile → rules → database → use cases.

``open_services`` is what both the window and the CLI call; tests call it with a temporary data dir.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from privacydesk.domain import deadlines
from privacydesk.domain.errors import UserError
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.settings import MAX_MESSAGE_MB
from privacydesk.paths import AppPaths, resolve_db_url
from privacydesk.services.accounts import AccountService
from privacydesk.services.ingest import IngestService, ReviewService
from privacydesk.services.profiles import ensure_user_profile, load_active_profile
from privacydesk.services.requests import RequestService
from privacydesk.services.settings import SettingsService
from privacydesk.services.sync import SyncService
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

    def close(self) -> None:
        self.db.dispose()


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
    ingest = IngestService(db, profile, requests,
                           max_message_bytes=lambda: settings.get(MAX_MESSAGE_MB) * 1024 * 1024)
    review = ReviewService(ingest)
    accounts = AccountService(db)
    sync = SyncService(accounts, ingest, profile)
    return AppServices(paths=paths, db=db, settings=settings, profile=profile, rules=rules, requests=requests, ingest=ingest,
                       review=review, accounts=accounts, sync=sync)
