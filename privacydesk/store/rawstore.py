"""Raw bytes of oversized messages, kept in the database in pieces (``MessageRawChunk``).

A message above the maximum message size is never held in memory whole: its bytes go from a spool
file into ``message_raw_chunks`` one piece at a time (``write_raw``), and come back the same way
(``iter_raw``) or just their beginning (``raw_head``). Such a message has ``Message.raw`` NULL and
``has_full_raw`` true. Being rows of the database, they are in every backup and every PostgreSQL
workspace like the rest of the message (issue 11).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from privacydesk.store.models import RAW_CHUNK_BYTES, Message, MessageRawChunk


def write_raw(session: Session, message_pk: int, pieces: Iterable[bytes]) -> int:
    """Store the pieces (each at most ``RAW_CHUNK_BYTES``, re-cut if larger); returns the byte count."""
    seq = 0
    total = 0
    for piece in pieces:
        for start in range(0, len(piece), RAW_CHUNK_BYTES):
            part = piece[start:start + RAW_CHUNK_BYTES]
            session.execute(insert(MessageRawChunk), {"message_pk": message_pk, "seq": seq, "data": part})
            seq += 1
            total += len(part)
    return total


def has_chunks(session: Session, message_pk: int) -> bool:
    return bool(session.scalar(select(func.count()).select_from(MessageRawChunk)
                               .where(MessageRawChunk.message_pk == message_pk)))


def iter_raw(session: Session, message_pk: int) -> Iterator[bytes]:
    """The pieces in order, one row at a time."""
    seqs = list(session.execute(select(MessageRawChunk.seq).where(MessageRawChunk.message_pk == message_pk)
                                .order_by(MessageRawChunk.seq)).scalars())
    for seq in seqs:
        yield session.execute(select(MessageRawChunk.data).where(
            MessageRawChunk.message_pk == message_pk, MessageRawChunk.seq == seq)).scalar_one()


def raw_head(session: Session, message_pk: int, limit: int) -> bytes:
    """The first ``limit`` bytes (enough to read the headers and the start of the text)."""
    out = bytearray()
    for piece in iter_raw(session, message_pk):
        out += piece
        if len(out) >= limit:
            break
    return bytes(out[:limit])


def read_raw(session: Session, message: Message) -> bytes | None:
    """All the raw bytes kept for ``message`` (from the column or the pieces), or None."""
    if message.raw is not None:
        return message.raw
    if not message.has_full_raw:
        return None
    data = b"".join(iter_raw(session, message.id))
    return data or None


def drop_raw(session: Session, message_pk: int) -> None:
    session.execute(delete(MessageRawChunk).where(MessageRawChunk.message_pk == message_pk))
