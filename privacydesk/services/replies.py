"""Answering requests: templates, previews, drafts, sending at most once, and replies sent elsewhere.

Use cases (each returns typed, frozen objects for the window and the CLI):

- ``templates`` / ``templates_for(ref)``: the template list, and which templates fit a request.
- ``preview``: the letter exactly as it would go out, with the law and date each legal sentence relies
  on and the request changes sending it implies; changes nothing and is never refused.
- ``draft``: the message saved to the mailbox's Drafts folder (IMAP APPEND), to finish in any client.
- ``send``: queued, claimed, handed to the SMTP server, recorded — at most once (see below) — then
  copied to Sent unless the server keeps a copy itself.
- ``outbox`` / ``retry`` / ``resolve`` / ``recover`` / ``check_uncertain``: the outbox states
  queued → sending → sent | failed | uncertain.
- ``suggestions`` / ``apply_suggestion`` / ``dismiss_suggestion``: a reply found in the Sent folder (a
  draft finished in Gmail, a message written there) joins the thread; the status change it implies is
  offered to staff.
- ``auto_acknowledge``: the optional acknowledgement on arrival (company profile, off by default).

At most once: a queued reply is claimed with a conditional UPDATE (``state = 'queued'`` → ``sending``)
committed before the SMTP server is contacted, so two windows or processes cannot both send it. The
server's "250" is recorded in the next transaction together with the thread's copy of the exact bytes,
the status change and the audit event (with the bytes' SHA-256). A process that dies in between leaves
the row ``sending``; ``recover`` turns it ``uncertain`` — never ``queued`` — and only finding its
Message-ID in Sent, or a person, settles it. The status change a letter implies is checked before
anything is queued: when the lifecycle would refuse it, nothing is sent and the refusal says why.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import mimetypes
import os
import socket
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from privacydesk.domain import deadlines
from privacydesk.domain import settings as decl
from privacydesk.domain.errors import InvalidInput, NotFound, Refused, UserError
from privacydesk.domain.lifecycle import LifecycleError, check_status_change, check_verification_change
from privacydesk.domain.message import ParsedMessage
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.replies import (
    DEFAULT_LANGUAGE,
    LegalSource,
    LetterFacts,
    LetterRenderer,
    MilestoneFact,
    Person,
    TemplateEntry,
    TemplateError,
    TemplateLibrary,
    TemplateMeta,
    TemplateNotFit,
    check_edited,
    recipient_of,
    why_not_fit,
)
from privacydesk.domain.vocab import CLOSED_STATUSES, OPEN_STATUSES, RequestStatus, Verification
from privacydesk.mail import mailbox, smtp
from privacydesk.mail.compose import (
    Attachment,
    Letter,
    compose,
    new_message_id,
    reply_subject,
    thread_references,
)
from privacydesk.mail.imap import ImapError
from privacydesk.mail.parse import fingerprint, parse_message
from privacydesk.resources import resource_path
from privacydesk.services import audit
from privacydesk.services.accounts import AccountError, AccountInfo, AccountService
from privacydesk.services.customers import CustomerService
from privacydesk.services.requests import RequestService
from privacydesk.services.settings import SettingsService
from privacydesk.services.verification import VerificationService
from privacydesk.store.db import Database
from privacydesk.store.models import (
    Account,
    Message,
    MessageLocation,
    OutboxEntry,
    ReplySuggestion,
    Request,
    utcnow,
)

log = logging.getLogger(__name__)

#: A row left in ``sending`` longer than this by a process we cannot see is ``uncertain``.
SENDING_LEASE = timedelta(minutes=15)
CODE_PLACEHOLDER = "(one-time code: created when the letter is saved or sent)"
AUTO_ACTOR = "automatic acknowledgement"
ACK_TEMPLATE = "acknowledgement"

STATE_LABELS = {
    "drafted": "saved as a draft",
    "queued": "waiting to be sent",
    "sending": "being sent",
    "sent": "sent",
    "failed": "not sent",
    "uncertain": "may have been sent — check the Sent folder",
    "withdrawn": "not sent (taken out of the outbox)",
}


class _SendProblem(UserError):
    """``str()`` is the whole message (with what to do on the command line); ``reason`` is the cause
    alone, in plain words, and ``entry_id`` the outbox entry concerned (the window words its own
    advice from these)."""

    def __init__(self, message: str, *, reason: str | None = None, entry_id: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message
        self.entry_id = entry_id


class SendFailed(_SendProblem):
    """The reply was not sent (the server refused it, or could not be reached); it stays in the outbox."""

    title = "Not sent"


class SendUncertain(_SendProblem):
    """The connection broke after the message went out: it may have been delivered."""

    title = "Maybe sent"


# -- typed results -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImpliedChange:
    """What sending a letter does to its request (applied when the server accepted it)."""

    status: str | None = None
    verification: str | None = None
    extend_reason: str | None = None
    extend_to: date | None = None
    pause: str | None = None
    outcome: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status, "verification": self.verification, "extend_reason": self.extend_reason,
                "extend_to": self.extend_to.isoformat() if self.extend_to else None, "pause": self.pause,
                "outcome": self.outcome}

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> ImpliedChange:
        to = data.get("extend_to")
        return ImpliedChange(status=data.get("status"), verification=data.get("verification"),
                             extend_reason=data.get("extend_reason"),
                             extend_to=date.fromisoformat(to) if isinstance(to, str) else None,
                             pause=data.get("pause"), outcome=data.get("outcome"))

    @property
    def empty(self) -> bool:
        return not (self.status or self.verification or self.extend_reason or self.pause)


@dataclass(frozen=True)
class TemplateChoice:
    """A template offered for one request: whether it fits, and in which language it would be written."""

    entry: TemplateEntry
    fits: bool
    why_not: str | None
    language: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class ReplyPreview:
    ref: str
    template: str
    language: str
    subject: str
    from_name: str
    from_address: str
    to_name: str | None
    to_address: str | None
    recipient_role: str
    body: str
    sources: tuple[LegalSource, ...]
    attachments: tuple[AttachmentInfo, ...]
    implied: ImpliedChange
    changes: tuple[str, ...]  # plain words: "The request will be marked acknowledged."
    refused: str | None  # why sending would be refused now (a preview is never refused)
    account: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    message: bytes  # the RFC 5322 message as it would be saved or sent
    auto: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref, "template": self.template, "language": self.language, "subject": self.subject,
            "from": {"name": self.from_name, "email": self.from_address},
            "to": {"name": self.to_name, "email": self.to_address, "role": self.recipient_role},
            "body": self.body,
            "sources": [{"sentence": s.sentence, "law": s.law, "rule": s.rule, "milestone": s.milestone,
                         "milestone_label": s.milestone_label, "date": s.date.isoformat() if s.date else None}
                        for s in self.sources],
            "attachments": [{"filename": a.filename, "content_type": a.content_type, "size": a.size}
                            for a in self.attachments],
            "implied": self.implied.as_json(), "changes": list(self.changes), "refused": self.refused,
            "account": self.account, "in_reply_to": self.in_reply_to, "references": list(self.references),
        }


@dataclass(frozen=True)
class OutboxItem:
    id: int
    ref: str
    kind: str  # draft | send
    state: str
    template: str
    language: str
    account: str | None
    message_id: str
    subject: str
    to: tuple[str, ...]
    created_at: datetime
    sent_at: datetime | None
    attempts: int
    error: str | None
    sent_copy: str | None
    sent_copy_error: str | None
    auto: bool
    digest: str
    folder: str | None

    @property
    def state_label(self) -> str:
        if self.kind == "draft" and self.state == "sent":
            return "sent from the mail program"
        return STATE_LABELS.get(self.state, self.state)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "ref": self.ref, "kind": self.kind, "state": self.state, "state_label": self.state_label,
            "template": self.template, "language": self.language, "account": self.account,
            "message_id": self.message_id, "subject": self.subject, "to": list(self.to),
            "created_at": self.created_at, "sent_at": self.sent_at, "attempts": self.attempts,
            "error": self.error, "sent_copy": self.sent_copy, "sent_copy_error": self.sent_copy_error,
            "auto": self.auto, "digest": self.digest, "folder": self.folder,
        }


@dataclass(frozen=True)
class SendResult:
    item: OutboxItem
    message: bytes
    changes: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftResult:
    item: OutboxItem
    message: bytes
    folder: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatusSuggestion:
    """A reply found in Sent implies a status change; staff apply or dismiss it."""

    id: int
    ref: str
    message: int
    subject: str | None
    sent_at: datetime | None
    template: str | None
    implied: ImpliedChange
    changes: tuple[str, ...]
    refused: str | None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "ref": self.ref, "message": self.message, "subject": self.subject,
                "sent_at": self.sent_at, "template": self.template, "implied": self.implied.as_json(),
                "changes": list(self.changes), "refused": self.refused}


@dataclass(frozen=True)
class ThreadAttachment:
    filename: str | None
    content_type: str
    size: int
    removed: str | None = None  # when it was deleted after verification
    sha256: str | None = None


@dataclass(frozen=True)
class ThreadEntry:
    """One message of a request's thread, with the outbox state of our own replies."""

    id: int
    direction: str
    kind: str
    sender_name: str | None
    sender_email: str | None
    subject: str | None
    when: datetime | None
    text: str | None
    attachments: tuple[ThreadAttachment, ...]
    outbox_id: int | None = None
    outbox_state: str | None = None
    auto: bool = False


# -- the service --------------------------------------------------------------------------------------

SmtpSender = Callable[..., smtp.SmtpReceipt]
WriterFactory = Callable[[Any, str], mailbox.MailboxWriter]


class ReplyService:
    def __init__(self, db: Database, requests: RequestService, profile: CompanyProfile,
                 rules: deadlines.RuleBook, settings: SettingsService, accounts: AccountService,
                 verification: VerificationService, templates_dir: Path | None, *,
                 smtp_send: SmtpSender | None = None, open_writer: WriterFactory | None = None,
                 timeout: float = 60.0) -> None:
        self.db = db
        self.requests = requests
        self.profile = profile
        self.rules = rules
        self.settings = settings
        self.accounts = accounts
        self.verification = verification
        self.library = TemplateLibrary(resource_path("templates"), templates_dir)
        self.smtp_send: SmtpSender = smtp_send or smtp.send
        self.open_writer: WriterFactory = open_writer or mailbox.open_writer
        self.timeout = timeout
        self.token = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"

    # -- templates ---------------------------------------------------------------------------------
    def templates(self) -> list[TemplateEntry]:
        return self.library.entries()

    def templates_for(self, ref: str) -> list[TemplateChoice]:
        """Every template, marked with whether it fits this request (types, law, agent) and the
        language it would be written in (the request's language when the template exists in it)."""
        with self.db.read() as session:
            req = self.requests.get_in(session, ref)
            types, regime, language = list(req.types), req.regime, req.language
            has_agent = bool(req.agent_email or req.agent_name)
        out: list[TemplateChoice] = []
        for entry in self.library.entries():
            lang = self._language(entry.name, language, None, entry.languages)
            why = why_not_fit(entry.meta, types, regime, has_agent) if entry.meta else "; ".join(entry.problems)
            out.append(TemplateChoice(entry, why is None, why, lang, entry.languages))
        return out

    def template_source(self, name: str, language: str) -> tuple[Path, str]:
        """The file behind a template and its text (for the settings' template editor)."""
        src = self.library.source(name, language)
        return src.path, src.path.read_text(encoding="utf-8")

    def _language(self, name: str, request_language: str | None, wanted: str | None,
                  available: Sequence[str] | None = None) -> str:
        langs = list(available) if available is not None else self.library.available_languages(name)
        if wanted:
            wanted = wanted.strip().lower()
            if wanted not in langs:
                raise TemplateError(f"template {name!r} is not available in {wanted!r}; languages: {', '.join(langs)}",
                                    field="lang")
            return wanted
        if request_language and request_language.lower() in langs:
            return request_language.lower()
        return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in langs else langs[0]

    # -- building a letter -------------------------------------------------------------------------
    def _meta_for(self, req: Request, name: str, lang: str | None) -> tuple[TemplateMeta, str]:
        language = self._language(name, req.language, lang)
        meta = self.library.meta(name, language)
        why = why_not_fit(meta, list(req.types), req.regime, bool(req.agent_email or req.agent_name))
        if why is not None:
            raise TemplateNotFit(f"{why}. See the templates that fit with: privacydesk templates list")
        return meta, language

    def _facts(self, session: Session, req: Request, meta: TemplateMeta, inputs: Mapping[str, str],
               code: str | None, expires: datetime | None, attachment_names: Sequence[str],
               auto: bool) -> LetterFacts:
        today = self.requests.today()
        facts = self.requests.facts(req)
        schedule = deadlines.compute(facts, self.profile, self.rules, today=today)
        status = deadlines.clock_status(schedule, facts, self.profile, today)
        titles = {rid: r.title for rid, r in self.rules.regimes.items()}
        unconfirmed = facts.regime == "unknown" or not facts.regime_confirmed
        milestones = []
        for name, dated in schedule.milestones.items():
            law = titles.get(dated.regime, dated.regime)
            if unconfirmed:
                law = f"{law} (law not confirmed: the earliest date among the laws that may apply)"
            milestones.append(MilestoneFact(name, dated.date, law, dated.explanation))
        agent = Person(req.agent_name, req.agent_email) if (req.agent_name or req.agent_email) else None
        signature = self.settings.get(decl.STAFF_SIGNATURE) or None
        _, _, original = self._parent(session, req)
        return LetterFacts(
            ref=req.ref, types=tuple(req.types), regime=req.regime, regime_confirmed=req.regime_confirmed,
            regime_title=titles.get(req.regime), received=req.received_on, status=req.status,
            verification=req.verification, extended=req.extended, requester=Person(req.requester.name,
                                                                                   req.requester.primary_email),
            profile=self.profile, staff_name=self._signing_name(), milestones=tuple(milestones),
            days_left=status.days_left, next_milestone=status.next_milestone,
            extension_reason=req.extension_reason, agent=agent, language=req.language,
            staff_signature=signature, inputs=dict(inputs), verification_code=code, code_expires=expires,
            attachments=tuple(attachment_names), auto=auto, original_subject=original, law_titles=titles)

    def _signing_name(self) -> str:
        """The name a letter is signed with: the staff member's, or "" when only a computer login
        such as ``root`` is known (the letter is then signed by the company's privacy team)."""
        return self.requests.actor() if self.settings.staff_name_is_known() else ""

    @staticmethod
    def _parent(session: Session, req: Request) -> tuple[str | None, tuple[str, ...], str | None]:
        """(Message-ID and References of the message we answer, the thread's original subject)."""
        rows = list(session.execute(select(Message).where(Message.request_id == req.id)
                                    .order_by(Message.received_at, Message.id)).scalars())
        incoming = [m for m in rows if m.direction == "in"]
        original = next((m.subject for m in incoming if m.subject and m.subject.strip()), None)
        parties = {e.email for e in req.requester.emails}
        if req.agent_email:
            parties.add(req.agent_email)
        parent = next((m for m in reversed(incoming) if m.message_id
                       and (not m.sender_email or m.sender_email.lower() in parties or m.kind == "request")), None)
        if parent is None:
            parent = next((m for m in reversed(incoming) if m.message_id), None)
        if parent is None:
            return None, (), original
        return parent.message_id, tuple(parent.reference_ids or ()), original

    def _implied(self, meta: TemplateMeta, inputs: Mapping[str, str], regime: str) -> ImpliedChange:
        extend_to: date | None = None
        new_date = (inputs.get("new_date") or "").strip()
        if meta.extend and new_date:
            try:
                extend_to = date.fromisoformat(new_date)
            except ValueError:
                raise InvalidInput(f"new_date {new_date!r} is not a date; use YYYY-MM-DD") from None
        if meta.extend and regime == "fadp" and extend_to is None:
            raise TemplateError("under the Swiss FADP the new date is chosen by you: give it with "
                                "--set new_date=YYYY-MM-DD", field="new_date")
        outcome = meta.outcome or None
        if meta.status in (RequestStatus.DENIED.value,) and inputs.get("reason"):
            outcome = f"{meta.outcome or 'Denied'}: {inputs['reason'].strip()}"[:2000]
        return ImpliedChange(status=meta.status, verification=meta.verification,
                             extend_reason=(inputs.get("reason") or "").strip() or None if meta.extend else None,
                             extend_to=extend_to, pause=meta.pause, outcome=outcome)

    def _apply_implied(self, session: Session, req: Request, implied: ImpliedChange, actor: str,
                       template: str, outbox_id: int | None) -> list[str]:
        """Apply what a sent letter implies, in the caller's transaction; raises ``LifecycleError`` or
        ``ExtensionRefused`` when a rule refuses. Returns plain-word notes of what changed."""
        extra: dict[str, Any] = {"template": template}
        if outbox_id is not None:
            extra["outbox"] = outbox_id
        notes: list[str] = []
        current = RequestStatus(req.status)
        target = RequestStatus(implied.status) if implied.status else None
        if implied.verification == Verification.FAILED.value and req.verification != Verification.FAILED.value:
            self.requests.verify_in(session, req, None, Verification.FAILED.value, actor=actor,
                                    note=f"letter {template}", extra=extra)
            notes.append("Verification recorded as failed.")
        if target is not None and target in OPEN_STATUSES:
            if current in OPEN_STATUSES and OPEN_STATUSES.index(target) <= OPEN_STATUSES.index(current):
                pass  # already there or further: a letter never moves a request back
            else:
                self.requests.set_status_in(session, req, target.value, actor=actor, extra=extra,
                                            reason=f"letter {template}" if current in CLOSED_STATUSES else None)
                notes.append(f"Status changed to {target.value.replace('_', ' ')}.")
        if implied.extend_reason and not req.extended:
            self.requests.extend_in(session, req, implied.extend_reason, implied.extend_to, actor=actor, extra=extra)
            notes.append("Deadline extended.")
        if implied.pause and not any(p.ended_on is None for p in req.pauses):
            self.requests.pause_in(session, req, implied.pause, note=f"letter {template}", actor=actor, extra=extra)
            notes.append(f"Clock paused while waiting for the {implied.pause}.")
        if target is not None and target in CLOSED_STATUSES and RequestStatus(req.status) != target:
            self.requests.set_status_in(session, req, target.value, actor=actor, outcome=implied.outcome,
                                        extra=extra)
            notes.append(f"Status changed to {target.value.replace('_', ' ')}.")
        return notes

    def _would_refuse(self, req: Request, implied: ImpliedChange) -> str | None:
        """The refusal sending would meet now, checked without writing (for previews): the same rules
        as ``_apply_implied``, in the same order. Sending runs the real thing (``_dry_run``)."""
        status = RequestStatus(req.status)
        verification = Verification(req.verification)
        try:
            if implied.verification == Verification.FAILED.value and verification != Verification.FAILED:
                check_verification_change(status, verification, Verification.FAILED, None)
                verification = Verification.FAILED
            target = RequestStatus(implied.status) if implied.status else None
            if target is not None and target in OPEN_STATUSES and not (
                    status in OPEN_STATUSES and OPEN_STATUSES.index(target) <= OPEN_STATUSES.index(status)):
                check_status_change(status, target, verification, None)
                status = target
            if implied.extend_reason and not req.extended:
                if status in CLOSED_STATUSES:
                    raise LifecycleError("closed_request", f"{req.ref} is closed; reopen it before extending.")
                facts = self.requests.facts(req)
                schedule = deadlines.compute(facts, self.profile, self.rules, today=self.requests.today())
                deadlines.check_extension(schedule, facts, self.rules, self.requests.today(), implied.extend_to)
            if implied.pause and status in CLOSED_STATUSES:
                raise LifecycleError("closed_request", f"{req.ref} is closed; reopen it before pausing.")
            if target is not None and target in CLOSED_STATUSES and status != target:
                check_status_change(status, target, verification, None)
        except (LifecycleError, deadlines.ExtensionRefused, InvalidInput, Refused) as exc:
            return str(exc)
        return None

    def letters_for(self, ref: str, action: str) -> list[str]:
        """The letters that go with a workspace action ("acknowledge", "verify", "extend", "close",
        "deny"), best first, among those that fit the request."""
        wanted = {"acknowledge": ("acknowledgement",), "verify": ("verification_request", "agent_proof_request"),
                  "extend": ("extension_notice",), "deny": ("denial", "verification_failed"),
                  "close": ("access_response", "portability_response", "deletion_done", "correction_done",
                            "opt_out_sale_done", "opt_out_marketing_done", "objection_done",
                            "shine_the_light_response", "minor_removal_done")}.get(action, ())
        fitting = {c.entry.name for c in self.templates_for(ref) if c.fits}
        return [name for name in wanted if name in fitting]

    def _dry_run(self, session: Session, req: Request, implied: ImpliedChange, template: str) -> tuple[list[str], str | None]:
        """What the implied change would do now, without doing it: (notes, refusal or None)."""
        nested = session.begin_nested()
        try:
            notes = self._apply_implied(session, req, implied, "preview", template, None)
            refusal = None
        except (LifecycleError, deadlines.ExtensionRefused, InvalidInput, Refused) as exc:
            notes, refusal = [], str(exc)
        finally:
            nested.rollback()
        return notes, refusal

    @staticmethod
    def _describe(implied: ImpliedChange, req_status: str) -> list[str]:
        out: list[str] = []
        if implied.verification:
            out.append("Identity verification will be recorded as failed.")
        if implied.status:
            out.append(f"The request will be marked {implied.status.replace('_', ' ')} (if it is not already further).")
        if implied.extend_reason:
            out.append("The response deadline will be extended; the reason is told to the requester.")
        if implied.pause:
            out.append(f"The clock will be paused while we wait for the {implied.pause} (UK law only moves dates).")
        return out

    def _attachments(self, session: Session, req: Request, meta: TemplateMeta,
                     files: Sequence[Path]) -> list[Attachment]:
        out: list[Attachment] = []
        if meta.attach_data:
            data_json, data_csv = self._data_export(session, req)
            out.append(Attachment(f"personal-data-{req.ref}.json", "application/json", data_json))
            out.append(Attachment(f"personal-data-{req.ref}.csv", "text/csv", data_csv))
        for path in files:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                raise InvalidInput(f"the file {path} cannot be attached ({exc.strerror or exc})") from exc
            ctype = mimetypes.guess_type(str(path))[0] or "application/octet-stream"
            out.append(Attachment(Path(path).name, ctype, data))
        return out

    def _data_export(self, session: Session, req: Request) -> tuple[bytes, bytes]:
        """The requester's data we hold, as JSON and CSV (portability)."""
        requester = req.requester
        emails = [e.email for e in requester.emails]
        records = CustomerService.records_in(session, emails, requester.name)
        history = session.execute(select(Request).where(Request.requester_id == requester.id)
                                  .order_by(Request.received_at)).scalars()
        data: dict[str, Any] = {
            "controller": self.profile.legal_name,
            "request": req.ref,
            "exported_on": self.requests.today().isoformat(),
            "personal_information": {
                "name": requester.name,
                "email_addresses": emails,
                "postal_address": requester.postal_address,
                "phone": requester.phone,
                **({"identifiers": dict(requester.identifiers)} if requester.identifiers else {}),
            },
            "customer_records": [{"email": r.email, "name": r.name, **dict(r.fields or {})} for r in records],
            "privacy_requests": [{"reference": r.ref, "received": r.received_on.isoformat(), "types": list(r.types),
                                  "status": r.status} for r in history],
        }
        as_json = json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(["section", "field", "value"])
        info = data["personal_information"]
        for key in ("name", "postal_address", "phone"):
            writer.writerow(["personal_information", key, info.get(key) or ""])
        for email in emails:
            writer.writerow(["personal_information", "email_address", email])
        for key, value in (info.get("identifiers") or {}).items():
            writer.writerow(["personal_information", key, value])
        for index, record in enumerate(data["customer_records"], 1):
            for key, value in record.items():
                writer.writerow([f"customer_record_{index}", key, value or ""])
        for item in data["privacy_requests"]:
            writer.writerow(["privacy_request", item["reference"],
                             f"received {item['received']}; {', '.join(item['types'])}; {item['status']}"])
        return as_json, buffer.getvalue().encode("utf-8-sig")

    # -- accounts ------------------------------------------------------------------------------------
    def _account_for(self, session: Session, req: Request, name: str | None, *, sending: bool) -> AccountInfo:
        """The account the request arrived through, else the only account, else ``name``."""
        names = list(session.execute(select(Account.name).order_by(Account.name)).scalars())
        if name:
            if name not in names:
                raise InvalidInput(f"there is no account named {name!r}; accounts: {', '.join(names) or 'none'}")
            chosen = name
        else:
            arrived = session.execute(
                select(MessageLocation.account).join(Message, Message.id == MessageLocation.message_pk)
                .where(Message.request_id == req.id, MessageLocation.account.is_not(None))
                .order_by(Message.received_at, Message.id).limit(1)).scalar_one_or_none()
            if arrived and arrived in names:
                chosen = arrived
            elif len(names) == 1:
                chosen = names[0]
            elif not names:
                raise Refused("There is no mail account to send from. Add one with: privacydesk account add "
                              "--name team --host imap.example.com --username you@example.com --smtp-host smtp.example.com")
            else:
                raise InvalidInput(f"{req.ref} did not arrive through a mail account; say which account to use "
                                   f"with --account NAME ({', '.join(names)})")
        info = self.accounts.get(chosen)
        if sending and info.smtp is None:
            raise Refused(f"The account {chosen!r} has no sending (SMTP) settings. Add them with: privacydesk "
                          f"account smtp {chosen} --smtp-host smtp.example.com [--smtp-port 587] "
                          "[--smtp-security starttls]")
        return info

    # -- preview -------------------------------------------------------------------------------------
    def preview(self, ref: str, template: str, lang: str | None = None, inputs: Mapping[str, str] | None = None,
                attach: Sequence[Path] = (), account: str | None = None, *, auto: bool = False,
                body: str | None = None) -> ReplyPreview:
        """The letter as it would go out. Changes nothing and is never refused (``refused`` says what
        would stop sending it now). ``body``: the text as staff edited it (see ``_edited_body``)."""
        inputs = dict(inputs or {})
        with self.db.read() as session:
            req = self.requests.get_in(session, ref)
            meta, language = self._meta_for(req, template, lang)
            implied = self._implied(meta, inputs, req.regime)
            account_info: AccountInfo | None
            try:
                account_info = self._account_for(session, req, account, sending=False)
            except UserError:
                account_info = None
            attachments = self._attachments(session, req, meta, attach)
            # The code's expiry as it would be if the letter went now (a letter sent later states a
            # slightly earlier time than its code's real one: never a later one).
            expires = (self.requests.now() + timedelta(hours=self.settings.get(decl.VERIFICATION_CODE_HOURS))
                       if meta.verification_code else None)
            letter, rendered_sources, role = self._letter(session, req, meta, language, inputs, account_info,
                                                          CODE_PLACEHOLDER if meta.verification_code else None,
                                                          expires, attachments, auto, body)
            raw = compose(letter)
            refusal = self._would_refuse(req, implied)
            to_name, to_address = letter.to[0] if letter.to else (None, None)
            return ReplyPreview(
                ref=req.ref, template=template, language=language, subject=letter.subject,
                from_name=letter.from_name, from_address=letter.from_address, to_name=to_name,
                to_address=to_address or None, recipient_role=role, body=letter.body, sources=rendered_sources,
                attachments=tuple(AttachmentInfo(a.filename, a.content_type, len(a.data)) for a in attachments),
                implied=implied, changes=tuple(self._describe(implied, req.status)), refused=refusal,
                account=account_info.name if account_info else None, in_reply_to=letter.in_reply_to,
                references=letter.references, message=raw, auto=auto)

    def _letter(self, session: Session, req: Request, meta: TemplateMeta, language: str, inputs: Mapping[str, str],
                account: AccountInfo | None, code: str | None, expires: datetime | None,
                attachments: Sequence[Attachment], auto: bool,
                body: str | None = None) -> tuple[Letter, tuple[LegalSource, ...], str]:
        facts = self._facts(session, req, meta, inputs, code, expires, [a.filename for a in attachments], auto)
        rendered = LetterRenderer(self.library).render(meta.name, language, facts)
        text = rendered.body if body is None else self._edited_body(body, meta, code)
        recipient, role = recipient_of(meta, facts.requester, facts.agent)
        from_address = account.from_address(self.profile.privacy_email) if account else self.profile.privacy_email
        parent_id, parent_refs, original = self._parent(session, req)
        subject = reply_subject(original, rendered.subject, req.ref)
        to = ((recipient.name, recipient.email),) if recipient.email else ()
        letter = Letter(from_address=from_address, from_name=self.profile.legal_name, to=to, subject=subject,
                        body=text, message_id=new_message_id(from_address, req.ref),
                        date=self.requests.now().astimezone(self.profile.tz), in_reply_to=parent_id,
                        references=thread_references(parent_id, parent_refs), auto=auto,
                        attachments=tuple(attachments))
        return letter, rendered.sources, role

    @staticmethod
    def _edited_body(body: str, meta: TemplateMeta, code: str | None) -> str:
        """The letter's text as staff edited it (the window's composer): still checked for template
        code and a greeting without a name, and a verification letter must keep the place of its
        one-time code (the preview shows ``CODE_PLACEHOLDER`` there; saving or sending puts the
        code in). Raises ``InvalidInput`` naming what to fix."""
        text = "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        text = text.strip("\n") + "\n"
        if not text.strip():
            raise InvalidInput("The letter is empty: write it, or start again from the template.")
        problem = check_edited(text)
        if problem:
            raise InvalidInput(f"The letter contains {problem}: correct it before saving or sending.")
        if meta.verification_code:
            if CODE_PLACEHOLDER not in text:
                raise InvalidInput(f"The letter must keep the line “{CODE_PLACEHOLDER}”: the one-time code goes "
                                   "there when the letter is saved or sent. Put it back, or start again from "
                                   "the template.")
            if code is not None:
                text = text.replace(CODE_PLACEHOLDER, code)
        return text

    # -- drafts --------------------------------------------------------------------------------------
    def draft(self, ref: str, template: str, lang: str | None = None, inputs: Mapping[str, str] | None = None,
              attach: Sequence[Path] = (), account: str | None = None, *, actor: str | None = None,
              auto: bool = False, auto_key: str | None = None, body: str | None = None) -> DraftResult:
        """Save the reply to the account's Drafts folder (found by SPECIAL-USE). Nothing about the
        request changes: a draft is not sent. When it is sent from the mail program and found in
        Sent, the change it implies is offered (``suggestions``)."""
        actor = actor or self.requests.actor()
        inputs = dict(inputs or {})
        with self.db.write() as session:
            req = self.requests.get_in(session, ref)
            meta, language = self._meta_for(req, template, lang)
            implied = self._implied(meta, inputs, req.regime)
            info = self._account_for(session, req, account, sending=False)
            password = self.accounts.password(info.name)
            attachments = self._attachments(session, req, meta, attach)
            issued = self.verification.issue_code(session, req) if meta.verification_code else None
            letter, _, _ = self._letter(session, req, meta, language, inputs, info,
                                        issued.code if issued else None, issued.expires_at if issued else None,
                                        attachments, auto, body)
            if not letter.to:
                raise Refused(f"{req.ref} has no email address to write to; add one first.")
            raw = compose(letter)
            entry = OutboxEntry(request_id=req.id, kind="draft", state="drafted", template=template,
                                created_at=self.requests.now(),
                                language=language, account=info.name, message_id=letter.message_id,
                                subject=letter.subject, sender=letter.from_address, recipients=letter.recipients,
                                raw=raw, digest=hashlib.sha256(raw).hexdigest(),
                                implied=implied.as_json(), auto=auto, auto_key=auto_key, actor=actor)
            session.add(entry)
            session.flush()
            entry_id = entry.id
        try:
            with self.open_writer(info.imap_settings(self.timeout), password) as writer:
                appended = writer.append(mailbox.DRAFTS, raw, when=letter.date)
        except ImapError as exc:
            with self.db.write() as session:
                failed = session.get(OutboxEntry, entry_id)
                if failed is not None:
                    session.delete(failed)
            if issued is not None:
                self.verification.withdraw_code(issued.id)
            raise SendFailed(f"The draft could not be saved to the mailbox: {exc}", reason=str(exc)) from exc
        with self.db.write() as session:
            row = session.get(OutboxEntry, entry_id)
            assert row is not None
            row.folder, row.uid = appended.folder, appended.uid
            owner = session.get(Request, row.request_id)
            audit.record(session, "reply_drafted", actor=actor, request=owner,
                         after={"template": template, "language": language, "outbox": entry_id,
                                "message_id": letter.message_id, "digest": row.digest, "folder": appended.folder,
                                "auto": auto},
                         detail=f"saved to {appended.folder}")
            item = self._item(row, owner.ref if owner else ref)
        notes = (f"The {appended.folder} folder did not exist and was created.",) if appended.created_folder else ()
        return DraftResult(item, raw, appended.folder, notes)

    # -- sending -------------------------------------------------------------------------------------
    def send(self, ref: str, template: str, lang: str | None = None, inputs: Mapping[str, str] | None = None,
             attach: Sequence[Path] = (), account: str | None = None, *, actor: str | None = None,
             auto: bool = False, auto_key: str | None = None,
             on_phase: smtp.Phase | None = None, body: str | None = None) -> SendResult:
        """Queue, then send now; returns once the SMTP server accepted the message. Raises
        ``Refused`` (lifecycle: nothing queued), ``SendFailed`` (kept in the outbox as failed) or
        ``SendUncertain``."""
        actor = actor or self.requests.actor()
        self.recover()
        entry_id = self.queue(ref, template, lang, inputs, attach, account, actor=actor, auto=auto, auto_key=auto_key,
                              body=body)
        return self.deliver(entry_id, on_phase=on_phase)

    def queue(self, ref: str, template: str, lang: str | None = None, inputs: Mapping[str, str] | None = None,
              attach: Sequence[Path] = (), account: str | None = None, *, actor: str | None = None,
              auto: bool = False, auto_key: str | None = None, body: str | None = None) -> int:
        """Render, check the implied change against the lifecycle, and queue. Returns the outbox id."""
        actor = actor or self.requests.actor()
        inputs = dict(inputs or {})
        with self.db.write() as session:
            req = self.requests.get_in(session, ref)
            meta, language = self._meta_for(req, template, lang)
            implied = self._implied(meta, inputs, req.regime)
            info = self._account_for(session, req, account, sending=True)
            _, refusal = self._dry_run(session, req, implied, template)
            if refusal is not None:
                raise Refused(f"Nothing was sent: {refusal}")
            attachments = self._attachments(session, req, meta, attach)
            issued = self.verification.issue_code(session, req) if meta.verification_code else None
            letter, _, _ = self._letter(session, req, meta, language, inputs, info,
                                        issued.code if issued else None, issued.expires_at if issued else None,
                                        attachments, auto, body)
            if not letter.to:
                raise Refused(f"Nothing was sent: {req.ref} has no email address to write to.")
            raw = compose(letter)
            entry = OutboxEntry(request_id=req.id, kind="send", state="queued", template=template, language=language,
                                created_at=self.requests.now(),
                                account=info.name, message_id=letter.message_id, subject=letter.subject,
                                sender=letter.from_address, recipients=letter.recipients, raw=raw,
                                digest=hashlib.sha256(raw).hexdigest(), implied=implied.as_json(), auto=auto,
                                auto_key=auto_key, actor=actor)
            session.add(entry)
            session.flush()
            return entry.id

    def _claim(self, entry_id: int) -> None:
        """queued → sending, by one process only (a conditional UPDATE: SQLite and PostgreSQL alike)."""
        now = utcnow()
        with self.db.write() as session:
            result = session.execute(
                update(OutboxEntry).where(OutboxEntry.id == entry_id, OutboxEntry.state == "queued")
                .values(state="sending", claimed_by=self.token, claimed_at=now,
                        attempts=OutboxEntry.attempts + 1, updated_at=now)
                .execution_options(synchronize_session=False))
            claimed = getattr(result, "rowcount", 0) == 1
            if not claimed:
                row = session.get(OutboxEntry, entry_id)
                if row is None:
                    raise NotFound(f"there is no outbox entry {entry_id}")
                label = STATE_LABELS.get(row.state, row.state)
                raise Refused(f"Reply {entry_id} is not waiting to be sent (it is {label}); it was not sent again.")

    def deliver(self, entry_id: int, *, on_phase: smtp.Phase | None = None) -> SendResult:
        """Claim a queued reply and hand it to the SMTP server (at most once)."""
        self._claim(entry_id)
        with self.db.read() as session:
            row = session.get(OutboxEntry, entry_id)
            assert row is not None
            raw, sender, recipients, account_name = row.raw, row.sender, list(row.recipients), row.account
        try:
            if account_name is None:
                raise SendFailed("The reply has no account to send it with.")
            info = self.accounts.get(account_name)
            settings = info.smtp_settings(self.timeout)
            if settings is None:
                raise SendFailed(f"The account {account_name!r} has no sending (SMTP) settings.")
            password = self.accounts.smtp_password(account_name)
        except (AccountError, SendFailed) as exc:
            self._mark(entry_id, "failed", str(exc))
            raise SendFailed(f"The reply was not sent: {exc} It is kept in the outbox (number {entry_id}); "
                             f"try again with: privacydesk outbox retry {entry_id}",
                             reason=str(exc), entry_id=entry_id) from exc
        try:
            receipt = self.smtp_send(settings, password, sender, recipients, raw, on_phase=on_phase)
        except smtp.SmtpUncertain as exc:
            self._mark(entry_id, "uncertain", str(exc))
            raise SendUncertain(f"{exc} Check the Sent folder or the recipient, then settle it with: "
                                f"privacydesk outbox resolve {entry_id} --sent | --not-sent",
                                reason=str(exc), entry_id=entry_id) from exc
        except smtp.SmtpError as exc:
            self._mark(entry_id, "failed", str(exc))
            raise SendFailed(f"{exc} The reply is kept in the outbox (number {entry_id}); after fixing the "
                             f"problem, send it with: privacydesk outbox retry {entry_id}",
                             reason=str(exc), entry_id=entry_id) from exc
        except Exception as exc:
            self._mark(entry_id, "uncertain", f"Sending stopped unexpectedly ({type(exc).__name__}).")
            raise
        changes, item = self._record_sent(entry_id, f"accepted by the server: {receipt.response}")
        notes: list[str] = []
        copy_note = self._copy_to_sent(entry_id, info, raw)
        if copy_note:
            notes.append(copy_note)
        with self.db.read() as session:
            row = session.get(OutboxEntry, entry_id)
            assert row is not None
            item = self._item(row, item.ref)
        return SendResult(item, raw, tuple(changes), tuple(notes))

    def _mark(self, entry_id: int, state: str, error: str | None) -> None:
        with self.db.write() as session:
            row = session.get(OutboxEntry, entry_id)
            if row is None:
                return
            row.state = state
            row.error = error[:2000] if error else None
            req = session.get(Request, row.request_id)
            audit.record(session, f"reply_{state}", actor=row.actor, request=req,
                         after={"template": row.template, "outbox": row.id, "message_id": row.message_id,
                                "digest": row.digest}, detail=error)

    def _record_sent(self, entry_id: int, detail: str, message: Message | None = None,
                     session: Session | None = None, actor: str | None = None) -> tuple[list[str], OutboxItem]:
        """sent: the thread's copy of the exact bytes, the implied change and the audit event, in one
        transaction (the caller's, when given)."""
        if session is None:
            with self.db.write() as own:
                return self._record_sent(entry_id, detail, message, own, actor)
        row = session.get(OutboxEntry, entry_id)
        assert row is not None
        req = session.get(Request, row.request_id)
        assert req is not None
        now = self.requests.now()
        row.state = "sent"
        row.sent_at = now
        row.error = None
        if message is None:
            message = self._thread_copy(session, row, req, now)
        row.message_pk = message.id
        actor = actor or row.actor
        implied = ImpliedChange.from_json(row.implied or {})
        changes: list[str] = []
        try:
            with session.begin_nested():
                changes = self._apply_implied(session, req, implied, actor, row.template, row.id)
        except (LifecycleError, deadlines.ExtensionRefused, InvalidInput, Refused) as exc:
            changes = [f"The request was not updated: {exc}"]
            audit.record(session, "reply_change_not_applied", actor=actor, request=req,
                         after={"template": row.template, "outbox": row.id}, detail=str(exc))
        audit.record(session, "reply_sent", actor=actor, request=req, message_pk=message.id,
                     after={"template": row.template, "language": row.language, "outbox": row.id,
                            "message_id": row.message_id, "digest": row.digest, "to": list(row.recipients),
                            "auto": row.auto, "status": req.status},
                     detail=detail)
        return changes, self._item(row, req.ref)

    def _thread_copy(self, session: Session, row: OutboxEntry, req: Request, now: datetime) -> Message:
        raw = row.raw
        fp = fingerprint(raw)
        existing = session.execute(select(Message).where(Message.fingerprint == fp)).scalar_one_or_none()
        if existing is not None:  # the Sent copy was already synced (identical bytes)
            existing.request_id = req.id
            existing.kind = "outgoing"
            return existing
        parsed = parse_message(raw, received=now).message
        message = Message(
            fingerprint=fp, message_id=row.message_id, in_reply_to=parsed.in_reply_to,
            reference_ids=list(parsed.references)[-50:], direction="out", kind="outgoing", request_id=req.id,
            subject=parsed.subject, sender_email=row.sender, sender_name=parsed.sender.name or None,
            sender_domain=row.sender.rpartition("@")[2] or None, date_header=parsed.date, received_at=now,
            size=len(raw), classification={"sent_by": "privacydesk", "template": row.template}, text=parsed.text,
            raw=raw, has_full_raw=True,
            attachments=[{"filename": a.filename, "content_type": a.content_type, "size": a.size}
                         for a in parsed.attachments],
            defects=[])
        session.add(message)
        session.flush()
        return message

    def _copy_to_sent(self, entry_id: int, info: AccountInfo, raw: bytes) -> str | None:
        smtp_config = info.smtp
        if smtp_config is not None and smtp_config.server_keeps_sent:
            self._set_copy(entry_id, "server", None)
            return None
        try:
            password = self.accounts.password(info.name)
            with self.open_writer(info.imap_settings(self.timeout), password) as writer:
                appended = writer.append(mailbox.SENT, raw, when=self.requests.now())
        except (ImapError, AccountError) as exc:
            self._set_copy(entry_id, "failed", str(exc))
            return (f"The reply was sent, but the copy in the Sent folder could not be saved: {exc}")
        self._set_copy(entry_id, "saved", appended.folder)
        return None

    def _set_copy(self, entry_id: int, state: str, detail: str | None) -> None:
        with self.db.write() as session:
            row = session.get(OutboxEntry, entry_id)
            if row is not None:
                row.sent_copy = state
                row.sent_copy_error = detail if state == "failed" else None
                if state == "saved":
                    row.folder = detail

    # -- the outbox ----------------------------------------------------------------------------------
    def _item(self, row: OutboxEntry, ref: str) -> OutboxItem:
        return OutboxItem(id=row.id, ref=ref, kind=row.kind, state=row.state, template=row.template,
                          language=row.language, account=row.account, message_id=row.message_id,
                          subject=row.subject, to=tuple(row.recipients or ()), created_at=row.created_at,
                          sent_at=row.sent_at, attempts=row.attempts, error=row.error, sent_copy=row.sent_copy,
                          sent_copy_error=row.sent_copy_error, auto=row.auto, digest=row.digest, folder=row.folder)

    def outbox(self, *, ref: str | None = None, include_drafts: bool = False,
               states: Sequence[str] | None = None) -> list[OutboxItem]:
        self.recover()
        with self.db.read() as session:
            query = select(OutboxEntry, Request.ref).join(Request, Request.id == OutboxEntry.request_id)
            if ref:
                query = query.where(Request.id == self.requests.get_in(session, ref).id)
            if not include_drafts:
                query = query.where(OutboxEntry.kind == "send")
            if states:
                query = query.where(OutboxEntry.state.in_(list(states)))
            rows = session.execute(query.order_by(OutboxEntry.id)).all()
            return [self._item(row, r) for row, r in rows]

    def item(self, entry_id: int) -> OutboxItem:
        with self.db.read() as session:
            row = session.get(OutboxEntry, entry_id)
            if row is None:
                raise NotFound(f"there is no outbox entry {entry_id} (see: privacydesk outbox list)")
            req = session.get(Request, row.request_id)
            return self._item(row, req.ref if req else "?")

    def message_bytes(self, entry_id: int) -> bytes:
        with self.db.read() as session:
            row = session.get(OutboxEntry, entry_id)
            if row is None:
                raise NotFound(f"there is no outbox entry {entry_id}")
            return bytes(row.raw)

    def recover(self) -> list[OutboxItem]:
        """Replies left ``sending`` by a process that is gone (or for longer than the lease) become
        ``uncertain``: they may have reached the server, so they are never sent again automatically."""
        now = utcnow()
        changed: list[OutboxItem] = []
        host = socket.gethostname()
        with self.db.read() as session:  # the common case: nothing is being sent; take no write lock
            if session.execute(select(OutboxEntry.id).where(OutboxEntry.state == "sending").limit(1)).first() is None:
                return changed
        with self.db.write() as session:
            rows = session.execute(select(OutboxEntry).where(OutboxEntry.state == "sending")).scalars().all()
            for row in rows:
                if row.claimed_by == self.token:
                    continue
                stale = row.claimed_at is None or now - row.claimed_at > SENDING_LEASE
                claimer_host, _, rest = (row.claimed_by or "").partition(":")
                pid_text = rest.partition(":")[0]
                if not stale and claimer_host == host and pid_text.isdigit():
                    stale = not _process_alive(int(pid_text))
                if not stale:
                    continue
                row.state = "uncertain"
                row.error = ("Sending was interrupted (the program stopped) after the message may have reached "
                             "the server. Check the Sent folder or ask the recipient, then settle it.")
                req = session.get(Request, row.request_id)
                audit.record(session, "reply_uncertain", actor="outbox", request=req,
                             after={"template": row.template, "outbox": row.id, "message_id": row.message_id,
                                    "digest": row.digest}, detail="interrupted while sending")
                changed.append(self._item(row, req.ref if req else "?"))
        return changed

    def retry(self, entry_id: int, *, actor: str | None = None, on_phase: smtp.Phase | None = None) -> SendResult:
        """Send a ``failed`` reply again (never an uncertain one: settle it first)."""
        self.recover()
        with self.db.write() as session:
            row = session.get(OutboxEntry, entry_id)
            if row is None or row.kind != "send":
                raise NotFound(f"there is no reply {entry_id} in the outbox (see: privacydesk outbox list)")
            if row.state == "uncertain":
                raise Refused(f"Reply {entry_id} may already have been sent, so it is not sent again. Check the "
                              f"Sent folder, then: privacydesk outbox resolve {entry_id} --sent | --not-sent")
            if row.state != "failed":
                raise Refused(f"Reply {entry_id} is {STATE_LABELS.get(row.state, row.state)}; only a reply that was "
                              "not sent can be sent again.")
            owner = session.get(Request, row.request_id)
            assert owner is not None
            implied = ImpliedChange.from_json(row.implied or {})
            _, refusal = self._dry_run(session, owner, implied, row.template)
            if refusal is not None:
                raise Refused(f"Nothing was sent: {refusal}")
            row.state = "queued"
            row.error = None
            audit.record(session, "reply_retried", actor=actor or self.requests.actor(), request=owner,
                         after={"template": row.template, "outbox": row.id})
        return self.deliver(entry_id, on_phase=on_phase)

    def resolve(self, entry_id: int, sent: bool, *, actor: str | None = None) -> tuple[OutboxItem, tuple[str, ...]]:
        """A person settles an ``uncertain`` reply: it was sent (recorded as such, with the change it
        implies) or it was not (``failed``: it can then be sent again with ``retry``)."""
        actor = actor or self.requests.actor()
        self.recover()
        with self.db.write() as session:
            row = session.get(OutboxEntry, entry_id)
            if row is None or row.kind != "send":
                raise NotFound(f"there is no reply {entry_id} in the outbox (see: privacydesk outbox list)")
            if row.state != "uncertain":
                raise Refused(f"Reply {entry_id} is {STATE_LABELS.get(row.state, row.state)}; only a reply that "
                              "may have been sent needs settling.")
            if sent:
                changes, item = self._record_sent(entry_id, "settled by staff: it was sent", session=session,
                                                  actor=actor)
                return item, tuple(changes)
            row.state = "failed"
            row.error = "Not sent (settled by staff)."
            req = session.get(Request, row.request_id)
            audit.record(session, "reply_not_sent", actor=actor, request=req,
                         after={"template": row.template, "outbox": row.id}, detail="settled by staff: not sent")
            return self._item(row, req.ref if req else "?"), ()

    def withdraw(self, entry_id: int, *, actor: str | None = None) -> OutboxItem:
        """Take a reply that was not sent (``failed``) out of the outbox (state ``withdrawn``: kept as a
        record, never sent), so that nobody sends that version later by mistake — e.g. staff corrected
        the letter in the window and send the new one. Only a failed reply: one that may have been
        sent is settled with ``resolve`` first."""
        actor = actor or self.requests.actor()
        with self.db.write() as session:
            row = session.get(OutboxEntry, entry_id)
            if row is None or row.kind != "send":
                raise NotFound(f"there is no reply {entry_id} in the outbox (see: privacydesk outbox list)")
            if row.state != "failed":
                raise Refused(f"Reply {entry_id} is {STATE_LABELS.get(row.state, row.state)}; only a reply that was "
                              "not sent can be taken out of the outbox.")
            req = session.get(Request, row.request_id)
            row.state = "withdrawn"
            audit.record(session, "reply_withdrawn", actor=actor, request=req,
                         after={"template": row.template, "outbox": row.id, "message_id": row.message_id,
                                "digest": row.digest},
                         detail="a reply that was not sent was taken out of the outbox")
            return self._item(row, req.ref if req else "?")

    def check_uncertain(self) -> list[OutboxItem]:
        """Look for each uncertain reply's Message-ID in its account's Sent folder; found → sent."""
        self.recover()
        settled: list[OutboxItem] = []
        with self.db.read() as session:
            rows = [(r.id, r.account, r.message_id) for r in session.execute(
                select(OutboxEntry).where(OutboxEntry.state == "uncertain", OutboxEntry.kind == "send")).scalars()]
        for entry_id, account_name, message_id in rows:
            if not account_name:
                continue
            try:
                info = self.accounts.get(account_name)
                password = self.accounts.password(account_name)
                with self.open_writer(info.imap_settings(self.timeout), password) as writer:
                    found = writer.contains(mailbox.SENT, message_id)
            except (ImapError, AccountError) as exc:
                log.warning("could not look for an uncertain reply in Sent: %s", type(exc).__name__)
                continue
            if found:
                with self.db.write() as session:
                    row = session.get(OutboxEntry, entry_id)
                    if row is not None and row.state == "uncertain":
                        _, item = self._record_sent(entry_id, "found in the Sent folder", session=session,
                                                    actor="outbox")
                        settled.append(item)
        return settled

    # -- the thread ------------------------------------------------------------------------------------
    def thread(self, ref: str) -> list[ThreadEntry]:
        with self.db.read() as session:
            req = self.requests.get_in(session, ref)
            messages = list(session.execute(select(Message).where(Message.request_id == req.id)
                                            .order_by(Message.received_at, Message.id)).scalars())
            ours = {row.message_pk: row for row in session.execute(
                select(OutboxEntry).where(OutboxEntry.request_id == req.id)).scalars() if row.message_pk}
            out: list[ThreadEntry] = []
            for m in messages:
                row = ours.get(m.id)
                out.append(ThreadEntry(
                    id=m.id, direction=m.direction, kind=m.kind, sender_name=m.sender_name,
                    sender_email=m.sender_email, subject=m.subject, when=m.received_at, text=m.text,
                    attachments=tuple(ThreadAttachment(a.get("filename"), str(a.get("content_type") or ""),
                                                       int(a.get("size") or 0), a.get("removed"), a.get("sha256"))
                                      for a in (m.attachments or [])),
                    outbox_id=row.id if row else None, outbox_state=row.state if row else None,
                    auto=bool(row.auto) if row else False))
            return out

    # -- replies found in Sent -------------------------------------------------------------------------
    def on_message_joined(self, session: Session, message: Message, req: Request,
                          parsed: ParsedMessage) -> str | None:
        """Ingest hook for our own messages joining a thread (read from the Sent folder)."""
        if message.direction != "out":
            return None
        row = None
        if message.message_id:
            row = session.execute(select(OutboxEntry).where(OutboxEntry.message_id == message.message_id)
                                  ).scalar_one_or_none()
        if row is not None and row.kind == "send":
            if row.state in ("uncertain", "sending") and row.claimed_by != self.token:
                message.kind = "outgoing"
                self._record_sent(row.id, "found in the Sent folder", message=message, session=session,
                                  actor="outbox")
                return f"{req.ref}: a reply whose sending was uncertain was found in Sent; it is now recorded as sent."
            if row.message_pk is not None and row.message_pk != message.id:
                # The server's own copy of a reply we sent (different bytes): keep only ours.
                message.request_id = None
                message.raw = None
                message.text = None
                message.subject = None
                message.attachments = []
                message.has_full_raw = False
                audit.record(session, "sent_copy_recognised", actor="outbox", request=req, message_pk=message.id,
                             after={"outbox": row.id}, detail="the server's copy of a reply sent by PrivacyDesk")
            return None
        template: str | None = None
        implied: dict[str, Any] = {}
        if row is not None and row.kind == "draft":
            row.state = "sent"
            row.sent_at = message.received_at
            row.message_pk = message.id
            template, implied = row.template, dict(row.implied or {})
        else:
            draft = session.execute(select(OutboxEntry).where(
                OutboxEntry.request_id == req.id, OutboxEntry.kind == "draft", OutboxEntry.state == "drafted")
                .order_by(OutboxEntry.id.desc())).scalars().first()
            if draft is not None:  # a draft finished in the mail program may get a new Message-ID
                draft.state = "sent"
                draft.sent_at = message.received_at
                draft.message_pk = message.id
                template, implied = draft.template, dict(draft.implied or {})
            elif req.status == RequestStatus.NEW.value:
                implied = ImpliedChange(status=RequestStatus.ACKNOWLEDGED.value).as_json()
        if not ImpliedChange.from_json(implied).empty:
            exists = session.execute(select(ReplySuggestion.id).where(
                ReplySuggestion.message_pk == message.id)).first()
            if exists is None:
                session.add(ReplySuggestion(request_id=req.id, message_pk=message.id, template=template,
                                            implied=implied))
                session.flush()
                return (f"{req.ref}: a reply sent from the mailbox was found; its status change is offered "
                        "(privacydesk suggestions list).")
        return None

    def suggestions(self, ref: str | None = None) -> list[StatusSuggestion]:
        with self.db.read() as session:
            query = select(ReplySuggestion).where(ReplySuggestion.decided.is_(None))
            if ref:
                query = query.where(ReplySuggestion.request_id == self.requests.get_in(session, ref).id)
            out: list[StatusSuggestion] = []
            for s in session.execute(query.order_by(ReplySuggestion.id)).scalars().all():
                req = session.get(Request, s.request_id)
                message = session.get(Message, s.message_pk)
                if req is None:
                    continue
                implied = ImpliedChange.from_json(s.implied or {})
                refusal = self._would_refuse(req, implied)
                out.append(StatusSuggestion(s.id, req.ref, s.message_pk, message.subject if message else None,
                                            message.received_at if message else None, s.template, implied,
                                            tuple(self._describe(implied, req.status)), refusal))
            return out

    def apply_suggestion(self, suggestion_id: int, *, actor: str | None = None) -> tuple[str, ...]:
        actor = actor or self.requests.actor()
        with self.db.write() as session:
            s = session.get(ReplySuggestion, suggestion_id)
            if s is None or s.decided is not None:
                raise NotFound(f"there is no open suggestion {suggestion_id} (see: privacydesk suggestions list)")
            req = session.get(Request, s.request_id)
            assert req is not None
            implied = ImpliedChange.from_json(s.implied or {})
            try:
                notes = self._apply_implied(session, req, implied, actor, s.template or "reply sent from the mailbox", None)
            except (LifecycleError, deadlines.ExtensionRefused) as exc:
                raise Refused(f"Not changed: {exc}") from exc
            s.decided, s.decided_by, s.decided_at = "applied", actor, utcnow()
            return tuple(notes)

    def dismiss_suggestion(self, suggestion_id: int, *, actor: str | None = None) -> None:
        actor = actor or self.requests.actor()
        with self.db.write() as session:
            s = session.get(ReplySuggestion, suggestion_id)
            if s is None or s.decided is not None:
                raise NotFound(f"there is no open suggestion {suggestion_id}")
            s.decided, s.decided_by, s.decided_at = "dismissed", actor, utcnow()
            req = session.get(Request, s.request_id)
            audit.record(session, "suggestion_dismissed", actor=actor, request=req,
                         after={"suggestion": s.id, "template": s.template})

    # -- automatic acknowledgement ---------------------------------------------------------------------
    def auto_acknowledge(self, refs: Sequence[str]) -> list[str]:
        """The profile's automatic acknowledgement for new requests (off, draft or send). At most once
        per request (a unique key in the outbox), never for automated mail or our own address.
        Returns plain-word notes; never raises."""
        mode = self.profile.auto_acknowledge
        if mode not in ("draft", "send") or not refs:
            return []
        notes: list[str] = []
        for ref in refs:
            try:
                if not self._wants_auto_ack(ref):
                    continue
                key = f"ack:{ref}"
                if mode == "draft":
                    # A person sends the draft: it must not say (nor its headers) that it was automatic.
                    self.draft(ref, ACK_TEMPLATE, actor=AUTO_ACTOR, auto=False, auto_key=key)
                    notes.append(f"{ref}: acknowledgement saved to Drafts automatically.")
                else:
                    self.send(ref, ACK_TEMPLATE, actor=AUTO_ACTOR, auto=True, auto_key=key)
                    notes.append(f"{ref}: acknowledgement sent automatically.")
            except IntegrityError:
                continue  # another window or process acknowledged it first
            except UserError as exc:
                notes.append(f"{ref}: the automatic acknowledgement was not sent: {exc}")
            except Exception:
                log.exception("automatic acknowledgement failed")
                notes.append(f"{ref}: the automatic acknowledgement failed unexpectedly; send it by hand.")
        return notes

    def _wants_auto_ack(self, ref: str) -> bool:
        with self.db.read() as session:
            req = self.requests.get_in(session, ref)
            if req.status != RequestStatus.NEW.value or req.source not in ("email", "form"):
                return False
            email = req.requester.primary_email
            if not email or self.profile.is_own_address(email):
                return False
            if req.agent_email and self.profile.is_own_address(req.agent_email):
                return False
            opening = session.execute(select(Message).where(Message.request_id == req.id, Message.kind == "request")
                                      .order_by(Message.id)).scalars().first()
            if opening is None or (opening.classification or {}).get("automated"):
                return False
            if opening.sender_email and self.profile.is_own_address(opening.sender_email) and not \
                    (opening.classification or {}).get("form"):
                return False
            taken = session.execute(select(OutboxEntry.id).where(OutboxEntry.auto_key == f"ack:{ref}")).first()
            return taken is None


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True

