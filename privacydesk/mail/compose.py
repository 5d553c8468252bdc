"""Building a reply as a proper RFC 5322 message (text/plain, UTF-8, CRLF), threaded to the request.

A reply carries our own ``Message-ID`` (so we can find it again in Sent), ``In-Reply-To`` and
``References`` pointing at the message it answers, the reference token ``[PD-2026-0007]`` in the
subject and a ``Ref: PD-2026-0007`` marker line in the body: whichever survives the requester's mail
program threads their answer back. Mail sent without a person (the automatic acknowledgement) says so
with ``Auto-Submitted: auto-replied`` (RFC 3834) and ``X-Auto-Response-Suppress: All`` (Exchange), so
that auto-responders do not answer it; a reply a person sends carries neither.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from privacydesk.domain.references import SUBJECT_TOKEN

_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|vs|antw|wg|fw|fwd|tr|rv|r|ref|odp|res)\s*(\[\d+\])?\s*:\s*)+",
                           re.IGNORECASE)
MAX_REFERENCES = 20


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # "application/json"
    data: bytes


@dataclass(frozen=True)
class Letter:
    """Everything that goes into one outgoing message."""

    from_address: str
    from_name: str
    to: tuple[tuple[str | None, str], ...]  # (display name, address)
    subject: str
    body: str
    message_id: str
    date: datetime
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto: bool = False
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)

    @property
    def recipients(self) -> list[str]:
        return [address for _, address in self.to]


def new_message_id(from_address: str, ref: str) -> str:
    """``<pd.PD-2026-0007.3f9c…@example.com>``: unique, ours, and naming the request."""
    domain = from_address.rpartition("@")[2] or "privacydesk.invalid"
    return f"<pd.{ref}.{secrets.token_hex(10)}@{domain}>"


def reply_subject(original: str | None, fallback: str, ref: str) -> str:
    """``Re: <original subject> [PD-2026-0007]`` (the token once), or the template's subject with the
    token when there is no message to reply to."""
    token = f"[{ref}]"
    base = (original or "").strip()
    if not base:
        subject = " ".join(fallback.split())
        return subject if SUBJECT_TOKEN.search(subject) else f"{subject} {token}"
    base = " ".join(_REPLY_PREFIX.sub("", base).split()) or " ".join(fallback.split())
    if not SUBJECT_TOKEN.search(base):
        base = f"{base} {token}"
    return f"Re: {base}"


def thread_references(parent_message_id: str | None, parent_references: Sequence[str]) -> tuple[str, ...]:
    """The parent's References plus the parent itself (RFC 5322 §3.6.4), the newest kept."""
    refs = [r for r in parent_references if r]
    if parent_message_id:
        refs.append(parent_message_id)
    refs = list(dict.fromkeys(refs))
    if len(refs) > MAX_REFERENCES:  # keep the thread's root and the most recent ones
        refs = [refs[0], *refs[-(MAX_REFERENCES - 1):]]
    return tuple(refs)


def _address(name: str | None, email: str) -> Address:
    local, _, domain = email.partition("@")
    return Address(display_name=(name or "").strip(), username=local, domain=domain)


def compose(letter: Letter) -> bytes:
    """The message as bytes with CRLF line endings, ready for SMTP and IMAP APPEND."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(letter.from_name, letter.from_address)
    msg["To"] = [_address(name, email) for name, email in letter.to]
    msg["Subject"] = letter.subject
    msg["Date"] = format_datetime(letter.date)
    msg["Message-ID"] = letter.message_id
    if letter.auto:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    body = letter.body if letter.body.endswith("\n") else letter.body + "\n"
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    for attachment in letter.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        params = {"charset": "utf-8"} if maintype == "text" else None
        msg.add_attachment(attachment.data, maintype=maintype, subtype=subtype or "octet-stream",
                           filename=attachment.filename, params=params)
    raw = msg.as_bytes(policy=SMTP)
    return _with_thread_headers(raw, letter.in_reply_to, letter.references)


_MSG_ID = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]+>$")  # printable ASCII, no spaces or angle brackets inside


def _with_thread_headers(raw: bytes, in_reply_to: str | None, references: Sequence[str]) -> bytes:
    """Insert In-Reply-To and References after Message-ID. Written by hand because the generator
    folds a long Message-ID onto the next line ("In-Reply-To:\\r\\n <id>"), which some readers then
    see with a leading space; here the first id always stays on the header's own line."""
    ids = [i.strip() for i in references if i and _MSG_ID.match(i.strip())]
    parent = in_reply_to.strip() if in_reply_to and _MSG_ID.match(in_reply_to.strip()) else None
    lines: list[bytes] = []
    if parent:
        lines.append(b"In-Reply-To: " + parent.encode("ascii"))
    if ids:
        lines.append(b"References: " + b"\r\n ".join(i.encode("ascii") for i in ids))
    if not lines:
        return raw
    head, sep, body = raw.partition(b"\r\n\r\n")
    out: list[bytes] = []
    inserted = False
    for line in head.split(b"\r\n"):
        out.append(line)
        if not inserted and line.lower().startswith(b"message-id:"):
            out.extend(lines)
            inserted = True
    if not inserted:
        out.extend(lines)
    return b"\r\n".join(out) + sep + body
