"""The identity check in words a staff member reads: no "SPF softfail", no "dkim=pass".

Every sentence is built from ``VerificationEvidence`` (``services/verification.py``); nothing here
decides anything — the panel shows evidence for a person to weigh.
"""

from __future__ import annotations

from datetime import tzinfo

from privacydesk.domain.verification import AuthResult, SenderAuthentication
from privacydesk.domain.wording import plural
from privacydesk.services.verification import CodeStatus, MaterialItem, VerificationEvidence
from privacydesk.ui import labels

#: Each check the receiving mail server made, as what it tells a person.
CHECKS = (("spf", "Sent from a server its domain allows (SPF)"),
          ("dkim", "Signed by its domain, not altered (DKIM)"),
          ("dmarc", "Passes its domain's own rules (DMARC)"))

RESULTS = {
    AuthResult.PASS: "yes",
    AuthResult.FAIL: "NO — failed",
    AuthResult.SOFTFAIL: "doubtful (soft fail)",
    AuthResult.NEUTRAL: "no verdict",
    AuthResult.NONE: "not set up by the sender's domain",
    AuthResult.TEMPERROR: "could not be checked (temporary error)",
    AuthResult.PERMERROR: "could not be checked (the domain's setup is broken)",
    AuthResult.POLICY: "not applied (the server's own policy)",
    AuthResult.ABSENT: "not checked",
}

KIND = {"image": "picture", "application/pdf": "PDF", "application": "document", "audio": "recording",
        "video": "video"}


def auth_lines(auth: SenderAuthentication) -> list[tuple[str, str, bool]]:
    """(check, result in words, is it a warning) for SPF, DKIM and DMARC."""
    out = []
    for key, label in CHECKS:
        result: AuthResult = getattr(auth, key)
        out.append((label, RESULTS.get(result, result.value), result in (AuthResult.FAIL, AuthResult.SOFTFAIL,
                                                                          AuthResult.PERMERROR)))
    return out


def auth_verdict(auth: SenderAuthentication) -> str:
    if not auth.known:
        return "The receiving mail server did not record whether the sender is genuine."
    server = f" ({auth.server})" if auth.server else ""
    if auth.failed:
        return (f"The receiving mail server{server} could not confirm the sender: the message may not come "
                "from the address it shows.")
    if auth.passed:
        return f"The receiving mail server{server} confirmed that the message comes from the sender's domain."
    return f"The receiving mail server{server} checked the sender only in part."


def state_line(evidence: VerificationEvidence) -> str:
    text = labels.word(labels.VERIFICATION, evidence.state)
    if evidence.method:
        text += f" ({labels.word(labels.VERIFICATION_METHODS, evidence.method)})"
    return text


def code_line(code: CodeStatus | None, tz: tzinfo | None = None) -> str:
    if code is None:
        return "No code sent yet. “Ask for proof of identity” sends a letter with a one-time code."
    sent = f"Sent {labels.moment(code.sent_at, tz)}"
    if code.used_at is not None:
        return f"{sent}. The requester replied with it on {labels.moment(code.used_at, tz)}: identity verified."
    if code.attempts >= code.max_attempts:
        return f"{sent}. Too many wrong codes: it no longer works. Send a new verification request."
    if code.expired:
        return f"{sent}. It expired on {labels.moment(code.expires_at, tz)} without a correct reply. " \
               "Send a new verification request."
    left = code.max_attempts - code.attempts
    return (f"{sent}, valid until {labels.moment(code.expires_at, tz)}. Waiting for the requester to reply with it "
            f"({plural(left, 'wrong attempt')} left).")


def material_line(item: MaterialItem) -> str:
    kind = KIND.get(item.content_type) or KIND.get(item.content_type.split("/")[0], "file")
    size = f"{item.size / 1024:.0f} KB" if item.size >= 1024 else f"{item.size} bytes"
    name = item.filename or "(unnamed)"
    if item.removed:
        return f"{name} ({kind}): deleted after verification; only its name, size and fingerprint are kept."
    return f"{name} ({kind}, {size}): kept until verification is recorded, then deleted."


def detail_line(detail: str, matched: bool, value: str | None, note: str) -> str:
    mark = "✓" if matched else "✗"
    what = detail[:1].upper() + detail[1:]
    if not value:
        return f"{mark} {what}: {note or 'not given'}"
    return f"{mark} {what}: {value}" + (f" — {note}" if note else "")
