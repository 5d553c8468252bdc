"""Deadlines follow a request's facts: verify, extend, pause, resume, regime and type changes are
recomputed at once and audited with the old and new dates (issue 3)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from privacydesk.domain.deadlines import ExtensionRefused
from privacydesk.domain.lifecycle import LifecycleError
from privacydesk.services.requests import InvalidInput, NewRequest


def add(services: Any, regime: str | None, types: list[str], received: str, email: str = "p@example.com") -> str:
    return services.requests.create(NewRequest(email=email, types=types, regime=regime,
                                               received=datetime.fromisoformat(received))).ref


def last_event(services: Any, ref: str) -> dict[str, Any]:
    return services.requests.show(ref).as_json()["audit"][-1]


def test_uk_stop_the_clock_moves_the_date_and_is_audited(services: Any) -> None:
    ref = add(services, "uk_gdpr", ["access"], "2026-09-03T11:00")
    assert services.requests.show(ref).as_json()["milestones"]["respond_by"] == "2026-10-05"  # worked example 2
    services.requests.pause(ref, "clarification", on=date(2026, 9, 10), note="which account?")
    services.requests.resume(ref, on=date(2026, 9, 17))
    shown = services.requests.show(ref).as_json()
    # 3 Sep + 1 month + 7 paused days = 10 Oct (Saturday) -> Monday 12 Oct
    assert shown["milestones"]["respond_by"] == "2026-10-12"
    assert shown["pauses"] == [{"waiting_for": "clarification", "started": "2026-09-10",
                                "ended": "2026-09-17", "note": "which account?"}]
    event = last_event(services, ref)
    assert event["action"] == "clock_resumed"
    assert event["after"]["respond_by"] == "2026-10-12"
    assert event["before"]["respond_by"] != "2026-10-12"


def test_uk_clock_starts_when_the_id_arrives(services: Any) -> None:
    ref = add(services, "uk_gdpr", ["deletion"], "2026-09-03T11:00")
    services.requests.pause(ref, "id", on=date(2026, 9, 4))
    assert services.requests.show(ref).as_json()["clock"]["status"] == "paused"
    services.requests.resume(ref, on=date(2026, 9, 21))
    shown = services.requests.show(ref).as_json()
    assert shown["milestones"]["respond_by"] == "2026-10-21"  # ID received 21 Sep + 1 month (Wednesday)


def test_pause_under_gdpr_is_recorded_but_moves_nothing(services: Any) -> None:
    ref = add(services, "gdpr", ["access"], "2026-11-20T09:00")
    before = services.requests.show(ref).as_json()["milestones"]
    services.requests.pause(ref, "clarification", on=date(2026, 11, 21))
    services.requests.resume(ref, on=date(2026, 11, 24))
    shown = services.requests.show(ref).as_json()
    assert shown["milestones"] == before
    assert any(note.startswith("Clarification dates change nothing") and "EU (GDPR)" in note
               for note in shown["notes_deadline"])


def test_extension_needs_a_reason_and_is_audited(services: Any) -> None:
    ref = add(services, "gdpr", ["access"], "2026-11-10T09:00")
    with pytest.raises(InvalidInput):
        services.requests.extend(ref, "  ")
    services.requests.extend(ref, "records in three systems")
    shown = services.requests.show(ref).as_json()
    assert shown["extended"] and shown["clock"]["status"] == "extended"
    assert shown["clock"]["next_milestone"] == "respond_by_extended"
    assert shown["clock"]["due"] == shown["milestones"]["respond_by_extended"] == "2027-02-10"
    event = last_event(services, ref)
    assert event["action"] == "deadline_extended" and event["detail"] == "records in three systems"
    with pytest.raises(ExtensionRefused, match="already been extended"):
        services.requests.extend(ref, "again")


def test_extension_refused_after_the_notice_date(services: Any) -> None:
    ref = add(services, "gdpr", ["access"], "2026-09-01T09:00")  # respond_by 1 Oct, today is 25 Nov
    with pytest.raises(ExtensionRefused):
        services.requests.extend(ref, "too late")
    assert not services.requests.show(ref).as_json()["extended"]


def test_extension_refused_where_the_law_allows_none(services: Any) -> None:
    ref = add(services, "ccpa", ["opt_out_sale"], "2026-11-24T09:00")
    with pytest.raises(ExtensionRefused, match="No extension"):
        services.requests.extend(ref, "busy")


def test_fadp_extension_takes_the_staff_date(services: Any) -> None:
    ref = add(services, "fadp", ["access"], "2026-11-20T09:00")
    with pytest.raises(ExtensionRefused, match="new date"):
        services.requests.extend(ref, "complex")
    services.requests.extend(ref, "complex", to=date(2027, 1, 15))
    assert services.requests.show(ref).as_json()["milestones"]["respond_by_extended"] == "2027-01-15"


def test_confirming_the_regime_recomputes_and_audits_dates(services: Any) -> None:
    ref = add(services, None, ["access"], "2026-11-25T10:00")
    unknown = services.requests.show(ref).as_json()
    assert unknown["regime"] == "unknown" and "regime_not_confirmed" in unknown["flags"]
    services.requests.set_regime(ref, "ccpa")
    shown = services.requests.show(ref).as_json()
    assert shown["milestones"]["respond_by"] == "2027-01-08"
    assert shown["milestones"]["acknowledge_by"] == "2026-12-10"
    event = last_event(services, ref)
    assert event["action"] == "regime_changed"
    assert event["before"]["regime"] == "unknown" and event["after"]["regime"] == "ccpa"
    assert event["after"]["respond_by"] == "2027-01-08"
    assert event["before"]["respond_by"] == unknown["milestones"]["respond_by"]


def test_acknowledging_moves_the_clock_to_the_response_date(services: Any) -> None:
    ref = add(services, "ccpa", ["deletion"], "2026-11-25T10:00")
    assert services.requests.show(ref).as_json()["clock"]["next_milestone"] == "acknowledge_by"
    services.requests.set_status(ref, "acknowledged")
    clock = services.requests.show(ref).as_json()["clock"]
    assert clock["next_milestone"] == "respond_by" and clock["due"] == "2027-01-08"


def test_closed_request_reports_on_time(services: Any) -> None:
    ref = add(services, "ccpa", ["opt_out_sale"], "2026-11-24T10:00")
    services.requests.set_status(ref, "completed")  # opt-outs need no verification
    assert services.requests.show(ref).as_json()["clock"]["status"] == "closed_on_time"
    with pytest.raises(LifecycleError):
        services.requests.pause(ref, "clarification")


def test_repeat_access_request_is_flagged(services: Any) -> None:
    first = add(services, "ccpa", ["access"], "2026-03-01T10:00", email="same@example.com")
    second = add(services, "ccpa", ["access"], "2026-11-20T10:00", email="same@example.com")
    assert "repeat_request" not in services.requests.show(first).as_json()["flags"]
    assert "repeat_request" in services.requests.show(second).as_json()["flags"]


def test_opt_out_flags_that_identity_proof_is_not_allowed(services: Any) -> None:
    ref = add(services, "ccpa", ["opt_out_sale"], "2026-11-20T10:00")
    shown = services.requests.show(ref).as_json()
    assert shown["verification"] == "not_required"
    assert "verification_not_allowed" in shown["flags"]

