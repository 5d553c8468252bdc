"""Type from the object of the ask (issue 10, fifth round, ``domain/classify_ask``): a writer who asks
for an action on their own things in words no phrase rule knows is never dismissed; the verb gives
the type. New sentences of our own, several languages; set D itself is asserted in
test_classifier_eval.py.
"""

from __future__ import annotations

import pytest

from privacydesk.domain.anchors import anchor_set, prepare
from privacydesk.domain.classify import classify
from privacydesk.domain.message import Address, Classification, ParsedMessage
from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.resources import DEFAULT_PROFILE


@pytest.fixture(scope="module")
def profile() -> CompanyProfile:
    return load_profile(DEFAULT_PROFILE)


def run(profile: CompanyProfile, text: str, subject: str = "hello") -> Classification:
    msg = ParsedMessage(message_id="<a@example.org>", subject=subject,
                        sender=Address("Sam Rivera", "sam.rivera@example.org"), text=text)
    return classify(msg, profile)


@pytest.mark.parametrize(("text", "kind"), [
    ("Hi,\n\nmy surname changed after the wedding. Could you change the name on my profile to Sam Rivera-Lopez?"
     "\n\nCheers,\nSam", "correction"),
    ("hey can u wipe my pics off ur site asap\nsam", "deletion"),
    ("yo pls remvoe my details frm ur sistem, not a fan\nsam", "deletion"),  # two typos
    ("Hallo,\n\nkönnten Sie bitte meine Telefonnummer korrigieren? Da fehlt eine Ziffer.\n\nSam", "correction"),
    ("Bonjour,\n\npourriez-vous me donner l'accès à mes coordonnées telles que vous les conservez ?\n\nSam", "access"),
    ("Hola,\n\nquiero que borren mis fotos de su galería de clientes.\n\nSam", "deletion"),
    ("Goedemiddag,\n\nkunt u mijn naam aanpassen? Er staat een tikfout in.\n\nSam", "correction"),
    ("Hi,\n\nmy account still shows my old phone. Please fix it, the new one is in my signature.\n\nSam",
     "correction"),  # a pronoun standing for "my <object>" said just before
])
def test_an_ask_on_the_writers_own_things_is_never_silent_and_typed_by_its_verb(
        profile: CompanyProfile, text: str, kind: str) -> None:
    got = run(profile, text)
    assert got.is_request or got.needs_review, got.evidence
    assert any(e.startswith("ask:") and f":{kind}:" in e for e in got.evidence) or kind in got.types, got.evidence
    if got.is_request:
        assert kind in got.types, got.evidence
    # The IMAP first pass lets it through: the ask's anchors come from the language data.
    assert anchor_set().found(prepare("hello", text))


@pytest.mark.parametrize("text", [
    "Hi,\n\nI'm not asking you to delete my details, just wondering how long you keep them.\n\nSam",
    "Hello,\n\nback in March I asked you to remove my photos and you did. Thanks again!\n\nSam",
    "Hi,\n\nif you change my address on the account, will the next parcel still arrive?\n\nSam",
    "Hallo,\n\nich habe Sie gebeten, meine Daten zu löschen, und das ist erledigt. Danke!\n\nSam",
    "Hi Sam,\n\nyou can update your details in the account settings any time.\n\nBest,\nShop team",
])
def test_no_ask_no_type(profile: CompanyProfile, text: str) -> None:
    got = run(profile, text)
    assert not any(e.startswith("ask:") and '"' in e for e in got.evidence), got.evidence


def test_an_ask_about_an_order_is_ordinary_mail(profile: CompanyProfile) -> None:
    got = run(profile, "Hi,\n\nplease update my address on order 55512 before it ships.\n\nSam")
    assert not got.is_request and not any(e.startswith("ask:") and '"' in e for e in got.evidence), got.evidence


def test_the_reason_says_what_the_writer_asks_in_plain_words(profile: CompanyProfile) -> None:
    from privacydesk.domain.classify_ask import Ask, ask_reason

    reason = ask_reason([Ask("correction", "fix", "phone", "en"), Ask("deletion", "delet", "photo", "en")])
    assert reason is not None and "correct and delete their own details" in reason and "_" not in reason


def test_a_pronoun_looks_back_one_sentence_only(profile: CompanyProfile) -> None:
    got = run(profile, "Hi,\n\nmy profile still shows my old phone. We talked about the bracket design at length. "
                       "The print was fine. Please fix it.\n\nSam")
    assert not any(e.startswith("ask:") and '"' in e for e in got.evidence), got.evidence


# Our own site's form notification is machine-sent by nature (Auto-Submitted, a no-reply sender):
# the person who filled it in is the writer, so it is read as a form, not set aside as automated.
_WEBHOOK = """{
  "form": "privacy-request",
  "fields": {
    "full_name": "Noor Haddad",
    "email": "noor.haddad@example.net",
    "request": ["erase_my_data"],
    "message": ""
  },
  "user_agent": "Mozilla/5.0 (X11; Linux x86_64)"
}"""


def _auto(profile: CompanyProfile, text: str, sender: str, subject: str = "[forms] new submission"
          ) -> tuple[Classification, bool]:
    from privacydesk.domain.prescreen import may_need_a_person

    msg = ParsedMessage(message_id="<w@example.org>", subject=subject, sender=Address("Forms", sender),
                        text=text, headers=(("Auto-Submitted", "auto-generated"),))
    return classify(msg, profile), may_need_a_person(msg, profile)


def test_our_sites_json_form_under_auto_submitted_is_a_request(profile: CompanyProfile) -> None:
    got, passes = _auto(profile, _WEBHOOK, "no-reply@3dpros.com")
    assert passes  # the first pass does not set it aside either
    assert got.is_request and got.automated is None, got.evidence
    assert got.requester is not None and got.requester.email == "noor.haddad@example.net"
    assert got.requester.name == "Noor Haddad"  # JSON quotes and commas are not part of a value
    assert got.agent is None  # a browser's "user_agent" field is not an authorised agent


def test_an_auto_reply_from_elsewhere_with_fields_stays_automated(profile: CompanyProfile) -> None:
    got, passes = _auto(profile, _WEBHOOK, "no-reply@forms-elsewhere.example")
    assert not got.is_request and got.automated is not None
    assert not passes


def test_a_turkish_letter_naming_kvkk_reaches_review(profile: CompanyProfile) -> None:
    got = run(profile, "Merhaba,\n\nKVKK kapsamında hakkımda hangi kişisel verileri işlediğinizi öğrenmek "
                       "istiyorum.\n\nSaygılarımla,\nNoor", subject="Bilgi talebi")
    assert got.is_request or got.needs_review, got.evidence
