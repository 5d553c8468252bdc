"""The parser reads any bytes without raising and gives what a reader of the message would see.

Corpus files are parsed once per session (the torture message is 1.8 MB).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacydesk.mail.parse import (
    FINGERPRINT_BODY_BYTES,
    ParseResult,
    fingerprint,
    fingerprint_parts,
    parse_message,
    parse_partial,
)

CORPORA = Path(__file__).resolve().parents[1] / "data" / "corpora"  # vendored public corpora
CORPUS_FILES = sorted(
    p for folder in ("mime", "negatives") for p in (CORPORA / folder).rglob("*")
    if p.is_file() and p.suffix != ".tsv"
) if CORPORA.is_dir() else []
# The negatives corpus has quoted reply bodies without any header (github email_reply_parser),
# and CPython's msg_19 is a bare digest body: not understood as mail, kept raw.
HEADERLESS = {"msg_19.txt"} | {p.name for p in CORPUS_FILES if "email_reply_parser" in str(p)}


def _id(path: Path) -> str:
    return str(path.relative_to(CORPORA))


@cache
def raw_of(relative: str) -> bytes:
    return (CORPORA / relative).read_bytes()


@cache
def parsed(relative: str) -> ParseResult:
    return parse_message(raw_of(relative))


def crlf_split(raw: bytes) -> tuple[bytes, bytes]:
    """What IMAP would hand us: CRLF lines, no mbox From_ line, header block and body."""
    norm = re.sub(rb"\r?\n", b"\r\n", raw)
    if norm.startswith(b"From "):
        norm = norm.split(b"\r\n", 1)[1]
    cut = norm.find(b"\r\n\r\n")
    if cut < 0:
        return norm + b"\r\n", b""
    return norm[:cut + 4], norm[cut + 4:]


def test_corpus_is_there() -> None:
    assert len(CORPUS_FILES) >= 100, f"corpus not found under {CORPORA}"


# -- the whole corpus ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", CORPUS_FILES, ids=_id)
def test_every_corpus_file_parses(path: Path) -> None:
    result = parsed(_id(path))
    message = result.message
    assert result.problems == message.defects
    assert message.size == len(raw_of(_id(path)))
    assert not message.partial
    assert "internal parser error" not in " ".join(result.problems)
    if path.name in HEADERLESS:
        assert not result.understood
        assert message.text  # the readable text is still there for a person
    else:
        assert result.understood, result.problems
        assert message.headers
    assert message.sender.email == message.sender.email.lower()
    assert all(a.size >= 0 for a in message.attachments)


@pytest.mark.parametrize(
    ("relative", "subject", "sender_name", "sender_email"),
    [
        ("mime/spamscope-mail-parser/mail_test_12.eml", "代开各地增值税发票", "张先生", "baoguan@hotmail.com"),
        ("mime/spamscope-mail-parser/mail_test_9.eml", "我把镜头拉近些，你们看看这个是什么屄，这种场合自然少不了内射",
         "xwfcpggy", "zyb@sgis.com.cn"),
        ("mime/spamscope-mail-parser/mail_test_18.eml", "Test for Comma and Name Bugs",
         "LastßlName, FirstName", "comma.name@example.com"),
        ("mime/flanker/from-encoding.eml", "Re: running server as root (Was: Re: PUT method)",
         "Ingo Lütkebohle", "ingo@blank.pages.de"),
        ("mime/flanker/bilingual-simple.eml", "Simple text. How are you? Как ты поживаешь?",
         "Hello", "hello@example.com"),
        ("mime/flanker/encoded-header.eml", "hello", "Foo, Bar", "foo.bar@example.com"),
        # Raw 8-bit UTF-8 in a header (one broken byte at the end) is still read as UTF-8.
        ("mime/flanker/mailformed-headers.eml", "´!", "Юникод запрещен\ufffd", "headers@gmail.com"),
    ],
)
def test_headers_are_decoded(relative: str, subject: str, sender_name: str, sender_email: str) -> None:
    message = parsed(relative).message
    assert message.subject == subject
    assert (message.sender.name, message.sender.email) == (sender_name, sender_email)


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("mime/flanker/8bitmime.eml", "Превел"),
        ("mime/flanker/bilingual-simple.eml", "А эта линия по-русски."),
        ("mime/spamscope-mail-parser/mail_test_12.eml", "我公司可代开各类增值税发票"),
        ("mime/flanker/enclosed-bad-encoding.eml", "чтобы я без вас делал"),
        ("negatives/spamscope-mail-parser/mail_test_5.eml", "Offre valable du 8 mars au 8 avril 2017"),
        ("negatives/spamscope-mail-parser/mail_test_10.eml", "verrà riconosciuto"),
        ("mime/cpython-test_email/msg_25.txt", "Too many hops"),  # multipart without boundary
        ("mime/cpython-test_email/msg_31.txt", "message 1\n\nmessage 2"),  # boundary guessed
    ],
)
def test_text_is_decoded(relative: str, expected: str) -> None:
    assert expected in parsed(relative).message.text


def test_html_only_message_is_converted_to_text() -> None:
    message = parsed("mime/spamscope-mail-parser/mail_test_9.eml").message
    assert message.has_html
    assert "我把镜头拉近些" in message.text
    assert "<" not in message.text and "&nbsp;" not in message.text


def test_html_links_stay_visible() -> None:
    message = parsed("mime/spamscope-mail-parser/mail_malformed_3.eml").message
    assert "Ver on-line <http://calorsolar.tk/?v=1fda4fa5605d>" in message.text


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("mime/cpython-test_email/msg_07.txt", [("dingusfish.gif", "image/gif", 3512)]),
        ("negatives/spamscope-mail-parser/mail_test_15.eml",
         [("REQUEST FOR QUOTE.zip", "application/zip", 251141)]),  # uuencoded
        ("negatives/spamscope-mail-parser/mail_test_10.eml",
         [(None, "image/gif", 27271), (None, "image/gif", 50194), (None, "image/gif", 7962),
          ("Move To Eight ZWEP6227F.pdf", "application/octet-stream", 140061)]),
        ("mime/flanker/bz2-attachment.eml", [("foo.txt.bz2", "application/octet-stream", 44)]),
        # A nested multipart reused its parent's boundary and closed it early: the zip that
        # followed must still be seen.
        ("mime/spamscope-mail-parser/mail_malformed_1.eml",
         [("20160523_916527.jpg_.zip", "application/zip", 86908)]),
    ],
)
def test_attachments_are_listed_with_decoded_size(relative: str, expected: list[tuple[str | None, str, int]]) -> None:
    got = [(a.filename, a.content_type, a.size) for a in parsed(relative).message.attachments]
    assert len(got) == len(expected)
    for (name, ctype, size), (exp_name, exp_ctype, exp_size) in zip(got, expected, strict=True):
        assert (name, ctype) == (exp_name, exp_ctype)
        assert abs(size - exp_size) <= 2  # base64 size is estimated from the encoded length


def test_forwarded_message_is_in_text_with_its_headers() -> None:
    message = parsed("mime/cpython-test_email/msg_46.txt").message
    assert "---------- Forwarded message ----------" in message.text
    assert 'From: "Dr. Sender" <sender@example.net>' in message.text
    assert "Subject: GroupwiseForwardingTest" in message.text
    assert "Testing email forwarding with Groupwise" in message.text


def test_external_body_is_listed_not_fetched() -> None:
    result = parsed("mime/flanker/message-external-body.eml")
    types = [a.content_type for a in result.message.attachments]
    assert types.count("message/external-body") == 2
    assert any("external-body" in p and "not fetched" in p for p in result.problems)


def test_broken_boundary_is_reported() -> None:
    result = parsed("mime/cpython-test_email/msg_15.txt")
    assert any("boundary" in p for p in result.problems)
    assert "Some removed test." in result.message.text


def test_torture_message() -> None:
    result = parsed("mime/flanker/torture.eml")
    assert result.understood
    assert result.message.subject == "Multi-media mail demonstration"
    assert result.message.text.count("---------- Forwarded message ----------") >= 3
    assert len(result.message.attachments) >= 10


def test_mbox_from_line_gives_received() -> None:
    message = parsed("negatives/apache-spamassassin/nice_001.txt").message
    assert message.received == datetime(2001, 5, 16, 0, 40, 34, tzinfo=UTC)
    assert message.date == datetime(2001, 5, 15, 17, 31, 22, tzinfo=timezone(timedelta(hours=-4)))


def test_newest_received_header_gives_received() -> None:
    message = parsed("negatives/flanker/multi-received-headers.eml").message
    assert message.received == datetime(2011, 2, 9, 0, 55, 38, tzinfo=timezone(timedelta(hours=-8)))


def test_same_message_id_different_content_gives_different_fingerprints() -> None:
    names = ["msg_01.txt", "msg_03.txt", "msg_14.txt", "msg_20.txt", "msg_29.txt"]
    results = [parsed(f"mime/cpython-test_email/{n}") for n in names]
    assert {r.message.message_id for r in results} == {"<15090.61304.110929.45684@aaa.zzz.org>"}
    prints = {fingerprint(raw_of(f"mime/cpython-test_email/{n}")) for n in names}
    assert len(prints) == 5


# -- fingerprint and the IMAP first pass --------------------------------------------------------

@pytest.mark.parametrize("path", CORPUS_FILES, ids=_id)
def test_fingerprint_equal_for_whole_file_and_imap_first_pass(path: Path) -> None:
    raw = raw_of(_id(path))
    head, body = crlf_split(raw)
    assert fingerprint(raw) == fingerprint_parts(head, body[:FINGERPRINT_BODY_BYTES])
    assert fingerprint(raw.replace(b"\r\n", b"\n")) == fingerprint(raw)


def test_fingerprint_line_endings_and_mbox_line() -> None:
    lf = b"From: a@example.com\nSubject: hi\n\nbody\nmore\n"
    crlf = lf.replace(b"\n", b"\r\n")
    assert fingerprint(lf) == fingerprint(crlf) == fingerprint(b"From a@example.com Mon Jan  1 00:00:00 2024\n" + lf)
    assert fingerprint(lf) != fingerprint(lf.replace(b"body", b"Body"))
    assert fingerprint_parts(b"From: a@example.com\r\nSubject: hi\r\n", b"body\r\nmore\r\n") == fingerprint(lf)


def test_fingerprint_ignores_body_beyond_first_pass() -> None:
    head = b"From: a@example.com\r\n\r\n"
    body = b"x" * FINGERPRINT_BODY_BYTES
    assert fingerprint(head + body + b"tail one") == fingerprint(head + body + b"tail two")
    # A CRLF cut in the middle by the 8192-byte fetch still matches.
    body = b"y" * (FINGERPRINT_BODY_BYTES - 1) + b"\r\nmore"
    assert fingerprint(head + body) == fingerprint_parts(head, body[:FINGERPRINT_BODY_BYTES])


@pytest.mark.parametrize("path", CORPUS_FILES, ids=_id)
def test_partial_agrees_with_full_parse_on_headers(path: Path) -> None:
    raw = raw_of(_id(path))
    head, body = crlf_split(raw)
    result = parse_partial(head, body[:8192], size=len(raw), received=None)
    full = parsed(_id(path))
    assert result.message.partial
    assert result.message.size == len(raw)
    assert result.understood == full.understood
    if full.understood:
        for field in ("subject", "sender", "to", "cc", "message_id", "date", "references", "in_reply_to"):
            assert getattr(result.message, field) == getattr(full.message, field), field
        # The first words a reader sees are the same (the prefix may hold fewer of them).
        shown = result.message.text[:60]
        assert full.message.text.startswith(shown)


def _multipart(text_part: bytes, attachment_size: int) -> tuple[bytes, bytes]:
    head = (b"From: Ann <ann@example.com>\r\nTo: privacy@3dpros.example\r\nSubject: Delete my data\r\n"
            b"Date: Mon, 2 Mar 2026 10:00:00 +0100\r\nMessage-ID: <m1@example.com>\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="BOUND"\r\n\r\n')
    blob = (b"QUJD" * (attachment_size // 3 + 1))
    lines = b"\r\n".join(blob[i:i + 76] for i in range(0, len(blob), 76))
    body = (b"--BOUND\r\n" + text_part + b"\r\n--BOUND\r\nContent-Type: application/pdf; name=\"id.pdf\"\r\n"
            b"Content-Disposition: attachment; filename=\"id.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + lines + b"\r\n--BOUND--\r\n")
    return head, body


@pytest.mark.parametrize(
    "text_part",
    [
        "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease delete all my data. Grüße, Ann".encode(),
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Please delete all my data. Gr=C3=BC=C3=9Fe, Ann",
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"UGxlYXNlIGRlbGV0ZSBhbGwgbXkgZGF0YS4gR3LDvMOfZSwgQW5u",
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>Please delete all my data.</p><p>Gr&uuml;&szlig;e, Ann</p>",
    ],
)
def test_partial_reads_text_of_a_multipart_cut_midway(text_part: bytes) -> None:
    head, body = _multipart(text_part, 50_000)
    result = parse_partial(head, body[:8192], size=len(head) + len(body), received=None)
    assert result.understood
    assert "Please delete all my data." in result.message.text
    assert "Grüße, Ann" in result.message.text
    assert result.message.partial
    assert not any("end boundary" in p for p in result.problems)  # the cut is expected
    assert [a.filename for a in result.message.attachments] == ["id.pdf"]
    full = parse_message(head + body)
    assert full.message.attachments[0].size == pytest.approx(50_000, abs=4)


@pytest.mark.parametrize("cut", [1, 5, 77, 200, 333])
def test_partial_survives_a_cut_inside_an_encoded_text_part(cut: int) -> None:
    text = "Bitte löschen Sie meine Daten. " * 40
    import base64

    encoded = base64.encodebytes(text.encode()).replace(b"\n", b"\r\n")
    head = (b"From: a@example.de\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n")
    result = parse_partial(head, encoded[:cut * 3], size=10_000, received=None)
    assert result.understood
    assert isinstance(result.message.text, str)
    if cut >= 77:
        assert "Bitte löschen Sie meine Daten." in result.message.text


# -- hand-made edge cases -----------------------------------------------------------------------

def _msg(headers: str, body: bytes = b"Hello", *, extra: bytes = b"") -> bytes:
    return headers.encode() + extra + b"\r\n" + body


def test_received_argument_wins() -> None:
    when = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    raw = _msg("From: a@example.com\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n"
               "Received: from x by y; Tue, 3 Mar 2026 10:00:00 +0000\r\n")
    assert parse_message(raw, received=when).message.received == when
    assert parse_message(raw).message.received == datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def test_date_falls_back_when_no_received_header() -> None:
    message = parse_message(_msg("From: a@example.com\r\nDate: Mon, 2 Mar 2026 10:00:00 -0000\r\n")).message
    assert message.date == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # -0000 is UTC, made aware
    assert message.received == message.date


def test_missing_and_broken_dates_are_problems() -> None:
    missing = parse_message(_msg("From: a@example.com\r\n"))
    assert missing.message.date is None and missing.message.received is None
    assert "message: no Date header" in missing.problems
    broken = parse_message(_msg("From: a@example.com\r\nDate: sometime soon\r\n"))
    assert broken.message.date is None
    assert "message: unreadable Date header" in broken.problems


def test_message_ids_are_normalised() -> None:
    raw = _msg("From: a@example.com\r\nMessage-ID: abc@example.com\r\n"
               "In-Reply-To: Your message of today <req-1@example.org>\r\n"
               "References: <r1@x.example>\r\n <r2@x.example>  r3@x.example\r\n")
    message = parse_message(raw).message
    assert message.message_id == "<abc@example.com>"
    assert message.in_reply_to == "<req-1@example.org>"
    assert message.references == ("<r1@x.example>", "<r2@x.example>")


def test_addresses_are_parsed_and_lowercased() -> None:
    raw = _msg('From: "Müller, Hans" <Hans.Mueller@Example.DE>\r\n'
               "To: privacy@3dpros.example, =?utf-8?q?Jos=C3=A9?= <JOSE@x.example>\r\n"
               "Cc: undisclosed-recipients:;\r\nReply-To: agent@agency.example\r\n")
    message = parse_message(raw).message
    assert (message.sender.name, message.sender.email) == ("Müller, Hans", "hans.mueller@example.de")
    assert [(a.name, a.email) for a in message.to] == [("", "privacy@3dpros.example"), ("José", "jose@x.example")]
    assert message.cc == ()
    assert message.reply_to[0].email == "agent@agency.example"


def test_header_with_invalid_bytes() -> None:
    raw = b"From: Ren\xe9 <rene@example.fr>\r\nSubject: Donn\xe9es personnelles\r\n\r\nBonjour"
    message = parse_message(raw).message
    assert message.subject == "Données personnelles"
    assert message.sender.name == "René"


@pytest.mark.parametrize(
    ("charset", "body", "expected", "problem"),
    [
        ("iso-8859-1", "Löschung".encode("latin-1"), "Löschung", None),
        ("utf-8", "Löschung".encode("latin-1"), "Löschung", "does not match"),  # lying charset
        ("x-nonsense", "Löschung".encode(), "Löschung", "unknown charset"),
        ("gb2312", "删除我的数据".encode("gb18030"), "删除我的数据", None),
        ("windows-1252", b"\x93quoted\x94", "\u201cquoted\u201d", None),
        ("us-ascii", "Lösch".encode(), "Lösch", None),  # 8-bit UTF-8 under an ascii label
    ],
)
def test_body_charsets(charset: str, body: bytes, expected: str, problem: str | None) -> None:
    raw = _msg(f"From: a@example.com\r\nContent-Type: text/plain; charset={charset}\r\n", body)
    result = parse_message(raw)
    assert result.message.text == expected
    if problem:
        assert any(problem in p for p in result.problems)


def test_rfc2047_subject_with_various_encodings() -> None:
    raw = _msg("From: a@example.com\r\nSubject: =?iso-8859-1?q?Demande_d'acc=E8s?= =?utf-8?b?4pyT?=\r\n")
    assert parse_message(raw).message.subject == "Demande d'accès✓"


def test_alternative_prefers_plain_and_lists_inline_images() -> None:
    raw = (b"From: a@example.com\r\nContent-Type: multipart/related; boundary=R\r\n\r\n"
           b"--R\r\nContent-Type: multipart/alternative; boundary=A\r\n\r\n"
           b"--A\r\nContent-Type: text/plain\r\n\r\nPlain words\r\n"
           b"--A\r\nContent-Type: text/html\r\n\r\n<p>Html words</p>\r\n--A--\r\n"
           b"--R\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           b"iVBORw0KGgo=\r\n--R--\r\n")
    message = parse_message(raw).message
    assert message.text == "Plain words"
    assert message.has_html
    assert [(a.content_type, a.size) for a in message.attachments] == [("image/png", 8)]


def test_attachment_text_part_is_not_body() -> None:
    raw = (b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=M\r\n\r\n"
           b"--M\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
           b"--M\r\nContent-Type: text/plain; name=log.txt\r\nContent-Disposition: attachment; filename=\"=?utf-8?q?r=C3=A9sum=C3=A9.txt?=\"\r\n\r\n"
           b"secret log\r\n--M--\r\n")
    message = parse_message(raw).message
    assert message.text == "See attached."
    assert [(a.filename, a.content_type) for a in message.attachments] == [("résumé.txt", "text/plain")]


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \r\n\r\n", b"\x00\x01\x02\xff" * 100, b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
     b"just some words without any header\nsecond line\n"],
    ids=["empty", "blank", "binary", "png", "headerless-text"],
)
def test_not_mail_is_not_understood(raw: bytes) -> None:
    result = parse_message(raw)
    assert not result.understood
    assert result.problems
    assert result.message.size == len(raw)


def test_headerless_text_keeps_its_words() -> None:
    result = parse_message(b"Please delete my account.\nThanks, Bo\n")
    assert not result.understood
    assert result.message.text == "Please delete my account.\nThanks, Bo"


def test_nested_forwards_are_all_in_text() -> None:
    inner = b"From: c@example.com\r\nSubject: original\r\n\r\nI want my data deleted."
    middle = (b"From: b@example.com\r\nSubject: Fwd: original\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
              b"--B\r\nContent-Type: text/plain\r\n\r\nsee below\r\n"
              b"--B\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--B--\r\n")
    outer = (b"From: a@example.com\r\nSubject: Fwd: Fwd: original\r\nContent-Type: message/rfc822\r\n\r\n" + middle)
    text = parse_message(outer).message.text
    assert text.count("---------- Forwarded message ----------") == 2
    assert "I want my data deleted." in text
    assert text.index("Subject: Fwd: original") < text.index("Subject: original")


def test_deep_nesting_is_bounded() -> None:
    raw = b"From: a@example.com\r\nSubject: deep\r\n"
    for level in range(60):
        raw += f"Content-Type: multipart/mixed; boundary=b{level}\r\n\r\n--b{level}\r\n".encode()
    raw += b"Content-Type: text/plain\r\n\r\ndeepest\r\n"
    result = parse_message(raw)
    assert result.understood
    assert any("nested too deeply" in p for p in result.problems)


# -- never raises -------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    result = parse_message(raw)
    assert isinstance(result.message.text, str)
    head, _, body = raw.partition(b"\n\n")
    assert isinstance(parse_partial(head, body, size=len(raw), received=None), ParseResult)
    assert len(fingerprint(raw)) == 64


_INSERTS = [b"\n--", b"=?utf-8?b?", b"?=", b'boundary="x"', b"\r\n\r\n", b"\x00", b"\xff\xfe",
            b"Content-Type: multipart/mixed; boundary=", b"Content-Transfer-Encoding: base64\n",
            b"charset=", b"=?gb2312?q?=", b"Content-Type: message/rfc822\n\n", b"<a href=", b"filename*=",
            b"utf-8''%ff%00", b"Date: ", b"From: <<@>>, ", b"\n ", b"=\n", b"begin 644 x\n"]
_SMALL_CORPUS = [p for p in CORPUS_FILES if p.stat().st_size < 100_000]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_corpus_messages_never_raise(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(_SMALL_CORPUS))
    raw = bytearray(raw_of(_id(path)))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.integers(0, 2))
        if action == 0:
            del raw[at:at + data.draw(st.integers(1, 80))]
        elif action == 1:
            raw[at:at] = data.draw(st.sampled_from(_INSERTS))
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=20))
    result = parse_message(bytes(raw))
    assert isinstance(result.message.text, str)
    assert "internal parser error" not in " ".join(result.problems)
    head, body = crlf_split(bytes(raw))
    assert isinstance(parse_partial(head, body[:8192], size=len(raw), received=None).message.text, str)


def test_very_long_headers_are_read_without_the_structured_parser() -> None:
    """Shapes on which the stdlib's header grammar is quadratic are still read (by the
    regex-based helpers) and noted."""
    raw = (b"From: " + b'"' * 5000 + b" <x@example.com>\r\nSubject: " + b"=?utf-8?q?a?= " * 3000
           + b"\r\nContent-Type: text/plain; " + b"a=b; " * 3000 + b"\r\n\r\nbody")
    result = parse_message(raw)
    assert result.understood
    assert result.message.subject == "a" * 3000
    assert result.message.text == "body"
    assert "message: very long header; read in compatibility mode" in result.problems


def test_unquoted_comma_in_display_name_keeps_the_address() -> None:
    raw = (b"From: Margaret Li, Esq. <mli@lilawgroup.example>\r\nTo: 3dprosteam@gmail.com\r\n"
           b"Subject: CCPA request\r\nMessage-ID: <a@b>\r\nDate: Mon, 2 Nov 2026 10:00:00 -0600\r\n\r\nHello")
    sender = parse_message(raw).message.sender
    assert sender.email == "mli@lilawgroup.example"
    assert sender.name == "Margaret Li, Esq."
