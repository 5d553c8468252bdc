"""Every lifecycle transition, legal and illegal (issue 2)."""

from __future__ import annotations

import itertools

import pytest

from privacydesk.domain.lifecycle import (
    LifecycleError,
    allowed_next,
    check_status_change,
    check_verification_change,
)
from privacydesk.domain.vocab import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    RequestStatus,
    Verification,
    VerificationMethod,
)

S = RequestStatus
V = Verification


def expected_allowed(current: S, new: S, verification: V, reason: str | None) -> bool:
    """The rule of issue 2, written independently of the implementation."""
    if current == new:
        return False
    if current in OPEN_STATUSES:
        if new in OPEN_STATUSES:
            return OPEN_STATUSES.index(new) > OPEN_STATUSES.index(current)
        if new == S.COMPLETED:
            return verification in (V.VERIFIED, V.NOT_REQUIRED)
        return True
    targets = {S.IN_PROGRESS} | ({S.NEW} if current == S.NOT_A_REQUEST else set())
    return new in targets and bool(reason)


ALL_CASES = list(itertools.product(list(S), list(S), list(V), [None, "customer wrote back"]))


@pytest.mark.parametrize(("current", "new", "verification", "reason"), ALL_CASES,
                         ids=[f"{c}->{n}/{v}/{'reason' if r else 'noreason'}" for c, n, v, r in ALL_CASES])
def test_every_transition(current: S, new: S, verification: V, reason: str | None) -> None:
    if expected_allowed(current, new, verification, reason):
        check_status_change(current, new, verification, reason)
    else:
        with pytest.raises(LifecycleError):
            check_status_change(current, new, verification, reason)


def test_completing_unverified_request_names_the_rule() -> None:
    with pytest.raises(LifecycleError) as info:
        check_status_change(S.IN_PROGRESS, S.COMPLETED, V.PENDING)
    assert info.value.rule == "complete_needs_verification"
    assert "verif" in str(info.value)


def test_reopen_without_reason_is_refused_with_hint() -> None:
    with pytest.raises(LifecycleError) as info:
        check_status_change(S.COMPLETED, S.IN_PROGRESS, V.VERIFIED, "  ")
    assert info.value.rule == "reopen_needs_reason"
    assert "--reason" in str(info.value)


def test_backwards_move_lists_allowed_next() -> None:
    with pytest.raises(LifecycleError) as info:
        check_status_change(S.IN_PROGRESS, S.NEW, V.PENDING)
    assert "in_progress" in str(info.value) and "denied" in str(info.value)


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("verification", list(V))
def test_allowed_next_agrees_with_check(current: S, verification: V) -> None:
    for new in S:
        listed = new in allowed_next(current, verification)
        try:
            check_status_change(current, new, verification, "a reason")
            ok = True
        except LifecycleError:
            ok = False
        assert listed == ok, (current, new, verification)


def test_verification_needs_method_and_open_request() -> None:
    check_verification_change(S.NEW, V.PENDING, V.VERIFIED, VerificationMethod.CODE_REPLY)
    with pytest.raises(LifecycleError):
        check_verification_change(S.NEW, V.PENDING, V.VERIFIED, None)
    with pytest.raises(LifecycleError):
        check_verification_change(S.NEW, V.PENDING, V.FAILED, VerificationMethod.DOCUMENT)
    for closed in CLOSED_STATUSES:
        with pytest.raises(LifecycleError):
            check_verification_change(closed, V.PENDING, V.VERIFIED, VerificationMethod.DOCUMENT)
    check_verification_change(S.IN_PROGRESS, V.VERIFIED, V.FAILED, None)
    with pytest.raises(LifecycleError):
        check_verification_change(S.IN_PROGRESS, V.FAILED, V.FAILED, None)
