"""The learned model's storage: the team's decisions as hashed examples, one model per database.

``ReviewService`` records every "This is a request" / "Not a request" decision here. A staff
member's later decisions on a filed request teach it too: ``on_request_change`` listens to
``RequestService`` (wired in ``services.app``) and learns from a type correction (``set_types``, or
any change whose ``after`` carries ``types``, such as an edit) and from closing a request as
``not_a_request`` (and from reopening it). ``record_types`` corrects the kept example of a message. ``IngestService`` asks ``model()`` and lets
``domain.learning.adjust`` move the rules' verdict. The examples live in the database, so a team on
one PostgreSQL database shares one model; nothing leaves the workspace.

Retention: ``forget_examples(message_pks=…, before=…)`` drops the examples of given messages or
older than a moment (the retention purge calls it); ``reset`` forgets everything.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from threading import Lock
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from privacydesk.domain.learning import NOT_REQUEST, REQUEST, Example, LearnedModel, features
from privacydesk.services import audit
from privacydesk.store.db import Database
from privacydesk.store.models import LearningExample, LearningKey, Message, Request

NOT_A_REQUEST = "not_a_request"  # the request status that says the team decided it was none

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LearningSummary:
    """What the model has learned from (``privacydesk learning show --json``)."""

    requests: int
    not_requests: int
    oldest: datetime | None
    newest: datetime | None

    def as_json(self) -> dict[str, object]:
        return {"requests": self.requests, "not_requests": self.not_requests,
                "oldest": self.oldest.isoformat(timespec="seconds") if self.oldest else None,
                "newest": self.newest.isoformat(timespec="seconds") if self.newest else None}


class LearningService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._model: LearnedModel | None = None
        self._lock = Lock()

    # -- the model ---------------------------------------------------------------------------------
    def model(self) -> LearnedModel:
        """The current model (cached until a decision, a reset or a purge changes it)."""
        with self._lock:
            if self._model is None:
                with self.db.read() as session:
                    key = self._key_in(session, create=False)
                    rows = session.execute(select(LearningExample)).scalars().all()
                    examples = tuple(Example(r.label, tuple(r.types), frozenset(r.words), frozenset(r.grams))
                                     for r in rows)
                self._model = LearnedModel(key or b"", examples)
            return self._model

    def _changed(self) -> None:
        with self._lock:
            self._model = None

    # -- recording decisions -----------------------------------------------------------------------
    def record_in(self, session: Session, *, message_pk: int | None, subject: str, text: str, is_request: bool,
                  types: Sequence[str], actor: str) -> None:
        """Keep one decision (in the caller's transaction): hashed features of the message only."""
        key = self._key_in(session, create=True)
        assert key is not None
        words, grams, _ = features(subject, text, key)
        if message_pk is not None:
            session.execute(delete(LearningExample).where(LearningExample.message_pk == message_pk))
        session.add(LearningExample(message_pk=message_pk, label=REQUEST if is_request else NOT_REQUEST,
                                    types=list(types), words=sorted(words), grams=sorted(grams), actor=actor))
        self._changed()

    def on_request_change(self, session: Session, req: Request, action: str, before: dict[str, Any],
                          after: dict[str, Any], actor: str) -> None:
        """A change to a filed request (``RequestService`` listener, in its transaction): a type
        correction makes the opening message an example of those types; closing the request as
        ``not_a_request`` makes it an example of no request (reopening it, of a request again)."""
        status = after.get("status")
        types: tuple[str, ...]
        if status == NOT_A_REQUEST:
            is_request, types = False, ()
        elif "types" in after and after.get("types") != before.get("types"):
            is_request, types = True, tuple(after["types"] or ())
        elif before.get("status") == NOT_A_REQUEST and status is not None:
            is_request, types = True, tuple(req.types or ())
        else:
            return
        message = session.execute(select(Message).where(Message.request_id == req.id)
                                  .order_by(Message.received_at, Message.id)).scalars().first()
        if message is None or not (message.text or message.subject):
            return  # nothing kept to learn from (a request entered by hand)
        self.record_in(session, message_pk=message.id, subject=message.subject or "", text=message.text or "",
                       is_request=is_request, types=types, actor=actor)

    def record_types(self, message_pk: int, types: Sequence[str], actor: str) -> bool:
        """A staff member corrected a request's types: the example of its message learns them.
        False when no decision on that message is kept (nothing to correct)."""
        with self.db.write() as session:
            row = session.execute(select(LearningExample).where(
                LearningExample.message_pk == message_pk)).scalars().first()
            if row is None:
                return False
            row.types = list(types)
            row.label = REQUEST
            row.actor = actor
        self._changed()
        return True

    # -- forgetting --------------------------------------------------------------------------------
    def forget_examples(self, message_pks: Sequence[int] = (), before: datetime | None = None) -> int:
        """Forget the learned features of the given messages and/or of decisions made before
        ``before`` (for the retention purge). Returns how many examples were dropped."""
        with self.db.write() as session:
            dropped = self.forget_examples_in(session, message_pks, before)
        self._changed()
        return dropped

    def forget_examples_in(self, session: Session, message_pks: Sequence[int] = (),
                           before: datetime | None = None) -> int:
        """``forget_examples`` inside the caller's transaction (the retention purge's forgetter)."""
        dropped = 0
        for start in range(0, len(message_pks), 500):
            chunk = list(message_pks[start:start + 500])
            dropped += _count(session.execute(delete(LearningExample).where(LearningExample.message_pk.in_(chunk))))
        if before is not None:
            dropped += _count(session.execute(delete(LearningExample).where(LearningExample.created_at < before)))
        if dropped:
            self._changed()
        return dropped

    def reset(self, actor: str) -> int:
        """Forget everything the model learned (and its hashing key). Audited. Returns the examples dropped."""
        with self.db.write() as session:
            dropped = _count(session.execute(delete(LearningExample)))
            session.execute(delete(LearningKey))
            audit.record(session, "learning_reset", actor=actor, before={"examples": dropped}, after={"examples": 0},
                         detail="the learned model was reset")
        self._changed()
        return dropped

    def summary(self) -> LearningSummary:
        with self.db.read() as session:
            counts = dict(session.execute(select(LearningExample.label, func.count())
                                          .group_by(LearningExample.label)).all())
            oldest, newest = session.execute(select(func.min(LearningExample.created_at),
                                                    func.max(LearningExample.created_at))).one()
        return LearningSummary(int(counts.get(REQUEST, 0)), int(counts.get(NOT_REQUEST, 0)), oldest, newest)

    @staticmethod
    def _key_in(session: Session, *, create: bool) -> bytes | None:
        row = session.get(LearningKey, 1)
        if row is None:
            if not create:
                return None
            row = LearningKey(id=1, key=secrets.token_hex(16))
            session.add(row)
            session.flush()
        return bytes.fromhex(row.key)


def _count(result: Any) -> int:
    """Rows a DELETE removed."""
    return int(cast(CursorResult[Any], result).rowcount or 0)
