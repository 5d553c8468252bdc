"""Full-text search over stored messages, one interface on both databases.

* SQLite: an FTS5 table ``message_fts`` over ``messages`` (subject, sender name, text), external
  content, tokenizer ``unicode61 remove_diacritics 2`` (accents and case do not matter).
* PostgreSQL: a GIN index on ``PG_DOCUMENT`` (``to_tsvector('simple', …)`` of the same columns,
  accents folded with ``translate``); queries use the identical expression so the index is used.

The index follows the ``messages`` table by itself (SQLite triggers, a PostgreSQL expression index;
migration ``i12_calendar``): ingest adds entries, and whatever removes a message's content — "not a
request", the retention purge — removes them in the same transaction. Nothing needs to be called;
``forget_messages`` is the one call a purge makes to drop content *and* entries in one step, and
``refresh_request_keys`` is what a bulk writer that bypasses the ORM calls for the requests it
touched (their name/address/subject search keys, ``store/search_keys.py``).

What the user types is never passed to the database's query syntax: each word becomes a quoted
prefix term, and every word must match (``ana* AND krüger*``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, column, func, literal_column, select, table, text, update
from sqlalchemy.orm import Session

from privacydesk.domain.folding import PG_ACCENTED, PG_PLAIN, pg_fold
from privacydesk.store import search_keys
from privacydesk.store.db import Database
from privacydesk.store.models import Message, Request, RequestSearch

log = logging.getLogger(__name__)

# Must stay identical to the index expression of migration i12_calendar (tests check the plan).
PG_DOCUMENT = ("to_tsvector('simple'::regconfig, translate(coalesce(subject, '') || ' ' || "
               "coalesce(sender_name, '') || ' ' || coalesce(\"text\", ''), "
               f"'{PG_ACCENTED}', '{PG_PLAIN}'))")
MAX_WORDS = 12
_WORD = re.compile(r"[\w@.+'-]+", re.UNICODE)
_FTS = table("message_fts", column("rowid"), column("rank"))


@dataclass(frozen=True)
class MessageHit:
    """One message that matched, for a results list. ``snippet`` marks matches with [ and ]."""

    message_id: int
    request_id: int | None
    ref: str | None
    subject: str | None
    received: datetime | None
    snippet: str


def query_words(query: str) -> list[str]:
    """The words of a search, without the database's query syntax (quotes, operators, stars)."""
    words = [w.strip(".'-+") for w in _WORD.findall(query or "")]
    return [w[:100] for w in words if w][:MAX_WORDS]


def fts5_query(query: str) -> str | None:
    """An FTS5 query where every word must match as a prefix, or None if nothing to look for."""
    words = query_words(query)
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def pg_query(query: str) -> str | None:
    """A ``to_tsquery`` text where every word must match as a prefix, or None."""
    words = [pg_fold(w).replace("\\", "").replace("'", "''") for w in query_words(query)]
    words = [w for w in words if w.strip("'")]
    if not words:
        return None
    return " & ".join(f"'{w}':*" for w in words)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.dialect = db.engine.dialect.name

    # -- queries ---------------------------------------------------------------------------------
    def _message_ids(self, query: str) -> Select[Any] | None:
        """SELECT of the ids of messages matching ``query`` (None when it has no words)."""
        if self.dialect == "sqlite":
            q = fts5_query(query)
            if q is None:
                return None
            return select(_FTS.c.rowid).where(text("message_fts MATCH :fts_query").bindparams(fts_query=q))
        q = pg_query(query)
        if q is None:
            return None
        return select(Message.id).where(
            text(f"{PG_DOCUMENT} @@ to_tsquery('simple'::regconfig, :fts_query)").bindparams(fts_query=q))

    def request_ids_clause(self, query: str) -> Select[Any]:
        """SELECT of the ids of requests with a message matching ``query`` (for ``IN``)."""
        ids = self._message_ids(query)
        if ids is None:
            return select(Message.request_id).where(Message.id.is_(None))  # nothing
        return select(Message.request_id).where(Message.id.in_(ids), Message.request_id.is_not(None))

    def request_ids(self, query: str) -> list[int]:
        """Requests (ids, newest first) with a message containing every word of ``query``."""
        with self.db.read() as session:
            return list(session.execute(
                select(Request.id).where(Request.id.in_(self.request_ids_clause(query)))
                .order_by(Request.received_at.desc(), Request.id.desc())).scalars())

    def messages(self, query: str, limit: int = 100) -> list[MessageHit]:
        """Matching messages, newest first, with a short snippet around the match."""
        with self.db.read() as session:
            if self.dialect != "sqlite":
                q = pg_query(query)
                return self._pg_messages(session, q, limit) if q is not None else []
            q = fts5_query(query)
            if q is None:
                return []
            rows = session.execute(
                select(Message.id, Message.request_id, Request.ref, Message.subject, Message.received_at,
                       func.snippet(literal_column("message_fts"), -1, "[", "]", "…", 12))
                .select_from(_FTS)
                .join(Message, Message.id == _FTS.c.rowid)
                .outerjoin(Request, Request.id == Message.request_id)
                .where(text("message_fts MATCH :fts_query").bindparams(fts_query=q))
                .order_by(_FTS.c.rowid.desc()).limit(limit)).all()  # newest first, streamed
            return [MessageHit(r[0], r[1], r[2], r[3], r[4], r[5] or "") for r in rows]

    def _pg_messages(self, session: Session, q: str, limit: int) -> list[MessageHit]:
        matching = (select(Message.id).where(
            text(f"{PG_DOCUMENT} @@ to_tsquery('simple'::regconfig, :fts_query)").bindparams(fts_query=q))
            .order_by(Message.id.desc()).limit(limit).subquery())
        rows = session.execute(
            select(Message.id, Message.request_id, Request.ref, Message.subject, Message.received_at,
                   func.ts_headline(text("'simple'::regconfig"), func.coalesce(Message.text, Message.subject, ""),
                                    func.to_tsquery(text("'simple'::regconfig"), q),
                                    "StartSel=[,StopSel=],MaxWords=14,MinWords=6"))
            .join(matching, matching.c.id == Message.id)
            .outerjoin(Request, Request.id == Message.request_id)
            .order_by(Message.id.desc())).all()
        return [MessageHit(r[0], r[1], r[2], r[3], r[4], r[5] or "") for r in rows]

    # -- upkeep ----------------------------------------------------------------------------------
    def forget_messages(self, session: Session, message_ids: Sequence[int]) -> None:
        """Drop the searchable content of ``message_ids`` (subject, sender name, text) inside the
        caller's transaction — the retention purge's one call. The full-text entries go with it
        (triggers / expression index) and the requests' search keys are rewritten."""
        ids = list(message_ids)
        request_ids: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            request_ids.update(r for r in session.execute(
                select(Message.request_id).where(Message.id.in_(chunk))).scalars() if r is not None)
            session.execute(update(Message).where(Message.id.in_(chunk))
                            .values(subject=None, sender_name=None, text=None)
                            .execution_options(synchronize_session=False))
        self.refresh_request_keys(session, request_ids)

    @staticmethod
    def refresh_request_keys(session: Session, request_ids: Iterable[int]) -> None:
        """Rewrite the name/address/subject search keys of ``request_ids`` (after bulk writes)."""
        search_keys.refresh(session.connection(), request_ids)

    def backfill_keys(self) -> int:
        """Search keys for requests that have none (older database, bulk load); run at start. A read
        first, so an up-to-date database costs no write lock."""
        with self.db.read() as session:
            missing = session.execute(
                select(Request.id).outerjoin(RequestSearch, RequestSearch.request_id == Request.id)
                .where(RequestSearch.request_id.is_(None)).limit(1)).first()
        if missing is None:
            return 0
        with self.db.write() as session:
            return search_keys.backfill(session.connection())

    def rebuild(self) -> None:
        """Rebuild the SQLite full-text index from the messages (repair; PostgreSQL needs none)."""
        if self.dialect != "sqlite":
            return
        with self.db.write() as session:
            session.execute(text("INSERT INTO message_fts(message_fts) VALUES ('rebuild')"))

    def check(self) -> bool:
        """True when the SQLite index agrees with the messages (FTS5 integrity check)."""
        if self.dialect != "sqlite":
            return True
        try:
            with self.db.read() as session:
                session.execute(text("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)"))
                session.rollback()
        except Exception:
            log.warning("the full-text index does not match the messages")
            return False
        return True

