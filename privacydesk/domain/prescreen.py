"""The classifier's broadest test, on plain text: does it contain any request stem of any language?

Used by the IMAP first pass to set aside, without MIME parsing, mail that surely is not a request
(``mail.quicklook``). Same stems as ``classify.prefilter`` (``resources/classifier/*.toml``).
"""

from __future__ import annotations

from privacydesk.domain.classify_data import load_classifier_data


def mentions_request_words(text: str) -> bool:
    return load_classifier_data().prefilter.search(text.lower()) is not None
