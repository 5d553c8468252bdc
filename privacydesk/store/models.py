"""SQLAlchemy 2 typed ORM models: the database schema.

Portable by design: the same schema runs on SQLite (the embedded default) and PostgreSQL (team mode),
so only generic types are used (String, Text, Integer, BigInteger, Boolean, Date, LargeBinary, JSON)
and every timestamp goes through ``UTCDateTime``, which stores UTC and always returns aware values.

Changing a model means writing an Alembic migration (``privacydesk/store/migrations/versions``);
``tests/integration/test_migrations.py`` fails if the models and the migrations disagree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every backend.

    SQLite has no time zones (SQLAlchemy stores naive text); PostgreSQL has ``timestamptz``. Storing
    naive UTC on SQLite and aware UTC on PostgreSQL keeps ordering and comparisons correct on both.
    A naive value is a programming error: we refuse it rather than guess its zone.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        list[str]: JSON(),
    }


class Requester(Base):
    """The data subject: the person whose data a request is about."""

    __tablename__ = "requesters"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(300))
    postal_address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(100))
    identifiers: Mapped[dict[str, Any]] = mapped_column(default=dict)  # e.g. account id, order numbers
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    emails: Mapped[list[RequesterEmail]] = relationship(
        back_populates="requester", cascade="all, delete-orphan", order_by="RequesterEmail.id"
    )

    @property
    def primary_email(self) -> str | None:
        return self.emails[0].email if self.emails else None


class RequesterEmail(Base):
    __tablename__ = "requester_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("requesters.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # lower-cased

    requester: Mapped[Requester] = relationship(back_populates="emails")


class RefCounter(Base):
    """Last request number used in a year (``PD-<year>-<n>``)."""

    __tablename__ = "ref_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Request(Base):
    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)
    types: Mapped[list[str]] = mapped_column()
    regime: Mapped[str] = mapped_column(String(40), default="unknown")
    regime_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    requester_id: Mapped[int] = mapped_column(ForeignKey("requesters.id"), index=True)
    agent_name: Mapped[str | None] = mapped_column(String(300))
    agent_email: Mapped[str | None] = mapped_column(String(320))
    received_at: Mapped[datetime] = mapped_column()
    received_on: Mapped[date] = mapped_column(Date)  # company-time-zone date the clocks run from
    source: Mapped[str] = mapped_column(String(20), default="email")  # email, form, phone, post, manual
    language: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(30), default="new", index=True)
    verification: Mapped[str] = mapped_column(String(20), default="pending")
    verification_method: Mapped[str | None] = mapped_column(String(30))
    verified_at: Mapped[datetime | None] = mapped_column()
    assignee: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[str | None] = mapped_column(Text)
    acknowledged_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extended_to: Mapped[date | None] = mapped_column(Date)  # fadp: the date staff chose
    # Milestones are derived by the deadline engine from the facts above and stored only so that
    # tables and the calendar can sort and filter in SQL. They are rewritten in the same
    # transaction as every change of a fact (DESIGN invariant 4) and never edited by hand.
    acknowledge_by: Mapped[date | None] = mapped_column(Date)
    respond_by: Mapped[date | None] = mapped_column(Date, index=True)
    extension_notice_by: Mapped[date | None] = mapped_column(Date)
    respond_by_extended: Mapped[date | None] = mapped_column(Date)
    deadline_info: Mapped[dict[str, Any]] = mapped_column(default=dict)  # explanations, flags, notes
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Issue 15: an appeal (type "appeal") contests the decision on an earlier request. A plain id,
    # not a foreign key (like AuditEvent.request_id): a retention purge of the contested request is
    # never blocked by its appeal, and the link then reads "no longer stored".
    appeal_of_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: A duplicate merged into another request: that request's reference (issue 8).
    merged_into: Mapped[str | None] = mapped_column(String(20))
    # Records (issue 13): how a closed request ended, for the register and the yearly metrics.
    # ``outcome`` is complied_full | complied_partial | denied (domain/records.py).
    denial_basis: Mapped[str | None] = mapped_column(Text)
    response_nature: Mapped[str | None] = mapped_column(String(300))  # the closing letter's template
    purged_at: Mapped[datetime | None] = mapped_column()  # personal data removed (retention)
    # The clock in force, stored by the deadline engine's recomputation (``services/milestones.py``)
    # so that counts and the overdue / due-soon / paused filters run in SQL against "today"
    # (``domain.calendar.stored_clock_state`` is the rule). ``next_milestone`` is NULL when the clock
    # does not run (closed). ``clock_volatile``: an open pause makes the dates depend on the day they
    # were computed (``clock_on``); such rows are re-evaluated by the engine on other days.
    # ``clock_on`` NULL means "never stored" (a database from before these columns).
    next_milestone: Mapped[str | None] = mapped_column(String(40))
    next_due: Mapped[date | None] = mapped_column(Date)
    clock_start: Mapped[date | None] = mapped_column(Date)
    clock_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    clock_volatile: Mapped[bool] = mapped_column(Boolean, default=False)
    clock_on: Mapped[date | None] = mapped_column(Date)
    # Facts about the request itself that staff must see (not derived by the deadline engine),
    # e.g. "received_date_uncertain" (the mail's date could only be read partly): issue 11.
    flags: Mapped[list[str]] = mapped_column(default=list)

    requester: Mapped[Requester] = relationship(lazy="joined")
    messages: Mapped[list[Message]] = relationship(back_populates="request", order_by="Message.received_at")
    notes: Mapped[list[Note]] = relationship(back_populates="request", order_by="Note.id",
                                             cascade="all, delete-orphan")
    pauses: Mapped[list[Pause]] = relationship(back_populates="request", order_by="Pause.id",
                                               cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's declarative hook)


class Pause(Base):
    """A wait recorded by staff: clarification, ID or fee (UK stop-the-clock)."""

    __tablename__ = "request_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    waiting_for: Mapped[str] = mapped_column(String(20))
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    request: Mapped[Request] = relationship(back_populates="pauses")


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)

    request: Mapped[Request] = relationship(back_populates="notes")


class Message(Base):
    """One distinct message, wherever it was seen.

    Identity is the content ``fingerprint`` (see ``mail.parse.fingerprint``), not the Message-ID:
    two different messages can share a Message-ID, and the same message seen in two folders is one.
    For mail that is surely not a request only ids, dates, sender domain and the classification are
    kept (``raw``/``text``/``subject``/``sender_email`` stay NULL: DESIGN invariant 5).
    """

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    reference_ids: Mapped[list[str]] = mapped_column(default=list)  # the References header
    direction: Mapped[str] = mapped_column(String(10), default="in")  # in | out
    # request | follow_up | review | not_request | automated | unreadable | outgoing
    kind: Mapped[str] = mapped_column(String(20), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    subject: Mapped[str | None] = mapped_column(Text)
    sender_email: Mapped[str | None] = mapped_column(String(320))
    sender_name: Mapped[str | None] = mapped_column(String(300))
    sender_domain: Mapped[str | None] = mapped_column(String(255))
    date_header: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime | None] = mapped_column()
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    classification: Mapped[dict[str, Any]] = mapped_column(default=dict)
    text: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    has_full_raw: Mapped[bool] = mapped_column(Boolean, default=False)
    attachments: Mapped[list[Any]] = mapped_column(default=list)
    defects: Mapped[list[str]] = mapped_column(default=list)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    decided_by: Mapped[str | None] = mapped_column(String(200))  # staff override of the classifier
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Issue 15: a reply from the requester that contests a decision, offered to staff as an appeal
    # until they open it as one or dismiss it (NULL on rows older than the column: not flagged).
    likely_appeal: Mapped[bool | None] = mapped_column(Boolean, default=False, index=True)
    # Retention (issue 13): content and metadata removed; the fingerprint stays so the mail never
    # comes back on a re-sync.
    purged_at: Mapped[datetime | None] = mapped_column()
    # ``received_at`` is the earliest instant a partly readable date could mean, or the import time
    # when no date could be read at all (issue 11): a person should confirm it.
    received_uncertain: Mapped[bool] = mapped_column(Boolean, default=False)

    request: Mapped[Request | None] = relationship(back_populates="messages")
    locations: Mapped[list[MessageLocation]] = relationship(back_populates="message",
                                                            cascade="all, delete-orphan")


class MessageRawChunk(Base):
    """The raw bytes of a message too large to hold in memory at once (above the maximum message
    size), in pieces of at most ``RAW_CHUNK_BYTES``, written and read one piece at a time. Such a
    message has ``raw`` NULL and ``has_full_raw`` true. In the database, so backups and PostgreSQL
    workspaces have them like everything else (issue 11)."""

    __tablename__ = "message_raw_chunks"
    __table_args__ = (UniqueConstraint("message_pk", "seq", name="uq_message_raw_chunks_message_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


RAW_CHUNK_BYTES = 1024 * 1024


class MessageLocation(Base):
    """Where a message was seen: an IMAP folder position, or an imported file."""

    __tablename__ = "message_locations"
    __table_args__ = (UniqueConstraint("account", "folder", "uidvalidity", "uid",
                                       name="uq_message_locations_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    account: Mapped[str | None] = mapped_column(String(200))
    folder: Mapped[str | None] = mapped_column(String(1000))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    origin: Mapped[str | None] = mapped_column(Text)  # imported file path (+ #n inside an mbox)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    message: Mapped[Message] = relationship(back_populates="locations")


class AuditEvent(Base):
    """Append-only record of every change; each event carries the hash of the one before it.

    ``request_id`` is a plain column, not a foreign key, so the trail outlives anything it describes.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60), index=True)
    request_id: Mapped[int | None] = mapped_column(Integer, index=True)
    request_ref: Mapped[str | None] = mapped_column(String(20))
    message_pk: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(default=dict)
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditPersonal(Base):
    """A personal detail an audit event refers to, kept apart from the hash chain.

    The event holds only ``digest`` (salted SHA-256 of the value, ``domain/audit_trail.py``); retention
    erases ``value`` and ``salt`` together (``erased_at``), and the chain still verifies. The row itself
    stays, so a deleted row is told apart from an erased one.
    """

    __tablename__ = "audit_personal"

    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    salt: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    request_id: Mapped[int | None] = mapped_column(Integer, index=True)
    message_pk: Mapped[int | None] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    erased_at: Mapped[datetime | None] = mapped_column()


class AuditHead(Base):
    """One row holding the newest audit hash; locked while appending so the chain never forks."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class Account(Base):
    """An IMAP mailbox to read. The password is never here: it is in the OS keyring."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(10), default="ssl")  # ssl | starttls | none
    username: Mapped[str] = mapped_column(String(320))
    folders: Mapped[list[str]] = mapped_column(default=lambda: ["INBOX"])
    ca_file: Mapped[str | None] = mapped_column(Text)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    folder_states: Mapped[list[FolderState]] = relationship(back_populates="account",
                                                            cascade="all, delete-orphan")


class FolderState(Base):
    """Sync position of one folder: UIDVALIDITY and the UID below which everything is committed."""

    __tablename__ = "folder_states"
    __table_args__ = (UniqueConstraint("account_id", "folder", name="uq_folder_states_account_folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(1000))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    highest_modseq: Mapped[int | None] = mapped_column(BigInteger)
    last_sync_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="folder_states")


class OutboxEntry(Base):
    """A reply composed in PrivacyDesk: saved as a draft, or being / having been sent (issue 9).

    Sending is at most once: a row moves ``queued`` → ``sending`` only by a conditional UPDATE (the
    claim, committed before the SMTP server is contacted), so two processes cannot both send it; a row
    left in ``sending`` by a process that died becomes ``uncertain`` and is never sent again
    automatically. ``raw`` holds the exact bytes handed to the server; ``digest`` their SHA-256.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # draft | send
    state: Mapped[str] = mapped_column(String(12), index=True)  # drafted|queued|sending|sent|failed|uncertain
    template: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(8))
    account: Mapped[str | None] = mapped_column(String(200))
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    subject: Mapped[str] = mapped_column(Text)
    sender: Mapped[str] = mapped_column(String(320))
    recipients: Mapped[list[str]] = mapped_column(default=list)
    raw: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    digest: Mapped[str] = mapped_column(String(64))
    implied: Mapped[dict[str, Any]] = mapped_column(default=dict)  # status change etc. applied when sent
    auto: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_key: Mapped[str | None] = mapped_column(String(100), unique=True)  # at most one auto reply each
    actor: Mapped[str] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()
    error: Mapped[str | None] = mapped_column(Text)
    sent_copy: Mapped[str | None] = mapped_column(String(20))  # saved | server | failed
    sent_copy_error: Mapped[str | None] = mapped_column(Text)
    folder: Mapped[str | None] = mapped_column(String(1000))  # Drafts folder of a draft
    uid: Mapped[int | None] = mapped_column(BigInteger)
    message_pk: Mapped[int | None] = mapped_column(Integer)  # the thread's copy, once sent
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class VerificationCode(Base):
    """A one-time code sent in a verification letter: only its digest is kept (the letter holds it)."""

    __tablename__ = "verification_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer)
    used_at: Mapped[datetime | None] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()  # replaced by a newer code
    outbox_id: Mapped[int | None] = mapped_column(Integer)


class Customer(Base):
    """One row of the customers file staff imported, to match request details against."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # lower-cased
    name: Mapped[str | None] = mapped_column(String(300))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    source: Mapped[str | None] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReplySuggestion(Base):
    """A reply found in the Sent folder (sent from Gmail, Outlook …) implies a status change that
    staff are offered; ``decided`` is applied | dismissed once they chose."""

    __tablename__ = "reply_suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    message_pk: Mapped[int] = mapped_column(Integer, unique=True)
    template: Mapped[str | None] = mapped_column(String(100))
    implied: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided: Mapped[str | None] = mapped_column(String(12))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column()
class RequestMilestone(Base):
    """One milestone of a request whose clock runs, as the deadline engine last computed it (the
    calendar's rows; a closed request has none).

    Derived data, rewritten with the request's clock in the same transaction as every change of a
    fact (DESIGN invariant 4). ``kind`` is a ``domain.calendar.MilestoneKind`` value; ``is_next``
    marks the milestone in force (the request's ``next_milestone``) and ``start`` is then the day its
    period began, so the calendar's urgency needs no join (``services/calendar.py: urgency_sql``).
    """

    __tablename__ = "request_milestones"
    __table_args__ = (UniqueConstraint("request_id", "name", name="uq_request_milestones_request_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(40))
    due: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    is_next: Mapped[bool] = mapped_column(Boolean, default=False)
    start: Mapped[date | None] = mapped_column(Date)


class RequestSearch(Base):
    """Each request's folded search key (ref, requester names and addresses, agent, subject).

    Kept by ``store/search_keys.py`` after every flush that touches a request, its requester, their
    addresses or its messages, so "kruger" finds "Krüger" with a plain ``LIKE`` on both databases.
    """

    __tablename__ = "request_search"

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True,
                                            autoincrement=False)
    key: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str | None] = mapped_column(Text)  # the opening message's subject, for display


class ReminderSent(Base):
    """A reminder already shown to one staff member: each notification fires once, not every minute.

    ``key`` names what was shown (``due:<request id>:<milestone>:<date>:<stage>``, ``new:<request
    id>``, ``summary:<date>``, ``since``); the unique pair makes "mark as shown" safe to repeat.
    """

    __tablename__ = "reminders_sent"
    __table_args__ = (UniqueConstraint("recipient", "key", name="uq_reminders_sent_recipient_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)


# Database objects that are not SQLAlchemy models: SQLite's full-text index of messages (an FTS5
# virtual table and its shadow tables, kept by triggers; migration ``i12_calendar``). Comparing the
# models with the database must skip them.
NOT_MODELLED_PREFIXES = ("message_fts",)


def is_modelled(name: str | None, type_: str, parent_names: Any = None) -> bool:
    """Alembic ``include_name`` hook: False for the database objects above."""
    return not (type_ == "table" and name is not None and name.startswith(NOT_MODELLED_PREFIXES))


Index("ix_requests_received_at", Request.received_at)
# Covering indexes: counts, queue filters and the month grid read only these narrow entries, never
# the wide request rows (their explanations make a table scan of 50,000 requests slow).
Index("ix_requests_clock", Request.next_due, Request.next_milestone, Request.clock_provisional, Request.clock_start,
      Request.extended, Request.clock_volatile, Request.clock_on, Request.status, Request.respond_by,
      Request.respond_by_extended)
Index("ix_requests_queue", Request.status, Request.next_milestone, Request.next_due, Request.extended,
      Request.respond_by, Request.respond_by_extended, Request.clock_provisional, Request.clock_start,
      Request.clock_volatile, Request.clock_on)
Index("ix_request_milestones_calendar", RequestMilestone.due, RequestMilestone.kind, RequestMilestone.provisional,
      RequestMilestone.is_next, RequestMilestone.start, RequestMilestone.name)
Index("ix_messages_received_at", Message.received_at)


class LearningExample(Base):
    """One staff decision the learned model learns from (issue 10): hashed features only, never words.

    ``message_pk`` is a plain column, not a foreign key: a retention purge forgets the example through
    ``LearningService.forget_examples``, and a deleted message must not take a decision with it silently.
    """

    __tablename__ = "learning_examples"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int | None] = mapped_column(Integer, index=True)
    label: Mapped[str] = mapped_column(String(20))  # request | not_request
    types: Mapped[list[str]] = mapped_column(default=list)
    words: Mapped[list[Any]] = mapped_column(default=list)  # keyed hashes of word uni/bigrams
    grams: Mapped[list[Any]] = mapped_column(default=list)  # keyed hashes of character 4-grams
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class LearningKey(Base):
    """The random key the features of this database are hashed with (one row)."""

    __tablename__ = "learning_key"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(64))
