"""The request lifecycle rules, enforced here so that no front end can bypass them.

Open statuses run in order new → acknowledged → awaiting_verification → in_progress. An open request
may move forward to any later open status or to any closed one; ``completed`` additionally needs the
identity question settled (verification ``verified`` or ``not_required``). A closed request can only
be reopened — to ``in_progress``, or ``not_a_request`` back to ``new`` — and only with a reason.

Every check raises ``LifecycleError`` naming the rule; callers change nothing when it is raised.
"""

from __future__ import annotations

from privacydesk.domain.errors import Refused
from privacydesk.domain.vocab import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    RequestStatus,
    Verification,
    VerificationMethod,
)


class LifecycleError(Refused, ValueError):
    """A change the lifecycle does not allow. ``rule`` is a short identifier for tests and logs."""

    def __init__(self, rule: str, message: str) -> None:
        self.rule = rule
        super().__init__(message)


def check_status_change(
    current: RequestStatus,
    new: RequestStatus,
    verification: Verification,
    reason: str | None = None,
) -> None:
    """Raise ``LifecycleError`` unless ``current`` → ``new`` is allowed."""
    reason = (reason or "").strip()
    if new == current:
        raise LifecycleError("same_status", f"The request is already '{current}'.")
    if current in OPEN_STATUSES:
        if new in OPEN_STATUSES:
            if OPEN_STATUSES.index(new) < OPEN_STATUSES.index(current):
                raise LifecycleError(
                    "open_backwards",
                    f"An open request only moves forward: '{current}' cannot go back to '{new}'. "
                    f"Allowed next: {', '.join(allowed_next(current, verification))}.",
                )
            return
        if new == RequestStatus.COMPLETED and verification not in (
            Verification.VERIFIED, Verification.NOT_REQUIRED
        ):
            raise LifecycleError(
                "complete_needs_verification",
                f"A request can be completed only when the requester's identity is verified or "
                f"verification is not required; verification is '{verification}'. Verify it first "
                f"(privacydesk verify REF --method …) or deny the request.",
            )
        return
    # closed: only reopening is possible, and it needs a reason
    reopen_targets = reopen_options(current)
    if new not in reopen_targets:
        raise LifecycleError(
            "closed_only_reopen",
            f"The request is closed ('{current}'); it can only be reopened to "
            f"{' or '.join(repr(str(t)) for t in reopen_targets)} (with a reason).",
        )
    if not reason:
        raise LifecycleError(
            "reopen_needs_reason",
            f"Reopening a closed request ('{current}' → '{new}') needs a reason (--reason TEXT).",
        )


def reopen_options(current: RequestStatus) -> tuple[RequestStatus, ...]:
    if current == RequestStatus.NOT_A_REQUEST:
        return (RequestStatus.NEW, RequestStatus.IN_PROGRESS)
    return (RequestStatus.IN_PROGRESS,)


def allowed_next(current: RequestStatus, verification: Verification) -> list[RequestStatus]:
    """Statuses the request may move to now (for menus and error messages)."""
    if current in CLOSED_STATUSES:
        return list(reopen_options(current))
    later_open = list(OPEN_STATUSES[OPEN_STATUSES.index(current) + 1 :])
    closed = [
        s for s in CLOSED_STATUSES
        if s != RequestStatus.COMPLETED
        or verification in (Verification.VERIFIED, Verification.NOT_REQUIRED)
    ]
    return later_open + closed


def check_verification_change(
    status: RequestStatus,
    current: Verification,
    new: Verification,
    method: VerificationMethod | None,
) -> None:
    """Raise ``LifecycleError`` unless the verification state may change this way."""
    if status in CLOSED_STATUSES:
        raise LifecycleError(
            "closed_request",
            f"The request is closed ('{status}'); reopen it before changing its verification.",
        )
    if new == Verification.VERIFIED and method is None:
        raise LifecycleError(
            "verified_needs_method",
            "Say how the identity was verified: " + ", ".join(m.value for m in VerificationMethod) + ".",
        )
    if new != Verification.VERIFIED and method is not None:
        raise LifecycleError("method_only_when_verified", "A verification method applies only to 'verified'.")
    if new == current and new != Verification.VERIFIED:
        raise LifecycleError("same_verification", f"Verification is already '{current}'.")
