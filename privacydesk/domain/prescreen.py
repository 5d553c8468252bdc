"""The first pass's gate: could a message need a person at all? One word test, two entry points.

The IMAP sync reads the header and the first 8 KiB of every message. Most of a mailbox (orders,
invoices, newsletters) holds none of the words the phrase rules or the safety net look for
(``[prefilter] stems`` and ``[net]`` words of every language file, joined in
``ClassifierData.prefilter``), and such mail is set aside without a full classification:

- ``mentions_privacy_words(text)`` — the word test on plain text. ``mail.quicklook`` runs it on raw
  bytes before any MIME parsing (its ``surely_not_request``);
- ``may_need_a_person(msg, profile)`` — the gate on a parsed first pass: False only for automated
  mail, or for a person's mail that was read whole and holds none of the words.

Safety rule (issue 10): what the classifier would file or send to review, neither sets aside. Every
net word is a prefilter word (``classify_data``), a message not read whole is never ruled out by its
beginning, and ``tests/unit/test_quicklook.py`` checks both on every message we have.
"""

from __future__ import annotations

from privacydesk.domain.classify_automated import detect_automated, own_list_tokens
from privacydesk.domain.classify_data import load_classifier_data
from privacydesk.domain.message import ParsedMessage
from privacydesk.domain.profile import CompanyProfile

__all__ = ["FIRST_PASS_PREFIX", "may_need_a_person", "mentions_privacy_words"]

FIRST_PASS_PREFIX = 8192  # characters of text the first pass looks at


def mentions_privacy_words(text: str) -> bool:
    """Any word of the phrase rules or the safety net, of any language, in ``text``."""
    return load_classifier_data().prefilter.search(text.lower()) is not None


def may_need_a_person(msg: ParsedMessage, profile: CompanyProfile) -> bool:
    """Cheap first pass on headers and a text prefix: False only when surely not a request and
    nothing the safety net would send to review.

    Rejects automated mail (auto-replies, bounces, lists) and a person's mail, read whole, whose
    subject and text contain none of the words. Anything uncertain passes: a text cut short (the
    rest may hold a P.S.), an empty text (an HTML-only body not yet converted), or a short text with
    an attachment (a request letter may be attached).
    """
    data = load_classifier_data()
    kind, _ = detect_automated(msg, own_domains=own_list_tokens(profile), data=data)
    if kind is not None:
        return False
    if msg.partial:
        return True
    text = msg.text[:FIRST_PASS_PREFIX]
    if data.prefilter.search(msg.subject.lower()) or data.prefilter.search(text.lower()):
        return True
    stripped = text.strip()
    return not stripped or (bool(msg.attachments) and len(stripped) < 500)
