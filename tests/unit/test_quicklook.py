"""The IMAP first pass (the quick look on raw bytes, then the gate on the parsed first pass) never
sets aside mail the classifier would file or send to review (issue 10's safety net), on every
message we have: labelled mailboxes, classifier cases and the public corpora of ordinary mail."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacydesk.domain.anchors import anchor_set, prepare, prepare_lines
from privacydesk.domain.classify import classify
from privacydesk.domain.classify_automated import own_list_tokens
from privacydesk.domain.message import ParsedMessage
from privacydesk.domain.prescreen import GUARD_MARGIN, guard_probability, may_need_a_person
from privacydesk.domain.profile import load_profile
from privacydesk.mail import quicklook
from privacydesk.mail.parse import parse_message, parse_partial
from privacydesk.mail.quicklook import surely_not_request
from privacydesk.mail.sources import SourceMessage, iter_sources
from privacydesk.resources import DEFAULT_PROFILE

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = ["mail", "mail-holdout", "mail-evalA", "mail-evalB", "mail-evalC", "corpora/mime", "corpora/negatives", "classifier-cases",
           "classifier-net"]
PREFIX = 8192


def whole_size(raw: bytes) -> int:
    """The size of the message as ``first_pass`` sees it (CRLF line ends)."""
    return len(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


def first_pass(raw: bytes) -> tuple[bytes, bytes]:
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    cut = raw.find(b"\r\n\r\n")
    if cut < 0:
        return raw + b"\r\n\r\n", b""
    return raw[:cut + 4], raw[cut + 4:cut + 4 + PREFIX]


def corpus() -> list[tuple[str, bytes]]:
    out = []
    for folder in FOLDERS:
        for item in iter_sources([DATA / folder]):
            if isinstance(item, SourceMessage):
                out.append((item.origin, item.raw))
    return out


MESSAGES = corpus()


def test_the_corpus_is_large() -> None:
    assert len(MESSAGES) > 500


def parsed_first_pass(header: bytes, text: bytes, size: int) -> ParsedMessage:
    """As the sync does: the whole message when the first pass held it all, else its beginning."""
    if size <= len(header) + len(text):
        return parse_message(header + text).message
    return parse_partial(header, text, size=size, received=None).message


def test_never_sets_aside_what_the_prefilter_passes() -> None:
    profile = load_profile(DEFAULT_PROFILE)
    set_aside = wrongly = 0
    for (origin, raw), own in ((m, own) for m in MESSAGES for own in (None, own_list_tokens(profile))):
        header, text = first_pass(raw)
        size = whole_size(raw)
        # As a caller without a profile, and as the sync (machine-sent mail set aside by its header).
        light = surely_not_request(header, text, size=size, received=None, own_domains=own)
        if light is None:
            continue
        set_aside += 1
        parsed = parsed_first_pass(header, text, size)
        if may_need_a_person(parsed, profile):
            wrongly += 1
            print("set aside but the prefilter passes it:", origin)
        assert light.message_id == parsed.message_id
        assert light.in_reply_to == parsed.in_reply_to
        assert light.sender.email == parsed.sender.email
    print(f"\nquick look set aside {set_aside} of {len(MESSAGES)} messages")
    assert wrongly == 0
    assert set_aside > 20  # it does its job on ordinary mail


@pytest.mark.parametrize("body", [
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nPlease delete my account and all my data.\r\n",
    b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nBitte l\xf6schen Sie meine Daten, danke sehr.\r\n",
    b"Content-Type: text/html\r\n\r\n<p>I want a copy of my personal data &amp; more, thanks a lot.</p>\r\n",
    b"Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Bitte l=C3=B6schen Sie alle meine Daten, vielen Dank f=C3=BCr Ihre Hilfe.\r\n",
])
def test_requests_are_never_set_aside(body: bytes) -> None:
    header = (b"From: A <a@example.com>\r\nTo: b@example.com\r\nSubject: hello\r\n"
              b"Message-ID: <q1@example.com>\r\nMIME-Version: 1.0\r\n")
    cut = body.find(b"\r\n\r\n")
    assert surely_not_request(header + body[:cut + 4], body[cut + 4:], size=200, received=None) is None


def test_ordinary_mail_is_set_aside_with_its_headers() -> None:
    header = (b"From: =?utf-8?q?Bj=C3=B6rn?= <bjorn@supplier.example>\r\nTo: 3dprosteam@gmail.com\r\n"
              b"Subject: Invoice 4471 for PLA filament\r\nMessage-ID: <inv4471@supplier.example>\r\n"
              b"In-Reply-To: <order88@3dpros.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 -0600\r\n"
              b"Content-Type: text/plain; charset=utf-8\r\n\r\n")
    text = b"Hello, attached below are the totals for your order of 12 spools. Payment due in 30 days.\r\n"
    light = surely_not_request(header, text, size=len(header) + len(text), received=None)
    assert light is not None
    assert light.sender.name == "Bj\u00f6rn" and light.sender.email == "bjorn@supplier.example"
    assert light.in_reply_to == "<order88@3dpros.com>" and light.subject.startswith("Invoice 4471")


def test_the_first_pass_never_sets_aside_what_the_classifier_would_review() -> None:
    """Whatever the first pass rules out (quick look or the gate), the full classifier would neither
    file nor send to review: over every message we have, the public negative corpora included."""
    profile = load_profile(DEFAULT_PROFILE)
    ruled_out = missed = 0
    own = own_list_tokens(profile)
    for origin, raw in MESSAGES:
        header, text = first_pass(raw)
        size = whole_size(raw)
        if surely_not_request(header, text, size=size, received=None, own_domains=own) is None and may_need_a_person(
                parsed_first_pass(header, text, size), profile):
            continue
        ruled_out += 1
        verdict = classify(parse_message(raw).message, profile)
        if verdict.is_request or verdict.needs_review:
            missed += 1
            print("ruled out by the first pass, but the classifier says", verdict.review_reason or "request",
                  origin)
    print(f"\nfirst pass ruled out {ruled_out} of {len(MESSAGES)} messages")
    assert missed == 0
    assert ruled_out > 20


def test_a_message_read_only_in_part_is_never_set_aside() -> None:
    """A P.S. below 8 KiB of quoted order thread: the beginning alone cannot rule the mail out."""
    header = (b"From: A <a@example.com>\r\nTo: b@example.com\r\nSubject: Re: order 1234\r\n"
              b"Content-Type: text/plain; charset=utf-8\r\n\r\n")
    text = b"> Your order has shipped.\r\n" * 400
    assert surely_not_request(header, text[:PREFIX], size=len(header) + len(text) + 200, received=None) is None
    parsed = parse_partial(header, text[:PREFIX], size=len(header) + len(text) + 200, received=None).message
    assert may_need_a_person(parsed, load_profile(DEFAULT_PROFILE))


def test_the_quick_looks_guard_reading_stays_within_the_margin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the quick look scores the silence guard (plain text that meets only an anchor's
    literals), its probability falls short of the one on the whole parsed message by less than
    ``GUARD_MARGIN``, on every message whose plain text it reads (requests too: they score near
    the threshold); and the path sets aside ordinary mail that meets literals only."""
    looked: list[tuple[str, str]] = []
    real = quicklook.text_may_need_a_person

    def recording(subject: str, text: str, *, as_read: bool, guard_text: str | None = None) -> bool:
        if as_read:
            looked.append((subject, text if guard_text is None else guard_text))
        return real(subject, text, as_read=as_read, guard_text=guard_text)

    monkeypatch.setattr(quicklook, "text_may_need_a_person", recording)
    anchors = anchor_set()
    scored = literals_only = 0
    worst = 0.0
    for origin, raw in MESSAGES:
        header, text = first_pass(raw)
        looked.clear()
        light = surely_not_request(header, text, size=whole_size(raw), received=None)
        if not looked:
            continue
        subject, words = looked[-1]
        parsed = parse_message(raw).message
        shortfall = guard_probability(parsed.subject, parsed.text) - guard_probability(subject, words)
        worst = max(worst, shortfall)
        assert shortfall < GUARD_MARGIN, origin
        scored += 1
        flat, lines = prepare(subject, words), prepare_lines(words)
        if light is not None and anchors.found(flat, lines, exact=False):
            literals_only += 1
    print(f"\nguard read on {scored} quick looks, largest shortfall {worst:.3f}; "
          f"{literals_only} set aside meeting literals only")
    assert scored > 500
    assert literals_only > 0


def test_a_bare_text_under_a_few_headers_is_read_from_where_the_parser_starts_its_body() -> None:
    """A line that is no header ends the header block for the parser; its words are the body's."""
    raw = (b"Message-ID: <bare@example.org>\r\nDate: Mon, 23 Nov 2026 10:00:00 -0600\r\n"
           b"Please delete my account and all my data.\r\n\r\nThe order from last week arrived, thanks.\r\n")
    header, text = first_pass(raw)
    assert "delete my account" in parse_message(raw).message.text
    assert surely_not_request(header, text, size=whole_size(raw), received=None) is None
    ordinary = raw.replace(b"Please delete my account and all my data.", b"Hello from the workshop.")
    header, text = first_pass(ordinary)
    assert surely_not_request(header, text, size=whole_size(ordinary), received=None) is not None
