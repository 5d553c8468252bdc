"""What ``RequestService.list`` and ``RequestService.show`` return: typed, frozen values.

The window reads attributes (``detail.requester.name``, ``detail.clock.due``); the CLI's ``--json`` is
``as_json()``, whose shape is a contract (docs/cli.md: "Request JSON") and must not change except by
adding keys. Dates are ``date``/``datetime`` here (aware, in the company's time zone); JSON has ISO text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from privacydesk.domain.guidance import ACTIONS, Availability
from privacydesk.domain.vocab import OPEN_STATUSES
from privacydesk.services.appeals import AppealSuggestion

_OPEN = frozenset(s.value for s in OPEN_STATUSES)
MILESTONE_NAMES = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended")


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def frozen_map(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """A read-only view of a JSON object from the database (audit before/after)."""
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class Person:
    name: str | None
    email: str | None  # the first address
    emails: tuple[str, ...] = ()
    postal_address: str | None = None
    phone: str | None = None

    @property
    def label(self) -> str:
        return self.name or self.email or self.phone or "(no name)"

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "emails": list(self.emails),
                "postal_address": self.postal_address, "phone": self.phone}


@dataclass(frozen=True)
class Agent:
    name: str | None
    email: str | None

    @property
    def label(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email or "(no name)"

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email}


@dataclass(frozen=True)
class Clock:
    status: str  # deadlines.ClockState value
    next_milestone: str | None
    due: date | None
    days_left: int | None
    explanation: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status, "next_milestone": self.next_milestone, "due": _iso(self.due),
                "days_left": self.days_left}


@dataclass(frozen=True)
class MilestoneLine:
    """One date the law (or the notice) sets, with why: ``reason`` in a few plain words, ``explanation``
    the engine's full computation with its legal citation ("Why this date?")."""

    name: str
    due: date
    reason: str
    explanation: str
    regime: str
    type: str
    provisional: bool = False


@dataclass(frozen=True)
class PauseLine:
    waiting_for: str
    started: date
    ended: date | None
    note: str | None

    def as_json(self) -> dict[str, Any]:
        return {"waiting_for": self.waiting_for, "started": _iso(self.started), "ended": _iso(self.ended),
                "note": self.note}


@dataclass(frozen=True)
class NoteLine:
    at: datetime
    author: str
    text: str

    def as_json(self) -> dict[str, Any]:
        return {"at": _iso(self.at), "author": self.author, "text": self.text}


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str | None
    size: int | None


@dataclass(frozen=True)
class ThreadMessage:
    id: int
    message_id: str | None
    direction: str  # in | out
    kind: str
    sender_name: str | None
    sender_email: str | None
    subject: str | None
    date: datetime | None
    received: datetime | None
    text: str | None
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()
    raw_attachments: tuple[Any, ...] = field(default=(), repr=False)  # as stored, for the JSON contract

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "message_id": self.message_id, "direction": self.direction, "kind": self.kind,
                "from": {"name": self.sender_name, "email": self.sender_email}, "subject": self.subject,
                "date": _iso(self.date), "received": _iso(self.received), "text": self.text,
                "attachments": list(self.raw_attachments), "defects": list(self.defects)}


@dataclass(frozen=True)
class AuditEntry:
    """One audit event as stored; the window words it (``ui/requests/audit_words.py``)."""

    id: int
    at: datetime
    actor: str
    action: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    detail: str | None
    ref: str | None = None  # differs from the request's own for events of a merged duplicate

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": _iso(self.at), "actor": self.actor, "action": self.action,
                "before": dict(self.before), "after": dict(self.after), "detail": self.detail}


@dataclass(frozen=True)
class RequestSummary:
    """One request as ``list`` shows it."""

    ref: str
    status: str
    verification: str
    verification_method: str | None
    types: tuple[str, ...]
    regime: str
    regime_confirmed: bool
    requester: Person
    agent: Agent | None
    received: datetime
    received_date: date
    milestone_dates: Mapping[str, date | None]  # the four stored milestones (absent: None)
    clock: Clock
    flags: tuple[str, ...]
    message_count: int
    source: str
    language: str | None
    assignee: str | None
    outcome: str | None
    extended: bool
    extension_reason: str | None
    acknowledged: datetime | None
    closed: datetime | None
    merged_into: str | None = None
    #: Records (issue 13): why a denied request was denied, and what was sent to close it.
    denial_basis: str | None = None
    response_nature: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status in _OPEN

    def as_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "status": self.status,
            "verification": self.verification,
            "verification_method": self.verification_method,
            "types": list(self.types),
            "regime": self.regime,
            "regime_confirmed": self.regime_confirmed,
            "requester": self.requester.as_json(),
            "agent": self.agent.as_json() if self.agent else None,
            "received": _iso(self.received),
            "received_date": _iso(self.received_date),
            "milestones": {name: _iso(self.milestone_dates.get(name)) for name in MILESTONE_NAMES},
            "clock": self.clock.as_json(),
            "flags": list(self.flags),
            "messages": self.message_count,
            "source": self.source,
            "language": self.language,
            "assignee": self.assignee,
            "outcome": self.outcome,
            "denial_basis": self.denial_basis,
            "response_nature": self.response_nature,
            "extended": self.extended,
            "extension_reason": self.extension_reason,
            "acknowledged": _iso(self.acknowledged),
            "closed": _iso(self.closed),
        }


@dataclass(frozen=True)
class RequestDetail(RequestSummary):
    """One request as the workspace and ``show`` present it."""

    #: What to do next, in one plain sentence (``domain.guidance.next_step``).
    next_step: str = ""
    milestones: tuple[MilestoneLine, ...] = ()
    explanations: Mapping[str, str] = field(default_factory=dict)  # as stored (JSON contract)
    deadline_notes: tuple[str, ...] = ()  # the engine's notes as stored (JSON contract)
    plain_notes: tuple[str, ...] = ()  # the same in words, the ones repeated per law merged
    pauses: tuple[PauseLine, ...] = ()
    notes: tuple[NoteLine, ...] = ()
    thread: tuple[ThreadMessage, ...] = ()
    audit: tuple[AuditEntry, ...] = ()
    actions: Mapping[str, Availability] = field(default_factory=dict)
    merged_from: tuple[str, ...] = ()
    #: Appeals (issue 15): the request this appeal contests, the appeals of this request, and replies
    #: on it that look like appeals (offered to staff, never opened automatically).
    appeal_of: str | None = None
    appeals: tuple[str, ...] = ()
    appeal_suggestions: tuple[AppealSuggestion, ...] = ()

    def can(self, action: str) -> Availability:
        """Whether ``action`` (one of ``domain.guidance.ACTIONS``) applies now, and why not."""
        if action not in ACTIONS:
            raise KeyError(action)
        return self.actions.get(action, Availability(True))

    @property
    def open_pause(self) -> PauseLine | None:
        open_pauses = [p for p in self.pauses if p.ended is None]
        return open_pauses[-1] if open_pauses else None

    def milestone(self, name: str) -> MilestoneLine | None:
        for line in self.milestones:
            if line.name == name:
                return line
        return None

    def as_json(self) -> dict[str, Any]:
        data = super().as_json()
        data["explanations"] = dict(self.explanations)
        data["notes_deadline"] = list(self.deadline_notes)
        data["pauses"] = [p.as_json() for p in self.pauses]
        data["notes"] = [n.as_json() for n in self.notes]
        data["thread"] = [m.as_json() for m in self.thread]
        data["audit"] = [e.as_json() for e in self.audit]
        data["appeal_of"] = self.appeal_of
        data["appeals"] = list(self.appeals)
        data["appeal_suggestions"] = [s.as_json() for s in self.appeal_suggestions]
        return data
