"""Identity verification: one-time codes, code replies, the evidence panel, and deleting
verification material once verification is recorded.

- ``issue_code`` (called by the reply service when a verification letter is saved or sent) creates a
  random one-time code; only its digest is stored. A newer code replaces older ones.
- ``on_message_joined`` (an ingest hook, inside the transaction that files a reply): a message from
  one of the requester's own addresses that contains the active code marks the request verified
  (method ``code_reply``) and tells the staff member (an ingest notice and the audit trail). Wrong
  codes count as attempts; after the allowed number the code stops working.
- ``purge_material`` (a ``RequestService`` verification hook): when verification is recorded, the
  documents attached to the requester's and agent's messages (ID scans, signed authorizations) are
  removed from PrivacyDesk's store, leaving their name, size and SHA-256 and an audit entry. The
  message's fingerprint stays, so a later sync recognises it and never stores it again.
- ``evidence``: what the verification panel shows — the receiving server's SPF/DKIM/DMARC verdict,
  a From/Reply-To mismatch, a look-alike of a known domain, the details that match the customers
  file, whether an agent's proof has arrived, the code's state, and the suggested proof level.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.domain import settings as decl
from privacydesk.domain.message import ParsedMessage
from privacydesk.domain.profile import CompanyProfile
from privacydesk.domain.verification import (
    COMMON_DOMAINS,
    DetailMatch,
    ProofSuggestion,
    SenderAuthentication,
    code_candidates,
    code_digest,
    lookalike_of,
    match_details,
    mentions_sensitive,
    new_code,
    parse_authentication_results,
    reply_to_mismatch,
    suggest_proof,
)
from privacydesk.domain.vocab import RequestStatus, Verification, VerificationMethod
from privacydesk.mail.parse import parse_message
from privacydesk.mail.redact import RemovedPart, remove_documents
from privacydesk.services import audit
from privacydesk.services.customers import CustomerService
from privacydesk.services.requests import RequestService
from privacydesk.services.settings import SettingsService
from privacydesk.store.db import Database
from privacydesk.store.models import Message, Request, VerificationCode

log = logging.getLogger(__name__)

VERIFICATION_ACTOR = "verification (code reply)"
DOCUMENT_TYPES = ("image/", "application/", "audio/", "video/")
_PROOF_WORDS = ("power of attorney", "authorization", "authorisation", "signed permission", "mandate",
                "vollmacht", "procuration", "poder notarial", "autorización", "autorizacion")


def _is_document(att: dict[str, Any]) -> bool:
    ctype = str(att.get("content_type") or "")
    return ctype.startswith(DOCUMENT_TYPES) and not ctype.endswith(("pgp-signature", "pkcs7-signature"))


@dataclass(frozen=True)
class IssuedCode:
    code: str
    expires_at: datetime
    id: int


@dataclass(frozen=True)
class CodeStatus:
    sent_at: datetime
    expires_at: datetime
    attempts: int
    max_attempts: int
    used_at: datetime | None
    expired: bool

    @property
    def active(self) -> bool:
        return self.used_at is None and not self.expired and self.attempts < self.max_attempts

    def describe(self) -> str:
        if self.used_at is not None:
            return "The requester replied with the code: identity verified."
        if self.attempts >= self.max_attempts:
            return "Too many wrong codes: this code no longer works. Send a new verification request."
        if self.expired:
            return "The code has expired without a correct reply. Send a new verification request."
        left = self.max_attempts - self.attempts
        return f"Waiting for the requester to reply with the code ({left} attempt{'s' if left != 1 else ''} left)."


@dataclass(frozen=True)
class SenderEvidence:
    email: str | None
    name: str | None
    reply_to_mismatch: tuple[str, ...]
    authentication: SenderAuthentication
    lookalike_of: str | None

    def warnings(self) -> list[str]:
        out: list[str] = []
        if self.authentication.failed:
            out.append(f"The receiving server could not confirm the sender ({', '.join(self.authentication.failed)} "
                       "failed): the message may not come from the address it shows.")
        if self.reply_to_mismatch:
            out.append("Answers would go to a different address than the sender's (Reply-To): "
                       + ", ".join(self.reply_to_mismatch) + ".")
        if self.lookalike_of:
            out.append(f"The sender's domain looks like {self.lookalike_of} but is not the same: "
                       "check it letter by letter.")
        return out


@dataclass(frozen=True)
class AgentEvidence:
    name: str | None
    email: str | None
    proof_arrived: bool
    documents: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class MaterialItem:
    message: int
    filename: str | None
    content_type: str
    size: int
    removed: bool
    sha256: str | None = None


@dataclass(frozen=True)
class VerificationEvidence:
    """Everything the verification panel shows for one request."""

    ref: str
    state: str
    method: str | None
    suggestion: ProofSuggestion
    sender: SenderEvidence | None
    details: tuple[DetailMatch, ...]
    customer_found: bool
    customers_file_loaded: bool
    agent: AgentEvidence | None
    code: CodeStatus | None
    material: tuple[MaterialItem, ...]
    warnings: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        auth = self.sender.authentication if self.sender else SenderAuthentication()
        return {
            "ref": self.ref,
            "verification": self.state,
            "method": self.method,
            "suggested_proof": {"level": self.suggestion.level.value, "label": self.suggestion.label,
                                "reasons": list(self.suggestion.reasons)},
            "sender": None if self.sender is None else {
                "email": self.sender.email, "name": self.sender.name,
                "spf": auth.spf.value, "dkim": auth.dkim.value, "dmarc": auth.dmarc.value,
                "authentication": auth.summary(), "checked_by": auth.server,
                "reply_to_mismatch": list(self.sender.reply_to_mismatch),
                "lookalike_of": self.sender.lookalike_of,
            },
            "details": [{"detail": d.detail, "matched": d.matched, "value": d.value, "note": d.note}
                        for d in self.details],
            "customer_found": self.customer_found,
            "customers_file_loaded": self.customers_file_loaded,
            "agent": None if self.agent is None else {
                "name": self.agent.name, "email": self.agent.email, "proof_arrived": self.agent.proof_arrived,
                "documents": list(self.agent.documents), "explanation": self.agent.explanation},
            "code": None if self.code is None else {
                "sent_at": self.code.sent_at, "expires_at": self.code.expires_at, "attempts": self.code.attempts,
                "max_attempts": self.code.max_attempts, "used_at": self.code.used_at,
                "expired": self.code.expired, "active": self.code.active, "status": self.code.describe()},
            "material": [{"message": m.message, "filename": m.filename, "content_type": m.content_type,
                          "size": m.size, "removed": m.removed, "sha256": m.sha256} for m in self.material],
            "warnings": list(self.warnings),
        }


class VerificationService:
    def __init__(self, db: Database, requests: RequestService, settings: SettingsService,
                 profile: CompanyProfile, customers: CustomerService) -> None:
        self.db = db
        self.requests = requests
        self.settings = settings
        self.profile = profile
        self.customers = customers

    # -- codes -------------------------------------------------------------------------------------
    def issue_code(self, session: Session, req: Request, outbox_id: int | None = None) -> IssuedCode:
        """A new one-time code for ``req`` (inside the caller's transaction). Only the newest code of a
        request counts, so a new letter replaces the code of an earlier one."""
        now = self.requests.now()
        code = new_code()
        hours = self.settings.get(decl.VERIFICATION_CODE_HOURS)
        expires = now + timedelta(hours=hours)
        row = VerificationCode(request_id=req.id, digest=code_digest(str(req.id), code), created_at=now,
                               expires_at=expires, attempts=0,
                               max_attempts=self.settings.get(decl.VERIFICATION_CODE_ATTEMPTS),
                               outbox_id=outbox_id)
        session.add(row)
        session.flush()
        return IssuedCode(code, expires, row.id)

    def withdraw_code(self, code_id: int) -> None:
        """Forget a code whose letter never left (a draft the mailbox refused)."""
        with self.db.write() as session:
            row = session.get(VerificationCode, code_id)
            if row is not None and row.used_at is None:
                session.delete(row)

    @staticmethod
    def _codes(session: Session, request_id: int) -> list[VerificationCode]:
        return list(session.execute(select(VerificationCode).where(VerificationCode.request_id == request_id)
                                    .order_by(VerificationCode.id)).scalars())

    def _active_code(self, session: Session, request_id: int) -> VerificationCode | None:
        codes = [c for c in self._codes(session, request_id) if c.revoked_at is None]
        return codes[-1] if codes and codes[-1].used_at is None else None

    def on_message_joined(self, session: Session, message: Message, req: Request,
                          parsed: ParsedMessage) -> str | None:
        """Ingest hook: a reply from the requester's own address carrying the code verifies them."""
        if message.direction != "in" or req.verification not in (Verification.PENDING.value,
                                                                  Verification.FAILED.value):
            return None
        if req.status in {s.value for s in (RequestStatus.COMPLETED, RequestStatus.DENIED, RequestStatus.WITHDRAWN,
                                            RequestStatus.DUPLICATE, RequestStatus.NOT_A_REQUEST)}:
            return None
        sender = (parsed.sender.email or "").lower()
        if not sender or sender not in {e.email for e in req.requester.emails}:
            return None
        code = self._active_code(session, req.id)
        if code is None:
            return None
        candidates = code_candidates(f"{parsed.subject}\n{parsed.text}")
        if not candidates:
            return None
        now = self.requests.now()
        matched = any(code_digest(str(req.id), c) == code.digest for c in candidates)
        if matched and code.expires_at < now:
            audit.record(session, "verification_code_expired", actor=VERIFICATION_ACTOR, request=req,
                         message_pk=message.id, detail="the requester replied with the code after it expired")
            return f"{req.ref}: the requester replied with the code after it expired; send a new verification request."
        if code.attempts >= code.max_attempts:
            return None
        if not matched:
            code.attempts += 1
            audit.record(session, "verification_code_rejected", actor=VERIFICATION_ACTOR, request=req,
                         message_pk=message.id, after={"attempts": code.attempts, "max_attempts": code.max_attempts},
                         detail="a reply from the requester's address held a wrong code")
            if code.attempts >= code.max_attempts:
                return (f"{req.ref}: too many wrong codes; the code no longer works. "
                        "Send a new verification request if the requester still wants to go ahead.")
            return f"{req.ref}: the requester replied with a wrong code ({code.attempts} of {code.max_attempts} attempts used)."
        code.used_at = now
        self.requests.verify_in(session, req, VerificationMethod.CODE_REPLY.value, "verified",
                                actor=VERIFICATION_ACTOR,
                                note="the requester replied from their own address with the one-time code")
        if req.status == RequestStatus.AWAITING_VERIFICATION.value:
            self.requests.set_status_in(session, req, RequestStatus.IN_PROGRESS.value, actor=VERIFICATION_ACTOR,
                                        reason="identity verified by code reply")
        return f"{req.ref}: identity verified — the requester replied from their own address with the one-time code."

    def code_status(self, session: Session, request_id: int) -> CodeStatus | None:
        codes = self._codes(session, request_id)
        current = next((c for c in reversed(codes) if c.revoked_at is None), None)
        if current is None:
            return None
        now = self.requests.now()
        return CodeStatus(current.created_at, current.expires_at, current.attempts, current.max_attempts,
                          current.used_at, current.used_at is None and current.expires_at < now)

    # -- verification material -----------------------------------------------------------------------
    def purge_material(self, session: Session, req: Request, state: str, actor: str) -> int:
        """RequestService hook: verification recorded → remove the documents sent to prove identity.
        Returns how many documents were removed."""
        if not self.profile.delete_verification_data_after_verification:
            return 0
        parties = {e.email for e in req.requester.emails}
        if req.agent_email:
            parties.add(req.agent_email)
        now = self.requests.now()
        local = now.astimezone(self.profile.tz)
        stamp = f"on {local:%Y-%m-%d} after identity verification ({state})"
        removed_log: list[dict[str, Any]] = []
        messages = session.execute(select(Message).where(Message.request_id == req.id,
                                                         Message.direction == "in")).scalars()
        for m in messages:
            atts = [dict(a) for a in (m.attachments or [])]
            pending = [a for a in atts if _is_document(a) and not a.get("removed")]
            if not pending:
                continue
            raw = m.raw
            parts: list[RemovedPart] = []
            if raw:
                new_raw, parts = remove_documents(raw, stamp)
                if parts:
                    m.raw = new_raw
                else:
                    # The documents could not be cut out on their own: drop the whole stored copy
                    # (the text and the metadata stay) rather than keep an ID scan.
                    m.raw = None
                    m.has_full_raw = False
            by_name: dict[tuple[str | None, str], list[RemovedPart]] = {}
            for part in parts:
                by_name.setdefault((part.filename, part.content_type), []).append(part)
            for att in atts:
                if not _is_document(att) or att.get("removed"):
                    continue
                match = by_name.get((att.get("filename"), str(att.get("content_type") or "")))
                cut = match.pop(0) if match else None
                att["removed"] = local.isoformat(timespec="minutes")
                att["sha256"] = cut.sha256 if cut else None
                removed_log.append({"message": m.id, "filename": att.get("filename"),
                                    "content_type": att.get("content_type"), "size": att.get("size"),
                                    "sha256": att["sha256"]})
            m.attachments = atts
        if removed_log:
            audit.record(session, "verification_material_deleted", actor=actor, request=req,
                         after={"removed": removed_log},
                         detail=f"{len(removed_log)} document(s) sent for verification deleted after "
                                f"verification was recorded ({state}); only their names, sizes and "
                                "SHA-256 hashes are kept")
        return len(removed_log)

    def sweep_material(self, session: Session, actor: str) -> int:
        """Retention sweeper: documents still kept for requests whose verification is recorded (e.g.
        mail that joined after verification) are removed the same way. Returns how many documents."""
        if not self.profile.delete_verification_data_after_verification:
            return 0
        settled = (Verification.VERIFIED.value, Verification.FAILED.value)
        return sum(self.purge_material(session, req, req.verification, actor)
                   for req in session.execute(select(Request).where(Request.verification.in_(settled))).scalars())

    # -- the panel -----------------------------------------------------------------------------------
    def evidence(self, ref: str) -> VerificationEvidence:
        with self.db.read() as session:
            req = self.requests.get_in(session, ref)
            messages = list(session.execute(select(Message).where(Message.request_id == req.id)
                                            .order_by(Message.received_at, Message.id)).scalars())
            incoming = [m for m in messages if m.direction == "in"]
            first = next((m for m in incoming if m.kind == "request"), incoming[0] if incoming else None)
            sender = self._sender_evidence(session, first) if first is not None else None
            emails = [e.email for e in req.requester.emails]
            texts = [m.text or "" for m in incoming] + [m.subject or "" for m in incoming]
            records = CustomerService.records_in(session, emails, req.requester.name)
            details = match_details(emails, req.requester.name, req.requester.phone, req.requester.postal_address,
                                    texts, records)
            file_loaded = bool(CustomerService.known_domains_in(session, limit=1))
            customer_found = any(d.detail == "email address" and d.matched for d in details) or bool(records)
            agent = self._agent_evidence(req, incoming) if (req.agent_email or req.agent_name) else None
            material = tuple(
                MaterialItem(m.id, a.get("filename"), str(a.get("content_type") or ""), int(a.get("size") or 0),
                             bool(a.get("removed")), a.get("sha256"))
                for m in incoming for a in (m.attachments or []) if _is_document(a))
            warnings = sender.warnings() if sender is not None else []
            email_on_file = (any(d.detail == "email address" and d.matched for d in details)
                             if file_loaded else None)
            suggestion = suggest_proof(list(req.types), warnings=warnings, email_on_file=email_on_file,
                                       sensitive=mentions_sensitive("\n".join(texts)))
            if agent is not None and not agent.proof_arrived:
                warnings.append("The request was made by an authorized agent and no proof of their authority "
                                "has arrived yet.")
            return VerificationEvidence(
                ref=req.ref, state=req.verification, method=req.verification_method, suggestion=suggestion,
                sender=sender, details=details, customer_found=customer_found, customers_file_loaded=file_loaded,
                agent=agent, code=self.code_status(session, req.id), material=material, warnings=tuple(warnings))

    def _sender_evidence(self, session: Session, m: Message) -> SenderEvidence:
        parsed: ParsedMessage | None = None
        raw = m.raw
        if raw:
            try:
                parsed = parse_message(raw).message
            except Exception:  # never fail the panel on a hostile message
                parsed = None
        auth = parse_authentication_results(parsed.header_all("Authentication-Results")) if parsed else \
            SenderAuthentication()
        sender = (parsed.sender.email if parsed else m.sender_email) or m.sender_email
        reply_to = [a.email for a in parsed.reply_to] if parsed else []
        known = set(COMMON_DOMAINS) | set(self.profile.own_domains) | CustomerService.known_domains_in(session)
        domain = sender.rpartition("@")[2] if sender and "@" in sender else None
        return SenderEvidence(sender, m.sender_name, reply_to_mismatch(sender, reply_to), auth,
                              lookalike_of(domain, known))

    @staticmethod
    def _agent_evidence(req: Request, incoming: list[Message]) -> AgentEvidence:
        parties = {e.email for e in req.requester.emails}
        if req.agent_email:
            parties.add(req.agent_email)
        documents: list[str] = []
        mentioned = False
        for m in incoming:
            if m.sender_email and m.sender_email.lower() not in parties:
                continue
            for a in m.attachments or []:
                if _is_document(a):
                    name = str(a.get("filename") or a.get("content_type"))
                    documents.append(f"{name} (deleted after verification)" if a.get("removed") else name)
            text = (m.text or "").lower()
            mentioned = mentioned or any(word in text for word in _PROOF_WORDS)
        if req.verification_method == VerificationMethod.AGENT_PROOF.value:
            return AgentEvidence(req.agent_name, req.agent_email, True, tuple(documents),
                                 "The agent's proof of authority was checked and recorded.")
        if documents:
            return AgentEvidence(req.agent_name, req.agent_email, True, tuple(documents),
                                 "A document has arrived from the agent or the requester: check that it is a "
                                 "signed permission or a power of attorney.")
        note = ("The messages mention an authorization, but no document is attached."
                if mentioned else "No proof of the agent's authority has arrived yet.")
        return AgentEvidence(req.agent_name, req.agent_email, False, (), note)
