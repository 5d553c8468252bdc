"""Turning mail into records: store each distinct message once, thread follow-ups, open requests.

Callers (file import, IMAP sync, the demo) parse and classify first — both pure and parallelisable —
then hand a batch of ``IncomingMessage`` to ``IngestService.store_batch``, which in ONE transaction:
stores new messages (deduplicated by content fingerprint), records where each was seen, joins
follow-ups to their request, opens requests for new privacy mail, writes audit events, and — for IMAP —
advances the folder's high-water mark. So a crash at any moment leaves either the whole batch or none
of it, and the high-water mark never passes an uncommitted message (issue 5).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from privacydesk.domain.message import Classification, ParsedMessage


@dataclass(frozen=True)
class ImapPosition:
    account: str
    folder: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True)
class IncomingMessage:
    """One message ready to store.

    ``raw`` is the full message when it was fetched (always for files; for IMAP only for mail that
    is or may be a request); ``fingerprint`` identifies its content (``mail.parse.fingerprint``).
    """

    fingerprint: str
    parsed: ParsedMessage
    classification: Classification
    raw: bytes | None = None
    received: datetime | None = None  # INTERNALDATE / mbox From_ / Maildir delivery time
    position: ImapPosition | None = None
    origin: str | None = None  # imported file label
    unreadable: bool = False  # the parser could not understand it: keep raw, flag for a person


@dataclass(frozen=True)
class FolderProgress:
    """Advance this folder's high-water mark in the same transaction as the batch."""

    account: str
    folder: str
    uidvalidity: int
    last_uid: int
    highest_modseq: int | None = None


@dataclass
class IngestReport:
    new_messages: int = 0
    duplicates: int = 0
    new_requests: list[str] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)  # refs joined
    non_requests: int = 0
    needs_review: int = 0
    automated: int = 0
    unreadable: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, message)

    def merge(self, other: IngestReport) -> None:
        self.new_messages += other.new_messages
        self.duplicates += other.duplicates
        self.new_requests += other.new_requests
        self.follow_ups += other.follow_ups
        self.non_requests += other.non_requests
        self.needs_review += other.needs_review
        self.automated += other.automated
        self.unreadable += other.unreadable
        self.failures += other.failures
