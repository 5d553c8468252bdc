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
