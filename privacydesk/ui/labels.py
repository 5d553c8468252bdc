"""Plain words for the vocabulary's identifiers, as the window shows them.

Identifiers (``awaiting_verification``, ``uk_gdpr``) stay in data, the CLI and the database; people
read these words. An identifier without an entry here is shown with underscores replaced, so a new
value added to the vocabulary is still readable before someone writes its label.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime

REGIMES = {
    "gdpr": "GDPR (EU)",
    "uk_gdpr": "UK GDPR",
    "ccpa": "CCPA (California)",
    "ca_shine_the_light": "CA Shine the Light",
    "pipeda": "PIPEDA (Canada)",
    "quebec": "Québec Law 25",
    "fadp": "FADP (Switzerland)",
    "tx_tdpsa": "Texas TDPSA",
    "va_vcdpa": "Virginia VCDPA",
    "co_cpa": "Colorado CPA",
    "ct_ctdpa": "Connecticut CTDPA",
    "can_spam": "CAN-SPAM",
    "unknown": "Unknown",
}

TYPES = {
    "access": "access",
    "deletion": "deletion",
    "correction": "correction",
    "portability": "portability",
    "restriction": "restriction",
    "objection": "objection",
    "withdraw_consent": "withdraw consent",
    "opt_out_sale": "opt-out of sale/sharing",
    "opt_out_marketing": "stop marketing",
    "shine_the_light": "Shine the Light",
    "minor_removal": "minor's removal",
    "complaint": "complaint",
}

STATUSES = {
    "new": "New",
    "acknowledged": "Acknowledged",
    "awaiting_verification": "Awaiting verification",
    "in_progress": "In progress",
    "completed": "Completed",
    "denied": "Denied",
    "withdrawn": "Withdrawn",
    "duplicate": "Duplicate",
    "not_a_request": "Not a request",
}

VERIFICATION = {
    "not_required": "Not required",
    "pending": "Pending",
    "verified": "Verified",
    "failed": "Failed",
}

VERIFICATION_METHODS = {
    "matched_records": "matched our records",
    "code_reply": "replied with a code",
    "document": "identity document",
    "agent_proof": "agent's proof of permission",
}

MILESTONES = {
    "acknowledge_by": "Acknowledge by",
    "respond_by": "Respond by",
    "extension_notice_by": "Tell of extension by",
    "respond_by_extended": "Respond by (extended)",
    "appeal_respond_by": "Answer appeal by",
}

PAUSE_REASONS = {
    "clarification": "waiting for clarification",
    "id": "waiting for proof of identity",
    "fee": "waiting for a fee",
}

# Flags in plain words: what staff should know or do.
FLAGS = {
    "repeat_request": "Repeat request: this person made another access request in the last 12 months "
                      "(a third in 12 months may be refused; staff decide).",
    "agent": "Authorized agent: ask for proof of the consumer's signed permission before acting.",
    "verification_not_allowed": "Do not ask for proof of identity: opt-outs must not require it.",
    "stop_now": "Stop now: stop the marketing immediately (an objection to direct marketing is absolute).",
    "regime_not_confirmed": "Regime not confirmed: the dates are the earliest across the laws in the "
                            "company's notice until someone confirms which law applies.",
    "received_date_uncertain": "Received date uncertain — confirm it: the mail's date could not be read "
                               "whole, so the dates count from the earliest time it could mean.",
}

FLAG_SHORT = {
    "repeat_request": "repeat request",
    "agent": "agent needs proof",
    "verification_not_allowed": "verification not allowed",
    "stop_now": "stop now",
    "regime_not_confirmed": "regime not confirmed",
    "received_date_uncertain": "received date uncertain — confirm it",
}

CLOCK = {
    "on_track": "On track",
    "due_soon": "Due soon",
    "overdue": "Overdue",
    "paused": "Paused",
    "extended": "Extended",
    "closed_on_time": "Closed on time",
    "closed_late": "Closed late",
}

AUDIT_ACTIONS = {
    "request_created": "Request created",
    "status_changed": "Status changed",
    "verification_changed": "Verification changed",
    "regime_changed": "Regime changed",
    "types_changed": "Types changed",
    "assigned": "Assigned",
    "note_added": "Note added",
    "deadline_extended": "Deadline extended",
    "clock_paused": "Clock paused",
    "clock_resumed": "Clock resumed",
    "milestones_recomputed": "Dates recomputed",
    "message_joined": "Message joined the request",
    "message_marked_request": "Message marked as a request",
    "message_marked_not_request": "Message marked as not a request",
}

FILTERS = {
    "open": "Open requests",
    "all": "All requests",
    "due_soon": "Due soon",
    "overdue": "Overdue",
    "paused": "Paused",
    "closed": "Closed",
}


def _fallback(identifier: str) -> str:
    return identifier.replace("_", " ")


def word(table: dict[str, str], identifier: str | None, empty: str = "—") -> str:
    if identifier is None or identifier == "":
        return empty
    return table.get(identifier, _fallback(identifier))


# Short names for the table's narrow column; the workspace uses the full ones above.
REGIMES_SHORT = {
    "gdpr": "GDPR",
    "uk_gdpr": "UK GDPR",
    "ccpa": "CCPA",
    "ca_shine_the_light": "CA Shine the Light",
    "pipeda": "PIPEDA",
    "quebec": "Québec",
    "fadp": "FADP",
    "tx_tdpsa": "TX TDPSA",
    "va_vcdpa": "VA VCDPA",
    "co_cpa": "CO CPA",
    "ct_ctdpa": "CT CTDPA",
    "can_spam": "CAN-SPAM",
    "unknown": "Unknown",
}


def regime(identifier: str, confirmed: bool, short: bool = False) -> str:
    """The regime, marked "(not confirmed)" until staff confirm it (unknown is never confirmed)."""
    name = word(REGIMES_SHORT if short else REGIMES, identifier)
    if identifier == "unknown" or not confirmed:
        return f"{name} (not confirmed)"
    return name


def types(identifiers: Iterable[str]) -> str:
    return ", ".join(word(TYPES, t) for t in identifiers) or "—"


def filter_label(identifier: str) -> str:
    if identifier in FILTERS:
        return FILTERS[identifier]
    return f"Status: {word(STATUSES, identifier)}"


def days(n: int) -> str:
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def clock_text(status: str | None, days_left: int | None) -> str:
    """The days-left cell: words first, so it reads the same without colour."""
    if status is None:
        return "Dates unavailable"
    label = word(CLOCK, status)
    if status in ("closed_on_time", "closed_late"):
        return label
    if status == "paused":
        return f"{label} · waiting for the requester"
    if days_left is None:
        return label
    if days_left < 0:
        return f"{label} · {days(-days_left)} late"
    if days_left == 0:
        return f"{label} · due today"
    return f"{label} · {days(days_left)} left"


def day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def moment(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def tooltip_html(text: str) -> str:
    """A tooltip that shows ``text`` literally and wraps long lines.

    Qt guesses whether a tooltip is rich text (``Qt::mightBeRichText``); text from mail or from a
    requester could look like HTML. Escaping it and wrapping it ourselves makes the guess harmless:
    the markup is ours, the content is always shown as typed.
    """
    if not text:
        return ""
    escaped = html.escape(text, quote=False)
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"
