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


Index("ix_requests_received_at", Request.received_at)
Index("ix_messages_received_at", Message.received_at)
