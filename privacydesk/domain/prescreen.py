"""The first pass's gate: could a message need a person at all? One word test, two entry points.

The IMAP sync reads the header and the first 8 KiB of every message. Most of a mailbox (orders,
invoices, newsletters) holds none of the words the phrase rules or the safety net look for
(issue 14: the request anchors of ``domain.anchors``, derived from every language file: each
phrase rule's required literals, the questions' sentence shape, the safety net's words, cited
articles, a form's request-type value), and such mail is set aside without a full classification:

- ``mentions_privacy_words(subject, text)`` — the anchor test on plain text. ``mail.quicklook``
  runs it on raw bytes before any MIME parsing (its ``surely_not_request``);
- ``may_need_a_person(msg, profile)`` — the gate on a parsed first pass: False only for automated
  mail, or for a person's mail that was read whole and holds none of the words.

Safety rule (issue 10): what the classifier would file or send to review, neither sets aside. Every
way to such a verdict is an anchor condition (``domain.anchors``), a message not read whole is never ruled out by its
beginning, and ``tests/unit/test_quicklook.py`` checks both on every message we have.
"""

from __future__ import annotations

from privacydesk.domain.anchors import anchor_set, prepare, prepare_lines
from privacydesk.domain.classify_automated import detect_automated, own_list_tokens
from privacydesk.domain.classify_data import ClassifierData, load_classifier_data
from privacydesk.domain.classify_parties import (
    form_domain,
    form_may_be_automated,
    is_form_notification,
    parse_fields,
)
from privacydesk.domain.classify_text import detect_language
from privacydesk.domain.message import ParsedMessage
from privacydesk.domain.profile import CompanyProfile

__all__ = ["FIRST_PASS_PREFIX", "may_need_a_person", "mentions_privacy_words"]

FIRST_PASS_PREFIX = 8192  # characters of text the first pass looks at


def mentions_privacy_words(subject: str, text: str, *, exact: bool = True) -> bool:
    """Does the mail (its subject and its text) meet a request anchor of any language, or is it a
    person's own letter in a language without a rules file (which the classifier sends to review)?
    ``exact``: ``text`` is the text the classifier would read (False: made from HTML by a cheaper
    converter than the parser's; then the anchors' literals decide, see ``domain.anchors``)."""
    data = load_classifier_data()
    return anchor_set(data).found(prepare(subject, text), prepare_lines(text), exact=exact) or \
        unread_language_letter(subject, text, data)


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
    if anchor_set(data).found(prepare(msg.subject, text), prepare_lines(text), exact=False):
        return True
    if unread_language_letter(msg.subject, text, data):
        return True
    return not text.strip()


def _site_form(msg: ParsedMessage, profile: CompanyProfile) -> bool:
    """Automated mail that is our own site's web-form notification (as ``classify`` tells it)."""
    data = load_classifier_data()
    email = (msg.sender.email or "").lower()
    own = profile.is_own_address(email)
    system = bool(email) and bool(data.system_senders.search(email)) and form_domain(email, profile, data)
    if not (own or system):
        return False
    return is_form_notification(msg, parse_fields(msg.text or "", data), own, system, data)
