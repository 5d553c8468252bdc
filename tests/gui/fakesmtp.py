"""The reply service's mail transport for the window's tests, in memory (its seams ``smtp_send`` and
``open_writer``): what was handed to "the SMTP server" and what was appended to "the mailbox". The real
SMTP server (aiosmtpd) and Dovecot are met in ``test_composer_smtp.py`` and ``tests/integration``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from privacydesk.mail.mailbox import DRAFTS, Appended
from privacydesk.mail.smtp import SmtpReceipt
from privacydesk.services.mailimport import import_paths


class FakeTransport:
    """The reply service's mail transport, in memory: what was handed to "the SMTP server" and what was
    appended to "the mailbox". ``fail`` makes the next sends raise (the mail layer's own errors)."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.appended: list[tuple[str, bytes]] = []
        self.phases: list[str] = []
        self.fail: BaseException | None = None

    def smtp_send(self, settings: Any, password: Any, sender: str, recipients: Any, raw: bytes, *,
                  on_phase: Callable[[str], None] | None = None) -> SmtpReceipt:
        report = on_phase or self.phases.append
        for phase in ("connected", "authenticated", "envelope"):
            report(phase)
        if self.fail is not None:
            raise self.fail
        self.sent.append(raw)
        report("data_sent")
        report("accepted")
        return SmtpReceipt(250, "250 2.0.0 Ok: queued")

    def open_writer(self, settings: Any, password: str) -> Any:
        transport = self

        class Writer:
            def __enter__(self) -> Any:
                return self

            def __exit__(self, *exc: object) -> None:
                return None

            def append(self, kind: str, raw: bytes, when: Any = None) -> Appended:
                transport.appended.append((kind, raw))
                return Appended("Drafts" if kind == DRAFTS else "Sent", len(transport.appended))

            def contains(self, kind: str, message_id: str) -> bool:
                return False

        return Writer()


def file_mail(desk: Any, tmp_path: Path, raw: bytes, name: str) -> Any:
    path = tmp_path / f"{name}.eml"
    path.write_bytes(raw)
    return import_paths(desk.ingest, desk.profile, [path])
