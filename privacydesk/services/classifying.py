"""Classifying one message safely: the step shared by import, sync, review and ``privacydesk classify``.

It sits apart from ``mailimport`` and ``ingest`` so that both can use it without importing each other
(``ingest`` needs it to reopen a message a person marked as a request; ``mailimport`` feeds ``ingest``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from privacydesk.domain.classify import classify
from privacydesk.domain.message import Classification, ParsedMessage
from privacydesk.domain.profile import CompanyProfile
from privacydesk.mail.parse import parse_message

log = logging.getLogger(__name__)


def safe_classify(parsed: ParsedMessage, profile: CompanyProfile) -> Classification:
    """The classifier's verdict; a classifier bug keeps the message for a person instead of losing it."""
    try:
        return classify(parsed, profile)
    except Exception:  # a classifier bug must not lose a message: keep it for a person
        log.exception("classifier failed on a message; kept for review")
        return Classification(is_request=False, needs_review=True,
                              evidence=("the classifier failed on this message; please review it",))


@dataclass(frozen=True)
class ClassifiedFile:
    """What ``privacydesk classify FILE`` shows: whether the bytes were an email, and the verdict."""

    understood: bool
    problems: tuple[str, ...]
    classification: Classification | None


def classify_bytes(raw: bytes, profile: CompanyProfile) -> ClassifiedFile:
    """Parse and classify one message's bytes (pure: nothing is stored)."""
    result = parse_message(raw)
    if not result.understood:
        return ClassifiedFile(False, tuple(result.problems), None)
    return ClassifiedFile(True, tuple(result.problems), safe_classify(result.message, profile))
