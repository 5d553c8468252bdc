"""The Reports menu (issue 13): the register of requests, the yearly figures, a request's case file.

``ReportsController(records, runner, dialogs, status, company=, today=)`` receives the records
service, the task runner, the dialog host, a status line and two plain values. Files are chosen
with non-blocking file dialogs (tests call ``save_register``/``save_metrics``/``write_case_file``
with a path instead); reading the records and writing the files run on read workers (they do not
change the database), and every file is written readable by the user only (``privatefiles``).
The PDF is drawn on the GUI thread (Qt's painter and text layout), then written on a worker.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from privacydesk.domain.records import YearMetrics, register_csv
from privacydesk.domain.wording import plural
from privacydesk.services.privatefiles import write_private_bytes
from privacydesk.services.records import CaseFile, RecordsService
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.reports.dialogs import MetricsDialog, RegisterChoice, RegisterDialog
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)

StatusLine = Callable[[str, int], None]


def case_folder(parent: Path, ref: str) -> Path:
    """A new folder for ``ref``'s case file inside the folder the user chose (never one in use)."""
    base = parent / f"{ref} case file"
    candidate, n = base, 1
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        n += 1
        candidate = parent / f"{base.name} ({n})"
    return candidate


class ReportsController(QObject):
    #: A file or folder was written: its path.
    file_written = Signal(object)
    #: Writing failed: the message shown.
    failed = Signal(str)

    def __init__(self, records: RecordsService, runner: Runner, dialogs_host: DialogHost, status: StatusLine,
                 *, company: str, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.runner = runner
        self.dialogs = dialogs_host
        self._status = status
        self.company = company
        self.today = today
        self.metrics_dialog: MetricsDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._metrics_generation = 0

    # -- choosing files --------------------------------------------------------------------------
    def _choose(self, parent: QWidget | None, title: str, *, suggested: str = "", filters: tuple[str, ...] = (),
                folder: bool = False, on_chosen: Callable[[Path], None]) -> QFileDialog:
        """A non-blocking file dialog on top of ``parent`` (the window, or the figures dialog)."""
        dialog = QFileDialog(parent, title)
        if folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            if filters:
                dialog.setNameFilters(list(filters))
        dialog.setDirectory(str(Path.home()))
        if suggested and not folder:
            dialog.selectFile(suggested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)) if chosen else None)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _write(self, what: str, path: Path, produce: Callable[[], bytes], done: Callable[[Path], None]) -> None:
        """Produce the bytes and write them, on a read worker (nothing in the database changes)."""
        self._status(f"Writing the {what}…", 0)

        def work() -> Path:
            write_private_bytes(path, produce())
            return path

        self.runner.read(work, done, lambda exc: self._on_failed(what, exc), name=f"write {what}")

    def _on_failed(self, what: str, exc: BaseException) -> None:
        message = user_message(exc)
        self._status(f"The {what} was not written.", 8000)
        self.dialogs.show_message(f"The {what} was not written", message)
        emit(self.failed, message)

    # -- the register ------------------------------------------------------------------------------
    def export_register(self) -> RegisterDialog:
        """Reports → Export the register…: which requests and which format, then where."""
        dialog = RegisterDialog(self.today(), self.dialogs.parent_widget)

        def accepted() -> None:
            choice = dialog.choice()
            filters = ("CSV files (*.csv)",) if choice.format == "csv" else ("JSON files (*.json)",)
            self._choose(self.dialogs.parent_widget, "Save the register", suggested=choice.file_name(self.today()),
                         filters=filters, on_chosen=lambda path: self.save_register(path, choice))

        self.dialogs.open_dialog(dialog, accepted)
        return dialog

    def save_register(self, path: Path, choice: RegisterChoice) -> None:
        path = path.with_suffix(f".{choice.format}") if not path.suffix else path
        records = self.records
        counted: list[int] = []

        def produce() -> bytes:
            rows = records.register(choice.start, choice.end)
            counted.append(len(rows))
            if choice.format == "json":
                return (json.dumps([r.as_json() for r in rows], indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            return register_csv(rows).encode("utf-8")

        def done(written: Path) -> None:
            rows = plural(counted[0] if counted else 0, "request")
            self._status(f"Register saved ({rows}): {written}", 10000)
            emit(self.file_written, written)

        self._write("register", path, produce, done)

    # -- the yearly figures ----------------------------------------------------------------------------
    def show_metrics(self, year: int | None = None) -> MetricsDialog:
        """Reports → Yearly figures…: the §7102 table of a year, in the window, with CSV and PDF."""
        year = year or self.today().year
        dialog = MetricsDialog(year, self.company, self.dialogs.parent_widget)
        self.metrics_dialog = dialog
        dialog.year.valueChanged.connect(self.load_metrics)
        dialog.save_csv.clicked.connect(lambda: self._choose_metrics_file("csv"))
        dialog.save_pdf.clicked.connect(lambda: self._choose_metrics_file("pdf"))
        dialog.finished.connect(lambda _r: self._forget_metrics_dialog(dialog))
        self.dialogs.open_dialog(dialog, lambda: None)
        self.load_metrics(year)
        return dialog

    def _forget_metrics_dialog(self, dialog: MetricsDialog) -> None:
        if self.metrics_dialog is dialog:
            self.metrics_dialog = None

    def load_metrics(self, year: int) -> None:
        dialog = self.metrics_dialog
        if dialog is None:
            return
        self._metrics_generation += 1
        generation = self._metrics_generation
        dialog.show_loading()
        records = self.records
        self.runner.read(lambda: records.metrics(year), lambda m: self._on_metrics(generation, m),
                         lambda exc: self._on_metrics_failed(generation, exc), name="metrics")

    def _on_metrics(self, generation: int, metrics: YearMetrics) -> None:
        if generation == self._metrics_generation and self.metrics_dialog is not None:
            self.metrics_dialog.show_metrics(metrics)

    def _on_metrics_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._metrics_generation and self.metrics_dialog is not None:
            self.metrics_dialog.show_problem(f"The figures could not be counted: {user_message(exc)}")

    def _choose_metrics_file(self, kind: str) -> None:
        dialog = self.metrics_dialog
        if dialog is None or dialog.model.metrics is None:
            return
        metrics = dialog.model.metrics
        filters = ("CSV files (*.csv)",) if kind == "csv" else ("PDF files (*.pdf)",)
        self._choose(dialog, "Save the yearly figures", suggested=f"privacy-requests-{metrics.year}.{kind}",
                     filters=filters, on_chosen=lambda path: self.save_metrics(path, metrics, kind))

    def save_metrics(self, path: Path, metrics: YearMetrics, kind: str) -> None:
        path = path.with_suffix(f".{kind}") if not path.suffix else path
        if kind == "pdf":
            from privacydesk.ui.reports.metrics_pdf import render_metrics_pdf

            data = render_metrics_pdf(metrics, self.company, self.today())  # Qt drawing: the GUI thread

            def produce() -> bytes:
                return data
        else:
            def produce() -> bytes:
                return metrics.csv().encode("utf-8")

        def done(written: Path) -> None:
            self._status(f"{metrics.year} figures saved: {written}", 10000)
            if self.metrics_dialog is not None:
                self.metrics_dialog.status.setText(f"Saved as {written}")
            emit(self.file_written, written)

        self._write("figures", path, produce, done)

    # -- a case file -------------------------------------------------------------------------------------
    def export_case(self, ref: str | None) -> QFileDialog | None:
        """Reports → Case file of the selected request…: choose a folder; a new folder goes in it."""
        if ref is None:
            self.dialogs.show_message("Case file", "Select a request in the list first.",
                                      QMessageBox.Icon.Information)
            return None
        return self._choose(self.dialogs.parent_widget, f"Where to put the case file of {ref}", folder=True,
                            on_chosen=lambda folder: self.write_case_file(ref, folder))

    def write_case_file(self, ref: str, parent: Path) -> None:
        records = self.records
        self._status(f"Writing the case file of {ref}…", 0)

        def work() -> CaseFile:
            return records.write_case_file(ref, case_folder(parent, ref))

        self.runner.read(work, self._on_case_written, lambda exc: self._on_failed("case file", exc),
                         name="case file")

    def _on_case_written(self, case: CaseFile) -> None:
        self._status(f"Case file of {case.ref} written: {case.folder}", 10000)
        text = (f"The case file of {case.ref} is in {case.folder}: a readable summary (summary.txt), the same "
                f"as data (case.json) and the messages as received and sent ({plural(len(case.files), 'file')} "
                "in all). It holds personal data: keep it somewhere only you can read.")
        if case.messages_missing:
            text += (f"\n\n{plural(case.messages_missing, 'message has', 'messages have')} no original kept "
                     "(removed after the retention period, or never stored); the summary lists them.")
        folder = case.folder

        def open_folder() -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        self.dialogs.ask("Case file written", text, "Open the folder", open_folder, no="Close",
                         icon=QMessageBox.Icon.Information)
        emit(self.file_written, case.folder)
