"""Importing mail files: single messages (any extension), mbox files, Maildir folders.

Every file is read, parsed and classified (pure work), then stored through ``IngestService`` in
batches sorted by received time, so a follow-up is always stored after the request it answers even
when the files come in another order. Re-importing the same files changes nothing (fingerprints).
Memory is bounded whatever the input: see ``import_paths``.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from privacydesk.domain.errors import StorageProblem
from privacydesk.domain.message import Classification
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.references import body_marker, subject_reference, subject_token
from privacydesk.mail.parse import BEGINNING_BYTES, fingerprint, parse_beginning, parse_message
from privacydesk.mail.sources import SourceFailure, iter_sources
from privacydesk.mail.spool import Spool, SpooledBytes
from privacydesk.services.classifying import safe_classify
from privacydesk.services.ingest import IncomingMessage, IngestReport, IngestService

log = logging.getLogger(__name__)

BATCH = 200
#: Raw bytes read back into memory for one stored batch, at most (about).
BATCH_BYTES = 64 * 1024 * 1024
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


def prepare_oversized(raw: SpooledBytes | bytes, profile: CompanyProfile, *, limit: int,
                      received: datetime | None = None, origin: str | None = None) -> IncomingMessage:
    """A message above the maximum message size: only its beginning is read (headers and the start
    of the text), never the whole in memory; its bytes stay on disk and are stored in pieces. Unless
    its beginning is recognisably a request, it goes to a person (``ParsedMessage.incomplete``)."""
    size = len(raw) if isinstance(raw, bytes) else raw.length
    head = raw[:BEGINNING_BYTES] if isinstance(raw, bytes) else raw.head(BEGINNING_BYTES)
    reason = (f"it is larger than the maximum message size ({_megabytes(size)} MB; the limit is "
              f"{_megabytes(limit)} MB), so only its beginning was read")
    result = parse_beginning(head, size=size, received=received, reason=reason)
    spooled = raw if isinstance(raw, SpooledBytes) else None
    in_memory = raw if isinstance(raw, bytes) else None
    if not result.understood:
        verdict = Classification(is_request=False, needs_review=True,
                                 evidence=("not understood as an email: kept for a person to look at",))
        return IncomingMessage(fingerprint(head), result.message, verdict, raw=in_memory, raw_spool=spooled,
                               received=received, origin=origin, unreadable=True)
    verdict = safe_classify(result.message, profile)
    return IncomingMessage(fingerprint(head), result.message, verdict, raw=in_memory, raw_spool=spooled,
                           received=received, origin=origin)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}" if size >= 10 * 1024 * 1024 else f"{size / (1024 * 1024):.1f}"


def import_paths(ingest: IngestService, profile: CompanyProfile, paths: Iterable[Path], *,
                 progress: Progress | None = None, shift: timedelta | None = None,
                 actor: str = "import", max_message_bytes: int | None = None) -> IngestReport:
    """Read, parse and classify every message under ``paths``, then store them oldest first.

    Memory stays bounded whatever the input (issue 11): messages are streamed from the files; each
    prepared message is set aside in a spool file (outside the data folder, removed at the end) and
    only a small sort key stays in memory; batches are read back one at a time, bounded in count
    and in bytes. A message above ``max_message_bytes`` (default: the setting, through ``ingest``)
    is never parsed whole (``prepare_oversized``).
    """
    if max_message_bytes is None:
        max_message_bytes = ingest.max_message_bytes()
    report = IngestReport()
    entries: list[tuple[tuple[float, str], int, SpooledBytes]] = []  # (sort key, raw bytes, pickle)
    with Spool() as spool:
        for item in iter_sources(paths, naive_tz=profile.tz, spool=spool):
            if isinstance(item, SourceFailure):
                (report.skipped if item.skipped else report.failures).append((item.origin, item.error))
                continue
            received = item.received
            if item.size > max_message_bytes:
                message = prepare_oversized(item.raw, profile, limit=max_message_bytes, received=received,
                                            origin=item.origin)
            else:
                message = prepare(item.data(), profile, received=received, origin=item.origin)
            if shift is not None:
                moment = message.received or message.parsed.received or message.parsed.date
                if moment is not None:
                    message = _shifted(message, moment + shift)
            if not _may_keep(message):
                # Surely not a request and not a reply: its bytes will not be kept.
                message = replace(message, raw=None, raw_spool=None)
            held = len(message.raw) if message.raw is not None else 0
            entries.append((_sort_key(message), held, spool.keep(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))))
        entries.sort(key=lambda entry: entry[0])
        total = len(entries)
        done = 0
        for batch in _batches(entries):
            messages = [pickle.loads(spooled.read()) for _, _, spooled in batch]  # our own spool file
            try:
                report.merge(ingest.store_batch(messages, actor=actor))
            except StorageProblem as exc:
                # A full disk or a read-only database: this batch was rolled back whole. Say how far
                # the import got; running it again skips what was saved (fingerprints).
                raise type(exc)(f"{exc} ({done} of {total} messages were imported before that; import "
                                "again afterwards: those are recognised and skipped.)") from exc
            done += len(batch)
            if progress is not None:
                progress(done, total)
    return report


def _batches(entries: list[tuple[tuple[float, str], int, SpooledBytes]]) -> Iterator[
        list[tuple[tuple[float, str], int, SpooledBytes]]]:
    """Consecutive batches of at most ``BATCH`` messages and about ``BATCH_BYTES`` of raw bytes."""
    batch: list[tuple[tuple[float, str], int, SpooledBytes]] = []
    held = 0
    for entry in entries:
        if batch and (len(batch) >= BATCH or held + entry[1] > BATCH_BYTES):
            yield batch
            batch, held = [], 0
        batch.append(entry)
        held += entry[1]
    if batch:
        yield batch


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


def _sort_key(m: IncomingMessage) -> tuple[float, str]:  # oldest first; undated last
    moment = m.received or m.parsed.received or m.parsed.date
    return (moment.timestamp() if moment is not None else float("inf"), m.origin or "")
