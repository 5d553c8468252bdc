"""The silence guard (issue 10): a request worded in a way no phrase rule knows reaches "To review"
with a plain-words reason naming the words that moved the model; ordinary mail stays ordinary; the
shipped model is the one ``tools/train_guard.py`` builds from the current data.

The example messages here were written for this test (not taken from any training set).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from privacydesk.domain.classify import classify
from privacydesk.domain.classify_guard import GUARD_FILE, load_guard
from privacydesk.domain.classify_guard_types import FILE_THRESHOLD, load_type_heads
from privacydesk.domain.message import Address, ParsedMessage
from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.resources import DEFAULT_PROFILE

ROOT = Path(__file__).resolve().parents[2]

MOVING_ABROAD = ("Hi, I'm moving abroad for good and would rather not leave a trace behind. Please scrub my "
                 "customer file and everything tied to this address from your systems. Thanks, Jo")
UMZUG = ("Hallo, ich ziehe weg und will nicht, dass bei Ihnen noch etwas von mir herumliegt. Bitte tilgen Sie "
         "meine Kundendatei und alles, was an dieser Adresse hängt. Gruß, Jo")
PETG_ORDER = "Hi, could you print 20 more brackets in black PETG for order 1234? Same settings as last time. Thanks, Jo"


@pytest.fixture(scope="module")
def profile() -> CompanyProfile:
    return load_profile(DEFAULT_PROFILE)


def mail(text: str, subject: str, sender: str = "jo@example.net",
         headers: tuple[tuple[str, str], ...] = ()) -> ParsedMessage:
    return ParsedMessage(message_id="<guard@example.invalid>", subject=subject, sender=Address("Jo Doe", sender),
                         text=text, headers=headers)


def test_an_english_request_in_words_no_rule_has_reaches_review_with_the_words(profile: CompanyProfile) -> None:
    without = classify(mail(MOVING_ABROAD, "moving abroad"), profile, guard=None)
    assert not without.is_request and not without.needs_review  # the rules and the net alone: silent
    got = classify(mail(MOVING_ABROAD, "moving abroad"), profile, type_heads=None)  # the guard reviews only
    assert got.needs_review and not got.is_request
    assert got.review_reason is not None
    assert got.review_reason.startswith("It reads like a privacy request in words the rules do not know")
    assert got.review_reason.endswith("Please decide.")
    evidence = next(e for e in got.evidence if e.startswith("guard:"))
    words = evidence.split(":")[2].split("|")
    assert words and all(word in MOVING_ABROAD.lower() for word in words)  # the message's own words
    assert all(f"\u201c{word}\u201d" in got.review_reason for word in words)


def test_a_request_the_guard_is_sure_of_is_filed_with_the_type_its_heads_name(profile: CompanyProfile) -> None:
    got = classify(mail(MOVING_ABROAD, "moving abroad"), profile)
    assert got.is_request and not got.needs_review
    assert got.types == ("deletion",)
    filed = next(e for e in got.evidence if e.startswith("guard-file:"))
    assert float(filed.split(":")[1]) >= FILE_THRESHOLD
    typed = next(e for e in got.evidence if e.startswith("guard-type:deletion:"))
    assert all(word in MOVING_ABROAD.lower() for word in typed.split(":")[3].split("|"))


def test_the_guard_never_files_what_looks_like_phishing(profile: CompanyProfile) -> None:
    text = MOVING_ABROAD + "\nYou will need to sign in to open the attached request form."
    got = classify(mail(text, "moving abroad"), profile)
    assert not got.is_request and got.needs_review
    assert got.review_reason is not None and "phishing" in got.review_reason


def test_a_german_request_in_words_no_rule_has_reaches_review(profile: CompanyProfile) -> None:
    assert not classify(mail(UMZUG, "Umzug"), profile, guard=None).needs_review
    got = classify(mail(UMZUG, "Umzug"), profile)
    assert got.needs_review and not got.is_request
    assert got.review_reason is not None and "words the rules do not know" in got.review_reason
    assert any(e.startswith("guard:") for e in got.evidence)


def test_a_plain_order_mail_stays_ordinary(profile: CompanyProfile) -> None:
    got = classify(mail(PETG_ORDER, "Re: brackets"), profile)
    assert not got.is_request and not got.needs_review
    assert not any(e.startswith("guard:") for e in got.evidence)


def test_automated_mail_and_our_own_mail_are_not_guarded(profile: CompanyProfile) -> None:
    auto = classify(mail(MOVING_ABROAD, "moving abroad", headers=(("Auto-Submitted", "auto-replied"),)), profile)
    assert auto.automated is not None and not auto.needs_review
    own = classify(mail(MOVING_ABROAD, "moving abroad", sender=profile.own_addresses[0]), profile)
    assert not own.needs_review and not own.is_request


def _train_guard() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_guard", ROOT / "tools" / "train_guard.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_guard", module)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_is_built_from_the_current_data() -> None:
    """Changing a labelled set, the training settings or the feature code without running
    ``tools/train_guard.py`` leaves a stale model: this says so."""
    model = load_guard()
    assert model is not None, "resources/classifier/guard.json is missing or unreadable"
    assert model.data_hash == _train_guard().current_hash(), "stale guard model: run tools/train_guard.py"
    assert GUARD_FILE.stat().st_size < 2 * 1024 * 1024
    assert 0.0 < model.threshold < FILE_THRESHOLD < 1.0
    heads = load_type_heads()
    assert heads is not None, "resources/classifier/guard-types.json is missing or unreadable"
    assert heads.data_hash == model.data_hash, "stale guard type heads: run tools/train_guard.py"
    assert {"deletion", "access", "opt_out_marketing", "opt_out_sale", "correction"} <= set(heads.heads)


def test_the_explanation_leaves_out_names_written_capitalised_inside_a_sentence() -> None:
    from privacydesk.domain.classify_guard import GuardScore, without_names

    text = "Hi, I moved from Leeds last year. Please remove my info, and tell Leeds nothing.\nThanks"
    got = without_names(GuardScore(0.9, ("leeds", "info", "remove")), text)
    assert got.words == ("info", "remove") and got.probability == 0.9
    # A word the writer also uses in lower case is no name: it stays.
    assert without_names(GuardScore(0.9, ("info",)), "Info please. my info").words == ("info",)
