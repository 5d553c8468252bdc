"""Parse any email bytes into a ``ParsedMessage`` without ever raising.

Mail is untrusted and often broken: missing boundaries, lying charsets, 8-bit headers, garbage.
We use the stdlib's modern API (``BytesParser(policy=email.policy.default)``) because it records
defects instead of failing, and we still wrap every header access and every part decode, because
the header value parser has raised on adversarial input in the past and one broken part must not
lose the others. The feed parser itself can raise (e.g. a NUL in an RFC 2231 charset): the
legacy ``compat32`` policy then reads the structure instead. When the bytes cannot be understood
as mail at all (empty, binary, no mail header), ``ParseResult.understood`` is False: the caller
stores the raw bytes and flags the message for a person (never drops it); ``text`` still holds
the readable words of header-less text.

Nothing here fetches anything: HTML is converted to text by ``htmltext.html_to_text``,
``message/external-body`` is only listed.

Performance: a mailbox sync parses thousands of messages, so we avoid work a reader does not
need: header values without encoded words are used as they are (the structured header parser
runs only on address and encoded headers), attachment sizes are estimated from the encoded
payload (base64: 3/4 of its length) instead of decoding it, and text is capped. The IMAP first
pass (``parse_partial``) reads the structure with ``compat32``, about 2-3x faster because the
modern policy re-parses Content-Type with its full grammar on every lookup; header decoding is
ours in both cases, so the output is the same. Headers longer than ``MAX_STRUCTURED_HEADER``
bypass the structured grammar, which is quadratic on some shapes.

Hazard: ``problems``/``defects`` describe structure only (header names, part numbers), never
header values or body text, so they are safe to log and to keep for non-requests.
"""

from __future__ import annotations

import codecs
import email.utils
import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.policy import default as default_policy
from typing import Any

from privacydesk.domain.message import Address, AttachmentInfo, ParsedMessage
from privacydesk.mail.htmltext import html_to_text

log = logging.getLogger(__name__)

#: Bytes of the body that ``fingerprint`` hashes; equal to the IMAP first-pass fetch
#: (``BODY.PEEK[TEXT]<0.8192>``) so both give the same fingerprint.
FINGERPRINT_BODY_BYTES = 8192
#: Readable text beyond this many characters is cut (noted in ``problems``).
MAX_TEXT_CHARS = 500_000
MAX_DEPTH = 30  # nesting of multiparts / forwarded messages (a forward is two levels)
MAX_PARTS = 400
MAX_PROBLEMS = 40
#: Header values longer than this skip the structured header parser, which is quadratic on some
#: shapes (thousands of quotes, parameters or encoded words took seconds); regex-based stdlib
#: helpers take over. A top-level header this long also routes the whole message to compat32.
MAX_STRUCTURED_HEADER = 4000
#: Address headers are read up to this many characters (a To: with thousands of recipients is
#: still read; a hostile megabyte is not walked character by character).
MAX_ADDRESS_HEADER = 200_000
#: Longest display name and address kept (the database columns' sizes; no real name is longer).
MAX_NAME_CHARS = 300
MAX_EMAIL_CHARS = 320
#: The earliest and latest UTC offsets any time zone has (UTC-12 … UTC+14): a date with an
#: impossible zone (+2500) is read in the zone that makes it the earliest instant it could mean.
_EARLIEST_OFFSET = timedelta(hours=14)

# Headers whose presence shows that the bytes are mail (one is enough).
MAIL_HEADERS = frozenset({
    "from", "to", "cc", "subject", "date", "message-id", "received", "return-path", "sender",
    "reply-to", "mime-version", "content-type", "delivered-to", "in-reply-to", "references",
    "x-mailer", "user-agent", "list-id", "auto-submitted", "envelope-to", "x-original-to",
})
_ADDRESS_HEADERS = ("from", "sender", "reply-to", "to", "cc")
_MSGID = re.compile(r"<[^<>\s]*>")
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r(?=[ \t])")
_CRLF_OR_CR = re.compile(r"[\r\n]+")
_LEADING_BLANK_LINES = re.compile(rb"\A(?:[ \t]*(?:\r\n|\n|\r))+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_B64_IGNORED = str.maketrans("", "", " \t\r\n=")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I)
_BOUNDARY_GUESS = re.compile(rb"^--([\x21-\x7e][\x20-\x7e]{0,150}?)(?:--)?[ \t]*\r?$", re.M)

# Charset names seen in the wild that Python does not know, or where a superset decodes better.
_CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "ascii",
    "ascii": "ascii", "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "euc-kr": "cp949",
    "iso-8859-8-i": "iso-8859-8", "windows-874": "cp874", "x-sjis": "shift_jis",
    "shift-jis": "shift_jis", "x-mac-roman": "mac_roman", "macintosh": "mac_roman",
    "unicode-1-1-utf-7": "utf-7", "x-unknown": "", "unknown-8bit": "", "unknown": "",
    "8bit": "", "x-user-defined": "", "default": "", "charset": "",
}

_DEFECT_WORDS = {
    "StartBoundaryNotFoundDefect": "multipart start boundary not found",
    "CloseBoundaryNotFoundDefect": "multipart end boundary missing (truncated message?)",
    "MissingHeaderBodySeparatorDefect": "no blank line between headers and body",
    "FirstHeaderLineIsContinuationDefect": "first header line is a continuation line",
    "MultipartInvariantViolationDefect": "declared multipart but has no parts",
    "NoBoundaryInMultipartDefect": "multipart without a boundary",
    "MisplacedEnvelopeHeaderDefect": "'From ' envelope line inside the headers",
    "InvalidBase64PaddingDefect": "base64 with bad padding",
    "InvalidBase64CharactersDefect": "base64 with invalid characters",
    "InvalidBase64LengthDefect": "base64 with invalid length",
    "InvalidMultipartContentTransferEncodingDefect": "multipart with a content transfer encoding",
    "UndecodableBytesDefect": "undecodable bytes",
    "NonPrintableDefect": "non-printable characters in a header",
    "ObsoleteHeaderDefect": "obsolete header syntax",
    "InvalidHeaderDefect": "invalid header syntax",
    "HeaderMissingRequiredValue": "header missing a required value",
    "NonASCIIHeaderDefect": "non-ASCII bytes in a header",
    "InvalidDateDefect": "invalid date",
}


@dataclass(frozen=True)
class ParseResult:
    """Outcome of parsing: the message, whether it was understood as mail, and what was wrong.

    ``understood`` is False when the bytes are not recognisable mail (empty, binary, no header
    block): the caller must keep the raw bytes and flag the message for a person.
    ``problems`` repeats ``message.defects`` (human-readable, no personal data).
    """

    message: ParsedMessage
    understood: bool
    problems: tuple[str, ...]


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------

def parse_message(raw: bytes, *, received: datetime | None = None) -> ParseResult:
    """Parse a whole message. Never raises.

    ``received`` (when the message reached the mailbox: IMAP INTERNALDATE, the mbox ``From ``
    line, the Maildir delivery time) wins over anything in the headers; without it we take the
    mbox ``From `` line if the bytes start with one, else the newest ``Received:`` header's
    date, else ``Date:`` (deadlines principle 1).
    """
    return _parse_safely(raw, received=received, partial=False, size=len(raw))


def parse_partial(header: bytes, text_prefix: bytes, *, size: int,
                  received: datetime | None) -> ParseResult:
    """Parse the IMAP first pass: the header block and a prefix of the body. Never raises.

    The prefix may end anywhere (inside a multipart, a base64 line, a quoted-printable escape):
    the parts present are read, the cut is not reported as a defect, and attachment sizes are
    lower bounds. ``size`` is the full message size (RFC822.SIZE).
    """
    try:
        head = header
        if not (head.endswith(b"\n\n") or head.endswith(b"\r\n\r\n")):
            head = head + (b"\r\n" if head.endswith(b"\n") else b"\r\n\r\n")
        raw = head + text_prefix
    except Exception:  # wrong types from a caller: still never raise
        raw = b""
    return _parse_safely(raw, received=received, partial=True, size=size)


#: How much of an oversized message is read: its header block and the start of its text.
BEGINNING_BYTES = 256 * 1024


def parse_beginning(head: bytes, *, size: int, received: datetime | None,
                    reason: str) -> ParseResult:
    """Parse only the beginning of a message too large to read whole (above the maximum message
    size): its headers and the start of its text. Never raises. The result says, in
    ``incomplete``, that the rest was not read (``reason``), so the message is never decided "not
    a request" from this part alone."""
    try:
        cut = len(head)
        for separator in (b"\r\n\r\n", b"\n\n"):
            found = head.find(separator)
            if 0 <= found < cut:
                cut = found + len(separator)
        result = parse_partial(head[:cut], head[cut:], size=size, received=received)
        message = replace(result.message, incomplete=(*result.message.incomplete, reason))
        return replace(result, message=message)
    except Exception:
        log.warning("could not read the beginning of a large message", exc_info=True)
        problem = "the message could not be parsed (internal parser error)"
        message = ParsedMessage(message_id=None, subject="", sender=Address("", ""), received=received,
                                defects=(problem,), partial=True, size=size, incomplete=(reason,))
        return ParseResult(message=message, understood=False, problems=(problem,))


def fingerprint(raw: bytes) -> str:
    """Identity of a message's content, for dedup.

    Why not the Message-ID: two different messages can share one (broken or hostile senders;
    the MIME corpus has five files with the same one), and "same Message-ID, different content"
    must stay two messages. The same message seen in two IMAP folders, or imported from a file
    and later synced, has the same bytes up to line endings, so we hash the bytes.

    Definition (shared with ``fingerprint_parts``): line endings normalised to CRLF; a leading
    mbox ``From `` line dropped; header block = everything up to and including the first empty
    line (one is added if the message has none); body = the rest, of which only the first
    ``FINGERPRINT_BODY_BYTES`` count, because the IMAP first pass fetches only that much.
    ``sha256(header + body[:8192]).hexdigest()``.
    """
    norm = _to_crlf(raw)
    if norm.startswith(b"From "):
        cut = norm.find(b"\r\n")
        norm = b"" if cut < 0 else norm[cut + 2:]
    if norm.startswith(b"\r\n"):
        head, body = b"\r\n", norm[2:]
    else:
        cut = norm.find(b"\r\n\r\n")
        if cut < 0:
            head = norm if norm.endswith(b"\r\n") or not norm else norm + b"\r\n"
            head, body = head + b"\r\n", b""
        else:
            head, body = norm[:cut + 4], norm[cut + 4:]
    return _digest(head, body)


def fingerprint_parts(header: bytes, text_prefix: bytes) -> str:
    """``fingerprint`` computed from the IMAP first pass (``BODY[HEADER]`` + ``BODY[TEXT]<0.8192>``).

    Equal to ``fingerprint(raw)`` of the whole message whatever its line endings.
    """
    head = _to_crlf(header)
    if head.startswith(b"From "):
        cut = head.find(b"\r\n")
        head = b"" if cut < 0 else head[cut + 2:]
    if head != b"\r\n":
        while head.endswith(b"\r\n\r\n"):
            head = head[:-2]
        if head and not head.endswith(b"\r\n"):
            head += b"\r\n"
        head += b"\r\n"
    return _digest(head, _to_crlf(text_prefix))


# ---------------------------------------------------------------------------------------------
# Internals
# ---------------------------------------------------------------------------------------------

def _to_crlf(data: bytes) -> bytes:
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data.replace(b"\n", b"\r\n")


def _digest(head: bytes, body: bytes) -> str:
    sha = hashlib.sha256(head)
    sha.update(body[:FINGERPRINT_BODY_BYTES])
    return sha.hexdigest()


class _Problems:
    """Ordered, de-duplicated, capped list of human-readable problems."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._seen: set[str] = set()
        #: Plain-words reasons why some of the message was not read (``ParsedMessage.incomplete``).
        self.lost: list[str] = []

    def incomplete(self, reason: str) -> None:
        if reason not in self.lost:
            self.lost.append(reason)

    def add(self, text: str) -> None:
        if text in self._seen or len(self.items) >= MAX_PROBLEMS:
            return
        self._seen.add(text)
        self.items.append(text)

    def defects(self, where: str, defects: Iterable[object], *, partial: bool) -> None:
        for defect in defects:
            name = type(defect).__name__
            if partial and name in ("CloseBoundaryNotFoundDefect", "InvalidBase64LengthDefect",
                                    "InvalidBase64PaddingDefect"):
                continue  # expected: the prefix is cut somewhere
            self.add(f"{where}: {_DEFECT_WORDS.get(name, _decamel(name))}")


def _decamel(name: str) -> str:
    name = name.removesuffix("Defect")
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower() or "defect"


def _parse_safely(raw: bytes, *, received: datetime | None, partial: bool, size: int) -> ParseResult:
    try:
        return _parse(raw, received=received, partial=partial, size=size)
    except Exception:  # last line of defence: per-part guards should make this unreachable
        log.warning("mail parser failed unexpectedly; keeping the message raw", exc_info=True)
        problem = "the message could not be parsed (internal parser error)"
        message = ParsedMessage(message_id=None, subject="", sender=Address("", ""),
                                received=received, defects=(problem,), partial=partial,
                                size=size if isinstance(size, int) else 0)
        return ParseResult(message=message, understood=False, problems=(problem,))


_PARSER = BytesParser(policy=default_policy)
_COMPAT_PARSER = BytesParser(policy=compat32)


def _parse_structure(data: bytes, problems: _Problems, *, fast: bool) -> Message | None:
    """The MIME tree, by the modern parser; the legacy one if it raises (it does, e.g. on a NUL
    in an RFC 2231 charset parameter, because the feed parser itself looks at content types).

    ``fast`` (the IMAP first pass) uses the legacy ``compat32`` tree directly: the modern policy
    re-parses Content-Type with its full grammar on every lookup, which makes it about twice as
    slow, and the first pass only needs headers and readable text. Header values are decoded by
    our own code either way, so the output is the same.
    """
    first, second = (_COMPAT_PARSER, _PARSER) if fast else (_PARSER, _COMPAT_PARSER)
    try:
        return first.parsebytes(data)
    except Exception:
        log.debug("email parser raised; retrying with the other policy", exc_info=True)
    if not fast:
        problems.add("message: structure unreadable by the standard parser; read in compatibility mode")
    try:
        return second.parsebytes(data)
    except Exception:
        log.debug("both email parsers raised", exc_info=True)
    problems.add("message: structure unreadable")
    return None


def _parse(raw: bytes, *, received: datetime | None, partial: bool, size: int) -> ParseResult:
    problems = _Problems()
    if not isinstance(raw, bytes | bytearray | memoryview):
        raw = b""
    data = bytes(raw)
    # Leading BOM / empty lines would make the parser see no headers at all.
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    data = _LEADING_BLANK_LINES.sub(b"", data, count=1)
    if not data.strip():
        problems.add("empty message")
        return _not_understood(data, problems, received=received, partial=partial, size=size)

    fast = partial
    if not fast and _has_huge_header(data):
        problems.add("message: very long header; read in compatibility mode")
        fast = True
    msg = _parse_structure(data, problems, fast=fast)
    if msg is None:
        return _not_understood(data, problems, received=received, partial=partial, size=size)
    headers = _headers(msg, problems)
    known = [name for name, _ in headers if name.lower() in MAIL_HEADERS]
    if not known:
        problems.add("no mail headers found")
        return _not_understood(data, problems, received=received, partial=partial, size=size)

    problems.defects("message", _safe_defects(msg), partial=partial)
    first = _first_values(headers)
    subject = first.get("subject", "")
    message_id = _message_id(first.get("message-id"))
    if "message-id" not in first:
        problems.add("message: no Message-ID header")

    addresses: dict[str, tuple[Address, ...]] = {}
    for name in _ADDRESS_HEADERS:
        raw_value = _raw_first(msg, name)
        if raw_value is not None:
            addresses[name] = _addresses(name, raw_value, problems)
    senders = addresses.get("from") or addresses.get("sender") or ()
    if "from" not in addresses:
        problems.add("message: no From header")
    sender = senders[0] if senders else Address("", "")

    date, date_exact = None, False
    if "date" in first:
        date, date_exact = read_date(first["date"])
        if date is None:
            problems.add("message: unreadable Date header")
        elif not date_exact:
            problems.add("message: Date header partly unreadable; read as the earliest time it could mean")
    else:
        problems.add("message: no Date header")
    when, uncertain = _received_time(msg, headers, received, date, date_exact, problems)

    body = _Body(problems, partial=partial)
    body.walk(msg, "message", 0)
    text = body.text()
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        problems.add(f"message: text cut after {MAX_TEXT_CHARS} characters")
        problems.incomplete(f"its text is longer than {MAX_TEXT_CHARS:,} characters; the rest was not read")

    in_reply_to_ids = _message_ids(first.get("in-reply-to", ""))
    message = ParsedMessage(
        message_id=message_id,
        subject=subject,
        sender=sender,
        reply_to=addresses.get("reply-to", ()),
        to=addresses.get("to", ()),
        cc=addresses.get("cc", ()),
        date=date,
        received=when,
        received_uncertain=uncertain,
        incomplete=tuple(problems.lost),
        in_reply_to=in_reply_to_ids[0] if in_reply_to_ids else None,
        references=tuple(_message_ids(first.get("references", ""))),
        headers=tuple(headers),
        text=text,
        has_html=body.has_html,
        attachments=tuple(body.attachments),
        defects=tuple(problems.items),
        partial=partial,
        size=size,
    )
    return ParseResult(message=message, understood=True, problems=tuple(problems.items))


def _received_time(msg: Message, headers: list[tuple[str, str]], received: datetime | None,
                   date: datetime | None, date_exact: bool,
                   problems: _Problems) -> tuple[datetime | None, bool]:
    """When the message reached the mailbox, and whether that is uncertain (deadlines principle 1:
    the mailbox's own time, else the mbox ``From `` line, else the newest readable ``Received:``,
    else ``Date:``; a time read only partly, or none at all, is uncertain)."""
    if received is not None:
        return received, False
    when = _unixfrom_date(msg)
    if when is not None:
        return when, False
    skipped = False
    for name, value in headers:
        if name.lower() != "received":
            continue
        moment, exact = read_date(value.rpartition(";")[2])
        if moment is not None:
            if not exact or skipped:
                problems.add("message: Received header date partly unreadable; read as the earliest "
                             "time it could mean")
            return moment, not exact or skipped
        skipped = True
    if date is not None:
        return date, not date_exact
    problems.add("message: no readable date; the time it was received is not known")
    return None, True


def _has_huge_header(data: bytes) -> bool:
    """True when a top-level header (unfolded) exceeds ``MAX_STRUCTURED_HEADER`` bytes: the
    modern parser re-parses Content-Type on every lookup, so such a header costs seconds."""
    end = data.find(b"\n\n")
    end_crlf = data.find(b"\r\n\r\n")
    ends = [e for e in (end, end_crlf) if e >= 0]
    block = data[:min(ends)] if ends else data
    if len(block) <= MAX_STRUCTURED_HEADER:
        return False
    longest = current = 0
    for line in block.split(b"\n"):
        current = current + len(line) if line[:1] in (b" ", b"\t") else len(line)
        longest = max(longest, current)
    return longest > MAX_STRUCTURED_HEADER


def _not_understood(data: bytes, problems: _Problems, *, received: datetime | None,
                    partial: bool, size: int) -> ParseResult:
    """Bytes that are not recognisable mail: keep whatever readable text there is."""
    text = ""
    sample = data[:MAX_TEXT_CHARS]
    if sample and _looks_textual(sample):
        text = _decode_bytes(sample, None)[0].replace("\r\n", "\n").strip()
    message = ParsedMessage(message_id=None, subject="", sender=Address("", ""), received=received,
                            text=text, defects=tuple(problems.items), partial=partial, size=size)
    return ParseResult(message=message, understood=False, problems=tuple(problems.items))


def _looks_textual(sample: bytes) -> bool:
    head = sample[:4096]
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 127)
    return controls <= len(head) // 50


def _safe_defects(part: Message) -> list[object]:
    try:
        return list(getattr(part, "defects", []) or [])
    except Exception:
        return []


# -- headers ----------------------------------------------------------------------------------

def _headers(msg: Message, problems: _Problems) -> list[tuple[str, str]]:
    """Every header as (name, decoded text), in order; one bad header never hides the others."""
    out: list[tuple[str, str]] = []
    try:
        items = list(msg.raw_items())
    except Exception:
        problems.add("message: header block unreadable")
        return out
    for name, value in items:
        try:
            name = _CONTROL.sub("", str(name)).strip()
            out.append((name, _header_text(name, value)))
        except Exception:
            problems.add(f"message: header {name[:40]!r} unreadable")
    return out


def _first_values(headers: list[tuple[str, str]]) -> dict[str, str]:
    first: dict[str, str] = {}
    for name, value in headers:
        first.setdefault(name.lower(), value)
    return first


def _raw_first(msg: Message, name: str) -> str | None:
    try:
        for key, value in msg.raw_items():
            if key.lower() == name:
                return _fix_surrogates(value if isinstance(value, str) else str(value))
    except Exception:
        return None
    return None


def _fix_surrogates(value: str) -> str:
    """Undo the parser's surrogateescape for raw 8-bit header bytes (undeclared charset)."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    return _decode_undeclared(value.encode("utf-8", "surrogateescape"))


def _decode_undeclared(data: bytes) -> str:
    """Bytes of unknown charset: UTF-8 when it mostly is (a few broken sequences are common),
    else Windows-1252 (the usual 8-bit charset of mail that does not declare one)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    high = sum(1 for b in data if b >= 0x80)
    if text.count("\ufffd") * 8 <= high:
        return text
    return data.decode("cp1252", "replace")


def _unfold(value: str) -> str:
    return _CRLF_OR_CR.sub(" ", _FOLD.sub("", value)).strip()


def _header_text(name: str, value: object) -> str:
    text = _unfold(_fix_surrogates(value if isinstance(value, str) else str(value)))
    if "=?" not in text:
        return _CONTROL.sub("", text)
    text = _ENCODED_WORD_CHARSET.sub(_better_word_charset, text)
    if len(text) > MAX_STRUCTURED_HEADER:
        return _CONTROL.sub("", _decode_words(text)).strip()
    try:
        decoded = str(default_policy.header_factory(name, text))
    except Exception:
        decoded = _decode_words(text)
    return _CONTROL.sub("", decoded).strip()


_ENCODED_WORD_CHARSET = re.compile(r"=\?([A-Za-z0-9_.:-]{1,40})(?=[*?])")


def _better_word_charset(match: re.Match[str]) -> str:
    """Encoded words in gb2312 etc. are decoded with the superset charset (spam often lies)."""
    alias = _CHARSET_ALIASES.get(match.group(1).lower())
    return f"=?{alias}" if alias and alias not in ("ascii", "cp1252") else match.group(0)


def _decode_words(text: str) -> str:
    """RFC 2047 decoding without the structured parser (fallback; tolerant of bad charsets)."""
    try:
        pieces = decode_header(text)
    except Exception:
        return text
    out: list[str] = []
    for chunk, charset in pieces:
        if isinstance(chunk, str):
            out.append(chunk)
        else:
            out.append(_decode_bytes(chunk, charset)[0])
    return "".join(out)


def _addresses(name: str, raw_value: str, problems: _Problems) -> tuple[Address, ...]:
    """The mailboxes of an address header. The address is the one in angle brackets whenever there
    is one — never a display name that looks like an address (``From: jane@example.com
    <other@example.org>`` is other@example.org; a strict parser takes the first, which lets any
    sender pose as anyone, the company included). Without angle brackets the bare address is it."""
    value = _unfold(raw_value)
    if len(value) > MAX_ADDRESS_HEADER:
        problems.add(f"message: {name} header: too long, only its beginning was read")
        value = value[:MAX_ADDRESS_HEADER]
    result: list[Address] = []
    try:
        boxes, oddities = _split_mailboxes(value)
    except Exception:
        problems.add(f"message: {name} header unreadable")
        return ()
    for oddity in oddities:
        problems.add(f"message: {name} header: {oddity}")
    for display, address in boxes:
        shown = _clean(_decode_words(display)) if "=?" in display else _clean(display)
        email_address = _clean(address).lower()[:MAX_EMAIL_CHARS]
        posing = {m.lower() for m in _ADDRESS_LIKE.findall(shown)} - {email_address}
        if posing:
            # "jane@example.com <other@example.org>": the name poses as another address. Shown as
            # the sender's name it would stand in for the address (in a list, a requester's name):
            # drop it; the raw bytes keep it.
            problems.add(f"message: {name} header: a display name that looks like another address, ignored")
            shown = ""
        result.append(Address(shown[:MAX_NAME_CHARS], email_address))
    return tuple(a for a in result if a.name or (a.email and a.email != "@"))


_ADDRESS_LIKE = re.compile(r"[^\s<>()\[\],;:\"']+@[^\s<>()\[\],;:\"']+")


def _split_mailboxes(value: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(display text, address) per mailbox, reading quotes, comments, angle brackets and groups
    (RFC 5322 §3.4) tolerantly: an unquoted comma or "@" in a display name, or a missing closing
    bracket, never moves the address. Returns the mailboxes and the oddities seen (no values)."""
    boxes: list[tuple[str, str]] = []
    oddities: list[str] = []
    phrase: list[str] = []  # display text at the top level
    comment: list[str] = []  # text of (comments), the display name of "addr (Name)"
    angles: list[str] = []  # every top-level <…> of the current mailbox
    carried = ""  # a name cut off by an unquoted comma, waiting for its address
    i, n = 0, len(value)

    def finish() -> None:
        nonlocal carried
        text = " ".join("".join(phrase).split())
        if angles:
            if len(angles) > 1:
                oddities.append("more than one address in one mailbox; the last one was taken")
            address = _route_stripped(angles[-1])
            display = ", ".join(p for p in (carried, text) if p).strip(" \t,;")
            if carried:
                oddities.append("unquoted special characters in a display name")
            boxes.append((display or " ".join("".join(comment).split()), address))
            carried = ""
        elif sum("@" in token for token in text.split()) == 1:
            # A bare address, maybe with words around it ("Jane jane@example.com"): the words are
            # the name, like a comment's ("jane@example.com (Jane)").
            address = next(t for t in text.split() if "@" in t)
            words = [t for t in text.split() if t is not address]
            display = " ".join([*([carried] if carried else []), *words, *"".join(comment).split()])
            boxes.append((display, address.strip("<>")))
            carried = ""
        elif text:
            carried = f"{carried}, {text}" if carried else text  # a name whose address comes next
        phrase.clear()
        comment.clear()
        angles.clear()

    while i < n:
        ch = value[i]
        if ch == '"':
            j = i + 1
            while j < n and value[j] != '"':
                if value[j] == "\\" and j + 1 < n:
                    j += 1
                phrase.append(value[j])
                j += 1
            i = j + 1
            continue
        if ch == "(":
            depth, j = 1, i + 1
            while j < n and depth:
                if value[j] == "\\" and j + 1 < n:
                    j += 1
                elif value[j] == "(":
                    depth += 1
                elif value[j] == ")":
                    depth -= 1
                    if not depth:
                        break
                comment.append(value[j])
                j += 1
            comment.append(" ")
            i = j + 1
            continue
        if ch == "<":
            j = value.find(">", i + 1)
            if j < 0:
                oddities.append("an address without its closing bracket")
                j = n
            angles.append(value[i + 1:j].strip())
            i = j + 1
            continue
        if ch in ",;":
            finish()
            i += 1
            continue
        if ch == ":" and not angles and "@" not in "".join(phrase):
            phrase.clear()  # "group name:" (undisclosed-recipients:;)
            i += 1
            continue
        phrase.append(ch)
        i += 1
    finish()
    if carried and not boxes:
        boxes.append((carried, ""))
    return boxes, oddities


def _route_stripped(address: str) -> str:
    """``<@relay1,@relay2:jane@example.com>`` (an obsolete source route) is jane@example.com."""
    address = address.strip()
    if address.startswith("@") and ":" in address:
        address = address.split(":", 1)[1]
    return address.strip()


def _clean(text: str) -> str:
    return _CONTROL.sub("", text).replace("\r", " ").replace("\n", " ").strip()


def _message_id(value: str | None) -> str | None:
    if not value:
        return None
    ids = _message_ids(value)
    if ids:
        return ids[0]
    token = value.strip().split()[0] if value.strip() else ""
    return f"<{token.strip('<>')}>" if token.strip("<>") else None


def _message_ids(value: str) -> list[str]:
    if not value:
        return []
    found = [m for m in _MSGID.findall(value) if len(m) > 2]
    if found:
        return found
    return [f"<{tok.strip('<>')}>" for tok in value.replace(",", " ").split() if tok.strip("<>")]


def _parse_date(value: str) -> datetime | None:
    """A date header's instant, read as far as it can be (see ``read_date``), or None."""
    return read_date(value)[0]


def read_date(value: str) -> tuple[datetime | None, bool]:
    """(instant, exact) of an RFC 5322 date, read as far as it can be.

    Broken dates are common (``+2500``, hour 25, a zone name nobody knows): instead of losing the
    whole date, what can be read is kept and, where the rest is unknown, the *earliest* instant it
    could mean is taken (deadlines principle 2: never a later deadline) and ``exact`` is False:
    an impossible zone → the local time in UTC+14 (the furthest east any zone is); an unreadable
    time of day → the start of that day in UTC+14. Years outside 1970–2200 are not dates.
    A date without a zone (or ``-0000``) is UTC as far as anyone knows (RFC 5322 §3.3): exact.
    """
    value = " ".join(value.split())[:300]
    if not value:
        return None, False
    try:
        fields = email.utils.parsedate_tz(value)
    except Exception:
        fields = None
    if fields is not None:
        year, month, day, hour, minute, second = fields[:6]
        offset = fields[9]
        try:
            day_start = datetime(year, month, day)
        except (ValueError, OverflowError, TypeError):
            day_start = None
        if day_start is not None and 1970 <= year <= 2200:
            if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 61):
                return (day_start - _EARLIEST_OFFSET).replace(tzinfo=UTC), False
            local = day_start.replace(hour=hour, minute=minute, second=min(second, 59))
            if not offset:
                return local.replace(tzinfo=UTC), True
            if -12 * 3600 <= offset <= 14 * 3600:
                return local.replace(tzinfo=timezone(timedelta(seconds=offset))), True
            return (local - _EARLIEST_OFFSET).replace(tzinfo=UTC), False
    if not re.search(r"\d{4}", value):
        return None, False
    try:
        from dateutil import parser as date_parser

        parsed = date_parser.parse(value, fuzzy=True)
    except Exception:
        return None, False
    if not 1970 <= parsed.year <= 2200:
        return None, False
    try:
        offset_delta = parsed.utcoffset()
    except Exception:
        offset_delta = None
        parsed = parsed.replace(tzinfo=None)
    if parsed.tzinfo is not None and offset_delta is not None and \
            timedelta(hours=-12) <= offset_delta <= timedelta(hours=14):
        return parsed, False  # guessed by a fuzzy reader: right zone, but worth a look
    naive = parsed.replace(tzinfo=None)
    return (naive - _EARLIEST_OFFSET).replace(tzinfo=UTC), False


def _unixfrom_date(msg: Message) -> datetime | None:
    try:
        line = msg.get_unixfrom()
    except Exception:
        return None
    return unixfrom_date(line) if line else None


_UNIXFROM = re.compile(r"^From\s+\S*\s+(.*?)\s*$")


def unixfrom_date(line: str) -> datetime | None:
    """Date of an mbox ``From sender Wed May 16 00:40:34 2001`` line (UTC if it has no zone)."""
    match = _UNIXFROM.match(line.strip())
    if not match:
        return None
    return _parse_date(match.group(1))


# -- body -------------------------------------------------------------------------------------

class _Body:
    """Walks the MIME tree, collecting readable text, forwarded messages and attachments."""

    def __init__(self, problems: _Problems, *, partial: bool) -> None:
        self.problems = problems
        self.partial = partial
        self.parser = _COMPAT_PARSER if partial else _PARSER
        self.plain: list[str] = []
        self.html: list[str] = []
        self.forwards: list[str] = []
        self.attachments: list[AttachmentInfo] = []
        self.has_html = False
        self.parts = 0

    def text(self) -> str:
        plain = [t.strip() for t in self.plain if t.strip()]
        chunks = plain or [t.strip() for t in self.html if t.strip()]
        chunks.extend(self.forwards)
        return "\n\n".join(chunks)

    def _child(self) -> _Body:
        child = _Body(self.problems, partial=self.partial)
        child.attachments = self.attachments
        child.parts = self.parts
        return child

    def _adopt(self, child: _Body) -> None:
        self.parts = child.parts
        self.has_html = self.has_html or child.has_html

    def walk(self, part: Message, where: str, depth: int) -> None:
        if depth > MAX_DEPTH:
            self.problems.add(f"{where}: nested too deeply, ignored")
            self.problems.incomplete(f"parts nested more than {MAX_DEPTH} levels deep (long forward "
                                     "chains) were not read")
            return
        self.parts += 1
        if self.parts > MAX_PARTS:
            self.problems.add(f"message: more than {MAX_PARTS} parts, the rest ignored")
            self.problems.incomplete(f"it has more than {MAX_PARTS} parts; the rest were not read")
            return
        try:
            self._walk(part, where, depth)
        except Exception:
            log.debug("part could not be read", exc_info=True)
            self.problems.add(f"{where}: part unreadable, skipped")
            self.problems.incomplete("a part of it could not be read")

    def _walk(self, part: Message, where: str, depth: int) -> None:
        if where != "message":
            self.problems.defects(where, _safe_defects(part), partial=self.partial)
        ctype = _content_type(part)
        payload = part.get_payload()
        if isinstance(payload, list) and ctype.startswith("multipart/"):
            if ctype == "multipart/alternative":
                self._alternative(payload, where, depth)
            else:
                for index, sub in enumerate(payload, 1):
                    if isinstance(sub, Message):
                        self.walk(sub, _sub(where, index), depth + 1)
            self._epilogue(part, where, depth)
            return
        if ctype.startswith("multipart/"):
            self._broken_multipart(part, where, depth)
            return
        if ctype in ("message/rfc822", "message/global", "message/news"):
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                self._forward(part, inner, where, depth)
                return
        disposition = _disposition(part)
        if ctype in ("text/plain", "text/html", "text/enriched", "text/richtext") \
                and disposition != "attachment" and not isinstance(payload, list):
            text = self._decode_text(part, where, html=ctype == "text/html")
            if ctype == "text/html":
                self.has_html = True
                self.html.append(html_to_text(text))
            elif ctype == "text/plain":
                self.plain.append(text.replace("\r\n", "\n"))
            else:
                self.plain.append(re.sub(r"<[^>]{0,60}>", "", text))
            return
        if ctype == "message/external-body":
            self.problems.add(f"{where}: content stored elsewhere (message/external-body), not fetched")
            self.attachments.append(AttachmentInfo(_filename(part), ctype, 0))
            return
        self.attachments.append(AttachmentInfo(_filename(part), ctype, _estimated_size(part)))

    def _alternative(self, payload: list[Any], where: str, depth: int) -> None:
        """Take the plain alternative if it has text, else the richest (last) HTML one."""
        children: list[_Body] = []
        for index, sub in enumerate(payload, 1):
            if isinstance(sub, Message):
                child = self._child()
                child.walk(sub, _sub(where, index), depth + 1)
                self._adopt(child)
                children.append(child)
        chosen = next((c for c in children if any(t.strip() for t in c.plain)), None)
        if chosen is None:
            chosen = next((c for c in reversed(children) if any(t.strip() for t in c.html)), None)
        if chosen is not None:
            self.plain.extend(chosen.plain)
            self.html.extend(chosen.html)
            self.forwards.extend(chosen.forwards)

    def _forward(self, part: Message, inner: Message, where: str, depth: int) -> None:
        """A forwarded message: its headers and text go into our text (requests get forwarded)."""
        if _disposition(part) == "attachment":
            name = _filename(part)
            size = 0
            try:
                size = len(inner.as_bytes())
            except Exception:
                size = 0
            self.attachments.append(AttachmentInfo(name, _content_type(part), size))
        self.problems.defects(f"{where} (forwarded)", _safe_defects(inner), partial=self.partial)
        lines = ["---------- Forwarded message ----------"]
        for label in ("From", "Date", "Subject", "To"):
            value = _raw_first(inner, label.lower())
            if value is not None:
                try:
                    lines.append(f"{label}: {_header_text(label, value)}")
                except Exception:
                    self.problems.add(f"{where}: forwarded {label} header unreadable")
        child = self._child()
        child.walk(inner, f"{where} (forwarded)", depth + 1)
        self._adopt(child)
        body = child.text()
        self.forwards.append("\n".join(lines) + ("\n\n" + body if body else ""))

    def _epilogue(self, part: Message, where: str, depth: int) -> None:
        """Parts after the end boundary (a nested multipart that reused its parent's boundary
        closes the parent early; malware mail does this to hide attachments): read them too."""
        epilogue = getattr(part, "epilogue", None)
        if not isinstance(epilogue, str) or len(epilogue) < 10:
            return
        try:
            boundary = part.get_boundary()
        except Exception:
            return
        if not boundary or f"--{boundary}" not in epilogue or '"' in boundary:
            return
        if depth >= MAX_DEPTH:
            self.problems.incomplete("parts hidden after the end of a nested part were not read")
            return
        data = epilogue.encode("utf-8", "surrogateescape")
        rebuilt = b'Content-Type: multipart/mixed; boundary="' + boundary.encode("utf-8", "surrogateescape") \
            + b'"\r\n\r\n' + data
        recovered = self.parser.parsebytes(rebuilt).get_payload()
        if isinstance(recovered, list) and recovered:
            self.problems.add(f"{where}: parts found after the multipart end boundary")
            for index, sub in enumerate(recovered, 1):
                if isinstance(sub, Message):
                    self.walk(sub, f"{where} (after end) {index}", depth + 1)

    def _broken_multipart(self, part: Message, where: str, depth: int) -> None:
        """A multipart whose boundary never matched: guess the boundary from the body, else
        read the whole body as text (better some noise than losing a request)."""
        data = _payload_bytes(part)
        match = _BOUNDARY_GUESS.search(data[:200_000])
        if match and b'"' not in match.group(1) and depth < MAX_DEPTH:
            boundary = match.group(1).strip()
            rebuilt = b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n' + data
            try:
                guessed = self.parser.parsebytes(rebuilt)
                sub_payload = guessed.get_payload()
                if isinstance(sub_payload, list) and sub_payload:
                    self.problems.add(f"{where}: multipart boundary did not match; guessed it")
                    for index, sub in enumerate(sub_payload, 1):
                        if isinstance(sub, Message):
                            self.walk(sub, _sub(where, index), depth + 1)
                    return
            except Exception:
                log.debug("boundary guess failed", exc_info=True)
        self.problems.add(f"{where}: multipart without readable parts; body read as text")
        text = _decode_bytes(data, _charset(part))[0]
        if "<html" in text[:2000].lower():
            self.has_html = True
            self.html.append(html_to_text(text))
        else:
            self.plain.append(text.replace("\r\n", "\n"))

    def _decode_text(self, part: Message, where: str, *, html: bool) -> str:
        data = _payload_bytes(part)
        charset = _charset(part)
        if charset is None and html:
            meta = _META_CHARSET.search(data[:4096])
            if meta:
                charset = meta.group(1).decode("ascii", "replace")
        text, problem = _decode_bytes(data, charset)
        if problem:
            self.problems.add(f"{where}: {problem}")
        return text


def _sub(where: str, index: int) -> str:
    return f"part {index}" if where == "message" else f"{where}.{index}"


def _content_type(part: Message) -> str:
    try:
        return str(part.get_content_type()).lower()
    except Exception:
        return "text/plain"


def _disposition(part: Message) -> str | None:
    try:
        value = part.get_content_disposition()
    except Exception:
        return None
    return str(value).lower() if value else None


def _charset(part: Message) -> str | None:
    try:
        value = part.get_param("charset")
    except Exception:
        return None
    if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
        value = value[2]
    if not value:
        return None
    return str(value).strip().strip("\"'").lower() or None


def _filename(part: Message) -> str | None:
    name: object = None
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        try:
            name = part.get_param("name")
        except Exception:
            name = None
        if isinstance(name, tuple):
            name = name[2]
    if not name:
        return None
    text = _fix_surrogates(str(name))
    if "=?" in text:
        text = _decode_words(text)
    text = _clean(text)
    return text[:255] or None


def _payload_bytes(part: Message) -> bytes:
    """Decoded payload (base64/quoted-printable/uuencode undone); raw bytes on any failure."""
    try:
        data = part.get_payload(decode=True)
        if isinstance(data, bytes):
            return data
    except Exception:
        log.debug("payload decode failed", exc_info=True)
    try:
        raw = part.get_payload()
        if isinstance(raw, str):
            return raw.encode("utf-8", "surrogateescape")
    except Exception:
        pass
    return b""


def _estimated_size(part: Message) -> int:
    """Decoded size without decoding: base64 is 3/4 of its characters, uuencode lines carry
    their length; quoted-printable is decoded (small); others count as they stand."""
    try:
        payload = part.get_payload()
        if not isinstance(payload, str):
            if isinstance(payload, list):  # message/delivery-status: blocks of fields
                return sum(len(k) + len(v) + 4 for p in payload if isinstance(p, Message)
                           for k, v in p.raw_items())
            return 0
        cte = str(part.get("content-transfer-encoding", "")).strip().lower()
        if cte == "base64":
            return len(payload.translate(_B64_IGNORED)) * 3 // 4
        if cte in ("x-uuencode", "uuencode", "x-uue", "uue"):
            # Each uuencoded line starts with its decoded length.
            return sum((ord(line[0]) - 32) & 0x3F for line in payload.splitlines()
                       if line and not line.startswith(("begin ", "end")))
        if cte == "quoted-printable" and len(payload) < 1_000_000:
            return len(_payload_bytes(part))
        return len(payload.encode("utf-8", "surrogateescape"))
    except Exception:
        return 0


def _codec(charset: str | None) -> str | None:
    """A Python codec for a declared charset, or None when unknown/meaningless."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def _decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Text from bytes: the declared charset, else UTF-8, else Windows-1252 (never fails).

    Returns the text and a problem description when the declared charset was unknown or wrong.
    """
    codec = _codec(charset)
    problem = None
    if charset and codec is None and charset.lower() not in _CHARSET_ALIASES:
        problem = "unknown charset, decoded as UTF-8/Windows-1252"
    if codec is not None:
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            if codec != "ascii":
                problem = "text does not match its declared charset"
        except Exception:
            problem = "text could not be decoded with its declared charset"
    try:
        return data.decode("utf-8"), problem
    except UnicodeDecodeError:
        pass
    if codec not in (None, "ascii", "utf-8"):
        try:
            return data.decode(codec, "replace"), problem
        except Exception:
            pass
    return _decode_undeclared(data), problem


__all__ = [
    "BEGINNING_BYTES",
    "FINGERPRINT_BODY_BYTES",
    "MAIL_HEADERS",
    "ParseResult",
    "fingerprint",
    "fingerprint_parts",
    "parse_beginning",
    "parse_message",
    "parse_partial",
    "unixfrom_date",
]
