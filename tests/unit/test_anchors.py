"""Request anchors (``domain.anchors``, issue 14's candidate gate): derived from every language
file, they never miss a phrase the rules would match — every rule example, and every safety-net
word, meets a condition — and plain business mail meets none."""

from __future__ import annotations

from privacydesk.domain.anchors import anchor_set
from privacydesk.domain.classify_data import load_classifier_data


def test_every_rule_has_literals_to_look_for() -> None:
    assert anchor_set().always == ()


def test_every_rule_example_of_every_language_meets_a_condition() -> None:
    data = load_classifier_data()
    anchors = anchor_set(data)
    missed = [(rule.source, example) for pack in data.languages.values() for rule in pack.type_rules
              for example in rule.examples if not anchors.found(example.lower())]
    assert missed == []


def test_every_safety_net_word_meets_a_condition() -> None:
    data = load_classifier_data()
    assert data.net is not None
    anchors = anchor_set(data)
    assert [w for w in data.net.terms if not anchors.found(f"p.s. {w} x")] == []


def test_plain_business_mail_meets_none() -> None:
    anchors = anchor_set()
    assert not anchors.found("invoice 4471 for pla filament\nhello, the totals for your order of 12 spools. "
                             "payment due in 30 days.")
    assert anchors.found("hello\nplease delete my personal data.")
