"""The audit trail as sentences: "Ana marked identity verified (matched our records)".

Written from an event's action and its before/after values, as stored (the storage is the audit
service's business; this only words it). Every event also has its exact record one click away
(``exact_text``). An action this module does not know yet still gets a readable sentence.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from privacydesk.domain import wording
from privacydesk.services.request_detail import AuditEntry
from privacydesk.ui import labels

MILESTONE_KEYS = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended")
SYSTEM_ACTORS = {"import": "PrivacyDesk (mail import)", "demo": "PrivacyDesk (demo mailbox)",
                 "mail": "PrivacyDesk", "system": "PrivacyDesk"}
THREADING = {"In-Reply-To/References": "it answers an earlier message of this request",
             "reference in the subject": "its subject names this request",
             "reference marker in the body": "its text names this request",
             "reply to the same subject from the requester": "the requester replied on the same subject"}
#: Replies (issue 9): what happened to a letter, worded around it.
REPLY_EVENTS = {
    "reply_sent": "sent {letter}",
    "reply_drafted": "saved {letter} in the mailbox's Drafts folder",
    "reply_failed": "tried to send {letter}; it was not sent",
    "reply_uncertain": "sent {letter}, but the connection broke: it may not have arrived",
    "reply_not_sent": "recorded that {letter} was not sent",
    "reply_retried": "sent {letter} again",
    "reply_withdrawn": "took {letter}, which was not sent, out of the outbox",
    "reply_change_not_applied": "sent {letter}, but the request could not be changed as it says",
    "suggestion_dismissed": "left the request as it was after {letter} was found in the Sent folder",
    "sent_copy_recognised": "found the mail server's copy of {letter} in the Sent folder",
}
PERSONAL_KEYS = {"requester_name": "name", "requester_emails": "email addresses",
                 "requester_phone": "phone number", "requester_address": "postal address"}


def actor_words(actor: str) -> str:
    """Who did it: the staff member's name as configured, or what PrivacyDesk did by itself."""
    if actor.startswith("sync:"):
        return f"PrivacyDesk (mailbox {actor.split(':', 1)[1]})"
    return SYSTEM_ACTORS.get(actor, actor or "Someone")


def _day(value: Any) -> str:
    if isinstance(value, str):
        try:
            return labels.day(date.fromisoformat(value[:10]))
        except ValueError:
            return value
    return "—" if value is None else str(value)


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _moved_dates(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    moved = []
    for key in MILESTONE_KEYS:
        if key in after and key in before and before.get(key) != after.get(key):
            old, new = before.get(key), after.get(key)
            label = labels.word(labels.MILESTONES, key)
            if old is None:
                moved.append(f"{label} now {_day(new)}")
            elif new is None:
                moved.append(f"{label} no longer applies")
            else:
                moved.append(f"{label} {_day(old)} → {_day(new)}")
    return "; dates: " + ", ".join(moved) if moved else ""


def _with(detail: str | None, word: str = "reason") -> str:
    return f" ({word}: {detail})" if detail else ""


def _by_letter(after: Mapping[str, Any], detail: str | None) -> tuple[str, str | None]:
    """A change a reply made: (" by sending the letter “…”", the detail without the service's
    "letter <template>" note, which would show a file name)."""
    template = after.get("template")
    if not template:
        return "", detail
    if detail and detail.strip() == f"letter {template}":
        detail = None
    return f" by sending the letter “{wording.letter_label(str(template))}”", detail


def sentence(entry: AuditEntry, own_ref: str | None = None) -> str:
    """One event in words, naming who did it."""
    who = actor_words(entry.actor)
    b, a, detail = entry.before, entry.after, entry.detail
    action = entry.action
    by_letter = ""
    if action in ("status_changed", "verification_changed", "deadline_extended", "clock_paused"):
        by_letter, detail = _by_letter(a, detail)
    if action == "request_created":
        source, _, appeal = (detail or "").removeprefix("source: ").strip().partition("; appeal of ")
        how = {"email": "from an email", "form": "from a web form", "phone": "(by phone)",
               "post": "(by post)", "in_person": "(in person)", "manual": "by hand"}.get(source.strip(), "")
        text = f"{who} opened the request {how}".rstrip()
        if appeal:
            text += f", an appeal of {appeal.strip()}"
    elif action == "status_changed":
        text = (f"{who} changed the status from {labels.word(labels.STATUSES, b.get('status'))} to "
                f"{labels.word(labels.STATUSES, a.get('status'))}")
        if a.get("acknowledged"):
            text += ", recording that receipt was confirmed"
        if a.get("outcome"):
            text += f" (outcome: {labels.word(labels.OUTCOMES, a['outcome']).lower()})"
        if a.get("denial_basis"):
            text += f" (reason for denial: {a['denial_basis']})"
        if a.get("response_nature"):
            text += f" (what was sent: {a['response_nature']})"
        text += by_letter + _with(detail)
    elif action == "verification_changed":
        state = a.get("verification")
        if state == "verified":
            method = labels.word(labels.VERIFICATION_METHODS, a.get("verification_method"), "no method given")
            text = f"{who} marked identity verified ({method})"
        elif state == "failed":
            text = f"{who} recorded that identity could not be verified"
        elif state == "not_required":
            text = f"{who} marked identity verification as not required"
        else:
            text = f"{who} set identity verification back to pending"
        text += by_letter + _with(detail, "note")
    elif action == "regime_changed":
        old, new = b.get("regime"), a.get("regime")
        if old == new or old in (None, "unknown"):
            text = f"{who} confirmed the law: {labels.regime(str(new))}"
        else:
            text = f"{who} changed the law from {labels.regime(str(old))} to {labels.regime(str(new))}"
    elif action == "types_changed":
        text = (f"{who} changed what the request asks for: {labels.types(b.get('types') or [])} → "
                f"{labels.types(a.get('types') or [])}")
    elif action == "assigned":
        text = f"{who} assigned the request to {a['assignee']}" if a.get("assignee") else f"{who} unassigned the request"
    elif action == "note_added":
        text = f"{who} added a note"
    elif action == "deadline_extended":
        to = f" to {_day(a['extended_to'])}" if a.get("extended_to") else ""
        text = f"{who} extended the deadline{to}{by_letter}" + _with(a.get("extension_reason") or detail)
    elif action == "clock_paused":
        why = labels.word(labels.PAUSE_REASONS, a.get("waiting_for"), "waiting")
        text = f"{who} stopped the clock, {why} (since {_day(a.get('since'))}){by_letter}" + _with(detail, "note")
    elif action == "clock_resumed":
        text = f"{who} restarted the clock (what was awaited arrived on {_day(a.get('resumed_on'))})"
    elif action == "milestones_recomputed":
        text = f"{who} recomputed the dates after the rules or the company profile changed"
    elif action == "message_joined":
        how = (detail or "").removeprefix("threaded by ").strip()
        why = THREADING.get(how, how)
        text = f"{who} added a new message to the thread" + (f" ({why})" if why else "")
    elif action == "message_marked_request":
        text = f"{who} decided a message is a privacy request"
        if a.get("types"):
            text += f" ({labels.types(a['types'])})"
    elif action == "message_marked_not_request":
        text = f"{who} decided a message is not a privacy request (its content was dropped)"
    elif action == "request_edited":
        changed = [PERSONAL_KEYS[k] for k in PERSONAL_KEYS if k in a or k in b]
        fields = "the requester's " + _and(changed) if changed else ""
        others = []
        if "types" in a:
            others.append(f"what it asks for ({labels.types(a['types'])})")
        if "regime" in a:
            others.append(f"the law ({labels.regime(str(a['regime']))})")
        text = f"{who} corrected {_and([f for f in [fields, *others] if f]) or 'the request'}" + _with(detail)
    elif action == "request_merged":
        if a.get("merged_into"):
            text = f"{who} merged this request into {a['merged_into']} (closed as a duplicate)"
        else:
            text = f"{who} merged {a.get('merged_from', 'a duplicate')} into this request"
            if detail:
                text += f" ({detail})"
    elif action == "response_recorded":
        nature = a.get("response_nature")
        text = f"{who} recorded what was sent: {nature}" if nature else f"{who} cleared what was sent"
    elif action == "appeal_opened":
        text = f"{who} recorded an appeal of this decision: {a.get('appeal', 'a new request')}"
    elif action == "appeal_suggested":
        phrase = f" (“{a['phrase']}”)" if a.get("phrase") else ""
        text = f"{who} noticed a reply that seems to contest the decision{phrase}"
    elif action == "appeal_suggestion_dismissed":
        text = f"{who} decided a reply is not an appeal"
    elif action == "request_purged":
        text = (f"{who} removed the personal data of this request (past the retention period); "
                "its register row stays")
    elif action in REPLY_EVENTS:
        letter = f"the letter “{wording.letter_label(a.get('template'))}”"
        text = f"{who} {REPLY_EVENTS[action].format(letter=letter)}"
    else:
        text = f"{who}: {wording.readable(action).lower()}" + (f" ({detail})" if detail else "")
    text += _moved_dates(b, a)
    if own_ref and entry.ref and entry.ref != own_ref:
        text = f"On {entry.ref}: {text}"
    return text + "."


def exact_text(entry: AuditEntry) -> str:
    """The event exactly as stored: for an auditor, or whoever supports PrivacyDesk."""
    record = {"event": entry.id, "request": entry.ref, "at": entry.at.isoformat(), "actor": entry.actor,
              "action": entry.action, "before": dict(entry.before), "after": dict(entry.after),
              "detail": entry.detail}
    return json.dumps(record, indent=2, ensure_ascii=False, default=str)
