"""Reply templates (issue 9): every template renders in every language for every law and every kind of
requester without a placeholder, "None", "Dear ," or template code reaching the requester; missing
fields and broken edited copies fail loudly, naming the field or the line; edited copies win; the
preview knows which law and date each legal sentence relies on."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from privacydesk.domain import deadlines
from privacydesk.domain.profile import load_profile
from privacydesk.domain.references import body_marker
from privacydesk.domain.replies import (
    LetterFacts,
    LetterRenderer,
    MilestoneFact,
    Person,
    TemplateError,
    TemplateLibrary,
    check_output,
    why_not_fit,
)
from privacydesk.domain.vocab import Regime, values
from privacydesk.resources import DEFAULT_PROFILE, resource_path

SHIPPED = resource_path("templates")
PROFILE = load_profile(DEFAULT_PROFILE)
RULES = deadlines.load_rules()
RECEIVED = date(2026, 11, 25)

REQUIRED = ("acknowledgement", "verification_request", "verification_failed", "clarification", "extension_notice",
            "access_response", "deletion_done", "correction_done", "opt_out_sale_done", "opt_out_marketing_done",
            "objection_done", "portability_response", "shine_the_light_response", "minor_removal_done", "denial",
            "agent_proof_request")
TRANSLATED = ("acknowledgement", "verification_request", "clarification", "extension_notice", "deletion_done",
              "correction_done", "opt_out_sale_done", "opt_out_marketing_done", "objection_done",
              "minor_removal_done")
PEOPLE = {
    "named": (Person("Jane Doe", "jane@example.com"), None),
    "no name": (Person(None, "anon@example.com"), None),
    "agent": (Person("Maria Lopez", "maria@example.com"), Person("Dana Agent", "dana@agency.example")),
    "agent, no names": (Person(None, None), Person(None, "rights@agency.example")),
}
BAD_OUTPUT = re.compile(r"\bNone\b|\{\{|\}\}|\{%|%\}|Dear ,|Dear\s*,|\bundefined\b|<[a-z_]+ text>|\ue000|\ue001")


def library(override: Path | None = None) -> TemplateLibrary:
    return TemplateLibrary(SHIPPED, override)


def facts(types: tuple[str, ...], regime: str, requester: Person, agent: Person | None, *,
          inputs: dict[str, str] | None = None, code: str | None = None, attachments: tuple[str, ...] = (),
          verification: str = "pending", extended: bool = False, auto: bool = False) -> LetterFacts:
    schedule = deadlines.compute(deadlines.DeadlineFacts(regime=regime, types=types, received=RECEIVED,
                                                         agent=agent is not None, extended=extended),
                                 PROFILE, RULES, today=RECEIVED)
    titles = {rid: r.title for rid, r in RULES.regimes.items()}
    milestones = tuple(MilestoneFact(name, d.date, titles.get(d.regime, d.regime), d.explanation)
                       for name, d in schedule.milestones.items())
    return LetterFacts(ref="PD-2026-0007", types=types, regime=regime, regime_confirmed=regime != "unknown",
                       regime_title=titles.get(regime), received=RECEIVED, status="new", verification=verification,
                       extended=extended, requester=requester, profile=PROFILE, staff_name="Sam Staff",
                       milestones=milestones, agent=agent, inputs=inputs or {}, verification_code=code,
                       attachments=attachments, auto=auto, original_subject="Delete my data")


def sample_inputs(meta_inputs: tuple[str, ...]) -> dict[str, str]:
    return {name: f"Staff wrote this {name.replace('_', ' ')}." for name in meta_inputs}


def test_every_required_template_exists_in_english_and_the_translations() -> None:
    lib = library()
    names = lib.names()
    for name in REQUIRED:
        assert name in names, name
        assert "en" in lib.available_languages(name)
    for name in TRANSLATED:
        assert {"en", "de", "fr", "es"} <= set(lib.available_languages(name)), name
    assert all(not e.problems for e in lib.entries())


def _cases() -> list[tuple[str, str]]:
    lib = library()
    return [(name, lang) for name in lib.names() for lang in lib.available_languages(name)]


@pytest.mark.parametrize(("name", "lang"), _cases())
def test_every_template_renders_for_every_law_and_requester(name: str, lang: str) -> None:
    lib = library()
    renderer = LetterRenderer(lib)
    meta = lib.meta(name, lang)
    english = lib.meta(name, "en") if lang != "en" else meta
    # Translations fit and act exactly like the English letter.
    assert (meta.types, meta.regimes, meta.status, meta.inputs, meta.verification_code, meta.extend) == \
        (english.types, english.regimes, english.status, english.inputs, english.verification_code, english.extend)
    # Each fitting type alone for a specific letter; for a letter that fits every type, the kinds that
    # change its wording (a copy, an opt-out, marketing, a complaint), and a mixed request.
    type_sets = ([(t,) for t in meta.types] if meta.types else
                 [("access",), ("opt_out_sale",), ("opt_out_marketing",), ("complaint",), ("minor_removal",)])
    type_sets.append(tuple(meta.types[:2]) if len(meta.types) > 1 else ("access", "deletion", "opt_out_sale"))
    rendered = 0
    for regime in values(Regime):
        for who, (requester, agent) in PEOPLE.items():
            for types in type_sets:
                if why_not_fit(meta, types, regime, agent is not None):
                    continue
                inputs = sample_inputs(meta.inputs)
                if meta.extend and regime == "fadp":
                    inputs["new_date"] = "2027-01-15"
                letter = renderer.render(name, lang, facts(
                    types, regime, requester, agent, inputs=inputs,
                    code="K7MQ-2XPA" if meta.verification_code else None,
                    attachments=("personal-data.json", "personal-data.csv") if meta.attach_data else ()))
                for text in (letter.body, letter.subject):
                    assert not BAD_OUTPUT.search(text), (regime, who, types, BAD_OUTPUT.search(text))
                    assert check_output(text) is None
                assert body_marker(letter.body) == "PD-2026-0007"
                for value in inputs.values():
                    assert value in letter.body or value == "2027-01-15"
                if meta.verification_code:
                    assert "K7MQ-2XPA" in letter.body
                rendered += 1
    assert rendered > 0


def test_a_letter_without_a_name_says_dear_customer_and_an_agent_is_addressed_as_such() -> None:
    renderer = LetterRenderer(library())
    nameless = renderer.render("acknowledgement", "en", facts(("access",), "gdpr", Person(None, "a@b.example"), None))
    assert nameless.body.startswith("Dear customer,")
    agent = renderer.render("acknowledgement", "en", facts(("access",), "ccpa", Person("Maria Lopez", "m@x.example"),
                                                            Person("Dana Agent", "d@agency.example")))
    assert agent.body.startswith("Dear Dana Agent,")
    assert "on behalf of Maria Lopez" in agent.body
    assert agent.recipient_role == "agent"
    german = renderer.render("acknowledgement", "de", facts(("access",), "gdpr", Person(None, "a@b.example"), None))
    assert german.body.startswith("Sehr geehrte Kundin, sehr geehrter Kunde,")


def test_ccpa_acknowledgement_describes_verification_and_quotes_the_right_dates() -> None:
    letter = LetterRenderer(library()).render("acknowledgement", "en", facts(
        ("deletion",), "ccpa", Person("Jane Doe", "jane@example.com"), None))
    body = letter.body
    assert "one-time code" in body and "verify" in body
    # Spec worked example 3: ccpa deletion received 2026-11-25 → respond_by 2027-01-08, extended 2027-02-22.
    assert "8 January 2027" in body and "22 February 2027" in body
    dated = {s.milestone: s for s in letter.sources if s.milestone}
    assert dated["respond_by"].date == date(2027, 1, 8)
    assert dated["respond_by"].law == "California Consumer Privacy Act"
    assert "§7021(b)" in dated["respond_by"].rule
    assert "8 January 2027" in dated["respond_by"].sentence
    assert any("§7021(a)" in s.rule for s in letter.sources), "the acknowledgement itself cites its rule"


def test_a_dated_sentence_in_german_is_quoted_whole() -> None:
    """German writes "8. Januar 2027": the period after the day does not end the sentence the preview
    quotes as relying on the law."""
    letter = LetterRenderer(library()).render("acknowledgement", "de", facts(
        ("deletion",), "ccpa", Person("Jane Doe", "jane@example.com"), None))
    dated = {s.milestone: s for s in letter.sources if s.milestone}
    sentence = dated["respond_by"].sentence
    assert "8. Januar 2027" in sentence and len(sentence.split()) > 6, sentence


def test_opt_out_acknowledgement_asks_for_no_proof_and_quotes_the_15_day_promise() -> None:
    letter = LetterRenderer(library()).render("acknowledgement", "en", facts(
        ("opt_out_sale",), "ccpa", Person("Jane Doe", "jane@example.com"), None, verification="not_required"))
    assert "do not need to prove your identity" in letter.body
    assert "10 December 2026" in letter.body  # 15 calendar days (the notice's promise), not 15 business days
    assert "one-time code" not in letter.body


@pytest.mark.parametrize(("regime", "expected"), [
    ("gdpr", "right to complain to the data protection supervisory authority"),
    ("uk_gdpr", "Information Commissioner's Office"),
    ("pipeda", "Privacy Commissioner of Canada"),
    ("tx_tdpsa", "How to appeal"),
    ("co_cpa", "within 45 days of receiving your appeal"),
])
def test_denial_names_the_right_to_complain_or_to_appeal_where_the_law_requires(regime: str, expected: str) -> None:
    letter = LetterRenderer(library()).render("denial", "en", facts(
        ("access",), regime, Person("Jane Doe", "jane@example.com"), None,
        inputs={"reason": "We hold no personal information about you."}))
    assert expected in letter.body
    assert "We hold no personal information about you." in letter.body
    assert any(s.rule for s in letter.sources)


def test_extension_notice_gives_the_reason_and_under_pipeda_the_right_to_complain() -> None:
    letter = LetterRenderer(library()).render("extension_notice", "en", facts(
        ("access",), "pipeda", Person("Jane Doe", "jane@example.com"), None,
        inputs={"reason": "We must search our archived order system."}))
    assert "We must search our archived order system." in letter.body
    assert "12 April 2027" not in letter.body
    assert "24 January 2027" in letter.body  # pipeda: received + 60
    assert "Privacy Commissioner of Canada" in letter.body


def test_access_response_includes_the_categories_table_from_the_profile() -> None:
    letter = LetterRenderer(library()).render("access_response", "en", facts(
        ("access",), "ccpa", Person("Jane Doe", "jane@example.com"), None, verification="verified",
        inputs={"data_summary": "Your email address and two orders."}))
    for category in PROFILE.ccpa_categories:
        assert f"{category.id}. {category.name}" in letter.body
    assert "no longer than 2 years" in letter.body


def test_fit_rules() -> None:
    lib = library()
    assert why_not_fit(lib.meta("verification_failed", "en"), ["opt_out_sale"], "ccpa", False)
    assert why_not_fit(lib.meta("verification_failed", "en"), ["opt_out_marketing"], "gdpr", False)
    assert why_not_fit(lib.meta("verification_failed", "en"), ["deletion", "opt_out_sale"], "ccpa", False) is None
    assert why_not_fit(lib.meta("agent_proof_request", "en"), ["access"], "ccpa", False)
    assert why_not_fit(lib.meta("agent_proof_request", "en"), ["access"], "ccpa", True) is None
    assert why_not_fit(lib.meta("deletion_done", "en"), ["access"], "gdpr", False)


def test_a_missing_input_is_named() -> None:
    with pytest.raises(TemplateError, match="'reason'") as info:
        LetterRenderer(library()).render("denial", "en", facts(("access",), "gdpr", Person("J", "j@x.example"), None))
    assert info.value.field == "reason"


def _copy(tmp_path: Path, name: str, text: str, lang: str = "en") -> Path:
    folder = tmp_path / lang
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_edited_copy_in_the_data_dir_wins(tmp_path: Path) -> None:
    _copy(tmp_path, "acknowledgement", '+++\nsubject = "Got it"\n+++\nHello from our own copy, {{ request.ref }}.\n'
                                       "Ref: {{ request.ref }}\n")
    lib = library(tmp_path)
    letter = LetterRenderer(lib).render("acknowledgement", "en", facts(("access",), "gdpr", Person("J", "j@x.example"), None))
    assert letter.body.startswith("Hello from our own copy, PD-2026-0007.")
    assert letter.subject == "Got it"
    assert [e.overridden for e in lib.entries() if e.name == "acknowledgement"] == [("en",)]


def test_a_missing_field_is_an_error_naming_it_and_its_line(tmp_path: Path) -> None:
    path = _copy(tmp_path, "deletion_done", '+++\nsubject = "Done"\ntypes = ["deletion"]\n+++\nDear {{ requester.name }},\n\n'
                                            "Your phone {{ requester.phone }} is gone.\n")
    with pytest.raises(TemplateError) as info:
        LetterRenderer(library(tmp_path)).render("deletion_done", "en", facts(
            ("deletion",), "gdpr", Person("Jane", "j@x.example"), None))
    message = str(info.value)
    assert "'phone'" in message and str(path) in message and "line 7" in message


def test_a_none_value_never_reaches_the_letter(tmp_path: Path) -> None:
    _copy(tmp_path, "deletion_done", '+++\nsubject = "Done"\ntypes = ["deletion"]\n+++\n'
                                     "Dear {{ recipient.get('name') }},\n")
    with pytest.raises(TemplateError, match="missing"):
        LetterRenderer(library(tmp_path)).render("deletion_done", "en", facts(
            ("deletion",), "gdpr", Person(None, "j@x.example"), None))


@pytest.mark.parametrize(("text", "line"), [
    ('+++\nsubject = "x"\ninputs = ["question"]\n+++\nline one\n{% if request.ref %}\nnever closed\n', 7),
    ('+++\nsubject = "x"\ninputs = ["question"]\n+++\nok\n{{ request.ref | nosuchfilter }}\n', 6),
    ('+++\nsubject = "x"\ninputs = ["question"]\n+++\nok\n\n{{ request.nosuchfield }}\n', 7),
    ('+++\nsubject = "x"\ntypes = ["delete"]\n+++\nbody\n', 2),
    ('+++\nsubject = \n+++\nbody\n', 2),
    ('no metadata at all\n', 1),
])
def test_a_broken_edited_copy_is_reported_with_its_line(tmp_path: Path, text: str, line: int) -> None:
    path = _copy(tmp_path, "clarification", text)
    lib = library(tmp_path)
    with pytest.raises(TemplateError) as info:
        LetterRenderer(lib).render("clarification", "en", facts(("access",), "gdpr", Person("J", "j@x.example"), None,
                                                                inputs={"question": "Which account?"}))
    assert f"{path}, line {line}" in str(info.value)
    entry = next(e for e in lib.entries() if e.name == "clarification")
    assert entry.problems or line > 2  # metadata problems show in the list too
