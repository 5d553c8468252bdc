"""Importing mail files: single messages (any extension), mbox files, Maildir folders.

Every file is read, parsed and classified (pure work), then stored through ``IngestService`` in
batches sorted by received time, so a follow-up is always stored after the request it answers even
when the files come in another order. Re-importing the same files changes nothing (fingerprints).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from privacydesk.domain.classify import classify
from privacydesk.domain.message import Classification, ParsedMessage
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.references import body_marker, subject_reference, subject_token
from privacydesk.mail.parse import fingerprint, parse_message
from privacydesk.mail.sources import SourceFailure, iter_sources
from privacydesk.services.ingest import IncomingMessage, IngestReport, IngestService

log = logging.getLogger(__name__)

BATCH = 200
Progress = Callable[[int, int], None]


def prepare(raw: bytes, profile: CompanyProfile, *, received: datetime | None = None,
            origin: str | None = None) -> IncomingMessage:
    """Parse and classify one message (pure; safe to run in a worker)."""
    result = parse_message(raw, received=received)
    parsed = result.message
    if not result.understood:
        verdict = Classification(is_request=False, needs_review=True,
                                 evidence=("not understood as an email: kept for a person to look at",))
        return IncomingMessage(fingerprint(raw), parsed, verdict, raw=raw, received=received,
                               origin=origin, unreadable=True)
    verdict = safe_classify(parsed, profile)
    return IncomingMessage(fingerprint(raw), parsed, verdict, raw=raw, received=received, origin=origin)


def safe_classify(parsed: ParsedMessage, profile: CompanyProfile) -> Classification:
    try:
        return classify(parsed, profile)
    except Exception:  # a classifier bug must not lose a message: keep it for a person
        log.exception("classifier failed on a message; kept for review")
        return Classification(is_request=False, needs_review=True,
                              evidence=("the classifier failed on this message; please review it",))


def import_paths(ingest: IngestService, profile: CompanyProfile, paths: Iterable[Path], *,
                 progress: Progress | None = None, shift: timedelta | None = None,
                 actor: str = "import") -> IngestReport:
    report = IngestReport()
    prepared: list[IncomingMessage] = []
    for item in iter_sources(paths, naive_tz=profile.tz):
        if isinstance(item, SourceFailure):
            (report.skipped if item.skipped else report.failures).append((item.origin, item.error))
            continue
        received = item.received
        message = prepare(item.raw, profile, received=received, origin=item.origin)
        if shift is not None:
            moment = message.received or message.parsed.received or message.parsed.date
            if moment is not None:
                message = _shifted(message, moment + shift)
        if not _may_keep(message):
            # Surely not a request and not a reply: its bytes will not be kept, so do not hold them
            # in memory until the sorted store (a large mbox would otherwise sit whole in memory).
            message = replace(message, raw=None)
        prepared.append(message)
    prepared.sort(key=_sort_key)
    total = len(prepared)
    done = 0
    for start in range(0, total, BATCH):
        batch = prepared[start:start + BATCH]
        report.merge(ingest.store_batch(batch, actor=actor))
        done += len(batch)
        if progress is not None:
            progress(done, total)
    return report


def _shifted(message: IncomingMessage, received: datetime) -> IncomingMessage:
    return replace(message, received=received)


def _may_keep(message: IncomingMessage) -> bool:
    """Could ingest keep this message's content (request, maybe-request, unreadable, or a reply)?"""
    c = message.classification
    p = message.parsed
    return (c.is_request or c.needs_review or message.unreadable or bool(p.incomplete)
            or bool(p.in_reply_to or p.references)
            or subject_token(p.subject) is not None or subject_reference(p.subject) is not None
            or body_marker(p.text) is not None)


def _sort_key(m: IncomingMessage) -> tuple[float, str]:
    moment = m.received or m.parsed.received or m.parsed.date
    return (moment.timestamp() if moment is not None else float("inf"), m.origin or "")
