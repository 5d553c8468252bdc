"""The review panel's evidence in words (issue 10): what the text model and a colleague's paste
mean reads as plain English, never as the classifier's notation, and a pasted chat is not called
machine-sent."""

from __future__ import annotations

from privacydesk.ui.review.evidence import evidence_words


def test_the_text_model_is_explained_with_the_messages_own_words() -> None:
    lines = evidence_words(["guard:0.97:scrub|trace|systems", "guard-file:0.97",
                            "guard-type:deletion:0.93:scrub|systems"])
    assert lines == [
        "It reads like the requests PrivacyDesk has learned from (words such as “scrub”, “trace”, “systems”)",
        "Filed because it reads very much like the requests PrivacyDesk has learned from",
        "It reads like a request for deletion (words such as “scrub”, “systems”)",
    ]
    assert not any(":" in line.split(" (")[0] for line in lines)  # no notation before the quoted words


def test_a_pasted_chat_is_the_customers_words_not_machine_mail() -> None:
    assert evidence_words(["sender:own-inbox-paste"]) == [
        "A colleague pasted it into the team inbox: the words are the customer's"]
    assert evidence_words(["header:Auto-Submitted=auto-replied"]) == ["It looks machine-sent"]


def test_the_new_languages_are_named() -> None:
    assert evidence_words(["regime:gdpr:language=fi"]) == ["It is written in Finnish, which suggests EU (GDPR)"]
