"""The bundled demo mailbox (``resources/demo/``), imported into a throwaway data folder.

Dates are moved so that the newest demo message arrived yesterday: the demo always shows a live
mix of fresh, due-soon and overdue requests instead of ageing into "everything overdue".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from privacydesk.mail.parse import parse_message
from privacydesk.resources import resource_path
from privacydesk.services.app import AppServices
from privacydesk.services.ingest import IngestReport
from privacydesk.services.mailimport import import_paths

DEMO_DIR = resource_path("demo")


def demo_files() -> list[Path]:
    return sorted(p for p in DEMO_DIR.iterdir() if p.is_file() and p.suffix == ".eml")


def demo_shift(services: AppServices, files: list[Path]) -> timedelta:
    newest: datetime | None = None
    for path in files:
        parsed = parse_message(path.read_bytes()).message
        moment = parsed.received or parsed.date
        if moment is not None and (newest is None or moment > newest):
            newest = moment
    if newest is None:
        return timedelta(0)
    target = services.requests.now() - timedelta(days=1)
    return timedelta(days=(target.date() - newest.date()).days)


def load_demo(services: AppServices) -> IngestReport:
    files = demo_files()
    return import_paths(services.ingest, services.profile, files, shift=demo_shift(services, files),
                        actor="demo")
