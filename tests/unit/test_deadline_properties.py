"""Hypothesis properties of the deadline engine (issue 3 and issue 15, "How it is judged").

Every regime of the rule book takes part (the 2026 extension's 18 laws included), every request
type (``appeal`` and ``limit_sensitive`` included), and received dates from 2010 so that every
law's start date (``in_force``, a row's ``effective_from``) is crossed.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from privacydesk.domain.deadlines import DeadlineFacts, Pause, Schedule, compute, load_rules
from privacydesk.domain.profile import load_profile
from privacydesk.domain.vocab import Regime, RequestType, values
from privacydesk.resources import DEFAULT_PROFILE

RULES = load_rules()
PROFILE = load_profile(DEFAULT_PROFILE)
REGIMES = values(Regime)
TYPES = values(RequestType)
TODAY = date(2027, 6, 1)

received_dates = st.dates(min_value=date(2010, 1, 1), max_value=date(2034, 12, 31))
# Start dates of the rule book (a law's in_force, a row's effective_from, a milestone's): received
# dates drawn around them exercise "before it, principle 6 applies".
START_DATES = sorted({d for regime in RULES.regimes.values() for rule in regime.rules
                      for d in (rule.effective_from, *(m.effective_from for m in rule.milestones.values()))
                      if d is not None})
near_start = st.builds(lambda start, shift: start + timedelta(days=shift),
                       st.sampled_from(START_DATES), st.integers(min_value=-40, max_value=40))
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b")  # uk_gdpr, respond_by, opt_out_sale ...
type_sets = st.lists(st.sampled_from(TYPES), min_size=1, max_size=3, unique=True).map(tuple)
profiles = st.builds(
    lambda days, keep_commitments: dataclasses.replace(
        PROFILE, default_response_days=days,
        deadline_commitments=PROFILE.deadline_commitments if keep_commitments else ()),
    st.integers(min_value=1, max_value=120), st.booleans())


@st.composite
def pauses(draw: st.DrawFn, received: date) -> tuple[Pause, ...]:
    """Valid pauses: clarification asked on/after receipt; ID/fee waits; some still open."""
    out: list[Pause] = []
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        kind = draw(st.sampled_from(["clarification", "id", "fee"]))
        start = received + timedelta(days=draw(st.integers(min_value=0, max_value=60)))
        open_pause = draw(st.booleans())
        end = None if open_pause else start + timedelta(days=draw(st.integers(min_value=0, max_value=60)))
        out.append(Pause(kind, start, end))
    return tuple(out)


@st.composite
def facts(draw: st.DrawFn, regimes: list[str] = REGIMES) -> DeadlineFacts:
    received = draw(received_dates | near_start)
    return DeadlineFacts(
        regime=draw(st.sampled_from(regimes)), types=draw(type_sets), received=received,
        pauses=draw(pauses(received)),
        appeal_received=draw(st.none() | st.just(received + timedelta(days=50))))


def milestone_dates(s: Schedule) -> dict[str, date]:
    return {name: dated.date for name, dated in s.milestones.items()}


@settings(max_examples=300, deadline=None)
@given(facts(), profiles)
def test_no_milestone_is_earlier_than_receipt(f: DeadlineFacts, profile: object) -> None:
    s = compute(f, profile, RULES, today=TODAY)  # type: ignore[arg-type]
    assert "respond_by" in s.milestones
    for name, day in milestone_dates(s).items():
        if name == "appeal_respond_by":
            assert f.appeal_received is not None and day >= f.appeal_received
        else:
            assert day >= f.received, name
        assert s.milestones[name].explanation


@settings(max_examples=400, deadline=None)
@given(facts(), profiles)
def test_explanations_are_never_empty_and_speak_plainly(f: DeadlineFacts, profile: object) -> None:
    s = compute(f, profile, RULES, today=TODAY)  # type: ignore[arg-type]
    for name, dated in s.milestones.items():
        text = dated.explanation
        assert len(text) > 40, name
        assert "None" not in text and not IDENTIFIER.search(text), text
        assert "\n" not in text, "one line"
    for note in s.notes:
        assert note and "None" not in note and not IDENTIFIER.search(note), note


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([r for r in REGIMES if r != "unknown"]), st.sampled_from(TYPES), near_start, profiles)
def test_a_start_date_is_respected(regime: str, rtype: str, received: date, profile: object) -> None:
    """No row applies to a request received before its start; before it, the company default
    applies and the explanation names the start date."""
    rule, listed = RULES.rule_for(regime, rtype, received)
    assert rule.effective_from is None or received >= rule.effective_from
    s = compute(DeadlineFacts(regime, (rtype,), received), profile, RULES)  # type: ignore[arg-type]
    later = RULES.later_rule(regime, rtype, received)
    if not listed and later is not None and rtype not in ("opt_out_marketing",):
        assert later.effective_from is not None
        default = received + timedelta(days=profile.default_response_days)  # type: ignore[attr-defined]
        dated = s.milestones["respond_by"]
        assert dated.date <= default  # the default, or an earlier promise of the company's notice
        if dated.date == default:
            assert later.effective_from.isoformat() in dated.explanation
    for name in s.milestones:
        milestone_rule = rule.milestones.get(name)
        if milestone_rule is not None and milestone_rule.effective_from is not None:
            assert received >= milestone_rule.effective_from, name


@settings(max_examples=300, deadline=None)
@given(facts(), profiles)
def test_extended_date_is_never_before_respond_by(f: DeadlineFacts, profile: object) -> None:
    s = compute(f, profile, RULES, today=TODAY)  # type: ignore[arg-type]
    extended = s.date("respond_by_extended")
    respond_by = s.date("respond_by")
    assert respond_by is not None
    if extended is not None:
        assert extended >= respond_by
        notice = s.date("extension_notice_by")
        assert notice is not None and notice <= extended


@settings(max_examples=300, deadline=None)
@given(facts(regimes=["unknown"]), profiles)
def test_unknown_regime_dates_are_never_later_than_any_covered_regime(f: DeadlineFacts, profile: object) -> None:
    unknown = milestone_dates(compute(f, profile, RULES, today=TODAY))  # type: ignore[arg-type]
    for regime in PROFILE.covered_regimes:
        known = milestone_dates(compute(dataclasses.replace(f, regime=regime), profile, RULES,  # type: ignore[arg-type]
                                        today=TODAY))
        for name, day in known.items():
            assert name in unknown, f"{name} given by {regime} but missing for unknown"
            assert unknown[name] <= day, f"{name}: unknown {unknown[name]} > {regime} {day}"


@st.composite
def uk_pause_growth(draw: st.DrawFn) -> tuple[DeadlineFacts, DeadlineFacts]:
    """UK facts (any ID/fee/clarification waits), and the same facts with more stop-the-clock
    days: a new clarification pause, or a clarification answered later."""
    received = draw(received_dates)
    before = draw(pauses(received))
    grown = list(before)
    answered = [i for i, p in enumerate(before) if p.waiting_for == "clarification" and p.end is not None]
    if answered and draw(st.booleans()):
        index = draw(st.sampled_from(answered))
        old = before[index]
        assert old.end is not None
        later = draw(st.integers(min_value=1, max_value=40))
        grown[index] = Pause(old.waiting_for, old.start, old.end + timedelta(days=later))
    else:
        start = received + timedelta(days=draw(st.integers(min_value=0, max_value=60)))
        grown.append(Pause("clarification", start,
                           start + timedelta(days=draw(st.integers(min_value=1, max_value=60)))))
    base = DeadlineFacts(regime="uk_gdpr", types=draw(type_sets), received=received, pauses=before)
    return base, dataclasses.replace(base, pauses=tuple(grown))


@settings(max_examples=400, deadline=None)
@given(uk_pause_growth())
def test_more_pause_days_never_make_a_uk_date_earlier(pair: tuple[DeadlineFacts, DeadlineFacts]) -> None:
    before, after = pair
    old = milestone_dates(compute(before, PROFILE, RULES, today=TODAY))
    new = milestone_dates(compute(after, PROFILE, RULES, today=TODAY))
    for name, day in old.items():
        if name in new:
            assert new[name] >= day, f"{name}: {day} -> {new[name]}"


@settings(max_examples=300, deadline=None)
@given(received_dates, type_sets, st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=40),
       st.sampled_from(["id", "fee"]))
def test_a_later_id_or_fee_never_makes_a_uk_date_earlier(received: date, types: tuple[str, ...], first: int,
                                                         later_by: int, kind: str) -> None:
    arrived = received + timedelta(days=first)
    facts = DeadlineFacts("uk_gdpr", types, received, pauses=(Pause(kind, received, arrived),))
    old = milestone_dates(compute(facts, PROFILE, RULES))
    moved = dataclasses.replace(facts, pauses=(Pause(kind, received, arrived + timedelta(days=later_by)),))
    new = milestone_dates(compute(moved, PROFILE, RULES))
    for name, day in old.items():
        if name in new:
            assert new[name] >= day, f"{name}: {day} -> {new[name]}"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(REGIMES), type_sets, received_dates, st.integers(min_value=1, max_value=40))
def test_a_later_receipt_never_gives_an_earlier_date(regime: str, types: tuple[str, ...], received: date,
                                                     later_by: int) -> None:
    first = milestone_dates(compute(DeadlineFacts(regime, types, received), PROFILE, RULES))
    later = milestone_dates(compute(DeadlineFacts(regime, types, received + timedelta(days=later_by)),
                                    PROFILE, RULES))
    for name, day in first.items():
        if name in later:
            assert later[name] >= day, f"{name}: {day} -> {later[name]}"
