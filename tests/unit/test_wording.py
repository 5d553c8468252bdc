"""Plain words (issue 8): one name per law, human dates, plurals, engine text without identifiers,
the next step in one sentence, and the reasons an action does not apply."""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.domain import deadlines, guidance, wording
from privacydesk.domain.profile import load_profile
from privacydesk.resources import DEFAULT_PROFILE

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def profile():  # type: ignore[no-untyped-def]
    return load_profile(DEFAULT_PROFILE)


@pytest.fixture(scope="module")
def rules() -> deadlines.RuleBook:
    return deadlines.load_rules()


def test_every_law_has_one_plain_name() -> None:
    from privacydesk.domain.vocab import Regime

    names = [wording.regime_label(r.value) for r in Regime]
    assert len(set(names)) == len(names)
    assert all("_" not in name for name in names)
    assert wording.regime_label("ccpa") == "California (CCPA)"  # the rule file's label, as in explanations
    assert wording.regime_label("ccpa", confirmed=False) == "California (CCPA), not confirmed"
    from privacydesk.domain.deadline_rules import regime_labels

    for regime, label in regime_labels().items():  # one name per law, wherever it is read
        assert regime == "unknown" or wording.regime_label(regime) == label
    assert wording.regime_label("unknown", confirmed=False) == "Law not known yet"
    assert wording.regime_label("new_law") == "NEW LAW"  # a law added as data still reads


def test_dates_plurals_and_the_clock() -> None:
    assert wording.day(date(2026, 11, 23), TODAY) == "Mon 23 Nov"
    assert wording.day(date(2027, 1, 4), TODAY) == "Mon 4 Jan 2027"
    assert wording.day(None) == "—"
    assert [wording.plural(n, "message") for n in (0, 1, 2)] == ["0 messages", "1 message", "2 messages"]
    assert wording.plural(3, "reply", "replies") == "3 replies"
    assert wording.clock_text("overdue", -1) == "Overdue · 1 day late"
    assert wording.clock_text("on_track", None) == "On track"
    assert "None" not in wording.clock_text("due_soon", None)


def test_engine_text_in_words() -> None:
    text = ("[gdpr; regime not confirmed, earliest of gdpr, uk_gdpr] UK GDPR Art. 12(3) — received 2026-11-21 "
            "+ 1 month = 2026-12-21 (Mon); extending this request leaves its respond_by in force")
    _type, regime, rest = wording.explanation_parts(text)
    assert regime == "gdpr"
    words = wording.humanize(rest)
    assert "Art. 12(3)" in words and "Mon 21 Dec 2026" in words and "its answer date in force" in words
    for identifier in ("respond_by", "uk_gdpr", "2026-12-21"):
        assert identifier not in words


def test_notes_repeated_per_law_are_merged() -> None:
    why = "the company notice promises opt_out_sale by 2026-12-05 (notice §10); no extension beyond it"
    notes = [f"no extension for opt_out_sale under {regime}: {why}" for regime in ("gdpr", "uk_gdpr", "pipeda")]
    notes.append("regime not confirmed: each date is the earliest under the covered regimes (gdpr, ccpa)")
    merged = wording.merge_notes(notes)
    assert len(merged) == 2
    assert merged[0].startswith("No extension for opt-out of sale/sharing under EU (GDPR), United Kingdom (UK GDPR), Canada (PIPEDA)")
    assert "your privacy notice promises" in merged[0]
    assert merged[1] == ("The law is not confirmed yet, so each date is the earliest under the laws your privacy "
                         "notice covers: EU (GDPR), California (CCPA).")


def _step(profile, rules, **facts):  # type: ignore[no-untyped-def]
    f = deadlines.DeadlineFacts(**facts)
    schedule = deadlines.compute(f, profile, rules, today=TODAY)
    clock = deadlines.clock_status(schedule, f, profile, TODAY)
    return f, schedule, guidance.next_step(status="new", verification="pending", facts=f, schedule=schedule,
                                           clock=clock, profile=profile, rules=rules, today=TODAY,
                                           flags=schedule.flags)


def test_the_next_step_says_what_is_due_and_why(profile, rules) -> None:  # type: ignore[no-untyped-def]
    _f, _s, step = _step(profile, rules, regime="ccpa", types=("access",), received=date(2026, 11, 23))
    assert step == ("Confirm receipt by Tue 8 Dec (in 13 days) — California (CCPA) requires it within "
                    "10 business days.")
    _f, _s, step = _step(profile, rules, regime="uk_gdpr", types=("access",), received=date(2026, 11, 2),
                         acknowledged_on=date(2026, 11, 3))
    assert step.startswith("Verify the requester's identity, then send the answer by Wed 2 Dec (in 7 days) — "
                           "United Kingdom (UK GDPR) allows one month")
    _f, _s, step = _step(profile, rules, regime="ccpa", types=("opt_out_sale",), received=date(2026, 11, 1))
    assert "your privacy notice promises it within 15 days" in step and "late" in step


def test_actions_that_do_not_apply_say_why(profile, rules) -> None:  # type: ignore[no-untyped-def]
    f, schedule, _step_text = _step(profile, rules, regime="ccpa", types=("access",), received=date(2026, 11, 23))
    can = guidance.availability(status="new", verification="pending", regime="ccpa", regime_confirmed=True,
                                facts=f, schedule=schedule, rules=rules, today=TODAY)
    assert can["extend"].allowed and can["acknowledge"].allowed
    assert not can["complete"].allowed and "Verify the requester's identity first" in can["complete"].reason
    assert not can["pause"].allowed and "UK GDPR" in can["pause"].reason
    assert not can["resume"].allowed
    closed = guidance.availability(status="completed", verification="verified", regime="ccpa",
                                   regime_confirmed=True, facts=f, schedule=schedule, rules=rules, today=TODAY)
    assert not closed["extend"].allowed and "Reopen it first" in closed["extend"].reason
    assert closed["change_status"].allowed and closed["note"].allowed
    late = date(2027, 2, 1)
    too_late = guidance.availability(status="acknowledged", verification="pending", regime="ccpa",
                                     regime_confirmed=True, facts=f, schedule=schedule, rules=rules, today=late)
    assert not too_late["extend"].allowed and "Too late to extend" in too_late["extend"].reason
    assert "2027-" not in too_late["extend"].reason and "2026-" not in too_late["extend"].reason
