"""Every path the app uses comes from here (platformdirs), so tests can redirect them all.

Order of precedence for the data folder: ``--data-dir`` > ``PRIVACYDESK_DATA_DIR`` > the platform's
user data dir (e.g. ``~/.local/share/PrivacyDesk`` on Linux). The database URL likewise:
``--db-url`` > ``PRIVACYDESK_DB_URL`` > an SQLite file in the data folder.

The data folder holds personal data: it is kept owner-only (0700, an existing looser folder is
tightened) and every file PrivacyDesk writes in it is 0600 whatever the umask (``private_open``,
``tighten``). A folder the user named (``--data-dir``, the environment) is created only if the folder
it goes in exists: a missing parent usually means a drive or share that is not connected, and a
fresh, empty data folder in its place would look like all the data had gone.
"""

from __future__ import annotations

import errno
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
    #: Create missing parent folders too (the platform default); False for a folder the user named.
    create_parents: bool = True

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
        """Create the data folder, readable by the user only (it holds personal data), and tighten
        an existing one. Raises ``FileNotFoundError`` when a named folder's parent is missing; a
        folder that cannot be written (an archived copy) is left as it is."""
        folder = self.data_dir
        if not folder.is_dir():
            if not self.create_parents and not folder.parent.is_dir():
                raise FileNotFoundError(errno.ENOENT, "the folder the data folder belongs in is missing",
                                        str(folder.parent))
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.tighten()

    def writable(self) -> bool:
        """Can this user create files in the data folder? (False for a read-only copy or mount.)"""
        return os.access(self.data_dir, os.W_OK)

    def tighten(self) -> None:
        """Owner-only modes for the data folder (0700), its log folder and the files PrivacyDesk
        keeps there (0600); items owned by someone else, or on a read-only disk, are left alone."""
        private_mode(self.data_dir, 0o700)
        private_mode(self.log_dir, 0o700)
        for path in (self.db_file, self.db_file.with_name(self.db_file.name + "-wal"),
                     self.db_file.with_name(self.db_file.name + "-shm"), self.profile_file,
                     self.settings_file):
            private_mode(path, 0o600)
        try:
            logs = list(self.log_dir.iterdir()) if self.log_dir.is_dir() else []
        except OSError:
            logs = []
        for path in logs:
            private_mode(path, 0o600)


def private_mode(path: Path, mode: int) -> None:
    """chmod ``path`` to ``mode`` if it exists, is ours and is looser; never raises."""
    try:
        info = path.lstat()
        if info.st_uid == os.geteuid() and (info.st_mode & 0o777) & ~mode:
            os.chmod(path, mode)
    except OSError:
        pass


def private_open(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_APPEND) -> int:
    """``os.open`` for a file that holds personal data: created 0600 whatever the umask, and an
    existing looser file is tightened. Returns the descriptor."""
    fd = os.open(path, flags, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    except OSError:
        pass
    return fd


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    named = data_dir or os.environ.get(ENV_DATA_DIR)
    chosen = named or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return AppPaths(Path(chosen).expanduser().resolve(), create_parents=not named)


def resolve_db_url(paths: AppPaths, db_url: str | None = None) -> str:
    return db_url or os.environ.get(ENV_DB_URL) or f"sqlite:///{paths.db_file}"
