"""Removing documents (an ID scan, a signed authorization) from a stored message, keeping a trace.

The 3DPros notice promises that information provided only to verify identity is deleted "as soon as
we finish verifying you". The stored raw message is rewritten with each such attachment replaced by
a short text part naming the file and the SHA-256 of what was removed; headers and the message text
stay as they were. Never raises on hostile input: a message that cannot be parsed is returned as is,
with nothing removed.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import default

log = logging.getLogger(__name__)

#: Parts treated as documents: never the text of the message, a forwarded email or a calendar entry.
DOCUMENT_MAINTYPES = frozenset({"image", "application", "audio", "video"})


@dataclass(frozen=True)
class RemovedPart:
    filename: str | None
    content_type: str
    size: int
    sha256: str


def _is_document(part: Message) -> bool:
    if part.is_multipart():
        return False
    maintype = part.get_content_maintype()
    if maintype not in DOCUMENT_MAINTYPES:
        return False
    signatures = ("pgp-signature", "pkcs7-signature", "x-pkcs7-signature", "ics")
    return not (maintype == "application" and part.get_content_subtype() in signatures)


def remove_documents(raw: bytes, stamp: str) -> tuple[bytes, list[RemovedPart]]:
    """``raw`` with every document attachment replaced by a note (``stamp`` says when and why)."""
    try:
        msg = message_from_bytes(raw, policy=default)
    except Exception:  # hostile input: keep it, remove nothing
        log.warning("a stored message could not be parsed for removing documents")
        return raw, []
    removed: list[RemovedPart] = []
    try:
        for part in msg.walk():
            if part is msg and not msg.is_multipart():
                continue  # a message that *is* a document has no text to keep; leave it whole
            if not _is_document(part):
                continue
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            digest = hashlib.sha256(data).hexdigest()
            filename = part.get_filename()
            removed.append(RemovedPart(filename, part.get_content_type(), len(data), digest))
            note = (f"[{filename or 'attachment'} ({part.get_content_type()}, {len(data)} bytes) was removed "
                    f"{stamp}. SHA-256: {digest}]\n")
            assert isinstance(part, EmailMessage)
            part.set_content(note, subtype="plain", charset="utf-8", disposition="inline",
                             filename=f"{filename or 'attachment'}.removed.txt")
        if not removed:
            return raw, []
        linesep = "\r\n" if b"\r\n" in raw[:2000] else "\n"
        return msg.as_bytes(policy=default.clone(linesep=linesep)), removed
    except Exception:
        log.warning("documents could not be removed from a stored message; it was left unchanged")
        return raw, []
