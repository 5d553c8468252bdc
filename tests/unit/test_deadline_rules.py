"""The rule files in resources/regimes: validated at load, and changeable without code."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest

from privacydesk.domain.deadline_rules import RuleError, default_rules_folder, load_rules
from privacydesk.domain.deadlines import DeadlineFacts, compute
from privacydesk.domain.profile import load_profile
from privacydesk.domain.vocab import Regime, values
from privacydesk.resources import DEFAULT_PROFILE

PROFILE = load_profile(DEFAULT_PROFILE)


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "regimes"
    shutil.copytree(default_rules_folder(), folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(folder: Path) -> list[tuple[str, str, str]]:
    with pytest.raises(RuleError) as raised:
        load_rules(folder, use_cache=False)
    return raised.value.problems


def test_shipped_rules_load_and_cover_every_regime() -> None:
    book = load_rules(use_cache=False)
    assert set(book.regime_ids()) == set(values(Regime)) - {"unknown"}
    assert book.regime_ids()[0] == "gdpr"  # the vocabulary's order, for messages


@pytest.mark.parametrize(("file", "old", "new", "where", "says"), [
    ("gdpr.toml", "months = 1\n", "monthz = 1\n", "rule[0].respond_by.monthz",
     "unknown key"),
    ("uk_gdpr.toml", 'calendar = "GB"', 'calendar = "XX"', "rule[0].respond_by.calendar", "unknown calendar"),
    ("ccpa.toml", 'types = ["access", "deletion", "correction"]', 'types = ["access", "erasure"]',
     "rule[0].types[1]", "unknown request type or group 'erasure'"),
    ("pipeda.toml", "calendar_days = 30\nwhy", "calendar_days = -3\nwhy", "rule[0].respond_by.calendar_days",
     "whole number"),
    ("fadp.toml", 'why = "answer within 30 days of receipt"', "",
     "rule[0].respond_by.why", "is required"),
    ("fadp.toml", 'cite = "FADP Art. 25(7); DPO Art. 18(1)"', "", "rule[0].respond_by.cite", "is required"),
    ("or_ocpa.toml", 'label = "Oregon (OCPA)"', "", "label", "is required"),
    ("or_ocpa.toml", "in_force = 2024-07-01", 'in_force = "July 2024"', "in_force", "TOML date"),
    ("jp_appi.toml", 'confidence = "uncertain"', 'confidence = "maybe"', "rule[0].confidence", "must be one of"),
    ("br_lgpd.toml", 'flags = ["immediate"]', 'flags = ["urgent"]', "rule[0].flags[0]", "unknown flag"),
    ("_shared.toml", 'appeal = "appeal of our decision"\n', "", "type_labels", "has no words for appeal"),
    ("ccpa.toml", "first_day_counts = true", "first_day_counts = \"yes\"",
     "rule[0].respond_by.first_day_counts", "true or false"),
    ("gdpr.toml", 'from = "received"\nmonths = 1', 'from = "respond_by"\nmonths = 1', "rule[0].respond_by.from",
     "cannot count from itself"),
    ("quebec.toml", 'regime = "quebec"', 'regime = "qc"', "regime", "must match"),
    ("uk_gdpr.toml", "effective_from = 2026-06-19", 'effective_from = "2026-06-19"',
     "rule[1].acknowledge_by.effective_from", "TOML date"),
    ("tx_tdpsa.toml", "[[rule]]\ntypes", "[[rule]]\nstart_from = [\"id\"]\ntypes",
     "rule[0].start_from", "must include 'received'"),
    ("_shared.toml", 'opt_out_sale = ["verification_not_allowed"]', 'opt_out_sale = ["no_id"]',
     "type_flags.opt_out_sale[0]", "unknown flag"),
    ("ca_shine_the_light.toml", 'types = ["shine_the_light"]', 'types = ["shine_the_light", "opt_out_marketing"]',
     "rule[0].types", "already set for every regime"),
])
def test_a_bad_file_is_refused_naming_file_and_field(rules_copy: Path, file: str, old: str, new: str, where: str,
                                                     says: str) -> None:
    edit(rules_copy / file, old, new)
    found = problems(rules_copy)
    assert any(f == file and path == where and says in message for f, path, message in found), found
    assert file in str(RuleError(found)) and where in str(RuleError(found))


def test_invalid_toml_is_refused(rules_copy: Path) -> None:
    (rules_copy / "gdpr.toml").write_text("regime = \n", encoding="utf-8")
    assert problems(rules_copy)[0][:2] == ("gdpr.toml", "(file)")


def test_a_missing_regime_file_is_refused(rules_copy: Path) -> None:
    (rules_copy / "pipeda.toml").unlink()
    assert ("pipeda.toml", "(file)") in [p[:2] for p in problems(rules_copy)]


def test_extension_without_notice_date_is_refused(rules_copy: Path) -> None:
    text = (rules_copy / "pipeda.toml").read_text(encoding="utf-8")
    start = text.index("[rule.extension_notice_by]")
    end = text.index("[rule.respond_by_extended]")
    (rules_copy / "pipeda.toml").write_text(text[:start] + text[end:], encoding="utf-8")
    assert any("go together" in message for _f, _p, message in problems(rules_copy))


def test_two_rows_for_the_same_type_need_disjoint_dates(rules_copy: Path) -> None:
    with (rules_copy / "quebec.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[rule]]\ntypes = ["access"]\n[rule.respond_by]\nfrom = "received"\n'
                     'calendar_days = 20\nwhy = "test"\ncite = "test"\n')
    assert any(path == "rule[2].types" and "overlapping" in message for _f, path, message in problems(rules_copy))


def test_changing_a_period_needs_no_code(rules_copy: Path) -> None:
    edit(rules_copy / "pipeda.toml", "calendar_days = 30\nwhy = \"answer no later than 30",
         "calendar_days = 21\nwhy = \"answer no later than 21")
    book = load_rules(rules_copy, use_cache=False)
    s = compute(DeadlineFacts("pipeda", ("access",), date(2026, 2, 10)), PROFILE, book)
    assert s.date("respond_by") == date(2026, 3, 3)  # 10 Feb + 21 days


def test_a_period_change_can_take_effect_on_a_date(rules_copy: Path) -> None:
    # the old 30-day row until 2027-01-01, a new 21-day row from then: both stay in the file
    edit(rules_copy / "quebec.toml", '[[rule]]\ntypes = ["access", "correction", "deletion"]\n',
         '[[rule]]\ntypes = ["access", "correction", "deletion"]\neffective_until = 2027-01-01\n')
    with (rules_copy / "quebec.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[rule]]\ntypes = ["access", "correction"]\neffective_from = 2027-01-01\n'
                     '[rule.respond_by]\nfrom = "received"\ncalendar_days = 21\nwhy = "hypothetical amendment"\n'
                     'cite = "hypothetical"\n')
    book = load_rules(rules_copy, use_cache=False)
    old = compute(DeadlineFacts("quebec", ("access",), date(2026, 12, 31)), PROFILE, book)
    new = compute(DeadlineFacts("quebec", ("access",), date(2027, 1, 1)), PROFILE, book)
    assert (old.date("respond_by"), new.date("respond_by")) == (date(2027, 1, 30), date(2027, 1, 22))


def test_adding_a_regime_needs_no_code(rules_copy: Path) -> None:
    # A 2027 state loaded early (regimes-2026.md §0: Oklahoma, in force 2027-01-01).
    (rules_copy / "ok_test.toml").write_text(
        'regime = "ok_test"\ntitle = "Oklahoma (test)"\nlabel = "Oklahoma (test)"\nin_force = 2027-01-01\n\n'
        '[[rule]]\ntypes = ["us_state_rights"]\n\n'
        '[rule.respond_by]\nfrom = "received"\ncalendar_days = 45\nwhy = "45 days"\ncite = "test §1"\n\n'
        '[rule.extension_notice_by]\nfrom = "received"\ncalendar_days = 45\nwhy = "notice"\ncite = "test §1"\n\n'
        '[rule.respond_by_extended]\nfrom = "received"\ncalendar_days = 90\nwhy = "+45 days"\ncite = "test §1"\n',
        encoding="utf-8")
    book = load_rules(rules_copy, use_cache=False)
    assert "ok_test" in book.regime_ids() and book.label("ok_test") == "Oklahoma (test)"
    s = compute(DeadlineFacts("ok_test", ("deletion",), date(2027, 1, 15)), PROFILE, book)
    assert (s.date("respond_by"), s.date("respond_by_extended")) == (date(2027, 3, 1), date(2027, 4, 15))
    # before in_force: the company default, and the explanation says why
    early = compute(DeadlineFacts("ok_test", ("deletion",), date(2026, 12, 31)), PROFILE, book)
    assert early.date("respond_by") == date(2027, 1, 30)
    assert "took effect on 2027-01-01" in (early.explanation("respond_by") or "")
    # opt_out_marketing still comes from the every-regime row: 10th US business day after 15 Jan 2026
    # (16 Jan (1), 19 Jan is MLK Day, 20-23 (5), 26-30 (10))
    s = compute(DeadlineFacts("ok_test", ("opt_out_marketing",), date(2026, 1, 15)), PROFILE, book)
    assert s.date("respond_by") == date(2026, 1, 30)


def test_every_law_is_documented_with_its_label() -> None:
    """docs/deadlines.md lists every regime of the rule book, by label and identifier."""
    docs = (Path(__file__).resolve().parents[2] / "docs" / "deadlines.md").read_text(encoding="utf-8")
    every_law = docs[docs.index("## Every law"):docs.index("## Flags")]
    book = load_rules(use_cache=False)
    for regime in book.regime_ids():
        assert f"{book.label(regime)} `{regime}`" in every_law, regime


def test_every_law_has_a_plain_label_and_uncertain_rules_say_conservative_reading() -> None:
    from privacydesk.domain.deadline_rules import regime_label, regime_labels

    book = load_rules(use_cache=False)
    labels = regime_labels()
    assert list(labels) == [*book.regime_ids(), "unknown"]
    assert labels["or_ocpa"] == "Oregon (OCPA)" and labels["br_lgpd"] == "Brazil (LGPD)"
    assert regime_label("or_ocpa", short=True) == "Oregon" and regime_label("unknown") == "Unknown"
    assert len(set(labels.values())) == len(labels), "two laws with the same label"
    for regime in book.regime_ids():
        for rule in book.regimes[regime].rules:
            for name, date_rule in rule.milestones.items():
                if date_rule.cite == "" and date_rule.periods and date_rule.periods[0].unit != "company_default_days":
                    raise AssertionError(f"{regime} {name} has no citation")
                if date_rule.uncertain:
                    facts = DeadlineFacts(regime, (sorted(rule.types)[0],),
                                          max(rule.effective_from or date(2026, 9, 1), date(2026, 9, 1)))
                    s = compute(facts, dataclasses.replace(PROFILE, deadline_commitments=()), book)
                    if name in s.milestones:
                        assert "conservative reading" in s.milestones[name].explanation, (regime, name)
