"""Each request's folded search key, kept right on every write (``RequestSearch``).

The key is the accent- and case-folded text of the reference, the requester's name and addresses,
the agent and the opening message's subject (``domain.folding.fold``), so the table's search is a
plain ``LIKE`` that finds "Krüger" for "kruger" on SQLite and PostgreSQL alike.

It is kept by a session hook rather than by each service: ``install`` listens to every flush of the
write sessions and rewrites the keys of the requests whose rows, requester, addresses or messages
the flush touched — whoever wrote them (request service, mail ingest, review decisions, the
retention purge). Writes that bypass the ORM (bulk ``INSERT``/``UPDATE`` statements) must call
``refresh`` for the requests they touch; ``backfill`` fills keys that are missing (a database from
before this table, a bulk load).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from privacydesk.domain.folding import fold
from privacydesk.store.models import Message, Request, Requester, RequesterEmail, RequestSearch

_PENDING = "privacydesk_search_keys"
_DEFERRED = "privacydesk_search_keys_deferred"
_CHUNK = 500


def install(factory: sessionmaker[Session]) -> None:
    """Keep search keys in every session made by ``factory`` (the database's write sessions)."""
    event.listen(factory, "after_flush", _collect)
    event.listen(factory, "after_flush_postexec", _apply)


def _collect(session: Session, _context: Any) -> None:
    request_ids: set[int] = session.info.setdefault(_PENDING, set())
    requester_ids: set[int] = session.info.setdefault(_PENDING + "_requesters", set())
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Request) and obj.id is not None:
            request_ids.add(obj.id)
        elif isinstance(obj, Message) and obj.request_id is not None:
            request_ids.add(obj.request_id)
        elif isinstance(obj, Requester) and obj.id is not None:
            requester_ids.add(obj.id)
        elif isinstance(obj, RequesterEmail) and obj.requester_id is not None:
            requester_ids.add(obj.requester_id)
    for obj in session.deleted:
        if isinstance(obj, RequesterEmail) and obj.requester_id is not None:
            requester_ids.add(obj.requester_id)
        elif isinstance(obj, Message) and obj.request_id is not None:
            request_ids.add(obj.request_id)


@contextmanager
def deferred(session: Session) -> Iterator[None]:
    """Rewrite the keys once, when the block ends, instead of after each of its flushes (a sync
    batch that files many requests flushes once per request). A block that raises leaves the keys
    to the rollback, which undoes everything anyway."""
    session.info[_DEFERRED] = True
    try:
        yield
        session.info.pop(_DEFERRED, None)
        session.flush()
        _apply(session, None)  # what the block's flushes touched (this flush may have had nothing to do)
    finally:
        session.info.pop(_DEFERRED, None)


def _apply(session: Session, _context: Any) -> None:
    if session.info.get(_DEFERRED):
        return  # collected for the end of the ``deferred`` block
    request_ids: set[int] = session.info.pop(_PENDING, set())
    requester_ids: set[int] = session.info.pop(_PENDING + "_requesters", set())
    if not request_ids and not requester_ids:
        return
    connection = session.connection()
    if requester_ids:
        ids = sorted(requester_ids)
        for start in range(0, len(ids), _CHUNK):
            request_ids.update(connection.execute(
                select(Request.id).where(Request.requester_id.in_(ids[start:start + _CHUNK]))).scalars())
    refresh(connection, request_ids)


def key_text(ref: str, name: str | None, emails: Iterable[str], agent_name: str | None,
             agent_email: str | None, subject: str | None) -> str:
    """The folded key of one request (also used by bulk loaders that bypass the hook)."""
    parts = [ref, name or "", *emails, agent_name or "", agent_email or "", subject or ""]
    return fold(" | ".join(p for p in parts if p))


def refresh(connection: Any, request_ids: Iterable[int]) -> None:
    """Rewrite the keys of ``request_ids`` from the current rows (inside the caller's transaction)."""
    ids = sorted(set(request_ids))
    for start in range(0, len(ids), _CHUNK):
        _refresh_chunk(connection, ids[start:start + _CHUNK])


def _refresh_chunk(connection: Any, ids: list[int]) -> None:
    rows = connection.execute(
        select(Request.id, Request.ref, Request.agent_name, Request.agent_email, Request.requester_id,
               Requester.name)
        .join(Requester, Requester.id == Request.requester_id, isouter=True)
        .where(Request.id.in_(ids))).all()
    if not rows:
        return
    requester_ids = sorted({r.requester_id for r in rows if r.requester_id is not None})
    emails: dict[int, list[str]] = {}
    for requester_id, email in connection.execute(
            select(RequesterEmail.requester_id, RequesterEmail.email)
            .where(RequesterEmail.requester_id.in_(requester_ids)).order_by(RequesterEmail.id)):
        emails.setdefault(requester_id, []).append(email)
    subjects: dict[int, str] = {}
    for request_id, subject in connection.execute(
            select(Message.request_id, Message.subject)
            .where(Message.request_id.in_(ids), Message.subject.is_not(None))
            .order_by(Message.received_at, Message.id)):
        subjects.setdefault(request_id, subject)
    found = [r.id for r in rows]
    connection.execute(delete(RequestSearch).where(RequestSearch.request_id.in_(found)))
    connection.execute(insert(RequestSearch), [
        {"request_id": r.id, "subject": subjects.get(r.id),
         "key": key_text(r.ref, r.name, emails.get(r.requester_id, ()), r.agent_name, r.agent_email,
                         subjects.get(r.id))}
        for r in rows])


def backfill(connection: Any) -> int:
    """Write the keys of requests that have none; returns how many."""
    missing = list(connection.execute(
        select(Request.id).outerjoin(RequestSearch, RequestSearch.request_id == Request.id)
        .where(RequestSearch.request_id.is_(None))).scalars())
    refresh(connection, missing)
    return len(missing)
