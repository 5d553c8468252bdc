"""The company profile: the shipped 3DPros default and validation of edits (issue 2)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from privacydesk.domain.profile import ProfileError, load_profile, load_profile_text, parse_profile
from privacydesk.resources import DEFAULT_PROFILE


@pytest.fixture
def doc() -> dict:
    return tomllib.loads(DEFAULT_PROFILE.read_text(encoding="utf-8"))


def test_default_profile_holds_the_3dpros_notice() -> None:
    p = load_profile(DEFAULT_PROFILE)
    assert p.legal_name == "3DPros LLC"
    assert p.privacy_email == "3dprosteam@gmail.com"
    assert "Pflugerville, TX 78660" in p.postal_address
    assert p.time_zone == "America/Chicago"
    assert set(p.covered_regimes) == {"gdpr", "uk_gdpr", "pipeda", "fadp", "ccpa", "ca_shine_the_light"}
    assert p.default_response_days == 30
    commitment = p.commitment_for("opt_out_sale")
    assert commitment is not None and commitment.days == 15 and commitment.unit == "calendar_days"
    assert p.retention_years == 2
    assert p.delete_verification_data_after_verification and p.agent_requires_proof
    assert not p.sells_personal_information
    collected = {c.id for c in p.ccpa_categories if c.collected}
    assert collected == {"B", "G"}
    assert len(p.ccpa_categories) == 11 and not any(c.sold for c in p.ccpa_categories)
    assert p.is_own_address("3DProsTeam@gmail.com")


@pytest.mark.parametrize(("path", "value", "field"), [
    (("deadlines", "default_response_days"), "thirty", "deadlines.default_response_days"),
    (("deadlines", "default_response_days"), 0, "deadlines.default_response_days"),
    (("deadlines", "default_response_days"), True, "deadlines.default_response_days"),
    (("company", "time_zone"), "Mars/Olympus", "company.time_zone"),
    (("company", "privacy_email"), "not-an-email", "company.privacy_email"),
    (("company", "legal_name"), "", "company.legal_name"),
    (("coverage", "regimes"), ["gdpr", "narnia"], "coverage.regimes[1]"),
    (("rights", "offered"), ["access", "teleport"], "rights.offered[1]"),
    (("deadlines", "business_calendar"), "XX", "deadlines.business_calendar"),
    (("deadlines", "due_soon_fraction"), 1.5, "deadlines.due_soon_fraction"),
])
def test_invalid_edit_is_rejected_with_the_field_named(doc: dict, path: tuple[str, str], value: object,
                                                       field: str) -> None:
    doc[path[0]][path[1]] = value
    with pytest.raises(ProfileError) as info:
        parse_profile(doc)
    assert field in [p for p, _ in info.value.problems]
    assert field in str(info.value)


def test_bad_commitment_names_its_entry(doc: dict) -> None:
    doc["commitments"]["deadlines"][0]["unit"] = "fortnights"
    with pytest.raises(ProfileError, match=r"commitments\.deadlines\[0\]\.unit"):
        parse_profile(doc)


def test_missing_required_field(doc: dict) -> None:
    del doc["company"]["time_zone"]
    with pytest.raises(ProfileError, match=r"company\.time_zone: is required"):
        parse_profile(doc)


def test_broken_toml_is_a_profile_error() -> None:
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile_text("[company\nlegal_name = 1")


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="cannot read"):
        load_profile(tmp_path / "missing.toml")


def test_another_business_can_use_its_own_profile(doc: dict) -> None:
    doc["company"].update(legal_name="Brew & Co Ltd", privacy_email="privacy@brew.example",
                          own_addresses=["privacy@brew.example", "hello@brew.example"],
                          time_zone="Europe/London")
    doc["coverage"]["regimes"] = ["uk_gdpr"]
    doc["commitments"]["deadlines"] = []
    doc["deadlines"]["business_calendar"] = "GB"
    p = parse_profile(doc)
    assert p.time_zone == "Europe/London" and p.covered_regimes == ("uk_gdpr",)
    assert p.commitment_for("opt_out_sale") is None
    assert p.is_own_address("hello@brew.example")


def test_own_domains_cover_the_website_but_not_lookalikes(doc: dict) -> None:
    p = parse_profile(doc)
    assert p.is_own_address("no-reply@3dpros.com")
    assert p.is_own_address("forms@mail.3dpros.com")
    assert not p.is_own_address("someone@not3dpros.com")
    assert not p.is_own_address("someone@gmail.com")
    doc["company"]["own_domains"] = ["gmail com"]
    with pytest.raises(ProfileError, match=r"company\.own_domains\[0\]"):
        parse_profile(doc)


def test_the_notice_can_cover_any_law_of_the_rule_book(doc: dict) -> None:
    """Issue 15: "the laws the notice covers" can list every regime with a rules file (not unknown)."""
    from privacydesk.domain.deadline_rules import load_rules

    every = load_rules().regime_ids()
    assert {"or_ocpa", "br_lgpd", "jp_appi", "kr_pipa", "au_privacy", "ut_ucpa"} <= set(every)
    doc["coverage"]["regimes"] = every
    assert parse_profile(doc).covered_regimes == tuple(every)
    doc["coverage"]["regimes"] = ["or_ocpa", "unknown"]
    with pytest.raises(ProfileError, match=r"coverage\.regimes\[1\].*valid values: .*br_lgpd"):
        parse_profile(doc)


def test_a_covered_new_law_takes_part_when_the_law_is_unknown(doc: dict) -> None:
    from datetime import date

    from privacydesk.domain.deadlines import DeadlineFacts, compute, load_rules

    doc["coverage"]["regimes"] = ["or_ocpa", "kr_pipa"]
    profile = parse_profile(doc)
    # access received 16 Mar 2026: Oregon 30 Apr, South Korea 16 Mar + 10 = 26 Mar (the earliest)
    s = compute(DeadlineFacts("unknown", ("access",), date(2026, 3, 16)), profile, load_rules())
    assert s.date("respond_by") == date(2026, 3, 26) and s.milestones["respond_by"].regime == "kr_pipa"
    assert "South Korea (PIPA)" in (s.explanation("respond_by") or "")
