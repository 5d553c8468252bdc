"""The reply service without a mail server (issue 9): which letters fit, the language chosen, previews
that change nothing, the portability files, edited templates in the data folder, and the letters the
workspace actions offer."""

from __future__ import annotations

import json
from email import message_from_bytes
from email.policy import default
from typing import Any

import pytest

from privacydesk.domain.errors import InvalidInput
from privacydesk.domain.replies import TemplateError, TemplateNotFit
from privacydesk.services.replies import CODE_PLACEHOLDER
from privacydesk.services.requests import NewRequest

pytestmark = [pytest.mark.integration]


def new(services: Any, types: list[str], **kw: Any) -> str:
    kw.setdefault("email", "ana@example.pt")
    kw.setdefault("name", "Ana Silva")
    return str(services.requests.create(NewRequest(types=types, **kw)).ref)


def test_templates_for_a_request_and_the_letters_of_each_action(services: Any) -> None:
    optout = new(services, ["opt_out_sale"], regime="ccpa")
    fits = {c.entry.name: c.fits for c in services.replies.templates_for(optout)}
    assert fits["opt_out_sale_done"] and fits["acknowledgement"]
    assert not fits["verification_failed"] and not fits["verification_request"] and not fits["deletion_done"]
    assert services.replies.letters_for(optout, "close") == ["opt_out_sale_done"]
    agent = new(services, ["deletion"], regime="ccpa", agent_name="Dana Agent", agent_email="dana@agency.example",
                email="maria@example.com")
    assert services.replies.letters_for(agent, "verify") == ["verification_request", "agent_proof_request"]
    assert services.replies.letters_for(agent, "deny") == ["denial", "verification_failed"]
    with pytest.raises(TemplateNotFit, match="authorized agent"):
        services.replies.preview(optout, "agent_proof_request")


def test_preview_changes_nothing_and_a_request_without_mail_gets_the_template_subject(services: Any) -> None:
    ref = new(services, ["access"], regime="gdpr")
    before = services.requests.show(ref).as_json()
    preview = services.replies.preview(ref, "acknowledgement")
    assert preview.subject == f"We have received your privacy request [{ref}]"
    assert preview.in_reply_to is None and preview.account is None and preview.refused is None
    assert preview.to_address == "ana@example.pt" and preview.body.startswith("Dear Ana Silva,")
    assert any(s.milestone == "respond_by" and s.date for s in preview.sources)
    msg = message_from_bytes(preview.message, policy=default)
    assert msg["Subject"] == preview.subject and msg["Message-ID"]
    assert services.requests.show(ref).as_json() == before
    assert services.replies.outbox(include_drafts=True) == []


def test_the_request_language_is_used_when_the_template_exists_in_it(services: Any) -> None:
    ref = new(services, ["deletion"], regime="gdpr", language="de")
    assert services.replies.preview(ref, "acknowledgement").body.startswith("Guten Tag Ana Silva,")
    assert services.replies.preview(ref, "acknowledgement", lang="en").body.startswith("Dear Ana Silva,")
    denial = services.replies.preview(ref, "denial", inputs={"reason": "Keine Daten."})
    assert denial.language == "en"  # no German denial: English
    with pytest.raises(TemplateError, match="not available in 'it'"):
        services.replies.preview(ref, "acknowledgement", lang="it")
    with pytest.raises(InvalidInput, match="no input 'colour'"):
        services.replies.preview(ref, "acknowledgement", inputs={"colour": "blue"})


def test_portability_sends_the_requesters_data_as_json_and_csv(services: Any) -> None:
    ref = new(services, ["portability"], regime="gdpr", postal_address="Rua Augusta 1, Lisboa")
    services.customers.import_text("email,name,order_number\nana@example.pt,Ana Silva,A-1001\n", "shop.csv", "tester")
    preview = services.replies.preview(ref, "portability_response")
    assert [(a.filename, a.content_type) for a in preview.attachments] == [
        (f"personal-data-{ref}.json", "application/json"), (f"personal-data-{ref}.csv", "text/csv")]
    msg = message_from_bytes(preview.message, policy=default)
    files = {p.get_filename(): p for p in msg.iter_attachments()}
    data = json.loads(files[f"personal-data-{ref}.json"].get_content())
    assert data["personal_information"]["email_addresses"] == ["ana@example.pt"]
    assert data["personal_information"]["postal_address"] == "Rua Augusta 1, Lisboa"
    assert data["customer_records"] == [{"email": "ana@example.pt", "name": "Ana Silva", "order_number": "A-1001"}]
    csv_text = files[f"personal-data-{ref}.csv"].get_content()
    assert "customer_record_1,order_number,A-1001" in csv_text


def test_an_edited_template_in_the_data_folder_wins_and_a_broken_one_is_never_sent(services: Any) -> None:
    ref = new(services, ["access"], regime="gdpr")
    folder = services.paths.templates_dir / "en"
    folder.mkdir(parents=True)
    (folder / "acknowledgement.txt").write_text(
        '+++\nsubject = "Thanks"\n+++\nHello {{ requester.name }}, our own words. Ref: {{ request.ref }}\n')
    assert services.replies.preview(ref, "acknowledgement").body.startswith("Hello Ana Silva, our own words.")
    (folder / "acknowledgement.txt").write_text('+++\nsubject = "Thanks"\n+++\nHello {{ requester.name \n')
    with pytest.raises(TemplateError, match=r"acknowledgement.txt, line 4"):
        services.replies.preview(ref, "acknowledgement")
    entry = next(e for e in services.replies.templates() if e.name == "acknowledgement")
    assert entry.overridden == ("en",)
    assert len(entry.problems) == 1 and "acknowledgement.txt, line 4" in entry.problems[0]


def test_a_letter_edited_by_staff_is_what_goes_out_and_is_still_checked(services: Any) -> None:
    """The composer lets staff edit the text: the edited words are the letter; template code and a
    greeting without a name are still refused; a verification letter keeps the place of its code."""
    ref = new(services, ["access"], regime="gdpr")
    edited = "Dear Ana,\r\n\r\nNone of your data is sold. We have your request.   \r\n"
    preview = services.replies.preview(ref, "acknowledgement", body=edited)
    assert preview.body == "Dear Ana,\n\nNone of your data is sold. We have your request.\n"
    msg = message_from_bytes(preview.message, policy=default)
    assert "None of your data is sold" in msg.get_content()
    assert preview.sources  # what the template's sentences rely on is still listed
    with pytest.raises(InvalidInput, match="greeting without a name"):
        services.replies.preview(ref, "acknowledgement", body="Dear ,\n\nThanks.\n")
    with pytest.raises(InvalidInput, match="template code"):
        services.replies.preview(ref, "acknowledgement", body="Dear {{ requester.name }},\n")
    with pytest.raises(InvalidInput, match="empty"):
        services.replies.preview(ref, "acknowledgement", body="  \n")
    rendered = services.replies.preview(ref, "verification_request")
    assert CODE_PLACEHOLDER in rendered.body
    kept = services.replies.preview(ref, "verification_request", body=rendered.body.replace("Dear", "Hello"))
    assert CODE_PLACEHOLDER in kept.body
    with pytest.raises(InvalidInput, match="one-time code goes there"):
        services.replies.preview(ref, "verification_request", body=rendered.body.replace(CODE_PLACEHOLDER, "XXXX"))
