"""Request anchors (``domain.anchors``, the IMAP first pass's gate): derived from every language
file, they never miss a phrase the rules would match — every rule example, every practice question
and every safety-net word meets a condition — and plain business mail meets none, even where it
shares single words with a rule ("a quote request" beside a question, a bare "update")."""

from __future__ import annotations

import pytest

from privacydesk.domain.anchors import anchor_set, prepare, prepare_lines
from privacydesk.domain.classify_data import load_classifier_data


def meets(subject: str, text: str) -> bool:
    return anchor_set().found(prepare(subject, text), prepare_lines(text))


def test_every_rule_has_literals_to_look_for() -> None:
    assert anchor_set().always == ()


def test_every_rule_example_of_every_language_meets_a_condition() -> None:
    data = load_classifier_data()
    missed = [(rule.source, example) for pack in data.languages.values()
              for rule in (*pack.type_rules, *pack.questions) for example in rule.examples
              if not meets("", example)]
    assert missed == []


def test_every_safety_net_word_meets_a_condition() -> None:
    data = load_classifier_data()
    assert data.net is not None
    assert [w for w in data.net.terms if not meets("", f"p.s. {w} x")] == []


def test_plain_business_mail_meets_none() -> None:
    assert not meets("Invoice 4471 for PLA filament",
                     "Hello, the totals for your order of 12 spools.\nPayment due in 30 days.")
    assert meets("hello", "Please delete my personal data.")


def test_a_phrase_must_stand_whole_not_as_scattered_words() -> None:
    assert not meets("Quote request: 40 PLA brackets", "Are the tolerances ok? Could you use black PLA?")


def test_a_phrase_wrapped_over_lines_or_quoted_is_found() -> None:
    assert meets("Re: order", "Thanks.\n\n> Could you please delete\n> my personal data and close my\n> account")
    assert meets("", "Hello, I would like you to delete\nmy account, thank you.")


def test_a_practice_question_counts_only_as_a_question() -> None:
    assert meets("", "Quick question before I order: do you sell my data to anyone?")
    assert not meets("", "Do you sell the matte black filament too. We store spools dry.")


@pytest.mark.parametrize("text", ["Name: Ann Lee\nEmail: ann@example.org\nRequest type: Deletion\n",
                                  '{"name": "Ann", "email": "a@example.org", "request_type": "update"}',
                                  "Name: Ann\nWhat would you like to do?\nKnow\n"])
def test_a_forms_bare_request_type_value_counts(text: str) -> None:
    assert meets("New form entry", text)


def test_a_bare_type_word_in_a_sentence_does_not() -> None:
    assert not meets("Order update", "Please update the shipping method on order 1234.\nType: PLA, black")
