"""Plain words for everything a person reads: laws, request types, statuses, dates, plurals.

One place, used by the window, the CLI's human output and the services' sentences ("what to do next"),
so a law is called the same everywhere (issue 8: "regime labels are the same in every place").
Identifiers (``uk_gdpr``, ``respond_by``) stay in data, the database and ``--json``; people read these.

An identifier without an entry here is still shown readably (underscores replaced, capitalised), so a
value added to the vocabulary later (a new law) never shows as raw code. Pure: no Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, tzinfo

# -- the vocabulary in words ----------------------------------------------------------------------

class _RegimeNames(Mapping[str, str]):
    """Each law once, as the rule files name it ("California (CCPA)"): the deadline engine's
    explanations, the window and the CLI all read the same ``label`` (``resources/regimes/*.toml``).
    Loaded on first use; "unknown" reads as "Law not known yet"."""

    def _table(self) -> Mapping[str, str]:
        from privacydesk.domain.deadline_rules import regime_labels

        table = dict(regime_labels())
        table["unknown"] = "Law not known yet"
        return table

    def __getitem__(self, key: str) -> str:
        return self._table()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


REGIMES: Mapping[str, str] = _RegimeNames()

TYPES: Mapping[str, str] = {
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
    "appeal": "appeal",
    "limit_sensitive": "limit sensitive data",
}

STATUSES: Mapping[str, str] = {
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

VERIFICATION: Mapping[str, str] = {
    "not_required": "Not required",
    "pending": "Pending",
    "verified": "Verified",
    "failed": "Failed",
}

VERIFICATION_METHODS: Mapping[str, str] = {
    "matched_records": "matched our records",
    "code_reply": "replied with a code",
    "document": "identity document",
    "agent_proof": "agent's proof of permission",
}

#: Milestones as a heading ("Confirm receipt by: Mon 23 Nov").
MILESTONES: Mapping[str, str] = {
    "acknowledge_by": "Confirm receipt by",
    "respond_by": "Answer by",
    "extension_notice_by": "Tell of an extension by",
    "respond_by_extended": "Answer by (extended)",
    "appeal_respond_by": "Answer the appeal by",
}

#: Milestones as the thing to do ("Confirm receipt", "Send the answer").
MILESTONE_TASKS: Mapping[str, str] = {
    "acknowledge_by": "Confirm receipt",
    "respond_by": "Send the answer",
    "extension_notice_by": "Tell the requester about an extension",
    "respond_by_extended": "Send the answer",
    "appeal_respond_by": "Answer the appeal",
}

PAUSE_REASONS: Mapping[str, str] = {
    "clarification": "waiting for clarification",
    "id": "waiting for proof of identity",
    "fee": "waiting for a fee",
}

SOURCES: Mapping[str, str] = {
    "email": "email",
    "form": "web form",
    "phone": "phone",
    "post": "post",
    "in_person": "in person",
    "manual": "entered by hand",
}

#: Flags in plain words: what staff should know or do.
FLAGS: Mapping[str, str] = {
    "repeat_request": "Repeat request: this person made another access request in the last 12 months "
                      "(a third in 12 months may be refused; staff decide).",
    "agent": "Authorized agent: ask for proof of the consumer's signed permission before acting.",
    "verification_not_allowed": "Do not ask for proof of identity: opt-outs must not require it.",
    "stop_now": "Stop now: stop the marketing immediately (an objection to direct marketing is absolute).",
    "regime_not_confirmed": "Law not confirmed: each date is the earliest under the laws your privacy notice "
                            "covers, until someone confirms which law applies.",
    "received_date_uncertain": "Received date uncertain — confirm it: the message's date could not be read "
                               "exactly, so its deadlines count from the earliest day it could mean.",
}

FLAG_SHORT: Mapping[str, str] = {
    "repeat_request": "repeat request",
    "agent": "agent needs proof",
    "verification_not_allowed": "no identity proof allowed",
    "stop_now": "stop now",
    "regime_not_confirmed": "law not confirmed",
    "received_date_uncertain": "received date uncertain",
}

#: How a closed request ended (the register's ``outcome``).
OUTCOMES: Mapping[str, str] = {
    "complied_full": "Done in full",
    "complied_partial": "Done in part",
    "denied": "Denied",
}

CLOCK: Mapping[str, str] = {
    "on_track": "On track",
    "due_soon": "Due soon",
    "overdue": "Overdue",
    "paused": "Paused",
    "extended": "Extended",
    "closed_on_time": "Closed on time",
    "closed_late": "Closed late",
}

#: Reply letters (template names, ``resources/templates``) by what they do, in the order a request
#: meets them — the words staff choose a letter by in the composer and read in the history.
LETTERS: Mapping[str, str] = {
    "acknowledgement": "Confirm receipt",
    "verification_request": "Ask for proof of identity (one-time code)",
    "agent_proof_request": "Ask the agent for proof of authority",
    "clarification": "Ask the requester a question",
    "extension_notice": "Extend the deadline",
    "access_response": "Answer: the personal information we hold",
    "portability_response": "Answer: their data as files (JSON and CSV)",
    "deletion_done": "Done: personal information deleted",
    "correction_done": "Done: personal information corrected",
    "opt_out_sale_done": "Done: opted out of sale or sharing",
    "opt_out_marketing_done": "Done: no more marketing",
    "objection_done": "Done: processing stopped or restricted",
    "shine_the_light_response": "Answer: Shine the Light disclosures",
    "minor_removal_done": "Done: a minor's content removed",
    "denial": "Refuse the request (with reasons)",
    "verification_failed": "Identity could not be verified (closes it)",
}

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def readable(identifier: str) -> str:
    """A readable fallback for an identifier nobody has worded yet."""
    text = identifier.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else text


def word(table: Mapping[str, str], identifier: str | None, empty: str = "—") -> str:
    if identifier is None or identifier == "":
        return empty
    return table.get(identifier, readable(identifier))


def regime_label(identifier: str | None, confirmed: bool = True) -> str:
    """The one name of a law, marked "not confirmed" until staff confirm it (unknown never is)."""
    if not identifier or identifier == "unknown":
        return REGIMES["unknown"]
    name = REGIMES.get(identifier) or identifier.replace("_", " ").upper()
    return name if confirmed else f"{name}, not confirmed"


def type_label(identifier: str) -> str:
    return word(TYPES, identifier)


def types_label(identifiers: Iterable[str]) -> str:
    return ", ".join(word(TYPES, t) for t in identifiers) or "—"


def letter_label(template: str | None) -> str:
    """A reply letter by what it does ("Confirm receipt"); a user's own template by its name in words."""
    return word(LETTERS, template, "a reply")


def status_label(identifier: str | None) -> str:
    return word(STATUSES, identifier)


# -- numbers and plurals --------------------------------------------------------------------------

def plural(n: int, singular: str, many: str | None = None) -> str:
    """``1 message``, ``2 messages``, ``1 reply``, ``3 replies``."""
    return f"{n} {singular if n == 1 else (many or singular + 's')}"


def days(n: int) -> str:
    return plural(n, "day")


# -- dates ------------------------------------------------------------------------------------------

def day(value: date | None, today: date | None = None, *, weekday: bool = True) -> str:
    """``Mon 23 Nov`` (this year) or ``Mon 23 Nov 2027``; ``—`` for none. Never ISO for people."""
    if value is None:
        return "—"
    text = f"{value.day} {_MONTHS[value.month - 1]}"
    if today is None or value.year != today.year:
        text += f" {value.year}"
    return f"{_WEEKDAYS[value.weekday()]} {text}" if weekday else text


def moment(value: datetime | None, tz: tzinfo | None = None, today: date | None = None) -> str:
    """``Mon 23 Nov, 14:05`` in ``tz`` (the company's time zone); never seconds or microseconds."""
    if value is None:
        return "—"
    if tz is not None and value.tzinfo is not None:
        value = value.astimezone(tz)
    return f"{day(value.date(), today)}, {value.hour:02d}:{value.minute:02d}"


def relative_days(n: int) -> str:
    """How far a date is from today, in words: ``today``, ``tomorrow``, ``in 3 days``, ``2 days ago``."""
    if n == 0:
        return "today"
    if n == 1:
        return "tomorrow"
    if n == -1:
        return "yesterday"
    return f"in {days(n)}" if n > 0 else f"{days(-n)} ago"


def clock_text(status: str | None, days_left: int | None) -> str:
    """The clock in words first (so it reads the same without colour): ``Due soon · 2 days left``."""
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


# -- engine text for people ---------------------------------------------------------------------------

_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b(?: \((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\))?")
_UNCONFIRMED_PREFIX = re.compile(r"^\[([a-z_]+); regime not confirmed, earliest of [^\]]*\]\s*")
_TYPE_PREFIX = re.compile(r"^\[([a-z_]+)\]\s*")
_WORDS: tuple[tuple[str, str], ...] = (
    ("its respond_by", "its answer date"),
    ("their respond_by", "their answer date"),
    ("Company notice stricter than the law", "Your privacy notice is stricter than the law"),
    ("the company notice", "your privacy notice"),
    ("company notice", "your privacy notice"),
    ("Company notice", "Your privacy notice"),
    ("respond_by_extended", "the extended answer date"),
    ("extension_notice_by", "the extension notice date"),
    ("appeal_respond_by", "the appeal answer date"),
    ("acknowledge_by", "the confirm-receipt date"),
    ("respond_by", "the answer date"),
    ("regime not confirmed", "law not confirmed"),
    (" (principle 3)", ""),
    (" (principle 6)", ""),
)


def humanize(text: str) -> str:
    """Engine and rule text with the identifiers replaced by words and ISO dates made readable.

    Used for "Why this date?" and refusals: the legal citations stay, ``uk_gdpr``/``respond_by``/
    ``2026-11-23 (Mon)`` become ``UK GDPR``/``the answer date``/``Mon 23 Nov 2026``.
    """
    out = _ISO_DAY.sub(lambda m: day(date(int(m[1]), int(m[2]), int(m[3]))), text)
    for key, value in _WORDS:
        out = out.replace(key, value)
    out = re.sub(r"\b(" + "|".join(sorted((k for k in REGIMES if k != "unknown"), key=len, reverse=True))
                 + r")\b", lambda m: REGIMES[m[1]], out)
    out = re.sub(r"\b(" + "|".join(sorted((k for k in TYPES if "_" in k), key=len, reverse=True)) + r")\b",
                 lambda m: TYPES[m[1]], out)
    return re.sub(r"\s{2,}", " ", out).replace(" ,", ",").strip()


def explanation_parts(explanation: str) -> tuple[str | None, str | None, str]:
    """Split the engine's prefixes off an explanation: (request type, law that set the date while the
    law is not confirmed, the rest). The prefixes are shown once, in words, not on every line."""
    rtype = None
    match = _TYPE_PREFIX.match(explanation)
    if match and match[1] in TYPES:
        rtype, explanation = match[1], explanation[match.end():]
    regime = None
    match = _UNCONFIRMED_PREFIX.match(explanation)
    if match:
        regime, explanation = match[1], explanation[match.end():]
    return rtype, regime, explanation


_NO_EXTENSION = re.compile(r"^no extension for ([a-z_]+) under ([a-z_]+): (.*)$")
_UNCONFIRMED_NOTE = re.compile(r"^regime not confirmed: each date is the earliest under the covered regimes "
                               r"\(([^)]*)\)$")


def merge_notes(notes: Iterable[str]) -> list[str]:
    """The engine's notes in words, the ones that repeat per law merged into one line.

    ``no extension for opt_out_sale under gdpr: X`` and the same under ``ccpa`` become one note naming
    both laws; the "regime not confirmed" note lists the laws by name.
    """
    merged: dict[tuple[str, str], list[str]] = {}
    order: list[tuple[str, str] | str] = []
    for note in notes:
        match = _NO_EXTENSION.match(note)
        if match:
            rtype, regime, why = match[1], match[2], match[3].replace(f"under {match[2]}", "").strip()
            key = (rtype, why)
            if key not in merged:
                merged[key] = []
                order.append(key)
            if regime not in merged[key]:
                merged[key].append(regime)
            continue
        match = _UNCONFIRMED_NOTE.match(note)
        if match:
            laws = ", ".join(regime_label(r.strip()) for r in match[1].split(","))
            text = ("The law is not confirmed yet, so each date is the earliest under the laws your "
                    f"privacy notice covers: {laws}.")
        else:
            text = humanize(note)
            text = text[:1].upper() + text[1:]
            if not text.endswith("."):
                text += "."
        if text not in order:
            order.append(text)
    out: list[str] = []
    for item in order:
        if isinstance(item, str):
            out.append(item)
            continue
        rtype, why = item
        laws = ", ".join(regime_label(r) for r in merged[item])
        out.append(f"No extension for {type_label(rtype)} under {laws}: {humanize(why)}.")
    return out
