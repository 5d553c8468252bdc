"""The deadline engine against the spec (shared/reference/deadlines.md).

Expected dates are worked out by hand with a calendar (the comments show the counting), never by
calling the engine. Known-answer cases run through the CLI live in test_deadline_cases.py; rule
file validation in test_deadline_rules.py; Hypothesis properties in test_deadline_properties.py.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from privacydesk.cli import main
from privacydesk.domain.deadlines import (
    ClockState,
    DeadlineError,
    DeadlineFacts,
    ExtensionRefused,
    Pause,
    Schedule,
    check_extension,
    clock_status,
    company_date,
    compute,
    load_rules,
)
from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.resources import DEFAULT_PROFILE

D = date.fromisoformat
RULES = load_rules()
PROFILE = load_profile(DEFAULT_PROFILE)
LAW_ONLY = dataclasses.replace(PROFILE, deadline_commitments=())  # the law without 3DPros's promise
CORE = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended")


def schedule(regime: str, *types: str, received: str, profile: CompanyProfile = PROFILE,
             today: date | None = None, **facts: object) -> Schedule:
    return compute(DeadlineFacts(regime=regime, types=types, received=D(received), **facts),  # type: ignore[arg-type]
                   profile, RULES, today=today)


def dates(s: Schedule) -> dict[str, str | None]:
    return {name: (s.date(name).isoformat() if s.date(name) else None) for name in CORE}  # type: ignore[union-attr]


# ------------------------------------------------------------------ the spec's worked examples

WORKED = [
    # (regime, type, received, expected)
    ("gdpr", "access", "2026-01-31", {"respond_by": "2026-02-28", "respond_by_extended": "2026-04-28"}),
    ("uk_gdpr", "access", "2026-09-03", {"respond_by": "2026-10-05", "respond_by_extended": "2026-12-03"}),
    ("ccpa", "deletion", "2026-11-25", {"acknowledge_by": "2026-12-10", "respond_by": "2027-01-08",
                                        "respond_by_extended": "2027-02-22"}),
    ("ccpa", "opt_out_sale", "2026-07-02", {"respond_by": "2026-07-17"}),
    ("pipeda", "access", "2026-02-10", {"respond_by": "2026-03-12", "respond_by_extended": "2026-04-11"}),
]


@pytest.mark.parametrize(("regime", "rtype", "received", "expected"), WORKED, ids=[f"case{i + 1}" for i in range(5)])
def test_worked_examples_engine(regime: str, rtype: str, received: str, expected: dict[str, str]) -> None:
    got = dates(schedule(regime, rtype, received=received))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(("regime", "rtype", "received", "expected"), WORKED, ids=[f"case{i + 1}" for i in range(5)])
def test_worked_examples_cli(regime: str, rtype: str, received: str, expected: dict[str, str], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "deadline", "--regime", regime, "--type", rtype,
                 "--received", received, "--profile", str(DEFAULT_PROFILE), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    result = json.loads(out)
    assert {k: result[k] for k in expected} == expected
    assert result["regime"] == regime and result["type"] == rtype and result["received"] == received
    assert set(result) >= {"acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended",
                           "flags", "explanations"}


def test_case4_law_alone_gives_the_15th_business_day() -> None:
    # 2 Jul 2026; 3 Jul is the observed Independence Day: business days 6-10 (5), 13-17 (10), 20-24 (15).
    s = schedule("ccpa", "opt_out_sale", received="2026-07-02", profile=LAW_ONLY)
    assert s.date("respond_by") == D("2026-07-24")
    committed = schedule("ccpa", "opt_out_sale", received="2026-07-02")
    assert "privacy notice promises less time than the law" in (committed.explanation("respond_by") or "")
    assert "2026-07-24" in (committed.explanation("respond_by") or "")  # says what the law alone gives


# ------------------------------------------------------------------ every regime x type the spec lists
#
# One received date for the whole table: Monday 16 Mar 2026 (March has 31 days, so "+1 month"
# (16 Apr) and "+30 days" (15 Apr) differ). Hand counts:
#   +1 month 16 Apr (Thu); +3 months 16 Jun (Tue); 16 Apr + 2 months = 16 Jun.
#   +10 days 26 Mar; +14 days 30 Mar; +15 days 31 Mar; +30 days 15 Apr; +44 days 29 Apr;
#   +45 days 30 Apr; +60 days 15 May; +89 days 13 Jun; +90 days 14 Jun; +105 days 29 Jun
#   (15 to 31 Mar, 45 to 30 Apr, 76 to 31 May, 105 = 29 Jun); +135 days 29 Jul (106 to 30 Jun).
#   10th US business day: 17-20 (4), 23-27 (9), 30 Mar (10).
#   15th US business day: 31 Mar (11), 1-3 Apr (14; Good Friday is not a US federal holiday), 6 Apr (15).
# For an appeal, "received" is the day the appeal arrived (16 Mar here).
RIGHTS = ("access", "deletion", "correction", "portability", "restriction", "objection",
          "withdraw_consent", "opt_out_sale", "shine_the_light")
US_STATE = ("access", "deletion", "correction", "portability", "opt_out_sale")
NOT_US_STATE = ("restriction", "objection", "shine_the_light", "limit_sensitive")
ALL_REGIMES = ("gdpr", "uk_gdpr", "ccpa", "ca_shine_the_light", "pipeda", "quebec", "fadp", "tx_tdpsa",
               "va_vcdpa", "co_cpa", "ct_ctdpa", "can_spam", "ut_ucpa", "ia_icdpa", "in_icdpa", "tn_tipa",
               "mt_mcdpa", "or_ocpa", "de_dpdpa", "nh_pa", "nj_dpa", "ky_cdpa", "ne_dpa", "md_odpa", "mn_cdpa",
               "ri_dtppa", "br_lgpd", "jp_appi", "kr_pipa", "au_privacy")
STATES_45 = ("tx_tdpsa", "va_vcdpa", "co_cpa", "ct_ctdpa", "in_icdpa", "tn_tipa", "mt_mcdpa", "or_ocpa",
             "de_dpdpa", "nh_pa", "nj_dpa", "ky_cdpa", "ne_dpa", "md_odpa", "mn_cdpa", "ri_dtppa")
N = None
DEFAULT = (N, "2026-04-15", N, N)  # principle 6: received + 30 days (3DPros default)
FORTY_FIVE = (N, "2026-04-30", "2026-04-30", "2026-06-14")
TABLE: list[tuple[str, tuple[str, ...], tuple[str | None, str, str | None, str | None]]] = [
    # regime, types, (acknowledge_by, respond_by, extension_notice_by, respond_by_extended)
    ("gdpr", RIGHTS, (N, "2026-04-16", "2026-04-16", "2026-06-16")),
    ("uk_gdpr", RIGHTS, (N, "2026-04-16", "2026-04-16", "2026-06-16")),
    ("ccpa", ("access", "deletion", "correction"), ("2026-03-30", "2026-04-29", "2026-04-29", "2026-06-13")),
    ("ccpa", ("opt_out_sale", "limit_sensitive"), (N, "2026-04-06", N, N)),
    ("ca_shine_the_light", ("shine_the_light",), (N, "2026-04-15", N, N)),
    ("pipeda", RIGHTS, (N, "2026-04-15", "2026-04-15", "2026-05-15")),
    ("quebec", ("access", "correction", "deletion", "portability"), (N, "2026-04-15", N, N)),
    ("fadp", RIGHTS, (N, "2026-04-15", "2026-04-15", N)),
    # US states: the five types listed explicitly, 45 + 45 (Iowa 90 + 45)
    *[(regime, US_STATE, FORTY_FIVE) for regime in STATES_45],
    ("ut_ucpa", ("access", "deletion", "portability", "opt_out_sale"), FORTY_FIVE),
    ("ut_ucpa", ("correction",), DEFAULT),  # Utah's right to correct starts 2026-07-01
    ("ia_icdpa", ("access", "deletion", "portability", "opt_out_sale"), (N, "2026-06-14", "2026-06-14", "2026-07-29")),
    # withdrawal of consent: 15 days (Maryland 30) where a row says so
    *[(regime, ("withdraw_consent",), (N, "2026-03-31", N, N))
      for regime in ("ct_ctdpa", "mt_mcdpa", "or_ocpa", "de_dpdpa", "nh_pa", "nj_dpa", "mn_cdpa", "ri_dtppa")],
    ("md_odpa", ("withdraw_consent",), (N, "2026-04-15", N, N)),
    # appeals
    *[(regime, ("appeal",), (N, "2026-05-15", N, N))
      for regime in ("ia_icdpa", "in_icdpa", "tn_tipa", "mt_mcdpa", "de_dpdpa", "nh_pa", "ky_cdpa", "ne_dpa",
                     "md_odpa", "ri_dtppa", "tx_tdpsa", "va_vcdpa", "ct_ctdpa")],
    *[(regime, ("appeal",), (N, "2026-04-30", N, N)) for regime in ("or_ocpa", "nj_dpa")],
    *[(regime, ("appeal",), (N, "2026-04-30", "2026-04-30", "2026-06-29")) for regime in ("mn_cdpa", "co_cpa")],
    # outside the US
    ("br_lgpd", ("access", "correction", "deletion", "portability", "restriction", "objection",
                 "withdraw_consent"), (N, "2026-03-31", N, N)),
    ("jp_appi", ("access", "correction", "deletion", "restriction", "opt_out_sale"), (N, "2026-03-30", N, N)),
    ("kr_pipa", ("access",), (N, "2026-03-26", "2026-03-26", N)),
    ("kr_pipa", ("correction", "deletion", "restriction", "withdraw_consent"), (N, "2026-03-26", N, N)),
    ("au_privacy", ("access", "correction"), (N, "2026-04-15", N, N)),
    # every regime: opt_out_marketing = 10th US business day; no extension
    *[(regime, ("opt_out_marketing",), (N, "2026-03-30", N, N)) for regime in ALL_REGIMES],
    # principle 6: complaint and minor_removal everywhere (the UK acknowledgement starts 2026-06-19)
    *[(regime, ("complaint", "minor_removal"), DEFAULT) for regime in ALL_REGIMES],
    # principle 6: types a regime's rows do not list
    ("ccpa", ("portability", "restriction", "objection", "withdraw_consent", "shine_the_light", "appeal"), DEFAULT),
    ("ca_shine_the_light", ("access", "deletion", "opt_out_sale"), DEFAULT),
    ("quebec", ("opt_out_sale", "restriction", "appeal"), DEFAULT),
    ("can_spam", RIGHTS, DEFAULT),
    *[(regime, NOT_US_STATE, DEFAULT) for regime in (*STATES_45, "ut_ucpa", "ia_icdpa")],
    *[(regime, ("withdraw_consent",), DEFAULT) for regime in ("tx_tdpsa", "va_vcdpa", "co_cpa", "ut_ucpa",
                                                               "ia_icdpa", "in_icdpa", "tn_tipa", "ky_cdpa",
                                                               "ne_dpa")],
    ("ut_ucpa", ("appeal",), DEFAULT),
    ("ia_icdpa", ("correction",), DEFAULT),
    *[(regime, ("appeal", "limit_sensitive"), DEFAULT) for regime in ("gdpr", "uk_gdpr", "pipeda", "fadp",
                                                                       "br_lgpd", "jp_appi", "kr_pipa",
                                                                       "au_privacy")],
    ("br_lgpd", ("opt_out_sale", "shine_the_light"), DEFAULT),
    ("jp_appi", ("portability", "objection", "withdraw_consent"), DEFAULT),
    ("kr_pipa", ("portability", "objection", "opt_out_sale"), DEFAULT),
    ("au_privacy", ("deletion", "portability", "opt_out_sale"), DEFAULT),
]


@pytest.mark.parametrize(
    ("regime", "rtype", "expected"),
    [(regime, rtype, expected) for regime, types, expected in TABLE for rtype in types],
    ids=[f"{regime}-{rtype}" for regime, types, _ in TABLE for rtype in types])
def test_every_regime_and_type(regime: str, rtype: str, expected: tuple[str | None, ...]) -> None:
    s = schedule(regime, rtype, received="2026-03-16", profile=LAW_ONLY)
    assert tuple(dates(s).values()) == expected
    for name in CORE:
        if name in s.milestones:
            assert s.milestones[name].explanation.strip(), f"{name} must explain itself"
            assert s.milestones[name].regime == regime and s.milestones[name].type == rtype


@pytest.mark.parametrize("regime", ["gdpr", "uk_gdpr", "pipeda", "fadp", "tx_tdpsa", "ct_ctdpa", "ccpa"])
def test_notice_commitment_replaces_a_later_legal_date_and_removes_the_extension(regime: str) -> None:
    # 16 Mar + 15 calendar days = 31 Mar, earlier than every regime's opt-out date above.
    s = schedule(regime, "opt_out_sale", received="2026-03-16")
    assert s.date("respond_by") == D("2026-03-31")
    assert s.date("respond_by_extended") is None and s.date("extension_notice_by") is None
    assert s.extension == "none"


def test_commitment_later_than_the_law_keeps_respond_by_and_caps_the_extension() -> None:
    profile = dataclasses.replace(PROFILE, deadline_commitments=(
        dataclasses.replace(PROFILE.deadline_commitments[0], type="access", days=60),))
    s = schedule("gdpr", "access", received="2026-03-16", profile=profile)
    # the law: 16 Apr; extension min(16 Jun, 16 Jun) capped by the 60-day promise = 15 May
    assert s.date("respond_by") == D("2026-04-16")
    assert s.date("respond_by_extended") == D("2026-05-15")


def test_explanations_name_the_rule() -> None:
    s = schedule("ccpa", "deletion", received="2026-11-25")
    assert "§7021(a)" in (s.explanation("acknowledge_by") or "")
    assert "§7021(b)" in (s.explanation("respond_by") or "")
    uk = schedule("uk_gdpr", "access", received="2026-09-03")
    assert "Art. 12A" in (uk.explanation("respond_by") or "")
    assert "2026-10-03" in (uk.explanation("respond_by") or "")  # shows the Saturday it moved from


# ------------------------------------------------------------------ clocks, pauses, principle 8


def test_uk_clarification_pause_adds_the_days_waited() -> None:
    # ICO example: 14 Nov, asked 16 Nov, answer 16 Dec: 30 days; 14 Dec + 30 = 13 Jan 2027.
    s = schedule("uk_gdpr", "access", received="2026-11-14",
                 pauses=(Pause("clarification", D("2026-11-16"), D("2026-12-16")),))
    assert s.date("respond_by") == D("2027-01-13")
    assert s.date("extension_notice_by") == D("2027-01-13")


def test_overlapping_pauses_count_once() -> None:
    # asked 16 Nov - 26 Nov and again 21 Nov - 1 Dec: union 16 Nov - 1 Dec = 15 days; 14 Dec + 15 = 29 Dec
    s = schedule("uk_gdpr", "access", received="2026-11-14",
                 pauses=(Pause("clarification", D("2026-11-16"), D("2026-11-26")),
                         Pause("clarification", D("2026-11-21"), D("2026-12-01"))))
    assert s.date("respond_by") == D("2026-12-29")


def test_clarification_days_before_the_uk_clock_starts_do_not_count() -> None:
    # Clarification asked 5 Sep while still waiting for ID (arrived 10 Sep); answered 15 Sep. The clock
    # starts on 10 Sep and is stopped 10-15 Sep: 10 Oct (Sat) + 5 days = Thu 15 Oct. Counting the
    # whole 5-15 Sep wait would give 20 Oct, later than the law requires (principle 2).
    s = schedule("uk_gdpr", "access", received="2026-09-03",
                 pauses=(Pause("id", D("2026-09-03"), D("2026-09-10")),
                         Pause("clarification", D("2026-09-05"), D("2026-09-15"))))
    assert s.date("respond_by") == D("2026-10-15")


def test_clarification_asked_after_the_deadline_does_not_revive_the_clock() -> None:
    s = schedule("uk_gdpr", "access", received="2026-11-14",
                 pauses=(Pause("clarification", D("2026-12-20"), D("2027-01-20")),))
    assert s.date("respond_by") == D("2026-12-14")
    assert any("after the deadline" in note for note in s.notes)


def test_open_pause_gives_provisional_dates_from_today() -> None:
    # asked 16 Nov, still waiting on 1 Dec: 15 days so far; 14 Dec + 15 = 29 Dec (provisional)
    facts = dict(pauses=(Pause("clarification", D("2026-11-16"), None),))
    s = schedule("uk_gdpr", "access", received="2026-11-14", today=D("2026-12-01"), **facts)  # type: ignore[arg-type]
    assert s.date("respond_by") == D("2026-12-29")
    assert s.milestones["respond_by"].provisional
    assert "respond_by" in s.as_json()["provisional"]
    # without today: as if it arrived the day it was asked (the earliest possible date)
    early = schedule("uk_gdpr", "access", received="2026-11-14", **facts)  # type: ignore[arg-type]
    assert early.date("respond_by") == D("2026-12-14")


def test_open_id_wait_moves_the_uk_start_provisionally() -> None:
    # ID asked 4 Sep, still awaited on 10 Sep: start 10 Sep -> Sat 10 Oct -> Mon 12 Oct
    s = schedule("uk_gdpr", "access", received="2026-09-03", today=D("2026-09-10"),
                 pauses=(Pause("id", D("2026-09-04"), None),))
    assert s.date("respond_by") == D("2026-10-12")
    assert s.milestones["respond_by"].provisional


@pytest.mark.parametrize("regime", ["gdpr", "ccpa", "pipeda", "fadp", "tx_tdpsa"])
def test_clarification_dates_are_ignored_without_stop_the_clock(regime: str) -> None:
    plain = schedule(regime, "access", received="2026-09-03")
    paused = schedule(regime, "access", received="2026-09-03",
                      pauses=(Pause("clarification", D("2026-09-04"), D("2026-10-20")),
                              Pause("id", D("2026-09-04"), D("2026-09-30"))))
    assert dates(paused) == dates(plain)
    label = RULES.label(regime)
    assert any(note.startswith("Clarification dates change nothing") and label in note for note in paused.notes)
    assert any(note.startswith("Identity-proof dates change nothing") and label in note for note in paused.notes)


def test_pause_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(DeadlineError, match="ends"):
        schedule("uk_gdpr", "access", received="2026-09-03",
                 pauses=(Pause("clarification", D("2026-09-10"), D("2026-09-05")),))


# ------------------------------------------------------------------ unknown regime, several types, flags


def test_unknown_regime_takes_the_earliest_covered_date_and_is_flagged() -> None:
    s = schedule("unknown", "access", received="2026-01-31")
    # gdpr 28 Feb; uk_gdpr and pipeda 2 Mar; ccpa 16 Mar
    assert s.date("respond_by") == D("2026-02-28") and s.milestones["respond_by"].regime == "gdpr"
    # extensions: pipeda 31 Jan + 60 = 1 Apr is the earliest (fadp gives no computable date)
    assert s.date("respond_by_extended") == D("2026-04-01") and s.milestones["respond_by_extended"].regime == "pipeda"
    assert "regime_not_confirmed" in s.flags
    assert s.regimes_considered == PROFILE.covered_regimes


def test_unconfirmed_known_regime_is_computed_as_unknown_plus_that_regime() -> None:
    s = schedule("tx_tdpsa", "access", received="2026-01-31", regime_confirmed=False)
    assert "regime_not_confirmed" in s.flags
    assert "tx_tdpsa" in s.regimes_considered
    assert s.date("respond_by") == D("2026-02-28")  # gdpr's, earlier than Texas's 17 Mar


def test_unknown_regime_never_later_than_a_covered_default() -> None:
    # A profile whose default (10 days) is shorter than any listed period: ccpa portability falls to
    # the default, and the unknown-regime date must not be later than it (principle 2).
    profile = dataclasses.replace(PROFILE, default_response_days=10)
    s = schedule("unknown", "portability", received="2026-03-16", profile=profile)
    assert s.date("respond_by") == D("2026-03-26")


def test_unknown_regime_with_no_covered_regime_uses_the_company_default() -> None:
    profile = dataclasses.replace(PROFILE, covered_regimes=())
    s = schedule("unknown", "access", received="2026-03-16", profile=profile)
    assert dates(s) == {"acknowledge_by": None, "respond_by": "2026-04-15", "extension_notice_by": None,
                        "respond_by_extended": None}


def test_several_types_take_the_earliest_date_and_name_the_type() -> None:
    s = schedule("ccpa", "access", "opt_out_sale", received="2026-07-02")
    assert s.date("respond_by") == D("2026-07-17") and s.milestones["respond_by"].type == "opt_out_sale"
    assert (s.explanation("respond_by") or "").startswith("[opt-out of sale or sharing]")
    assert s.date("acknowledge_by") == D("2026-07-17") and s.milestones["acknowledge_by"].type == "access"
    assert s.as_json()["types"] == ["access", "opt_out_sale"]


@pytest.mark.parametrize(("types", "facts", "flags"), [
    (("opt_out_marketing",), {}, ["stop_now", "verification_not_allowed"]),
    (("opt_out_sale",), {}, ["verification_not_allowed"]),
    (("access",), {"agent": True}, ["agent"]),
    (("access",), {"prior_access_requests_12m": 1}, ["repeat_request"]),
    (("access",), {"prior_access_requests_12m": 0}, []),
    (("deletion",), {"prior_access_requests_12m": 3}, []),
])
def test_flags(types: tuple[str, ...], facts: dict[str, object], flags: list[str]) -> None:
    s = schedule("ccpa", *types, received="2026-07-02", **facts)
    assert list(s.flags) == flags


def test_flags_never_change_a_date() -> None:
    plain = schedule("ccpa", "access", received="2026-07-02")
    flagged = schedule("ccpa", "access", received="2026-07-02", agent=True, prior_access_requests_12m=2)
    assert dates(plain) == dates(flagged)


def test_unknown_regime_or_type_is_an_error_listing_valid_values() -> None:
    with pytest.raises(DeadlineError, match=r"valid values: .*gdpr"):
        schedule("eu", "access", received="2026-01-01")
    with pytest.raises(DeadlineError, match=r"valid values: .*deletion"):
        schedule("gdpr", "erasure", received="2026-01-01")


def test_appeal_milestone_only_once_an_appeal_is_received() -> None:
    assert schedule("va_vcdpa", "access", received="2026-01-15").date("appeal_respond_by") is None
    s = schedule("va_vcdpa", "access", received="2026-01-15", appeal_received=D("2026-05-01"))
    assert s.date("appeal_respond_by") == D("2026-06-30")  # 1 May + 60


# ------------------------------------------------------------------ clock status


def status(s: Schedule, today: str, **facts: object) -> tuple[str, str | None, int | None]:
    base = DeadlineFacts(regime=s.regime, types=s.types, received=s.received)
    st = clock_status(s, dataclasses.replace(base, **facts), PROFILE, D(today))  # type: ignore[arg-type]
    return st.status.value, st.next_milestone, st.days_left


GDPR = schedule("gdpr", "access", received="2026-01-31")        # respond_by 28 Feb, extended 28 Apr
CCPA = schedule("ccpa", "deletion", received="2026-11-25")      # ack 10 Dec, respond 8 Jan, ext 22 Feb


@pytest.mark.parametrize(("sched", "today", "facts", "expected"), [
    # 31 Jan -> 28 Feb is 28 days; 80 % is day 22.4, so 22 days in (6 left) is on track, 23 in is due soon
    (GDPR, "2026-02-22", {}, ("on_track", "respond_by", 6)),
    (GDPR, "2026-02-23", {}, ("due_soon", "respond_by", 5)),   # 5 days left (and 82 % gone)
    (GDPR, "2026-02-28", {}, ("due_soon", "respond_by", 0)),
    (GDPR, "2026-03-01", {}, ("overdue", "respond_by", -1)),
    (GDPR, "2026-03-01", {"extended": True}, ("extended", "respond_by_extended", 58)),
    (GDPR, "2026-04-25", {"extended": True}, ("due_soon", "respond_by_extended", 3)),
    (GDPR, "2026-02-20", {"closed_on": D("2026-02-27")}, ("closed_on_time", None, None)),
    (GDPR, "2026-03-20", {"closed_on": D("2026-03-02")}, ("closed_late", None, None)),
    (GDPR, "2026-04-20", {"closed_on": D("2026-04-20"), "extended": True}, ("closed_on_time", None, None)),
    # the acknowledgement comes first; a missed one makes the request overdue
    (CCPA, "2026-11-26", {}, ("on_track", "acknowledge_by", 14)),
    (CCPA, "2026-12-11", {}, ("overdue", "acknowledge_by", -1)),
    (CCPA, "2026-12-11", {"acknowledged_on": D("2026-12-01")}, ("on_track", "respond_by", 28)),
    (CCPA, "2027-01-10", {"closed_on": D("2027-01-05")}, ("closed_late", None, None)),  # never acknowledged
    (CCPA, "2027-01-10", {"closed_on": D("2027-01-05"), "acknowledged_on": D("2026-12-10")},
     ("closed_on_time", None, None)),
    (CCPA, "2026-12-01", {"closed_on": D("2026-12-01")}, ("closed_on_time", None, None)),  # closed before ack was due
])
def test_clock_status(sched: Schedule, today: str, facts: dict[str, object],
                      expected: tuple[str, str | None, int | None]) -> None:
    assert status(sched, today, **facts) == expected


def test_due_soon_fraction_and_days_are_configurable() -> None:
    base = DeadlineFacts("gdpr", ("access",), D("2026-01-31"))
    lenient = dataclasses.replace(PROFILE, due_soon_days=1, due_soon_fraction=1.0)
    assert clock_status(GDPR, base, lenient, D("2026-02-26")).status == ClockState.ON_TRACK  # 2 left
    strict = dataclasses.replace(PROFILE, due_soon_days=0, due_soon_fraction=0.5)
    assert clock_status(GDPR, base, strict, D("2026-02-14")).status == ClockState.DUE_SOON  # 14 of 28 days


def test_paused_status_while_uk_clock_is_stopped() -> None:
    facts = DeadlineFacts("uk_gdpr", ("access",), D("2026-11-14"),
                          pauses=(Pause("clarification", D("2026-11-16"), None),))
    s = compute(facts, PROFILE, RULES, today=D("2026-12-20"))
    st = clock_status(s, facts, PROFILE, D("2026-12-20"))
    assert st.status == ClockState.PAUSED and st.next_milestone == "respond_by"


def test_a_ccpa_id_wait_does_not_pause_the_clock() -> None:
    facts = DeadlineFacts("ccpa", ("access",), D("2026-07-02"), acknowledged_on=D("2026-07-03"),
                          pauses=(Pause("id", D("2026-07-03"), None),))
    s = compute(facts, PROFILE, RULES, today=D("2026-08-20"))
    st = clock_status(s, facts, PROFILE, D("2026-08-20"))
    assert st.status == ClockState.OVERDUE and st.due == D("2026-08-15")


def test_extended_multi_type_request_keeps_the_unextendable_date() -> None:
    facts = DeadlineFacts("ccpa", ("access", "opt_out_sale"), D("2026-07-02"),
                          acknowledged_on=D("2026-07-03"), extended=True)
    s = compute(facts, PROFILE, RULES)
    st = clock_status(s, facts, PROFILE, D("2026-07-20"))
    assert st.status == ClockState.OVERDUE and st.due == D("2026-07-17")  # the opt-out part cannot wait


def test_appeal_clock() -> None:
    facts = DeadlineFacts("co_cpa", ("access",), D("2026-01-15"), closed_on=D("2026-02-01"),
                          appeal_received=D("2026-05-01"))
    s = compute(facts, PROFILE, RULES)
    st = clock_status(s, facts, PROFILE, D("2026-06-01"))
    assert (st.next_milestone, st.due, st.days_left) == ("appeal_respond_by", D("2026-06-15"), 14)


# ------------------------------------------------------------------ extensions


def refusal(s: Schedule, today: str, new_date: str | None = None, **facts: object) -> str | None:
    base = DeadlineFacts(regime=s.regime, types=s.types, received=s.received)
    try:
        check_extension(s, dataclasses.replace(base, **facts), RULES, D(today),  # type: ignore[arg-type]
                        D(new_date) if new_date else None)
    except ExtensionRefused as exc:
        return str(exc)
    return None


def test_extension_allowed_until_the_notice_date() -> None:
    assert refusal(GDPR, "2026-02-28") is None
    message = refusal(GDPR, "2026-03-01")
    assert message and "Too late" in message and "2026-02-28" in message


def test_extension_refused_where_the_regime_allows_none() -> None:
    s = schedule("quebec", "access", received="2026-03-16")
    message = refusal(s, "2026-03-20")
    assert message and "No extension" in message and "Québec (Law 25)" in message
    opt_out = schedule("ccpa", "opt_out_sale", received="2026-03-16")
    assert "No extension" in (refusal(opt_out, "2026-03-17") or "")


def test_fadp_extension_needs_a_new_date_after_respond_by() -> None:
    s = schedule("fadp", "access", received="2026-03-01")        # respond_by 31 Mar
    assert "new date" in (refusal(s, "2026-03-20") or "")
    assert "after the reply date" in (refusal(s, "2026-03-20", "2026-03-31") or "")
    assert refusal(s, "2026-03-20", "2026-05-15") is None
    extended = schedule("fadp", "access", received="2026-03-01", extended=True, extended_to=D("2026-05-15"))
    assert extended.date("respond_by_extended") == D("2026-05-15")


def test_extension_date_beyond_the_legal_maximum_is_refused() -> None:
    message = refusal(CCPA, "2026-12-01", "2027-03-01")
    assert message and "2027-02-22" in message
    assert refusal(CCPA, "2026-12-01", "2027-02-01") is None


def test_closed_or_already_extended_requests_cannot_be_extended() -> None:
    assert "closed" in (refusal(GDPR, "2026-02-10", closed_on=D("2026-02-09")) or "")
    assert "already extended" in (refusal(GDPR, "2026-02-10", extended=True) or "")


# ------------------------------------------------------------------ time zones and CLI output


def test_company_date_uses_the_company_time_zone() -> None:
    # 03:30 UTC on 1 Feb is still 31 Jan in Chicago (UTC-6)
    assert company_date(datetime(2026, 2, 1, 3, 30, tzinfo=UTC), PROFILE) == D("2026-01-31")
    assert company_date(datetime(2026, 2, 1, 3, 30), PROFILE) == D("2026-02-01")  # naive = company time
    assert company_date(datetime(2026, 7, 1, 23, 30, tzinfo=ZoneInfo("America/Chicago")), PROFILE) == D("2026-07-01")


def test_cli_received_with_a_zone_is_converted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "deadline", "--regime", "gdpr", "--type", "access",
                 "--received", "2026-02-01T03:30:00+00:00", "--profile", str(DEFAULT_PROFILE), "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["respond_by"] == "2026-02-28"  # received 31 Jan in Chicago


def test_cli_human_table_shows_dates_and_explanations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "deadline", "--regime", "ccpa", "--type", "deletion",
                 "--received", "2026-11-25", "--profile", str(DEFAULT_PROFILE)])
    out = capsys.readouterr().out
    assert code == 0
    for text in ("California (CCPA) · deletion", "Acknowledge by", "2026-12-10", "Respond by", "2027-01-08",
                 "Respond by (extended)", "2027-02-22", "§7021(b)", "Flags: none"):
        assert text in out
    assert "respond_by" not in out and "ccpa" not in out  # people read labels, not identifiers


def test_cli_human_table_explains_flags_and_start_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "deadline", "--regime", "br_lgpd", "--type", "access",
                 "--received", "2026-05-10", "--profile", str(DEFAULT_PROFILE)])
    out = capsys.readouterr().out
    assert code == 0 and "Brazil (LGPD)" in out and "2026-05-25" in out
    assert "Flag: Answer at once" in out
    code = main(["--data-dir", str(tmp_path), "deadline", "--regime", "ut_ucpa", "--type", "correction",
                 "--received", "2026-06-30", "--profile", str(DEFAULT_PROFILE), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert result["regime_label"] == "Utah (UCPA)" and result["respond_by"] == "2026-07-30"
    assert "only for requests received from 2026-07-01" in result["explanations"]["respond_by"]
    assert result["citations"] == {"respond_by": ""}  # the company default has no legal source


def test_cli_repeated_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "deadline", "--regime", "ccpa", "--type", "access",
                 "--type", "opt_out_sale", "--received", "2026-07-02", "--profile", str(DEFAULT_PROFILE), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (result["type"], result["types"], result["respond_by"]) == ("access", ["access", "opt_out_sale"],
                                                                        "2026-07-17")


def test_cli_bad_profile_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[company]\nlegal_name = 'X'\n", encoding="utf-8")
    code = main(["--data-dir", str(tmp_path), "deadline", "--regime", "gdpr", "--type", "access",
                 "--received", "2026-07-02", "--profile", str(bad)])
    assert code == 2
    assert "company.privacy_email" in capsys.readouterr().err


def test_cli_without_profile_uses_the_active_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a fresh data folder has no profile.toml: the shipped 3DPros default applies (15-day opt-out)
    code = main(["--data-dir", str(tmp_path), "deadline", "--regime", "ccpa", "--type", "opt_out_sale",
                 "--received", "2026-07-02", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["respond_by"] == "2026-07-17"


def test_compute_is_repeatable() -> None:
    facts = DeadlineFacts("unknown", ("access", "deletion"), D("2026-03-16"))
    first = compute(facts, PROFILE, RULES)
    assert compute(facts, PROFILE, RULES) == first
    assert first.received + timedelta(days=1) <= min(d.date for d in first.milestones.values())
