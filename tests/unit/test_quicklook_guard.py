"""The first pass and the silence guard (issue 14 with issue 10's safety net): mail that meets only an
anchor's literals is set aside unparsed unless the guard may send it to review
(``prescreen.text_may_need_a_person``). The guarantee over every message we have is checked in
``test_quicklook.py``; here, each side of the new path and the reading it relies on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from privacydesk.domain import classify as classify_module
from privacydesk.domain import prescreen
from privacydesk.domain.anchors import anchor_set, prepare, prepare_lines
from privacydesk.domain.classify import classify
from privacydesk.domain.classify_guard import GuardModel, GuardScore, load_guard
from privacydesk.domain.prescreen import (
    GUARD_MARGIN,
    guard_probability,
    may_need_a_person,
    text_may_need_a_person,
)
from privacydesk.domain.profile import load_profile
from privacydesk.mail.parse import parse_message
from privacydesk.mail.quicklook import surely_not_request
from privacydesk.mail.sources import SourceMessage, iter_sources
from privacydesk.resources import DEFAULT_PROFILE

DATA = Path(__file__).resolve().parents[1] / "data"
PROFILE = load_profile(DEFAULT_PROFILE)
SUBJECT = "Re: order 4471"
# "get … details" meets the literals of the access rule "get … my details", not the rule itself.
ORDINARY = ("Hi team,\n\nCould you get the shipping details sorted for order 4471? The spools are needed "
            "by Friday.\n\nThanks,\nSam\n")


def mail(text: str, *, subject: str = SUBJECT, html: bool = False) -> tuple[bytes, bytes]:
    kind = b"text/html" if html else b"text/plain"
    header = (b"From: Sam Buyer <sam@customer.example>\r\nTo: team@3dpros.com\r\nSubject: " + subject.encode()
              + b"\r\nMessage-ID: <g1@customer.example>\r\nMIME-Version: 1.0\r\nContent-Type: " + kind
              + b"; charset=utf-8\r\n\r\n")
    return header, text.replace("\n", "\r\n").encode()


def meets(text: str, *, exact: bool) -> bool:
    return anchor_set().found(prepare(SUBJECT, text), prepare_lines(text), exact=exact)


@pytest.fixture
def eager_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """A guard that would send every dismissed mail to review (threshold 0)."""
    model = load_guard()
    assert model is not None
    monkeypatch.setattr(prescreen, "load_guard", lambda: replace(model, threshold=0.0))


def test_the_ordinary_text_meets_only_literals() -> None:
    assert meets(ORDINARY, exact=False) and not meets(ORDINARY, exact=True)
    model = load_guard()
    assert model is not None and guard_probability(SUBJECT, ORDINARY) < model.threshold - GUARD_MARGIN


def test_mail_meeting_only_literals_is_set_aside_when_the_guard_is_far_below() -> None:
    header, text = mail(ORDINARY)
    assert surely_not_request(header, text, size=len(header) + len(text), received=None) is not None
    assert not may_need_a_person(parse_message(header + text).message, PROFILE)
    verdict = classify(parse_message(header + text).message, PROFILE)
    assert not verdict.is_request and not verdict.needs_review


def test_mail_meeting_only_literals_passes_when_the_guard_may_review(eager_guard: None) -> None:
    header, text = mail(ORDINARY)
    assert surely_not_request(header, text, size=len(header) + len(text), received=None) is None
    assert may_need_a_person(parse_message(header + text).message, PROFILE)


def test_html_keeps_the_literal_test() -> None:
    """Text made from HTML by the quick look's tag strip is not the parser's: the literals decide."""
    header, text = mail("<html><body><p>" + ORDINARY.replace("\n\n", "</p><p>") + "</p></body></html>", html=True)
    assert surely_not_request(header, text, size=len(header) + len(text), received=None) is None
    assert text_may_need_a_person(SUBJECT, ORDINARY, as_read=False)


def test_mail_without_literals_never_asks_the_guard(eager_guard: None) -> None:
    text = "Hi team,\n\nThe spools arrived on time, thanks. Invoice 4471 is paid.\n\nSam\n"
    assert not meets(text, exact=False)
    header, body = mail(text)
    assert surely_not_request(header, body, size=len(header) + len(body), received=None) is not None


@pytest.mark.parametrize("name", ["corpora/negatives/flanker/multi-received-headers.eml",
                                  "corpora/mime/flanker/enclosed-broken.eml"])
def test_a_message_only_the_guard_reviews_reaches_it_as_plain_text(name: str) -> None:
    """Mail the classifier sends to review through the guard alone, its anchors met only by their
    literals, sent as a plain-text mail: neither the quick look nor the prefilter sets it aside."""
    original = parse_message((DATA / name).read_bytes()).message
    header, text = mail(original.text[:6000], subject=original.subject)
    parsed = parse_message(header + text).message
    verdict = classify(parsed, PROFILE)
    assert verdict.needs_review and any(e.startswith("guard:") for e in verdict.evidence)
    prefix = parsed.text[:prescreen.FIRST_PASS_PREFIX]
    assert not anchor_set().found(prepare(parsed.subject, prefix), prepare_lines(prefix), exact=True)
    assert surely_not_request(header, text, size=len(header) + len(text), received=None) is None
    assert may_need_a_person(parsed, PROFILE)


def test_the_prefilter_reads_the_guard_as_the_classifier_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """``guard_probability`` on a parsed message is never below the classifier's own probability,
    on every labelled message the classifier asks the guard about (a change to how ``classify``
    reads the guard must be made in ``prescreen`` too)."""
    seen: list[float] = []
    real = classify_module.guard_score

    def recording(model: GuardModel, units: object) -> GuardScore:
        result = real(model, units)  # type: ignore[arg-type]
        seen.append(result.probability)
        return result

    monkeypatch.setattr(classify_module, "guard_score", recording)
    asked = 0
    for item in iter_sources([DATA / folder for folder in ("mail", "mail-holdout", "classifier-cases", "classifier-net",
                                                          "corpora/negatives", "corpora/mime")]):
        if not isinstance(item, SourceMessage):
            continue
        msg = parse_message(item.raw).message
        seen.clear()
        classify(msg, PROFILE)
        if seen:
            asked += 1
            assert guard_probability(msg.subject, msg.text) >= seen[-1] - 1e-9, item.origin
    print(f"\nthe guard was asked about {asked} messages")
    assert asked > 300
