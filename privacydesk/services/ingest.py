"""Turning mail into records: store each distinct message once, thread follow-ups, open requests.

Callers (file import, IMAP sync, the demo) parse and classify first — both pure and parallelisable —
then hand a batch of ``IncomingMessage`` to ``IngestService.store_batch``, which in ONE transaction:
stores new messages (deduplicated by content fingerprint), records where each was seen, joins
follow-ups to their request, opens requests for new privacy mail, writes audit events, and — for IMAP —
advances the folder's high-water mark. So a crash at any moment leaves either the whole batch or none
of it, and the high-water mark never passes an uncommitted message (issue 5).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from privacydesk.domain.classify import ASK_EARLIER, STAFF_PASTE
from privacydesk.domain.classify_data import load_classifier_data
from privacydesk.domain.display import MAX_LINE_CHARS, bounded
from privacydesk.domain.learning import adjust
from privacydesk.domain.message import Classification, ParsedMessage, Party
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.references import body_marker, subject_reference, subject_token
from privacydesk.domain.vocab import CLOSED_STATUSES
from privacydesk.mail.spool import SpooledBytes
from privacydesk.services import audit
from privacydesk.services.appeals import flag_likely_appeal
from privacydesk.services.learning import LearningService
from privacydesk.services.requests import RECEIVED_DATE_UNCERTAIN, NewRequest, RequestService
from privacydesk.store import rawstore, search_keys
from privacydesk.store.db import Database, storage_error
from privacydesk.store.models import (
    Account,
    FolderState,
    Message,
    MessageLocation,
    Request,
    RequesterEmail,
    utcnow,
)

log = logging.getLogger(__name__)


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
    #: The raw bytes on disk, for a message above the maximum message size: never in memory whole,
    #: stored in pieces (``store.rawstore``) if the message's content is kept.
    raw_spool: SpooledBytes | None = None


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
    skipped: list[tuple[str, str]] = field(default_factory=list)  # files in a folder that are not mail
    notices: list[str] = field(default_factory=list)  # for the person: "PD-…: identity verified …"

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
        self.skipped += other.skipped
        self.notices += other.notices


@dataclass(frozen=True)
class FolderStateView:
    account: str
    folder: str
    uidvalidity: int | None
    last_uid: int
    highest_modseq: int | None


def reply_prefix() -> re.Pattern[str]:
    """"Re:", "AW:", "Fwd:", "SV:", "Odp:"… at the start of a subject: the reply and forward prefixes of
    every classifier language file (``[words]``), so a new language needs no code change."""
    return load_classifier_data().subject_prefixes


KIND_REQUEST = "request"
KIND_FOLLOW_UP = "follow_up"
KIND_REVIEW = "review"
KIND_NOT_REQUEST = "not_request"
KIND_AUTOMATED = "automated"
KIND_UNREADABLE = "unreadable"
KIND_OUTGOING = "outgoing"

KEEP_CONTENT = {KIND_REQUEST, KIND_FOLLOW_UP, KIND_REVIEW, KIND_UNREADABLE}


def normalised_subject(subject: str | None) -> str:
    return reply_prefix().sub("", subject or "").strip().lower()


def _position_label(item: IncomingMessage) -> str:
    pos = item.position
    return f"{pos.account}/{pos.folder}/{pos.uid}" if pos else "message"


def _valid_email(email: str | None) -> str | None:
    """A plausible address, lower-cased, or None (never let a bad address stop filing)."""
    if not email:
        return None
    email = email.strip().strip("<>").lower()
    local, sep, domain = email.rpartition("@")
    if not sep or not local or "." not in domain or any(c in email for c in ' "(),;:<>[]\\'):
        return None
    return email[:320]


def _domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return email.rsplit("@", 1)[1].lower()[:255]


@dataclass(frozen=True)
class _ThreadMatch:
    request_id: int
    how: str  # evidence for the audit trail


def _arrival(item: IncomingMessage) -> float:
    moment = item.received or item.parsed.received or item.parsed.date
    return moment.timestamp() if moment is not None else float("inf")


def _content_fields(item: IncomingMessage) -> dict[str, Any]:
    """The personal content kept only for mail that is, continues, or may be a request."""
    parsed = item.parsed
    fields: dict[str, Any] = {
        "subject": parsed.subject,
        "sender_email": parsed.sender.email or None,
        "sender_name": parsed.sender.name or None,
        "text": parsed.text,
        "attachments": [{"filename": a.filename, "content_type": a.content_type, "size": a.size}
                        for a in parsed.attachments],
        "defects": list(parsed.defects),
    }
    if item.raw is not None:
        fields["raw"] = item.raw
        # Whole when it was parsed whole, or when all its bytes are here though only its beginning
        # was parsed (a message above the maximum size).
        fields["has_full_raw"] = not parsed.partial or (parsed.size > 0 and len(item.raw) >= parsed.size)
    return fields


def route_incomplete(item: IncomingMessage) -> IncomingMessage:
    """A message the parser could not read whole (a limit hit, an unreadable part) is never decided
    "not a request" from the part it could read: unless it was recognised as a request, it goes to
    a person, with its raw bytes and the reason in plain words (issue 11, DESIGN invariant 8)."""
    parsed, c = item.parsed, item.classification
    if not parsed.incomplete or c.is_request or item.unreadable:
        return item
    reason = "not read whole (" + "; ".join(parsed.incomplete) + "): kept for a person to decide"
    return replace(item, classification=replace(c, needs_review=True, automated=None,
                                                 evidence=(*c.evidence, reason)))


def _insert_many(connection: Any, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Core ``executemany`` of ``rows``, one per set of columns (all rows of one statement must
    name the same columns; the table's defaults fill the others)."""
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        shapes.setdefault(tuple(sorted(row)), []).append(row)
    for same in shapes.values():
        connection.execute(table.insert(), same)


def _might_continue(parsed: ParsedMessage) -> bool:
    """Could this message belong to an existing thread (so threading must look it up)?"""
    return bool(parsed.in_reply_to or parsed.references or reply_prefix().match(parsed.subject or "")
                or subject_token(parsed.subject) or subject_reference(parsed.subject)
                or body_marker(parsed.text))


class _BatchIndex:
    """What threading needs to know for one batch, loaded with a few queries instead of several per
    message, and kept up to date as the batch files new requests and replies."""

    def __init__(self, session: Session, ingest: IngestService, items: Sequence[IncomingMessage]) -> None:
        self.session = session
        self.ingest = ingest
        self.by_mid: dict[str, int] = {}
        #: Message-IDs of the messages that opened requests filed in this batch but not finished yet
        #: (``RequestService.file_in``): their requests have no id until ``finish_filed``.
        self.filed_mid: dict[str, Request] = {}
        self._looked_up: set[str] = set()
        self._parties: set[str] | None = None
        self.positions: set[tuple[str, str, int, int]] = set()
        self.origins: set[tuple[str, str]] = set()  # (fingerprint, origin)
        wanted = [mid for item in items for mid in (item.parsed.in_reply_to, *item.parsed.references) if mid]
        self.load_message_ids(wanted)
        self._load_locations(items)

    def load_message_ids(self, ids: Iterable[str]) -> None:
        todo = [mid for mid in dict.fromkeys(ids) if mid not in self._looked_up]
        for start in range(0, len(todo), 500):
            chunk = todo[start:start + 500]
            self._looked_up.update(chunk)
            rows = self.session.execute(
                select(Message.message_id, Message.request_id)
                .where(Message.message_id.in_(chunk), Message.request_id.is_not(None))).all()
            for mid, rid in rows:
                if mid is not None and rid is not None:
                    self.by_mid.setdefault(mid, rid)

    def _load_locations(self, items: Sequence[IncomingMessage]) -> None:
        by_folder: dict[tuple[str, str, int], list[int]] = {}
        origins: list[str] = []
        for item in items:
            if item.position is not None:
                pos = item.position
                by_folder.setdefault((pos.account, pos.folder, pos.uidvalidity), []).append(pos.uid)
            elif item.origin is not None:
                origins.append(item.origin)
        for (account, folder, validity), uids in by_folder.items():
            for start in range(0, len(uids), 500):
                known_uids = self.session.execute(select(MessageLocation.uid).where(
                    MessageLocation.account == account, MessageLocation.folder == folder,
                    MessageLocation.uidvalidity == validity,
                    MessageLocation.uid.in_(uids[start:start + 500]))).scalars()
                self.positions.update((account, folder, validity, uid) for uid in known_uids if uid is not None)
        for start in range(0, len(origins), 500):
            pairs = self.session.execute(
                select(Message.fingerprint, MessageLocation.origin)
                .join(Message, Message.id == MessageLocation.message_pk)
                .where(MessageLocation.origin.in_(origins[start:start + 500]))).all()
            self.origins.update((fp, origin) for fp, origin in pairs if origin is not None)

    def party_emails(self) -> set[str]:
        """Requester and agent addresses of open requests (replies by subject come only from them)."""
        if self._parties is None:
            open_ids = select(Request.id).where(Request.status.not_in([s.value for s in CLOSED_STATUSES]))
            emails = self.session.execute(
                select(RequesterEmail.email).join(Request, Request.requester_id == RequesterEmail.requester_id)
                .where(Request.id.in_(open_ids))).scalars()
            agents = self.session.execute(
                select(Request.agent_email).where(Request.id.in_(open_ids),
                                                  Request.agent_email.is_not(None))).scalars()
            self._parties = {e for e in emails if e} | {a for a in agents if a}
        return self._parties

    def opened(self, req: Request) -> None:
        if self._parties is not None:
            self._parties.update(e.email for e in req.requester.emails)
            if req.agent_email:
                self._parties.add(req.agent_email)


#: The maximum message size when none is configured (``domain.settings.MAX_MESSAGE_MB``).
DEFAULT_MAX_MESSAGE_BYTES = 10 * 1024 * 1024


#: ``hook(session, message, request, parsed) -> notice or None``, called inside the batch's
#: transaction after a message joined an existing request (issue 9: a code reply verifies the
#: requester; a reply found in Sent settles the outbox). A failing hook is logged and undone alone.
JoinedHook = Callable[[Session, Message, Request, ParsedMessage], "str | None"]


class IngestService:
    def __init__(self, db: Database, profile: CompanyProfile, requests: RequestService,
                 learning: LearningService | None = None, *, max_message_bytes: Callable[[], int] | None = None) -> None:
        self.db = db
        self.profile = profile
        self.requests = requests
        self.learning = learning
        self.joined_hooks: list[JoinedHook] = []
        self._max_message_bytes = max_message_bytes

    def max_message_bytes(self) -> int:
        """Mail larger than this is kept raw-only for review, not parsed in memory (the setting
        ``mail.max_message_mb``, read each time so a change applies at once)."""
        if self._max_message_bytes is None:
            return DEFAULT_MAX_MESSAGE_BYTES
        try:
            return max(1024 * 1024, int(self._max_message_bytes()))
        except Exception:  # an unreadable settings file must not stop the import
            log.warning("maximum message size setting unreadable; using the default")
            return DEFAULT_MAX_MESSAGE_BYTES

    # -- sync helpers ------------------------------------------------------------------------------
    def folder_state(self, account: str, folder: str) -> FolderStateView | None:
        with self.db.read() as session:
            row = session.execute(
                select(FolderState).join(Account)
                .where(Account.name == account, FolderState.folder == folder)).scalar_one_or_none()
            if row is None:
                return None
            return FolderStateView(account, folder, row.uidvalidity, row.last_uid, row.highest_modseq)

    def known_fingerprints(self, fingerprints: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(fingerprints))
        found: set[str] = set()
        with self.db.read() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                found.update(session.execute(
                    select(Message.fingerprint).where(Message.fingerprint.in_(chunk))).scalars())
        return found

    def wants_full(self, parsed: ParsedMessage, classification: Classification) -> bool:
        """Must the whole message be fetched and kept? (request, maybe-request, or a thread reply)"""
        return self.wants_full_many([(parsed, classification)])[0]

    def wants_full_many(self, candidates: Sequence[tuple[ParsedMessage, Classification]]) -> list[bool]:
        """``wants_full`` for a whole batch with one session and a few queries."""
        answers = [c.is_request or c.needs_review or bool(p.incomplete) for p, c in candidates]
        pending = [i for i, (p, _) in enumerate(candidates) if not answers[i] and _might_continue(p)]
        if pending:
            with self.db.read() as session:
                index = _BatchIndex(session, self, ())
                index.load_message_ids([mid for i in pending for mid in
                                        (candidates[i][0].in_reply_to, *candidates[i][0].references) if mid])
                for i in pending:
                    parsed, c = candidates[i]
                    answers[i] = self._thread_match(session, parsed, c, index) is not None
        return answers

    # -- storing -----------------------------------------------------------------------------------
    def store_batch(self, items: Sequence[IncomingMessage], progress: FolderProgress | None = None,
                    actor: str | None = None) -> IngestReport:
        """Store a batch in one transaction (see the module docstring).

        Fast path: the whole batch without savepoints. If any message cannot be filed, the batch is
        rolled back and stored again one message at a time, each in a savepoint, the bad one kept
        raw for review — so one broken message never sinks the others and nothing is half-written.
        """
        actor = actor or "mail"
        items = self._learned(items)
        try:
            return self._store(items, progress, actor, careful=False)
        except Exception as exc:
            if storage_error(exc) is not None:
                raise  # a full disk or a read-only database: retrying message by message cannot help
            log.warning("a message could not be filed; storing this batch one message at a time")
            return self._store(items, progress, actor, careful=True)

    def _learned(self, items: Sequence[IncomingMessage]) -> Sequence[IncomingMessage]:
        """The rules' verdicts adjusted by what the team decided on similar mail (``domain.learning``)."""
        if self.learning is None:
            return items
        model = self.learning.model()
        if not model.examples:
            return items
        out = []
        for item in items:
            if item.unreadable or item.parsed.partial:
                out.append(item)
                continue
            verdict = adjust(item.classification, item.parsed, model)
            out.append(item if verdict is item.classification else replace(item, classification=verdict))
        return out

    def _store(self, items: Sequence[IncomingMessage], progress: FolderProgress | None, actor: str,
               *, careful: bool) -> IngestReport:
        report = IngestReport()
        # Oldest first, so a reply in the same batch is filed after the request it answers even when
        # the mailbox's UID order differs from arrival order (mail moved between folders, say).
        items = sorted((route_incomplete(i) for i in items), key=_arrival)
        with self.db.write() as session, search_keys.deferred(session):
            existing = self._existing(session, [i.fingerprint for i in items])
            index = _BatchIndex(session, self, items)
            simple: list[tuple[IncomingMessage, dict[str, Any]]] = []
            pending: set[str] = set()  # fingerprints bulk-inserted below
            copies: list[IncomingMessage] = []  # later copies of those
            for item in items:
                known = existing.get(item.fingerprint)
                if known is not None:
                    report.duplicates += 1
                    self._add_location(session, known, item, index)
                    continue
                if item.fingerprint in pending:
                    report.duplicates += 1
                    copies.append(item)
                    continue
                if careful:
                    existing[item.fingerprint] = self._store_carefully(session, item, actor, report, index)
                    continue
                # Most mail neither opens nor continues a request: decide that without the unit of
                # work and insert it in bulk; only request mail and replies go through the ORM.
                row = self._base_fields(item)
                kind = self._simple_kind(item, row["direction"])
                match: _ThreadMatch | None = None
                if kind is None:
                    match = self._thread_match(session, item.parsed, item.classification, index)
                    if match is None and not self._opens_request(item, row["direction"]):
                        kind = self._unthreaded_kind(item, row["direction"])
                if kind is not None:
                    row["kind"] = kind
                    simple.append((item, row))
                    pending.add(item.fingerprint)
                    continue
                existing[item.fingerprint] = self._store_one(session, item, actor, report, index,
                                                             match=match, defer=True)
            self.requests.finish_filed(session)  # the batch's new requests: one flush for all
            ids = self._store_simple(session, simple, report)
            self._add_copy_locations(session, copies, ids, simple)
            self._store_spooled(session, items)
            if progress is not None:
                self._advance(session, progress)
        return report

    @staticmethod
    def _store_spooled(session: Session, items: Sequence[IncomingMessage]) -> None:
        """Raw bytes of oversized messages whose content is kept: from the spool file into the
        database piece by piece (never whole in memory); duplicates already have theirs."""
        spooled = [i for i in items if i.raw_spool is not None]
        if not spooled:
            return
        session.flush()
        for item in spooled:
            assert item.raw_spool is not None
            row = session.execute(select(Message.id, Message.kind, Message.request_id).where(
                Message.fingerprint == item.fingerprint)).one_or_none()
            if row is None or (row.kind not in KEEP_CONTENT and row.request_id is None):
                continue
            if rawstore.has_chunks(session, row.id):
                continue
            rawstore.write_raw(session, row.id, item.raw_spool.chunks())
            session.execute(update(Message).where(Message.id == row.id).values(has_full_raw=True))

    @staticmethod
    def _add_copy_locations(session: Session, copies: list[IncomingMessage], ids: dict[str, int],
                            simple: list[tuple[IncomingMessage, dict[str, Any]]]) -> None:
        """Locations of later copies (in this batch) of bulk-inserted messages."""
        seen = {(i.fingerprint, i.origin) for i, _ in simple if i.position is None}
        rows: list[dict[str, Any]] = []
        for item in copies:
            pos = item.position
            if pos is not None:
                rows.append({"message_pk": ids[item.fingerprint], "account": pos.account,
                             "folder": pos.folder, "uidvalidity": pos.uidvalidity, "uid": pos.uid})
            elif (item.fingerprint, item.origin) not in seen and item.origin is not None:
                seen.add((item.fingerprint, item.origin))
                rows.append({"message_pk": ids[item.fingerprint], "origin": item.origin})
        _insert_many(session.connection(), MessageLocation.__table__, rows)

    def _store_carefully(self, session: Session, item: IncomingMessage, actor: str,
                         report: IngestReport, index: _BatchIndex) -> Message:
        try:
            with session.begin_nested():  # one bad message must not sink the batch
                return self._store_one(session, item, actor, report, index)
        except Exception as exc:
            if storage_error(exc) is not None:
                raise
            log.exception("could not file a message; keeping it for review")
            report.failures.append((item.origin or _position_label(item),
                                    f"could not be filed automatically ({type(exc).__name__}); "
                                    "kept for review"))
            with session.begin_nested():
                return self._store_one(session, replace(item, unreadable=True), actor, report, index)

    @staticmethod
    def _opens_request(item: IncomingMessage, direction: str) -> bool:
        c = item.classification
        return c.is_request and not c.automated and direction == "in"

    @staticmethod
    def _unthreaded_kind(item: IncomingMessage, direction: str) -> str:
        c = item.classification
        if c.automated:
            return KIND_AUTOMATED
        if direction == "out":
            return KIND_OUTGOING
        return KIND_REVIEW if c.needs_review else KIND_NOT_REQUEST

    @staticmethod
    def _existing(session: Session, fingerprints: list[str]) -> dict[str, Message]:
        found: dict[str, Message] = {}
        unique = list(dict.fromkeys(fingerprints))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            for m in session.execute(select(Message).where(Message.fingerprint.in_(chunk))).scalars():
                found[m.fingerprint] = m
        return found

    def _add_location(self, session: Session, message: Message, item: IncomingMessage,
                      index: _BatchIndex) -> None:
        """Record where a known message was seen again (a second folder, a re-import)."""
        pos = item.position
        if pos is not None:
            key = (pos.account, pos.folder, pos.uidvalidity, pos.uid)
            if key not in index.positions:
                index.positions.add(key)
                message.locations.append(MessageLocation(account=pos.account, folder=pos.folder,
                                                         uidvalidity=pos.uidvalidity, uid=pos.uid))
        elif item.origin is not None and (message.fingerprint, item.origin) not in index.origins:
            index.origins.add((message.fingerprint, item.origin))
            message.locations.append(MessageLocation(origin=item.origin))
        # A copy with the full bytes arriving after a metadata-only record: nothing to add, since a
        # surely-not-request message must not keep its content (DESIGN invariant 5).

    def _advance(self, session: Session, progress: FolderProgress) -> None:
        account = session.execute(select(Account).where(Account.name == progress.account)).scalar_one_or_none()
        if account is None:
            raise LookupError(f"no account named {progress.account!r}")
        state = session.execute(select(FolderState).where(
            FolderState.account_id == account.id, FolderState.folder == progress.folder)).scalar_one_or_none()
        if state is None:
            state = FolderState(account_id=account.id, folder=progress.folder, last_uid=0)
            session.add(state)
        if state.uidvalidity != progress.uidvalidity:
            state.uidvalidity = progress.uidvalidity
            state.last_uid = 0
        state.last_uid = max(state.last_uid or 0, progress.last_uid)
        if progress.highest_modseq is not None:
            state.highest_modseq = progress.highest_modseq
        state.last_sync_at = utcnow()
        state.last_error = None

    def _store_one(self, session: Session, item: IncomingMessage, actor: str,
                   report: IngestReport, index: _BatchIndex, *,
                   match: _ThreadMatch | bool | None = False, defer: bool = False) -> Message:
        """File one message through the ORM; ``match`` is the thread match if already looked up.
        ``defer``: a new request is finished with the batch's others (``finish_filed``), not here."""
        parsed = item.parsed
        c = item.classification
        fields = self._base_fields(item)
        received: datetime = fields["received_at"]
        message = Message(**fields)
        pos = item.position
        if pos is not None:
            index.positions.add((pos.account, pos.folder, pos.uidvalidity, pos.uid))
            message.locations.append(MessageLocation(account=pos.account, folder=pos.folder,
                                                     uidvalidity=pos.uidvalidity, uid=pos.uid))
        elif item.origin is not None:
            index.origins.add((item.fingerprint, item.origin))
            message.locations.append(MessageLocation(origin=item.origin))
        session.add(message)

        if match is False:
            match = None if item.unreadable else self._thread_match(session, parsed, c, index)
        assert match is not True
        if match is not None and not item.unreadable:
            # Requests filed before this message get their events first (the trail's order), then
            # the message its id for the audit trail (a request gets it in ``finish_filed``).
            self.requests.finish_filed(session)
            session.flush()
        if item.unreadable:
            message.kind = KIND_UNREADABLE
            message.needs_review = True
            report.unreadable += 1
        elif match is not None:
            message.request_id = match.request_id
            message.kind = KIND_OUTGOING if message.direction == "out" else (
                KIND_AUTOMATED if c.automated else KIND_FOLLOW_UP)
            req = session.get(Request, match.request_id)
            assert req is not None
            audit.record(session, "message_joined", actor=actor, request=req, message_pk=message.id,
                         after={"kind": message.kind, "direction": message.direction},
                         detail=f"threaded by {match.how}")
            if message.kind == KIND_FOLLOW_UP:
                report.follow_ups.append(req.ref)
                # Issue 15: a reply contesting our decision is offered to staff as an appeal.
                flag_likely_appeal(session, message, req, parsed.subject, parsed.text, actor)
        elif c.automated:
            message.kind = KIND_AUTOMATED
            report.automated += 1
        elif message.direction == "out":
            message.kind = KIND_OUTGOING
            report.non_requests += 1
        elif c.is_request:
            message.kind = KIND_REQUEST
            self._keep_content(message, item)  # before the request's one flush, not after it
            req = self.open_request(session, message, parsed, c, received, actor, finish=not defer)
            index.opened(req)
            if message.message_id and req.id is None:
                index.filed_mid[message.message_id] = req
            report.new_requests.append(req.ref)
        elif c.needs_review:
            message.kind = KIND_REVIEW
            message.needs_review = True
            report.needs_review += 1
        else:
            report.non_requests += 1

        if message.kind != KIND_REQUEST and (message.kind in KEEP_CONTENT or message.request_id is not None):
            self._keep_content(message, item)
        if message.message_id and message.request_id is not None:
            index.by_mid[message.message_id] = message.request_id
        report.new_messages += 1
        if match is not None and message.request_id is not None:
            self._run_joined_hooks(session, message, parsed, report)
        return message

    def _run_joined_hooks(self, session: Session, message: Message, parsed: ParsedMessage,
                          report: IngestReport) -> None:
        req = session.get(Request, message.request_id)
        if req is None:
            return
        for hook in self.joined_hooks:
            try:
                with session.begin_nested():
                    notice = hook(session, message, req, parsed)
            except Exception:
                log.exception("a follow-up check failed on a filed message; the message itself is kept")
                continue
            if notice:
                report.notices.append(notice)

    def _base_fields(self, item: IncomingMessage) -> dict[str, Any]:
        """The columns every stored message has, whatever it turns out to be."""
        parsed = item.parsed
        c = item.classification
        sender = parsed.sender.email or None
        own = self.profile.is_own_address(sender)
        return {
            "fingerprint": item.fingerprint,
            "message_id": (parsed.message_id or None) and parsed.message_id[:998],
            "in_reply_to": (parsed.in_reply_to or None) and parsed.in_reply_to[:998],
            "reference_ids": list(parsed.references)[-50:],
            "direction": "out" if own and not self._relayed_request(parsed, c) else "in",
            "kind": KIND_NOT_REQUEST,
            "sender_domain": _domain(sender),
            "date_header": parsed.date,
            "received_at": item.received or parsed.received or parsed.date or utcnow(),
            "received_uncertain": item.received is None and parsed.received_uncertain,
            "size": parsed.size or (len(item.raw) if item.raw else 0),
            "classification": c.as_json(),
        }

    @staticmethod
    def _simple_kind(item: IncomingMessage, direction: str) -> str | None:
        """The kind of a message that can neither open nor continue a request — decided without the
        database — or None when threading or request opening must look at it."""
        if item.unreadable:
            return KIND_UNREADABLE
        if _might_continue(item.parsed) or IngestService._opens_request(item, direction):
            return None
        return IngestService._unthreaded_kind(item, direction)

    def _store_simple(self, session: Session, simple: list[tuple[IncomingMessage, dict[str, Any]]],
                      report: IngestReport) -> dict[str, int]:
        """Bulk-insert the messages that need no threading (most mail): one INSERT for all of them
        and one for their locations, instead of unit-of-work bookkeeping per message."""
        if not simple:
            return {}
        for item, row in simple:
            kind = row["kind"]
            if kind in KEEP_CONTENT:
                row.update(_content_fields(item))
            row["needs_review"] = kind in (KIND_REVIEW, KIND_UNREADABLE)
            if kind == KIND_UNREADABLE:
                report.unreadable += 1
            elif kind == KIND_AUTOMATED:
                report.automated += 1
            elif kind == KIND_REVIEW:
                report.needs_review += 1
            else:
                report.non_requests += 1
        connection = session.connection()
        # Core ``executemany``, one per set of columns (content is kept for some kinds only): a
        # RETURNING that must keep the rows' order is sent one row at a time on SQLite, so the ids
        # are read back by fingerprint (unique) instead.
        _insert_many(connection, Message.__table__, [row for _, row in simple])
        ids = self._ids_of(connection, [item.fingerprint for item, _ in simple])
        locations = []
        for item, _ in simple:
            pos = item.position
            if pos is not None:
                locations.append({"message_pk": ids[item.fingerprint], "account": pos.account,
                                  "folder": pos.folder, "uidvalidity": pos.uidvalidity, "uid": pos.uid})
            elif item.origin is not None:
                locations.append({"message_pk": ids[item.fingerprint], "origin": item.origin})
        _insert_many(connection, MessageLocation.__table__, locations)
        report.new_messages += len(simple)
        return ids

    @staticmethod
    def _ids_of(connection: Any, fingerprints: Sequence[str]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for start in range(0, len(fingerprints), 500):
            chunk = fingerprints[start:start + 500]
            ids.update((fp, pk) for fp, pk in connection.execute(
                select(Message.fingerprint, Message.id).where(Message.fingerprint.in_(chunk))))
        return ids

    def _relayed_request(self, parsed: ParsedMessage, c: Classification) -> bool:
        """Mail from our own address that carries someone else's request: a web-form notification,
        or a request a colleague forwarded into the team mailbox (a new message, not a reply)."""
        if c.form:
            return True
        if STAFF_PASTE in c.evidence and (c.is_request or c.needs_review):
            return True  # a customer's chat or marketplace message a colleague pasted into our inbox
        requester = _valid_email(c.requester.email if c.requester else None)
        fresh = not (parsed.in_reply_to or parsed.references)
        return (c.is_request and fresh and requester is not None
                and not self.profile.is_own_address(requester))

    @staticmethod
    def _keep_content(message: Message, item: IncomingMessage) -> None:
        for name, value in _content_fields(item).items():
            setattr(message, name, value)

    def open_request(self, session: Session, message: Message, parsed: ParsedMessage,
                      c: Classification, received: datetime, actor: str, *, finish: bool = True) -> Request:
        """File a request for ``message``; ``finish=False`` leaves ``RequestService.finish_filed``
        to the caller (a batch finishes all its new requests with one flush)."""
        subject = c.requester or Party()
        sender = parsed.sender
        agent = c.agent
        if agent is None and c.agent_for is not None:
            agent = Party(name=sender.name or None, email=sender.email or None)
        email = _valid_email(subject.email)
        sender_email = _valid_email(sender.email)
        if not email and agent is None and not c.form and not self.profile.is_own_address(sender_email):
            email = sender_email
        if email and self.profile.is_own_address(email):
            email = None
        name = subject.name or (sender.name if agent is None and not c.form and email == sender_email else None)
        # A single regime hint from the text is filed, but "not confirmed" until staff say so.
        regime = c.regimes[0] if len(c.regimes) == 1 else None
        new = NewRequest(
            email=email, types=list(c.types) or ["access"], name=name or None, regime=regime,
            regime_confirmed=False,
            received=received, agent_name=agent.name if agent else None,
            agent_email=_valid_email(agent.email) if agent else None,
            source="form" if c.form else "email", language=c.language if c.language != "und" else None,
            postal_address=subject.postal_address, phone=subject.phone,
            flags=(RECEIVED_DATE_UNCERTAIN,) if message.received_uncertain else (),
        )
        if finish:
            return self.requests.create_in(session, new, actor, message=message)
        return self.requests.file_in(session, new, actor, message=message)

    # -- threading ---------------------------------------------------------------------------------
    def _thread_match(self, session: Session, parsed: ParsedMessage, c: Classification,
                      index: _BatchIndex | None = None) -> _ThreadMatch | None:
        """Which request does this message continue? Headers first, then our reference token and
        body marker (accepted only from the requester's or agent's address), then a reply whose
        subject matches a thread of the same sender's open request."""
        if index is None:
            index = _BatchIndex(session, self, ())
        ids = [i for i in (parsed.in_reply_to, *reversed(parsed.references)) if i]
        if ids:
            index.load_message_ids(ids)
            for mid in ids:
                if mid in index.by_mid:
                    return _ThreadMatch(index.by_mid[mid], "In-Reply-To/References")
                if mid in index.filed_mid:  # a request this batch filed: finish it for its id
                    self.requests.finish_filed(session)
                    return _ThreadMatch(index.filed_mid[mid].id, "In-Reply-To/References")
        sender = (parsed.sender.email or "").lower()
        if not sender or c.automated:
            return None
        # Our own reply (from the Sent folder: a draft finished in Gmail, a message written there)
        # carries our reference; it joins the request whose requester or agent it was sent to.
        own = self.profile.is_own_address(sender)
        parties = ([a.email.lower() for a in (*parsed.to, *parsed.cc) if a.email] if own else [sender])
        for ref, how in ((subject_token(parsed.subject) or subject_reference(parsed.subject),
                          "reference in the subject"),
                         (body_marker(parsed.text), "reference marker in the body")):
            if ref is None:
                continue
            for party in parties:
                rid = self._resolve_reference(session, ref, party)
                if rid is not None:
                    return _ThreadMatch(rid, how if not own else f"{how} of our reply")
        if (reply_prefix().match(parsed.subject or "") and not self.profile.is_own_address(sender)
                and sender in index.party_emails()):
            wanted = normalised_subject(parsed.subject)
            if wanted:
                open_ids = select(Request.id).join(RequesterEmail, RequesterEmail.requester_id == Request.requester_id,
                                                   isouter=True).where(
                    Request.status.not_in([s.value for s in CLOSED_STATUSES]),
                    or_(RequesterEmail.email == sender, Request.agent_email == sender))
                rows = session.execute(
                    select(Message.request_id, Message.subject)
                    .where(Message.request_id.in_(open_ids))
                    .order_by(Message.received_at.desc())).all()
                for rid, subj in rows:
                    if rid is not None and normalised_subject(subj) == wanted:
                        return _ThreadMatch(rid, "reply to the same subject from the requester")
        if (ASK_EARLIER in c.evidence and not self.profile.is_own_address(sender)
                and sender in index.party_emails()):
            # A new mail from a person with an open request that only reports what they asked
            # earlier ("I filled in your form asking you to delete my account; also include my work
            # address") continues that request instead of opening a duplicate.
            rid = self._open_request_of(session, sender, c.types)
            if rid is not None:
                return _ThreadMatch(rid, "the requester writing again about their open request")
        return None

    @staticmethod
    def _open_request_of(session: Session, sender: str, types: Sequence[str]) -> int | None:
        """The newest open request of ``sender`` (requester or agent) asking for one of ``types``."""
        rows = session.execute(
            select(Request).join(RequesterEmail, RequesterEmail.requester_id == Request.requester_id, isouter=True)
            .where(Request.status.not_in([s.value for s in CLOSED_STATUSES]),
                   or_(RequesterEmail.email == sender, Request.agent_email == sender))
            .order_by(Request.received_at.desc())).scalars()
        for req in rows:
            if not types or set(types) & set(req.types or ()):
                return req.id
        return None

    def _resolve_reference(self, session: Session, ref: str, sender: str) -> int | None:
        """The request a reference means, if ``sender`` is its requester or agent.

        A reference the requester saw in one of our replies (found in the mailbox, threaded to its
        request) wins over our own numbering: replies sent before PrivacyDesk, or by another copy
        of it, may carry references that are not ours.
        """
        pattern = f"%{ref}%"
        rows = session.execute(
            select(Message.request_id).where(
                Message.direction == "out", Message.request_id.is_not(None),
                or_(Message.subject.ilike(pattern), Message.text.ilike(pattern)))
            .order_by(Message.received_at.desc())).scalars()
        for rid in rows:
            req = session.get(Request, rid)
            if req is not None and self._is_party(req, sender):
                return req.id
        req = session.execute(select(Request).where(Request.ref == ref)).scalar_one_or_none()
        if req is not None and self._is_party(req, sender):
            return req.id
        return None

    @staticmethod
    def _is_party(req: Request, sender: str) -> bool:
        emails = {e.email for e in req.requester.emails}
        if req.agent_email:
            emails.add(req.agent_email)
        return sender in emails


RawFetcher = Callable[[MessageLocation], "bytes | None"]


class ReviewService:
    """Staff decisions on messages: "this is a request" / "this is not a request" (issue 4).

    The decision is audited. Marking a message as a request needs its full content: kept raw bytes,
    else the imported file is read again, else ``fetch_raw`` (the IMAP sync's fetch by UID) is asked.
    Marking as not a request drops everything but the metadata (DESIGN invariant 5).
    """

    def __init__(self, ingest: IngestService, fetch_raw: RawFetcher | None = None) -> None:
        self.ingest = ingest
        self.db = ingest.db
        self.profile = ingest.profile
        self.requests = ingest.requests
        self.fetch_raw = fetch_raw

    def messages(self, *, review_only: bool = False, limit: int = 500) -> list[dict[str, Any]]:
        with self.db.read() as session:
            query = select(Message).order_by(Message.received_at.desc(), Message.id.desc()).limit(limit)
            if review_only:
                query = query.where(Message.needs_review.is_(True))
            return [self._json(m) for m in session.execute(query).scalars()]

    def _json(self, m: Message) -> dict[str, Any]:
        request = m.request.ref if m.request is not None else None
        return {
            "id": m.id, "kind": m.kind, "direction": m.direction, "request": request,
            "needs_review": m.needs_review, "sender_domain": m.sender_domain,
            "from": m.sender_email,
            "subject": bounded(m.subject, MAX_LINE_CHARS) if m.subject else m.subject,  # views: bounded
            "received": m.received_at.astimezone(self.profile.tz).isoformat() if m.received_at else None,
            "received_uncertain": bool(m.received_uncertain),
            "classification": m.classification, "decided_by": m.decided_by,
            "review_reason": (m.classification or {}).get("review_reason") if m.needs_review else None,
        }

    def message_text(self, message_pk: int) -> str | None:
        """The stored plain text of a message (None if its content is not kept)."""
        with self.db.read() as session:
            return self._message(session, message_pk).text

    def mark_not_request(self, message_pk: int, actor: str | None = None) -> None:
        actor = actor or self.ingest.requests.actor()
        with self.db.write() as session:
            m = self._message(session, message_pk)
            if m.kind == KIND_REQUEST and m.request is not None:
                raise ValueError(f"message {message_pk} opened {m.request.ref}; close that request as "
                                 "not_a_request instead (privacydesk set-status REF not_a_request)")
            before = {"kind": m.kind, "needs_review": m.needs_review}
            if self.ingest.learning is not None and (m.text or m.subject):
                # Learn from the decision before the content is dropped (hashed features only).
                self.ingest.learning.record_in(session, message_pk=m.id, subject=m.subject or "", text=m.text or "",
                                               is_request=False, types=(), actor=actor)
            m.kind = KIND_NOT_REQUEST
            m.needs_review = False
            m.decided_by = actor
            m.raw = None
            m.has_full_raw = False
            rawstore.drop_raw(session, m.id)
            m.text = m.subject = m.sender_email = m.sender_name = None
            m.attachments = []
            audit.record(session, "message_marked_not_request", actor=actor, message_pk=m.id,
                         before=before, after={"kind": m.kind}, detail="content dropped (not a request)")

    def mark_request(self, message_pk: int, types: Sequence[str] | None = None,
                     actor: str | None = None) -> str:
        """Open a request from a message; returns its reference."""
        from privacydesk.mail.parse import BEGINNING_BYTES, parse_beginning, parse_message
        from privacydesk.services.classifying import safe_classify

        actor = actor or self.ingest.requests.actor()
        with self.db.read() as session:
            m = self._message(session, message_pk)
            if m.request is not None:
                return m.request.ref
            raw = m.raw if m.has_full_raw else None
            # An oversized message is kept in pieces: read its beginning only, never all of it.
            head = (rawstore.raw_head(session, m.id, BEGINNING_BYTES)
                    if raw is None and m.has_full_raw else None)
            locations = list(m.locations)
            received = m.received_at
            size = m.size
        if head:
            parsed = parse_beginning(head, size=size, received=received,
                                     reason="it is larger than the maximum message size").message
        else:
            if raw is None:
                raw = self._refetch(locations)
            if raw is None:
                raise LookupError(f"the content of message {message_pk} is no longer available (its file "
                                  "moved or the mailbox cannot be reached); import or sync it again")
            parsed = parse_message(raw, received=received).message
        verdict = safe_classify(parsed, self.profile)
        with self.db.write() as session:
            m = self._message(session, message_pk)
            if m.request is not None:
                return m.request.ref
            chosen = list(types or verdict.types or [])
            if not chosen:
                raise ValueError("say which request types this message asks for (--type)")
            forced = replace(verdict, is_request=True, types=tuple(chosen), automated=None)
            item = IncomingMessage(m.fingerprint, parsed, forced, raw=raw, received=received)
            before = {"kind": m.kind, "needs_review": m.needs_review}
            req = self.ingest.open_request(session, m, parsed, forced, received or utcnow(), actor)
            m.kind = KIND_REQUEST
            m.needs_review = False
            m.decided_by = actor
            IngestService._keep_content(m, item)
            if self.ingest.learning is not None:
                self.ingest.learning.record_in(session, message_pk=m.id, subject=parsed.subject or "",
                                               text=parsed.text or "", is_request=True, types=chosen, actor=actor)
            audit.record(session, "message_marked_request", actor=actor, request=req, message_pk=m.id,
                         before=before, after={"kind": m.kind, "types": chosen})
            return req.ref

    def _refetch(self, locations: list[MessageLocation]) -> bytes | None:
        from privacydesk.mail.sources import SourceMessage, iter_sources

        for loc in locations:
            if loc.origin:
                path, sep, index = loc.origin.rpartition("#")
                if not (sep and index.isdigit()):
                    path = loc.origin  # a single-message file (whose name may contain '#')
                for item in iter_sources([Path(path)]):
                    if isinstance(item, SourceMessage) and item.origin == loc.origin:
                        return item.data()
            elif self.fetch_raw is not None:
                raw = self.fetch_raw(loc)
                if raw is not None:
                    return raw
        return None

    @staticmethod
    def _message(session: Session, message_pk: int) -> Message:
        m = session.get(Message, message_pk)
        if m is None:
            raise LookupError(f"no message {message_pk}")
        return m
