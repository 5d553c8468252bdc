"""The audit trail's rules, in one place: what an event's hash covers, which values are personal (kept
apart from the chain), and which request facts the trail must explain (replay).

Pure functions only, so the service (``services/audit.py``) and the migration that converted the old
trails (``store/migrations/versions/0006_issue13_records.py``) share them.

**Personal values.** A value under one of ``PERSONAL_KEYS`` (top-level keys of an event's ``before`` /
``after``), and an event's free-text ``detail``, never enter the chain directly. Each is stored in its
own row (table ``audit_personal``) with a fresh random 128-bit salt, and the event holds only
``{"$personal": digest}`` (``detail``: ``"$personal:" + digest``) where
``digest = SHA-256(domain tag ‖ salt ‖ canonical JSON of the value)``. The chain hashes the digest, so
retention can erase the value *and its salt* without breaking verification. The salt matters twice:
without it, the digest of a short value (an email address, a name) could be found by trying
candidates; and once the salt is erased with the value, even someone holding the digest and a guess
cannot confirm the guess — the erased value is gone for good. While the value is kept, verification
recomputes its digest, so editing a personal value behind the trail's back is detected too.

**Replay.** Every request has a ``request_created`` event whose ``after`` is a snapshot of its facts
(``request_snapshot_keys``); every later event's ``after`` values under a key of ``REPLAYED`` set that
fact. Replaying a request's events in order must give exactly the request's current facts; a request
row edited directly in the database (status completed while verification is pending, a date moved)
disagrees with its replay and is reported. So a change to one of these facts must be written through a
service that records the new value under that key in the same transaction (``RequestService._change``
does). Keys that are not listed (``kind``, ``paused``, ``template`` …) are history only.

Adding an event type: use the keys below for request facts, add a new fact to ``REPLAYED`` when you add
a request column that staff can change, and add any key whose value can identify a person to
``PERSONAL_KEYS`` (docs/architecture.md, "Audit trail").
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

GENESIS = "0" * 64
HASH_VERSION = 2
PERSONAL_MARK = "$personal"
DETAIL_PREFIX = "$personal:"
_DIGEST_TAG = b"privacydesk-audit-personal-v1\x00"

#: Keys whose values can identify a person: stored apart, erased by retention (never in the chain).
PERSONAL_KEYS: frozenset[str] = frozenset({
    # the requester and the agent (issue 8's requester_edited uses the requester_* keys)
    "requester_email", "requester_emails", "requester_name", "requester_phone", "requester_address",
    "requester_postal_address", "agent_email", "agent_name", "name", "email", "emails", "phone",
    "address", "postal_address", "identifiers",
    # free text staff write, which may mention anything
    "note", "text", "reason", "extension_reason", "comment",
    # mail content (replies sent, messages decided on)
    "subject", "body", "raw", "message", "to", "cc", "bcc", "recipients", "from", "sender",
    "sender_email", "sender_name", "attachments", "filename", "filenames",
})


@dataclass(frozen=True)
class Fact:
    """A request fact the trail must explain: ``key`` in events, ``column`` on the request row."""

    key: str
    column: str
    kind: str  # text | bool | list | date | datetime


#: Request facts covered by replay (key in an event's ``after`` → request column).
REPLAYED: tuple[Fact, ...] = (
    Fact("status", "status", "text"),
    Fact("verification", "verification", "text"),
    Fact("verification_method", "verification_method", "text"),
    Fact("types", "types", "list"),
    Fact("regime", "regime", "text"),
    Fact("regime_confirmed", "regime_confirmed", "bool"),
    Fact("received", "received_at", "datetime"),
    Fact("received_on", "received_on", "date"),
    Fact("source", "source", "text"),
    Fact("language", "language", "text"),
    Fact("assignee", "assignee", "text"),
    Fact("acknowledged", "acknowledged_at", "datetime"),
    Fact("closed", "closed_at", "datetime"),
    Fact("outcome", "outcome", "text"),
    Fact("denial_basis", "denial_basis", "text"),
    Fact("response_nature", "response_nature", "text"),
    Fact("extended", "extended", "bool"),
    Fact("extended_to", "extended_to", "date"),
    Fact("purged", "purged_at", "datetime"),
    Fact("acknowledge_by", "acknowledge_by", "date"),
    Fact("respond_by", "respond_by", "date"),
    Fact("extension_notice_by", "extension_notice_by", "date"),
    Fact("respond_by_extended", "respond_by_extended", "date"),
)
REPLAYED_BY_KEY: dict[str, Fact] = {f.key: f for f in REPLAYED}
CREATION_ACTION = "request_created"

#: Personal facts recorded (as digests) in a creation snapshot: key → what it is.
SNAPSHOT_PERSONAL = ("requester_email", "requester_name", "requester_phone", "requester_address",
                     "agent_name", "agent_email")


def canonical(value: Any) -> str:
    """One text for one value: sorted keys, no spaces, UTF-8 kept (what hashes are computed over)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_jsonable)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes_sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def plain_json(value: Any) -> Any:
    """``value`` as stored in a JSON column (dates as ISO text, tuples as lists): hash what is stored."""
    return json.loads(canonical(value))


# -- personal values -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonalValue:
    digest: str
    salt: str
    value: Any


def personal_digest(salt: str, value: Any) -> str:
    return hashlib.sha256(_DIGEST_TAG + bytes.fromhex(salt) + b"\x00" + canonical(value).encode("utf-8")).hexdigest()


def seal(value: Any, new_salt: Callable[[], str] = lambda: secrets.token_hex(16)) -> PersonalValue:
    plain = plain_json(value)
    salt = new_salt()
    return PersonalValue(personal_digest(salt, plain), salt, plain)


def is_ref(value: Any) -> bool:
    return isinstance(value, dict) and len(value) == 1 and isinstance(value.get(PERSONAL_MARK), str)


def ref_digest(value: Any) -> str | None:
    if is_ref(value):
        return str(value[PERSONAL_MARK])
    if isinstance(value, str) and value.startswith(DETAIL_PREFIX):
        return value[len(DETAIL_PREFIX):]
    return None


def _needs_sealing(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {} and not is_ref(value)


def split_personal(data: Mapping[str, Any] | None, *, personal_keys: Iterable[str] = PERSONAL_KEYS
                   ) -> tuple[dict[str, Any], list[PersonalValue]]:
    """``data`` with each personal value replaced by ``{"$personal": digest}``, and the sealed values."""
    keys = frozenset(personal_keys)
    clean: dict[str, Any] = {}
    sealed: list[PersonalValue] = []
    for key, value in plain_json(dict(data or {})).items():
        if key in keys and _needs_sealing(value):
            item = seal(value)
            sealed.append(item)
            clean[key] = {PERSONAL_MARK: item.digest}
        else:
            clean[key] = value
    return clean, sealed


def split_detail(detail: str | None) -> tuple[str | None, PersonalValue | None]:
    """An event's free-text detail is always kept apart (it is written by staff or holds mail words)."""
    if detail is None or detail == "" or detail.startswith(DETAIL_PREFIX):
        return detail, None
    item = seal(detail)
    return DETAIL_PREFIX + item.digest, item


def refs_in(before: Any, after: Any, detail: str | None) -> list[str]:
    """The digests an event refers to."""
    found: list[str] = []
    for part in (before, after):
        if isinstance(part, dict):
            found.extend(d for d in (ref_digest(v) for v in part.values()) if d)
    digest = ref_digest(detail)
    if digest:
        found.append(digest)
    return found


# -- the chain -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EventFields:
    """Every stored field of an event except its own hash (all of them are hashed)."""

    id: int
    prev_hash: str
    at: datetime
    actor: str
    action: str
    request_id: int | None
    request_ref: str | None
    message_pk: int | None
    before: Any
    after: Any
    detail: str | None


def event_hash(e: EventFields) -> str:
    at = e.at.astimezone(UTC) if e.at.tzinfo is not None else e.at.replace(tzinfo=UTC)
    payload = canonical({
        "v": HASH_VERSION, "id": e.id, "prev": e.prev_hash, "at": at.isoformat(), "actor": e.actor,
        "action": e.action, "request_id": e.request_id, "ref": e.request_ref, "message_pk": e.message_pk,
        "before": e.before, "after": e.after, "detail": e.detail,
    })
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# -- replay --------------------------------------------------------------------------------------------
_UNKNOWN = object()


def normalise(fact: Fact, value: Any) -> Any:
    """A fact's value in one comparable form (stored row value or event JSON value)."""
    if value is None:
        return None
    if fact.kind == "datetime":
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                return value
        if isinstance(value, datetime):
            value = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
            return value.astimezone(UTC).isoformat()
        return value
    if fact.kind == "date":
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return value
    if fact.kind == "list":
        return list(value) if isinstance(value, list | tuple) else value
    if fact.kind == "bool":
        return bool(value) if isinstance(value, bool | int) else value
    return value


def row_facts(get: Callable[[str], Any]) -> dict[str, Any]:
    """A request's current facts, read with ``get(column)``, in event form (JSON-ready)."""
    out: dict[str, Any] = {}
    for fact in REPLAYED:
        value = get(fact.column)
        if isinstance(value, datetime):
            value = value.astimezone(UTC).isoformat() if value.tzinfo else value.replace(tzinfo=UTC).isoformat()
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[fact.key] = value
    return out


class Replay:
    """The facts a request's events establish, applied in chain order."""

    def __init__(self) -> None:
        self.facts: dict[str, Any] = {}
        self.created_by: int | None = None

    def apply(self, event_id: int, action: str, after: Any) -> None:
        if action == CREATION_ACTION and self.created_by is None:
            self.created_by = event_id
        if not isinstance(after, dict):
            return
        for key, value in after.items():
            fact = REPLAYED_BY_KEY.get(key)
            if fact is None:
                continue
            self.facts[key] = _UNKNOWN if (is_ref(value) or ref_digest(value)) else normalise(fact, value)

    def differences(self, current: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
        """(key, value in the trail, value in the row) for every covered fact that disagrees."""
        out: list[tuple[str, Any, Any]] = []
        for fact in REPLAYED:
            if fact.key not in self.facts or self.facts[fact.key] is _UNKNOWN:
                continue
            expected = self.facts[fact.key]
            actual = normalise(fact, current.get(fact.key))
            if expected != actual:
                out.append((fact.key, expected, actual))
        return out

    def uncovered(self) -> list[str]:
        """Covered facts no event has established (a trail written before replay existed)."""
        return [f.key for f in REPLAYED if f.key not in self.facts or self.facts[f.key] is _UNKNOWN]
