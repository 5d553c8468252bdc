"""issue 13: records — personal details kept apart from the audit chain, every field hashed, outcome codes

Revision ID: i13_records
Revises: 0001

Schema: table ``audit_personal``; ``requests.denial_basis``, ``response_nature``, ``purged_at``;
``messages.purged_at``.

Data: the existing audit trail is converted to the new chain (``domain/audit_trail.py``):

1. the old chain is checked first with the old rule, and the result is written into the trail (a
   conversion must not hide earlier tampering);
2. each event's personal values (names, addresses, notes, free-text details) move to
   ``audit_personal`` as salted digests, and every event is re-hashed over all its fields;
3. the free-text ``outcome`` of closed requests moves to a note; ``outcome`` becomes the code
   (completed → complied_full, denied → denied);
4. per request, facts the old trail never recorded (or recorded differently) are written as one
   ``facts_recorded`` event naming which facts differed, so from now on the trail explains every
   request's current facts (replay);
5. an ``audit_trail_converted`` event closes the conversion.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import privacydesk.store.models
from privacydesk.domain import audit_trail as trail

revision = "i13_records"
down_revision = "i8_window"
branch_labels = None
depends_on = None

SYSTEM_ACTOR = "PrivacyDesk"
OUTCOME_CODES = ("complied_full", "complied_partial", "denied")
DT = privacydesk.store.models.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "audit_personal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=True),
        sa.Column("value", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("message_pk", sa.Integer(), nullable=True),
        sa.Column("created_at", DT(timezone=True), nullable=False),
        sa.Column("erased_at", DT(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_personal")),
        sa.UniqueConstraint("digest", name=op.f("uq_audit_personal_digest")),
    )
    with op.batch_alter_table("audit_personal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_personal_message_pk"), ["message_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_personal_request_id"), ["request_id"], unique=False)
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("denial_basis", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("response_nature", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("purged_at", DT(timezone=True), nullable=True))
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purged_at", DT(timezone=True), nullable=True))
    _Converter(op.get_bind()).run()


def downgrade() -> None:
    # The converted chain stays in the new form (the old hashes cannot be restored).
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("purged_at")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_column("purged_at")
        batch_op.drop_column("response_nature")
        batch_op.drop_column("denial_basis")
    with op.batch_alter_table("audit_personal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_personal_request_id"))
        batch_op.drop_index(batch_op.f("ix_audit_personal_message_pk"))
    op.drop_table("audit_personal")


# -- tables as they are at this revision ----------------------------------------------------------------
META = sa.MetaData()
EVENTS = sa.Table(
    "audit_events", META,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("at", DT()), sa.Column("actor", sa.String),
    sa.Column("action", sa.String), sa.Column("request_id", sa.Integer), sa.Column("request_ref", sa.String),
    sa.Column("message_pk", sa.Integer), sa.Column("before", sa.JSON), sa.Column("after", sa.JSON),
    sa.Column("detail", sa.Text), sa.Column("prev_hash", sa.String), sa.Column("hash", sa.String),
)
HEAD = sa.Table("audit_head", META, sa.Column("id", sa.Integer, primary_key=True),
                sa.Column("last_event_id", sa.Integer), sa.Column("last_hash", sa.String))
PERSONAL = sa.Table(
    "audit_personal", META, sa.Column("id", sa.Integer, primary_key=True), sa.Column("digest", sa.String),
    sa.Column("salt", sa.String), sa.Column("value", sa.JSON(none_as_null=True)),
    sa.Column("request_id", sa.Integer), sa.Column("message_pk", sa.Integer), sa.Column("created_at", DT()),
    sa.Column("erased_at", DT()),
)
REQUESTS = sa.Table(
    "requests", META, sa.Column("id", sa.Integer, primary_key=True), sa.Column("ref", sa.String),
    sa.Column("types", sa.JSON), sa.Column("regime", sa.String), sa.Column("regime_confirmed", sa.Boolean),
    sa.Column("requester_id", sa.Integer), sa.Column("agent_name", sa.String),
    sa.Column("agent_email", sa.String), sa.Column("received_at", DT()), sa.Column("received_on", sa.Date),
    sa.Column("source", sa.String), sa.Column("language", sa.String), sa.Column("status", sa.String),
    sa.Column("verification", sa.String), sa.Column("verification_method", sa.String),
    sa.Column("assignee", sa.String), sa.Column("outcome", sa.Text), sa.Column("acknowledged_at", DT()),
    sa.Column("closed_at", DT()), sa.Column("extended", sa.Boolean), sa.Column("extended_to", sa.Date),
    sa.Column("acknowledge_by", sa.Date), sa.Column("respond_by", sa.Date),
    sa.Column("extension_notice_by", sa.Date), sa.Column("respond_by_extended", sa.Date),
    sa.Column("denial_basis", sa.Text), sa.Column("response_nature", sa.String),
    sa.Column("purged_at", DT()), sa.Column("version", sa.Integer),
)
REQUESTERS = sa.Table("requesters", META, sa.Column("id", sa.Integer, primary_key=True),
                      sa.Column("name", sa.String), sa.Column("postal_address", sa.Text),
                      sa.Column("phone", sa.String))
REQUESTER_EMAILS = sa.Table("requester_emails", META, sa.Column("id", sa.Integer, primary_key=True),
                            sa.Column("requester_id", sa.Integer), sa.Column("email", sa.String))
NOTES = sa.Table("notes", META, sa.Column("id", sa.Integer, primary_key=True),
                 sa.Column("request_id", sa.Integer), sa.Column("created_at", DT()),
                 sa.Column("author", sa.String), sa.Column("text", sa.Text))


def old_event_hash(prev_hash: str, at: datetime, actor: str, action: str, request_ref: str | None,
                   before: Any, after: Any, detail: str | None) -> str:
    """The chain rule before this revision (request_id and message_pk were not covered)."""
    payload = json.dumps({"prev": prev_hash, "at": at.isoformat(), "actor": actor, "action": action,
                          "ref": request_ref, "before": before, "after": after, "detail": detail},
                         sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class _Converter:
    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.now = datetime.now(UTC)
        self.prev = trail.GENESIS
        self.next_id = 1
        self.vault: list[dict[str, Any]] = []
        self.without_history: list[str] = []

    def run(self) -> None:
        rows = list(self.conn.execute(sa.select(EVENTS).order_by(EVENTS.c.id)).mappings())
        has_requests = self.conn.execute(sa.select(REQUESTS.c.id).limit(1)).first() is not None
        if not rows and not has_requests:
            self._write_head()  # a new database: nothing to convert
            return
        old_ok, first_broken = self._check_old_chain(rows)
        converted = [self._convert(row) for row in rows]
        if rows:
            self.conn.execute(sa.delete(EVENTS))  # re-inserted below with their ids (hash is unique)
        self._flush(converted)
        self._convert_outcomes()
        self._record_missing_facts()
        self._append(SYSTEM_ACTOR, "audit_trail_converted", None, None, {}, {
            "events_converted": len(rows), "old_chain_intact": old_ok,
            "old_chain_first_broken_event": first_broken,
            "requests_without_history": self.without_history,
        }, None)
        self._write_vault()
        self._write_head()

    def _write_head(self) -> None:
        head = self.conn.execute(sa.select(HEAD.c.id).where(HEAD.c.id == 1)).first()
        values = {"last_event_id": self.next_id - 1, "last_hash": self.prev}
        if head is None:
            self.conn.execute(sa.insert(HEAD).values(id=1, **values))
        else:
            self.conn.execute(sa.update(HEAD).where(HEAD.c.id == 1).values(**values))

    @staticmethod
    def _check_old_chain(rows: list[Any]) -> tuple[bool, int | None]:
        prev = trail.GENESIS
        for row in rows:
            expected = old_event_hash(prev, row["at"], row["actor"], row["action"], row["request_ref"],
                                      row["before"], row["after"], row["detail"])
            if row["prev_hash"] != prev or row["hash"] != expected:
                return False, int(row["id"])
            prev = row["hash"]
        return True, None

    def _seal(self, data: Any, request_id: int | None, message_pk: int | None,
              extra_keys: tuple[str, ...] = ()) -> Any:
        if not isinstance(data, dict):
            return data
        clean, sealed = trail.split_personal(data, personal_keys=trail.PERSONAL_KEYS | set(extra_keys))
        for item in sealed:
            self.vault.append({"digest": item.digest, "salt": item.salt, "value": item.value,
                               "request_id": request_id, "message_pk": message_pk,
                               "created_at": self.now, "erased_at": None})
        return clean

    def _seal_detail(self, detail: str | None, request_id: int | None, message_pk: int | None) -> str | None:
        clean, item = trail.split_detail(detail)
        if item is not None:
            self.vault.append({"digest": item.digest, "salt": item.salt, "value": item.value,
                               "request_id": request_id, "message_pk": message_pk,
                               "created_at": self.now, "erased_at": None})
        return clean

    def _convert(self, row: Any) -> dict[str, Any]:
        rid, mpk = row["request_id"], row["message_pk"]
        # A free-text outcome (the old meaning of the field) is staff's words: kept apart.
        free_outcome = tuple(k for k in ("outcome",) if any(
            isinstance(part, dict) and isinstance(part.get(k), str) and part[k] not in OUTCOME_CODES
            for part in (row["before"], row["after"])))
        before = self._seal(row["before"] or {}, rid, mpk, free_outcome)
        after = self._seal(row["after"] or {}, rid, mpk, free_outcome)
        detail = self._seal_detail(row["detail"], rid, mpk)
        return self._event(row["actor"], row["action"], rid, row["request_ref"], mpk, before, after,
                           detail, row["at"], row["id"])

    def _event(self, actor: str, action: str, request_id: int | None, ref: str | None, message_pk: int | None,
               before: Any, after: Any, detail: str | None, at: datetime, event_id: int | None = None
               ) -> dict[str, Any]:
        event_id = event_id if event_id is not None else self.next_id
        fields = trail.EventFields(event_id, self.prev, at, actor, action, request_id, ref, message_pk,
                                   before, after, detail)
        digest = trail.event_hash(fields)
        self.prev = digest
        self.next_id = event_id + 1
        return {"id": event_id, "at": at, "actor": actor, "action": action, "request_id": request_id,
                "request_ref": ref, "message_pk": message_pk, "before": before, "after": after,
                "detail": detail, "prev_hash": fields.prev_hash, "hash": digest}

    def _flush(self, events: list[dict[str, Any]]) -> None:
        for start in range(0, len(events), 500):
            self.conn.execute(sa.insert(EVENTS), events[start:start + 500])

    def _append(self, actor: str, action: str, request_id: int | None, ref: str | None,
                before: dict[str, Any], after: dict[str, Any], detail: str | None) -> None:
        before = self._seal(before, request_id, None)
        after = self._seal(after, request_id, None)
        sealed_detail = self._seal_detail(detail, request_id, None)
        self._flush([self._event(actor, action, request_id, ref, None, before, after, sealed_detail, self.now)])

    def _convert_outcomes(self) -> None:
        rows = self.conn.execute(sa.select(REQUESTS.c.id, REQUESTS.c.ref, REQUESTS.c.status,
                                           REQUESTS.c.outcome)).all()
        for rid, ref, status, outcome in rows:
            code = {"completed": "complied_full", "denied": "denied"}.get(status)
            if outcome is not None and outcome not in OUTCOME_CODES and outcome.strip():
                self.conn.execute(sa.insert(NOTES).values(
                    request_id=rid, created_at=self.now, author=SYSTEM_ACTOR,
                    text=f"Outcome written when the request was closed: {outcome.strip()}"))
                self._append(SYSTEM_ACTOR, "note_added", rid, ref, {},
                             {"note": f"Outcome written when the request was closed: {outcome.strip()}"},
                             "moved from the old free-text outcome field")
            elif outcome in OUTCOME_CODES:
                code = outcome
            if code != outcome:
                self.conn.execute(sa.update(REQUESTS).where(REQUESTS.c.id == rid).values(outcome=code))

    def _record_missing_facts(self) -> None:
        replays: dict[int, trail.Replay] = {}
        for event_id, rid, action, after in self.conn.execute(
                sa.select(EVENTS.c.id, EVENTS.c.request_id, EVENTS.c.action, EVENTS.c.after)
                .where(EVENTS.c.request_id.is_not(None)).order_by(EVENTS.c.id)):
            replays.setdefault(rid, trail.Replay()).apply(event_id, action, after)
        for row in self.conn.execute(sa.select(REQUESTS).order_by(REQUESTS.c.id)).mappings().all():
            current = trail.row_facts(row.__getitem__)
            replay = replays.get(row["id"])
            if replay is None or replay.created_by is None:
                self.without_history.append(row["ref"])
                snapshot = dict(current)
                snapshot.update(self._personal_snapshot(row))
                self._append(SYSTEM_ACTOR, trail.CREATION_ACTION, row["id"], row["ref"], {}, snapshot,
                             "recorded when the audit trail was converted: no creation event was found")
                continue
            differing = replay.differences(current)
            keys = list(dict.fromkeys([k for k, _, _ in differing] + replay.uncovered()))
            if not keys:
                continue
            before = {k: expected for k, expected, _ in differing}
            after = {k: current[k] for k in keys}
            detail = "recorded when the audit trail was converted (earlier versions did not record these facts)"
            if differing:
                detail += "; these facts differed from the old trail: " + ", ".join(k for k, _, _ in differing)
            self._append(SYSTEM_ACTOR, "facts_recorded", row["id"], row["ref"], before, after, detail)

    def _personal_snapshot(self, row: Any) -> dict[str, Any]:
        person = self.conn.execute(sa.select(REQUESTERS).where(REQUESTERS.c.id == row["requester_id"])
                                   ).mappings().first()
        email = self.conn.execute(sa.select(REQUESTER_EMAILS.c.email)
                                  .where(REQUESTER_EMAILS.c.requester_id == row["requester_id"])
                                  .order_by(REQUESTER_EMAILS.c.id).limit(1)).scalar()
        return {
            "requester_email": email,
            "requester_name": person["name"] if person else None,
            "requester_phone": person["phone"] if person else None,
            "requester_address": person["postal_address"] if person else None,
            "agent_name": row["agent_name"], "agent_email": row["agent_email"],
        }

    def _write_vault(self) -> None:
        for start in range(0, len(self.vault), 500):
            self.conn.execute(sa.insert(PERSONAL), self.vault[start:start + 500])
