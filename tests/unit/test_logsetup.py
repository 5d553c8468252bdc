"""Logs hold no personal data: addresses and phone numbers are masked before they are written."""

from __future__ import annotations

import logging
from pathlib import Path

from privacydesk.logsetup import RedactPersonalData, configure_logging
from privacydesk.paths import AppPaths


def test_personal_data_is_masked_in_the_log_file(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        configure_logging(AppPaths(tmp_path))
        logging.getLogger("privacydesk.test").warning("could not file mail from %s (call +1 512 555 0199)",
                                                     "jane.doe@example.com")
        for handler in root.handlers:
            handler.flush()
        text = (tmp_path / "logs" / "privacydesk.log").read_text(encoding="utf-8")
        assert "could not file mail from <email> (call <phone>)" in text
        assert "jane.doe" not in text and "555" not in text
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_filter_leaves_ordinary_messages_alone() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "synced %d messages in %s", (12, "INBOX"), None)
    RedactPersonalData().filter(record)
    assert record.getMessage() == "synced 12 messages in INBOX"
