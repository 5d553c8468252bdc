"""Public request references: ``PD-2026-0001`` (year of receipt, then a yearly sequence).

The reference is what staff quote on the phone and what we put in reply subjects as ``[PD-2026-0001]``
so a reply threads back to its request (accepted only from the requester's or agent's address).
"""

from __future__ import annotations

import re

PREFIX = "PD"
REF_PATTERN = re.compile(r"\bPD-(\d{4})-(\d{4,6})\b", re.IGNORECASE)
SUBJECT_TOKEN = re.compile(r"\[\s*(PD-\d{4}-\d{4,6})\s*\]", re.IGNORECASE)
BODY_MARKER = re.compile(r"(?im)^\s*(?:>\s*)*(?:Ref|Reference|Referenz|Référence|Referencia|Riferimento|Referência|Referentie)\s*:\s*(PD-\d{4}-\d{4,6})\b")


def format_ref(year: int, number: int) -> str:
    return f"{PREFIX}-{year:04d}-{number:04d}"


def normalise_ref(text: str) -> str | None:
    """``pd-2026-7`` style input is not accepted; ``pd-2026-0007`` becomes ``PD-2026-0007``."""
    match = REF_PATTERN.fullmatch(text.strip())
    if not match:
        return None
    return format_ref(int(match.group(1)), int(match.group(2)))


def subject_token(subject: str) -> str | None:
    match = SUBJECT_TOKEN.search(subject or "")
    return normalise_ref(match.group(1)) if match else None


def body_marker(text: str) -> str | None:
    match = BODY_MARKER.search(text or "")
    return normalise_ref(match.group(1)) if match else None


def subject_reference(subject: str) -> str | None:
    """A bare ``PD-2026-0007`` in a subject (people retype references without the brackets)."""
    match = REF_PATTERN.search(subject or "")
    return format_ref(int(match.group(1)), int(match.group(2))) if match else None
