"""The audit trail: append-only, hash-chained, written in the same transaction as the change — and
checked from outside as well as from inside.

The rules (what is hashed, which values are personal, which request facts are replayed) live in
``domain/audit_trail.py``. This module stores events (``record``), checks a whole database
(``verify_chain``) and keeps the chain's *anchor*: the newest event this computer has seen, written
to a file in the data folder (``audit-anchor.json``, mode 0600) after every commit that appended
events. A database whose trail is behind or different from its anchor — its newest events deleted and
the head rewritten, the file emptied and recreated, an older copy put in its place — is reported by
``AuditService.anchor_status`` (the CLI warns on every command; ``audit verify`` fails). A restore
re-anchors on purpose and is itself audited (``AuditService.reanchor``).

Appends are serialised: the single ``audit_head`` row is locked (``SELECT … FOR UPDATE`` on
PostgreSQL; SQLite write transactions are already exclusive) before the next event id and hash are
chosen, so two laptops on one PostgreSQL database can never fork the chain.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from privacydesk.domain import audit_trail as trail
from privacydesk.domain.audit_trail import GENESIS, PERSONAL_KEYS, REPLAYED  # noqa: F401 (re-exported)
from privacydesk.services.privatefiles import write_private_text
from privacydesk.services.settings import ENV_USER, os_full_name, os_login
from privacydesk.store.db import Database
from privacydesk.store.models import AuditEvent, AuditHead, AuditPersonal, Request, utcnow

log = logging.getLogger(__name__)

ANCHOR_FILE = "audit-anchor.json"
ERASED_TEXT = "(deleted after the retention period)"
MISSING_TEXT = "(missing)"
_APPENDED = "privacydesk_audit_appended"
_TIP = "privacydesk_audit_tip"  # (head row, newest event id, its hash) appended in this transaction


def current_actor() -> str:
    """Who is acting when no settings are at hand: ``PRIVACYDESK_USER`` if set (shared machines),
    else the computer account's full name, else its login name. ``SettingsService.staff_name`` is the
    full rule (the configured name comes before the account's)."""
    return os.environ.get(ENV_USER, "").strip() or os_full_name() or os_login()


# -- writing -------------------------------------------------------------------------------------------
def record(session: Session, action: str, *, actor: str, request: Request | None = None,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
           detail: str | None = None, message_pk: int | None = None) -> AuditEvent:
    """Append one event. Call inside the write transaction that makes the change.

    Personal values (``domain.audit_trail.PERSONAL_KEYS``) and ``detail`` are stored apart and enter
    the event as salted digests; everything else is stored as given (JSON: pass dates as ISO text).
    """
    head, last_id = _chain_tip(session)
    request_id = request.id if request is not None else None
    ref = request.ref if request is not None else None
    clean_before, sealed = trail.split_personal(before)
    clean_after, sealed_after = trail.split_personal(after)
    clean_detail, sealed_detail = trail.split_detail(detail)
    sealed += sealed_after
    if sealed_detail is not None:
        sealed.append(sealed_detail)
    now = utcnow()
    for item in sealed:
        session.add(AuditPersonal(digest=item.digest, salt=item.salt, value=item.value,
                                  request_id=request_id, message_pk=message_pk, created_at=now))
    fields = trail.EventFields(last_id + 1, head.last_hash, now, actor, action, request_id, ref, message_pk,
                               clean_before, clean_after, clean_detail)
    digest = trail.event_hash(fields)
    entry = AuditEvent(id=fields.id, at=now, actor=actor, action=action, request_id=request_id,
                       request_ref=ref, message_pk=message_pk, before=clean_before, after=clean_after,
                       detail=clean_detail, prev_hash=fields.prev_hash, hash=digest)
    session.add(entry)  # written with the transaction's next flush, together with the batch's others
    head.last_event_id = entry.id
    head.last_hash = digest
    session.info[_TIP] = (head, entry.id, digest)
    session.info[_APPENDED] = True
    return entry


def _chain_tip(session: Session) -> tuple[AuditHead, int]:
    """The head row, locked, and the id of the newest event. The lock and the ``max(id)`` query are
    paid once per transaction: a batch (a sync filing many requests) chains its events in memory
    and they are inserted together. If a savepoint that appended events was rolled back, the head
    row no longer shows the remembered hash (the ORM expired and re-read it) and the tip is read
    again from the database."""
    remembered = session.info.get(_TIP)
    if remembered is not None:
        head, last_id, last_hash = remembered
        if head in session and head.last_hash == last_hash:
            return head, last_id
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_event_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    last_id = session.execute(select(func.max(AuditEvent.id))).scalar() or 0
    return head, int(last_id)


def request_snapshot(req: Request) -> dict[str, Any]:
    """What ``request_created`` records: every replayed fact, plus the personal facts (as digests)."""
    snapshot = trail.row_facts(lambda column: getattr(req, column))
    requester = req.requester
    snapshot.update({
        "requester_email": requester.primary_email if requester else None,
        "requester_name": requester.name if requester else None,
        "requester_phone": requester.phone if requester else None,
        "requester_address": requester.postal_address if requester else None,
        "agent_name": req.agent_name,
        "agent_email": req.agent_email,
    })
    return snapshot


# -- reading -------------------------------------------------------------------------------------------
def personal_values(session: Session, events: Iterable[AuditEvent]) -> dict[str, Any]:
    """digest → the kept value, ``ERASED_TEXT`` once retention erased it, ``MISSING_TEXT`` if gone."""
    wanted = {d for e in events for d in trail.refs_in(e.before, e.after, e.detail)}
    found: dict[str, Any] = {}
    todo = sorted(wanted)
    for start in range(0, len(todo), 500):
        for digest, value, erased in session.execute(
                select(AuditPersonal.digest, AuditPersonal.value, AuditPersonal.erased_at)
                .where(AuditPersonal.digest.in_(todo[start:start + 500]))):
            found[digest] = ERASED_TEXT if erased is not None else value
    return {d: found.get(d, MISSING_TEXT) for d in wanted}


def _resolve(value: Any, personal: Mapping[str, Any]) -> Any:
    digest = trail.ref_digest(value)
    return personal.get(digest, MISSING_TEXT) if digest else value


def event_as_json(event: AuditEvent, tz: tzinfo | None = None,
                  personal: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """One event for people and ``show --json``: personal values restored where still kept."""
    personal = personal or {}
    return {
        "id": event.id,
        "at": (event.at.astimezone(tz) if tz else event.at).isoformat(),
        "actor": event.actor,
        "action": event.action,
        "before": {k: _resolve(v, personal) for k, v in (event.before or {}).items()},
        "after": {k: _resolve(v, personal) for k, v in (event.after or {}).items()},
        "detail": _resolve(event.detail, personal),
    }


def events_as_json(session: Session, events: Sequence[AuditEvent], tz: tzinfo | None = None) -> list[dict[str, Any]]:
    personal = personal_values(session, events)
    return [event_as_json(e, tz, personal) for e in events]


# -- verification --------------------------------------------------------------------------------------
FACT_WORDS = {
    "status": "status", "verification": "identity verification", "verification_method": "verification method",
    "types": "request types", "regime": "law", "regime_confirmed": "law confirmed", "received": "received time",
    "received_on": "received date", "source": "channel", "language": "language", "assignee": "assignee",
    "acknowledged": "acknowledged time", "closed": "closing time", "outcome": "outcome",
    "denial_basis": "reason for denial", "response_nature": "response sent", "extended": "extension",
    "extended_to": "extended date", "purged": "retention purge time", "acknowledge_by": "acknowledge-by date",
    "respond_by": "response due date", "extension_notice_by": "extension notice date",
    "respond_by_extended": "extended due date",
}


@dataclass(frozen=True)
class ChainReport:
    """The result of checking a database's trail. ``problem`` names the first fault in plain words."""

    ok: bool
    events: int
    requests: int = 0
    first_bad_id: int | None = None
    first_bad_ref: str | None = None
    problem: str | None = None
    notes: tuple[str, ...] = ()
    last_event_id: int = 0
    last_hash: str = GENESIS


def _words(value: Any, tz: tzinfo | None) -> str:
    if value is None or value == "" or value == []:
        return "nothing"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_words(v, tz) for v in value)
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value.replace("_", " ")
        if len(value) == 10:
            return moment.date().isoformat()
        return (moment.astimezone(tz) if tz else moment).strftime("%Y-%m-%d %H:%M")
    return str(value)


def _event_words(e: AuditEvent, tz: tzinfo | None) -> str:
    when = (e.at.astimezone(tz) if tz else e.at).strftime("%Y-%m-%d %H:%M")
    what = e.action.replace("_", " ")
    return f"event {e.id} ({what}{' on ' + e.request_ref if e.request_ref else ''}, {when})"


class _Problems:
    """Keeps the first problem found in each category; reported in chain order."""

    def __init__(self) -> None:
        self.first: tuple[int, int | None, str | None, str] | None = None

    def add(self, rank: int, event_id: int | None, ref: str | None, text: str) -> None:
        if self.first is None or rank < self.first[0]:
            self.first = (rank, event_id, ref, text)


def verify_chain(session: Session, tz: tzinfo | None = None) -> ChainReport:
    """Check everything that can be checked inside the database: the hash chain over every field,
    the kept personal values against their digests, the head, and every request against the replay
    of its events. The anchor (outside the database) is ``AuditService``'s part."""
    vault = {d: (salt, value, erased) for d, salt, value, erased in session.execute(
        select(AuditPersonal.digest, AuditPersonal.salt, AuditPersonal.value, AuditPersonal.erased_at))}
    refs = dict(session.execute(select(Request.id, Request.ref)).all())
    replays: dict[int, trail.Replay] = {}
    problems = _Problems()
    notes: list[str] = []
    prev = GENESIS
    count = 0
    last_id = 0
    chain_broken = False
    gone_requests: set[int] = set()
    for e in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
        count += 1
        last_id = e.id
        if not chain_broken:
            fields = trail.EventFields(e.id, e.prev_hash, e.at, e.actor, e.action, e.request_id, e.request_ref,
                                       e.message_pk, e.before, e.after, e.detail)
            if e.prev_hash != prev:
                chain_broken = True
                problems.add(0, e.id, e.request_ref,
                             f"The audit trail is broken at {_event_words(e, tz)}: it does not follow the "
                             "event before it, so an event was removed, inserted or moved there.")
            elif trail.event_hash(fields) != e.hash:
                chain_broken = True
                problems.add(0, e.id, e.request_ref,
                             f"The audit trail is broken at {_event_words(e, tz)}: this event was changed "
                             "after it was written (its content, date, author or the request it belongs to).")
        prev = e.hash
        for digest in trail.refs_in(e.before, e.after, e.detail):
            kept = vault.get(digest)
            if kept is None:
                problems.add(1, e.id, e.request_ref,
                             f"A personal detail recorded by {_event_words(e, tz)} was deleted outside "
                             "PrivacyDesk.")
            elif kept[2] is None and (kept[0] is None or trail.personal_digest(kept[0], kept[1]) != digest):
                problems.add(1, e.id, e.request_ref,
                             f"A personal detail recorded by {_event_words(e, tz)} was changed after it "
                             "was written.")
        if e.request_id is not None:
            if e.request_id not in refs:
                if e.request_id not in gone_requests:
                    gone_requests.add(e.request_id)
                    problems.add(3, e.id, e.request_ref,
                                 f"Request {e.request_ref or e.request_id} has events in the audit trail "
                                 f"(from {_event_words(e, tz)}) but no longer exists: it was deleted "
                                 "outside PrivacyDesk.")
            else:
                replays.setdefault(e.request_id, trail.Replay()).apply(e.id, e.action, e.after)
        if e.action == "audit_trail_converted" and isinstance(e.after, dict):
            if e.after.get("old_chain_intact") is False:
                notes.append(f"When the audit trail was converted ({_event_words(e, tz)}), the older trail was "
                             f"already broken at event {e.after.get('old_chain_first_broken_event')}.")
            orphans = e.after.get("requests_without_history") or []
            if orphans:
                notes.append(f"When the audit trail was converted ({_event_words(e, tz)}), {len(orphans)} "
                             f"request(s) had no history ({', '.join(orphans[:5])}"
                             f"{' …' if len(orphans) > 5 else ''}); their facts were recorded then.")
    head = session.get(AuditHead, 1)
    if count and head is None:
        problems.add(2, None, None, "The record of the audit trail's newest event is missing: the trail "
                                    "was edited outside PrivacyDesk.")
    elif head is not None and (head.last_hash != prev or head.last_event_id != last_id):
        if head.last_event_id > last_id:
            text = (f"The newest events of the audit trail are missing: it ends at event {last_id}, but "
                    f"event {head.last_event_id} had been written.")
        else:
            text = (f"The audit trail does not end where it was last written (event {head.last_event_id}): "
                    "events were added, removed or changed outside PrivacyDesk.")
        problems.add(2, last_id or None, None, text)
    checked = 0
    for req in session.execute(select(Request).order_by(Request.id)).unique().scalars():
        checked += 1
        replay = replays.get(req.id)
        if replay is None or replay.created_by is None:
            problems.add(4 + checked, None, req.ref,
                         f"{req.ref} has no record of being created in the audit trail: its history was "
                         "removed, or the request was added outside PrivacyDesk.")
            continue
        diffs = replay.differences(trail.row_facts(functools.partial(getattr, req)))
        if diffs:
            key, expected, actual = diffs[0]
            problems.add(4 + checked, None, req.ref,
                         f"{req.ref} was changed outside PrivacyDesk: its {FACT_WORDS.get(key, key)} is "
                         f"{_words(actual, tz)}, but its audit trail says {_words(expected, tz)}.")
    if problems.first is None:
        return ChainReport(True, count, checked, notes=tuple(notes), last_event_id=last_id, last_hash=prev)
    _, bad_id, bad_ref, text = problems.first
    return ChainReport(False, count, checked, bad_id, bad_ref, text, tuple(notes), last_id, prev)


# -- the anchor outside the database -------------------------------------------------------------------
@dataclass(frozen=True)
class Anchor:
    event_id: int
    hash: str
    seen_at: str


@dataclass(frozen=True)
class AnchorStatus:
    """How the database's trail compares with the newest event this computer saw.

    ``state``: ``ok`` (same or newer), ``none`` (nothing seen yet), ``behind`` (events this computer
    saw are gone), ``diverged`` (an event it saw is different now), ``unreadable`` (the anchor file
    is damaged). ``message`` is set, in plain words, for every state but ``ok`` and ``none``.
    """

    state: str
    database_event: int
    anchor_event: int | None = None
    message: str | None = None

    @property
    def warning(self) -> bool:
        return self.state not in ("ok", "none")


class AnchorUnreadable(Exception):
    pass


class AnchorFile:
    """The anchors of one data folder: for each database (by URL) the newest event seen from here."""

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self.key = key
        self._lock = threading.Lock()

    def _load_all(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise AnchorUnreadable(str(exc.strerror)) from exc
        try:
            doc = json.loads(text)
            databases = doc["databases"]
            if not isinstance(databases, dict):
                raise TypeError("databases")
            return databases
        except (ValueError, KeyError, TypeError) as exc:
            raise AnchorUnreadable("not a PrivacyDesk anchor file") from exc

    def read(self) -> Anchor | None:
        entry = self._load_all().get(self.key)
        if entry is None:
            return None
        try:
            return Anchor(int(entry["event_id"]), str(entry["hash"]), str(entry.get("seen_at", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise AnchorUnreadable("not a PrivacyDesk anchor file") from exc

    def write(self, event_id: int, digest: str, *, only_forward: bool = True) -> None:
        with self._lock:
            try:
                databases = self._load_all()
            except AnchorUnreadable:
                if only_forward:
                    return  # never paper over a damaged anchor silently; verify reports it
                databases = {}
            current = databases.get(self.key)
            if only_forward and isinstance(current, dict) and int(current.get("event_id", 0)) >= event_id:
                return
            databases[self.key] = {"event_id": event_id, "hash": digest, "seen_at": utcnow().isoformat()}
            write_private_text(self.path, json.dumps({"format": 1, "databases": databases}, indent=1) + "\n")


_ANCHORS: dict[str, tuple[AnchorFile, Engine]] = {}
_ANCHORS_LOCK = threading.Lock()


def _url_key(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


@event.listens_for(Session, "after_commit")
def _advance_anchor_after_commit(session: Session) -> None:
    """After a commit that appended events, move this computer's anchor to the committed head."""
    session.info.pop(_TIP, None)  # the head's lock ended with the transaction
    if not session.info.pop(_APPENDED, False):
        return
    try:
        key = session.get_bind().engine.url.render_as_string(hide_password=True)
        with _ANCHORS_LOCK:
            registered = _ANCHORS.get(key)
        if registered is None:
            return
        anchor, engine = registered
        with engine.connect() as conn:
            row = conn.execute(select(AuditHead.last_event_id, AuditHead.last_hash).where(AuditHead.id == 1)).first()
        if row is not None:
            anchor.write(int(row[0]), str(row[1]))
    except Exception as exc:  # an anchor that lags is reported later; a write must never fail for it
        log.warning("could not update the audit anchor file (%s)", type(exc).__name__)


@event.listens_for(Session, "after_rollback")
def _forget_appended(session: Session) -> None:
    session.info.pop(_APPENDED, None)
    session.info.pop(_TIP, None)


@dataclass(frozen=True)
class TrailReport:
    """``audit verify``: the in-database check plus the anchor."""

    chain: ChainReport
    anchor: AnchorStatus
    problem: str | None = None
    first_bad_id: int | None = None
    first_bad_ref: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.problem is None

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "events": self.chain.events, "requests": self.chain.requests,
            "first_bad_id": self.first_bad_id, "first_bad_ref": self.first_bad_ref, "problem": self.problem,
            "anchor": {"state": self.anchor.state, "database_event": self.anchor.database_event,
                       "anchor_event": self.anchor.anchor_event},
            "notes": list(self.notes),
        }


class AuditService:
    """Checks of the trail for the front ends, and this computer's anchor of it."""

    def __init__(self, db: Database, data_dir: Path, tz: tzinfo | None = None) -> None:
        self.db = db
        self.tz = tz
        self.anchor = AnchorFile(data_dir / ANCHOR_FILE, _url_key(db.engine))
        with _ANCHORS_LOCK:
            _ANCHORS[self.anchor.key] = (self.anchor, db.engine)

    def close(self) -> None:
        with _ANCHORS_LOCK:
            registered = _ANCHORS.get(self.anchor.key)
            if registered is not None and registered[0] is self.anchor:
                del _ANCHORS[self.anchor.key]

    def _head(self, session: Session) -> tuple[int, str]:
        head = session.get(AuditHead, 1)
        if head is None:
            return 0, GENESIS
        return head.last_event_id, head.last_hash

    def anchor_status(self) -> AnchorStatus:
        """Compare the database with this computer's anchor (cheap: a few queries); advances the anchor
        when the database is ahead of it (not for a read-only data folder, which nothing may change)."""
        with self.db.read() as session:
            status = self._anchor_status(session)
            head_id, head_hash = self._head(session)
        if status.state in ("ok", "none") and head_id and not self.db.read_only:
            self.anchor.write(head_id, head_hash)  # a read-only data folder is left as it is
        return status

    def _anchor_status(self, session: Session) -> AnchorStatus:
        newest = session.execute(select(func.max(AuditEvent.id))).scalar() or 0
        try:
            anchor = self.anchor.read()
        except AnchorUnreadable:
            return AnchorStatus("unreadable", newest, None, (
                f"This computer's record of the audit trail ({self.anchor.path.name} in the data folder) is "
                "damaged, so the database cannot be checked against it. If nobody changed that file on "
                "purpose, keep a copy of the data folder and ask for help; deleting the file makes the "
                "check start afresh."))
        if anchor is None:
            return AnchorStatus("none", newest)
        seen = anchor.seen_at[:10] or "earlier"
        if anchor.event_id > newest:
            return AnchorStatus("behind", newest, anchor.event_id, (
                f"The audit trail in this database ends at event {newest}, but this computer saw it reach "
                f"event {anchor.event_id} (on {seen}). Events were removed, or the database was replaced "
                "by an older copy or an empty one. If you restored a backup on purpose, use "
                "'privacydesk restore FILE'; otherwise keep the database as it is and ask for help."))
        at_anchor = session.get(AuditEvent, anchor.event_id)
        if at_anchor is None or at_anchor.hash != anchor.hash:
            return AnchorStatus("diverged", newest, anchor.event_id, (
                f"Event {anchor.event_id} of the audit trail is not the one this computer saw on {seen}: the "
                "trail was rewritten, or the database was replaced by a different one. If you restored "
                "a backup on purpose, use 'privacydesk restore FILE'; otherwise keep the database as it "
                "is and ask for help."))
        return AnchorStatus("ok", newest, anchor.event_id)

    def verify(self) -> TrailReport:
        """The whole check: chain, personal values, head, replay of every request, and the anchor."""
        with self.db.read() as session:
            chain = verify_chain(session, self.tz)
            anchor = self._anchor_status(session)
        problem, bad_id, bad_ref = chain.problem, chain.first_bad_id, chain.first_bad_ref
        if problem is None and anchor.warning:
            problem, bad_id = anchor.message, anchor.anchor_event
        elif problem is not None and anchor.warning and anchor.message:
            problem = f"{problem} Also: {anchor.message}"
        if problem is None and chain.last_event_id and not self.db.read_only:
            self.anchor.write(chain.last_event_id, chain.last_hash)
        return TrailReport(chain, anchor, problem, bad_id, bad_ref, chain.notes)

    def reanchor(self, actor: str, action: str, after: dict[str, Any], detail: str | None = None) -> None:
        """Accept the database's trail as it is now (after a restore), audited: the event records the
        anchor it replaces, and the anchor moves to that event."""
        previous: Anchor | None
        try:
            previous = self.anchor.read()
        except AnchorUnreadable:
            previous = None
        with self.db.write() as session:
            record(session, action, actor=actor, after={
                **after,
                "previous_anchor_event": previous.event_id if previous else None,
                "previous_anchor_hash": previous.hash if previous else None,
            }, detail=detail)
        with self.db.read() as session:
            head_id, head_hash = self._head(session)
        self.anchor.write(head_id, head_hash, only_forward=False)

