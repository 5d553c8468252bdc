"""The safety net (issue 10): mail a person wrote that speaks of privacy is filed or reviewed with a
plain-words reason, never silently dismissed; phishing and impostors are reviewed, never filed.

Cases in tests/data/classifier-net/ (see its README); the vocabulary is data (``[net]`` of every
language file and of common.toml).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from privacydesk.domain.classify import classify
from privacydesk.domain.classify_data import load_classifier_data
from privacydesk.domain.message import Address, ParsedMessage
from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.mail.parse import parse_message
from privacydesk.resources import DEFAULT_PROFILE

CASES = Path(__file__).resolve().parents[1] / "data" / "classifier-net"
LABELS: dict[str, dict[str, Any]] = tomllib.loads((CASES / "labels.toml").read_text(encoding="utf-8"))
EU_EEA = ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
          "pl", "pt", "ro", "sk", "sl", "sv", "no", "is")


@pytest.fixture(scope="module")
def profile() -> CompanyProfile:
    return load_profile(DEFAULT_PROFILE)


def mail(text: str, subject: str = "hello", sender: str = "someone@example.net") -> ParsedMessage:
    return ParsedMessage(message_id="<t@example.invalid>", subject=subject, sender=Address("Some One", sender),
                         text=text)


def test_every_case_file_has_a_label() -> None:
    assert {p.name for p in CASES.glob("*.eml")} == set(LABELS)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_case(profile: CompanyProfile, name: str) -> None:
    label = LABELS[name]
    got = classify(parse_message((CASES / name).read_bytes()).message, profile)
    if label["request"]:
        assert got.is_request or got.needs_review, f"silent: {label['why']}: {got.evidence}"
        if label["filed"]:
            assert got.is_request, f"{label['why']}: {got.evidence}"
            assert sorted(got.types) == sorted(label["types"]), got.evidence
        if got.needs_review:
            assert got.review_reason and "_" not in got.review_reason
    else:
        assert not got.is_request, f"{label['why']}: {got.evidence}"
        if "review" in label:
            assert got.needs_review is label["review"], f"{label['why']}: {got.evidence}"
    assert got.language == label["language"], got.evidence


def test_review_always_says_why_in_plain_words(profile: CompanyProfile) -> None:
    got = classify(mail("Quick one: what does your company do with personal data of customers like me?"), profile)
    assert got.needs_review and not got.is_request
    assert got.review_reason is not None
    assert got.as_json()["review_reason"] == got.review_reason
    assert not any(word in got.review_reason for word in ("net:", "phrase:", "_", "None"))


@pytest.mark.parametrize("text", [
    "Thanks for the parcel!\n\nPS my personal data should not be kept after this order, please.",
    "Great prints as always.\n\nP.S. I'd like to know what data you hold on me.",
    "Loved the figurines.\nPS: bitte keine Werbung mehr an mich.",
])
def test_a_postscript_is_never_silent(profile: CompanyProfile, text: str) -> None:
    got = classify(mail(text, "thanks"), profile)
    assert got.is_request or got.needs_review, got.evidence


def test_absence_of_request_phrases_is_no_reason_to_dismiss(profile: CompanyProfile) -> None:
    got = classify(mail("Something about my personal data has been bothering me since last week."), profile)
    assert got.needs_review, got.evidence
    assert "personal data" in (got.review_reason or "")


def test_ordinary_mail_without_privacy_words_stays_ordinary(profile: CompanyProfile) -> None:
    got = classify(mail("Can you print the bracket in PETG instead? Same size, two pieces."), profile)
    assert not got.is_request and not got.needs_review


def test_automated_mail_and_our_own_mail_are_outside_the_net(profile: CompanyProfile) -> None:
    own = profile.own_addresses[0]
    got = classify(mail("Note to self: check the personal data retention table.", sender=own), profile)
    assert not got.needs_review
    listed = ParsedMessage(message_id=None, subject="News", sender=Address("", "news@vendor.example"),
                           headers=(("List-Id", "<news.vendor.example>"),),
                           text="We changed how we process personal data.")
    assert not classify(listed, profile).needs_review


def test_privacy_words_are_known_in_every_eu_eea_language_and_beyond() -> None:
    data = load_classifier_data()
    assert data.net is not None
    langs = {term.lang for term in data.net.terms.values()}
    for code in (*EU_EEA, "ja", "ko"):
        assert code in langs, f"no safety-net words for {code}"
    laws = {term.literal for term in data.net.terms.values() if term.category == "law"}
    for law in ("gdpr", "dsgvo", "rgpd", "rodo", "dsg", "ccpa", "pipeda", "lgpd", "appi", "pipa", "uk gdpr"):
        assert law in laws


@pytest.mark.parametrize(("text", "lang"), [
    ("Kérem, töröljék a személyes adataimat.", "hu"),
    ("Prosím o vymazanie mojich osobných údajov.", "sk"),
    ("Vă rog să ștergeți datele mele personale.", "ro"),
    ("Παρακαλώ διαγράψτε τα προσωπικά μου δεδομένα.", "el"),
    ("Molim vas da obrišete moje osobne podatke.", "hr"),
    ("Prosimo, izbrišite moje osebne podatke.", "sl"),
    ("Palun kustutage minu isikuandmed.", "et"),
    ("Lūdzu, dzēsiet manus personas datus.", "lv"),
    ("Prašau ištrinti mano asmens duomenis.", "lt"),
    ("Моля, изтрийте личните ми данни.", "bg"),
    ("Vennligst slett mine personopplysninger.", "no"),
    ("Vinsamlegast eyðið persónuupplýsingum mínum.", "is"),
    ("Haluan että poistatte henkilötietoni.", "fi"),
    ("個人情報を削除してください。", "ja"),
    ("제 개인정보를 삭제해 주세요.", "ko"),
    ("请删除我的个人信息。", "zh"),
    ("Por favor, eliminem os meus dados pessoais nos termos da LGPD.", "pt"),
])
def test_a_request_in_any_language_reaches_a_person(profile: CompanyProfile, text: str, lang: str) -> None:
    got = classify(mail(text, "-"), profile)
    assert got.is_request or got.needs_review, (lang, got.evidence)


def test_a_law_name_counts_only_as_a_whole_word(profile: CompanyProfile) -> None:
    got = classify(mail("The dsgn files for the bracket are attached, avg print time 3h."), profile)
    assert not got.needs_review, got.evidence
