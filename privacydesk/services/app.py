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
from privacydesk.domain.profile import CompanyProfile
from privacydesk.paths import AppPaths, resolve_db_url
from privacydesk.services.accounts import AccountService
from privacydesk.services.ingest import IngestService, ReviewService
from privacydesk.services.learning import LearningService
from privacydesk.services.profiles import ensure_user_profile, load_active_profile
from privacydesk.services.requests import RequestService
from privacydesk.services.settings import SettingsService
from privacydesk.services.sync import SyncService
from privacydesk.store.db import Database

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

    def close(self) -> None:
        self.db.dispose()


def open_services(paths: AppPaths, db_url: str | None = None,
                  clock: Callable[[], datetime] | None = None) -> AppServices:
    """Open (and migrate) the database and build every service. Raises ``StorageError``,
    ``ProfileError`` or ``RuleError`` with a message meant for the user."""
    paths.ensure()
    ensure_user_profile(paths)
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
    ingest = IngestService(db, profile, requests, learning)
    review = ReviewService(ingest)
    accounts = AccountService(db)
    sync = SyncService(accounts, ingest, profile)
    return AppServices(paths=paths, db=db, settings=settings, profile=profile, rules=rules, requests=requests, ingest=ingest,
                       review=review, accounts=accounts, sync=sync, learning=learning)
