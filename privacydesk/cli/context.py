"""What a CLI command needs, built lazily: a command that prints a deadline opens no database."""

from __future__ import annotations

import sys
from functools import cached_property
from typing import TYPE_CHECKING

from privacydesk.paths import AppPaths, resolve_db_url, resolve_paths

if TYPE_CHECKING:
    from privacydesk.domain.profile import CompanyProfile
    from privacydesk.services.app import AppServices


class CliContext:
    def __init__(self, data_dir: str | None = None, db_url: str | None = None) -> None:
        self._data_dir = data_dir
        self._db_url = db_url
        self._services: AppServices | None = None
        self.warn_anchor = True  # say when the database's audit trail is behind this computer's record

    @cached_property
    def paths(self) -> AppPaths:
        return resolve_paths(self._data_dir)

    @property
    def explicit_data_dir(self) -> str | None:
        """``--data-dir`` as given on the command line (not the environment's or the default)."""
        return self._data_dir

    @property
    def explicit_db_url(self) -> str | None:
        """``--db-url`` as given on the command line."""
        return self._db_url

    @property
    def db_url(self) -> str:
        return resolve_db_url(self.paths, self._db_url)

    @property
    def services(self) -> AppServices:
        if self._services is None:
            from privacydesk.logsetup import configure_logging
            from privacydesk.services.app import open_services

            try:
                self._services = open_services(self.paths, self.db_url)
            finally:
                # The log goes to the data folder whenever it exists, so a refusal to open it is
                # logged there too (a missing or read-only folder simply gets no log file).
                if self.paths.data_dir.is_dir():
                    configure_logging(self.paths)
            if self.warn_anchor:
                status = self._services.audit.anchor_status()
                if status.warning:
                    print(f"privacydesk: warning: {status.message}", file=sys.stderr)
        return self._services

    def log_location(self) -> str | None:
        """Where the log file is, if one was opened in this process."""
        import logging

        for handler in logging.getLogger().handlers:
            name = getattr(handler, "baseFilename", None)
            if isinstance(name, str):
                return name
        return None

    @property
    def profile(self) -> CompanyProfile:
        if self._services is not None:
            return self._services.profile
        from privacydesk.services.profiles import load_active_profile

        return load_active_profile(self.paths)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None
