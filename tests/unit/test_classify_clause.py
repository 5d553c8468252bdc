"""Types that mean what the writer asked (issue 10): the clause step, in every rules language.

A type needs an ask aimed at it: a phrase the writer negates ("I'm not asking you to delete"),
reports ("In May I asked you to close my account") or wants confirmed ("confirm once you have
deleted my data") adds no type when something else is asked; every clause of a multi-ask sentence
counts ("delete my data and don't sell my e-mail"); an unticked form box asks for nothing; a right
cited by its GDPR article is filed in languages without a rules file. The evidence names the phrase.
"""

from __future__ import annotations

import pytest

from privacydesk.domain.classify import classify
from privacydesk.domain.classify_clause import clause_mode
from privacydesk.domain.classify_data import load_classifier_data
from privacydesk.domain.message import Address, ParsedMessage
from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.resources import DEFAULT_PROFILE


@pytest.fixture(scope="module")
def profile() -> CompanyProfile:
    return load_profile(DEFAULT_PROFILE)


def _mail(text: str, subject: str = "") -> ParsedMessage:
    return ParsedMessage(message_id="<t@example.org>", subject=subject, sender=Address("Alex Doe", "alex@example.org"),
                         text=text)


# Every clause of a multi-ask sentence counts.
MULTI_ASK = [
    ("en", "Please delete my data and don't sell my email.", ["deletion", "opt_out_sale"]),
    ("de", "Hallo, bitte löschen Sie meine Daten und verkaufen Sie meine E-Mail-Adresse nicht weiter.",
     ["deletion", "opt_out_sale"]),
    ("fr", "Bonjour, merci de supprimer mes données et de ne plus m'envoyer de newsletter.",
     ["deletion", "opt_out_marketing"]),
    ("es", "Hola, borren mis datos y no vendan mi correo electrónico.", ["deletion", "opt_out_sale"]),
    ("it", "Buongiorno, cancellate i miei dati e non vendete la mia email.", ["deletion", "opt_out_sale"]),
    ("it", "Buonasera, vi chiedo di cancellare tutti i miei dati personali dal vostro sistema e di non mandarmi "
           "più newsletter o promozioni.", ["deletion", "opt_out_marketing"]),
    ("pt", "Olá, apaguem os meus dados e não vendam o meu e-mail.", ["deletion", "opt_out_sale"]),
    ("nl", "Hallo, verwijder mijn gegevens en verkoop mijn e-mailadres niet.", ["deletion", "opt_out_sale"]),
    ("nl", "Gelieve al mijn gegevens te verwijderen en mij geen reclamemails meer te sturen.",
     ["deletion", "opt_out_marketing"]),
    ("pl", "Dzień dobry, proszę usunąć moje dane i nie sprzedawajcie mojego adresu e-mail.",
     ["deletion", "opt_out_sale"]),
    ("sv", "Hej, radera mina uppgifter och sälj inte min e-postadress.", ["deletion", "opt_out_sale"]),
    ("da", "Hej, slet mine oplysninger og sælg ikke min e-mailadresse.", ["deletion", "opt_out_sale"]),
    ("cs", "Dobrý den, vymažte mé údaje a neprodávejte můj e-mail.", ["deletion", "opt_out_sale"]),
]

# A negated phrase is the opposite of an ask.
NEGATED = [
    ("en", "I'm not asking you to delete my data, but please stop sending me newsletters.", ["opt_out_marketing"]),
    ("en", "Please don't delete my records yet. I'm asking you to restrict processing under the UK GDPR.",
     ["restriction"]),
    ("de", "Ich verlange nicht die Löschung meiner Daten, aber bitte schicken Sie mir keine Werbung mehr.",
     ["opt_out_marketing"]),
    ("fr", "Je ne demande pas la suppression de mon compte, mais je ne veux plus recevoir vos publicités.",
     ["opt_out_marketing"]),
    ("es", "No pido la eliminación de mi cuenta, pero no quiero recibir más publicidad.", ["opt_out_marketing"]),
    ("it", "Non chiedo la cancellazione del mio account, ma non voglio più ricevere pubblicità.",
     ["opt_out_marketing"]),
    ("pt", "Não peço a eliminação da minha conta, mas não quero receber mais publicidade.", ["opt_out_marketing"]),
    ("nl", "Ik vraag niet om verwijdering van mijn account, maar ik wil geen reclame meer ontvangen.",
     ["opt_out_marketing"]),
    ("pl", "Nie proszę o usunięcie moich danych, ale proszę wypisać mnie z newslettera.", ["opt_out_marketing"]),
    ("sv", "Jag vill inte att ni raderar mitt konto, men skicka inte fler nyhetsbrev.", ["opt_out_marketing"]),
    ("da", "Jeg ønsker ikke at I sletter min konto, men send mig ikke flere nyhedsbreve.", ["opt_out_marketing"]),
    ("cs", "Dobrý den, nežádám o výmaz mých údajů, ale nezasílejte mi už newsletter.", ["opt_out_marketing"]),
]

# A reported ask (or a confirmation of one) counts only when nothing else is asked.
REPORTED = [
    ("en", "Back in May I asked you to close my account. Please send me a copy of my personal data.", ["access"]),
    ("en", "Please delete my account and all my data. Please confirm once you have deleted my data.", ["deletion"]),
    ("en", "Please erase my personal data and confirm to me that you have deleted my data.", ["deletion"]),
    ("en", "I asked you to delete my data in May and nothing happened.", ["deletion"]),  # a chaser still asks
    ("de", "Im Mai habe ich Sie gebeten, mein Konto zu löschen. Bitte senden Sie mir jetzt eine Kopie meiner Daten.",
     ["access"]),
    ("fr", "En mai je vous ai demandé de supprimer mon compte. Merci de m'envoyer une copie de mes données.",
     ["access"]),
    ("es", "En mayo les pedí que eliminaran mi cuenta. Por favor envíenme una copia de mis datos.", ["access"]),
    ("it", "A maggio vi ho chiesto di cancellare il mio account. Vi chiedo ora una copia dei miei dati.", ["access"]),
    ("pt", "Em maio pedi-vos para apagar a minha conta. Por favor enviem-me uma cópia dos meus dados.", ["access"]),
    ("nl", "In mei heb ik u gevraagd mijn account te verwijderen. Stuur me nu een kopie van mijn gegevens.",
     ["access"]),
]

# The two types of issue 15 and rights cited by article in languages without a rules file.
NEW_TYPES = [
    ("en", "This is a request to limit the use of my sensitive personal info. I'm a California resident.",
     ["limit_sensitive"]),
    ("es", "Hola, vivo en California. Quiero limitar el uso de mi información personal sensible. Gracias.",
     ["limit_sensitive"]),
    ("de", "Hallo, bitte schränken Sie die Nutzung meiner sensiblen Daten ein. Danke.", ["limit_sensitive"]),
    ("pt", "Olá, moro na Califórnia e quero limitar o uso dos meus dados pessoais sensíveis.", ["limit_sensitive"]),
    ("en", "I am appealing that decision under the Texas Data Privacy and Security Act. Please reconsider and "
           "delete the rest of my data.", ["appeal"]),
    ("en", "I'm writing to appeal your refusal of my opt-out request. I also want to complain about how this was "
           "handled.", ["appeal", "complaint"]),
    ("es", "Hola, quiero apelar su decisión de rechazar mi solicitud de eliminación de datos.", ["appeal"]),
    ("de", "Gegen Ihre Entscheidung, meine Daten nicht zu löschen, lege ich Widerspruch ein.", ["appeal"]),
    ("fr", "Bonjour, je fais appel de votre décision de refuser ma demande d'accès.", ["appeal"]),
    ("el", "Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, παρακαλώ να διαγράψετε όλα τα προσωπικά μου δεδομένα.", ["deletion"]),
    ("fi", "Hei, sukunimeni on väärin. Pyydän oikaisemaan nämä tiedot EU:n tietosuoja-asetuksen 16 artiklan "
           "mukaisesti.", ["correction"]),
    ("hu", "Az általános adatvédelmi rendelet (GDPR) 18. cikke alapján kérem személyes adataim kezelésének "
           "korlátozását.", ["restriction"]),
]


@pytest.mark.parametrize(("lang", "text", "types"), MULTI_ASK + NEGATED + REPORTED + NEW_TYPES)
def test_types_are_what_the_writer_asked(profile: CompanyProfile, lang: str, text: str, types: list[str]) -> None:
    got = classify(_mail(text), profile)
    assert got.is_request, got.evidence
    assert sorted(got.types) == sorted(types), got.evidence
    assert got.language == lang
    for kind in types:  # the evidence names the phrase behind every type
        assert any(e.endswith(f"->{kind}") for e in got.evidence), (kind, got.evidence)


def test_every_rules_language_has_negation_and_reported_words() -> None:
    for pack in load_classifier_data().languages.values():
        assert pack.words["negation"] and pack.words["reported"], pack.code


@pytest.mark.parametrize(("sentence", "mode"), [
    ("i'm not asking you to delete my data", "negated"),
    ("please don't delete my records yet", "negated"),
    ("rather than deleting my data, keep it", "negated"),
    ("i don't know what data you have about me, tell me", None),  # not knowing is no negated ask
    ("back in may i asked you to close my account", "reported"),
    ("please confirm once you have deleted my data", "reported"),
    ("i asked you last month, please delete my data now", None),  # "please" starts a new ask
    ("no, please delete my data", None),  # a comma ends the negation's clause
])
def test_clause_modes(sentence: str, mode: str | None) -> None:
    pack = load_classifier_data().languages["en"]
    anchor = next(word for word in ("delete", "close", "deleting", "what data") if word in sentence)
    assert clause_mode("deletion" if anchor != "what data" else "access", sentence, sentence.rindex(anchor),
                       pack) == mode


def test_unticked_boxes_ask_for_nothing(profile: CompanyProfile) -> None:
    form = ("Name\nJordan Marsh\n\nEmail\njmarsh@example.com\n\nRequest type (tick all that apply)\n"
            "[ ] Access / Right to know\n[ ] Delete\n[ ] Correct\n[ ] Do not sell or share\n"
            "[x] Limit the use of my sensitive personal information\n[ ] Unsubscribe from marketing\n")
    got = classify(ParsedMessage(message_id="<f@x>", subject="New submission: Privacy Request Form",
                                 sender=Address("", "no-reply@3dpros.com"), text=form), profile)
    assert got.is_request and got.types == ("limit_sensitive",), got.evidence
    one_line = "Derecho que se ejerce:\n[X] Acceso   [ ] Rectificación   [ ] Cancelación   [ ] Oposición\n"
    got = classify(_mail("Por medio del presente solicito el acceso a mis datos personales.\n\n" + one_line), profile)
    assert got.types == ("access",), got.evidence


def test_a_form_with_two_choices_on_two_lines_asks_for_both(profile: CompanyProfile) -> None:
    text = ("Full name: Theodore Ng\nEmail: theo@example.ca\nWhat would you like us to do?: Send me a copy of my "
            "personal information\nSend my data in a portable format (CSV/JSON)\n")
    got = classify(ParsedMessage(message_id="<f@x>", subject="Privacy Request Form - Theodore Ng",
                                 sender=Address("", "no-reply@3dpros.com"), text=text), profile)
    assert sorted(got.types) == ["access", "portability"], got.evidence
    same_sentence = classify(_mail("Please send me a copy of my data in a machine-readable format."), profile)
    assert same_sentence.types == ("portability",), same_sentence.evidence
