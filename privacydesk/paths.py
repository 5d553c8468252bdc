"""Every path the app uses comes from here (platformdirs), so tests can redirect them all.

Order of precedence for the data folder: ``--data-dir`` > ``PRIVACYDESK_DATA_DIR`` > the platform's
user data dir (e.g. ``~/.local/share/PrivacyDesk`` on Linux). The database URL likewise:
``--db-url`` > ``PRIVACYDESK_DB_URL`` > an SQLite file in the data folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PrivacyDesk"
ENV_DATA_DIR = "PRIVACYDESK_DATA_DIR"
ENV_DB_URL = "PRIVACYDESK_DB_URL"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / "privacydesk.sqlite3"

    @property
    def profile_file(self) -> Path:
        return self.data_dir / "profile.toml"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.toml"

    @property
    def templates_dir(self) -> Path:
        """The user's edited reply templates (``<language>/<name>.txt``), which win over the shipped ones."""
        return self.data_dir / "templates"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> None:
        """Create the data folder, readable by the user only (it holds personal data)."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return AppPaths(Path(chosen).expanduser().resolve())


def resolve_db_url(paths: AppPaths, db_url: str | None = None) -> str:
    return db_url or os.environ.get(ENV_DB_URL) or f"sqlite:///{paths.db_file}"
