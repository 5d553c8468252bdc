"""What the verification part does: show a request's identity evidence, and import the customers file.

``VerificationController(verification, customers, runner, panel, dialogs, status, actor)`` receives
the verification service (the evidence), the customers service (File → Import customers…), the task
runner, its view (``panel.VerificationPanel``), the dialog host, a status line and who the staff
member is (for the audit trail). It decides nothing about other parts: "Ask for proof of identity…"
and "Record the result…" are announced (``letter_requested``, ``record_requested``) and the
composition root opens the composer or the request's Verify dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from privacydesk.domain.wording import plural
from privacydesk.services.customers import CustomerImport, CustomerService
from privacydesk.services.verification import VerificationEvidence, VerificationService
from privacydesk.ui.dialogs import DialogHost
from privacydesk.ui.errors import is_refusal, user_message
from privacydesk.ui.qtcompat import emit
from privacydesk.ui.replies import words as reply_words
from privacydesk.ui.verification.panel import VerificationPanel
from privacydesk.ui.workers import Runner

log = logging.getLogger(__name__)


def describe_import(result: CustomerImport) -> str:
    text = (f"Customers file imported: {plural(result.added, 'new customer')}, "
            f"{plural(result.updated, 'customer')} updated.")
    if result.skipped:
        text += f"\n\n{plural(result.skipped, 'line was', 'lines were')} left out:\n"
        text += "\n".join(f"• {p[:1].upper()}{p[1:]}" for p in result.problems[:20])
        if len(result.problems) > 20:
            text += "\n• …"
    return text


class VerificationController(QObject):
    #: "Ask for proof of identity…": (ref, the letter's template).
    letter_requested = Signal(str, str)
    #: "Record the result…": the request's Verify identity action should open.
    record_requested = Signal()
    #: The customers file was imported (a ``CustomerImport``).
    customers_imported = Signal(object)
    #: The panel shows this request's evidence.
    evidence_shown = Signal(str)

    def __init__(self, verification: VerificationService, customers: CustomerService, runner: Runner,
                 panel: VerificationPanel, dialogs_host: DialogHost, status: Callable[[str, int], None],
                 actor: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.verification = verification
        self.customers = customers
        self.runner = runner
        self.panel = panel
        self.dialogs = dialogs_host
        self._status = status
        self._actor = actor
        self.ref: str | None = None
        self.can_record = False
        self.letters: list[str] = []
        self._generation = 0
        self._menu = QMenu(panel)
        panel.ask_button.clicked.connect(self._on_ask_clicked)
        panel.record_button.clicked.connect(self._on_record_clicked)
        panel.import_button.clicked.connect(self.choose_file)

    # -- the evidence --------------------------------------------------------------------------------
    def show_request(self, ref: str | None, *, can_record: bool = False) -> None:
        if ref != self.ref:
            self.letters = []
        self.ref = ref
        self.can_record = can_record
        if ref is None:
            self._generation += 1
            self.panel.show_message("Select a request to see how its identity can be checked.")
            return
        self.reload()

    def set_proof_letters(self, ref: str, letters: Sequence[str]) -> None:
        """The letters that ask for proof for ``ref`` (the replies part knows which fit)."""
        if ref != self.ref:
            return
        self.letters = list(letters)
        if self.panel.evidence is not None:
            self.panel.ask_button.setEnabled(bool(self.letters))

    def reload(self) -> None:
        ref = self.ref
        if ref is None:
            return
        self._generation += 1
        generation, service = self._generation, self.verification
        self.runner.read(lambda: service.evidence(ref), lambda e: self._on_loaded(generation, e),
                         lambda exc: self._on_failed(generation, exc), name="identity evidence")

    def _on_loaded(self, generation: int, evidence: VerificationEvidence) -> None:
        if generation != self._generation:
            return
        self.panel.show_evidence(evidence, can_ask=bool(self.letters), can_record=self.can_record)
        emit(self.evidence_shown, evidence.ref)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not is_refusal(exc):
            log.error("identity evidence could not be read: %s", type(exc).__name__, exc_info=exc)
        self.panel.show_message(f"The identity check could not be shown: {user_message(exc)}")

    def _on_ask_clicked(self) -> None:
        if self.ref is None or not self.letters:
            return
        if len(self.letters) == 1:
            emit(self.letter_requested, self.ref, self.letters[0])
            return
        self._menu.clear()
        ref = self.ref
        for name in self.letters:
            action = self._menu.addAction(reply_words.letter_title(name))
            action.triggered.connect(lambda _checked=False, n=name: emit(self.letter_requested, ref, n))
        self._menu.popup(self.panel.ask_button.mapToGlobal(self.panel.ask_button.rect().bottomLeft()))

    def _on_record_clicked(self) -> None:
        emit(self.record_requested)

    # -- the customers file --------------------------------------------------------------------------
    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self.dialogs.parent_widget, "Import customers")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(["Customers file (*.csv *.txt *.tsv)", "All files (*)"])
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, "Import")
        self.dialogs.open_dialog(dialog, lambda: None)
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        return dialog

    def import_file(self, path: Path) -> None:
        self._status("Importing the customers file…", 0)
        customers, actor = self.customers, self._actor()
        self.runner.write(lambda: customers.import_csv(path, actor), self._on_imported, self._on_import_failed,
                          name="import customers")

    def _on_imported(self, result: CustomerImport) -> None:
        self._status("Customers file imported.", 5000)
        self.dialogs.show_message("Customers imported", describe_import(result), QMessageBox.Icon.Information)
        emit(self.customers_imported, result)
        self.reload()

    def _on_import_failed(self, exc: BaseException) -> None:
        self._status("", 0)
        if not is_refusal(exc):
            log.error("customers import failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
        self.dialogs.show_message("Customers not imported", f"{user_message(exc)}\n\nNothing was imported.")
