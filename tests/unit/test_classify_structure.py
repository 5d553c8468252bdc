"""Recognition by structure, not by phrase (issue 10, fourth round): mechanisms found missing on
set C (now tuned on, tests/data/mail-evalC), each covered here by new sentences of our own in
several languages — the messages of set C themselves are asserted in test_classifier_eval.py.
"""

from __future__ import annotations

import pytest

from privacydesk.domain.classify import classify
from privacydesk.domain.message import Address, Classification, ParsedMessage
from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.resources import DEFAULT_PROFILE


@pytest.fixture(scope="module")
def profile() -> CompanyProfile:
    return load_profile(DEFAULT_PROFILE)


def run(profile: CompanyProfile, text: str, subject: str = "", sender: str = "alex.doe@example.org") -> Classification:
    msg = ParsedMessage(message_id="<s@example.org>", subject=subject,
                        sender=Address("Alex Doe", sender), text=text)
    return classify(msg, profile)


# A condition does not hedge an act performed in the same sentence: "if I have given consent, I
# hereby withdraw it" withdraws whatever consent there is (a type of its own beside the main ask),
# while "I withdraw any consent on which the processing may be based" stays the ground of an erasure.
@pytest.mark.parametrize("text", [
    "Hello,\n\nplease delete all the data you hold about me. If I have ever given consent to your newsletter "
    "tracking, I hereby withdraw my consent.\n\nRegards,\nAlex",
    "Guten Tag,\n\nbitte löschen Sie alle meine Daten. Falls ich Ihnen jemals eine Einwilligung gegeben "
    "habe, widerrufe ich diese hiermit vollständig.\n\nGrüße\nAlex",
    "Bonjour,\n\nveuillez effacer toutes mes données. Si j'ai donné mon consentement à un moment, je retire "
    "ce consentement par la présente.\n\nCordialement,\nAlex",
    "Goedendag,\n\nverwijder alstublieft al mijn gegevens. Indien ik ooit toestemming heb gegeven, trek ik "
    "mijn toestemming hierbij in.\n\nGroet,\nAlex",
])
def test_a_performed_withdrawal_under_a_condition_counts(profile: CompanyProfile, text: str) -> None:
    got = run(profile, text)
    assert got.is_request, got.evidence
    assert set(got.types) == {"deletion", "withdraw_consent"}, got.evidence


def test_a_consent_ground_without_an_act_adds_no_withdrawal(profile: CompanyProfile) -> None:
    got = run(profile, "Hello,\n\nplease erase all personal data you hold about me; I withdraw any consent "
                       "on which the processing may be based.\n\nRegards,\nAlex")
    assert got.is_request and got.types == ("deletion",), got.evidence


# A forward whose every line is quoted ("Begin forwarded message:" then "> From: …") is the
# forwarded mail itself: our staff forwarding a customer's request files it for the customer.
@pytest.mark.parametrize(("note", "original"), [
    ("Can you log this one? Thanks", "Hola,\n\nles pido que borren mi cuenta y todos mis datos personales.\n\n"
                                     "Saludos,\nLucía Pérez"),
    ("FYI - customer wrote to my own address", "Hello,\n\nplease delete my account and every bit of personal "
                                               "data you keep about me.\n\nThanks,\nLucy Park"),
])
def test_a_staff_forward_quoted_line_by_line_is_the_customers_request(profile: CompanyProfile, note: str,
                                                                     original: str) -> None:
    quoted = "\n".join("> " + line if line else ">" for line in
                       ["From: Customer <customer@mail.example>", "Date: 3 October 2026", "Subject: Hello",
                        "", *original.split("\n")])
    text = f"{note}\n\nSent from my iPhone\n\nBegin forwarded message:\n\n{quoted}\n"
    got = run(profile, text, subject="Fwd: Hello", sender="3dprosteam@gmail.com")
    assert got.is_request and got.types == ("deletion",), got.evidence
    assert got.requester is not None and got.requester.email == "customer@mail.example"


# A person's own letter in a language without a rules file is never dismissed unread: without the
# language's phrases, a missing ask proves nothing (no privacy word, no law named).
@pytest.mark.parametrize(("text", "lang"), [
    ("Bună ziua,\n\nanul trecut v-am permis să folosiți fotografia mea în catalog. Prin prezenta retrag acest "
     "acord.\n\nCu stimă,\nMihai", "ro"),
    ("Hei,\n\njeg vil ikke lenger at dere bruker bildet mitt i katalogen deres. Fjern det.\n\nHilsen\nOla", "no"),
    ("Hyvä vastaanottaja,\n\nminä en halua, että kuvaani käytetään teidän kuvastossanne. Poistakaa se.\n\n"
     "Ystävällisin terveisin\nMatti", "fi"),
    ("Tisztelt Cím!\n\nnem szeretném, hogy a fényképemet a katalógusukban használják. Kérem, vegyék ki.\n\n"
     "Üdvözlettel,\nAnna", "hu"),
])
def test_a_first_person_letter_in_a_language_without_rules_goes_to_review(profile: CompanyProfile, text: str,
                                                                        lang: str) -> None:
    got = run(profile, text)
    assert got.is_request or got.needs_review, got.evidence
    assert got.language == lang


def test_a_foreign_newsletter_without_a_writer_stays_ordinary(profile: CompanyProfile) -> None:
    got = run(profile, "Noua colecție de filamente este disponibilă în magazinul nostru online. Prețuri "
                       "speciale pentru toate comenzile până la sfârșitul lunii, livrare gratuită în toată țara.")
    assert not got.is_request and not got.needs_review, got.evidence
