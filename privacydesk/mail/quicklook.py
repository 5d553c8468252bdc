"""A quick look at the IMAP first pass: set aside mail that surely is not a request, unparsed.

The same gate as ``domain.prescreen.may_need_a_person``, on raw bytes. Most of a business mailbox
(orders, invoices, newsletters) meets none of the request anchors (``domain.anchors``: what the phrase
rules, the questions, the safety net and a form's type field need to find). Reading the header block
and searching the raw text for them costs a fraction of a MIME parse, so the first sync parses fully only what might matter
(issue 5's "parse fully only what may be a request").

Safety rule: the quick look answers "surely not a request" only when it can read the text as well as
the parser would. Anything it cannot read cheaply — base64 text, an unknown charset, encoded-word
subjects it cannot decode, an almost empty body, our reference markers — goes the full
way, and so does a message of which only the beginning was fetched (the safety net reads all of a
person's mail). ``tests/unit/test_quicklook.py`` checks on every message we have that it never sets
aside one the prefilter would have let through, nor one the classifier would file or review.

Issue 14 (the expensive path is rare): a first pass cut short whose beginning holds nothing
(``nothing_so_far``) is not parsed either; the sync reads the rest of its text parts
(``mail.imapparts``) and asks ``look_at_text_parts`` on all of its text before any MIME parse.
Machine-sent mail is set aside on its header alone (``own_domains``). Text read from HTML by this
module's cheap tag strip is judged by the anchors' literals only (``anchors``: the parser's converter
lays it out otherwise); plain text is judged as exactly as the classifier's patterns allow, and
when it meets an anchor's literals only, by the silence guard's probability on it (the guard may
send such mail to review: ``prescreen.text_may_need_a_person``).
"""

from __future__ import annotations

import binascii
import html
import re
from dataclasses import replace
from datetime import datetime
from email.errors import MisplacedEnvelopeHeaderDefect, MissingHeaderBodySeparatorDefect
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from privacydesk.domain.classify_automated import detect_automated
from privacydesk.domain.classify_parties import form_may_be_automated
from privacydesk.domain.message import Address, ParsedMessage
from privacydesk.domain.prescreen import text_may_need_a_person
from privacydesk.mail.parse import MAIL_HEADERS

_READABLE_CHARSETS = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "latin-1",
                      "windows-1252", "cp1252", "iso-8859-15"}
_CHARSET = re.compile(rb'charset\s*=\s*"?([A-Za-z0-9_.:-]+)', re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")
_MARKERS = re.compile(rb"pd-\d{4}-\d{4}", re.IGNORECASE)
# HTML as ``htmltext.html_to_text`` reads it, cheaply: hidden blocks and comments dropped; a block
# element's tag a line break, an inline one nothing ("dele<b>te</b>" stays one word); a link's
# address and an image's alt text kept (the converter shows them). The anchors' literals then stand
# as in the converter's text, with more line joins at most.
_HIDDEN = re.compile(r"<!--.*?-->|<(script|style|head|title|template|noscript|svg|object|iframe|xml|math)\b"
                     r"[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]{0,2000})>")
_INLINE = frozenset({"b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sub", "sup", "code",
                     "mark", "abbr", "cite", "q", "tt", "strike", "del", "ins", "kbd", "var", "samp", "o"})
_ATTR = re.compile(r"""\b(?:href|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_MIME_LINES = re.compile(r"(?im)^(?:--\S*|(?:content-[\w-]+|mime-version):.*(?:\n[ \t].*)*)\s*$")
_TYPES = re.compile(rb"content-type:\s*([a-z0-9.+-]+/[a-z0-9.+-]+)")
_FILE = re.compile(rb"content-disposition:\s*attachment")
_ENCODED_LINES = re.compile(rb"(?m)^[A-Za-z0-9+/=]{40,}\r?\n?")
_MIN_TEXT = 40
_HEADER_PARSER = BytesHeaderParser(policy=compat32)


def surely_not_request(header: bytes, text: bytes, *, size: int, received: datetime | None,
                       own_domains: tuple[str, ...] | None = None) -> ParsedMessage | None:
    """A header-only ``ParsedMessage`` when the first pass surely holds no request, else None
    (then parse and classify it properly). Never raises.

    ``own_domains`` (``classify_automated.own_list_tokens(profile)``): when given, machine-sent mail
    is set aside on its header alone, whatever its body (a bounce quoting the returned message, a
    list digest cut short), as the prefilter does — but only on a signal a web form's notification
    never carries (``_machine_sent``)."""
    try:
        return _look(header, text, size, received, own_domains)
    except Exception:  # anything odd: the full parser decides
        return None


def nothing_so_far(header: bytes, text: bytes, *, size: int, received: datetime | None,
                   own_domains: tuple[str, ...] | None = None) -> ParsedMessage | None:
    """For a first pass that holds only the beginning of a message: the header-only message when
    nothing in that beginning asks to parse it now, else None (a request anchor, one of our
    references, a charset this look cannot read). Never raises.

    Not a verdict: the sync then reads the rest of its text (``mail.imapparts``) and asks
    ``look_at_text_parts`` on all of it, or fetches it whole. So the beginning's files, forwarded
    messages and encoded parts (which only the parser reads) are no reason to parse it now: the
    look on all of its text sends such a message the full way if its text needs it."""
    try:
        light = _look(header, text, len(header) + len(text), received, own_domains, beginning=True)
    except Exception:
        return None
    return replace(light, size=size) if light is not None else None


def look_at_text_parts(header: bytes, body: bytes, *, size: int, received: datetime | None,
                       own_domains: tuple[str, ...] | None = None) -> ParsedMessage | None:
    """``surely_not_request`` on a message rebuilt from its text parts (``imapparts.text_for_look``):
    ``body`` holds all of its text, its files left out. ``size``: the whole message's. Never raises."""
    try:
        light = _look(header, body, len(header) + len(body), received, own_domains)
    except Exception:
        return None
    return replace(light, size=size) if light is not None else None


def _look(header: bytes, text: bytes, size: int, received: datetime | None,
          own_domains: tuple[str, ...] | None, *, beginning: bool = False) -> ParsedMessage | None:
    msg = _HEADER_PARSER.parsebytes(header)
    if any(isinstance(d, MissingHeaderBodySeparatorDefect) for d in msg.defects):
        # A line that is no header (a bare text's first line): the parser's body starts there.
        header, text = _body_where_the_parser_starts_it(header, text)
        msg = _HEADER_PARSER.parsebytes(header)
    if any(not isinstance(d, MisplacedEnvelopeHeaderDefect) for d in msg.defects):
        return None  # a header block the parser may read otherwise (an mbox "From " line it skips alike)
    if not any(name.lower() in MAIL_HEADERS for name in msg):
        return None  # no mail header: the parser reads it otherwise ("not understood")
    light = _light(msg, size, received)
    if light is None:
        return None  # a header the parser reads otherwise
    if own_domains is not None and _machine_sent(light, own_domains):
        return light
    if size > len(header) + len(text):
        return None  # only the beginning was fetched: the rest may hold a P.S. (the safety net's rule)
    head_lower = header.lower()
    text_lower = text.lower()
    both = head_lower + b"\n" + text_lower
    if beginning:  # not a verdict (``nothing_so_far``): what only the parser reads is read later
        text = _ENCODED_LINES.sub(b"", text)  # a file's base64 lines are no words to look at
    elif b"base64" in both:
        return None  # encoded text (or an attachment): only the parser can read it
    elif b"message/rfc822" in both:
        return None  # a forwarded message: the parser lays it out
    elif _FILE.search(both) or any(not t.startswith((b"text/", b"multipart/")) for t in _TYPES.findall(both)):
        return None  # a file, which the parser does not read as text: its text may be empty where this look sees words
    if _MARKERS.search(header) or _MARKERS.search(text):
        return None  # one of our references: threading must see the real text
    for charset in _CHARSET.findall(head_lower + b"\n" + text_lower[:65536]):
        if charset.decode("ascii", "replace") not in _READABLE_CHARSETS:
            return None
    body = binascii.a2b_qp(text) if b"quoted-printable" in head_lower or b"quoted-printable" in text_lower else text
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:  # parts in different charsets: each line as it reads best
        decoded = "\n".join(_line_text(line) for line in body.split(b"\n"))
    html_converted = "<" in decoded and (b"text/html" in head_lower or b"text/html" in text_lower)
    if html_converted:  # the parser's converter lays it out otherwise: anchors by their literals
        decoded = _visible(decoded)
    if "&" in decoded:
        decoded = html.unescape(decoded)
    words = _MIME_LINES.sub("", decoded)  # the words a person reads, not part headers
    if len(words.strip()) < _MIN_TEXT and not beginning:
        return None  # nearly empty: the parser may find text where this look does not

    # Plain text reads as the parser reads it: an anchor met only by its literals passes only if the
    # silence guard may review the mail. HTML by the tag strip: the literals decide (``anchors``).
    # A beginning is no verdict (its text parts are read next): judged as plain text too.
    if text_may_need_a_person(light.subject, decoded, as_read=beginning or not html_converted,
                               guard_text=words):
        return None
    return light


def _body_where_the_parser_starts_it(header: bytes, text: bytes) -> tuple[bytes, bytes]:
    """(header, text) cut where ``email``'s parser ends the header block: at the first line that is
    neither a header nor a continuation (``email.feedparser.headerRE``; then
    ``MissingHeaderBodySeparatorDefect``), that line and all after it the body. The bytes are only
    moved, so the first pass's length still tells whether it held the whole message."""
    lines = header.split(b"\n")
    for index, line in enumerate(lines):
        if line.strip() and not _HEADER_START.match(line):
            return b"\n".join(lines[:index]) + b"\n", b"\n".join(lines[index:]) + text
    return header, text


_HEADER_START = re.compile(rb"From |[\041-\071\073-\176]*:|[\t ]")  # as email.feedparser.headerRE


def _machine_sent(light: ParsedMessage, own_domains: tuple[str, ...]) -> bool:
    """Automated by its header (``detect_automated``) on a signal that no body can undo: not one a
    web-form notification may carry (``form_may_be_automated``: the prefilter lets our own site's
    form through), nor only the weak ones a form body exempts ("Auto-Submitted: auto-generated",
    "Precedence: bulk"). The body only ever adds evidence to these."""
    kind, evidence = detect_automated(light, own_domains=own_domains)
    if kind is None or form_may_be_automated(kind, evidence):
        return False
    return any(e not in _WEAK_AUTOMATED for e in evidence)


_WEAK_AUTOMATED = frozenset({"header:Auto-Submitted=auto-generated", "header:Precedence=bulk",
                             "header:X-Precedence=bulk"})


def _light(msg: Message, size: int, received: datetime | None) -> ParsedMessage | None:
    """The header-only message of mail set aside (None when its header cannot be read cheaply)."""
    subject = _decoded(msg.get("Subject", ""))
    if subject is None:
        return None
    sender_name, sender_email = "", ""
    sender = msg.get("From")
    if sender is not None:
        if str(sender).count("@") != 1:
            return None  # no address, or one as the display name: the parser's reading of it is the one kept
        for name, email in getaddresses([str(sender)]):
            sender_name, sender_email = _decoded(name) or "", email.strip().lower()
            break
    date = _date(msg.get("Date"))
    headers = tuple((k, _decoded(str(v)) or str(v)) for k, v in msg.items())
    ids = {name: str(msg.get(name, "")) for name in ("References", "In-Reply-To", "Message-ID")}
    if any(_MSGID.sub("", value).strip() for value in ids.values()):
        return None  # a comment or a bare id beside the ids: the parser's reading is the one kept
    refs = tuple(_MSGID.findall(ids["References"]))
    reply = _MSGID.findall(ids["In-Reply-To"])
    mid = _MSGID.findall(ids["Message-ID"])
    return ParsedMessage(
        message_id=mid[0] if mid else None,
        subject=subject,
        sender=Address(sender_name, sender_email),
        date=date,
        received=received or date,
        in_reply_to=reply[0] if reply else None,
        references=refs,
        headers=headers,
        text="",
        partial=True,
        size=size,
        defects=("set aside by the quick look (no request words): not parsed",),
    )


def _line_text(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", "replace")


def _visible(markup: str) -> str:
    """The text of HTML (and of any plain part beside it) for the anchors (see ``_HIDDEN``)."""
    return _TAG.sub(_tag_text, _HIDDEN.sub(" ", markup))


def _tag_text(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    shown = " ".join(next(v for v in m.groups() if v is not None) for m in _ATTR.finditer(match.group(3)))
    if shown:
        return f" {shown} "
    return "" if name in _INLINE or name == "a" else "\n"


def _decoded(value: str) -> str | None:
    if "=?" not in value:
        return " ".join(value.split())
    try:
        return " ".join(str(make_header(decode_header(value))).split())
    except Exception:
        return None


def _date(value: object) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        from datetime import UTC

        moment = moment.replace(tzinfo=UTC)
    return moment
