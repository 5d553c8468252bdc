"""Plain values that describe one email, shared by the parser (``mail/``) and the classifier.

They live in the domain layer so the classifier can stay pure: ``mail.parse`` builds a
``ParsedMessage`` from bytes, ``domain.classify`` turns it into a ``Classification``; neither touches
the database, and only these frozen values cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Address:
    """One mailbox: display name (may be empty) and lower-cased address (may be empty if unparsable)."""

    name: str
    email: str

    def as_dict(self) -> dict[str, str | None]:
        return {"name": self.name or None, "email": self.email or None}


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str | None
    content_type: str
    size: int  # decoded bytes


@dataclass(frozen=True)
class ParsedMessage:
    """What the app knows about one message after parsing.

    ``headers`` keeps every header as (name, decoded value) in order, so the automated-mail checks
    (Auto-Submitted, Precedence, List-Id, Return-Path, X-Autoreply ...) can look at anything.
    ``text`` is the readable body: the text/plain part, else HTML converted to text (links kept as
    visible text, nothing fetched). ``partial`` is true when only a prefix of the body was available
    (e.g. the IMAP first pass fetched ``BODY[TEXT]<0.8192>``; that cut is expected and is not listed
    in ``incomplete``).
    """

    message_id: str | None
    subject: str
    sender: Address  # From (first mailbox)
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: datetime | None = None  # the Date header, timezone-aware when it had a zone
    received: datetime | None = None  # when it reached the mailbox, if known (see principle 1)
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    text: str = ""
    has_html: bool = False
    attachments: tuple[AttachmentInfo, ...] = ()
    defects: tuple[str, ...] = ()
    partial: bool = False
    size: int = 0  # bytes of the raw message, when known
    #: ``received`` was read only partly (a broken date: the earliest instant it could mean) or not
    #: at all: deadlines are computed from it, so a person should confirm it (issue 11).
    received_uncertain: bool = False
    #: Why part of the message could not be read (a parser limit, an unreadable part, text cut),
    #: in plain words. Not empty → "not a request" must not be decided from what was read: the
    #: message goes to a person with its raw bytes (DESIGN invariant 8).
    incomplete: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """First value of a header, case-insensitively, or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]


@dataclass(frozen=True)
class Party:
    """A person named in a request: the data subject or an authorized agent."""

    name: str | None = None
    email: str | None = None
    postal_address: str | None = None
    phone: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "name": self.name,
            "email": self.email,
            "postal_address": self.postal_address,
            "phone": self.phone,
        }


@dataclass(frozen=True)
class Classification:
    """The classifier's verdict on one message, with the evidence that decided it.

    ``requester`` is the data subject (for agent mail: the person the agent acts for, which is
    also ``agent_for``); ``agent`` is the sender when it is an authorized agent.
    ``needs_review`` marks mail that might be a request but did not reach the threshold: its raw
    bytes are kept until staff decide (DESIGN invariant 5).
    """

    is_request: bool
    types: tuple[str, ...] = ()
    regimes: tuple[str, ...] = ()
    language: str = "und"
    requester: Party | None = None
    agent: Party | None = None
    agent_for: Party | None = None
    automated: str | None = None  # vocab.Automated value
    form: bool = False
    confidence: float = 0.0
    evidence: tuple[str, ...] = field(default_factory=tuple)
    needs_review: bool = False
    # Why a person should look, in plain words for staff (set whenever ``needs_review`` is): shown in
    # the review queue. Never names the sender or quotes more of the mail than a generic phrase.
    review_reason: str | None = None

    def as_json(self) -> dict[str, object]:
        """The ``privacydesk classify --json`` shape (issue 4); extra fields are allowed."""
        requester = self.requester or Party()
        return {
            "is_request": self.is_request,
            "types": list(self.types),
            "regimes": list(self.regimes),
            "language": self.language,
            "requester": {"name": requester.name, "email": requester.email,
                          "postal_address": requester.postal_address, "phone": requester.phone},
            "agent": self.agent.as_dict() if self.agent else None,
            "agent_for": self.agent_for.as_dict() if self.agent_for else None,
            "automated": self.automated,
            "form": self.form,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
            "needs_review": self.needs_review,
            "review_reason": self.review_reason,
        }
