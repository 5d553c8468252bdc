"""Starting the window: QApplication, services, main window, event loop.

``run_gui`` is what ``privacydesk`` / ``privacydesk gui [--demo]`` call. With ``demo=True`` the
window opens on a throwaway data folder (a temporary directory with its own SQLite file — never the
``--db-url``/``PRIVACYDESK_DB_URL`` database) with the bundled demo mailbox imported; the folder is
removed on exit.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from privacydesk import __version__
from privacydesk.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication (created on first call)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("PrivacyDesk")
    QCoreApplication.setApplicationName("PrivacyDesk")
    QCoreApplication.setApplicationVersion(__version__)
    return QApplication(list(argv) if argv is not None else [sys.argv[0]])


def _fatal(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def run_gui(data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None,
            demo: bool = False, argv: Sequence[str] | None = None) -> int:
    """Open the main window and run until it is closed; returns the process exit status.

    ``data_dir``/``db_url`` follow the usual precedence (``paths.resolve_paths``/``resolve_db_url``)
    and are ignored when ``demo`` is true.
    """
    from privacydesk.domain.deadlines import RuleError
    from privacydesk.domain.profile import ProfileError
    from privacydesk.services.app import open_services
    from privacydesk.store.db import StorageError
    from privacydesk.ui.main_window import MainWindow

    app = application(argv)
    demo_dir: Path | None = None
    if demo:
        demo_dir = Path(tempfile.mkdtemp(prefix="privacydesk-demo-"))
        paths = AppPaths(demo_dir)
        db_url = f"sqlite:///{paths.db_file}"
    else:
        paths = resolve_paths(data_dir)
    try:
        try:
            services = open_services(paths, db_url)
        except (StorageError, ProfileError, RuleError) as exc:
            _fatal("PrivacyDesk cannot start", str(exc))
            return 1
        if not demo:
            from privacydesk.logsetup import configure_logging

            configure_logging(paths)
        try:
            window = MainWindow(services, title_suffix="demo (changes are thrown away)" if demo else "")
            window.show()
            if demo:
                window.controller.load_demo()
            return int(app.exec())
        finally:
            from privacydesk.ui.mail_controller import wait_for_lingering

            # A sync thread still in a network call must end before the services (and Qt) go.
            if not wait_for_lingering(int(services.sync.timeout * 1000) + 10000):
                log.warning("a sync thread did not end in time")
            services.close()
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
