"""The first pass's gate: could a message need a person at all? One word test, two entry points.

The IMAP sync reads the header and the first 8 KiB of every message. Most of a mailbox (orders,
invoices, newsletters) holds none of the words the phrase rules or the safety net look for
(issue 14: the request anchors of ``domain.anchors``, derived from every language file: each
phrase rule's required literals, the questions' sentence shape, the safety net's words, cited
articles, a form's request-type value), and such mail is set aside without a full classification:

- ``mentions_privacy_words(subject, text)`` — the anchor test on plain text (the classifier asks it
  before its silence guard sends mail to review);
- ``text_may_need_a_person(subject, text, as_read=...)`` — the first pass's word test: the anchors,
  and for a text that meets only an anchor's literals, the silence guard's probability
  (``guard_may_review``). ``mail.quicklook`` runs it on raw bytes before any MIME parsing (its
  ``surely_not_request``);
- ``may_need_a_person(msg, profile)`` — the gate on a parsed first pass: False only for automated
  mail, or for a person's mail that was read whole and holds none of the words.

Safety rule (issue 10): what the classifier would file or send to review, neither sets aside. Every
way to such a verdict is an anchor condition (``domain.anchors``), a message not read whole is never ruled out by its
beginning, and ``tests/unit/test_quicklook.py`` checks both on every message we have.
"""

from __future__ import annotations

from dataclasses import replace

from privacydesk.domain.anchors import anchor_set, prepare, prepare_lines
from privacydesk.domain.classify_automated import detect_automated, own_list_tokens
from privacydesk.domain.classify_data import ClassifierData, load_classifier_data
from privacydesk.domain.classify_guard import load_guard, message_units
from privacydesk.domain.classify_guard import score as guard_score
from privacydesk.domain.classify_notice import writer_lines
from privacydesk.domain.classify_parties import (
    form_domain,
    form_may_be_automated,
    is_form_notification,
    parse_fields,
)
from privacydesk.domain.classify_text import (
    detect_language,
    normalise,
    packs_for,
    split_segments,
    without_unticked,
)
from privacydesk.domain.message import ParsedMessage
from privacydesk.domain.profile import CompanyProfile

__all__ = ["FIRST_PASS_PREFIX", "GUARD_MARGIN", "guard_probability", "may_need_a_person", "mentions_privacy_words",
           "text_may_need_a_person"]

FIRST_PASS_PREFIX = 8192  # characters of text the first pass looks at


def mentions_privacy_words(subject: str, text: str, *, exact: bool = True) -> bool:
    """Does the mail (its subject and its text) meet a request anchor of any language, or is it a
    person's own letter in a language without a rules file (which the classifier sends to review)?
    ``exact``: ``text`` is the text the classifier would read (False: made from HTML by a cheaper
    converter than the parser's; then the anchors' literals decide, see ``domain.anchors``)."""
    data = load_classifier_data()
    return anchor_set(data).found(prepare(subject, text), prepare_lines(text), exact=exact) or \
        unread_language_letter(subject, text, data)


def text_may_need_a_person(subject: str, text: str, *, as_read: bool, guard_text: str | None = None) -> bool:
    """The first pass's word test: could the classifier file this mail or send it to review?

    ``as_read``: ``text`` is the text the classifier reads (parsed, or plain text as the parser
    decodes it), so an anchor is confirmed the way the classifier finds it (``exact``). A text that
    meets only an anchor's literals cannot be filed or reviewed by the rules or the net; only the
    silence guard may still send it to review (``classify`` asks it on mail meeting the literals),
    so it passes only when the guard's probability on this text comes within ``GUARD_MARGIN`` of
    the threshold (``guard_may_review``). False (text made from HTML by a cheaper converter than
    the parser's): the literals decide. ``guard_text``: the text to score when it is not ``text``
    (the whole text of which ``text`` is the first pass's beginning; the text without MIME part
    headers, which the parser never shows).
    """
    data = load_classifier_data()
    anchors = anchor_set(data)
    flat, lines = prepare(subject, text), prepare_lines(text)
    # The literals first (cheapest; a confirmed anchor meets them too), the guard last.
    if anchors.found(flat, lines, exact=False) and (not as_read or anchors.found(flat, lines, exact=True)
                                                    or guard_may_review(subject, guard_text or text, data)):
        return True
    return unread_language_letter(subject, text, data)


# How far below the guard's threshold the first pass still lets mail through. The quick look's text
# is not the parser's (MIME part headers, a preamble, 8 KiB of a longer text), so its probability
# can fall short of the classifier's. ``bench/guard_margin.py`` measured the shortfall on every
# message we have (3,767: labelled mailboxes, classifier cases, public corpora, the sync bench's
# generator): at most 0.23 (a MIME torture test scored 0.31), at most 0.08 on the 484 messages
# scored within 0.3 of the threshold; the prefilter reads the classifier's text (shortfall 0).
# Ordinary mail that meets only literals scores far lower (at most 0.28 on the public negative
# corpora, 0.05 on the generator), so a wide margin costs no parsing; ``test_quicklook`` holds
# every message to it.
GUARD_MARGIN = 0.3


def guard_may_review(subject: str, text: str, data: ClassifierData | None = None) -> bool:
    """Could the silence guard send this mail to review? (Its probability on ``text`` reaches the
    threshold less ``GUARD_MARGIN``.) No shipped guard: never."""
    model = load_guard()
    return model is not None and guard_probability(subject, text, data) >= model.threshold - GUARD_MARGIN


def guard_probability(subject: str, text: str, data: ClassifierData | None = None) -> float:
    """The silence guard's request probability for a mail of this subject and text, read as
    ``classify`` reads it for the guard: unticked form boxes off, the writer's new text without its
    boilerplate tail and footer lines, signature, forward and quotes at their weights. Where the
    reading depends on what this function does not know (whether a forward is the mail itself: a
    forward from our own address), the higher of both readings. 0.0 without a shipped guard."""
    model = load_guard()
    if model is None:
        return 0.0
    data = data or load_classifier_data()
    segments = split_segments(subject, without_unticked(text), data)
    new_norm = normalise(segments.new)
    writer = replace(segments, new=_writer_lines(new_norm, f"{new_norm} {subject.lower()}", data))
    probability = guard_score(model, message_units(subject, writer, False)).probability
    if segments.forwarded:
        probability = max(probability, guard_score(model, message_units(subject, segments, True)).probability)
    return probability


def _writer_lines(new_norm: str, lang_text: str, data: ClassifierData) -> str:
    """The lines of ``new_norm`` the guard reads as the writer's: as ``classify`` leaves out the
    boilerplate tail (in the mail's languages, told as ``classify`` tells them) and footer lines."""
    detected, margin = detect_language(lang_text, data)
    packs = packs_for(detected, margin, data, lang_text)
    return writer_lines(new_norm, packs, data)


def unread_language_letter(subject: str, text: str, data: ClassifierData) -> bool:
    """A letter in the first person in a language without a rules file (``[net.<code>] first_person``):
    the classifier never dismisses one unseen (``classify_net.unread_language_reason``), so neither
    may the first pass. The language is told the way the classifier tells it (stopwords; for a short
    text, stopwords and marks)."""
    net = data.net
    if net is None or not net.first_person:
        return False
    lowered = f"{subject}\n{text}".lower()
    for minimum, marks in ((1.5, False), (0.75, True)):
        language, _ = detect_language(lowered, data, minimum=minimum, marks=marks)
        if language is None or language in data.languages:
            continue
        first_person = net.first_person.get(language)
        if first_person is not None and first_person.search(lowered):
            return True
    return False


def may_need_a_person(msg: ParsedMessage, profile: CompanyProfile) -> bool:
    """Cheap first pass on headers and a text prefix: False only when surely not a request and
    nothing the safety net would send to review.

    Rejects automated mail (auto-replies, bounces, lists) and a person's mail, read whole, whose
    subject and text meet no request anchor. Anything uncertain passes: a text cut short (the
    rest may hold a P.S.) or an empty text (an HTML-only body not yet converted).

    A short text with an attachment is judged by its text like any other (issue 14): the classifier
    reads no attachment, so letting it through only ever bought a classification that says what the
    anchors say (a note that names a request, "please find my deletion request attached", meets
    them). If the classifier ever reads attachments, the anchors must learn that way to a verdict.
    """
    data = load_classifier_data()
    kind, evidence = detect_automated(msg, own_domains=own_list_tokens(profile), data=data)
    if kind is not None:
        return form_may_be_automated(kind, evidence) and _site_form(msg, profile)  # our site's form notification is machine-sent by nature
    if msg.partial:
        return True
    text = msg.text[:FIRST_PASS_PREFIX]
    return text_may_need_a_person(msg.subject, text, as_read=True, guard_text=msg.text) or not text.strip()


def _site_form(msg: ParsedMessage, profile: CompanyProfile) -> bool:
    """Automated mail that is our own site's web-form notification (as ``classify`` tells it)."""
    data = load_classifier_data()
    email = (msg.sender.email or "").lower()
    own = profile.is_own_address(email)
    system = bool(email) and bool(data.system_senders.search(email)) and form_domain(email, profile, data)
    if not (own or system):
        return False
    return is_form_notification(msg, parse_fields(msg.text or "", data), own, system, data)
