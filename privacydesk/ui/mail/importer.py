"""File → Import mail files…: single messages, mbox files and Maildir folders, on the writer.

``ImportController(import_files, runner, dialogs, status)`` receives the one service call it needs
(``import_files(paths) -> IngestReport``) and reports what it did in words, with correct plurals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from privacydesk.domain.wording import plural
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)


def describe_import(report: Any) -> str:
    """An ``IngestReport`` in words (tolerant of missing fields: the report may grow)."""
    if report is None:
        return "Done."
    parts = []
    for attr, one, many in (("new_messages", "new message", "new messages"),
                            ("duplicates", "message already imported", "messages already imported"),
                            ("non_requests", "message that is not a privacy request",
                             "messages that are not privacy requests"),
                            ("needs_review", "message for a person to look at (see To review)",
                             "messages for a person to look at (see To review)"),
                            ("automated", "automatic message (out of office, bounce, list)",
                             "automatic messages (out of office, bounce, list)"),
                            ("unreadable", "unreadable message, kept", "unreadable messages, kept")):
        value = getattr(report, attr, None)
        if isinstance(value, int) and (value or attr == "new_messages"):
            parts.append(plural(value, one, many))
    new_requests = getattr(report, "new_requests", None)
    if isinstance(new_requests, list):
        parts.append(plural(len(new_requests), "new request"))
    follow_ups = getattr(report, "follow_ups", None)
    if isinstance(follow_ups, list) and follow_ups:
        parts.append(plural(len(follow_ups), "reply joined to its request", "replies joined to their requests"))
    text = "Imported: " + ", ".join(parts) + "." if parts else "Done."
    failures = getattr(report, "failures", None) or []
    if failures:
        text += f"\n\n{plural(len(failures), 'file')} could not be read:\n"
        text += "\n".join(f"• {origin}: {why}" for origin, why in failures[:20])
    return text


class ImportController(QObject):
    #: Files were imported (an ``IngestReport``): the requests and the review queue need a reload.
    imported = Signal(object)

    def __init__(self, import_files: Callable[[list[Path]], Any], runner: Runner, dialogs_host: DialogHost,
                 status: Callable[[str, int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._import_files = import_files
        self.runner = runner
        self.dialogs = dialogs_host
        self._status = status

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self.dialogs.parent_widget, "Import mail")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(["Mail files (*.eml *.mbox *.mbx *.txt)", "All files (*)"])
        self.dialogs.open_dialog(dialog, lambda: None)
        dialog.filesSelected.connect(lambda files: self.import_files([Path(f) for f in files]))
        return dialog

    def import_files(self, paths: list[Path]) -> None:
        if not paths:
            return
        self._status(f"Importing {plural(len(paths), 'file')}…", 0)
        run = self._import_files
        self.runner.write(lambda: run(paths), self._on_import_done, self._on_import_failed, name="import mail")

    def _on_import_done(self, report: Any) -> None:
        self._status("Import finished.", 5000)
        self.dialogs.show_message("Import finished", describe_import(report), QMessageBox.Icon.Information)
        emit(self.imported, report)

    def _on_import_failed(self, exc: BaseException) -> None:
        self._status("", 0)
        log.warning("import failed: %s", type(exc).__name__)
        self.dialogs.show_message("Import failed", user_message(exc))
