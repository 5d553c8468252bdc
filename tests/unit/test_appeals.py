"""The likely-appeal check (domain/appeals.py): a requester's reply contesting our decision."""

from __future__ import annotations

import pytest

from privacydesk.domain.appeals import likely_appeal, load_phrases, own_words, parse_phrases

QUOTE = "\n\nOn Mon, 2 Nov 2026, 3DPros <privacy@3dpros.com> wrote:\n> You may appeal this decision by replying.\n"


@pytest.mark.parametrize(("subject", "body", "status", "phrase"), [
    ("Re: your request", "I disagree with your decision." + QUOTE, "denied", "disagree"),
    ("Re: your request", "I appeal this decision. You do hold my data.", "denied", "i appeal"),
    ("Appeal", "", "denied", "appeal"),
    ("Re: PD-2026-0004", "Please review your decision, I sent my ID twice.", "denied", "review your decision"),
    ("Re: done?", "You did not delete my order history. I appeal.", "completed", "i appeal"),
    ("Re: x", "I am not happy, I appeal.", "denied", "i appeal"),  # a negation in another clause
    ("Re: x", "Please reconsider.", "denied", "reconsider"),
    ("Re: x", "Your refusal is unacceptable.", "denied", "unacceptable"),
    ("RE: Solicitud", "No estoy de acuerdo con su respuesta.", "denied", "no estoy de acuerdo"),
    ("Re: demande", "Je conteste votre refus et je fais appel.", "denied", "je fais appel"),
    ("AW: Antrag", "Hiermit lege ich Widerspruch ein.", "denied", "lege ich widerspruch ein"),
    ("Re: pedido", "Não concordo com a decisão.", "denied", "não concordo"),
    ("Re: richiesta", "Non sono d’accordo, faccio appello.", "denied", "faccio appello"),
    ("Re: verzoek", "Ik ga in beroep tegen dit besluit.", "denied", "in beroep"),
])
def test_contesting_replies_are_recognised(subject: str, body: str, status: str, phrase: str) -> None:
    hint = likely_appeal(subject, body, status)
    assert hint is not None and hint.phrase == phrase
    assert hint.evidence and len(hint.evidence) <= 162


@pytest.mark.parametrize(("subject", "body", "status"), [
    ("Re: your request", "Thank you, understood." + QUOTE, "denied"),          # "appeal" only in our quote
    ("Re: your request", "> You may appeal.\nThanks!", "denied"),             # a ">" line is quoted text
    ("Re: your request", "I do not wish to appeal.", "denied"),
    ("Re: your request", "I'm not going to appeal, thanks.", "denied"),
    ("Re: your request", "I disagree with nothing, thanks.", "in_progress"),    # no decision yet
    ("Re: your request", "I appeal to you: please hurry.", "new"),
    ("Re: your request", "I disagree, but fine.", "completed"),                # disagreement needs a refusal
    ("Re: Ihre Antwort", "Ich habe Widerspruch gegen die Werbung eingelegt.", "denied"),  # GDPR objection
    ("Re: your request", "", "denied"),
])
def test_other_replies_are_not(subject: str, body: str, status: str) -> None:
    assert likely_appeal(subject, body, status) is None


def test_own_words_cut_quotes_and_reply_headers() -> None:
    text = "Hello,\nI disagree.\n> quoted line\n\n-----Original Message-----\nFrom: us\nappeal"
    assert own_words(text).split() == ["Hello,", "I", "disagree."]


def test_the_phrase_file_is_checked() -> None:
    assert load_phrases().appeal and load_phrases().contest
    with pytest.raises(ValueError, match=r"en\.appeal"):
        parse_phrases({"en": {"appeal": "appeal", "contest": []}})
    with pytest.raises(ValueError, match="no appeal or contest"):
        parse_phrases({"en": {"appeal": [], "contest": []}})
